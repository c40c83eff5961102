"""The JSON report (schema version 1; documented in docs/json-schema.md).

Each file's entry is rendered on its own (``render_file``), so that a run
writes the report file by file and the workers of ``--jobs`` render the
files they lint; ``report`` puts the entries into the document."""

from __future__ import annotations

from json.encoder import encode_basestring

from notelint import __version__
from notelint.reporters import SLOT, SLOT_TEXT, Shape, docx_location, dumps, summarize

SCHEMA_VERSION = 1
FILE_DEPTH = 2  # where a file's entry sits: document → "files" → [ ]

_POSITION = {"line": SLOT, "column": SLOT, "offset": SLOT}
RANGE = Shape({"start": _POSITION, "end": _POSITION})
EDIT = Shape({"range": RANGE.skeleton, "replacement": SLOT})


def _range(result, start: int, end: int) -> tuple:
    """The values of RANGE's slots for [start, end)."""
    return (*result.source.position(start), start, *result.source.position(end), end)


def _diagnostic(result, d) -> dict:
    fix = None
    if d.fix is not None:
        fix = {
            "applicability": d.fix.applicability.value,
            "edits": [
                EDIT.fill(*_range(result, e.start, e.end), encode_basestring(e.replacement)) for e in d.fix.edits
            ],
        }
    entry = {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.label,
        "message": d.message,
        "range": RANGE.fill(*_range(result, d.start, d.end)),
        "fix": fix,
    }
    location = docx_location(d)
    if location is not None:
        entry["location"] = location
    return entry


def render_file(result, options) -> str:
    """The file's entry in the "files" list, as it is indented there."""
    entry = {"path": result.path, "encoding": result.encoding}
    if result.error:
        entry["error"] = result.error
    else:
        entry["diagnostics"] = [_diagnostic(result, d) for d in result.diagnostics]
    return dumps(entry, depth=FILE_DEPTH)


def report(results, options, fragments=None):
    """The document in pieces: its head, each file's entry, its tail.
    ``fragments``: the files' entries, rendered already by the workers."""
    summary = summarize(results)
    document = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "notelint", "version": __version__},
        "files": [],
        "summary": {
            "files": summary.files,
            "unreadable": summary.unreadable,
            "diagnostics": summary.total,
            "by_severity": summary.by_severity,
            "fixable": summary.fixable,
        },
    }
    if not results:
        yield dumps(document) + "\n"
        return
    document["files"] = [SLOT, SLOT]
    head, between, tail = dumps(document).split(SLOT_TEXT)
    yield head
    for index, result in enumerate(results):
        if index:
            yield between
        yield fragments[index] if fragments else render_file(result, options)
    yield tail + "\n"
