"""The preamble's publication formula as the model reads it (现将…予以公布, …向社会公布), in the
analysis text (full-width marks folded)."""

import pytest

from notelint import model

PREAMBLES = [
    # 现将… and the clause before 予以公布 start together: the first wording wins.
    (
        "根据市委统一部署,市委第二巡察组对某某局党委开展了巡察。现将巡察整改进展情况予以公布。",
        "现将巡察整改进展情况予以公布",
    ),
    # The clause starts after the comma, before no 现将.
    ("按照有关要求,某某局党委将巡察整改进展情况向社会公布。", "某某局党委将巡察整改进展情况向社会公布"),
    # A clause longer than 30 characters: the formula holds its last 30 and the words.
    ("某" * 40 + "予以公开。", "某" * 30 + "予以公开"),
    ("市委第二巡察组对某某局党委开展了巡察,并反馈了意见。", None),
    # The words come first: the formula is their clause, up to the comma before them.
    ("经研究,决定将整改情况予以公布,现将有关情况通报。", "决定将整改情况予以公布"),
    # A 现将 that opens no formula (no 公布 in reach) is passed over.
    ("现将巡察反馈的问题逐项整改。某某局党委现将整改进展情况向社会公开。", "某某局党委现将整改进展情况向社会公开"),
    # The words at the very start of the preamble.
    ("予以公布的整改进展情况如下。", "予以公布"),
]


GROUPS = [
    ("根据市委统一部署,市委第二巡察组于2025年3月对某某局党委开展了巡察。", "市委第二巡察组"),
    # Adjacent groups are one name.
    ("县委第一巡察组第二巡察组对某某镇党委开展了巡察。", "县委第一巡察组第二巡察组"),
    # The first 巡 names no group: the group is the one further on.
    ("开展了巡察工作,省委第十二巡视组反馈了意见。", "省委第十二巡视组"),
    ("第三巡察组进驻某某局。", "第三巡察组"),
    ("中共某某市委巡察工作领导小组办公室", None),
    ("某某局党委认真落实整改。", None),
]


@pytest.mark.parametrize(
    ("read", "pattern", "preamble", "expected"),
    [(model._formula, model._FORMULA, *case) for case in PREAMBLES]
    + [(model._group, model._GROUP, *case) for case in GROUPS],
)
def test_the_preamble_readers_find_the_first_match_of_their_pattern(read, pattern, preamble, expected):
    text = "前文。" + preamble + "后文。"
    start, end = 3, 3 + len(preamble)
    found = read(text, start, end)
    assert found == model._first(pattern, text, start, end)
    assert (text[found.start : found.end] if found else None) == expected
