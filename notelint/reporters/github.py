"""GitHub Actions workflow commands: one annotation per diagnostic."""

from __future__ import annotations

from notelint.reporters import files_then_summary

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render_file(result, options) -> str:
    if result.error:
        return f"::error file={_property(result.path)},title=notelint::{_data(result.error)}\n"
    lines = []
    for d in result.diagnostics:
        line, column = result.source.position(d.start)
        end_line, end_column = result.source.position(d.end)
        place = f"file={_property(result.path)},line={line},endLine={end_line}"
        if line == end_line:  # GitHub takes columns only within one line
            place += f",col={column},endColumn={max(end_column, column + 1)}"
        title = _property(f"{d.code} {d.name}")
        lines.append(f"::{COMMANDS[d.severity.label]} {place},title={title}::{_data(d.message)}\n")
    return "".join(lines)


def report(results, options, fragments=None):
    return files_then_summary(render_file, results, options, fragments)
