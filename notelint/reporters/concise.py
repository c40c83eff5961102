"""One line per diagnostic: ``path:line:col: CODE message``."""

from __future__ import annotations

from notelint.reporters import position, summarize, summary_line


def render(results, options) -> str:
    lines = []
    for result in results:
        if result.error:
            lines.append(f"{result.path}: {result.error}")
            continue
        for d in result.diagnostics:
            start = position(result, d.start)
            lines.append(f"{result.path}:{start['line']}:{start['column']}: {d.code} {d.message}")
    lines.append(summary_line(summarize(results), options.lang))
    return "\n".join(lines) + "\n"
