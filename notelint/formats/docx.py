"""Word .docx drafts: the text as Word shows it, positions as a person finds them.

The source text is the document's paragraphs in order — body paragraphs and
table cells, automatic numbers included as Word displays them (``一、``,
``（一）``, see :mod:`notelint.formats.docx_numbering`) — one paragraph per
line. A table row is one line, its cells separated by a tab (what copying the
table as plain text gives), so ``联系电话：`` | ``0755-12345678`` reads as a
contact line. Empty paragraphs are left out: a person does not count them
(nor does Word's paragraph count). The tab or space Word puts after an
automatic number is layout, not text, and is left out too.

A .docx has no lines, so :attr:`Document.locate` describes an offset by
paragraph (1-based) and character (1-based, within the paragraph as shown),
with the table, row and cell when inside one; an offset inside an automatic
number is reported at the paragraph start and flagged ``automatic_number``.
Word comments become anchored comments spanning the paragraphs they mark.
The file is never rewritten (``writable=False``): formatting would be lost.
"""

from __future__ import annotations

import bisect
import io
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from notelint.document import Comment, Document
from notelint.formats.docx_numbering import Numbering, W
from notelint.source import InputError, SourceText

_OLE = b"\xd0\xcf\x11\xe0"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream an encrypted OOXML file keeps in its OLE wrapper
_ZIP_ENCRYPTED = 0x1  # general purpose flag bit 0 of a zip member
_DTD = b"<!DOCTYPE"
# A real draft, images included, unpacks to a few MB; past this a .docx is
# refused before anything is inflated (a zip bomb).
MAX_UNPACKED_BYTES = 256 << 20

# Inline elements whose children hold displayed text; anything else inside a
# paragraph (properties, deleted text, field codes, drawings and text boxes,
# footnote marks) is not part of the paragraph's text.
_CONTAINERS = frozenset(
    f"{W}{tag}"
    for tag in (
        "r",
        "hyperlink",
        "ins",
        "moveTo",
        "smartTag",
        "sdt",
        "sdtContent",
        "fldSimple",
        "customXml",
        "dir",
        "bdo",
    )
)
_TEXT, _TAB, _BREAKS, _HYPHEN = f"{W}t", f"{W}tab", (f"{W}br", f"{W}cr"), f"{W}noBreakHyphen"
_COMMENT_START, _COMMENT_END, _COMMENT_REFERENCE = (
    f"{W}commentRangeStart",
    f"{W}commentRangeEnd",
    f"{W}commentReference",
)
_RUN_PROPERTIES, _HIDDEN = f"{W}rPr", f"{W}vanish"
_PARAGRAPH, _TABLE, _ROW, _CELL = f"{W}p", f"{W}tbl", f"{W}tr", f"{W}tc"
_BLOCK_CONTAINERS = frozenset((f"{W}sdt", f"{W}sdtContent", f"{W}customXml"))
_ID = f"{W}id"
_OFF = ("0", "false", "off")


def _unreadable(zh: str, en: str) -> InputError:
    return InputError(f"无法读取：{zh}", f"cannot read: {en}")


@dataclass(frozen=True, slots=True)
class _Paragraph:
    start: int  # offsets into the source text
    end: int
    number: int  # 1-based, as a person counts them
    label_end: int  # end of the automatic number, == start if none
    table: tuple[int, int, int] | None  # (table, row, cell), 1-based


def read(path: str, data: bytes) -> Document:
    """Raises :class:`InputError` for a file that is not a readable .docx."""
    return read_layout(path, data, trace=False)[0]


@dataclass(frozen=True, slots=True)
class ParagraphLayout:
    """Where a paragraph's shown text comes from, for writing into the file
    (``notelint annotate``): ``pieces`` are the elements (``w:t``, ``w:tab``,
    ``w:br``, ``w:noBreakHyphen``) that give the text after the automatic
    number, each with the length of its text, in order."""

    element: Any  # the w:p (an lxml element)
    start: int
    end: int
    label_end: int
    pieces: list


def read_layout(path: str, data: bytes, trace: bool = True):
    """(Document, the python-docx document, a :class:`ParagraphLayout` per
    paragraph of the source text, or None without ``trace``)."""
    package = _open(data)
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = package.part
    numbering = Numbering(_related(part, RT.NUMBERING), _related(part, RT.STYLES))
    builder = _Builder(numbering, trace)
    builder.blocks(package.element.body)
    if not builder.paragraphs:
        raise InputError("无法检查：文档没有文字", "cannot check: the document holds no text")
    text = "".join(builder.pieces)
    comments = builder.comments(_related(part, RT.COMMENTS))
    document = Document(SourceText(path, text), comments=comments, locate=_Locator(builder.paragraphs), writable=False)
    layouts = None
    if builder.traces is not None:  # kept when tracing
        layouts = [
            ParagraphLayout(element, p.start, p.end, p.label_end, pieces)
            for p, (element, pieces) in zip(builder.paragraphs, builder.traces)
        ]
    return document, package, layouts


def _open(data: bytes):
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise _unreadable(
                "这个 .docx 设有密码（已加密），请取消密码后再检查",
                "the .docx is password-protected (encrypted); remove the password first",
            )
        raise _unreadable(
            "这是旧版 Word/WPS 文件（.doc/.wps），请另存为 .docx", "a legacy .doc/.wps file: save it as .docx"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise _unreadable(
            ".docx 文件已损坏或不完整（不是有效的 zip 压缩包）",
            "the .docx is damaged or truncated (not a valid zip archive)",
        ) from None
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        raise _unreadable(
            "这个 zip 压缩包不是 Word 文档（没有 word/ 文档部件）",
            "a zip archive that is not a Word document (no word/ part)",
        )
    try:
        _check_parts(archive)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError) as exc:
        raise _unreadable(f".docx 文件已损坏（{exc}）", f"the .docx is damaged ({exc})") from None
    import docx  # python-docx is slow to import: only for .docx files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _unreadable(
            f".docx 文件已损坏或不是 Word 文档（{exc}）", f"the .docx is damaged or not a Word document ({exc})"
        ) from None
    except SyntaxError as exc:  # lxml's XMLSyntaxError
        raise _unreadable(
            f".docx 文件已损坏（XML 无效：{exc}）", f"the .docx is damaged (invalid XML: {exc})"
        ) from None


def _check_parts(archive: zipfile.ZipFile) -> None:
    """Refuse what python-docx would otherwise inflate or parse: parts that
    unpack past :data:`MAX_UNPACKED_BYTES` (zipfile never inflates a member
    past its declared size, so the declared sizes bound the memory),
    password-protected members, and XML parts that declare a DTD (Word never
    writes one; entities are how XML reads other files or multiplies itself)."""
    members = archive.infolist()
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES >> 20
        raise _unreadable(
            f".docx 解压后超过 {limit} MB（可能是压缩炸弹），不予读取",
            f"the .docx would unpack to more than {limit} MB (a zip bomb?): not read",
        )
    if any(member.flag_bits & _ZIP_ENCRYPTED for member in members):
        raise _unreadable(
            "这个 .docx 的压缩包设有密码，请取消密码后再检查",
            "the .docx's zip archive is password-protected; remove the password first",
        )
    for member in members:
        if member.filename.endswith((".xml", ".rels")) and _DTD in archive.read(member):
            raise _unreadable(
                f".docx 的部件 {member.filename} 含有 DTD（实体声明），Word 不会写入这种内容，不予读取",
                f"the .docx part {member.filename} declares a DTD (entities), which Word never writes: not read",
            )


def _related(part, relationship: str):
    """The XML root of the part related to the document by ``relationship``, or None."""
    from docx.oxml.parser import parse_xml

    try:
        related = part.part_related_by(relationship)
    except KeyError:
        return None
    element = getattr(related, "element", None)
    return element if element is not None else parse_xml(related.blob)


class _Builder:
    """Walks the body in document order, writing the source text."""

    def __init__(self, numbering: Numbering, trace: bool = False):
        self.numbering = numbering
        # With ``trace``: (w:p, [(text element, length), …]) of each paragraph in self.paragraphs.
        self.traces: list[tuple[object, list]] | None = [] if trace else None
        self.pieces: list[str] = []
        self.length = 0
        self.paragraphs: list[_Paragraph] = []
        self.table: tuple[int, int, int] | None = None
        self.tables = 0
        self.separator = "\n"  # written before the next paragraph: a tab between the cells of a row
        self.serial = 0  # w:p elements begun, empty ones included
        self.serials: list[int] = []  # the serial of each paragraph in self.paragraphs
        self.anchors: dict[str, list[int | None]] = {}  # comment id → [start serial, end serial]

    def write(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)

    def blocks(self, container) -> None:
        for child in container:
            tag = child.tag
            if tag == _PARAGRAPH:
                self.paragraph(child)
            elif tag == _TABLE:
                self.table_rows(child)
            elif tag in _BLOCK_CONTAINERS:
                self.blocks(child)
            else:  # a comment range around whole paragraphs: the next one starts it, the last one ends it
                self.anchor(child, self.serial, self.serial - 1)

    def table_rows(self, table) -> None:
        self.tables += 1
        number, outer = self.tables, self.table
        for row_index, row in enumerate(table.iterfind(_ROW), 1):
            self.separator = "\n"
            for cell_index, cell in enumerate(row.iterfind(_CELL), 1):
                self.table = (number, row_index, cell_index)
                self.blocks(cell)
                if self.paragraphs and self.paragraphs[-1].table == self.table:  # the cell was not empty
                    self.separator = "\t"
        self.table = outer
        self.separator = "\n"

    def anchor(self, element, start_serial: int, end_serial: int) -> None:
        tag = element.tag
        if tag in (_COMMENT_START, _COMMENT_END, _COMMENT_REFERENCE):
            ends = self.anchors.setdefault(element.get(_ID), [None, None])
            if tag != _COMMENT_END and ends[0] is None:
                ends[0] = start_serial
            if tag != _COMMENT_START:
                ends[1] = end_serial

    def paragraph(self, element) -> None:
        serial = self.serial
        self.serial += 1
        label = self.numbering.label(element)
        pieces: list[str] = []
        origins: list | None = [] if self.traces is not None else None
        self.inline(element, pieces, serial, origins)
        text = "".join(pieces)
        if not label and not text.strip():
            return
        if self.traces is not None and origins is not None:  # both kept when tracing
            self.traces.append((element, [(origin, len(piece)) for origin, piece in zip(origins, pieces)]))
        if self.paragraphs:
            self.write(self.separator)
        self.separator = "\n"
        start = self.length
        self.write(label + text)
        self.paragraphs.append(_Paragraph(start, self.length, len(self.paragraphs) + 1, start + len(label), self.table))
        self.serials.append(serial)

    def inline(self, element, pieces: list[str], serial: int, origins: list | None = None) -> None:
        """The shown text of ``element``'s children into ``pieces``; with
        ``origins``, the element each piece comes from too."""
        for child in element:
            tag = child.tag
            if tag == _TEXT:
                pieces.append(child.text or "")
            elif tag == _TAB:
                pieces.append("\t")
            elif tag in _BREAKS:
                pieces.append("\n")
            elif tag == _HYPHEN:
                pieces.append("-")
            elif tag in _CONTAINERS:
                if tag != f"{W}r" or not _hidden(child):
                    self.inline(child, pieces, serial, origins)
                continue
            else:
                self.anchor(child, serial, serial)
                continue
            if origins is not None:
                origins.append(child)

    def comments(self, part) -> list[Comment]:
        """Word comments, each spanning the paragraphs its range covers."""
        if part is None:
            return []
        found = []
        for comment in part.iterfind(f"{W}comment"):
            start_serial, end_serial = self.anchors.get(comment.get(_ID), (None, None))
            # A range with one end marked spans that end's paragraph.
            start_serial = start_serial if start_serial is not None else end_serial
            end_serial = end_serial if end_serial is not None else start_serial
            if start_serial is None or end_serial is None:
                continue
            first = bisect.bisect_left(self.serials, start_serial)
            last = bisect.bisect_right(self.serials, end_serial) - 1
            if first >= len(self.paragraphs) or last < first:  # anchored to empty paragraphs only
                continue
            text = "\n".join("".join(t.text or "" for t in p.iter(_TEXT)) for p in comment.iter(_PARAGRAPH))
            found.append(Comment(text.strip(), self.paragraphs[first].start, self.paragraphs[last].end, anchored=True))
        return sorted(found, key=lambda c: (c.start, c.end))


def _hidden(run) -> bool:
    properties = run.find(_RUN_PROPERTIES)
    hidden = properties.find(_HIDDEN) if properties is not None else None
    return hidden is not None and hidden.get(f"{W}val", "1") not in _OFF


class _Locator:
    """``Document.locate`` for a .docx: an offset as paragraph and character."""

    def __init__(self, paragraphs: list[_Paragraph]):
        self.paragraphs = paragraphs
        self.starts = [p.start for p in paragraphs]

    def __call__(self, offset: int) -> dict:
        paragraph = self.paragraphs[max(0, bisect.bisect_right(self.starts, offset) - 1)]
        location = {"paragraph": paragraph.number}
        if offset < paragraph.label_end:
            location.update(character=1, automatic_number=True)
        else:
            location["character"] = min(offset, paragraph.end) - paragraph.start + 1
        if paragraph.table is not None:
            location.update(zip(("table", "row", "cell"), paragraph.table))
        return location
