"""The human reporter: underline aligned under Chinese text, runs collapsed,
no colour unless asked for."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import EXAMPLES, linter

from notelint.diagnostics import Diagnostic, Edit, Fix, Severity
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
    # The code in its severity's colour; the source line itself uncoloured after its blue gutter.
    assert "\x1b[1;31mNL101\x1b[0m" in output
    assert "\x1b[34m3 | \x1b[0m一、党组履行巡察整改主体责任情况\n" in output


def test_colour_codes_and_controls_in_the_draft_are_left_out_as_rich_leaves_them():
    text = "联系\x07电话\x0c：\x1b[31m0755"
    output = render("full", [result_with(text, (0, 2))], ReportOptions(color=False))
    assert "1 | 联系电话：\x1b[31m0755\n" in output


def test_a_report_without_colour_does_not_load_richs_console(tmp_path):
    """rich's console costs more to start than linting a notice: a report
    to a pipe or a file (pre-commit, CI, an editor) is written without it."""
    probe = (
        "import sys; from notelint.cli import main\n"
        "try: main(sys.argv[1:])\n"
        "except SystemExit: print(sorted(m for m in sys.modules if m.startswith('rich')), file=sys.stderr)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe, "check", str(EXAMPLES / "defective-closing.txt"), "--format", "full"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)},
    )
    assert "NL101 [错误]" in ran.stdout
    loaded = ran.stderr.strip().splitlines()[-1]
    assert loaded == "[]"  # the widths of a notice's characters are counted without rich's tables


def test_long_line_is_windowed_around_the_span():
    text = "很" * 300 + "错" + "长" * 300
    output = render("full", [result_with(text, (300, 301))], ReportOptions(color=False))
    source_line = next(line for line in output.splitlines() if line.startswith("1 | "))
    underline = output.splitlines()[output.splitlines().index(source_line) + 1]
    assert source_line.startswith("1 | …很") and source_line.endswith("长…")
    column = underline.index("^")
    from rich.cells import cell_len

    assert cell_len(source_line[: source_line.index("错")]) == column


def test_display_widths_are_richs_for_every_character_counted_without_its_tables():
    """The uncoloured report counts the widths of the characters notices are
    written in itself; a coloured one prints through rich: they must agree."""
    from rich.cells import cell_len

    from notelint import terminal

    for ranges, width in ((terminal._ONE_COLUMN, 1), (terminal._TWO_COLUMNS, 2)):
        bounds = re.findall(r"(.)-(.)", ranges, re.DOTALL)
        assert "".join(f"{low}-{high}" for low, high in bounds) == ranges  # every range read
        for low, high in bounds:
            wrong = [hex(code) for code in range(ord(low), ord(high) + 1) if cell_len(chr(code)) != width]
            assert wrong == [], (low, high)
    for text in ("关于“两个维护”的学习——第①项…", "é́ 组合字符", "\x07响铃", "emoji👍🏽", "ｱｲｳ半角片假名", ""):
        assert terminal.display_width(text) == cell_len(text), text


def example_results() -> list[FileResult]:
    """Every example (fixes with many edits, a .docx with locations) and an unreadable file."""
    results = [linter().lint_file(str(path)) for path in sorted(EXAMPLES.iterdir()) if path.is_file()]
    fixed = result_with("甲,乙\n丙(丁)", (1, 2))
    fixed.diagnostics = [
        fixed.diagnostics[0].replace(
            fix=Fix.safe(Edit(1, 2, "，"), Edit(4, 5, "（"), Edit(6, 7)),
            extra={"location": {"paragraph": 2, "character": 1, "automatic_number": True}},
        )
    ]
    return [*results, fixed, FileResult("broken.txt", error="无法读取：这是二进制文件（含 NUL 字节）")]


def test_json_report_is_compact_by_default_and_the_standard_librarys_indented_json_with_pretty():
    import json

    results = example_results()
    assert any(d.fix and len(d.fix.edits) > 1 for r in results for d in r.diagnostics)
    assert any(d.extra.get("location") for r in results for d in r.diagnostics)
    for chosen in (results, results[:1], []):
        compact = render("json", chosen, ReportOptions())
        value = json.loads(compact)
        assert compact == json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
        pretty = render("json", chosen, ReportOptions(pretty=True))
        assert pretty == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_json_findings_with_characters_json_escapes_are_written_as_the_standard_library_writes_them():
    import json

    text = '甲"乙\\丙\t丁\n戊\u2028己𠀀庚'
    message = '引号"、反斜杠\\、制表\t、换行\n、控制\x01、分隔\u2028、𠀀'
    diagnostic = Diagnostic(
        "NL999", 'na"me', Severity.INFO, message, 1, 3, fix=Fix.unsafe(Edit(1, 2, '\\"'), Edit(3, 4, "\x00"))
    )
    result = FileResult('草稿"\\.txt', SourceText('草稿"\\.txt', text), [diagnostic])
    compact = render("json", [result], ReportOptions())
    value = json.loads(compact)
    assert compact == json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
    entry = value["files"][0]
    assert entry["path"] == '草稿"\\.txt'
    assert entry["diagnostics"] == [
        {
            "code": "NL999",
            "name": 'na"me',
            "severity": "info",
            "message": message,
            "range": {"start": {"line": 1, "column": 2, "offset": 1}, "end": {"line": 1, "column": 4, "offset": 3}},
            "fix": {
                "applicability": "unsafe",
                "edits": [{"start": 1, "end": 2, "replacement": '\\"'}, {"start": 3, "end": 4, "replacement": "\x00"}],
            },
        }
    ]


def test_json_edits_are_offsets_a_fix_applies_to_the_text():
    import json

    from notelint import fixer

    text = "甲,乙\n丙(丁)"
    result = example_results()[-2]
    entry = json.loads(render("json", [result], ReportOptions()))["files"][0]
    assert json.loads(render("json", [result], ReportOptions()))["version"] == 2
    diagnostic = entry["diagnostics"][0]
    assert diagnostic["range"] == {
        "start": {"line": 1, "column": 2, "offset": 1},
        "end": {"line": 1, "column": 3, "offset": 2},
    }
    edits = diagnostic["fix"]["edits"]
    assert edits == [
        {"start": 1, "end": 2, "replacement": "，"},
        {"start": 4, "end": 5, "replacement": "（"},
        {"start": 6, "end": 7, "replacement": ""},
    ]
    applied = text
    for edit in reversed(edits):
        applied = applied[: edit["start"]] + edit["replacement"] + applied[edit["end"] :]
    assert applied == fixer.apply(text, [result.diagnostics[0].fix]) == "甲，乙\n（()"


def test_report_in_pieces_is_the_report_and_workers_fragments_fit_in():
    """What the parent of --jobs writes: the workers' parts, then a tail made
    from the stand-ins of the findings the workers send back with them."""
    from notelint.reporters import file_renderer, report
    from notelint.runner import _summarised

    results = example_results()
    for fmt in ("json", "concise", "github", "full", "junit", "gitlab", "sarif"):
        for options in (ReportOptions(color=False, width=100), ReportOptions(color=False, width=100, pretty=True)):
            whole = render(fmt, results, options)
            fragments = [file_renderer(fmt, options)(result) for result in results]
            stand_ins = [_summarised(result) for result in results]
            assert "".join(report(fmt, stand_ins, options, fragments)) == whole, fmt
            # Parts encoded by the workers pass through as they are, one piece each.
            encoded = [file_renderer(fmt, options, ("gb18030", "strict"))(result) for result in results]
            pieces = report(fmt, stand_ins, options, encoded)
            written = b"".join(piece if isinstance(piece, bytes) else piece.encode("gb18030") for piece in pieces)
            assert written == whole.encode("gb18030"), fmt


def test_sarif_and_gitlab_are_compact_unless_pretty():
    import json

    results = example_results()
    for fmt in ("sarif", "gitlab"):
        compact = render(fmt, results, ReportOptions())
        assert "\n" not in compact.rstrip("\n")
        assert (
            render(fmt, results, ReportOptions(pretty=True))
            == json.dumps(json.loads(compact), ensure_ascii=False, indent=2) + "\n"
        )


def test_gitlab_fingerprints_survive_moved_lines_and_tell_twins_apart():
    import json

    text = "联系电话：0755-1234；0755-1234"
    first, second = text.index("0755"), text.rindex("0755")
    before = json.loads(
        render("gitlab", [result_with(text, (first, first + 9), (second, second + 9))], ReportOptions())
    )
    moved = "\n\n" + text
    after = json.loads(
        render("gitlab", [result_with(moved, (first + 2, first + 11), (second + 2, second + 11))], ReportOptions())
    )
    assert [issue["fingerprint"] for issue in before] == [issue["fingerprint"] for issue in after]
    assert before[0]["fingerprint"] != before[1]["fingerprint"]
    assert after[0]["location"]["positions"]["begin"] == {"line": 3, "column": 6}


def test_junit_escapes_markup_and_replaces_what_xml_cannot_hold():
    import xml.etree.ElementTree as ElementTree

    source = SourceText("draft.txt", "<标题>\x01 & 正文")
    result = FileResult(
        "draft.txt", source, [Diagnostic("NL999", "test", Severity.WARNING, "“<标题>”\x01后有 & 号", 0, 4)]
    )
    root = ElementTree.fromstring(render("junit", [result], ReportOptions()))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == "“<标题>”\ufffd后有 & 号"
    assert failure.text == "draft.txt:1:1: NL999 “<标题>”\ufffd后有 & 号"
