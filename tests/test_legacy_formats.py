""".doc, .wps and .rtf drafts, read through LibreOffice: the same findings at
the same paragraphs and characters as the .docx they were made from; without
LibreOffice one clear line and exit 2, the other files still linted; a
conversion that hangs is stopped with everything it started. The legacy
files are made here, at test time, by LibreOffice itself from a .docx."""

from __future__ import annotations

import json
import os
import shutil
import stat
import time

import pytest
from conftest import run_cli
from test_annotate import anchors, comments
from test_docx import CONTACT_LINE, WITHOUT_PERIOD, build, shown_lines

from notelint import cli
from notelint.engine import discover
from notelint.formats import legacy
from notelint.source import InputError

_office_installed = pytest.mark.skipif(legacy.program() is None, reason="LibreOffice (soffice) is not installed")


def needs_office(test):
    """A test that runs LibreOffice: slow, and skipped where it is not installed."""
    return pytest.mark.slow(_office_installed(test))


DRAFT = WITHOUT_PERIOD.replace("2024年7月2日", "2024-07-02")


def findings(path, capsys) -> list[tuple[str, dict]]:
    assert cli._run(["check", "--isolated", "--format", "json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    return [(d["code"], d["location"]) for file in report["files"] for d in file["diagnostics"]]


@pytest.fixture(scope="module")
def legacy_drafts(tmp_path_factory):
    """draft.docx and the .doc, .rtf and .wps LibreOffice makes of it (WPS
    Writer's .wps holds the Word 97 format, so the .doc bytes stand for one)."""
    if legacy.program() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("legacy")
    source = folder / "draft.docx"
    source.write_bytes(build(DRAFT))
    made = {".docx": source}
    for suffix, target in ((".doc", "doc:MS Word 97"), (".rtf", "rtf")):
        work = folder / suffix.strip(".")
        work.mkdir()
        converted = legacy.convert(str(source), target, str(work))
        made[suffix] = folder / f"draft{suffix}"
        shutil.move(converted, made[suffix])
    made[".wps"] = folder / "draft.wps"
    shutil.copy(made[".doc"], made[".wps"])
    return made


@needs_office
@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".wps"])
def test_a_legacy_draft_has_the_findings_of_the_docx_at_the_same_places(legacy_drafts, capsys, suffix):
    expected = findings(legacy_drafts[".docx"], capsys)
    paragraph = shown_lines(DRAFT).split("\n").index(CONTACT_LINE) + 1
    assert ("NL107", {"paragraph": paragraph, "character": 1}) in expected
    assert findings(legacy_drafts[suffix], capsys) == expected


@needs_office
def test_a_legacy_draft_is_annotated_into_a_new_docx(legacy_drafts, tmp_path, capsys):
    draft = tmp_path / "draft.doc"
    data = legacy_drafts[".doc"].read_bytes()
    draft.write_bytes(data)
    assert cli._run(["annotate", "--isolated", str(draft)]) == 1
    out = (tmp_path / "draft.notelint.docx").read_bytes()
    assert draft.read_bytes() == data
    assert sorted(anchored for anchored, code, _ in comments(out) if code.startswith("NL302")) == ["2024-07-02"]
    assert CONTACT_LINE in anchors(out).values()  # NL107, the missing 公开期限
    assert f"{draft} → {tmp_path / 'draft.notelint.docx'}：2 条批注" in capsys.readouterr().out


@needs_office
def test_a_converted_draft_past_the_size_limit_is_refused(legacy_drafts, monkeypatch):
    monkeypatch.setattr(legacy, "MAX_CONVERTED_BYTES", 1 << 10)
    with pytest.raises(InputError, match=r"^the converted \.docx exceeds "):
        legacy.to_docx("draft.doc", legacy_drafts[".doc"].read_bytes())


def test_without_libreoffice_one_line_and_the_other_files_are_still_linted(tmp_path, monkeypatch):
    (tmp_path / "a-draft.doc").write_bytes(b"\xd0\xcf\x11\xe0 a legacy draft")
    (tmp_path / "b-no-period.txt").write_text(WITHOUT_PERIOD, "utf-8")
    result = run_cli(
        "check",
        "--isolated",
        "--format",
        "concise",
        str(tmp_path),
        env={legacy.PROGRAM_VARIABLE: "no-such-office-program"},
    )
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{tmp_path / 'a-draft.doc'}: 无法读取 .doc/.wps/.rtf 文件：需要安装 LibreOffice（soffice），"
        "或在 Word/WPS 中另存为 .docx"
    )
    assert lines[1].startswith(f"{tmp_path / 'b-no-period.txt'}:") and lines[1].endswith("NL107 缺少公开期限")
    assert len(lines) == 3


def test_folders_are_searched_for_legacy_drafts(tmp_path):
    for name in ("a.doc", "b.WPS", "c.rtf", "d.docx", "e.pdf", "~$a.doc"):
        (tmp_path / name).write_bytes(b"x")
    assert [os.path.basename(p) for p in discover([str(tmp_path)])] == ["a.doc", "b.WPS", "c.rtf", "d.docx"]


@pytest.mark.slow  # waits out the time limit of a stand-in soffice
def test_a_conversion_that_hangs_is_stopped_with_everything_it_started(tmp_path, monkeypatch):
    # A stand-in for soffice that starts a child of its own, then hangs.
    child_pid = tmp_path / "child.pid"
    program = tmp_path / "soffice"
    program.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {child_pid}\nsleep 300\n", "utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv(legacy.PROGRAM_VARIABLE, str(program))
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        legacy.convert(str(tmp_path / "draft.doc"), "docx", str(tmp_path), time_limit=1)
    assert time.monotonic() - started < 30
    assert caught.value.zh == "LibreOffice 转换超过 1 秒，已中止（文件可能已损坏）"
    pid = int(child_pid.read_text())
    for _ in range(50):  # the killed child is reaped by init shortly after
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"the child process {pid} of the stopped conversion is still running")


def test_the_conversion_runs_with_macros_off_in_a_private_profile(tmp_path, monkeypatch):
    # A stand-in for soffice that records its command line, environment and profile.
    record = tmp_path / "record.txt"
    program = tmp_path / "soffice"
    program.write_text(
        f'#!/bin/sh\necho "$@" > {record}\necho "HOME=$HOME" >> {record}\n'
        f'for a in "$@"; do case $a in -env:UserInstallation=file://*) '
        f'cat "${{a#-env:UserInstallation=file://}}/user/registrymodifications.xcu" >> {record};; '
        f"esac; done\n",
        "utf-8",
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv(legacy.PROGRAM_VARIABLE, str(program))
    with pytest.raises(InputError, match="could not convert"):
        legacy.to_docx("draft.doc", b"\xd0\xcf\x11\xe0")
    recorded = record.read_text("utf-8")
    folder = recorded.split("HOME=")[1].split("\n")[0]
    assert f"-env:UserInstallation=file://{folder}/profile" in recorded and "--headless" in recorded
    assert 'oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value>' in recorded
    assert 'oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value>' in recorded
    assert not os.path.exists(folder)  # the private folder is gone with the conversion
