"""Every rule's doc exists in both languages: the Chinese class docstring and
``doc_en``; ``notelint explain --lang en`` prints the English one, and a
plugin rule written only in Chinese falls back to its Chinese doc."""

from __future__ import annotations

import re

import pytest
from conftest import CliRun, run_cli, run_process
from test_plugins import install_plugin

from notelint.rules import BUILTIN_PACKAGE, Rule, load_rules

BUILTIN = {code: rule for code, rule in load_rules().items() if rule.__module__.startswith(BUILTIN_PACKAGE + ".")}
REQUIRED = ["What it checks", "Why", "Example", "How to fix"]
DOC_SECTIONS_ZH = ["检查什么", "为什么", "示例", "如何修复"]
# The Chinese sections beyond the four and their English headings: a translation keeps every one.
OPTIONAL = {
    "选项": "Options",
    "数据来源": "Data source",
    "数据来源与补充": "Data source",
    "不报告的情形（宁可漏报，不误报）": "Not reported (better a miss than a false alarm)",
    "怎样判断“等”": 'How "等" is judged',
}


def headings(doc: str) -> list[str]:
    return re.findall(r"^## (.+)$", doc, re.MULTILINE)


def explain(*args: str) -> CliRun:
    return run_cli("explain", *args)


def test_every_builtin_rule_is_here():
    assert len(BUILTIN) == 64


@pytest.mark.parametrize("rule", BUILTIN.values(), ids=list(BUILTIN))
def test_the_english_doc_has_the_sections_of_the_chinese_one(rule):
    english = rule.doc("en")
    assert rule.doc_en and english != rule.doc()
    found = headings(english)
    assert [section for section in REQUIRED if section not in found] == []
    optional = [OPTIONAL[section] for section in headings(rule.doc()) if section not in DOC_SECTIONS_ZH]
    assert [section for section in found if section not in REQUIRED] == optional
    assert english.startswith("## What it checks\n")  # `explain` prints the English summary above it


def test_explain_in_english_prints_the_english_doc():
    result = explain("NL107", "--lang", "en")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:6] == [
        "NL107 disclosure-period-missing (default severity: error; no automatic fix; family: structure)",
        "",
        "no disclosure period (公开期限).",
        "",
        "Documentation:",
        "",
    ]
    assert lines[6:9] == [
        "## What it checks",
        "After the invitation to supervise, the disclosure period (公开期限) should be given, as in",
        '"公开期限：2025年4月23日至2025年5月22日。"',
    ]
    assert "## 检查什么" not in result.stdout and "(in Chinese)" not in result.stdout


def test_explain_in_chinese_is_unchanged():
    result = explain("NL107")
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "NL107 disclosure-period-missing（默认级别：错误；无自动修复；类别：结构）",
        "",
        "缺少公开期限",
        "",
    ]
    assert lines[4:6] == ["## 检查什么", "邀请监督之后应写明公开期限，如“公开期限：2025年4月23日至2025年5月22日。”"]
    assert "## What it checks" not in result.stdout


def test_a_plugin_rule_without_an_english_doc_falls_back_to_chinese(tmp_path):
    install_plugin(tmp_path)
    # a process of its own: it finds the plugin among the installed distributions
    result = run_process("explain", "XY101", "--lang", "en", env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[4:8] == ["Documentation (in Chinese):", "", "不要使用旧机构名称", ""]
    assert lines[8:10] == ["## 检查什么", "旧名称“某某办”。"]


def test_rule_doc_picks_the_language():
    class ChineseOnly(Rule):
        """只有中文

        ## 检查什么
        某事。
        """

    class Both(Rule):
        """只有中文

        ## 检查什么
        某事。
        """

        doc_en = """## What it checks
        Something.
        """

    assert ChineseOnly.doc("en") == ChineseOnly.doc() == "只有中文\n\n## 检查什么\n某事。"
    assert Both.doc("en") == "## What it checks\nSomething."
    assert Both.doc("zh") == Both.doc() == "只有中文\n\n## 检查什么\n某事。"


def test_the_web_page_rule_doc_is_in_the_page_language():
    from notelint.web.drafts import rule_entry

    rule = BUILTIN["NL107"]
    assert rule_entry(rule, "en", with_doc=True)["doc"] == rule.doc("en")
    assert rule_entry(rule, "zh", with_doc=True)["doc"] == rule.doc()
