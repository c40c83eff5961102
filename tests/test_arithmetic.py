"""NL601–NL603: arithmetic, read paragraph by paragraph as a reviewer reads it.

Every sentence here is fictional. Each shape that must be found has a test
with its exact finding; each false alarm class has a test that it stays silent."""

from decimal import Decimal

import pytest
from conftest import lint
from hypothesis import example, given
from hypothesis import strategies as st

from notelint import tallies
from notelint.quantities import find_quantities


def test_quantities_in_both_numerals_skip_ordinals_and_fixed_terms():
    text = "对十六名干部、两个支部和3家企业，第二个问题，第3项，一是，增强“四个意识”，72场次，提高2个百分点"
    assert [(q.value, q.unit, q.kind) for q in find_quantities(text)] == [
        (16, "名", "人"),
        (2, "个", "个"),
        (3, "家", "家"),
        (72, "场次", "场次"),
    ]


def test_no_fixed_term_overlaps_another():
    """find_quantities asks, around each count, whether a fixed term covers it;
    that equals one scan of the text for the terms only while no two terms
    can overlap (one inside another, or one's end the next one's start)."""
    from notelint.datafiles import entries

    terms = list(entries("numeral-terms.txt"))
    assert len(terms) > 10
    for first in terms:
        for second in terms:
            assert first == second or first not in second, (first, second)
            assert not any(first.endswith(second[:cut]) for cut in range(1, len(second))), (first, second)


def test_amounts_with_scale_and_decimals():
    text = "共计12.5万元、1.2亿元、8000万元、十二万元、125000元、1.2万人次，3.5个不是数，一元化不是钱"
    assert [(q.value, q.unit, q.kind, q.amount, q.precision) for q in find_quantities(text)] == [
        (Decimal("12.5"), "万元", "元", 125000, 500),
        (Decimal("1.2"), "亿元", "元", 120000000, 5000000),
        (8000, "万元", "元", 80000000, 0),
        (12, "万元", "元", 120000, 0),
        (125000, "元", "元", 125000, 0),
        (Decimal("1.2"), "万人次", "人次", 12000, 500),
    ]


def test_a_number_with_a_thousands_separator_is_not_read_wrong():
    assert [(q.value, q.unit) for q in find_quantities("共1,200万元,已完成15个")] == [(15, "个")]


def test_estimates_are_marked():
    assert [q.approximate for q in find_quantities("近30个，约5人，12个以上，8个")] == [True, True, True, False]


# -- NL601: breakdowns after 其中 / 分别为 ---------------------------------------------


def test_breakdown_that_does_not_add_up():
    text = "对16名相关责任人作出处理，其中，给予通报批评1人，批评教育6人，提醒谈话10人。\n"
    assert lint(text, "NL601") == [("NL601", 1, 2, 1, 41, "其中各项合计17人（1+6+10），与总数16名不符")]


def test_breakdown_in_chinese_numerals_and_english_message():
    text = "共处理十六名干部，其中诫勉谈话两人、批评教育六名。\n"
    assert lint(text, "NL601", lang="en") == [
        ("NL601", 1, 4, 1, 25, "the parts add up to 8人 (2+6), not the total of 16名")
    ]


def test_breakdown_in_the_sentence_that_follows_its_total():
    text = "共处理14人。其中，给予党纪处分2人，诫勉谈话5名，批评教育8人。\n"
    assert lint(text, "NL601") == [("NL601", 1, 4, 1, 33, "其中各项合计15人（2+5+8），与总数14人不符")]


def test_breakdown_of_person_times():
    text = "全年组织培训5期，培训干部300人次，其中处级干部60人次、科级干部250人次。\n"
    assert lint(text, "NL601") == [("NL601", 1, 14, 1, 40, "其中各项合计310人次（60+250），与总数300人次不符")]


def test_breakdown_after_fen_bie_wei():
    text = "对12名干部作出处理，分别为诫勉谈话3人、批评教育4人、提醒谈话6人。\n"
    assert lint(text, "NL601") == [("NL601", 1, 2, 1, 35, "其中各项合计13人（3+4+6），与总数12名不符")]


def test_breakdown_that_adds_up_and_details_in_brackets():
    text = (
        "共对1家企业通报批评，对16名相关责任人作出处理，其中，给予通报批评1人，批评教育6人（其中处级2人），"
        "提醒谈话9人；另有3人正在核查。\n"
    )
    assert lint(text, "NL601") == []


# -- NL601: amounts --------------------------------------------------------------


def test_amounts_in_ten_thousands_that_do_not_add_up():
    text = "追缴违规资金共计12.5万元，其中甲项目8.2万元、乙项目3.1万元。\n"
    assert lint(text, "NL601") == [("NL601", 1, 9, 1, 35, "其中各项合计11.3万元（8.2+3.1），与总数12.5万元不符")]


def test_amounts_in_mixed_units_are_summed_in_the_totals_unit():
    text = "收缴违规资金1.2亿元，其中市本级8000万元、区县3000万元。\n"
    assert lint(text, "NL601") == [
        ("NL601", 1, 7, 1, 33, "其中各项合计1.1亿元（8000万元+3000万元），与总数1.2亿元不符")
    ]
    text = "共清退多发补贴36万元，其中个人退缴125000元、单位退缴24.5万元。\n"
    assert lint(text, "NL601") == [("NL601", 1, 8, 1, 37, "其中各项合计37万元（125000元+24.5万元），与总数36万元不符")]


def test_amounts_that_agree_as_written():
    assert lint("收缴违规资金1.2亿元，其中市本级8000万元、区县4000万元。\n", "NL601") == []
    assert lint("共清退多发补贴36万元，其中个人退缴125000元、单位退缴23.5万元。\n", "NL601") == []
    # Within half a unit of the last digit of the coarsest figure (12.5 → ±0.05万元).
    assert lint("追缴资金共计12.5万元，其中甲项目8.26万元、乙项目4.27万元。\n", "NL601") == []


def test_amounts_off_by_more_than_rounding_explains():
    text = "追缴资金共计12.5万元，其中甲项目8.26万元、乙项目4.31万元。\n"
    assert lint(text, "NL601") == [("NL601", 1, 7, 1, 35, "其中各项合计12.57万元（8.26+4.31），与总数12.5万元不符")]


# -- NL601: states, across the sentences of a paragraph ------------------------------


def test_states_in_the_sentence_after_the_total():
    text = "巡察反馈问题5个方面18个。截至目前，已完成整改15个，正在整改4个。\n"
    assert lint(text, "NL601") == [("NL601", 1, 11, 1, 35, "其中各项合计19个（15+4），与总数18个不符")]


def test_states_in_chinese_numerals():
    text = "县委第一巡察组反馈问题3个方面二十一个。经过集中整改，已完成整改十八个，基本完成两个，正在整改两个。\n"
    assert lint(text, "NL601") == [("NL601", 1, 16, 1, 50, "其中各项合计22个（18+2+2），与总数21个不符")]


def test_states_that_do_not_add_up_to_the_total():
    text = "巡察反馈问题12个，已完成整改10个，基本完成1个，未完成2个。\n"
    assert lint(text, "NL601") == [("NL601", 1, 7, 1, 32, "其中各项合计13个（10+1+2），与总数12个不符")]


def test_states_in_traditional_characters_keep_the_units_as_written():
    text = "巡察反饋問題5個方面18個。截至目前，已完成整改15個，正在整改4個，其餘1個長期堅持。\r\n"
    assert lint(text, "NL601") == [("NL601", 1, 11, 1, 40, "其中各项合计20個（15+4+1），与总数18個不符")]
    text = "共計1.2億元，其中甲項目8000萬元、乙項目3000萬元。\r\n"
    assert lint(text, "NL601") == [
        ("NL601", 1, 3, 1, 30, "其中各项合计1.1億元（8000萬元+3000萬元），与总数1.2億元不符")
    ]


def test_states_written_count_first():
    text = "18个问题中，15个已完成整改，4个正在整改。\n"
    assert lint(text, "NL601") == [("NL601", 1, 1, 1, 19, "其中各项合计19个（15+4），与总数18个不符")]


def test_states_of_clues_and_measures():
    text = "巡察移交问题线索11件，已办结9件，正在办理3件。\n"
    assert lint(text, "NL601") == [("NL601", 1, 9, 1, 25, "其中各项合计12件（9+3），与总数11件不符")]
    text = "制定整改措施56条，已落实52条，正在落实5条。\n"
    assert lint(text, "NL601") == [("NL601", 1, 7, 1, 24, "其中各项合计57条（52+5），与总数56条不符")]


def test_more_states_units_and_verbs():
    text = "巡察反馈的3个方面31个具体问题中，已整改完成28个、取得阶段性成效4个。\n"
    assert lint(text, "NL601") == [("NL601", 1, 10, 1, 37, "其中各项合计32个（28+4），与总数31个不符")]
    text = (
        "对照巡察反馈意见，我局共认领问题4个方面16个，细化整改措施57项，截至目前已完成整改14个，2个正在推进中，"
        "整改措施完成54项，剩余4项持续推进。\n"
    )
    assert lint(text, "NL601") == [("NL601", 1, 31, 1, 70, "其中各项合计58项（54+4），与总数57项不符")]
    text = "发放慰问金12.6万元，惠及困难党员和群众210人，其中党员86人、群众134人。\n"
    assert lint(text, "NL601") == [("NL601", 1, 22, 1, 41, "其中各项合计220人（86+134），与总数210人不符")]
    text = "共检查企业20家，其中国有企业8家、民营企业13家。\n"
    assert lint(text, "NL601") == [("NL601", 1, 6, 1, 26, "其中各项合计21家（8+13），与总数20家不符")]


def test_a_state_with_what_was_done_and_a_restated_total():
    text = "共有基层党组织58个，已完成换届55个，4个正在推进。\n"
    assert lint(text, "NL601") == [("NL601", 1, 8, 1, 23, "其中各项合计59个（55+4），与总数58个不符")]
    text = (
        "部党组对照巡视反馈意见，细化形成5个方面29项具体问题、103条整改措施。截至目前，29项问题中已完成整改27项，"
        "2项需长期坚持；103条整改措施已完成100条，4条持续推进。\n"
    )
    assert lint(text, "NL601") == [("NL601", 1, 66, 1, 84, "其中各项合计104条（100+4），与总数103条不符")]


def test_the_rest_that_is_wrong():
    text = "共反馈问题12个，已完成整改10个，其余3个正在推进。\n"
    assert lint(text, "NL601") == [("NL601", 1, 6, 1, 23, "其中各项合计13个（10+3），与总数12个不符")]
    text = "审计指出问题26条，已整改到位22条，剩余3条持续推进。\n"
    assert lint(text, "NL601") == [("NL601", 1, 7, 1, 24, "其中各项合计25条（22+3），与总数26条不符")]
    text = "计划投入整改资金800万元，已投入500万元，其余200万元将于年底前到位。\n"
    assert lint(text, "NL601") == [("NL601", 1, 9, 1, 31, "其中各项合计700万元（500+200），与总数800万元不符")]
    text = "共计退赔资金3.6万元，已退赔2.1万元，其余1.6万元正在追缴。\n"
    assert lint(text, "NL601") == [("NL601", 1, 7, 1, 29, "其中各项合计3.7万元（2.1+1.6），与总数3.6万元不符")]


def test_states_in_a_paragraph_of_a_longer_notice():
    text = (
        "一、党委履行巡察整改主体责任情况\n"
        "局党委召开专题会议8次，研究部署整改工作。市委第二巡察组共反馈问题4个方面21个，移交问题线索3件。"
        "截至2025年3月底，已完成整改19个，正在整改3个。\n"
    )
    assert lint(text, "NL601") == [("NL601", 2, 38, 2, 77, "其中各项合计22个（19+3），与总数21个不符")]


def test_states_read_past_the_details_of_a_total_or_of_a_state():
    text = "反馈问题18个，其中共性问题5个、个性问题13个。已完成整改15个，正在整改4个。\n"
    assert lint(text, "NL601") == [("NL601", 1, 5, 1, 41, "其中各项合计19个（15+4），与总数18个不符")]
    text = "反馈问题18个，已完成整改15个，其中立行立改5个、限期整改10个；正在整改4个。\n"
    assert lint(text, "NL601") == [("NL601", 1, 5, 1, 41, "其中各项合计19个（15+4），与总数18个不符")]


@pytest.mark.parametrize(
    "text",
    [
        # One state is how far the work is, not a breakdown.
        "共反馈问题12个，已完成整改10个。",
        "巡察反馈问题十二个，目前已完成整改十个，整改工作有序推进。",
        # 其余 names the rest, and it is right.
        "共反馈问题12个，已完成整改10个，其余2个正在推进。",
        "共发现问题二十三个，已完成整改二十个，其余三个正在整改。",
        "巡察反馈问题共25个。截至6月底，已完成整改22个，其余3个正在推进。",
        # Counted first, right.
        "18个问题中，15个已完成整改，3个正在整改。",
        # Groups are not totals; totals of different things, each right.
        "市委第二巡察组共反馈问题4个方面21个，移交问题线索3件。截至2025年3月底，21个问题已完成整改19个，"
        "正在整改2个；细化整改措施63条，已完成58条，其余5条持续推进。",
        "对巡察指出的7个方面问题，逐项制定措施，已完成整改5个方面，正在整改2个方面。",
        # Persons and problems in one paragraph.
        "共处理16人，其中给予党纪处分3人、政务处分2人、组织处理11人；反馈问题12个，已完成整改10个，其余2个正在推进。",
        # Two totals of the same unit: the states add up to one of them.
        "梳理问题清单32个，对应巡察反馈问题18个。截至目前，已完成28个，正在整改4个。",
        # Two totals of the same unit, the states agreeing with neither: which is meant is not clear.
        "梳理问题清单32个，对应巡察反馈问题18个。截至目前，已完成25个，正在整改4个。",
        # A later total starts a new tally.
        "2024年反馈问题18个。2025年新发现问题5个，已完成整改3个，正在整改2个。",
        "开展专项检查3次，发现问题21个，已完成整改19个，正在整改2个。",
        # A state with no count between counted ones: the counted parts are not all of them.
        "推进16个未按期换届党组织换届，甲、乙等13个党组织已完成换届，丙支部已撤销。其余2个正在抓紧推进。",
        # An estimate is no total.
        "反馈问题近20个，已完成整改15个，正在整改4个。",
        # States of other things, or without a total.
        "已完成整改10个，基本完成1个，未完成2个。对3家企业开展检查，完成整改2个，未完成1个。",
        "共排查问题12个，其中涉及作风方面5个，已完成整改4个，正在整改1个；涉及廉洁方面7个，已完成整改7个。",
        # A part broken down again after 其中.
        "反馈问题18个，已完成整改15个，未完成3个，其中正在整改2个、需长期坚持1个。",
        "反馈问题18个，已完成整改14个；正在整改的4个问题中，3个预计6月底前完成，1个需长期坚持。",
        # 其中 naming a subset; counts in addition (另有); a restated total.
        "共查处问题25起，涉及32人，其中处级以上干部8人、科级干部4人。",
        "共处理9人，其中诫勉谈话3人、批评教育6人，另有2人正在核查。",
        "共处理9人，其中诫勉谈话3人、批评教育6人，共计9人。",
        # The first parts make the total; what follows adds a detail.
        "对16名相关责任人作出处理，其中，通报批评1人，批评教育6人，提醒谈话9人，涉及处级干部3人。",
        "共处理16人，其中党纪处分3人，含开除党籍1人，组织处理13人。",
        # Less than half the total named after 其中: a few kinds named, not all.
        "全年完成培训1200人次，其中处级干部60人次、科级干部240人次。",
        # A part divided again (…3个问题中，…).
        "反馈问题18个，已完成整改15个，其余3个问题中，2个已基本完成，1个正在推进。",
        "反馈问题18个，已完成整改15个，其中立行立改5个、限期整改10个；正在整改3个。",
        # States mixed with other counts in one 其中: nested, not one breakdown.
        "共梳理问题清单56项，其中巡察反馈问题18项，已完成15项，正在整改3项。",
        # Natural paragraphs that add up.
        "市委第三巡察组反馈问题3个方面15个，市纪委监委移交问题线索2件。局党组对照问题清单，逐项制定整改措施42条。"
        "截至2025年5月，15个问题已完成整改13个，基本完成1个，正在整改1个；42条措施已落实40条，其余2条持续推进。",
        "共梳理出问题23个，制定整改措施68条，明确责任领导12人。截至2024年12月，已完成整改21个，剩余2个正在按时序推进。",
        "今年以来，共开展监督检查23次，发现问题56个，督促整改问题51个，其余5个正在整改。",
        "全市共有村（社区）126个，已完成换届123个，其余3个因区划调整暂缓。",
        "对2022年以来的128份合同进行全面排查，发现问题合同12份，已完成整改10份，正在整改2份。",
        "共清退违规发放资金32.6万元，其中个人退还28.45万元，单位退还4.2万元。",
        "挽回经济损失约500万元，其中直接损失300万元、间接损失150万元。",
        "计划投入整改资金800万元，已投入500万元，其余300万元将于年底前到位。",
        "共处理16人，其中已处理12人，其余4人正在核查。",
        # A count of something else between two states ends the run.
        "反馈问题18个，已完成整改15个，已与3个单位对接，正在整改3个。",
        # A rest that opens the states is their total.
        "巡察期间立行立改问题8个，剩余问题14个纳入整改台账，已完成12个，正在整改2个。",
        # Fixed terms are no counts.
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”，共3个方面。",
    ],
)
def test_no_sum_finding(text):
    assert lint(text + "\n", "NL601") == []


# -- NL602 -----------------------------------------------------------------------


def test_rate_that_differs_from_the_counts():
    text = "反馈问题12个，已完成整改10个，基本完成1个，未完成1个。整改完成率为85.33%。\n"
    assert lint(text, "NL602") == [("NL602", 1, 37, 1, 43, "完成率应为83.33%（10÷12），文中写的是85.33%")]


def test_rate_in_the_next_sentence_of_a_paragraph_with_the_total_in_another():
    text = "对照反馈意见，梳理问题清单32项。目前已完成28项，持续推进4项，整改完成率85.50%。\n"
    assert lint(text, "NL602") == [("NL602", 1, 39, 1, 45, "完成率应为87.50%（28÷32），文中写的是85.50%")]
    text = "全年共受理信访举报46件，已办结44件，正在办理2件。办结率96.65%。\n"
    assert lint(text, "NL602") == [("NL602", 1, 31, 1, 37, "完成率应为95.65%（44÷46），文中写的是96.65%")]


def test_rate_to_one_decimal_and_a_rate_of_a_hundred():
    text = "截至目前，市委巡察反馈的4个方面13个问题，已完成整改11个，正在推进整改2个，整改完成率86.4%。\n"
    assert lint(text, "NL602") == [("NL602", 1, 46, 1, 51, "完成率应为84.62%（11÷13），文中写的是86.4%")]
    text = "反馈问题13个，已完成整改12个，整改完成率100%。\n"
    assert lint(text, "NL602") == [("NL602", 1, 23, 1, 27, "完成率应为92.31%（12÷13），文中写的是100%")]


def test_rate_between_the_done_count_and_the_rest():
    text = "巡察反馈问题共40个。截至2025年2月底，已完成整改34个，整改完成率为87.50%；其余6个正在按计划推进。\n"
    assert lint(text, "NL6") == [("NL602", 1, 38, 1, 44, "完成率应为85.00%（34÷40），文中写的是87.50%")]


def test_rate_with_a_single_stated_state():
    text = "巡察反馈问题15个，已完成整改12个，完成率75%。\n"
    assert lint(text, "NL602") == [("NL602", 1, 23, 1, 26, "完成率应为80.00%（12÷15），文中写的是75%")]


def test_rates_within_half_a_unit_or_counting_mostly_done():
    assert lint("共反馈问题697个，已完成688个，未完成9个，完成率98.71%。\n", "NL602") == []
    assert lint("共反馈问题12个，已完成10个，基本完成1个，未完成1个，完成率92%。\n", "NL602") == []
    assert lint("共反馈问题3个，已完成1个，未完成2个，完成率33.3%。\n", "NL602") == []
    assert lint("反馈问题12个，已完成整改11个，正在整改1个，整改率为91.7%。\n", "NL602") == []


@pytest.mark.parametrize(
    "text",
    [
        "反馈问题12个，已完成整改10个，未完成2个。\n投资完成率为116.97%。",
        "反馈问题18个，已完成整改15个，正在整改3个。全年投资完成率为116.97%。",
        # Each rate pairs with the tally before it.
        "反馈问题12个，已完成整改10个，其余2个正在推进。年度目标任务42项，已完成41项，正在推进1项，完成率97.62%。",
        "截至目前，巡察反馈的21个问题已全部完成整改，整改完成率100%。",
        "巡察反馈的15个问题中，13个已整改完成，2个正在整改，整改完成率86.67%。",
        "反馈问题15个，已完成整改13个，整改完成率达到80%以上。",
        "反馈问题18个，已完成整改15个，正在整改3个；整改措施56条已落实52条，措施完成率92.86%。",
    ],
)
def test_no_rate_finding(text):
    assert lint(text + "\n", "NL602") == []


# -- NL603: counts after their lists (等N) -------------------------------------------


def test_list_longer_or_shorter_than_its_count():
    text = "建立分片包干、定期调度、沟通联络、请示汇报、全方位监督等6项工作机制。\n"
    assert lint(text, "NL603") == [("NL603", 1, 1, 1, 31, "列举了5项，与“等6项”不符")]
    assert lint("抽查广场、机场、车站等两个点位。\n", "NL603") == [("NL603", 1, 1, 1, 14, "列举了3项，与“等两个”不符")]


def test_titles_side_by_side_are_separate_items():
    text = "修订《甲办法》《乙规定》《丙细则》《丁规程》等3项制度。\n"
    assert lint(text, "NL603") == [("NL603", 1, 3, 1, 26, "列举了4项，与“等3项”不符")]  # from the first title
    text = '印发"廉政提醒"、"警示教育"、"家风建设"等2个方案。\n'
    assert lint(text, "NL603") == [("NL603", 1, 3, 1, 26, "列举了3项，与“等2个”不符")]


def test_one_fewer_of_three_or_more_is_a_likely_miscount():
    text = "开展谈心谈话、警示教育、廉政提醒等4项活动。\n"
    assert lint(text, "NL603") == [("NL603", 1, 1, 1, 20, "列举了3项，与“等4项”不符")]
    text = "涉及市发展改革委、市财政局、市审计局等4家单位。\n"  # 涉及 is no conjunction
    assert lint(text, "NL603") == [("NL603", 1, 1, 1, 22, "列举了3项，与“等4家”不符")]


def test_titles_followed_by_their_count_without_deng_name_all_they_count():
    text = "修订《甲办法》《乙规定》《丙细则》4项制度。\n"
    assert lint(text, "NL603") == [("NL603", 1, 3, 1, 20, "列举了3项，与“4项”不符")]
    text = "印发《甲方案》、《乙方案》和《丙方案》共2个文件。\n"
    assert lint(text, "NL603") == [("NL603", 1, 3, 1, 23, "列举了3项，与“2个”不符")]
    text = '开展"清廉机关""模范机关"2项创建，出台“甲规定”“乙规定”“丙规定”2项规定。\n'
    assert lint(text, "NL603") == [("NL603", 1, 22, 1, 39, "列举了3项，与“2项”不符")]


@pytest.mark.parametrize(
    "text",
    [
        "修订《甲办法》《乙规定》2项制度。",
        "修订《甲办法》《乙规定》共2部。",
        # A count well past the titles counts what is in them; 条 and 次 count inside or occurrences.
        "逐项对照《甲方案》《乙要点》96项改革任务。",
        "修订《甲办法》《乙规定》共42条。",
        "学习《甲条例》《乙准则》3次。",
        # One title, or titles that end a list of plain items.
        "对照《甲方案》3项任务。",
        "修订考勤制度、《甲办法》《乙规定》3项制度。",
    ],
)
def test_no_finding_for_titles_and_a_count_that_agree_or_count_something_else(text):
    assert lint(text + "\n", "NL603") == []


# -- NL603: counts before their lists ------------------------------------------------


def test_count_before_titles_after_fen_bie_shi():
    text = "制定制度3项，分别是《资金管理办法》《采购管理规定》《合同管理细则》《印章管理制度》。\n"
    assert lint(text, "NL603") == [("NL603", 1, 11, 1, 43, "列举了4项，与“3项”不符")]
    text = "出台两项制度，分别为《公务接待办法》《公车使用规定》和《差旅报销细则》。\n"
    assert lint(text, "NL603") == [("NL603", 1, 11, 1, 36, "列举了3项，与“两项”不符")]


def test_count_before_a_colon_or_ji():
    text = "建立3项工作机制：周调度机制、月通报机制、季考核机制、年评估机制。\n"
    assert lint(text, "NL603") == [("NL603", 1, 10, 1, 33, "列举了4项，与“3项”不符")]
    text = "明确整改措施4条，即压实责任、完善制度、强化监督。\n"
    assert lint(text, "NL603") == [("NL603", 1, 11, 1, 25, "列举了3项，与“4条”不符")]


@pytest.mark.parametrize(
    "intro, listed",
    [
        # Closed: the list is all of them, so fewer is reported too.
        ("具体为", "周调度、月通报"),
        ("具体是", "周调度、月通报"),
        ("具体包括", "周调度、月通报"),
        # Open: some of them, so only more is reported.
        ("主要包括", "周调度、月通报、季考核、年评估"),
        ("包括", "周调度、月通报、季考核、年评估"),
        ("主要有", "周调度、月通报、季考核、年评估"),
        ("涵盖", "周调度、月通报、季考核、年评估"),
    ],
)
def test_count_before_each_intro(intro, listed):
    text = f"建立3项机制，{intro}{listed}。\n"
    start = 8 + len(intro)
    items = listed.count("、") + 1
    assert lint(text, "NL603") == [("NL603", 1, start, 1, start + len(listed), f"列举了{items}项，与“3项”不符")]


def test_an_open_intro_with_fewer_items_is_an_example():
    assert lint("建立3项机制，主要包括周调度、月通报。\n", "NL603") == []


def test_count_before_a_list_of_titles_cut_by_a_comma():
    text = "制定制度4项，分别是《甲办法》《乙规定》《丙细则》，进一步规范了管理。\n"
    assert lint(text, "NL603") == [("NL603", 1, 11, 1, 26, "列举了3项，与“4项”不符")]


@pytest.mark.parametrize(
    "text, listed, stated",
    [
        ("采取3项措施：一是开展核查；二是建立机制；三是推行免申；四是加强督查。", 4, "3项"),
        ("从4个方面抓好整改：一是提高站位。二是压实责任。三是强化督办。", 3, "4个"),
    ],
)
def test_a_count_before_clauses_numbered_one_by_one(text, listed, stated):
    start = text.index("：") + 2
    end = len(text)
    assert lint(text + "\n", "NL603") == [("NL603", 1, start, 1, end, f"列举了{listed}项，与“{stated}”不符")]


def test_list_included_in_its_count():
    text = "建立包括周调度、月通报、季考核、年评估在内的3项机制。\n"
    assert lint(text, "NL603") == [("NL603", 1, 5, 1, 25, "列举了4项，与“3项”不符")]
    assert lint(text, "NL603", lang="en") == [("NL603", 1, 5, 1, 25, "4 items listed, but the text says 3项")]


@pytest.mark.parametrize(
    "text",
    [
        # Counts that agree.
        "相继印发《关于加强集体企业要素交易工作的指导意见（试行）》及货物采购、财产租赁等3个操作指引；"
        "市委编办、市人力资源和社会保障局等2家单位；“A、B”、“C”等2项。",
        "修订《甲办法》《乙规定》《丙细则》等3项制度。",
        "建立3项工作机制，即周调度机制、月通报机制、季考核机制。",
        "出台两项制度，分别为《甲办法》和《乙规定》。",
        "完善选人用人、财务管理、工程建设和物资采购等4个方面的制度。",
        # 等 open: one or two examples of more.
        "组建综合协调、督查督办等4个工作专班。",
        "开展谈心谈话、警示教育等5项活动。",
        "聚焦基建、招生、采购等6个重点领域开展专项检查。",
        "推动新材料中心等33个项目落地。",
        # Occurrences, not kinds.
        "开展宣讲、调研等72场次。",
        # 包括…在内 names some of them.
        "建立包括周调度、月通报在内的5项机制。",
        # Items that hold counts are a breakdown (NL601), not a list.
        "对16名相关责任人作出处理，分别为通报批评1人、批评教育6人、提醒谈话9人。",
        # Enumerated clauses, and a list that may go on past a comma.
        "制定整改措施3条：一是加强学习，提高认识、转变作风；二是完善制度；三是强化监督。",
        # A count of many followed by the groups they fall in, and a run that restarts.
        "细化整改措施56条：一是加强学习；二是完善制度；三是强化监督。",
        "从3个方面推进：一是坚持统一是前提；二是完善制度；三是强化监督。下一步，一是持续推进。",
        "建立3项机制：建立调度、通报制度，完善考核机制，落实问责机制。",
        # 即 as an adverb.
        "对发现的2个问题即知即改。",
        "评出一等奖1个、二等奖2个。",
        "对申请事项2个工作日内即可办结。",
        "制定“三张清单”，即问题清单、任务清单、责任清单。",
        "明确“四个一”工作要求，即一张清单、一套机制、一个专班、一抓到底。",
        "张某、李某等3名同志。",
    ],
)
def test_no_list_finding(text):
    assert lint(text + "\n", "NL603") == []


# -- NL607: shares after 其中 ---------------------------------------------------------


def test_share_of_one_count_after_qizhong():
    text = "排查问题线索20条，其中立案审查5条，占比30%。\n"
    assert lint(text, "NL607") == [("NL607", 1, 22, 1, 25, "占比应为25.00%（5条÷20条），文中写的是30%")]
    text = "现有中层干部40名，其中，35岁以下干部12人，占比达35%。\n"  # 人 and 名 count alike
    assert lint(text, "NL607") == [("NL607", 1, 28, 1, 31, "占比应为30.00%（12人÷40名），文中写的是35%")]
    assert lint(text, "NL607", lang="en") == [
        ("NL607", 1, 28, 1, 31, "share not its counts' ratio: 30.00% (12人/40名), not 35%")
    ]
    text = "资产总额1.5亿元，其中国有资本6000万元，占比45.00%。\n"  # amounts in different scales
    assert lint(text, "NL607") == [("NL607", 1, 26, 1, 32, "占比应为40.00%（6000万元÷1.5亿元），文中写的是45.00%")]


@pytest.mark.parametrize(
    "text",
    [
        "共受理信访举报56件，其中检举控告类28件，占比50%。",
        "营业收入12亿元，同比增长15%，其中主营业务收入10亿元，占比83.3%。",  # 83.33 within 0.05
        # Nothing to divide by, or more than one count after 其中.
        "其中3人，占比30%。",
        "发现问题20个，其中作风问题5个、纪律问题3个，占比40%。",
        "发现问题20个。其中作风问题5个，占比40%。",  # the total is in another sentence
        "发现问题20个，其中作风问题5人，占比40%。",  # another kind of count
        # Estimates, and shares of something else.
        "排查问题线索20条，其中立案审查5条，占比30%以上。",
        "新增就业1200人，其中高校毕业生480人，占新增就业的45%。",
        "战略性新兴产业占比逐步提升。",
    ],
)
def test_no_share_finding(text):
    assert lint(text + "\n", "NL607") == []


# -- the real corpus ---------------------------------------------------------------


def test_corpus_real_01_list_of_five(corpus):
    found = lint((corpus / "real-01-shenzhen-sasac-2025.txt").read_text("utf-8"), "NL603")
    assert [(f[1], f[5]) for f in found] == [(11, "列举了5项，与“等6项”不符")]


def test_corpus_real_02_sums_are_right(corpus):
    # 1+6+9 = 16 persons; 13 branches done, one dissolved (no count), 其余2个: no finding.
    assert lint((corpus / "real-02-quanzhou-sasac-2023.txt").read_text("utf-8"), "NL601", "NL602", "NL603") == []


def test_corpus_the_news_article_gets_no_arithmetic_finding(corpus):
    assert lint((corpus / "not-a-notice-01-party-building-news.txt").read_text("utf-8"), "NL6") == []


# -- reading -------------------------------------------------------------------------


def test_tallies_are_read_paragraph_by_paragraph_from_one_scan():
    from notelint.tallies import tallies

    # The analysis text: full-width marks folded to ASCII.
    text = (
        "共处理16人,其中诫勉谈话2人(其中处级1人)、批评教育6人。增强“四个意识”,共3个支部。\n"
        "反馈问题12个。目前已完成10个,未完成2个;另有两个,其中一个完成\n"
        "共反馈问题5个,已完成5个。"
    )
    assert [(t.total.value, [p.value for p in t.parts], t.labels, t.is_breakdown) for t in tallies(text)] == [
        (16, [2, 6], [None, None], True),
        (12, [10, 2], ["done", "undone"], True),
        (5, [5], ["done"], False),
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # A state's count as far after it as one is looked for: 整改的 and four characters between.
        ("反馈问题12个,截至本月底目前正在推进整改的问题事项2个。", [[2]]),
        ("反馈问题12个,截至本月底目前正在推进整改的问题事项共2个。", []),
        # A count as far before its state as one is looked for: six characters between.
        ("反馈问题12个,2个巡察问题事项正在推进。", [[2]]),
        ("反馈问题12个,2个巡察反馈问题项正在推进。", []),
    ],
)
def test_a_state_counts_a_count_within_reach_only(text, parts):
    from notelint.tallies import tallies

    assert [[p.value for p in t.parts] for t in tallies(text)] == parts


# Pieces of the paragraphs a tally is read from: markers, numbers, scales and
# units, the words between them.
_PIECES = ["已完成", "已整改", "其中", "分别为", "正在整改", "其余", "完成率", "问题", "事项", "共", "反馈"]
_PIECES += ["3", "12", "1.5", "2023年", "十", "两", "一百", "万", "百万", "个", "人次", "项", "元", "，", "。", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
# The farthest a count within reach of a marker may stand: its number's last
# numeral eleven characters before the marker (a scale 百万 holds a numeral
# itself), its first seven after it.
@example("1.5万人次。。。。。。。已完成，此后另有若干工作共2个")
@example("已完成。。。。。。。3个，共5个")
# A count whose number begins well before the reach of the marker after it.
@example("共1234567890123个，12345678901234个已完成")
@example("共十个，一百一十万零两千三百人已完成")
def test_a_paragraph_passed_over_for_its_counts_has_no_tally(text):
    # _count_near only passes over paragraphs whose counts _may_label would turn away.
    for start, end, markers in tallies._marked_paragraphs(text):
        quantities = find_quantities(text, start, end)
        if len(quantities) >= 2 and tallies._may_label(quantities, markers):
            assert tallies._count_near(text, start, end, markers)
