"""Fixes end to end: every fixable rule is fixed and stays fixed, and a fixed
file keeps its encoding, BOM, line endings and permissions."""

from __future__ import annotations

import codecs
import json
import os
import stat

import pytest
from conftest import EXAMPLES, CliRun, run_cli
from fictional import notice

FIXABLE_IN = {  # a rule with a fix → an example that shows it, or a fictional draft
    "NL203": "defective-numbering.txt",
    "NL302": "defective-dates.txt",
    "NL309": "defective-dates.txt",
    "NL310": notice(swap=("2023年7月5日召开", "2023年7月5日（星期五）召开")),  # a Wednesday
    "NL501": "defective-hygiene.txt",
    "NL502": "defective-hygiene.txt",
    "NL503": "defective-hygiene.txt",
    "NL505": "defective-hygiene.txt",
    "NL506": "defective-hygiene.txt",
    "NL509": "defective-hygiene.txt",
    "NL510": "defective-hygiene.txt",
    "NL511": "defective-hygiene.txt",
    "NL401": notice(swap=("0755-12345678", "0739—5123456")),
    "NL512": notice(swap=("召开专题会议研究", "召开专题会议&nbsp;，研究&amp;部署&#12288;")),
    "NL701": "defective-formulations.txt",
    "NL702": "defective-formulations.txt",
    "NL703": "defective-formulations.txt",
    "NL705": "defective-formulations.txt",
    "NL707": "defective-formulations.txt",
}
UNSAFE = ("NL310", "NL503", "NL702", "NL703", "NL705", "NL707")  # applied only with --unsafe-fixes


def draft_bytes(code: str) -> bytes:
    shown = FIXABLE_IN[code]
    return (EXAMPLES / shown).read_bytes() if shown.endswith(".txt") else shown.encode("utf-8")


def run(*args: str, stdin: str | None = None) -> CliRun:
    return run_cli(*args, stdin=stdin, env={"NO_COLOR": "1"})


def codes(path) -> list[str]:
    document = json.loads(run("check", "--format", "json", str(path)).stdout)
    return [d["code"] for d in document["files"][0]["diagnostics"]]


def test_every_rule_with_a_fix_is_covered():
    rows = json.loads(run("rules", "--format", "json").stdout)
    assert sorted(r["code"] for r in rows if r["fix"]) == sorted(FIXABLE_IN)


@pytest.mark.parametrize("code", sorted(FIXABLE_IN))
def test_fix_removes_the_finding_and_fixing_twice_changes_nothing(code, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_bytes(draft_bytes(code))
    assert code in codes(draft)
    flags = ["--fix", "--select", code] + (["--unsafe-fixes"] if code in UNSAFE else [])
    first = run("check", *flags, str(draft))
    assert first.returncode == 0, first.stdout
    assert code not in codes(draft)
    fixed = draft.read_bytes()
    second = run("check", *flags, str(draft))
    assert draft.read_bytes() == fixed
    assert "已修复" not in second.stdout


def test_fix_keeps_gb18030_crlf_and_the_bytes_outside_the_edits(tmp_path):
    text = (EXAMPLES / "defective-hygiene.txt").read_text("utf-8")
    reference, legacy = tmp_path / "utf8.txt", tmp_path / "legacy.txt"
    reference.write_text(text, "utf-8")
    legacy.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    os.chmod(legacy, 0o640)
    before = json.loads(run("check", "--format", "json", str(reference)).stdout)["files"][0]["diagnostics"]
    edited_lines = {
        text.count("\n", 0, e["start"]) + 1  # an edit's offset, as the line it starts on
        for d in before
        if d["fix"] and d["fix"]["applicability"] == "safe"
        for e in d["fix"]["edits"]
    }
    for path in (reference, legacy):
        assert run("check", "--fix", str(path)).returncode == 1  # unfixable findings remain
    fixed = reference.read_text("utf-8")
    assert legacy.read_bytes() == fixed.replace("\n", "\r\n").encode("gb18030")
    assert stat.S_IMODE(os.stat(legacy).st_mode) == 0o640
    original_lines, fixed_lines = text.split("\n"), fixed.split("\n")
    untouched = [i for i in range(1, len(original_lines) + 1) if i not in edited_lines and i - 1 < len(fixed_lines)]
    # NL501 deletes whole lines: compare what precedes the first deleted line
    first_deleted = min(i for i in edited_lines if original_lines[i - 1] not in fixed_lines)
    for line in (i for i in untouched if i < first_deleted):
        assert fixed_lines[line - 1] == original_lines[line - 1], line
    assert run("check", "--fix", str(legacy)).returncode == 1
    assert legacy.read_bytes() == fixed.replace("\n", "\r\n").encode("gb18030")


def test_fix_keeps_a_utf8_bom(tmp_path):
    draft = tmp_path / "bom.txt"
    draft.write_bytes(codecs.BOM_UTF8 + (EXAMPLES / "defective-numbering.txt").read_bytes())
    run("check", "--fix", str(draft))
    data = draft.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and b"1\xe3\x80\x81" not in data  # 1、 is gone
    assert "（1）" in data[3:].decode("utf-8")


def test_diff_writes_nothing_and_exits_1(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_bytes((EXAMPLES / "defective-numbering.txt").read_bytes())
    result = run("check", "--diff", str(draft))
    assert result.returncode == 1
    assert draft.read_bytes() == (EXAMPLES / "defective-numbering.txt").read_bytes()
    assert f"--- a/{draft}" in result.stdout and "-1、" in result.stdout and "+1." in result.stdout
    assert result.stderr == "可修复 3 个问题（未写入文件）。\n"  # not inside the patch


def test_fix_only_reports_nothing_else(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_bytes((EXAMPLES / "defective-numbering.txt").read_bytes())
    result = run("check", "--fix-only", str(draft))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "已修复 3 个问题。\n")


def test_fix_from_standard_input_prints_the_fixed_text():
    text = (EXAMPLES / "defective-numbering.txt").read_text("utf-8")
    result = run("check", "--fix", "--select", "NL203", "-", stdin=text)
    assert result.stdout == text.replace("（二）、", "（二）").replace("\n1、", "\n1.").replace("\n2、", "\n2.")
    assert "已修复 3 个问题。" in result.stderr


def test_a_file_changed_on_disk_is_not_overwritten(tmp_path, monkeypatch):
    from notelint import runner

    draft = tmp_path / "draft.txt"
    draft.write_bytes((EXAMPLES / "defective-numbering.txt").read_bytes())
    real_read = runner.read_bytes
    calls = []

    def read_then_change(path):
        data = real_read(path)
        calls.append(path)
        if len(calls) == 2:  # the check just before writing: someone saved meanwhile
            draft.write_text("某人刚刚保存的内容\n", "utf-8")
            return real_read(path)
        return data

    monkeypatch.setattr(runner, "read_bytes", read_then_change)
    workspace = runner.Workspace(runner.RunOptions(fix=True))
    outcome = runner.process(workspace, str(draft))
    assert outcome.note == "文件在检查期间被修改，未写入修复"
    assert draft.read_text("utf-8") == "某人刚刚保存的内容\n"
