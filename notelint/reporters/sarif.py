"""SARIF 2.1.0, with rule metadata so code-scanning tools show the docs."""

from __future__ import annotations

import os
from pathlib import Path

from notelint import __version__
from notelint.reporters import ITEMS, items_around, items_text
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


RESULT_DEPTH = 4  # where a result sits: document → "runs" → [ ] → run → "results" → [ ]


def _result(uri: str, result, d) -> dict:
    physical = {"artifactLocation": {"uri": uri}, "region": _region(result, d)}
    entry = {
        "ruleId": d.code,
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
    return entry


def render_file(result, options) -> str:
    """The file's results as they stand in the run's "results" list, "" for none.
    A result names its rule by ``ruleId`` only (``ruleIndex`` is optional in
    SARIF): an index would span the run, and the workers of --jobs render
    their files apart."""
    if result.error:
        return ""
    uri = _uri(result.path)  # once per file: a file may have a thousand findings
    return items_text([_result(uri, result, d) for d in result.diagnostics], options.pretty, RESULT_DEPTH)


def report(results, options, fragments=None):
    """The document: the rules of the codes found, each file's results
    (``fragments``: rendered by the workers of --jobs), an error notification
    per file that could not be read."""
    registry = load_rules()
    used = sorted({d.code for r in results for d in r.diagnostics})
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}],
        }
        for r in results
        if r.error
    ]
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
        "results": [ITEMS],
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
    }
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    parts = fragments if fragments else (render_file(result, options) for result in results)
    return items_around(document, options.pretty, parts)
