"""The human reporter: underline aligned under Chinese text, runs collapsed,
no colour unless asked for."""

from __future__ import annotations

from conftest import EXAMPLES, linter
from notelint.diagnostics import Diagnostic, Severity
from notelint.engine import FileResult
from notelint.reporters import ReportOptions, render
from notelint.source import SourceText


def result_with(text: str, *spans: tuple[int, int], code="NL999") -> FileResult:
    source = SourceText("draft.txt", text)
    return FileResult("draft.txt", source, [Diagnostic(code, "test", Severity.WARNING, "消息", s, e) for s, e in spans])


def test_underline_is_aligned_by_display_width():
    text = "联系电话：0755-12345678"
    start = text.index("0755")
    output = render("full", [result_with(text, (start, start + 4))], ReportOptions(color=False))
    lines = output.splitlines()
    source_line = next(line for line in lines if line.startswith("1 | "))
    underline = lines[lines.index(source_line) + 1]
    assert underline == "  | " + " " * 10 + "^^^^"  # five Chinese characters are ten columns wide


def test_long_runs_of_one_code_are_collapsed():
    text = "甲\n" * 20
    output = render("full", [result_with(text, *[(2 * i, 2 * i + 1) for i in range(20)])], ReportOptions(color=False))
    assert output.count("NL999 [警告] 消息") == 3
    assert "…… 以及另外 17 条 NL999（用 --format concise 查看全部）" in output


def test_no_colour_codes_when_not_asked():
    output = render("full", [linter().lint_file(str(EXAMPLES / "defective-closing.txt"))], ReportOptions(color=False))
    assert "\x1b[" not in output
    assert output.rstrip().endswith("规则说明：notelint explain NL101（或 notelint rules 列出全部规则）")


def test_colour_when_asked():
    output = render("full", [linter().lint_file(str(EXAMPLES / "defective-closing.txt"))], ReportOptions(color=True))
    assert "\x1b[" in output


def test_long_line_is_windowed_around_the_span():
    text = "很" * 300 + "错" + "长" * 300
    output = render("full", [result_with(text, (300, 301))], ReportOptions(color=False))
    source_line = next(line for line in output.splitlines() if line.startswith("1 | "))
    underline = output.splitlines()[output.splitlines().index(source_line) + 1]
    assert source_line.startswith("1 | …很") and source_line.endswith("长…")
    column = underline.index("^")
    from rich.cells import cell_len
    assert cell_len(source_line[:source_line.index("错")]) == column
