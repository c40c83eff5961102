"""Reporters turn file results into output. Each format is a module with
``render_file(result, options) -> str``, a file's part of the report, and
``report(results, options, fragments) -> Iterable[str]``, the report in
pieces: a head, the files' parts, a tail. The parts can be rendered apart
(by the workers of --jobs), and the workers may hand them over encoded for
where the report goes: a format yields each part as one piece, untouched,
so that a ``bytes`` part passes through to the writer. The head and tail
need only what a stand-in of each finding holds (see
``runner._summarised``). They are imported only when chosen, so printing
JSON never pays for rich."""

import importlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, cast

from notelint.diagnostics import Applicability, Diagnostic, Severity
from notelint.engine import FileResult

FORMATS = {
    "full": "full",
    "concise": "concise",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
}
# Formats whose whole output is one document: nothing may be printed around it.
DOCUMENT_FORMATS = ("json", "sarif", "gitlab", "junit")
# Drafts notelint reads but never rewrites (their formatting would be lost).
NOT_REWRITTEN_SUFFIXES = (".docx", ".doc", ".wps", ".rtf")


class ReportOptions(NamedTuple):
    lang: str = "zh"
    color: bool | None = None  # None: decide from the terminal and NO_COLOR
    quiet: bool = False  # the findings only: no summary line, no hints
    width: int | None = None  # display columns of the terminal; None: ask it (or COLUMNS)
    pretty: bool = False  # JSON documents (json, sarif, gitlab) indented for reading


def render(format_name: str, results: Sequence[FileResult], options: ReportOptions) -> str:
    """The whole report as one string."""
    return "".join(cast("Iterable[str]", report(format_name, results, options)))  # no fragments: text only


def report(
    format_name: str,
    results: Sequence[FileResult],
    options: ReportOptions,
    fragments: Sequence[str | bytes] | None = None,
) -> Iterable[str | bytes]:
    """The report in pieces, to write as they come: on a corpus the JSON
    report is hundreds of MB. ``fragments``: each file's part of it, rendered
    already (by the workers of --jobs, see ``file_renderer``)."""
    return _reporter(format_name).report(results, options, fragments)


def file_renderer(
    format_name: str, options: ReportOptions, encoding: tuple[str, str] | None = None
) -> Callable[[FileResult], str | bytes]:
    """What renders one file's part of the report; with ``encoding`` (a codec
    and its error handler), as the bytes to write where the report goes."""
    render_file = _reporter(format_name).render_file
    if encoding is None:
        return lambda result: render_file(result, options)
    codec, errors = encoding
    return lambda result: render_file(result, options).encode(codec, errors)


def _reporter(format_name: str):
    return importlib.import_module(f"notelint.reporters.{FORMATS[format_name]}")


def statistics_rows(results: Sequence[FileResult]) -> list[dict]:
    """Counts per code, most frequent first, with the rule name and how many are fixable."""
    counts: Counter = Counter()
    fixable: Counter = Counter()
    names = {}
    for result in results:
        for d in result.diagnostics:
            counts[d.code] += 1
            fixable[d.code] += is_fixable(d)
            names[d.code] = d.name
    return [
        {"code": code, "name": names[code], "count": count, "fixable": fixable[code]}
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def statistics(results: Sequence[FileResult], lang: str, as_json: bool = False, pretty: bool = False) -> str:
    """The --statistics table (or JSON document, indented with ``pretty``), after a line per file that could not
    be read."""
    rows = statistics_rows(results)
    unreadable = [{"path": r.path, "error": r.error} for r in results if r.error]
    if as_json:
        return dumps({"statistics": rows, "unreadable": unreadable}, pretty) + "\n"
    width = max((len(str(row["count"])) for row in rows), default=1)
    marker = "[可修复]" if lang == "zh" else "[*]"
    lines = [f"{entry['path']}: {entry['error']}" for entry in unreadable]
    for row in rows:
        fixable = f"{marker} {row['fixable']}" if row["fixable"] else ""
        lines.append(f"{row['count']:>{width}}  {row['code']}  {row['name']:<32} {fixable}".rstrip())
    return "\n".join(lines) + ("\n" if lines else "")


def dumps(value: object, pretty: bool = False) -> str:
    """A JSON document as notelint writes one: compact (the standard library's
    C encoder), or indented by two spaces with ``pretty`` (its slower
    pure-Python encoder, for a person reading it); UTF-8 text, not escapes."""
    if pretty:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


ITEMS = "\x00"  # stands for a list's items in a document given to items_around()
# A string holding a NUL, which JSON text can only write escaped: its encoding occurs nowhere else.
_ENCODED_ITEMS = '"\\u0000"'


def items_text(values: Sequence[object], pretty: bool, depth: int) -> str:
    """Items of a list as they stand in a document, ``depth`` lists and
    objects deep, joined by commas; "" for none. Rendered apart (by the
    workers of --jobs), put into the document by :func:`items_around`."""
    if not pretty:
        return ",".join(dumps(value) for value in values)
    indent = "\n" + "  " * depth
    # JSON text holds no raw line break (strings escape them): indenting every line is safe.
    return ("," + indent).join(dumps(value, pretty=True).replace("\n", indent) for value in values)


def items_around(document: object, pretty: bool, parts: Iterable[str | bytes]) -> Iterator[str | bytes]:
    """``document``, one of whose lists is ``[ITEMS]``, in pieces: the text
    before that list's items, ``parts`` (texts of :func:`items_text`, "" for
    none) as its items with commas between them, the text after them."""
    parts = [part for part in parts if part]
    if not parts:
        yield _without_items(document, pretty)
        return
    head, tail = dumps(document, pretty).split(_ENCODED_ITEMS)
    between = "," + "\n" + head.rsplit("\n", 1)[-1] if pretty else ","
    yield head
    for index, part in enumerate(parts):
        if index:
            yield between
        yield part
    yield tail + "\n"


def _without_items(document: object, pretty: bool) -> str:
    """The document with its ``[ITEMS]`` list empty."""
    text = dumps(document, pretty)
    head, tail = text.split(_ENCODED_ITEMS)
    # ``[\n<indent>`` before the mark and ``\n<indent>]`` after it, when pretty: an empty list is ``[]``.
    return head.rstrip(" \n") + tail.lstrip(" \n") + "\n"


AUTOMATIC_NUMBER = {"zh": "（自动编号）", "en": " (automatic number)"}


def docx_location(diagnostic: Diagnostic) -> dict | None:
    """Where a diagnostic starts in a format without lines (a .docx paragraph
    and character, see ``Document.locate``; the engine records it); None for
    line-based text."""
    return diagnostic.extra.get("location")


def is_fixable(diagnostic: Diagnostic) -> bool:
    return diagnostic.fix is not None and diagnostic.fix.applicability is Applicability.SAFE


def is_unsafe_fixable(diagnostic: Diagnostic) -> bool:
    return diagnostic.fix is not None and diagnostic.fix.applicability is Applicability.UNSAFE


def rewritten(result: FileResult) -> bool:
    """Whether --fix would write this file (a .docx is never rewritten)."""
    return not result.path.lower().endswith(NOT_REWRITTEN_SUFFIXES)


class Summary(NamedTuple):
    files: int
    unreadable: int
    by_severity: dict[str, int]
    fixable: int  # safe fixes, in any file
    unsafe_fixable: int = 0  # findings only --unsafe-fixes fixes
    not_rewritten: int = 0  # of ``fixable``, those in files --fix never rewrites

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


def summarize(results: Sequence[FileResult]) -> Summary:
    counts = {severity.label: 0 for severity in sorted(Severity, reverse=True)}
    fixable = unsafe = not_rewritten = 0
    for result in results:
        # One count per kind of finding, then per kind: a corpus has hundreds of thousands of findings.
        kinds = Counter((d.severity, d.fix.applicability if d.fix else None) for d in result.diagnostics)
        file_fixable = 0
        for (severity, applicability), count in kinds.items():
            counts[severity.label] += count
            if applicability is Applicability.SAFE:
                file_fixable += count
            elif applicability is Applicability.UNSAFE:
                unsafe += count
        fixable += file_fixable
        if not rewritten(result):
            not_rewritten += file_fixable
    return Summary(len(results), sum(1 for r in results if r.error), counts, fixable, unsafe, not_rewritten)


SEVERITY_NAMES = {"error": ("错误", "error"), "warning": ("警告", "warning"), "info": ("提示", "info")}


def files_then_summary(
    render_file: Callable,
    results: Sequence[FileResult],
    options: ReportOptions,
    fragments: Sequence[str | bytes] | None,
) -> Iterator[str | bytes]:
    """The report of a format with a part per file and a summary line at the end."""
    for index, result in enumerate(results):
        yield fragments[index] if fragments else render_file(result, options)
    if not options.quiet:
        yield summary_line(summarize(results), options.lang) + "\n"


def summary_line(summary: Summary, lang: str) -> str:
    if summary.total == 0 and not summary.unreadable:
        return (
            f"检查了 {summary.files} 个文件，没有发现问题。"
            if lang == "zh"
            else f"Checked {summary.files} file(s): no problems found."
        )
    index = 0 if lang == "zh" else 1
    parts = [
        f"{count} {SEVERITY_NAMES[label][index]}" if lang == "en" else f"{SEVERITY_NAMES[label][0]} {count} 个"
        for label, count in summary.by_severity.items()
        if count
    ]
    if lang == "zh":
        text = f"共发现 {summary.total} 个问题（{'，'.join(parts)}）" if parts else "没有发现问题"
        if summary.fixable > summary.not_rewritten:
            text += f"，其中 {summary.fixable - summary.not_rewritten} 个可用 --fix 自动修复"
        if summary.not_rewritten:
            text += (
                f"；.docx 中有 {summary.not_rewritten} 个可修复的问题，但 .docx 从不改写"
                "（用 --diff 查看建议的修改，或用 notelint annotate --suggest-fixes 写成修订）"
            )
        if summary.unsafe_fixable:
            text += f"；另有 {summary.unsafe_fixable} 个可用 --unsafe-fixes 修复"
        if summary.unreadable:
            text += f"；{summary.unreadable} 个文件无法读取"
        return text + "。"
    text = f"Found {summary.total} problem(s)" + (f" ({', '.join(parts)})" if parts else "")
    if summary.fixable > summary.not_rewritten:
        text += f"; {summary.fixable - summary.not_rewritten} fixable with --fix"
    if summary.not_rewritten:
        text += (
            f"; {summary.not_rewritten} fixable in .docx files, which are never rewritten (--diff shows the "
            "changes, notelint annotate --suggest-fixes writes them as tracked changes)"
        )
    if summary.unsafe_fixable:
        text += f"; {summary.unsafe_fixable} more fix(es) available with --unsafe-fixes"
    if summary.unreadable:
        text += f"; {summary.unreadable} file(s) could not be read"
    return text + "."
