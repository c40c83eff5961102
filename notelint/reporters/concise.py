"""One line per diagnostic: ``path:line:col: CODE message``; for a .docx,
which has no lines, ``path:¶paragraph:character: CODE message``, with
``（自动编号）`` / ``(automatic number)`` after a finding on a number Word
generates."""

from __future__ import annotations

from notelint.reporters import AUTOMATIC_NUMBER, docx_location, position, summarize, summary_line


def render(results, options) -> str:
    lines = []
    for result in results:
        if result.error:
            lines.append(f"{result.path}: {result.error}")
            continue
        for d in result.diagnostics:
            location = docx_location(d)
            if location is None:
                start = position(result, d.start)
                lines.append(f"{result.path}:{start['line']}:{start['column']}: {d.code} {d.message}")
                continue
            note = AUTOMATIC_NUMBER[options.lang] if location.get("automatic_number") else ""
            lines.append(f"{result.path}:¶{location['paragraph']}:{location['character']}: {d.code} {d.message}{note}")
    lines.append(summary_line(summarize(results), options.lang))
    return "\n".join(lines) + "\n"
