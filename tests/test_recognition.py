"""notelint.recognition: the searches that find a look-alike's marks where they
stand find what a scan of the whole text finds, and the order the marks are
weighed in decides nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notelint import lexer
from notelint import recognition as rec

ROOT = Path(__file__).resolve().parent.parent

# The placeholder count as defined by a scan of the whole text.
_PLACEHOLDER_SCAN = re.compile(
    r"(?=[Xx×_□〇○*某])(?:[Xx×]{2,}|[Xx×]+(?=[年月日号个项名人])|_{3,}|□+|〇〇|○○|\*{2,}|某(?=[年月日]))"
)
_PLACEHOLDER_PIECES = [
    "X",
    "x",
    "×",
    "_",
    "□",
    "〇",
    "○",
    "*",
    "某",
    "年",
    "月",
    "号",
    "人",
    "项",
    "a",
    "。",
    "\n",
    "某某",
]


@given(st.lists(st.sampled_from(_PLACEHOLDER_PIECES), max_size=40))
def test_placeholders_are_counted_as_a_scan_of_the_whole_text_counts_them(pieces):
    text = "".join(pieces)
    count = len(_PLACEHOLDER_SCAN.findall(text))
    mark = rec._placeholders(text)
    if count >= rec._TEMPLATE_PLACEHOLDERS:
        assert mark is not None
        assert mark.label.zh == f"占位符{count}处"
    else:
        assert mark is None


def test_placeholders_are_counted_once_each_however_they_run():
    text = "XX年X月X日，××单位___，□□□，〇〇、○○，**，某年某月"
    assert len(_PLACEHOLDER_SCAN.findall(text)) == 11
    assert rec._placeholders(text) == rec.Mark(rec.Localized("占位符11处", "11 placeholders"), rec._TEMPLATE_WEIGHT)
    assert rec._placeholders("某某局某某科XX") is None


# A plan's labelled rows as defined by one scan per label group.
_PLAN_FIELDS_SCAN = tuple(
    re.compile(rf"{labels}(?:\s*:|\t|$)", re.M)
    for labels in ("责任(?:单位|领导|人|部门)", "牵头(?:单位|领导)", "配合单位", "整改目标", "完成时限")
)
_PLAN_PIECES = [
    "责任单位",
    "责任人",
    "牵头领导",
    "配合单位",
    "整改目标",
    "完成时限",
    "责任",
    ":",
    " ",
    "\t",
    "\n",
    "|",
    "某",
]


@given(st.lists(st.sampled_from(_PLAN_PIECES), max_size=24))
def test_a_plan_table_is_found_where_the_label_scans_find_two_rows(pieces):
    text = "".join(pieces)
    rows = sum(len(fields.findall(text)) for fields in _PLAN_FIELDS_SCAN)
    header = ("\t" in text or "|" in text) and any(
        rec._is_ledger_header(m.group()) for m in rec._TABLE_ROW.finditer(text)
    )
    assert (rec._plan_table(text) is not None) == (rows >= 2 or header)


@pytest.mark.parametrize(
    ("text", "table"),
    [
        ("整改措施\n责任单位\n完成时限\n", True),  # labels at line end
        ("责任单位:某某科;完成时限:2024年底", True),  # as normalised: half-width colons
        ("责任单位 :某某科\n完成时限\t2024年底", True),  # spaces before a colon, a tab after a label
        ("责任单位\n:某某科", False),  # one label, however its colon is reached
        ("压实责任单位的主体责任，明确完成时限要求", False),
        ("序号|问题|整改措施|责任单位|完成时限\n", True),  # a ledger's header row
        ("序号\t问题\t备注\n", False),
    ],
)
def test_plan_table_edges(text, table):
    assert (rec._plan_table(text) is not None) is table


@given(st.text(alphabet="记者编辑审核:同志们注年度工作足问题和不今以来一", max_size=30), st.data())
def test_a_gate_word_is_found_where_str_finds_it(text, data):
    word = data.draw(
        st.sampled_from(["记者", "编辑:", "审核:", "同志们", "注:", "年度工作", "问题和不足", "不足之处", "一年来"])
    )
    assert rec._holds(text, word) is (word in text)


# Searches written to open at a character a notice seldom holds, each with
# the pattern a scan of the whole text would search for.
_ANCHORED = [
    (r"受理[^。]{0,40}(?:来信|来电|来访)", "受理来信电访截止至时间某。"),
    (r"来信来电|来信、来电", "来信电、访某。"),
    (r"信访[^。]{0,8}(?:截止|截至)", "信访来截止至某。"),
    (r"来[信访][^。]{0,8}(?:截止|截至)", "来信访截止至某。"),
    (r"受理(?:[^。]{0,8}(?:截止|截至)|时间)", "受理截止至时间某。"),
    (r"(?:举报|意见)箱", "举报意见箱某"),
    (r"巡[视察]期间", "巡视察期间某"),
    (r"制定本方案|特制定[^。]{0,6}方案|制定如下[^。]{0,6}方案", "制定本方案特如下某。"),
    (r"存在的?(?:主要)?问题", "存在的主要问题某"),
    (r"报送整改(?:情况)?报告|个月内报送", "报送整改情况告个月内某"),
    (r"各(?:有关)?(?:单位|部门)要|请各(?:有关)?(?:单位|部门)", "各有关单位部门要请某"),
    (r"【(?:此处|填写|请填)", "【此处填写请某"),
    (r"填写说明", "填写说明某"),
]


def _anchored_search(pattern: str) -> rec._Search:
    """The search of rec's marks that stands for ``pattern``."""
    index = [source for source, _ in _ANCHORED].index(pattern)
    searches = [search for _, searches, _ in rec._TEXT_MARKS for search in searches if search.leading]
    assert len(searches) == len(_ANCHORED)
    return searches[index]


@pytest.mark.parametrize(("pattern", "alphabet"), _ANCHORED)
@given(data=st.data())
def test_a_search_that_opens_at_a_seldom_character_finds_what_a_scan_finds(pattern, alphabet, data):
    text = data.draw(st.text(alphabet=alphabet, max_size=30))
    search = _anchored_search(pattern)
    assert rec._finds(search, rec._reading(text, [], [], False), len(text)) is (re.search(pattern, text) is not None)


_HEADING_SEARCHES = [search for _, searches, _ in rec._TEXT_MARKS for search in searches if search.at_heading]
_HEADING_PIECES = [
    "\n",
    " ",
    "一",
    "十二",
    "、",
    "指导思想",
    "巡察发现的问题",
    "意见建议",
    "某某工作要求",
    "整改",
    "某",
]


@pytest.mark.parametrize("search", _HEADING_SEARCHES, ids=lambda search: search.pattern[-12:])
@given(pieces=st.lists(st.sampled_from(_HEADING_PIECES), max_size=16))
def test_a_heading_is_found_where_a_scan_of_the_line_starts_finds_it(search, pieces):
    text = "".join(pieces)
    scan = re.match(search.pattern, text, re.M) or re.search(f"\n(?:{search.pattern})", text, re.M)
    assert rec._finds(search, rec._reading(text, [], [], False), len(text)) is (scan is not None)


def test_the_headings_of_three_marks_are_read_at_the_heading_lines():
    assert len(_HEADING_SEARCHES) == 3
    reading = rec._reading("一、总体要求\n正文\n  二、工作要求\n三是", [], [], False)
    assert reading.headings == [0, 10]


def _texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "regression" / "lookalikes").glob("*.txt"))
    paths += sorted((ROOT / "examples").glob("*.txt"))
    return [path.read_text("utf-8") for path in paths]


def test_the_order_marks_are_weighed_in_changes_no_verdict(monkeypatch):
    texts = _texts()
    assert len(texts) > 40
    verdicts = [rec.recognise(text, lexer.lex(text)) for text in texts]
    assert {verdict.is_notice for verdict in verdicts} == {True, False}
    reversed_orders = {key: (order[::-1], total) for key, (order, total) in rec._WEIGHING_ORDERS.items()}
    monkeypatch.setattr(rec, "_WEIGHING_ORDERS", reversed_orders)
    assert [rec.recognise(text, lexer.lex(text)) for text in texts] == verdicts
