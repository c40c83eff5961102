"""A third-party rule registers through the ``notelint.checks`` entry-point
group, exactly as the built-in ones do, and its diagnostic shows up."""

from __future__ import annotations

import json
import sys
import textwrap

from conftest import EXAMPLES, run_process

PLUGIN = textwrap.dedent('''
    from __future__ import annotations

    from typing import TYPE_CHECKING

    from notelint.diagnostics import Severity
    from notelint.rules import Rule

    if TYPE_CHECKING:
        from collections.abc import Iterator

        from notelint.diagnostics import Diagnostic
        from notelint.model import Notice
        from notelint.rules import Context


    class NoOldOfficeName(Rule):
        """不要使用旧机构名称

        ## 检查什么
        旧名称“某某办”。
        ## 为什么
        机构已改名。
        ## 示例
        某某办
        ## 如何修复
        改用新名称。
        """

        code = "XY101"
        name = "old-office-name"
        severity = Severity.WARNING
        message = {"zh": "使用了旧机构名称“{name}”", "en": "old office name {name}"}

        def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
            start = notice.text.find("党委")
            if start >= 0:
                yield self.diagnostic(ctx, start, start + 2, name="党委")
''')


def install_plugin(site) -> None:
    """A minimal installed distribution: a module and a dist-info with an entry point."""
    (site / "notelint_plugin_example.py").write_text(PLUGIN, "utf-8")
    info = site / "notelint_plugin_example-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: notelint-plugin-example\nVersion: 1.0\n", "utf-8")
    (info / "entry_points.txt").write_text(
        "[notelint.checks]\nexample = notelint_plugin_example:NoOldOfficeName\n", "utf-8"
    )


def test_installed_plugin_rule_runs_and_is_listed(tmp_path):
    install_plugin(tmp_path)
    env = {"PYTHONPATH": str(tmp_path)}
    checked = run_process("check", "--format", "json", str(EXAMPLES / "complete.txt"), env=env)
    found = json.loads(checked.stdout)["files"][0]["diagnostics"]
    column = (EXAMPLES / "complete.txt").read_text("utf-8").split("\n")[2].index("党委") + 1
    assert [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["column"], d["message"]) for d in found] == [
        ("XY101", 3, column, "使用了旧机构名称“党委”")
    ]
    listed = run_process("rules", env=env).stdout
    assert "XY101  old-office-name" in listed


def test_broken_plugin_is_one_line_and_exit_2(tmp_path):
    install_plugin(tmp_path)
    (tmp_path / "notelint_plugin_example.py").write_text("raise ImportError('boom')\n", "utf-8")
    result = run_process("check", str(EXAMPLES / "complete.txt"), env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "notelint: plugin 'example' (notelint_plugin_example:NoOldOfficeName) failed to load: boom"
    )


def _scans(monkeypatch) -> list[str]:
    """Record each time the entry points are looked up in the installed distributions."""
    import importlib.metadata

    scans: list[str] = []
    real = importlib.metadata.entry_points

    def counting(**kwargs):
        scans.append(kwargs.get("group"))
        return real(**kwargs)

    monkeypatch.setattr(importlib.metadata, "entry_points", counting)
    return scans


def test_entry_point_cache_survives_edits_in_the_current_folder(tmp_path, monkeypatch):
    from notelint import rules

    work = tmp_path / "drafts"
    work.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "path", [str(work), *sys.path[1:]])
    scans = _scans(monkeypatch)
    first = rules._entry_points()
    (work / "new-draft.txt").write_text("巡察整改", "utf-8")  # the folder's time changes
    assert rules._entry_points() == first
    assert scans == ["notelint.checks"]


def test_entry_point_cache_survives_running_from_another_folder(tmp_path, monkeypatch):
    """``python -m notelint`` puts the current folder first on sys.path: a
    folder that holds no distribution must not make the next run scan again."""
    from notelint import rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    scans = _scans(monkeypatch)
    found = []
    for name in ("drafts", "archive", "drafts"):
        (tmp_path / name).mkdir(exist_ok=True)
        monkeypatch.setattr(sys, "path", [str(tmp_path / name), *sys.path[1:]])
        found.append(rules._entry_points())
    assert found[0] == found[1] == found[2]
    assert scans == ["notelint.checks"]


def test_entry_point_cache_sees_a_new_distribution(tmp_path, monkeypatch):
    from notelint import rules

    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "path", [str(site), *sys.path])
    scans = _scans(monkeypatch)
    first = rules._entry_points()
    install_plugin(site)
    second = rules._entry_points()
    assert scans == ["notelint.checks", "notelint.checks"]
    assert set(second) - set(first) == {("example", "notelint_plugin_example:NoOldOfficeName")}


def test_the_readme_rule_example_runs_as_written():
    from conftest import REPO
    from fictional import notice

    from notelint.config import Settings
    from notelint.engine import Linter
    from notelint.source import SourceText

    readme = (REPO / "README.md").read_text("utf-8")
    section = readme[readme.index("### Writing a rule") :]
    code = section[section.index("```python\n") + len("```python\n") : section.index("\n```\n")]
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    rule = namespace["PhoneMissingAreaCode"]
    text = notice({16: "联系电话：62345678；通信地址：广东省明湖市滨江路1号，邮政编码：518000。"})
    found = Linter(Settings(), {rule.code: rule}).lint_source(SourceText("<test>", text))
    start = text.index("62345678")
    assert [(d.code, d.start, d.end, d.message) for d in found] == [
        ("XY402", start, start + 8, "电话“62345678”缺少区号")
    ]
