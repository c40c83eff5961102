"""The JSON report (schema version 2; documented in docs/json-schema.md).

Each file's entry is rendered on its own (``render_file``), so that a run
writes the report file by file and the workers of ``--jobs`` render the
files they lint; ``report`` puts the entries into the document.

A finding's ``range`` gives line, column and offset; a fix's edits give
offsets only: whoever applies a fix holds the text, and a file-wide fix has
hundreds of edits (schema 1 wrote each edit's range in all three forms)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from notelint import __version__
from notelint.diagnostics import Diagnostic
from notelint.engine import FileResult
from notelint.reporters import ReportOptions, docx_location, dumps, summarize

SCHEMA_VERSION = 2
# What stands for the list of files while the document around it is encoded:
# a string with a NUL, which JSON text can only hold escaped, so its encoding is unique.
_FILES_MARK = "\x00"
_ENCODED_MARK = '"\\u0000"'
_PRETTY_FILE_INDENT = "\n    "  # a file's entry sits at depth 2: document → "files" → [ ]


def _position(source, offset: int) -> dict:
    line, column = source.position(offset)
    return {"line": line, "column": column, "offset": offset}


def _diagnostic(result: FileResult, d: Diagnostic) -> dict:
    fix = None
    if d.fix is not None:
        fix = {
            "applicability": d.fix.applicability.value,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in d.fix.edits],
        }
    entry = {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.label,
        "message": d.message,
        "range": {"start": _position(result.source, d.start), "end": _position(result.source, d.end)},
        "fix": fix,
    }
    location = docx_location(d)
    if location is not None:
        entry["location"] = location
    return entry


def file_entry(result: FileResult) -> dict:
    """The file's entry in the "files" list, as a value."""
    entry: dict = {"path": result.path, "encoding": result.encoding}
    if result.error:
        entry["error"] = result.error
    else:
        entry["diagnostics"] = [_diagnostic(result, d) for d in result.diagnostics]
    return entry


def render_file(result: FileResult, options: ReportOptions) -> str:
    """The file's entry in the "files" list, as it is written there."""
    text = dumps(file_entry(result), options.pretty)
    # JSON text holds no raw line break (strings escape them): indenting every line is safe.
    return text.replace("\n", _PRETTY_FILE_INDENT) if options.pretty else text


def report(
    results: Sequence[FileResult], options: ReportOptions, fragments: Sequence[str] | None = None
) -> Iterator[str]:
    """The document in pieces: its head, each file's entry, its tail.
    ``fragments``: the files' entries, rendered already by the workers."""
    summary = summarize(results)
    document = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "notelint", "version": __version__},
        "files": [_FILES_MARK] if results else [],
        "summary": {
            "files": summary.files,
            "unreadable": summary.unreadable,
            "diagnostics": summary.total,
            "by_severity": summary.by_severity,
            "fixable": summary.fixable,
        },
    }
    text = dumps(document, options.pretty)
    if not results:
        yield text + "\n"
        return
    head, tail = text.split(_ENCODED_MARK)
    between = "," + _PRETTY_FILE_INDENT if options.pretty else ","
    for index, result in enumerate(results):
        yield between if index else head
        yield fragments[index] if fragments else render_file(result, options)
    yield tail + "\n"
