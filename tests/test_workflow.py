"""Accepting findings (baseline, directives, NL901), output formats,
standard input and parallel runs."""

from __future__ import annotations

import json

from conftest import EXAMPLES, CliRun, linter, run_cli

from notelint.diagnostics import Diagnostic, Edit, Fix, Severity
from notelint.document import Comment, Document
from notelint.fixer import apply, select
from notelint.source import SourceText

STRUCTURE = EXAMPLES / "defective-structure.txt"


def run(*args: str, cwd=None, stdin: str | None = None) -> CliRun:
    return run_cli(*args, cwd=cwd, stdin=stdin, env={"NO_COLOR": "1", "LANG": "C.UTF-8", "LC_ALL": ""})


# -- baseline -------------------------------------------------------------------


def test_baseline_round_trip_reports_only_new_findings(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(STRUCTURE.read_text("utf-8"), "utf-8")
    written = run("check", "--write-baseline", "baseline.json", "draft.txt", cwd=tmp_path)
    assert written.returncode == 0
    assert written.stderr.strip() == "已把 8 个问题记入基线 baseline.json" and written.stdout == ""
    # an edit elsewhere moves every line down; a new problem appears (an empty heading)
    text = "\n\n" + draft.read_text("utf-8").replace(
        "二、下一步工作打算", "（四）关于干部队伍建设方面\n\n二、下一步工作打算"
    )
    draft.write_text(text, "utf-8")
    result = run("check", "--baseline", "baseline.json", "--format", "concise", "draft.txt", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0] == "基线已接受 8 个问题。"
    assert [line.split(": ", 1)[1][:5] for line in lines[1:-1]] == ["NL113"]
    assert "关于干部队伍建设方面" in lines[1]


def test_broken_baseline_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "b.json").write_text("{", "utf-8")
    result = run("check", "--baseline", str(tmp_path / "b.json"), str(STRUCTURE))
    assert result.returncode == 2 and result.stderr.startswith("notelint: 无法读取基线文件")


# -- directives and NL901 ---------------------------------------------------------

TEXT = (EXAMPLES / "complete.txt").read_text("utf-8")


def lint_with_comments(text: str, comments: list[Comment]) -> list[tuple[str, int, str]]:
    source = SourceText("draft.md", text)
    return [
        (d.code, source.position(d.start)[0], d.message)
        for d in linter().lint_document(Document(source, comments=comments))
    ]


def directive(text: str, marker: str, after: str, anchored=False) -> Comment:
    """A comment placed (as Markdown would) just before the line starting with ``after``."""
    start = text.index(after)
    return Comment(marker, start, start, anchored)


def test_disable_next_line_suppresses_and_unused_is_reported():
    text = TEXT.replace("（二）关于全面从严治党方面\n", "（二）关于全面从严治党方面\n\n（三）关于选人用人方面\n")
    empty_heading = next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith("（二）关于全面从严治党"))
    assert [c for c, _, _ in lint_with_comments(text, [])] == ["NL113"]
    before = text.index("（二）关于全面从严治党方面") - 1
    used = Comment(" notelint-disable-next-line NL113 ", before, before)
    assert lint_with_comments(text, [used]) == []
    stale = Comment(" notelint-disable-next-line NL114 ", 0, 0)
    assert lint_with_comments(text, [used, stale]) == [
        ("NL901", 1, "指令“notelint-disable-next-line NL114”中的 NL114 没有抑制任何问题")
    ]
    assert empty_heading > 1


def test_disable_enable_region_and_unknown_code():
    text = TEXT.replace("发现的问题已全部整改。", "目前尚有2项问题未整改到位。")
    assert [c for c, _, _ in lint_with_comments(text, [])] == ["NL115"]
    start, end = text.index("二、"), text.index("三、")
    region = [Comment("notelint-disable NL115, NL999", start, start), Comment("notelint-enable", end, end)]
    assert lint_with_comments(text, region) == [
        ("NL901", text[:start].count("\n") + 1, "指令“notelint-disable NL115, NL999”中的 NL999 不是已知的规则代码")
    ]
    outside = [Comment("notelint-disable", end, end)]  # a region after the finding suppresses nothing
    assert [c for c, _, _ in lint_with_comments(text, outside)] == ["NL115", "NL901"]


def test_anchored_comment_suppresses_only_its_range():
    text = TEXT.replace("发现的问题已全部整改。", "目前尚有2项问题未整改到位。")
    paragraph = text.index("1.关于监督检查不够有力的问题")
    other = text.index("三、")
    assert lint_with_comments(text, [Comment("notelint-disable NL115", paragraph, paragraph + 80, True)]) == []
    assert [c for c, _, _ in lint_with_comments(text, [Comment("notelint-disable NL115", other, other + 5, True)])] == [
        "NL115",
        "NL901",
    ]


# -- fixes: selection and application -----------------------------------------------


def diagnostic(start, end, replacement, applicability="safe"):
    fix = (
        Fix.safe(Edit(start, end, replacement))
        if applicability == "safe"
        else Fix.unsafe(Edit(start, end, replacement))
    )
    return Diagnostic("NL999", "t", Severity.WARNING, "m", start, end, fix)


def test_overlapping_fixes_wait_for_the_next_pass():
    text = "一二三四五六"
    fixes = select([diagnostic(0, 2, "A"), diagnostic(1, 3, "B"), diagnostic(4, 5, "C"), diagnostic(4, 4, "D")], False)
    assert apply(text, fixes) == "A三四C六"


def test_unsafe_fixes_only_when_asked():
    fixes = [diagnostic(0, 1, "X", "unsafe")]
    assert select(fixes, False) == []
    assert apply("一二", select(fixes, True)) == "X二"


# -- output formats -------------------------------------------------------------------


def test_sarif_structure():
    result = run("check", "--format", "sarif", str(STRUCTURE))
    assert result.returncode == 1
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    run_ = sarif["runs"][0]
    assert run_["tool"]["driver"]["name"] == "notelint"
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(r["id"] for r in rules)
    first = run_["results"][0]
    (rule,) = [rule for rule in rules if rule["id"] == first["ruleId"] == "NL116"]
    assert "## 如何修复" in rule["help"]["text"]
    assert first["level"] == "warning" and first["message"]["text"]
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1,
        "startColumn": 1,
        "endLine": 1,
        "endColumn": 12,
        "charOffset": 0,
        "charLength": 11,
    }


def test_github_annotations():
    lines = run("check", "--format", "github", str(STRUCTURE)).stdout.splitlines()
    assert lines[0] == (
        f"::warning file={STRUCTURE},line=1,endLine=1,col=1,endColumn=12,"
        "title=NL116 title-format::标题应为“发文机关＋关于…整改…情况＋的通报”"
    )
    missing = next(line for line in lines if "NL103" in line)
    assert ",col=1,endColumn=2," in missing  # a zero-width range still marks one column


def test_output_file_and_same_exit_code(tmp_path):
    out = tmp_path / "report.json"
    result = run("check", "--format", "json", "--output-file", str(out), str(STRUCTURE))
    assert (result.returncode, result.stdout) == (1, "")
    assert json.loads(out.read_text("utf-8"))["summary"]["diagnostics"] == 8


def test_statistics():
    lines = run("check", "--statistics", str(EXAMPLES)).stdout.splitlines()
    assert lines[:3] == [
        "3  NL203  numbering-mark                   [可修复] 3",
        "3  NL505  halfwidth-punctuation            [可修复] 3",
        "2  NL201  numbering-sequence",
    ]
    assert len(lines) == len({line.split()[1] for line in lines})  # one line per code


# -- standard input and parallel runs --------------------------------------------------------


def test_standard_input_with_a_file_name():
    result = run(
        "check", "-", "--stdin-filename", "草稿.txt", "--format", "concise", stdin=STRUCTURE.read_text("utf-8")
    )
    assert result.stdout.splitlines()[0] == "草稿.txt:1:1: NL116 标题应为“发文机关＋关于…整改…情况＋的通报”"
    assert result.returncode == 1


def test_parallel_run_gives_the_same_output_in_the_same_order(tmp_path):
    for i in range(40):
        source = [STRUCTURE, EXAMPLES / "defective-closing.txt", EXAMPLES / "complete.txt"][i % 3]
        (tmp_path / f"{i:02d}.txt").write_bytes(source.read_bytes())
    one = run("check", "--format", "concise", "--jobs", "1", str(tmp_path))
    two = run("check", "--format", "concise", "--jobs", "2", str(tmp_path))
    assert one.stdout == two.stdout and one.returncode == two.returncode == 1
    assert one.stdout.count("NL116") == 14


def test_a_machine_without_a_process_pool_lints_in_one_process(tmp_path, monkeypatch):
    """Where the pool cannot start (no semaphores: a sandbox without /dev/shm),
    --jobs falls back to one process instead of failing the whole run."""
    import concurrent.futures

    def no_pool(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/dev/shm")

    for i in range(24):
        (tmp_path / f"{i:02d}.txt").write_bytes(STRUCTURE.read_bytes())
    one = run("check", "--format", "concise", "--jobs", "1", str(tmp_path))
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    two = run("check", "--format", "concise", "--jobs", "2", str(tmp_path))
    assert (two.stdout, two.stderr, two.returncode) == (one.stdout, one.stderr, 1)
    assert two.stdout.count("NL116") == 24


def test_parallel_run_reports_summaries_and_fix_listings_as_a_serial_one(tmp_path):
    """The workers send back stand-ins of their findings with their part of the
    report: the summary, the exit code and --show-fixes must not notice."""
    sources = [EXAMPLES / "defective-hygiene.txt", EXAMPLES / "defective-numbering.txt", EXAMPLES / "complete.txt"]
    for i in range(24):
        (tmp_path / f"{i:02d}.txt").write_bytes(sources[i % 3].read_bytes())
    for fmt in ("json", "github", "concise", "full", "sarif", "junit", "gitlab"):
        args = ("check", "--format", fmt, "--show-fixes", "--fail-on", "warning", str(tmp_path))
        one, two = run(*args, "--jobs", "1"), run(*args, "--jobs", "2")
        assert (one.stdout, one.stderr, one.returncode) == (two.stdout, two.stderr, two.returncode), fmt
    summary = json.loads(run("check", "--format", "json", "--jobs", "2", str(tmp_path)).stdout)["summary"]
    assert summary["fixable"] > 0 and summary["by_severity"]["warning"] > 0


def test_parallel_parts_are_written_in_the_encoding_of_where_the_report_goes(tmp_path):
    """The workers encode their parts for the report's destination: a stdout
    that cannot encode Chinese gets the same escapes, and an output file the
    same UTF-8, as from a serial run."""
    from conftest import run_process

    sources = [EXAMPLES / "defective-hygiene.txt", EXAMPLES / "defective-closing.txt", STRUCTURE]
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(24):
        (drafts / f"{i:02d}.txt").write_bytes(sources[i % 3].read_bytes())
    for fmt in ("json", "full"):
        ascii_runs = [
            run_process("check", "--format", fmt, "--jobs", jobs, str(drafts), env={"PYTHONIOENCODING": "ascii"})
            for jobs in ("1", "2")
        ]
        assert ascii_runs[0].stdout == ascii_runs[1].stdout and "\\u" in ascii_runs[0].stdout, fmt
        written = []
        for jobs in ("1", "2"):
            target = tmp_path / f"report-{jobs}.{fmt}"
            run("check", "--format", fmt, "--jobs", jobs, "--output-file", str(target), str(drafts))
            written.append(target.read_bytes())
        assert written[0] == written[1] and "半角".encode() in written[0], fmt


def without_disclosure_period(tmp_path):
    """A draft whose only finding is zero-width: NL107 (no 公开期限), reported on the contact line."""
    draft = tmp_path / "draft.txt"
    draft.write_text(
        (EXAMPLES / "complete.txt").read_text("utf-8").replace("公开期限：2024年12月20日至2025年1月20日。\n", ""),
        "utf-8",
    )
    return draft


def test_a_zero_width_finding_in_the_baseline_survives_edits_to_its_line(tmp_path):
    draft = without_disclosure_period(tmp_path)
    assert run("check", "--format", "concise", "draft.txt", cwd=tmp_path).stdout.startswith("draft.txt:40:1: NL107 ")
    assert run("check", "--write-baseline", "baseline.json", "draft.txt", cwd=tmp_path).returncode == 0
    # UTF-8, one entry a line: a reviewer reads it in a diff
    assert (tmp_path / "baseline.json").read_text("utf-8") == (
        '{\n "version": 2,\n "tool": "notelint",\n "files": {\n  "draft.txt": [\n'
        '   {"code": "NL107", "message": "缺少公开期限", "count": 1}\n  ]\n }\n}\n'
    )
    draft.write_text(draft.read_text("utf-8").replace("0755-12345678", "0755-87654321"), "utf-8")  # the line it sits on
    result = run("check", "--baseline", "baseline.json", "--format", "concise", "draft.txt", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()) == (
        0,
        ["基线已接受 1 个问题。", "检查了 1 个文件，没有发现问题。"],
    )


def test_a_version_1_baseline_is_still_read(tmp_path):
    draft = without_disclosure_period(tmp_path)
    line = draft.read_text("utf-8").splitlines()[39]
    (tmp_path / "baseline.json").write_text(
        json.dumps({"version": 1, "tool": "notelint", "files": {"draft.txt": [["NL107", line, 1]]}}), "utf-8"
    )
    result = run("check", "--baseline", "baseline.json", "--format", "concise", "draft.txt", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, "基线已接受 1 个问题。")
