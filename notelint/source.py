"""Reading: bytes → text, with the encoding recorded, and a line index.

Decode order (measured on real drafts, see the project's tech notes):
explicit encoding → BOM → binary sniff → strict UTF-8 → strict GB18030 and
strict Big5, a tie between the last two broken by charset-normalizer.
"""

import bisect
import codecs
import contextlib
import re
from typing import NamedTuple

# Line breaks as an editor counts them: nothing else (form feed, U+2028…)
# starts a new line, so line numbers agree with the user's editor.
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# The same breaks in a text without \r: a single character, which the regex
# engine finds several times faster than the alternation's first characters.
_NEWLINE = re.compile("\n")


def line_breaks(text: str) -> re.Pattern:
    """LINE_BREAK, or a pattern with the same matches that scans ``text`` faster."""
    return LINE_BREAK if "\r" in text else _NEWLINE


_BINARY_SIGNATURES = (
    (b"PK\x03\x04", "这是一个 zip 压缩包（可能是 .docx），不是纯文本", "a zip archive (a .docx?), not plain text"),
    (b"%PDF", "这是 PDF 文件，请另存为 .docx 或 .txt", "a PDF file: save it as .docx or .txt"),
    (
        b"\xd0\xcf\x11\xe0",
        "这是旧版 Word/WPS 文件（.doc/.wps），请另存为 .docx",
        "a legacy .doc/.wps file: save it as .docx",
    ),
    (b"\x89PNG", "这是图片文件", "an image file"),
    (b"\xff\xd8\xff", "这是图片文件", "an image file"),
    (b"GIF8", "这是图片文件", "an image file"),
)


class InputError(Exception):
    """A file notelint cannot read. Carries a one-line message in both languages."""

    def __init__(self, zh: str, en: str):
        super().__init__(en)
        self.zh = zh
        self.en = en

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Decoded(NamedTuple):
    text: str
    encoding: str  # a Python codec name, as used to encode a fixed file back
    bom: bool


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"未知的编码：{encoding}", f"unknown encoding: {encoding}") from None
        try:
            return _checked(Decoded(data.decode(encoding), encoding, False))
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, encoding) from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", bom=True)
    if data.startswith(codecs.BOM_UTF16_LE):
        return _strict(data[2:], "utf-16-le", bom=True)
    if data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data[2:], "utf-16-be", bom=True)
    for signature, zh, en in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"无法读取：{zh}", f"cannot read: {en}")
    if b"\x00" in data[:8192]:
        raise InputError("无法读取：这是二进制文件（含 NUL 字节）", "cannot read: binary file (NUL bytes)")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", False))
    except UnicodeDecodeError as utf8_error:
        candidates = []
        for name in ("gb18030", "big5"):
            with contextlib.suppress(UnicodeDecodeError):
                candidates.append(Decoded(data.decode(name), name, False))
        if not candidates:
            raise _undecodable(data, utf8_error, "UTF-8、GB18030 或 Big5") from None
        if len(candidates) == 1:
            return _checked(candidates[0])
        return _checked(_tie_break(data, candidates))


_BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """The bytes of a (fixed) text in the file's own encoding and BOM.
    Raises UnicodeEncodeError if the encoding cannot hold the text."""
    return (_BOMS.get(encoding, b"") if bom else b"") + text.encode(encoding)


def _strict(data: bytes, name: str, bom: bool) -> Decoded:
    try:
        return _checked(Decoded(data.decode(name), name, bom))
    except UnicodeDecodeError as exc:
        raise _undecodable(data, exc, name) from None


def _checked(decoded: Decoded) -> Decoded:
    if not decoded.text or decoded.text.isspace():  # strip() would copy the whole text
        kind = ("空文件", "empty file") if not decoded.text else ("文件只有空白字符", "file holds only white space")
        raise InputError(f"无法检查：{kind[0]}", f"cannot check: {kind[1]}")
    if "\x00" in decoded.text:
        raise InputError("无法读取：这是二进制文件（含 NUL 字符）", "cannot read: binary file (NUL characters)")
    return decoded


def _undecodable(data: bytes, exc: UnicodeDecodeError, tried: str) -> InputError:
    line = data.count(b"\n", 0, exc.start) + 1
    column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
    return InputError(
        f"无法解码：不是 {tried} 文本（第 {line} 行第 {column} 个字节有无效字节 0x{data[exc.start]:02X}），可用 --encoding 指定编码",
        f"cannot decode as {tried}: invalid byte 0x{data[exc.start]:02X} at line {line}, byte {column}; "
        "pass --encoding",
    )


def _tie_break(data: bytes, candidates: list[Decoded]) -> Decoded:
    # A Big5 file decodes *without error* as GB18030 (as mojibake), and some
    # GB18030 files decode as Big5: only a statistical look can choose.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[c.encoding for c in candidates]).best()
    if best is not None:
        chosen = best.encoding.replace("_", "").lower()
        for candidate in candidates:
            if candidate.encoding.replace("-", "") == chosen:
                return candidate
    return candidates[0]


class SourceText:
    """The text the user gave, with the line index every position refers to."""

    __slots__ = ("bom", "encoding", "line_starts", "path", "text")

    def __init__(self, path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> None:
        self.path = path
        self.text = text
        self.encoding = encoding
        self.bom = bom
        self.line_starts = [0] + [m.end() for m in line_breaks(text).finditer(text)]

    def __repr__(self) -> str:
        return f"SourceText(path={self.path!r}, encoding={self.encoding!r}, bom={self.bom})"

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a 0-based offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @property
    def newline(self) -> str:
        match = LINE_BREAK.search(self.text)
        return match.group() if match else "\n"
