"""The JSON report (schema version 1; documented in docs/json-schema.md)."""

from __future__ import annotations

import json

from notelint import __version__
from notelint.reporters import docx_location, position, summarize

SCHEMA_VERSION = 1


def _diagnostic(result, d) -> dict:
    fix = None
    if d.fix is not None:
        fix = {"applicability": d.fix.applicability.value,
               "edits": [{"range": {"start": position(result, e.start), "end": position(result, e.end)},
                          "replacement": e.replacement} for e in d.fix.edits]}
    entry = {"code": d.code, "name": d.name, "severity": d.severity.label, "message": d.message,
             "range": {"start": position(result, d.start), "end": position(result, d.end)}, "fix": fix}
    location = docx_location(d)
    if location is not None:
        entry["location"] = location
    return entry


def render(results, options) -> str:
    files = []
    for result in results:
        entry = {"path": result.path, "encoding": result.encoding}
        if result.error:
            entry["error"] = result.error
        else:
            entry["diagnostics"] = [_diagnostic(result, d) for d in result.diagnostics]
        files.append(entry)
    summary = summarize(results)
    document = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "notelint", "version": __version__},
        "files": files,
        "summary": {"files": summary.files, "unreadable": summary.unreadable, "diagnostics": summary.total,
                    "by_severity": summary.by_severity, "fixable": summary.fixable},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
