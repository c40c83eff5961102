"""The suite runs the command line in its own process (conftest.run_cli): it
gives what ``python -m notelint`` gives, byte for byte, exit code, stdout,
stderr and the files a fix writes, for reports, errors, usage and standard input."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLES, run_cli, run_process

NUMBERING = (EXAMPLES / "defective-numbering.txt").read_text("utf-8")

# (arguments, standard input, environment); two run in the everyday loop, each starting a process.
CASES = {
    "report": (["check", "--format", "concise", "a.txt"], None, {}),
    "fix-writes": (["check", "--fix", "--show-fixes", "a.txt"], None, {}),
    "full-report-in-english": (["check", "a.txt"], None, {"LANG": "en_US.UTF-8", "LC_ALL": None}),
    "unreadable-and-missing": (["check", "--format", "json", "a.txt", "empty.txt", "missing.txt"], None, {}),
    "usage-error": (["check", "--format", "xml", "a.txt"], None, {}),
    "help": (["check", "--help"], None, {}),
    "fix-gb18030-standard-input": (["check", "--fix", "-"], NUMBERING.encode("gb18030"), {}),
    "explain": (["explain", "NL203", "--lang", "en"], None, {}),
}
EVERYDAY = ("report", "fix-gb18030-standard-input")


@pytest.mark.parametrize(
    "case", [case if case in EVERYDAY else pytest.param(case, marks=pytest.mark.slow) for case in CASES]
)
def test_in_process_runs_give_what_the_process_gives(tmp_path, case):
    args, stdin, env = CASES[case]
    ran = {}
    for name, runner in (("process", run_process), ("in-process", run_cli)):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(EXAMPLES / "defective-numbering.txt", folder / "a.txt")
        (folder / "empty.txt").write_bytes(b"")
        result = runner(*args, stdin=stdin, cwd=folder, env={"NO_COLOR": "1", **env}, text=False)
        ran[name] = (*result, (folder / "a.txt").read_bytes())
    assert ran["in-process"] == ran["process"]
    assert ran["process"][1] or ran["process"][2]  # the case printed something to compare
