"""notelint.layout.find_all: every place a needle begins, in a part of a text or the whole;
Holding: a pattern tried only around the word each of its matches holds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from notelint.layout import Holding, find_all

NEEDLES = st.lists(st.sampled_from(["，", "年", "\n", "整改", "改改"]), min_size=1, max_size=3, unique=True)


@given(st.text(alphabet="整改，年月\na", max_size=40), NEEDLES, st.data())
def test_find_all_finds_each_needle_where_it_begins_inside_the_part(text, needles, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.none() | st.integers(start, len(text)))
    stop = len(text) if end is None else end
    expected = sorted(
        at for needle in needles for at in range(start, stop - len(needle) + 1) if text.startswith(needle, at)
    )
    assert find_all(text, needles, start, end) == expected


def test_find_all_gives_offsets_in_the_whole_text():
    text = "关于2023年整改，2024年整改\n整改"
    assert find_all(text, ["整改", "年"]) == [6, 7, 14, 15, 18]
    assert find_all(text, ["整改", "年"], 8, 18) == [14, 15]


# Each match holds 巡查 at its start, or two or three characters on.
PATROL = re.compile(r"市委巡查|党工委巡查|巡查(?:组|办)")
PATROL_MATCHES = Holding(PATROL, (("巡查", (0, 2, 3)),))


@given(st.text(alphabet="市委党工巡查组办a", max_size=40))
def test_holding_finds_what_the_pattern_finds(text):
    assert [m.span() for m in PATROL_MATCHES.finditer(text)] == [m.span() for m in PATROL.finditer(text)]


def test_holding_reads_overlapping_candidates_in_order():
    # A match at 0 (党工委巡查) leaves its 组 alone; in 巡查巡查组 only the second 巡查 begins one.
    assert [m.group() for m in PATROL_MATCHES.finditer("党工委巡查组，巡查巡查组")] == ["党工委巡查", "巡查组"]
