"""The date reader: forms, years from context, ranges, roles."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notelint.dates import _DATE_MARKS, Role, Style, _dates_at, find_dates, find_ranges, role
from notelint.layout import find_all


def read(text):
    return [(text[d.start : d.end], d.year, d.month, d.day, d.part) for d in find_dates(text)]


def test_standard_dates_and_parts():
    assert read("2023年3月8日召开，2022年4月上旬开始，2023年3月底完成，2023年底前") == [
        ("2023年3月8日", 2023, 3, 8, None),
        ("2022年4月上旬", 2022, 4, None, "上旬"),
        ("2023年3月底", 2023, 3, None, "底"),
        ("2023年底", 2023, None, None, "底"),
    ]


def test_a_date_without_a_year_takes_the_year_before_it():
    found = find_dates("2023年3月8日至5月26日")
    assert [(d.year, d.year_given) for d in found] == [(2023, True), (2023, False)]
    assert find_dates("5月26日", year=2022)[0].year == 2022


def test_non_standard_forms_are_read_with_their_style():
    text = "2023-04-13，2023.4.13，2023/4/13，二〇二三年四月十三日，23年4月，2023年04月05日"
    found = find_dates(text)
    assert [(d.year, d.month, d.day, d.style) for d in found] == [
        (2023, 4, 13, Style.NUMERIC),
        (2023, 4, 13, Style.NUMERIC),
        (2023, 4, 13, Style.NUMERIC),
        (2023, 4, 13, Style.CHINESE),
        (2023, 4, None, Style.SHORT_YEAR),
        (2023, 4, 5, Style.STANDARD),
    ]
    assert found[-1].padded and not found[0].padded
    assert [d.standard() for d in found] == ["2023年4月13日"] * 4 + ["2023年4月", "2023年4月5日"]


def test_dates_begin_only_where_a_date_can_begin():
    # Inside a number, after a dot, in a run of Chinese digits, after a part of a year.
    text = "12023年3月，1.2023-04-13，一二〇二三年四月，去年底，年初2月，20231年，2023-4-13，2023-4-13-5"
    assert read(text) == [
        ("3月", None, 3, None, None),
        ("二〇二三年四月", 2023, 4, None, None),
        ("2月", 2023, 2, None, None),
        ("2023-4-13", 2023, 4, 13, None),
    ]


@pytest.mark.parametrize("text", ["0755-83883138", "3个月", "近3年", "1.5亿元", "初步建立"])
def test_things_that_are_not_dates(text):
    assert find_dates(text) == []


def test_invalid_dates_are_read_but_not_valid():
    february, month = find_dates("2023年2月30日，2023年13月")
    assert not february.valid and not month.valid
    assert find_dates("2月29日")[0].valid  # no year: a leap year is possible


def test_bounds_of_partial_dates():
    first, second = find_dates("2022年4月上旬至6月中旬")
    assert first.earliest() == (2022, 4, 1) and second.latest() == (2022, 6, 20)
    assert find_dates("2023年2月底")[0].latest() == (2023, 2, 28)


@pytest.mark.parametrize(
    "text, mark",
    [
        ("2023年3月8日至5月26日", "至"),
        ("2022年12月—2023年1月", "—"),
        ("2022年12月-2023年1月", "-"),
        ("2022年12月到2023年2月", "到"),
        ("2022年12月～2023年1月", "~"),
    ],
)
def test_ranges(text, mark):
    from notelint.normalize import normalize
    from notelint.source import SourceText

    folded = normalize(SourceText("<t>", text)).text
    (found,) = find_ranges(folded)
    assert folded[found.joiner_start : found.joiner_end] == mark
    assert (found.first.start, found.second.end) == (0, len(folded))


def test_a_range_over_the_new_year_moves_its_end_to_the_next_year():
    (found,) = find_ranges("2025年12月20日至1月19日")
    assert found.second.year == 2026


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023年7月召开会议", Role.ACTION),
        ("整改时限:2024年3月31日", Role.DEADLINE),
        ("开展检查,整改时限:2024年3月31日", Role.DEADLINE),
        ("力争2024年6月底前完成", Role.DEADLINE),
        ("计划2024年6月完成", Role.PLAN),
        ("将于2024年6月完成", Role.PLAN),
        ("自2024年1月起施行", Role.PLAN),
        ("2023年1月起草方案", Role.ACTION),
        ("持续到2023年底", Role.DEADLINE),
        ("2019年以来,累计完成", Role.SINCE),
    ],
)
def test_roles(text, expected):
    mention = next(d for d in find_dates(text))
    assert role(text, mention) is expected


def test_dates_next_to_marks_that_begin_none():
    # A heading label's dot, a decimal point, 年度, 每月 and a hyphen after a short number begin no date.
    text = "1.推进整改，2023年3月完成；12.5万元于2023.4.13拨付；年度计划每月报送，3-5月、5月-2024年1月"
    assert read(text) == [
        ("2023年3月", 2023, 3, None, None),
        ("2023.4.13", 2023, 4, 13, None),
        ("5月", 2023, 5, None, None),
        ("5月", 2023, 5, None, None),
        ("2024年1月", 2024, 1, None, None),
    ]


@given(st.text(alphabet="0123456789年月日号.-/底初二〇三十，\n", max_size=40))
def test_marks_left_out_begin_no_date(text):
    # _date_marks leaves out the separators after fewer than four digits: the
    # dates read are those every mark of the text gives.
    every_mark = _dates_at(text, find_all(text, _DATE_MARKS), 0, len(text), None)
    assert find_dates(text) == every_mark
