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
]


@pytest.mark.parametrize(("preamble", "formula"), PREAMBLES)
def test_the_formula_is_the_first_match_of_its_pattern(preamble, formula):
    text = "前文。" + preamble + "后文。"
    start, end = 3, 3 + len(preamble)
    found = model._formula(text, start, end)
    assert found == model._first(model._FORMULA, text, start, end)
    assert (text[found.start : found.end] if found else None) == formula
