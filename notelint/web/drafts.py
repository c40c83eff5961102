"""What the review page does with a draft, without HTTP: lint its bytes
exactly as ``notelint check`` does, apply fixes, encode the fixed text back.

Nothing here touches the disk: a draft is bytes (an upload) or its text with
the encoding it came in (a draft the page is fixing), held in memory for the
length of one request. One lock serialises the engine: its parser and rules
were written for one thread, and linting is CPU-bound, so threads would not
run it faster anyway (an office runs several worker processes instead).
"""

from __future__ import annotations

import bisect
import re
import threading
from typing import Any, NamedTuple

from notelint import fixer
from notelint.cache import Recent
from notelint.document import Document
from notelint.engine import FileResult
from notelint.formats import LEGACY_SUFFIXES
from notelint.reporters import ReportOptions, render
from notelint.reporters.json_report import file_entry
from notelint.rules import load_rules
from notelint.runner import RunOptions, Workspace, fix_passes
from notelint.source import InputError, SourceText, encode

LANGS = ("zh", "en")
REPORT_FORMATS = {"json": ".json", "sarif": ".sarif", "full": ".txt", "concise": ".txt"}
# What source.decode can report, the only encodings a draft comes back in.
DETECTED_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "gb18030", "big5")
RECENT_DRAFTS = 8  # drafts whose findings are kept between requests (the page fixes one draft at a time)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each


class DraftError(Exception):
    """A request the page or a client got wrong: one line in both languages,
    and the HTTP status (400 a malformed request, 422 one that cannot be done)."""

    def __init__(self, zh: str, en: str, status: int = 400) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en
        self.status = status

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Draft(NamedTuple):
    """A draft's text as the page holds it between requests. ``writable``:
    the text is the file itself (a .txt or .md) and is read back from its
    bytes; a .docx's text is not (notelint never rewrites a .docx), so once
    fixed it is linted as that text, as ``notelint check --diff`` does."""

    path: str
    text: str
    encoding: str
    bom: bool
    writable: bool

    @classmethod
    def from_json(cls, value: Any, allowed_encodings: tuple[str, ...]) -> Draft:
        if not isinstance(value, dict):
            raise DraftError("draft 应为对象", "draft must be an object")
        fields = {"path": str, "text": str, "encoding": str, "bom": bool, "writable": bool}
        for name, kind in fields.items():
            if not isinstance(value.get(name), kind):
                raise DraftError(f"draft.{name} 缺失或类型不对", f"draft.{name} is missing or of the wrong type")
        if value["encoding"] not in allowed_encodings:
            raise DraftError(f"不支持的编码：{value['encoding']}", f"unsupported encoding: {value['encoding']}")
        _refuse_legacy(value["path"])
        return cls(*(value[name] for name in fields))

    def to_bytes(self) -> bytes:
        try:
            return encode(self.text, self.encoding, self.bom)
        except UnicodeEncodeError:
            raise DraftError(
                f"文本含有 {self.encoding} 编码无法表示的字符",
                f"the text holds characters {self.encoding} cannot encode",
                422,
            ) from None

    def download_name(self) -> str:
        """The fixed text's file name: the draft's own, or for a .docx ``name.txt``."""
        name = base_name(self.path)
        return name if self.writable else name.rsplit(".", 1)[0] + ".txt"


def _refuse_legacy(path: str) -> None:
    """.doc, .wps and .rtf are converted by LibreOffice, through files on
    disk; the page keeps drafts in memory only."""
    if path.lower().endswith(LEGACY_SUFFIXES):
        raise DraftError(
            "网页不检查 .doc、.wps、.rtf 文件（转换要写入磁盘）：请在 Word 或 WPS 中另存为 .docx",
            "the review page takes no .doc, .wps or .rtf file (converting it writes to disk): save it as .docx",
            415,
        )


def base_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1] or "draft.txt"


class Reviewer:
    """Lints drafts with one source of settings (a config file, or none) in each language."""

    def __init__(self, config_file: str | None = None) -> None:
        registry = load_rules()
        self.registry = registry
        self._workspaces = {
            lang: Workspace(
                RunOptions(config_file=config_file, isolated=config_file is None, flags={"lang": lang}), registry
            )
            for lang in LANGS
        }
        self._lock = threading.Lock()
        self._recent: Recent[tuple, FileResult] = Recent(RECENT_DRAFTS)
        # Raises ConfigError now, at start, rather than on the first request.
        settings = self._workspaces["zh"].settings_for("draft.txt")
        self.encodings = DETECTED_ENCODINGS + ((settings.encoding,) if settings.encoding else ())

    def _linter(self, path: str, lang: str):
        return self._workspaces[lang].linter_for(path)

    def check(self, path: str, data: bytes, lang: str) -> FileResult:
        """The file's result, as ``notelint check`` makes it (``result.document`` kept)."""
        _refuse_legacy(path)
        key = (lang, path, True, data)  # as _lint_key makes it for the text of these bytes
        with self._lock:
            known = self._recent.get(key)
            if known is not None:  # the same file uploaded again
                return FileResult(path, known.source, known.diagnostics, document=known.document)
            result = self._linter(path, lang).lint_bytes(path, data)
            if result.document is not None and result.document.writable:  # the page's first fix sends this text
                self._recent.put(key, result)
            return result

    def annotate(self, path: str, data: bytes, lang: str) -> bytes:
        """The draft as a .docx with each finding as a Word comment and the
        safe fixes as tracked changes: ``notelint annotate --suggest-fixes``, in memory."""
        from notelint.annotate import mark_up

        _refuse_legacy(path)
        with self._lock:
            try:
                return mark_up(self._workspaces[lang], path, data, suggest_fixes=True).docx
            except InputError as exc:
                raise DraftError(exc.zh, exc.en, 422) from None

    def fix(
        self, draft: Draft, lang: str, target: tuple[str, int, int] | None, fix_all: bool
    ) -> tuple[Draft, FileResult]:
        """The draft after one finding's safe fix (``target``: its code, start
        and end offsets), after every safe fix (``fix_all``), or as it is
        (neither): the new draft and its result (``result.fixed``: fixes applied)."""
        with self._lock:
            linter = self._linter(draft.path, lang)
            result = self._lint(linter, draft, lang)
            document = result.document
            assert document is not None  # _lint keeps it
            if target is not None:
                code, start, end = target
                chosen = [
                    d
                    for d in result.diagnostics
                    if (d.code, d.start, d.end) == target and fixer.applicable(d, unsafe=False)
                ]
                if not chosen:
                    raise DraftError(
                        f"{code}（偏移 {start}–{end}）处没有可安全修复的问题",
                        f"no safely fixable {code} at offsets {start}-{end}",
                        422,
                    )
                text, fixed = fix_passes(
                    linter, document, FileResult(draft.path, document.source, chosen[:1]), unsafe=False, max_passes=1
                )
                if not fixed.fixed:
                    raise DraftError(
                        f"无法应用这个修复：修复后的文本无法用 {draft.encoding} 保存或读回",
                        f"this fix cannot be applied: the fixed text cannot be saved as {draft.encoding} or read back",
                        422,
                    )
                result = fixed
            elif fix_all:
                text, result = fix_passes(linter, document, result, unsafe=False)
            else:
                text = draft.text
            fixed_draft = draft._replace(text=text)
            if result.document is not None:  # the page sends this text back with its next fix
                self._recent.put(self._lint_key(fixed_draft, lang), result)
        return fixed_draft, result

    def _lint(self, linter, draft: Draft, lang: str) -> FileResult:
        """The draft's result, with its document: the page sends back the text
        of the result it was last given, so that is usually known already."""
        key = self._lint_key(draft, lang)
        result = self._recent.get(key)
        if result is None:
            document = self._document(linter, draft)
            result = FileResult(draft.path, document.source, linter.lint_document(document), document=document)
            self._recent.put(key, result)
        return FileResult(draft.path, result.source, result.diagnostics, document=result.document)

    @staticmethod
    def _lint_key(draft: Draft, lang: str) -> tuple:
        # A text file is linted as its bytes read back (their encoding and BOM included); a .docx's text as it is.
        return (lang, draft.path, draft.writable, draft.to_bytes() if draft.writable else draft.text)

    @staticmethod
    def _document(linter, draft: Draft) -> Document:
        if not draft.writable:
            return Document(SourceText(draft.path, draft.text), writable=False)
        try:
            return linter.read(draft.path, draft.to_bytes())
        except InputError as exc:
            raise DraftError(exc.zh, exc.en, 422) from None

    def report(self, path: str, data: bytes, report_format: str, lang: str) -> str:
        """What ``notelint check --format REPORT_FORMAT`` prints for the file (no colours)."""
        return render(report_format, [self.check(path, data, lang)], ReportOptions(lang=lang, color=False))


def entry(result: FileResult, lang: str) -> dict:
    """The file's entry of ``notelint check --format json`` (the result's
    messages are in ``lang`` already)."""
    return file_entry(result)


def page_entry(result: FileResult, lang: str, writable: bool, bom: bool) -> dict:
    """The entry plus what the page needs: the text, how to send it back, and
    each position's ``utf16`` offset (JavaScript strings count UTF-16 units,
    so a character beyond U+FFFF, such as 𠮷, counts twice there)."""
    found = entry(result, lang)
    if result.error or result.source is None:
        return found
    text = result.source.text
    astral = [match.start() for match in _ASTRAL.finditer(text)]
    for diagnostic in found["diagnostics"]:
        for position in diagnostic["range"].values():
            position["utf16"] = position["offset"] + bisect.bisect_left(astral, position["offset"])
    found.update(text=text, bom=bom, writable=writable)
    return found


def rule_entry(rule, lang: str, with_doc: bool = False) -> dict:
    """A rule as ``notelint rules --format json`` lists it (the summary in
    ``lang``), and its doc as ``notelint explain`` prints it."""
    row = {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity.label,
        "fix": rule.fix.value if rule.fix else None,
        "family": rule.family(),
        "summary": rule.summary(lang),
    }
    if with_doc:
        row["doc"] = rule.doc(lang)
    return row
