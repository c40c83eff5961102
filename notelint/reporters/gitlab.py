"""GitLab Code Quality: a JSON list of issues (the report of a
``codequality`` artifact). Each finding's fingerprint is stable across runs
while the finding is (its file, code, message and the text it sits on, and
which of identical ones it is), so GitLab shows a merge request's new findings
as new. A file that could not be read is an issue of its own."""

from __future__ import annotations

from collections import Counter

from notelint.reporters import ITEMS, items_around, items_text

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _fingerprint(*parts: str) -> str:
    import hashlib  # only for this format

    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:32]


def issues(result) -> list[dict]:
    if result.error:
        return [
            {
                "description": result.error,
                "check_name": "notelint/unreadable",
                "severity": "critical",
                "fingerprint": _fingerprint(result.path, "unreadable"),
                "location": {"path": result.path, "lines": {"begin": 1}},
            }
        ]
    seen: Counter = Counter()
    entries = []
    for d in result.diagnostics:
        line, column = result.source.position(d.start)
        end_line, end_column = result.source.position(d.end)
        key = (d.code, d.message, result.source.text[d.start : d.end])
        seen[key] += 1
        entries.append(
            {
                "description": f"{d.code} {d.message}",
                "check_name": f"{d.code} {d.name}",
                "severity": SEVERITIES[d.severity.label],
                "fingerprint": _fingerprint(result.path, *key, str(seen[key])),
                "location": {
                    "path": result.path,
                    "positions": {
                        "begin": {"line": line, "column": column},
                        "end": {"line": end_line, "column": end_column},
                    },
                },
            }
        )
    return entries


def render_file(result, options) -> str:
    """The file's issues as they stand in the list, "" for none."""
    return items_text(issues(result), options.pretty, depth=1)


def report(results, options, fragments=None):
    """The list of every file's issues (``fragments``: rendered by the workers of --jobs)."""
    parts = fragments if fragments else (render_file(result, options) for result in results)
    return items_around([ITEMS], options.pretty, parts)
