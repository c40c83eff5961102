"""The JSON report (schema version 2; documented in docs/json-schema.md).

Each file's entry is rendered on its own (``render_file``), so that a run
writes the report file by file and the workers of ``--jobs`` render the
files they lint; ``report`` puts the entries into the document.

A finding's ``range`` gives line, column and offset; a fix's edits give
offsets only: whoever applies a fix holds the text, and a file-wide fix has
hundreds of edits (schema 1 wrote each edit's range in all three forms)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from notelint import __version__
from notelint.diagnostics import Diagnostic
from notelint.engine import FileResult
from notelint.reporters import ITEMS, ReportOptions, docx_location, items_around, items_text, summarize

SCHEMA_VERSION = 2
FILE_DEPTH = 2  # where a file's entry sits: document → "files" → [ ]


def _diagnostic(position: Callable[[int], tuple[int, int]], d: Diagnostic) -> dict:
    start_line, start_column = position(d.start)
    end_line, end_column = position(d.end)
    fix = d.fix
    entry = {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.label,
        "message": d.message,
        "range": {
            "start": {"line": start_line, "column": start_column, "offset": d.start},
            "end": {"line": end_line, "column": end_column, "offset": d.end},
        },
        "fix": fix
        and {
            "applicability": fix.applicability.value,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in fix.edits],
        },
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
        assert result.source is not None  # a file that was read
        position = result.source.position
        entry["diagnostics"] = [_diagnostic(position, d) for d in result.diagnostics]
    return entry


def render_file(result: FileResult, options: ReportOptions) -> str:
    """The file's entry in the "files" list, as it is written there."""
    return items_text([file_entry(result)], options.pretty, FILE_DEPTH)


def report(
    results: Sequence[FileResult], options: ReportOptions, fragments: Sequence[str] | None = None
) -> Iterator[str]:
    """The document in pieces: its head, each file's entry, its tail.
    ``fragments``: the files' entries, rendered already by the workers."""
    summary = summarize(results)
    document = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "notelint", "version": __version__},
        "files": [ITEMS],
        "summary": {
            "files": summary.files,
            "unreadable": summary.unreadable,
            "diagnostics": summary.total,
            "by_severity": summary.by_severity,
            "fixable": summary.fixable,
        },
    }
    parts = fragments if fragments else (render_file(result, options) for result in results)
    return items_around(document, options.pretty, parts)
