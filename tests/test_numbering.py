"""NL201–NL205: heading numbers and 一是/二是 enumerations."""

import re

import pytest
from conftest import apply_edits, lint, lint_diagnostics
from fictional import notice, span
from hypothesis import given
from hypothesis import strategies as st


def test_the_fictional_notice_is_clean():
    assert lint(notice(), "NL2") == []


# -- NL201 numbering-sequence ---------------------------------------------------


def test_nl201_a_skipped_number():
    text = notice({10: "（三）关于加强基层党组织建设方面"})
    assert lint(text, "NL201") == [("NL201", 10, 1, 10, 4, "序号“（三）”跳过了序号，此处应为“（二）”")]


def test_nl201_a_repeated_number_is_reported_once():
    text = notice({6: "一、巡察整改任务落实情况", 12: "三、下一步工作打算"})
    assert lint(text, "NL201") == [("NL201", 6, 1, 6, 3, "序号“一、”与前一个重复，此处应为“二、”")]


def test_nl201_one_slip_one_report():
    # 一、二、二、四: only the second 二 is wrong; 四 stands in its place.
    text = notice({12: "二、下一步工作打算"}, insert={15: "四、巡察整改的其他情况"})
    assert [d[:3] for d in lint(text, "NL201")] == [("NL201", 12, 1)]


def test_nl201_a_sequence_that_does_not_start_at_one():
    text = notice(
        {
            8: "2.推进理论学习。2023年7月5日召开党委理论学习中心组学习会。",
            9: "3.规范决策程序。2023年8月修订完善党委议事规则。",
        }
    )
    assert lint(text, "NL201") == [("NL201", 8, 1, 8, 3, "序号“2.”没有从一开始，此处应为“1.”")]


def test_nl201_each_parent_restarts_the_count():
    # 1. under （二） starts again at 1 (the fictional notice already does this).
    assert lint(notice(), "NL201") == []
    text = notice({11: "2.规范组织生活。2023年9月开展专项检查。"})
    assert lint(text, "NL201") == [("NL201", 11, 1, 11, 3, "序号“2.”没有从一开始，此处应为“1.”")]


def test_nl201_english():
    text = notice({10: "（三）关于加强基层党组织建设方面"})
    assert lint(text, "NL201", lang="en")[0][-1] == "the number “（三）” skips a number; expected “（二）”"


# -- NL202 heading-level-skip ---------------------------------------------------


def test_nl202_bracketed_chinese_straight_to_bracketed_arabic():
    text = notice({8: "（1）推进理论学习。2023年7月5日召开学习会。", 9: "（2）规范决策程序。2023年8月修订议事规则。"})
    assert lint(text, "NL202") == [("NL202", 8, 1, 8, 4, "“（1）”直接排在“（一）”之下，跳过了“1.”这一级")]


def test_nl202_chinese_straight_to_arabic_is_accepted_practice():
    text = notice(
        {
            7: "1.关于落实上级决策部署方面",
            10: "2.关于加强基层党组织建设方面",
            8: "推进理论学习。2023年7月5日召开学习会。",
            9: "规范决策程序。2023年8月修订议事规则。",
            11: "规范组织生活。2023年9月开展专项检查。",
        }
    )
    assert lint(text, "NL202") == []


def test_nl202_chinese_straight_to_bracketed_arabic_follows_the_option():
    text = notice(
        {13: "（1）持续抓好整改。2024年上半年开展“回头看”。", 14: "（2）健全长效机制。总结整改经验，完善制度。"}
    )
    assert lint(text, "NL202") == [("NL202", 13, 1, 13, 4, "“（1）”直接排在“三、”之下，跳过了“（一）”这一级")]
    assert lint(text, "NL202", options={"NL202": {"report-chinese-to-bracketed-arabic": False}}) == []


# -- NL203 numbering-mark -------------------------------------------------------


@pytest.mark.parametrize(
    "line, found, expected",
    [
        (8, "1、", "1."),
        (4, "（一）、", "（一）"),
        (3, "一.", "一、"),
        (3, "一，", "一、"),
        (4, "(一)", "（一）"),
        (4, "〔一〕", "（一）"),
    ],
)
def test_nl203_non_standard_marks_with_a_safe_fix(line, found, expected):
    original = notice()
    standard = original.split("\n")[line - 1]
    label = next(label for label in ("一、", "（一）", "1.") if standard.startswith(label))
    text = notice({line: found + standard[len(label) :]})
    assert lint(text, "NL203") == [("NL203", line, 1, line, 1 + len(found), f"序号“{found}”不规范，应为“{expected}”")]
    repaired = apply_edits(text, lint_diagnostics(text, "NL203"))
    assert repaired == notice({line: expected + standard[len(label) :]})
    assert lint(repaired, "NL203") == []


def test_nl203_one_diagnostic_per_heading_and_traditional_text_stays_traditional():
    text = "\n".join(
        [
            "根據市委統一部署，2023年3月8日至5月26日，市委第二巡察組對市國資委黨委開展了巡察。"
            "2023年6月20日，市委巡察組反饋了巡察意見。現將巡察整改進展情況予以公布。",
            "一、巡察整改組織領導情況",
            "（一）強化謀劃部署。集團黨委召開專題會議。",
            "二、整改進展情況及成效",
            "（一）關於落實上級決策部署方面",
            "1、關於“理論學習不夠深入”的問題。整改情況：組織專題學習。",
            "2、關於“決策程序不規範”的問題。整改情況：修訂議事規則。",
            "三、下一步工作打算",
            "（一）持續鞏固整改成果。",
            "",
        ]
    )
    found = lint_diagnostics(text, "NL203")
    assert [(d.start, d.end, [e.replacement for e in d.fix.edits]) for d in found] == [
        (text.index("1、"), text.index("1、") + 2, ["."]),
        (text.index("2、"), text.index("2、") + 2, ["."]),
    ]
    assert apply_edits(text, found) == text.replace("1、關於", "1.關於").replace("2、關於", "2.關於")


def test_nl203_half_width_brackets_in_a_half_width_text_are_nl505s():
    flattened = notice().replace("（", "(").replace("）", ")").replace("，", ",").replace("；", ";").replace("：", ":")
    assert lint(flattened, "NL203") == []


def test_nl203_entity_indentation_of_a_web_copy_does_not_make_the_text_half_width():
    # &emsp;&emsp; before every paragraph: the ; of the entities is no punctuation, so
    # the full-width （一） stay standard and nothing here is NL203.
    indented = "\n".join("&emsp;&emsp;" + line if line else line for line in notice().split("\n"))
    assert lint(indented, "NL203") == []
    half = indented.replace("（二）", "(二)", 1)
    row = next(i for i, line in enumerate(half.split("\n"), 1) if "(二)" in line)
    assert [d[:3] for d in lint(half, "NL203")] == [("NL203", row, 13)]


def test_nl203_never_trades_a_full_width_bracket_for_a_half_width_one():
    flattened = notice().replace("（", "(").replace("）", ")").replace("，", ",").replace("；", ";").replace("：", ":")
    # a label left full-width in a flattened text is already right; another bracket kind becomes full-width
    text = flattened.replace("(二)建立工作台账", "（二）建立工作台账").replace("(一)关于落实", "〔一〕关于落实")
    assert lint(text, "NL203") == [("NL203", 7, 1, 7, 4, "序号“〔一〕”不规范，应为“（一）”")]
    assert apply_edits(text, lint_diagnostics(text, "NL203")).count("（") == text.count("（") + 1


# -- NL204 enumeration-sequence -------------------------------------------------


def test_nl204_a_repeated_item_is_reported_once():
    text = notice({5: "（二）建立工作台账。一是建立问题清单；二是建立任务清单；二是建立责任清单；四是定期调度。"})
    assert lint(text, "NL204") == [("NL204", *span(text, 5, "二是", 2), "“二是”与前一个重复，此处应为“三是”")]


def test_nl204_a_skipped_item():
    text = notice({5: "（二）建立工作台账。一是建立问题清单；三是建立责任清单。"})
    assert lint(text, "NL204") == [("NL204", *span(text, 5, "三是"), "“三是”跳过了序号，此处应为“二是”")]


def test_nl204_a_sequence_runs_across_paragraphs():
    paragraphs = {13: "（一）持续抓好整改。", 14: "一是巩固成果。"}
    text = notice(paragraphs, insert={15: "二是健全机制。"})
    assert lint(text, "NL204") == []
    text = notice(paragraphs, insert={15: "三是健全机制。"})
    assert lint(text, "NL204") == [("NL204", 15, 1, 15, 3, "“三是”跳过了序号，此处应为“二是”")]


def test_nl204_words_ending_in_a_numeral_are_not_items():
    text = notice({5: "（二）建立工作台账。统一是前提，唯一是要求；一是建立问题清单；二是建立任务清单。"})
    assert lint(text, "NL204") == []


def test_nl204_every_yi_shi_starts_a_new_sequence():
    text = notice(
        {8: "1.推进理论学习。一是集中学习；二是专题研讨。", 9: "2.规范决策程序。一是修订规则；二是规范程序。"}
    )
    assert lint(text, "NL204") == []


# -- NL205 numbering-malformed --------------------------------------------------


@pytest.mark.parametrize("found, expected", [("一）", "（一）"), ("（一)", "（一）"), ("（一", "（一）")])
def test_nl205_broken_labels(found, expected):
    text = notice({4: found + "加强组织领导，压实整改责任。党委召开专题会议研究部署整改工作。"})
    assert lint(text, "NL205") == [
        ("NL205", 4, 1, 4, 1 + len(found), f"序号“{found}”残缺或括号不配对，应为“{expected}”")
    ]
    assert lint(text, "NL203") == []  # one report, from the rule that owns it


def test_nl2_corpus_bar(corpus):
    from notelint.engine import Linter

    linter = Linter()
    traditional = linter.lint_file(str(corpus / "real-04-wuhan-group-2023-traditional.txt"))
    marks = [d for d in traditional.diagnostics if d.code == "NL203"]
    assert len(marks) == 15 and all(traditional.source.text[d.start : d.end][-1] == "、" for d in marks)
    assert all(d.fix.edits[0].replacement == "." for d in marks)
    (enumeration,) = [d for d in traditional.diagnostics if d.code == "NL204"]
    assert traditional.source.text[enumeration.start : enumeration.end] == "二是"
    for name in ("real-01-shenzhen-sasac-2025.txt", "real-02-quanzhou-sasac-2023.txt", "real-03-shenshan-2025.txt"):
        assert [d.code for d in linter.lint_file(str(corpus / name)).diagnostics if d.code.startswith("NL2")] == []


def test_the_example_draft_shows_numbering_problems_only():
    from conftest import EXAMPLES

    found = lint((EXAMPLES / "defective-numbering.txt").read_text("utf-8"))
    assert sorted({d[0] for d in found}) == ["NL201", "NL202", "NL203", "NL204"]


@given(st.text("一二三四十是，。 某", max_size=40), st.integers(0, 5), st.integers(0, 5))
def test_nl204_finds_the_enumerators_a_search_of_the_block_finds(text, cut_start, cut_end):
    from notelint.checks.numbering.nl204_enumeration_sequence import _ENUMERATOR_END, CLAUSE_MARKS, NUMERALS, _items
    from notelint.lexer import PARA, Block

    enumerator = re.compile(rf"[{NUMERALS}]{{1,3}}是")  # what the rule reads back by hand
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    block = Block(PARA, start, end, 0, text[start:end])
    expected = []
    for match in enumerator.finditer(text, start, end):
        before = match.start()
        while before > start and text[before - 1].isspace():
            before -= 1
        if before == start or text[before - 1] in CLAUSE_MARKS:
            expected.append((match.start(), match.end()))
    ends = [match.start() for match in _ENUMERATOR_END.finditer(text)]
    assert [(item.start, item.end) for item in _items(text, block, ends)] == expected
