"""NL301–NL309: dates and periods."""

import pytest
from conftest import apply_edits, lint, lint_diagnostics
from fictional import notice, span


def test_the_fictional_notice_is_clean():
    assert lint(notice(), "NL3") == []


# -- NL301 invalid-date ---------------------------------------------------------


def test_nl301_a_day_that_does_not_exist():
    text = notice({8: "1.推进理论学习。2023年2月30日召开党委理论学习中心组学习会。"})
    assert lint(text, "NL301") == [("NL301", 8, 10, 8, 20, "日期“2023年2月30日”不存在")]


def test_nl301_a_month_that_does_not_exist():
    text = notice({8: "1.推进理论学习。2023年13月召开学习会。"})
    assert lint(text, "NL301") == [("NL301", 8, 10, 8, 18, "日期“2023年13月”不存在")]


def test_nl301_a_digit_run_where_a_date_was_meant():
    text = notice({8: "1.推进理论学习。于2023715日召开学习会。"})
    assert lint(text, "NL301") == [("NL301", 8, 11, 8, 19, "日期“2023715日”不存在")]


def test_nl301_leap_day_and_english():
    text = notice({8: "1.推进理论学习。2024年2月29日召开学习会。"})
    assert lint(text, "NL301") == []
    text = notice({8: "1.推进理论学习。2023年2月29日召开学习会。"})
    assert lint(text, "NL301", lang="en") == [("NL301", 8, 10, 8, 20, "the date “2023年2月29日” does not exist")]


# -- NL302 date-format ----------------------------------------------------------


@pytest.mark.parametrize(
    "written, problem, standard",
    [
        ("2023-07-05", "用了数字分隔格式", "2023年7月5日"),
        ("2023.7.5", "用了数字分隔格式", "2023年7月5日"),
        ("2023/7/5", "用了数字分隔格式", "2023年7月5日"),
        ("二〇二三年七月五日", "用了汉字数字", "2023年7月5日"),
        ("2023年07月05日", "月、日前多了“0”", "2023年7月5日"),
        ("23年7月", "年份不全", "2023年7月"),
    ],
)
def test_nl302_non_standard_forms_with_a_safe_fix(written, problem, standard):
    text = notice(swap=("2023年7月5日", written))
    found = lint_diagnostics(text, "NL302")
    assert lint(text, "NL302") == [
        ("NL302", 8, 10, 8, 10 + len(written), f"日期“{written}”{problem}，应写作“{standard}”")
    ]
    fixed = apply_edits(text, found)
    assert fixed == notice(swap=("2023年7月5日", standard))
    assert lint(fixed, "NL302") == []


def test_nl302_the_web_metadata_line_is_exempt():
    text = notice(insert={2: "发布日期：2023-12-01   来源：明湖市纪委监委网站"})
    assert lint(text, "NL302") == []


def test_nl302_a_cited_title_is_quoted_as_issued():
    text = notice({9: "2.规范决策程序。2023年8月印发《2023.8.1版议事规则》。"})
    assert lint(text, "NL302") == []


def test_nl302_phone_numbers_are_not_dates():
    assert lint(notice(swap=("0755-12345678", "0755-2023-0715")), "NL302") == []


# -- NL303 date-after-signing ---------------------------------------------------


def test_nl303_a_completed_action_after_the_signing_date():
    text = notice({8: "1.推进理论学习。2024年1月5日召开党委理论学习中心组学习会。"})
    assert lint(text, "NL303") == [
        ("NL303", 8, 10, 8, 19, "“2024年1月5日”晚于成文日期2023年12月1日，已完成事项不应晚于成文日期")
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "计划2024年1月召开学习会",
        "力争2024年1月底前完成",
        "将于2024年1月召开学习会",
        "整改时限：2024年1月31日",
        "自2024年1月起每季度召开学习会",
    ],
)
def test_nl303_deadlines_and_plans_are_not_actions(clause):
    assert lint(notice({8: f"1.推进理论学习。{clause}。"}), "NL303") == []


def test_nl303_the_next_step_plan_is_not_checked():
    assert lint(notice({13: "（一）持续抓好整改。2024年3月开展“回头看”。"}), "NL303") == []


def test_nl303_a_month_is_compared_by_its_first_day():
    # Signed 2023年12月1日: "2023年12月" may be the 1st, so it is not reported.
    assert lint(notice({8: "1.推进理论学习。2023年12月召开学习会。"}), "NL303") == []


def test_nl303_within_the_signing_month_the_day_decides():
    # Signed 2023年12月1日: the 8th of that month is after it, November is not.
    text = notice({8: "1.推进理论学习。2023年11月28日、2023年12月8日召开学习会。"})
    assert lint(text, "NL303") == [
        ("NL303", 8, 22, 8, 32, "“2023年12月8日”晚于成文日期2023年12月1日，已完成事项不应晚于成文日期")
    ]


# -- NL304 date-before-inspection -----------------------------------------------


def test_nl304_an_action_before_the_inspection_began():
    text = notice({11: "1.规范组织生活。2022年9月开展专项检查。"})
    assert lint(text, "NL304") == [
        ("NL304", 11, 10, 11, 17, "“2022年9月”早于巡察开始日期2023年3月8日，整改事项不应早于巡察")
    ]


def test_nl304_since_and_cited_titles_are_not_reported():
    text = notice({11: "1.规范组织生活。2021年1月以来累计检查12次，对照《2022年3月工作要点》整改。"})
    assert lint(text, "NL304") == []


def test_nl304_year_only_dates_are_statistics_not_actions():
    assert lint(notice({11: "1.规范组织生活。利润较2022年增长8%。"}), "NL304") == []


def test_nl304_within_the_inspections_first_month_the_day_decides():
    # Begun 2023年3月8日: the 2nd of that month is before it, the 20th and April are not.
    text = notice({11: "1.规范组织生活。2023年3月2日、2023年3月20日、2023年4月1日开展专项检查。"})
    assert lint(text, "NL304") == [
        ("NL304", 11, 10, 11, 19, "“2023年3月2日”早于巡察开始日期2023年3月8日，整改事项不应早于巡察")
    ]


def test_nl304_a_range_counts_by_its_end():
    assert lint(notice({11: "1.规范组织生活。2023年2月至4月开展专项检查。"}), "NL304") == []


# -- NL305 disclosure-period-invalid --------------------------------------------


def test_nl305_end_before_start():
    text = notice(swap=("公开期限：2023年12月1日至2023年12月30日", "公开期限：2023年12月30日至2023年12月1日"))
    assert lint(text, "NL305") == [
        (
            "NL305",
            *span(text, 15, "2023年12月30日至2023年12月1日"),
            "公开期限结束日期2023年12月1日早于开始日期2023年12月30日",
        )
    ]


def test_nl305_start_before_signing():
    text = notice(swap=("公开期限：2023年12月1日", "公开期限：2023年11月20日"))
    assert lint(text, "NL305") == [
        ("NL305", *span(text, 15, "2023年11月20日"), "公开期限开始日期2023年11月20日早于成文日期2023年12月1日")
    ]


def test_nl305_unreadable():
    text = notice(swap=("公开期限：2023年12月1日至2023年12月30日", "公开期限：即日起"))
    assert lint(text, "NL305") == [
        (
            "NL305",
            *span(text, 15, "公开期限：即日起。"),
            "公开期限读不出起止日期（应写作“2025年4月23日至2025年5月22日”）",
        )
    ]


@pytest.mark.parametrize(
    "period",
    [
        "公开期限：2023年12月1日至12月30日",
        "公开期限：自发布之日起30日",
        "公开期限：自发布之日起三十日",
        "公开期限：一个月",
    ],
)
def test_nl305_an_end_without_a_year_and_a_number_of_days_are_valid(period):
    assert lint(notice(swap=("公开期限：2023年12月1日至2023年12月30日", period)), "NL305", "NL307") == []


# -- NL306 deadline-vague -------------------------------------------------------


@pytest.mark.parametrize("value", ["长期坚持", "待人员调整到位后及时完成", "适时推进"])
def test_nl306_a_deadline_that_is_not_a_date(value):
    text = notice({11: f"1.规范组织生活。2023年9月开展专项检查，整改时限：{value}。"})
    column = len("1.规范组织生活。2023年9月开展专项检查，整改时限：") + 1
    assert lint(text, "NL306") == [("NL306", 11, column, 11, column + len(value), f"整改时限“{value}”不是明确的日期")]


@pytest.mark.parametrize("value", ["2024年3月31日", "2024年底前", "2024年6月"])
def test_nl306_dates_are_deadlines(value):
    assert lint(notice({11: f"1.规范组织生活。整改时限：{value}。"}), "NL306") == []


# -- NL307 disclosure-period-length ---------------------------------------------


def test_nl307_too_short_and_too_long():
    short = notice(swap=("2023年12月1日至2023年12月30日", "2023年12月1日至2023年12月2日"))
    assert lint(short, "NL307") == [
        ("NL307", *span(short, 15, "2023年12月1日至2023年12月2日"), "公开期限共2天，少于5天")
    ]
    long = notice(swap=("2023年12月1日至2023年12月30日", "2023年12月1日至2024年3月1日"))
    assert lint(long, "NL307") == [
        ("NL307", *span(long, 15, "2023年12月1日至2024年3月1日"), "公开期限共92天，多于60天")
    ]


def test_nl307_a_length_in_months_counts_thirty_days_a_month():
    text = notice(swap=("公开期限：2023年12月1日至2023年12月30日", "公开期限：自发布之日起三个月"))
    assert lint(text, "NL307") == [("NL307", *span(text, 15, "三个月"), "公开期限共90天，多于60天")]


def test_nl307_bounds_are_options():
    short = notice(swap=("2023年12月1日至2023年12月30日", "2023年12月1日至2023年12月2日"))
    assert lint(short, "NL307", options={"NL307": {"min-days": 2}}) == []
    assert lint(notice(), "NL307", options={"NL307": {"max-days": 20}}) == [
        ("NL307", *span(notice(), 15, "2023年12月1日至2023年12月30日"), "公开期限共30天，多于20天")
    ]


# -- NL308 chronology -----------------------------------------------------------


def test_nl308_feedback_before_the_inspection_ended():
    text = notice(swap=("2023年6月20日，市委巡察组", "2023年4月20日，市委巡察组"))
    assert lint(text, "NL308") == [
        ("NL308", *span(text, 2, "2023年4月20日"), "反馈日期（2023年4月20日）早于巡察结束（2023年5月26日）")
    ]


def test_nl308_end_before_start_and_signing_before_feedback():
    text = notice(swap=("2023年3月8日至5月26日", "2023年5月8日至3月26日"))
    assert lint(text, "NL308") == [
        ("NL308", *span(text, 2, "3月26日"), "巡察结束（2023年3月26日）早于巡察开始（2023年5月8日）")
    ]
    text = notice({18: "2023年6月1日"}, swap=("2023年12月1日至2023年12月30日", "2023年6月1日至2023年6月30日"))
    assert lint(text, "NL308") == [("NL308", 18, 1, 18, 10, "成文日期（2023年6月1日）早于反馈日期（2023年6月20日）")]


def test_nl308_a_month_only_feedback_is_not_reported_when_it_may_be_in_order():
    assert lint(notice(swap=("2023年6月20日，市委巡察组", "2023年5月，市委巡察组")), "NL308") == []


# -- NL309 range-mark -----------------------------------------------------------


@pytest.mark.parametrize(
    "written, kind, fixed",
    [
        ("6-8秒", "数值范围", "6～8秒"),
        ("3-5年", "数值范围", "3～5年"),
        ("2023年12月-2024年1月", "时间段", "2023年12月—2024年1月"),
        ("2021-2022年", "时间段", "2021—2022年"),
        ("2023年1-3月", "时间段", "2023年1—3月"),
    ],
)
def test_nl309_hyphenated_ranges_with_a_safe_fix(written, kind, fixed):
    text = notice({9: f"2.规范决策程序。{written}完成党委议事规则修订。"})
    found = lint(text, "NL309")
    assert len(found) == 1 and found[0][:2] == ("NL309", 9)
    mark = "—" if kind == "时间段" else "～"
    assert found[0][-1].startswith(f"{kind}“") and found[0][-1].endswith(f"中的连字符应改为“{mark}”")
    repaired = apply_edits(text, lint_diagnostics(text, "NL309"))
    assert repaired == notice({9: f"2.规范决策程序。{fixed}完成党委议事规则修订。"})
    assert lint(repaired, "NL309") == []


def test_nl309_position_is_the_whole_range():
    text = notice({9: "2.规范决策程序。屏幕播放频率调整为6-8秒/次。"})
    assert lint(text, "NL309") == [("NL309", 9, 19, 9, 23, "数值范围“6-8秒”中的连字符应改为“～”")]


@pytest.mark.parametrize(
    "line",
    [
        "2.规范决策程序。举报电话0755-12345678转801。",
        "2.规范决策程序。网址www.a-1.cn。",
        "2.规范决策程序。2023年8月修订，《规则（2021-2023年）》同步废止。",
    ],
)
def test_nl309_phone_numbers_urls_and_cited_titles_are_not_ranges(line):
    assert lint(notice({9: line}), "NL309") == []


def test_nl3_rules_are_silent_on_what_is_not_a_notice():
    assert lint("市国资委召开会议。\n2023-04-13，6-8秒。\n", "NL3") == []


def test_nl3_corpus_bar(corpus):
    from notelint.engine import Linter

    linter = Linter()
    result = linter.lint_file(str(corpus / "real-02-quanzhou-sasac-2023.txt"))
    found = [(d.code, result.source.text[d.start : d.end]) for d in result.diagnostics if d.code.startswith("NL3")]
    assert found == [
        ("NL309", "6-8秒"),
        ("NL309", "2022年12月-2023年1月"),
        ("NL304", "2022年2月"),
        ("NL306", "待人事调整到位后及时进行换届选举"),
    ]
    # The metadata line (发布日期:2025-04-23), a 公开期限 end without a year and
    # hyphenated phone numbers are all correct.
    for name in (
        "real-01-shenzhen-sasac-2025.txt",
        "real-03-shenshan-2025.txt",
        "real-04-wuhan-group-2023-traditional.txt",
        "not-a-notice-01-party-building-news.txt",
    ):
        assert [d.code for d in linter.lint_file(str(corpus / name)).diagnostics if d.code.startswith("NL3")] == []


def test_the_example_draft_shows_date_problems_only():
    from conftest import EXAMPLES

    found = lint((EXAMPLES / "defective-dates.txt").read_text("utf-8"))
    assert sorted({d[0] for d in found}) == ["NL301", "NL302", "NL303", "NL304", "NL306", "NL307", "NL309"]


def test_the_date_rules_read_each_block_once_and_see_what_the_reader_reads():
    from notelint import model
    from notelint.checks.dates._common import block_ranges
    from notelint.dates import find_dates, find_ranges
    from notelint.normalize import normalize
    from notelint.source import SourceText

    built = model.build(normalize(SourceText("<t>", notice({9: "2.规范决策程序。2022年12月-2023年1月修订议事规则。"}))))
    text = built.text
    for block in built.blocks:
        assert built.dates_in(block) is built.dates_in(block)
        assert built.dates_in(block) == find_dates(text, block.start, block.end)
        assert block_ranges(built, block) == find_ranges(text, block.start, block.end)
    assert any(block_ranges(built, block) for block in built.blocks)


def test_the_dated_blocks_are_every_block_the_reader_finds_dates_in():
    # Headings numbered 1. and a decimal hold a dot but no date; a numeric
    # date holds no 年 or 月; a year alone (2023年) is a date.
    from notelint import model
    from notelint.normalize import normalize
    from notelint.source import SourceText

    text = notice(
        {
            8: "1.规范公文格式。2023.4.13修订公文处理办法，经费压减2.5万元。",
            9: "2.规范决策程序。2023年修订议事规则，2024/5/6印发。",
            10: "3.健全制度。新建制度5项，3.2节已删除。",
        }
    )
    built = model.build(normalize(SourceText("<t>", text)))
    expected = [(block, built.dates_in(block)) for block in built.blocks if built.dates_in(block)]
    assert built.dated_blocks == expected
    dated_text = [built.text[block.start : block.end] for block, _ in built.dated_blocks]
    assert any(line.startswith("1.规范公文格式") for line in dated_text)
    assert any(line.startswith("2.规范决策程序") for line in dated_text)
    assert not any(line.startswith("3.健全制度") for line in dated_text)


def test_a_standards_number_is_not_a_range():
    text = notice({8: "1.规范公文格式。按照GB/T 9704-2012和ISO 9001-2015修订公文和管理制度。"})
    assert lint(text, "NL309") == []
    ranged = notice({8: "1.规范公文格式。按照GB/T 9704-2012修订公文，用时3-5天。"})
    assert [row[:3] for row in lint(ranged, "NL309")] == [("NL309", 8, 33)]


# -- NL310 weekday-mismatch -----------------------------------------------------------


def test_nl310_a_weekday_that_is_not_the_dates():
    text = notice({8: "1.推进理论学习。2024年7月2日（星期五）召开党委理论学习中心组学习会。"})
    assert lint(text, "NL310") == [("NL310", *span(text, 8, "星期五"), "2024年7月2日是星期二，不是星期五")]
    assert lint(text, "NL310", lang="en") == [
        ("NL310", *span(text, 8, "星期五"), "weekday not the date's: 2024年7月2日 is a 星期二 (Tuesday), not 星期五")
    ]
    fixed = apply_edits(text, lint_diagnostics(text, "NL310"))
    assert "2024年7月2日（星期二）召开" in fixed and lint(fixed, "NL310") == []
    text = notice({8: "1.推进理论学习。2024年7月1日周一召开学习会，7月9日礼拜一开展研讨。"})  # the year carried over
    assert lint(text, "NL310") == [("NL310", *span(text, 8, "礼拜一"), "2024年7月9日是星期二，不是星期一")]


@pytest.mark.parametrize(
    "written",
    [
        "2024年7月2日（星期二）召开学习会",
        "2024年7月7日（星期天）召开学习会",  # 天 and 日 both name Sunday
        "2024年7月7日星期日召开学习会",
        "7月2日（星期五）召开学习会",  # no year to tell the weekday by
        "2024年2月30日（星期五）召开学习会",  # NL301's
        "2024年7月2日起，每周五召开学习会",  # not right after the date
    ],
)
def test_nl310_no_finding(written):
    assert lint(notice({8: f"1.推进理论学习。{written}。"}), "NL310") == []


def test_a_weekday_after_each_end_of_the_inspection_period_leaves_it_a_period():
    text = notice(swap=("2023年3月8日至5月26日", "2023年3月8日（星期三）至5月26日（星期五）"))
    assert "（星期三）至" in text
    assert lint(text, "NL1", "NL3") == []  # the preamble still has its period (NL102), and the weekdays are right
    text = notice(swap=("2023年3月8日至5月26日", "2023年3月8日周三至5月26日周四"))
    assert lint(text, "NL1", "NL3") == [("NL310", *span(text, 2, "周四"), "2023年5月26日是星期五，不是星期四")]
