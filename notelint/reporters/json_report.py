"""The JSON report (schema version 2; documented in docs/json-schema.md).

Each file's entry is rendered on its own (``render_file``), so that a run
writes the report file by file and the workers of ``--jobs`` render the
files they lint; ``report`` puts the entries into the document.

A finding's ``range`` gives line, column and offset; a fix's edits give
offsets only: whoever applies a fix holds the text, and a file-wide fix has
hundreds of edits (schema 1 wrote each edit's range in all three forms)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence

from notelint import __version__
from notelint.diagnostics import Diagnostic
from notelint.engine import FileResult
from notelint.reporters import ITEMS, ReportOptions, docx_location, dumps, items_around, items_text, summarize

SCHEMA_VERSION = 2
FILE_DEPTH = 2  # where a file's entry sits: document → "files" → [ ]


# A finding's entry is written straight as JSON text, the way json.dumps
# writes it compactly (the same keys in the same order, strings escaped by
# the encoder's own function): a report can hold thousands of findings, and
# building a dozen dicts and lists per finding for the encoder to walk took
# longer than linting the file. Everything else in the document, and the
# value a caller asks for (``file_entry``), is read back from this text.
_encode = json.encoder.encode_basestring  # the string encoder of json.dumps(ensure_ascii=False)


def _diagnostic(position: Callable[[int], tuple[int, int]], d: Diagnostic, heads: dict[tuple, str]) -> str:
    rule = (d.code, d.name, d.severity)
    head = heads.get(rule)
    if head is None:  # a rule's findings share it: encoded once per file
        head = heads[rule] = (
            f'{{"code":{_encode(d.code)},"name":{_encode(d.name)},"severity":{_encode(d.severity.label)},"message":'
        )
    start_line, start_column = position(d.start)
    end_line, end_column = position(d.end)
    fix = d.fix
    if fix is None:
        fix_text = "null"
    else:
        edits = ",".join(
            f'{{"start":{e.start},"end":{e.end},"replacement":{_encode(e.replacement)}}}' for e in fix.edits
        )
        fix_text = f'{{"applicability":{_encode(fix.applicability.value)},"edits":[{edits}]}}'
    location = docx_location(d)
    return (
        f'{head}{_encode(d.message)},"range":{{'
        f'"start":{{"line":{start_line},"column":{start_column},"offset":{d.start}}},'
        f'"end":{{"line":{end_line},"column":{end_column},"offset":{d.end}}}}},"fix":{fix_text}'
        + ("}" if location is None else f',"location":{dumps(location)}}}')
    )


def _file_text(result: FileResult) -> str:
    """The file's entry in the "files" list, as compact JSON text."""
    head = f'{{"path":{_encode(result.path)},"encoding":{dumps(result.encoding)}'
    if result.error:
        return f'{head},"error":{_encode(result.error)}}}'
    assert result.source is not None  # a file that was read
    position = result.source.position
    heads: dict[tuple, str] = {}
    return f'{head},"diagnostics":[{",".join(_diagnostic(position, d, heads) for d in result.diagnostics)}]}}'


def file_entry(result: FileResult) -> dict:
    """The file's entry in the "files" list, as a value."""
    return json.loads(_file_text(result))


def render_file(result: FileResult, options: ReportOptions) -> str:
    """The file's entry in the "files" list, as it is written there."""
    if options.pretty:
        return items_text([file_entry(result)], True, FILE_DEPTH)
    return _file_text(result)


def report(
    results: Sequence[FileResult], options: ReportOptions, fragments: Sequence[str | bytes] | None = None
) -> Iterator[str | bytes]:
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
