"""Configuration files: discovery, every key, errors, precedence of flags."""

from __future__ import annotations

import json
import os

import pytest
from conftest import EXAMPLES, CliRun, run_cli

STRUCTURE = (EXAMPLES / "defective-structure.txt").read_text("utf-8")


def run(*args: str, cwd, locale: str = "C.UTF-8") -> CliRun:
    return run_cli(*args, cwd=cwd, env={"NO_COLOR": "1", "LANG": locale, "LC_ALL": ""})


def run_in_english(*args: str, cwd) -> CliRun:
    """An English locale: config errors (and everything else) in English."""
    return run(*args, cwd=cwd, locale="en_US.UTF-8")


def codes(result: CliRun, index: int = 0) -> list[str]:
    return [d["code"] for d in json.loads(result.stdout)["files"][index]["diagnostics"]]


@pytest.fixture
def project(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(STRUCTURE, "utf-8")
    return tmp_path


def write(path, text: str) -> None:
    path.write_text(text, "utf-8")


ALL = ["NL116", "NL102", "NL103", "NL113", "NL115", "NL109", "NL112", "NL114"]


def structure_codes(project, *args) -> list[str]:
    found = codes(run("check", "--format", "json", *args, "drafts/a.txt", cwd=project))
    return [c for c in found if c.startswith("NL1")]


def test_no_config_runs_every_rule(project):
    assert structure_codes(project) == ALL


def test_pyproject_select_and_ignore(project):
    write(project / "pyproject.toml", '[tool.notelint]\nselect = ["NL1"]\nignore = ["NL113", "NL114"]\n')
    assert structure_codes(project) == ["NL116", "NL102", "NL103", "NL115", "NL109", "NL112"]


def test_pyproject_without_a_notelint_table_is_not_a_config(project):
    write(project / "pyproject.toml", '[project]\nname = "x"\n')
    write(project / "notelint.toml", 'ignore = ["NL116"]\n')
    (project / "drafts" / "pyproject.toml").write_text("[tool.black]\n", "utf-8")
    assert "NL116" not in structure_codes(project)


def test_closest_config_wins(project):
    write(project / "notelint.toml", 'ignore = ["NL116"]\n')
    write(project / "drafts" / "notelint.toml", 'ignore = ["NL102"]\n')
    assert structure_codes(project) == [c for c in ALL if c != "NL102"]


def test_extend_select_per_file_ignores_and_severity(project):
    write(
        project / "notelint.toml",
        'select = ["NL11"]\nextend-select = ["NL102"]\n'
        '[per-file-ignores]\n"drafts/*.txt" = ["NL116"]\n'
        '[severity]\nNL114 = "off"\nNL112 = "error"\n',
    )
    result = run("check", "--format", "json", "drafts/a.txt", cwd=project)
    found = {d["code"]: d["severity"] for d in json.loads(result.stdout)["files"][0]["diagnostics"]}
    assert found == {"NL102": "warning", "NL113": "warning", "NL115": "warning", "NL112": "error"}


def test_one_linter_ignores_per_file_for_each_file_it_lints(project):
    from notelint.config import Settings
    from notelint.engine import Linter

    (project / "other").mkdir()
    write(project / "other" / "b.txt", STRUCTURE)
    settings = Settings(per_file_ignores=(("drafts/*.txt", ("NL116",)),), config_file=str(project / "notelint.toml"))
    linter = Linter(settings)

    def structure(path) -> list[str]:
        return [d.code for d in linter.lint_file(str(path)).diagnostics if d.code.startswith("NL1")]

    inside, outside = project / "drafts" / "a.txt", project / "other" / "b.txt"
    assert structure(inside) == ALL[1:]
    assert structure(outside) == ALL
    assert structure(inside) == ALL[1:]


def test_lang_and_fail_on_from_the_file(project):
    write(project / "notelint.toml", 'lang = "en"\nfail-on = "warning"\nselect = ["NL115"]\n')
    result = run("check", "--format", "concise", "drafts/a.txt", cwd=project)
    assert result.returncode == 1
    assert "NL115 the text admits unfinished items" in result.stdout


def test_flags_beat_the_file(project):
    write(project / "notelint.toml", 'lang = "en"\nselect = ["NL115"]\n')
    result = run("check", "--format", "concise", "--lang", "zh", "--select", "NL116", "drafts/a.txt", cwd=project)
    assert result.stdout.splitlines()[0] == "drafts/a.txt:1:1: NL116 标题应为“发文机关＋关于…整改…情况＋的通报”"
    assert structure_codes(project, "--isolated") == ALL
    write(project / "other.toml", 'select = ["NL103"]\n')
    assert structure_codes(project, "--config", "other.toml") == ["NL103"]


def test_exclude_skips_files_found_in_folders(project):
    (project / "drafts" / "old").mkdir()
    (project / "drafts" / "old" / "b.txt").write_text(STRUCTURE, "utf-8")
    write(project / "notelint.toml", 'exclude = ["drafts/old"]\n')
    document = json.loads(run("check", "--format", "json", ".", cwd=project).stdout)
    assert [f["path"] for f in document["files"]] == [os.path.join("drafts", "a.txt")]


def test_rule_options(project):
    write(project / "notelint.toml", "[options.NL999]\nx = 1\n")
    result = run_in_english("check", "drafts/a.txt", cwd=project)
    assert result.stderr.strip().endswith("key 'options.NL999': unknown rule code 'NL999'")


@pytest.mark.parametrize(
    "content, message",
    [
        ('selec = ["NL1"]\n', "unknown key 'selec'"),
        ('select = "NL1"\n', "key 'select': expected a list of rule codes or prefixes"),
        ('ignore = ["NL999"]\n', "key 'ignore': unknown rule code 'NL999'"),
        ('lang = "fr"\n', "key 'lang': expected 'zh' or 'en', got 'fr'"),
        ('[severity]\nNL101 = "fatal"\n', "key 'severity.NL101': expected 'error' or 'warning' or 'info' or 'off'"),
        ('[per-file-ignores]\n"*.txt" = "NL1"\n', "key 'per-file-ignores.*.txt': expected a list"),
        ("select = [\n", "not valid TOML"),
        ("fail-on = 1\n", "key 'fail-on': expected 'error' or 'warning' or 'info', got 1"),
        ('exclude = "drafts/"\n', "key 'exclude': expected a list of strings, got 'drafts/'"),
        ('encoding = "klingon"\n', "key 'encoding': expected an encoding name such as \"gb18030\", got 'klingon'"),
        ('[severity]\nNL999 = "off"\n', "key 'severity.NL999': unknown rule code 'NL999'"),
        ('[per-file-ignores]\n"*.txt" = ["NL999"]\n', "key 'per-file-ignores.*.txt': unknown rule code 'NL999'"),
        ("[options]\nNL307 = 3\n", "key 'options.NL307': expected a table of options, got 3"),
        ('[options.NL307]\nmin-days = "two"\n', "key 'options.NL307.min-days': expected int, got 'two'"),
    ],
)
def test_config_errors_name_file_and_key_and_exit_2(project, content, message):
    write(project / "notelint.toml", content)
    result = run_in_english("check", "drafts/a.txt", cwd=project)
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"notelint: {project / 'notelint.toml'}: ") and message in line


@pytest.mark.parametrize(
    "content, message",
    [
        ("[tool.notelint]\nselect = [\n", "not valid TOML"),
        ("[tool]\nnotelint = 3\n", "[tool.notelint] must be a table"),
    ],
)
def test_pyproject_errors_name_the_file_and_exit_2(project, content, message):
    write(project / "pyproject.toml", content)
    result = run_in_english("check", "drafts/a.txt", cwd=project)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.strip().startswith(f"notelint: {project / 'pyproject.toml'}: ") and message in result.stderr


def test_a_pyproject_whose_tool_is_not_a_table_is_not_a_config(project):
    write(project / "pyproject.toml", "tool = 3\n")
    assert structure_codes(project) == ALL


def test_a_config_that_is_not_utf8_names_the_file(project):
    (project / "notelint.toml").write_bytes(b'lang = "\xff"\n')
    result = run_in_english("check", "drafts/a.txt", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith(f"notelint: {project / 'notelint.toml'}: cannot read: ")


def test_show_settings(project):
    write(project / "notelint.toml", 'ignore = ["NL116"]\n[severity]\nNL112 = "error"\n')
    result = run("check", "--show-settings", "--lang", "en", "drafts/a.txt", cwd=project)
    settings = json.loads(result.stdout)
    assert settings["config-file"] == str(project / "notelint.toml")
    assert (settings["ignore"], settings["severity"], settings["lang"]) == (["NL116"], {"NL112": "error"}, "en")


def test_rule_option_from_the_config(project):
    dates = (EXAMPLES / "defective-dates.txt").read_text("utf-8")
    write(project / "drafts" / "a.txt", dates)
    assert "NL307" in codes(run("check", "--format", "json", "drafts/a.txt", cwd=project))
    write(project / "notelint.toml", "[options.NL307]\nmin-days = 2\n")
    assert "NL307" not in codes(run("check", "--format", "json", "drafts/a.txt", cwd=project))
    write(project / "notelint.toml", '[options.NL307]\nmin-days = "two"\n')
    result = run_in_english("check", "drafts/a.txt", cwd=project)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("key 'options.NL307.min-days': expected int, got 'two'")
    write(project / "notelint.toml", "[options.NL307]\nminimum = 2\n")
    assert (
        "NL307 has no option 'minimum' (options: min-days, max-days)"
        in run_in_english("check", "drafts/a.txt", cwd=project).stderr
    )
    assert (
        "NL307 没有选项 'minimum'（可用选项：min-days, max-days）" in run("check", "drafts/a.txt", cwd=project).stderr
    )


@pytest.mark.parametrize(
    "content, message",
    [
        (
            'selec = ["NL1"]\n',
            "：未知的键“selec”（可用：select, extend-select, ignore, per-file-ignores, severity, exclude, "
            "force-exclude, lang, fail-on, encoding, options）",
        ),
        ('ignore = ["NL999"]\n', "：键“ignore”：未知的规则代码 'NL999'"),
        ('force-exclude = "yes"\n', "：键“force-exclude”应为 true 或 false，而不是 'yes'"),
        ("select = [\n", "：不是有效的 TOML："),
    ],
)
def test_config_errors_are_chinese_by_default(project, content, message):
    write(project / "notelint.toml", content)
    result = run("check", "drafts/a.txt", cwd=project)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"notelint: {project / 'notelint.toml'}{message}")


def non_notices(project) -> None:
    write(project / "README.md", "# 项目说明\n\n这里放通报草稿。\n")
    write(project / "requirements.txt", "notelint\n")


def test_force_exclude_applies_exclude_to_files_named_on_the_command_line(project):
    non_notices(project)
    write(project / "notelint.toml", 'exclude = ["README.md", "requirements.txt"]\n')
    named = ("--format", "concise", "README.md", "requirements.txt", "drafts/a.txt")
    result = run("check", *named, cwd=project)  # named files are linted unless forced
    assert result.stdout.startswith("README.md:1:3: NL100 ")
    result = run("check", "--force-exclude", *named, cwd=project)
    assert result.returncode == 1
    assert {line.split(":")[0] for line in result.stdout.splitlines()[:-1]} == {"drafts/a.txt"}
    write(project / "notelint.toml", 'exclude = ["README.md", "requirements.txt"]\nforce-exclude = true\n')
    assert "README.md" not in run("check", *named, cwd=project).stdout
    assert run("check", "--no-force-exclude", *named, cwd=project).stdout.startswith("README.md:1:3: NL100 ")
    # only excluded files are left out: nothing to lint is a clean run
    result = run("check", "--force-exclude", "--format", "concise", "README.md", cwd=project)
    assert (result.returncode, result.stdout) == (0, "检查了 0 个文件，没有发现问题。\n")
