"""Human output: grouped by file, each diagnostic with its source line and
the offending characters underlined (aligned by display width, so the marks
stand under Chinese text), then a summary and a pointer to the rule docs.
A .docx has no lines: its diagnostics name the paragraph and character (and
table cell) instead, and the gutter shows the paragraph number."""

from __future__ import annotations

import io
import os
import sys

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from notelint.reporters import AUTOMATIC_NUMBER, docx_location, is_fixable, summarize, summary_line

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


def _colour(options) -> bool:
    if options.color is not None:
        return options.color
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _terminal_width(options) -> int:
    if options.width is not None:
        return options.width
    import shutil  # asks COLUMNS, then the terminal; 80 when there is neither

    return shutil.get_terminal_size().columns


def _excerpt(line: str, start_col: int, end_col: int, budget: int) -> tuple[str, int, int]:
    """A window of ``line`` that fits ``budget`` columns and shows the span;
    returns it with the span's start and end as indices into the window."""
    if cell_len(line) <= budget:
        return line, start_col, end_col
    first = max(0, start_col - CONTEXT)
    window, width = [], 0
    budget -= 2  # room for the ellipses
    for char in line[first:]:
        width += cell_len(char)
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


def _diagnostic(result, d, lang: str, console: Console, width: int) -> None:
    source = result.source
    line, column = source.position(d.start)
    end_line, end_column = source.position(d.end)
    severity = d.severity.label
    header = Text()
    header.append(d.code, style=_STYLES[severity])
    header.append(f" [{_LABELS[lang][severity]}] ", style=_STYLES[severity])
    header.append(d.message, style="bold")
    if is_fixable(d):
        header.append(" [*]" if lang == "en" else " [可自动修复]", style="cyan")
    console.print(header, soft_wrap=True)
    location = docx_location(d)
    if location is None:
        console.print(Text(f"  --> {result.path}:{line}:{column}", style="blue"), soft_wrap=True)
        number = line
    else:
        separator = "：" if lang == "zh" else ": "
        console.print(Text(f"  --> {result.path}{separator}{_where(location, lang)}", style="blue"), soft_wrap=True)
        number = location["paragraph"]
    text = source.line_text(line).replace("\t", " ")  # a tab (a .docx cell boundary) as one column
    span_end = end_column - 1 if end_line == line else len(text)
    gutter = " " * len(str(number))
    # The line shown fits the terminal after its gutter ("12 | "), so nothing wraps.
    budget = max(NARROWEST, min(LINE_BUDGET, width - len(gutter) - 4))
    shown, start, stop = _excerpt(text, column - 1, max(span_end, column - 1), budget)
    console.print(Text(f"{gutter} |", style="blue"))
    console.print(Text(f"{number} | ", style="blue") + Text(shown), soft_wrap=True)
    marks = "^" * max(1, cell_len(shown[start:stop]))
    note = ""
    if end_line > line and location is None:
        note = f" 延续到第 {end_line} 行" if lang == "zh" else f" continues to line {end_line}"
    elif end_line > line:
        note = " 延续到后面的段落" if lang == "zh" else " continues into the following paragraphs"
    console.print(
        Text(f"{gutter} | ", style="blue")
        + Text(" " * cell_len(shown[:start]) + marks + note, style=_STYLES[severity]),
        soft_wrap=True,
    )
    console.print()


def _console(options) -> tuple[io.StringIO, Console]:
    """A console writing to a fresh buffer (returned with it), coloured as the
    output's terminal is."""
    colour = _colour(options)
    buffer = io.StringIO()
    return buffer, Console(
        file=buffer,
        force_terminal=colour,
        no_color=not colour,
        color_system="standard" if colour else None,
        highlight=False,
        width=_terminal_width(options),
    )


def render_file(result, options) -> str:
    """The file's part of the report: its findings, a long run of one code collapsed."""
    buffer, console = _console(options)
    lang = options.lang
    width = console.width
    if result.error:
        console.print(Text(f"{result.path}: ", style="bold") + Text(result.error, style="bold red"), soft_wrap=True)
        return buffer.getvalue()
    if not result.diagnostics:
        return ""
    console.print(Text(result.path, style="bold underline"), soft_wrap=True)
    diagnostics = result.diagnostics
    index = 0
    while index < len(diagnostics):
        code = diagnostics[index].code
        run = index
        while run < len(diagnostics) and diagnostics[run].code == code:
            run += 1
        shown = diagnostics[index:run] if run - index <= RUN_LIMIT else diagnostics[index : index + RUN_SHOWN]
        for d in shown:
            _diagnostic(result, d, lang, console, width)
        hidden = run - index - len(shown)
        if hidden:
            more = (
                f"…… 以及另外 {hidden} 条 {code}（用 --format concise 查看全部）"
                if lang == "zh"
                else f"… and {hidden} more {code} (see all with --format concise)"
            )
            console.print(Text(more, style="dim"), soft_wrap=True)
            console.print()
        index = run
    return buffer.getvalue()


def report(results, options, fragments=None):
    """The files' parts (``fragments``: rendered by the workers of --jobs), then
    the summary and where the first code's doc is."""
    for index, result in enumerate(results):
        yield fragments[index] if fragments else render_file(result, options)
    if options.quiet:
        return
    lang = options.lang
    buffer, console = _console(options)
    console.print(Text(summary_line(summarize(results), lang), style="bold"), soft_wrap=True)
    first_code = next((r.diagnostics[0].code for r in results if r.diagnostics and not r.error), None)
    if first_code:
        hint = (
            f"规则说明：notelint explain {first_code}（或 notelint rules 列出全部规则）"
            if lang == "zh"
            else f"Rule docs: notelint explain {first_code} (notelint rules lists them all)"
        )
        console.print(Text(hint, style="dim"), soft_wrap=True)
    yield buffer.getvalue()
