"""NL601–NL603: arithmetic."""

from conftest import lint
from notelint.quantities import find_quantities


def test_quantities_in_both_numerals_skip_ordinals_and_fixed_terms():
    text = "对十六名干部、两个支部和3家企业，第二个问题，一是，增强“四个意识”，72场次"
    assert [(q.value, q.unit, q.kind) for q in find_quantities(text)] == [
        (16, "名", "人"), (2, "个", "个"), (3, "家", "家"), (72, "场次", "场次")]


# -- NL601 -----------------------------------------------------------------------

def test_breakdown_that_does_not_add_up():
    text = "对16名相关责任人作出处理，其中，给予通报批评1人，批评教育6人，提醒谈话10人。\n"
    assert lint(text, "NL601") == [("NL601", 1, 2, 1, 41, "其中各项合计17人（1+6+10），与总数16名不符")]


def test_breakdown_in_chinese_numerals_and_english_message():
    text = "共处理十六名干部，其中诫勉谈话两人、批评教育六名。\n"
    assert lint(text, "NL601", lang="en") == [
        ("NL601", 1, 4, 1, 25, "the parts add up to 8人 (2+6), not the total of 16名")]


def test_breakdown_that_adds_up_and_details_in_brackets():
    text = ("共对1家企业通报批评，对16名相关责任人作出处理，其中，给予通报批评1人，批评教育6人（其中处级2人），"
            "提醒谈话9人；另有3人正在核查。\n")
    assert lint(text, "NL601") == []


def test_states_that_do_not_add_up_to_the_total():
    text = "巡察反馈问题12个，已完成整改10个，基本完成1个，未完成2个。\n"
    assert lint(text, "NL601") == [("NL601", 1, 7, 1, 32, "其中各项合计13个（10+1+2），与总数12个不符")]


def test_states_without_a_total_or_of_other_things():
    assert lint("已完成整改10个，基本完成1个，未完成2个。对3家企业开展检查，完成整改2个，未完成1个。\n", "NL601") == []


def test_corpus_real_02_breakdowns_are_right(corpus):
    assert lint((corpus / "real-02-quanzhou-sasac-2023.txt").read_text("utf-8"), "NL601") == []


# -- NL602 -----------------------------------------------------------------------

def test_rate_that_differs_from_the_counts():
    text = "反馈问题12个，已完成整改10个，基本完成1个，未完成1个。整改完成率为85.33%。\n"
    assert lint(text, "NL602") == [("NL602", 1, 37, 1, 43, "完成率应为83.33%（10÷12），文中写的是85.33%")]


def test_rates_within_half_a_unit_or_counting_mostly_done():
    assert lint("共反馈问题697个，已完成688个，未完成9个，完成率98.71%。\n", "NL602") == []
    assert lint("共反馈问题12个，已完成10个，基本完成1个，未完成1个，完成率92%。\n", "NL602") == []
    assert lint("共反馈问题3个，已完成1个，未完成2个，完成率33.3%。\n", "NL602") == []


def test_rate_in_another_paragraph_is_not_paired():
    assert lint("反馈问题12个，已完成整改10个，未完成2个。\n投资完成率为116.97%。\n", "NL602") == []


# -- NL603 -----------------------------------------------------------------------

def test_list_longer_or_shorter_than_its_count():
    text = "建立分片包干、定期调度、沟通联络、请示汇报、全方位监督等6项工作机制。\n"
    assert lint(text, "NL603") == [("NL603", 1, 1, 1, 31, "列举了5项，与“等6项”不符")]
    assert lint("抽查广场、机场、车站等两个点位。\n", "NL603")[0][5] == "列举了3项，与“等两个”不符"


def test_lists_that_match_their_count():
    text = ("相继印发《关于加强集体企业要素交易工作的指导意见（试行）》及货物采购、财产租赁等3个操作指引；"
            "市委编办、市人力资源和社会保障局等2家单位；“A、B”、“C”等2项；新材料中心等33个项目；"
            "开展宣讲、调研等72场次；评出一等奖1个。\n")
    assert lint(text, "NL603") == []


def test_corpus_real_01_list_of_five(corpus):
    found = lint((corpus / "real-01-shenzhen-sasac-2025.txt").read_text("utf-8"), "NL603")
    assert [(f[1], f[5]) for f in found] == [(11, "列举了5项，与“等6项”不符")]


def test_corpus_the_news_article_gets_no_arithmetic_finding(corpus):
    assert lint((corpus / "not-a-notice-01-party-building-news.txt").read_text("utf-8"), "NL6") == []


def test_tallies_are_read_paragraph_by_paragraph_from_one_scan():
    from notelint.checks.arithmetic._tally import tallies

    # The analysis text: full-width marks folded to ASCII.
    text = ("共处理16人,其中诫勉谈话2人(其中处级1人)、批评教育6人。增强“四个意识”,共3个支部。\n"
            "反馈问题12个。目前已完成10个,未完成2个;另有两个,其中一个完成")
    assert [(t.total.value, [p.value for p in t.parts], t.labels) for t in tallies(text)] == [
        (16, [2, 6], [None, None]), (12, [10, 2], ["done", "undone"])]
