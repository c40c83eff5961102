"""Human output: grouped by file, each diagnostic with its source line and
the offending characters underlined (aligned by display width, so the marks
stand under Chinese text), then a summary and a pointer to the rule docs.
A .docx has no lines: its diagnostics name the paragraph and character (and
table cell) instead, and the gutter shows the paragraph number."""

from __future__ import annotations

import io
import os
import sys

from notelint.reporters import AUTOMATIC_NUMBER, docx_location, is_fixable, summarize, summary_line
from notelint.terminal import columns, display_width

RUN_SHOWN = 3  # a run of more than RUN_LIMIT diagnostics of one code shows its first RUN_SHOWN
RUN_LIMIT = 5
CONTEXT = 24  # characters of a long line shown before the diagnostic
LINE_BUDGET = 96  # display columns of a source line shown at most, on a terminal wide enough
NARROWEST = 40  # a source line is shown in this many columns at least, however narrow the terminal

_STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
_LABELS = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


# What rich leaves out of a text it prints (bell, backspace, vertical tab, form feed, carriage return).
_CONTROL_CODES = dict.fromkeys([7, 8, 11, 12, 13])


class _Lines:
    """The lines of a report part, each made of (text, style) pieces. Only a
    coloured report goes through rich's console, which costs more to import
    than linting a notice; an uncoloured one (a pipe, a file, pre-commit, CI)
    is the same characters joined, as rich would print them."""

    def __init__(self, options) -> None:
        self.width = _terminal_width(options)
        self._buffer = io.StringIO()
        self._console = None
        if _colour(options):
            from rich.console import Console

            self._console = Console(
                file=self._buffer, force_terminal=True, color_system="standard", highlight=False, width=self.width
            )

    def print(self, *pieces: tuple[str, str]) -> None:
        if self._console is None:
            self._buffer.write("".join(text for text, _ in pieces).translate(_CONTROL_CODES) + "\n")
            return
        from rich.text import Text

        line = Text()
        for text, style in pieces:
            line.append(text, style=style or None)
        self._console.print(line, soft_wrap=True)

    def value(self) -> str:
        return self._buffer.getvalue()


def _colour(options) -> bool:
    if options.color is not None:
        return options.color
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _terminal_width(options) -> int:
    if options.width is not None:
        return options.width
    return columns()


def _excerpt(line: str, start_col: int, end_col: int, budget: int) -> tuple[str, int, int]:
    """A window of ``line`` that fits ``budget`` columns and shows the span;
    returns it with the span's start and end as indices into the window."""
    if display_width(line) <= budget:
        return line, start_col, end_col
    first = max(0, start_col - CONTEXT)
    window, width = [], 0
    budget -= 2  # room for the ellipses
    for char in line[first:]:
        width += display_width(char)
        if width > budget:
            break
        window.append(char)
    text = "".join(window)
    prefix = "…" if first else ""
    suffix = "…" if first + len(text) < len(line) else ""
    offset = len(prefix) - first
    return prefix + text + suffix, start_col + offset, min(end_col + offset, len(prefix) + len(text))


def _where(location: dict, lang: str) -> str:
    """A .docx position as a person finds it: 第 5 段第 3 字（表 1 第 2 行第 1 列）."""
    zh = lang == "zh"
    where = (
        f"第 {location['paragraph']} 段第 {location['character']} 字"
        if zh
        else f"paragraph {location['paragraph']}, character {location['character']}"
    )
    notes = []
    if "table" in location:
        notes.append(
            f"表 {location['table']} 第 {location['row']} 行第 {location['cell']} 列"
            if zh
            else f"table {location['table']}, row {location['row']}, cell {location['cell']}"
        )
    if location.get("automatic_number"):
        notes.append(AUTOMATIC_NUMBER[lang].strip(" ()（）"))
    if notes:
        where += f"（{'；'.join(notes)}）" if zh else f" ({'; '.join(notes)})"
    return where


def _diagnostic(result, d, lang: str, lines: _Lines) -> None:
    source = result.source
    line, column = source.position(d.start)
    end_line, end_column = source.position(d.end)
    severity = d.severity.label
    style = _STYLES[severity]
    fixable = [(" [*]" if lang == "en" else " [可自动修复]", "cyan")] if is_fixable(d) else []
    lines.print((d.code, style), (f" [{_LABELS[lang][severity]}] ", style), (d.message, "bold"), *fixable)
    location = docx_location(d)
    if location is None:
        lines.print((f"  --> {result.path}:{line}:{column}", "blue"))
        number = line
    else:
        separator = "：" if lang == "zh" else ": "
        lines.print((f"  --> {result.path}{separator}{_where(location, lang)}", "blue"))
        number = location["paragraph"]
    text = source.line_text(line).replace("\t", " ")  # a tab (a .docx cell boundary) as one column
    span_end = end_column - 1 if end_line == line else len(text)
    gutter = " " * len(str(number))
    # The line shown fits the terminal after its gutter ("12 | "), so nothing wraps.
    budget = max(NARROWEST, min(LINE_BUDGET, lines.width - len(gutter) - 4))
    shown, start, stop = _excerpt(text, column - 1, max(span_end, column - 1), budget)
    lines.print((f"{gutter} |", "blue"))
    lines.print((f"{number} | ", "blue"), (shown, ""))
    marks = "^" * max(1, display_width(shown[start:stop]))
    note = ""
    if end_line > line and location is None:
        note = f" 延续到第 {end_line} 行" if lang == "zh" else f" continues to line {end_line}"
    elif end_line > line:
        note = " 延续到后面的段落" if lang == "zh" else " continues into the following paragraphs"
    lines.print((f"{gutter} | ", "blue"), (" " * display_width(shown[:start]) + marks + note, style))
    lines.print()


def render_file(result, options) -> str:
    """The file's part of the report: its findings, a long run of one code collapsed."""
    lines = _Lines(options)
    lang = options.lang
    if result.error:
        lines.print((f"{result.path}: ", "bold"), (result.error, "bold red"))
        return lines.value()
    if not result.diagnostics:
        return ""
    lines.print((result.path, "bold underline"))
    diagnostics = result.diagnostics
    index = 0
    while index < len(diagnostics):
        code = diagnostics[index].code
        run = index
        while run < len(diagnostics) and diagnostics[run].code == code:
            run += 1
        shown = diagnostics[index:run] if run - index <= RUN_LIMIT else diagnostics[index : index + RUN_SHOWN]
        for d in shown:
            _diagnostic(result, d, lang, lines)
        hidden = run - index - len(shown)
        if hidden:
            more = (
                f"…… 以及另外 {hidden} 条 {code}（用 --format concise 查看全部）"
                if lang == "zh"
                else f"… and {hidden} more {code} (see all with --format concise)"
            )
            lines.print((more, "dim"))
            lines.print()
        index = run
    return lines.value()


def report(results, options, fragments=None):
    """The files' parts (``fragments``: rendered by the workers of --jobs), then
    the summary and where the first code's doc is."""
    for index, result in enumerate(results):
        yield fragments[index] if fragments else render_file(result, options)
    if options.quiet:
        return
    lang = options.lang
    lines = _Lines(options)
    lines.print((summary_line(summarize(results), lang), "bold"))
    first_code = next((r.diagnostics[0].code for r in results if r.diagnostics and not r.error), None)
    if first_code:
        hint = (
            f"规则说明：notelint explain {first_code}（或 notelint rules 列出全部规则）"
            if lang == "zh"
            else f"Rule docs: notelint explain {first_code} (notelint rules lists them all)"
        )
        lines.print((hint, "dim"))
    yield lines.value()
