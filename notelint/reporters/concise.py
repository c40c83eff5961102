"""One line per diagnostic: ``path:line:col: CODE message``, with ``[*]``
after the code of a finding ``--fix`` fixes (as ruff marks them); for a .docx,
which has no lines, ``path:¶paragraph:character: CODE message``, with
``（自动编号）`` / ``(automatic number)`` after a finding on a number Word
generates."""

from __future__ import annotations

from notelint.reporters import AUTOMATIC_NUMBER, docx_location, files_then_summary, is_fixable


def render_file(result, options) -> str:
    if result.error:
        return f"{result.path}: {result.error}\n"
    lines = []
    for d in result.diagnostics:
        code = f"{d.code} [*]" if is_fixable(d) else d.code
        location = docx_location(d)
        if location is None:
            line, column = result.source.position(d.start)
            lines.append(f"{result.path}:{line}:{column}: {code} {d.message}\n")
            continue
        note = AUTOMATIC_NUMBER[options.lang] if location.get("automatic_number") else ""
        lines.append(f"{result.path}:¶{location['paragraph']}:{location['character']}: {code} {d.message}{note}\n")
    return "".join(lines)


def report(results, options, fragments=None):
    return files_then_summary(render_file, results, options, fragments)
