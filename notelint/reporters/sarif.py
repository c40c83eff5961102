"""SARIF 2.1.0, with rule metadata so code-scanning tools show the docs."""

from __future__ import annotations

import os
from pathlib import Path

from notelint import __version__
from notelint.reporters import dumps
from notelint.rules import load_rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return Path(os.path.relpath(os.path.abspath(path))).as_posix() if not os.path.isabs(path) else Path(path).as_uri()


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": rule.message["zh"]},
        "help": {"text": rule.doc(), "markdown": rule.doc()},
        "defaultConfiguration": {"level": LEVELS[rule.severity.label]},
        "properties": {"family": rule.family(), "fix": rule.fix.value if rule.fix else None},
    }


def _region(result, d) -> dict:
    line, column = result.source.position(d.start)
    end_line, end_column = result.source.position(d.end)
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": d.start,
        "charLength": d.end - d.start,
    }


def render(results, options) -> str:
    registry = load_rules()
    used = sorted({d.code for r in results for d in r.diagnostics})
    index = {code: i for i, code in enumerate(used)}
    sarif_results, notifications = [], []
    for result in results:
        uri = _uri(result.path)  # once per file: a file may have a thousand findings
        location = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
        if result.error:
            notifications.append({"level": "error", "message": {"text": result.error}, "locations": [location]})
            continue
        for d in result.diagnostics:
            physical = {"artifactLocation": {"uri": uri}, "region": _region(result, d)}
            entry = {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": LEVELS[d.severity.label],
                "message": {"text": d.message},
                "locations": [{"physicalLocation": physical}],
                "properties": {"name": d.name},
            }
            if d.fix is not None:
                entry["fixes"] = [
                    {
                        "description": {"text": d.fix.applicability.value},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": uri},
                                "replacements": [
                                    {
                                        "deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                                        "insertedContent": {"text": e.replacement},
                                    }
                                    for e in d.fix.edits
                                ],
                            }
                        ],
                    }
                ]
            sarif_results.append(entry)
    run = {
        "tool": {
            "driver": {
                "name": "notelint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/notelint/",
                "rules": [_rule(registry[code]) if code in registry else {"id": code} for code in used],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
    }
    return dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, options.pretty) + "\n"
