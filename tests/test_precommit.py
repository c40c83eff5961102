"""The real pre-commit runs notelint's hooks on a throwaway repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import EXAMPLES, REPO

pytestmark = pytest.mark.slow  # each test installs notelint into a pre-commit environment


def git(*args: str, cwd) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def precommit_home(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    return tmp_path_factory.mktemp("pre-commit-home")


def environment(home) -> dict:
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "NO_COLOR": "1",
        "LANG": "C.UTF-8",
        "LC_ALL": "",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }


def try_repo(hook: str, draft, home) -> subprocess.CompletedProcess:
    env = environment(home)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--files", draft.name],
        cwd=draft.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=900,
    )


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


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory):
    """This checkout as it is on disk (changes not yet committed included), as
    a repository pre-commit can clone at a revision."""
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    copy = tmp_path_factory.mktemp("notelint-hooks")
    for name in files:
        if (REPO / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, copy / name)
    git("init", "-q", cwd=copy)
    git("add", "-A", cwd=copy)
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "hooks", cwd=copy)
    revision = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=copy, check=True, capture_output=True, text=True
    ).stdout.strip()
    return copy, revision


def commit(repository, home, *names: str) -> subprocess.CompletedProcess:
    git("add", *names, cwd=repository)
    return subprocess.run(
        ["git", "commit", "-q", "-m", "change"],
        cwd=repository,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(home),
        timeout=900,
    )


def test_a_commit_runs_the_hook_on_drafts_only_and_prints_each_finding_once(tmp_path, hooks_repo, precommit_home):
    """The README's example: one hook, limited to the drafts folder by `files:`."""
    copy, revision = hooks_repo
    git("init", "-q", cwd=tmp_path)
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {copy}\n    rev: {revision}\n    hooks:\n      - id: notelint\n        files: ^drafts/\n",
        "utf-8",
    )
    subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env=environment(precommit_home),
    )
    (tmp_path / "README.md").write_text("# 草稿库\n\n本仓库存放整改通报草稿。\n", "utf-8")
    (tmp_path / "requirements.txt").write_text("notelint\n", "utf-8")
    result = commit(tmp_path, precommit_home, ".pre-commit-config.yaml", "README.md", "requirements.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "draft.txt").write_bytes((EXAMPLES / "defective-structure.txt").read_bytes())
    result = commit(tmp_path, precommit_home, "drafts/draft.txt")
    output = result.stdout + result.stderr  # git prints the hook's output on stderr
    assert result.returncode == 1
    finding = "drafts/draft.txt:1:1: NL116 标题应为“发文机关＋关于…整改…情况＋的通报”"
    assert output.count(finding) == 1, output
    assert output.count("共发现 8 个问题（错误 2 个，警告 6 个）。") == 1


def test_force_exclude_keeps_a_readme_out_of_the_hook(tmp_path, precommit_home):
    """With the hook's default `files:` (every .md), the config's exclude
    keeps README.md out: the hook passes --force-exclude."""
    git("init", "-q", cwd=tmp_path)
    (tmp_path / "notelint.toml").write_text('exclude = ["README.md", "requirements.txt"]\n', "utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# 草稿库\n\n本仓库存放整改通报草稿。\n", "utf-8")
    git("add", "README.md", cwd=tmp_path)
    result = try_repo("notelint", readme, precommit_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "NL100" not in result.stdout
