"""NL701–NL707: political formulations, anachronisms, regulation titles and
the inspection's level. The fictional notice (tests/fictional.py) is signed
2023年12月1日; each test writes its formulations into line 4."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from conftest import EXAMPLES, apply_edits, lint, lint_diagnostics, linter, run_cli
from fictional import notice, span
from hypothesis import example, given
from hypothesis import strategies as st
from test_docx import build, lint_docx

from notelint.config import ConfigError, Settings, load
from notelint.diagnostics import Applicability
from notelint.engine import Linter
from notelint.rules import load_rules
from notelint.source import SourceText

FIXTURES = Path(__file__).parent / "fixtures" / "formulations"
OPENING = "（一）加强组织领导。"


def with_line(body: str) -> str:
    """The fictional notice with ``body`` as the text of its line 4."""
    return notice({4: OPENING + body})


def fixed(text: str, *codes: str) -> str:
    return apply_edits(text, lint_diagnostics(text, *codes))


def applicability(text: str, code: str) -> list[Applicability]:
    return [d.fix.applicability for d in lint_diagnostics(text, code) if d.fix]


def to_traditional(text: str) -> str:
    converted = opencc.OpenCC("s2t").convert(text)
    assert len(converted) == len(text)
    return converted


# -- correct drafts -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["correct-2025.txt", "correct-2022.txt"])
def test_correct_drafts_and_their_legitimate_variants_have_no_finding(name):
    assert lint((FIXTURES / name).read_text("utf-8"), "NL7") == []


def test_correct_drafts_have_no_finding_in_traditional_script_or_wrapped_in_markdown():
    text = (FIXTURES / "correct-2025.txt").read_text("utf-8")
    assert lint(to_traditional(text), "NL7") == []
    wrapped = "\n".join(
        "\n".join(line[i : i + 30] for i in range(0, len(line), 30)) + "\n" for line in text.split("\n")
    )
    assert lint_markdown(wrapped, "NL7")[1] == []


def test_the_example_and_the_fictional_notice_have_no_finding():
    assert lint((EXAMPLES / "complete.txt").read_text("utf-8"), "NL7") == []
    assert lint(notice(), "NL7") == []


def test_the_real_corpus_has_no_finding(corpus):
    for path in sorted(corpus.glob("*.txt")):
        assert lint(path.read_text("utf-8"), "NL7") == [], path.name


# -- NL701 series-order ---------------------------------------------------------------


@pytest.mark.parametrize(
    "written, name, expected",
    [
        ("不断提高政治领悟力、政治判断力、政治执行力", "政治三力", "政治判断力、政治领悟力、政治执行力"),
        ("一体推进不能腐、不敢腐、不想腐", "三不腐", "不敢腐、不能腐、不想腐"),
        ("一体推进不想腐不敢腐不能腐", "三不腐", "不敢腐不能腐不想腐"),
        ("增强政治意识、核心意识、大局意识和看齐意识", "四个意识", "政治意识、大局意识、核心意识和看齐意识"),
        ("坚定道路自信、制度自信、理论自信、文化自信", "四个自信", "道路自信、理论自信、制度自信、文化自信"),
        (
            "做到“两个维护”、增强“四个意识”、坚定“四个自信”",
            "四个意识、四个自信、两个维护",
            "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
        ),
        ("整治官僚主义、形式主义、享乐主义和奢靡之风", "四风", "形式主义、官僚主义、享乐主义和奢靡之风"),
        (
            "严守政治纪律、廉洁纪律、组织纪律、群众纪律、工作纪律、生活纪律",
            "六项纪律",
            "政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律",
        ),
    ],
)
def test_series_out_of_order(written, name, expected):
    text = with_line(written + "。")
    members = {
        "政治三力": "政治领悟力、政治判断力、政治执行力",
        "三不腐": written[4:],
        "四个意识": "政治意识、核心意识、大局意识和看齐意识",
        "四个自信": "道路自信、制度自信、理论自信、文化自信",
        "四个意识、四个自信、两个维护": written,
        "六项纪律": written[2:],
        "四风": written[2:],
    }[name]
    canonical = {
        "四个意识、四个自信、两个维护": "增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’",
        "四个意识": "政治意识、大局意识、核心意识、看齐意识",
        "三不腐": "不敢腐、不能腐、不想腐",
        "四风": "形式主义、官僚主义、享乐主义、奢靡之风",
    }
    assert lint(text, "NL7") == [
        ("NL701", *span(text, 4, members), f"“{name}”顺序有误，应为“{canonical.get(name, expected)}”")
    ]
    assert fixed(text, "NL701") == with_line(written.replace(members, expected) + "。")
    assert applicability(text, "NL701") == [Applicability.SAFE]


def test_plenary_sessions_out_of_order():
    text = notice({4: OPENING + "学习贯彻二十届三中、二中全会精神。", 18: "2024年12月1日"})
    assert lint(text, "NL7") == [
        ("NL701", *span(text, 4, "三中、二中"), "全会届次顺序有误，应为“二十届二中、三中全会”")
    ]
    assert "学习贯彻二十届二中、三中全会精神" in fixed(text, "NL701")


@pytest.mark.parametrize(
    "written",
    [
        "增强政治意识、大局意识",  # a part of a series
        "核心意识、看齐意识、政治意识",  # three members of four
        "一体推进不敢腐不能腐不想腐",
        "不敢腐、不能腐、不想腐一体推进",
        "提高政治判断力。加强政治领悟力、政治执行力建设",
        "严明政治纪律和政治规矩",
    ],
)
def test_series_in_order_or_incomplete_are_not_reported(written):
    assert lint(with_line(written + "。"), "NL701") == []


# -- NL702 damaged-formulation ----------------------------------------------------------


@pytest.mark.parametrize(
    "damaged, canonical",
    [
        ("习近平新时代中国特色社会思想", "习近平新时代中国特色社会主义思想"),  # 主义 dropped
        ("习近平新时代中国特色社会主意思想", "习近平新时代中国特色社会主义思想"),  # 义 mistyped, 1 extra
        ("习近平新时代特色社会主义思想", "习近平新时代中国特色社会主义思想"),
        ("以习近平同志为核心党中央", "以习近平同志为核心的党中央"),
        ("中央八项规定及实施细则精神", "中央八项规定及其实施细则精神"),
    ],
)
def test_damaged_formulation(damaged, canonical):
    text = with_line(f"深入学习{damaged}。")
    assert lint(text, "NL7") == [("NL702", *span(text, 4, damaged), f"“{damaged}”应为“{canonical}”")]
    assert fixed(text, "NL702") == with_line(f"深入学习{canonical}。")
    assert applicability(text, "NL702") == [Applicability.UNSAFE]


def test_two_characters_swapped_is_a_safe_fix():
    text = with_line("坚持以习近平新时代中国特色会社主义思想为指导。")
    assert lint(text, "NL7") == [
        (
            "NL702",
            *span(text, 4, "习近平新时代中国特色会社主义思想"),
            "“习近平新时代中国特色会社主义思想”应为“习近平新时代中国特色社会主义思想”",
        )
    ]
    assert applicability(text, "NL702") == [Applicability.SAFE]


@pytest.mark.parametrize(
    "written",
    [
        "新时代中国特色社会主义思想",
        "习近平新时代中国特色社会主义经济思想",
        "习近平新时代中国特色社会主义思想学习纲要",
        "坚持和发展新时代中国特色社会主义",
        "中央八项规定精神",
        "中央八项规定及其实施细则",
        "中央八项规定精神及其实施细则",
        "以习近平同志为总书记的党中央",
    ],
)
def test_legitimate_forms_are_not_reported(written):
    assert lint(with_line(f"深入学习{written}。"), "NL702") == []


# -- NL703 wrong-pairing --------------------------------------------------------------


def test_wrong_verbs():
    text = with_line("坚决做到“两个确立”，增强“两个维护”，坚定“四个意识”。")
    assert lint(text, "NL7") == [
        ("NL703", *span(text, 4, "做到“两个确立”"), "“做到‘两个确立’”搭配不当：“两个确立”应与“领悟”搭配"),
        ("NL703", *span(text, 4, "增强“两个维护”"), "“增强‘两个维护’”搭配不当：“两个维护”应与“做到”搭配"),
        ("NL703", *span(text, 4, "坚定“四个意识”"), "“坚定‘四个意识’”搭配不当：“四个意识”应与“增强”搭配"),
    ]
    assert fixed(text, "NL703") == with_line("坚决领悟“两个确立”，做到“两个维护”，增强“四个意识”。")
    assert applicability(text, "NL703") == [Applicability.UNSAFE] * 3


def test_verbs_swapped_across_a_series_are_pairings_not_order():
    text = with_line("坚定“四个意识”、增强“四个自信”、做到“两个维护”。")
    assert [finding[0] for finding in lint(text, "NL7")] == ["NL703", "NL703"]


@pytest.mark.parametrize(
    "written",
    [
        "坚定拥护“两个确立”",
        "深刻领悟“两个确立”的决定性意义",
        "坚决做到“两个维护”",
        "树牢“四个意识”",
        "做到两个维护",
        "增强「四个意识」",
    ],
)
def test_fixed_pairings_are_not_reported(written):
    assert lint(with_line(written + "。"), "NL703") == []


# -- NL704 anachronism ------------------------------------------------------------------


def test_events_after_the_signing_date():
    text = with_line("学习贯彻党的二十届三中全会精神，开展党纪学习教育。")
    assert lint(text, "NL7") == [
        (
            "NL704",
            *span(text, 4, "二十届三中全会"),
            "“二十届三中全会”于2024年7月15日召开，晚于本通报的日期2023年12月1日",
        ),
        ("NL704", *span(text, 4, "党纪学习教育"), "“党纪学习教育”于2024年4月开始，晚于本通报的日期2023年12月1日"),
    ]


def test_an_event_known_to_the_month_is_not_before_a_notice_of_that_month():
    dated = {
        4: OPENING + "开展党纪学习教育。",
        18: "2024年4月2日",
        15: "欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2024年4月2日至2024年5月1日。",
    }
    assert lint(notice(dated), "NL704") == []
    dated.update({18: "2024年3月29日", 15: "公开期限：2024年3月29日至2024年4月28日。"})
    text = notice(dated)
    assert lint(text, "NL704") == [
        ("NL704", *span(text, 4, "党纪学习教育"), "“党纪学习教育”于2024年4月开始，晚于本通报的日期2024年3月29日")
    ]


def test_a_formulation_first_used_after_the_notice():
    text = notice(
        {
            4: OPENING + "深刻领悟“两个确立”的决定性意义。",
            18: "2021年3月1日",
            15: "欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2021年3月1日至2021年3月30日。",
        }
    )
    assert lint(text, "NL704") == [
        ("NL704", *span(text, 4, "两个确立"), "“两个确立”于2021年11月8日首次提出，晚于本通报的日期2021年3月1日")
    ]


def test_every_session_of_a_list_is_checked():
    text = with_line("深入学习贯彻党的二十大和二十届二中、三中全会精神。")
    assert lint(text, "NL704") == [
        (
            "NL704",
            *span(text, 4, "二十届二中、三中全会"),
            "“二十届二中、三中全会”于2024年7月15日召开，晚于本通报的日期2023年12月1日",
        )
    ]


def test_without_signing_date_the_end_of_the_disclosure_period_is_used():
    text = notice({4: OPENING + "开展党纪学习教育。", 18: "（此件公开发布）"})
    text = text.replace("中共明湖市国资委委员会\n（此件公开发布）\n", "")
    assert lint(text, "NL704") == [
        ("NL704", *span(text, 4, "党纪学习教育"), "“党纪学习教育”于2024年4月开始，晚于本通报的日期2023年12月30日")
    ]


def test_without_any_date_the_rule_is_silent():
    text = (
        with_line("开展党纪学习教育。")
        .replace("2023年12月1日\n", "")
        .replace("公开期限：2023年12月1日至2023年12月30日。", "")
    )
    assert lint(text, "NL704") == []


@pytest.mark.parametrize(
    "written",
    [
        "以优异成绩迎接党的二十大胜利召开",  # looking forward to it
        "学习贯彻党的二十大精神",  # held in 2022
        "巩固主题教育成果",
    ],
)
def test_events_before_the_notice_or_looked_forward_to_are_not_reported(written):
    assert lint(with_line(written + "。"), "NL704") == []


# -- NL705 regulation-title, NL706 regulation-not-in-force ------------------------------


@given(st.lists(st.sampled_from(["《", "》", "某" * 19, "条例", "(试行)", "（", "）", "某"]), max_size=20).map("".join))
@example("《" + "某" * 40 + "》《" + "某" * 41 + "》")
def test_the_titles_cited_are_what_a_scan_for_short_titles_finds(text):
    import re

    from notelint.citations import LONGEST_TITLE, citations

    # The name, its bracketed note left out, the whole within LONGEST_TITLE characters.
    title = re.compile(rf"《(?=[^《》]{{0,{LONGEST_TITLE}}}》)([^《》]*?)(?:[(（][^()（）]{{0,12}}[)）])?》")
    assert [(c.start, c.end, c.name, c.close) for c in citations(text)] == [
        (m.start(1), m.end(1), m.group(1), m.end()) for m in title.finditer(text)
    ]


def test_garbled_regulation_titles():
    text = with_line("学习《中国共产党巡视事情条例》《巡察工作条例》和《中国共产党纪律处份条例》。")
    assert lint(text, "NL7") == [
        (
            "NL705",
            *span(text, 4, "《中国共产党巡视事情条例》"),
            "法规名称“《中国共产党巡视事情条例》”有误，应为“《中国共产党巡视工作条例》”",
        ),
        ("NL705", *span(text, 4, "《巡察工作条例》"), "法规名称“《巡察工作条例》”有误，应为“《巡视工作条例》”"),
        (
            "NL705",
            *span(text, 4, "《中国共产党纪律处份条例》"),
            "法规名称“《中国共产党纪律处份条例》”有误，应为“《中国共产党纪律处分条例》”",
        ),
    ]
    assert fixed(text, "NL705") == with_line(
        "学习《中国共产党巡视工作条例》《巡视工作条例》和《中国共产党纪律处分条例》。"
    )


@pytest.mark.parametrize(
    "written",
    [
        "《中国共产党巡视工作条例》",
        "《巡视工作条例》",
        "《中国共产党巡视工作条例（试行）》",
        "《支部工作条例》",
        "《中国共产党党组工作条例》",
        "《XX市委巡察工作实施办法》",
        "《纪律处分条例》",
        "《党纪处分条例》",
    ],
)
def test_correct_and_other_titles_are_not_reported(written):
    assert lint(with_line(f"学习{written}。"), "NL705") == []


@pytest.mark.parametrize(
    "written, cited",
    [
        ("对照2023年修订的《中国共产党纪律处分条例》", "2023年修订的《中国共产党纪律处分条例》"),
        ("对照《中国共产党纪律处分条例》（2023年修订）", "《中国共产党纪律处分条例》（2023年修订）"),
        ("对照《中国共产党纪律处分条例（2023年修订）》", "《中国共产党纪律处分条例（2023年修订）》"),
    ],
)
def test_a_revision_cited_before_it_took_effect(written, cited):
    text = with_line(written + "自查。")
    assert lint(text, "NL7") == [
        ("NL706", *span(text, 4, cited), f"“{cited}”自2024年1月1日起施行，晚于本通报的日期2023年12月1日")
    ]


def test_a_regulation_cited_before_it_existed():
    text = notice(
        {
            4: OPENING + "学习《关于新形势下党内政治生活的若干准则》。",
            18: "2016年3月1日",
            15: "欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2016年3月1日至2016年3月30日。",
        }
    )
    assert lint(text, "NL706") == [
        (
            "NL706",
            *span(text, 4, "《关于新形势下党内政治生活的若干准则》"),
            "“《关于新形势下党内政治生活的若干准则》”自2016年10月27日起施行，晚于本通报的日期2016年3月1日",
        )
    ]


@pytest.mark.parametrize(
    "written",
    [
        "对照2018年修订的《中国共产党纪律处分条例》",
        "对照新修订的《中国共产党纪律处分条例》",
        "对照《中国共产党党内监督条例》",
    ],
)
def test_revisions_in_force_or_without_a_year_are_not_reported(written):
    assert lint(with_line(written + "自查。"), "NL706") == []


# -- NL707 inspection-level-term --------------------------------------------------------

PREAMBLE = (
    "根据市委统一部署，2023年3月8日至5月26日，市委第二巡视组对明湖市国资委党委开展了巡视。"
    "2023年6月20日，市委巡视组向市国资委党委反馈了巡视意见。现将巡视整改进展情况予以公布。"
)


def test_a_city_committee_inspection_called_xunshi():
    text = notice({2: PREAMBLE})
    assert lint(text, "NL707") == [
        ("NL707", *span(text, 2, "市委第二巡视组"), "市县党委开展的是巡察，“市委第二巡视组”应为“市委第二巡察组”"),
        ("NL707", *span(text, 2, "市委巡视组"), "市县党委开展的是巡察，“市委巡视组”应为“市委巡察组”"),
    ]
    assert fixed(text, "NL707") == notice(
        {2: PREAMBLE.replace("市委第二巡视组", "市委第二巡察组").replace("市委巡视组", "市委巡察组")}
    )


def test_a_mix_after_a_xuncha_preamble_is_left_to_nl605():
    text = notice({4: "（一）加强组织领导。市委第二巡视组反馈的问题已全部整改。"})
    assert lint(text, "NL707") == []
    assert [finding[0] for finding in lint(text, "NL605")] == ["NL605"]


def test_a_provincial_inspection_is_xunshi():
    text = notice({2: PREAMBLE.replace("市委", "省委")})
    assert lint(text, "NL707") == []


# -- traditional script, Markdown, Word --------------------------------------------------


def test_traditional_text_is_checked_through_the_simplified_view():
    text = to_traditional(
        with_line(
            "不斷提高政治領悟力、政治判斷力、政治執行力，深入學習習近平新時代中國特色社會思想，"
            "堅決做到“兩個確立”，開展黨紀學習教育。"
        )
    )
    assert lint(text, "NL7") == [
        (
            "NL701",
            *span(text, 4, "政治領悟力、政治判斷力、政治執行力"),
            "“政治三力”顺序有误，应为“政治判断力、政治领悟力、政治执行力”",
        ),
        (
            "NL702",
            *span(text, 4, "習近平新時代中國特色社會思想"),
            "“習近平新時代中國特色社會思想”应为“习近平新时代中国特色社会主义思想”",
        ),
        ("NL703", *span(text, 4, "做到“兩個確立”"), "“做到‘兩個確立’”搭配不当：“两个确立”应与“领悟”搭配"),
        ("NL704", *span(text, 4, "黨紀學習教育"), "“黨紀學習教育”于2024年4月开始，晚于本通报的日期2023年12月1日"),
    ]
    repaired = fixed(text, "NL70")
    assert "政治判斷力、政治領悟力、政治執行力" in repaired
    assert "習近平新時代中國特色社會主義思想" in repaired
    assert "堅決領悟“兩個確立”" in repaired


def test_every_rule_reads_a_traditional_draft_at_the_same_places():
    text = (EXAMPLES / "defective-formulations.txt").read_text("utf-8")
    simplified = [finding[:5] for finding in lint(text, "NL7")]
    assert {code for code, *_ in simplified} == {"NL701", "NL702", "NL703", "NL704", "NL705", "NL707"}
    assert [finding[:5] for finding in lint(to_traditional(text), "NL7")] == simplified


def lint_markdown(markdown: str, *codes: str):
    result = linter().lint_bytes("draft.md", markdown.encode("utf-8"))
    assert result.error is None
    return result, [
        (d.code, *result.source.position(d.start), *result.source.position(d.end), d.message)
        for d in result.diagnostics
        if d.code.startswith(codes)
    ]


def test_a_series_wrapped_over_two_lines_of_a_markdown_paragraph():
    markdown = notice({4: OPENING + "党委不断提高政治领悟力、\n政治判断力、政治执行力。"})
    result, found = lint_markdown(markdown, "NL7")
    assert found == [("NL701", 4, 17, 5, 12, "“政治三力”顺序有误，应为“政治判断力、政治领悟力、政治执行力”")]
    assert apply_edits(markdown, result.diagnostics) == notice(
        {4: OPENING + "党委不断提高政治判断力、\n政治领悟力、政治执行力。"}
    )


def test_a_docx_finding_is_located_by_paragraph():
    data = build(with_line("一体推进不能腐、不敢腐、不想腐，开展党纪学习教育。"))
    assert lint_docx(data, "NL7") == [
        ("NL701", {"paragraph": 4, "character": 15}, "“三不腐”顺序有误，应为“不敢腐、不能腐、不想腐”"),
        ("NL704", {"paragraph": 4, "character": 29}, "“党纪学习教育”于2024年4月开始，晚于本通报的日期2023年12月1日"),
    ]


# -- the user's own data --------------------------------------------------------------

USER_SERIES = (
    "# 本单位补充\n三个务必\t务必不忘初心、务必谦虚谨慎、务必敢于斗争\t党的二十大报告，2022年10月16日（新华社）\n"
)


def test_an_extra_data_file_adds_entries(tmp_path):
    extra = tmp_path / "series.tsv"
    extra.write_text(USER_SERIES, "utf-8")
    text = with_line("牢记务必谦虚谨慎、务必不忘初心、务必敢于斗争。")
    options = {"NL701": {"extra-data": str(extra)}}
    assert lint(text, "NL7", options=options) == [
        (
            "NL701",
            *span(text, 4, "务必谦虚谨慎、务必不忘初心、务必敢于斗争"),
            "“三个务必”顺序有误，应为“务必不忘初心、务必谦虚谨慎、务必敢于斗争”",
        )
    ]
    assert lint(text, "NL7") == []


def test_the_extra_data_path_is_relative_to_the_config_file(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "series.tsv").write_text(USER_SERIES, "utf-8")
    config = tmp_path / "notelint.toml"
    config.write_text('[options.NL701]\nextra-data = "data/series.tsv"\n', "utf-8")
    settings = load(str(config), frozenset(load_rules()), {code: rule.options for code, rule in load_rules().items()})
    assert settings.options["NL701"]["extra-data"] == str(tmp_path / "data" / "series.tsv")


def test_a_malformed_extra_data_file_is_one_clear_error(tmp_path):
    extra = tmp_path / "events.tsv"
    extra.write_text("二十届五中全会\t2026年10月\tplenum\t新华社\n", "utf-8")
    with pytest.raises(ConfigError, match=r"events.tsv:1：日期“2026年10月”应写作 YYYY-MM-DD、YYYY-MM 或 YYYY"):
        Linter(Settings(options={"NL704": {"extra-data": str(extra)}})).lint_source(
            SourceText("<test>", with_line("开展党纪学习教育。"))
        )


def test_the_cli_reports_a_missing_extra_data_file_in_one_line(tmp_path):
    config = tmp_path / "notelint.toml"
    config.write_text('[options.NL702]\nextra-data = "missing.tsv"\n', "utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(notice(), "utf-8")
    result = run_cli("check", str(draft), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "missing.tsv：无法读取 NL7 数据文件" in result.stderr
    assert "Traceback" not in result.stderr


# -- the docs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, data",
    [
        ("NL701", "formulations-series.tsv"),
        ("NL702", "formulations-canonical.tsv"),
        ("NL703", "formulations-pairings.tsv"),
        ("NL704", "events.tsv"),
        ("NL705", "regulations.tsv"),
        ("NL706", "regulations.tsv"),
        ("NL707", "巡视工作条例"),
    ],
)
def test_explain_names_the_data_source_and_how_to_add_entries(code, data):
    result = run_cli("explain", code)
    assert result.returncode == 0 and data in result.stdout
    if code != "NL707":
        assert "extra-data" in result.stdout and "出处" in result.stdout


def test_every_data_row_names_its_source():
    from notelint.datafiles import DATA_FOLDER

    for name in (
        "formulations-series.tsv",
        "formulations-canonical.tsv",
        "formulations-pairings.tsv",
        "events.tsv",
        "regulations.tsv",
    ):
        for line in (Path(DATA_FOLDER) / name).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                source = line.split("\t")[-1]
                named = ("新华社", "人民日报", "报告", "公报", "条例", "讲话", "通知", "会议")
                assert any(word in source for word in named), line


@given(st.text("两个维护确立", max_size=8), st.text("两个维护确立", max_size=12))
def test_missing_characters_never_exceed_the_distance_nearest_finds(pattern, window):
    from notelint.checks.formulations._catalog import missing, nearest

    if pattern and window:
        assert missing(pattern, window) <= nearest(pattern, window, 0, len(window))[0]


def test_missing_counts_repeated_characters():
    from notelint.checks.formulations._catalog import missing

    assert missing("两个维护", "维护两个") == 0
    assert missing("两个两个", "两个维护") == 2
    assert missing("两个维护", "") == 4
