"""The real pre-commit runs notelint's hooks on a throwaway repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import EXAMPLES, REPO


def git(*args: str, cwd) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def precommit_home(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(hook: str, draft, home) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--files", draft.name],
                          cwd=draft.parent, capture_output=True, text=True, encoding="utf-8", env=env, timeout=900)


@pytest.fixture
def drafts_repo(tmp_path):
    git("init", "-q", cwd=tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_bytes((EXAMPLES / "defective-structure.txt").read_bytes())
    git("add", "draft.txt", cwd=tmp_path)
    return draft


def test_check_hook_fails_and_prints_the_diagnostic(drafts_repo, precommit_home):
    result = try_repo("notelint", drafts_repo, precommit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "draft.txt:1:1: NL116 标题应为“发文机关＋关于…整改…情况＋的通报”" in result.stdout


def test_fix_hook_removes_the_safe_findings(tmp_path, precommit_home):
    git("init", "-q", cwd=tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_bytes((EXAMPLES / "defective-numbering.txt").read_bytes())
    git("add", "draft.txt", cwd=tmp_path)
    result = try_repo("notelint-fix", draft, precommit_home)
    assert result.returncode == 1  # files were modified, and unfixable findings remain
    assert "已修复 3 个问题。" in result.stdout
    text = draft.read_text("utf-8")
    assert "（二）、" not in text and "\n1、" not in text
    after = try_repo("notelint", draft, precommit_home)
    assert "NL203" not in after.stdout and "NL201" in after.stdout
