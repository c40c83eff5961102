"""NL1xx: structure rules, on variations of the complete example."""

import re

import pytest

from conftest import EXAMPLES, lint

COMPLETE = (EXAMPLES / "complete.txt").read_text("utf-8")
LINES = COMPLETE.split("\n")


def line_no(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def without(*starts: str) -> str:
    return "\n".join(line for line in LINES if not line.startswith(starts))


def test_complete_notice_has_no_structure_finding():
    assert lint(COMPLETE, "NL1") == []


def test_missing_responsibility_section_points_at_the_progress_section():
    text = "\n".join(LINES[:4] + LINES[14:])  # drop 一、 and the four paragraphs under it
    row = line_no(text, "二、")
    assert lint(text, "NL1") == [("NL103", row, 1, row, 1, "缺少履行整改主体责任（组织领导整改）情况部分")]


def test_missing_disclosure_period_points_where_it_belongs():
    text = without("公开期限")
    row = line_no(text, "联系电话")
    assert lint(text, "NL1") == [("NL107", row, 1, row, 1, "缺少公开期限")]


def test_missing_disclosure_in_a_joined_closing_paragraph_points_into_the_line():
    text = re.sub(r"反映。\n+联系电话", "反映。联系电话", without("公开期限"))
    row = line_no(text, "欢迎")
    column = text.split("\n")[row - 1].index("联系电话") + 1
    assert lint(text, "NL1") == [("NL107", row, column, row, column, "缺少公开期限")]


def test_missing_closing_parts_each_reported_once():
    text = "\n".join(line for line in LINES if not line.startswith(("欢迎", "联系电话", "中共青禾市住房和城乡建设局委员会", "2024年12月20日")))
    codes = [row[0] for row in lint(text, "NL1")]
    assert codes == ["NL106", "NL108", "NL110", "NL111"]


def test_part_out_of_order_is_one_finding_not_a_missing_part():
    lines = list(LINES)
    contact = next(i for i, line in enumerate(lines) if line.startswith("联系电话"))
    moved = lines.pop(contact)
    lines.insert(lines.index("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"), moved)
    text = "\n".join(lines)
    found = lint(text, "NL1")
    assert [row[:3] for row in found] == [("NL112", line_no(text, "联系电话"), 1)]
    assert found[0][5] == "联系方式的位置不符合通报的结构顺序，应在落款（发布机关）之前"


def test_trailing_content_after_the_date():
    text = COMPLETE.rstrip("\n") + "\n\n附件：整改台账\n"
    row = line_no(text, "附件")
    assert lint(text, "NL1") == [("NL114", row, 1, row, 8, "成文日期之后还有内容")]


def test_web_residue_after_the_date_is_not_trailing_content():
    text = COMPLETE.rstrip("\n") + "\n手机扫一扫打开当前界面\n"
    assert lint(text, "NL1") == []


def test_preamble_incomplete_names_what_is_missing():
    text = COMPLETE.replace("根据市委统一部署，2024年3月4日至5月10日，", "").replace("2024年7月2日，", "")
    end = len(text.split("\n")[2]) + 1
    assert lint(text, "NL102") == [("NL102", 3, 1, 3, end, "前言缺少：巡察依据（根据/按照…部署）、巡察时间、反馈时间")]


def test_preamble_incomplete_in_english():
    text = COMPLETE.replace("按照巡察工作有关要求，现将巡察整改进展情况予以公布。", "")
    assert [row[5] for row in lint(text, "NL102", lang="en")] == [
        "the preamble lacks the publication formula (现将…予以公布)"]


def test_contact_incomplete_names_missing_channels():
    text = COMPLETE.replace("；电子邮箱：jubangongshi@example.gov.cn", "").replace("邮政编码：518000", "")
    row = line_no(text, "联系电话")
    found = lint(text, "NL109")
    assert [(r[0], r[1], r[2], r[5]) for r in found] == [("NL109", row, 1, "联系方式缺少：邮政编码、电子邮箱")]


def test_contacts_one_per_line_are_read_together():
    text = COMPLETE.replace("；邮政信箱：", "\n邮政信箱：").replace("；电子邮箱：", "\n电子邮箱：")
    assert lint(text, "NL1") == []


def test_empty_heading_is_reported_but_run_in_heading_is_not():
    text = COMPLETE.replace("（二）关于全面从严治党方面\n", "（二）关于全面从严治党方面\n\n（三）关于选人用人方面\n")
    row = line_no(text, "（二）关于全面从严治党方面")
    assert lint(text, "NL1") == [("NL113", row, 1, row, 14, "标题“关于全面从严治党方面”下没有内容")]


def test_unfinished_items_without_reason_measure_and_deadline():
    text = COMPLETE.replace("发现的问题已全部整改。", "目前尚有2项问题未整改到位。")
    row = line_no(text, "1.关于监督检查不够有力的问题")
    column = text.split("\n")[row - 1].index("尚有") + 1
    assert lint(text, "NL115") == [("NL115", row, column, row, column + 7,
                                    "文中有未完成的整改事项，但没有写明未完成原因、下一步整改措施、整改时限")]


def test_unfinished_items_with_their_plan_are_fine():
    text = COMPLETE.replace("发现的问题已全部整改。", "尚未完成整改。未完成整改原因：涉及多个部门。"
                            "下一步整改措施：加强协调。整改时限：2025年6月30日。")
    assert lint(text, "NL115") == []


def test_title_format():
    text = COMPLETE.replace("中共青禾市住房和城乡建设局委员会关于市委第三轮巡察整改进展情况的通报", "巡察整改进展情况")
    assert lint(text, "NL116") == [("NL116", 1, 1, 1, 9, "标题应为“发文机关＋关于…整改…情况＋的通报”")]


def test_notice_without_title_line_is_fine():
    assert lint("\n".join(LINES[2:]), "NL1") == []


def test_not_a_notice_silences_other_structure_rules():
    text = "近日，某某局召开机关党建工作会议。\n\n会议要求，各支部要进一步提高认识。\n\n（一）加强学习\n\n会议强调理论学习。\n"
    assert lint(text, "NL1") == [("NL100", 1, 1, 1, 18, "这不是巡视巡察整改进展情况的通报：像会议新闻（召开部署会、"
                                  "会议强调、“近日”式新闻导语）而不是整改进展情况通报")]


def test_not_a_notice_without_evidence_of_a_look_alike_says_what_is_absent():
    text = "机关食堂通知\n\n自下周一起，机关食堂午餐供应时间调整为十一点半至十二点半。\n"
    assert lint(text, "NL1") == [("NL100", 1, 1, 1, 7, "这不是巡视巡察整改进展情况的通报：没有巡察前言，也没有整改进展等组成部分")]


def test_positions_point_into_traditional_text_with_pinyin_residue():
    text = (COMPLETE.replace("根据市委统一部署", "根據(jù)市委統(tǒng)一部署")
            .replace("（二）关于全面从严治党方面\n", "（二）關(guān)於全面從嚴治黨方面\n\n（三）关于选人用人方面\n"))
    row = line_no(text, "（二）關(guān)於")
    line = text.split("\n")[row - 1]
    found = lint(text, "NL113")
    assert found == [("NL113", row, 1, row, len(line) + 1, "标题“关于全面从严治党方面”下没有内容")]


# -- real layouts ----------------------------------------------------------------

TITLE = LINES[0]
ISSUER = "中共青禾市住房和城乡建设局委员会"
BODY = "\n".join(LINES[1:])


def test_title_split_over_two_lines_is_one_title():
    text = f"{ISSUER}\n\n关于市委第三轮巡察整改进展情况的通报\n" + BODY
    assert lint(text) == []


def test_title_split_over_three_lines_is_one_title():
    text = f"{ISSUER}\n关于市委第三轮巡察整改\n进展情况的通报\n" + BODY
    assert lint(text) == []


def test_split_title_is_checked_as_a_whole():
    text = f"{ISSUER}\n关于市委第三轮巡察整改工作的报告\n" + BODY
    assert lint(text, "NL1") == [("NL116", 1, 1, 2, 17, "标题应为“发文机关＋关于…整改…情况＋的通报”")]


def test_title_repeated_under_the_page_heading_with_its_metadata_line():
    text = f"巡察整改\n\n{TITLE}\n\n发布日期：2024-12-20    来源：青禾市纪委监委\n\n" + COMPLETE
    assert lint(text, "NL1", "NL3") == []


WEB_TOP = ("当前位置：首页 > 信息公开 > 巡察整改\n首页 > 巡察工作\n" + TITLE + "\n信息索引号：11430100MB1234567X/2025-00123\n"
           "文件名称：" + TITLE + "\n发布机构：青禾市住房和城乡建设局\n"
           "来源：青禾市住房和城乡建设局  发布时间：2024-12-20 10:30  浏览次数：1024\n朗读\n字号 大 中 小\n\n")
WEB_BOTTOM = "\n分享到：\n打印  关闭\n返回上一级\n扫一扫在手机打开当前页\n"


def test_web_chrome_above_and_below_is_residue_and_leaves_the_structure_alone():
    text = WEB_TOP + COMPLETE.rstrip("\n") + WEB_BOTTOM
    last = len(text.split("\n"))
    assert lint(text, "NL1") == []
    assert [line for _, line, *_ in lint(text, "NL501")] == [1, 2, 4, 5, 6, 7, 8, 9] + list(range(last - 4, last))
    found = lint(text, "NL501")
    assert found[0] == ("NL501", 1, 1, 1, 22, "网页残留“当前位置：首页 > 信息公开 > 巡察整改”，应删除")
    assert found[5][5] == "网页残留“来源：青禾市住房和城乡建设局  发布时间：2024-12-20 10:30  浏览次数：1024”，应删除"


def test_a_publication_metadata_line_on_its_own_is_no_finding():
    text = f"{TITLE}\n发布日期：2024-12-20   来源：青禾市纪委监委\n" + BODY
    assert lint(text) == []


@pytest.mark.parametrize("note", ["（此件公开发布）", "（此件主动公开）", "（联系人：王晓东，电话：0755-12345678）"])
def test_a_bracketed_note_under_the_date_is_part_of_the_closing(note):
    assert lint(COMPLETE.rstrip("\n") + f"\n\n{note}\n", "NL1") == []


def test_text_after_the_note_is_still_trailing_content():
    text = COMPLETE.rstrip("\n") + "\n\n（此件公开发布）\n\n附件：整改台账\n"
    row = line_no(text, "附件")
    assert lint(text, "NL1") == [("NL114", row, 1, row, 8, "成文日期之后还有内容")]


def test_a_placeholder_signing_date_is_still_the_signing_date():
    text = COMPLETE.replace("\n2024年12月20日", "\n2024年×月×日")
    assert lint(text, "NL1") == []


SYNONYMS = (("公开期限：", "公开时间："), ("公开期限：", "公示期："), ("联系电话：", "监督电话："),
            ("邮政信箱：", "来信请寄："), ("邮政信箱：", "来信请寄至"), ("电子邮箱：", "举报邮箱："),
            ("欢迎广大干部群众", "热忱欢迎广大干部群众"))


@pytest.mark.parametrize("usual, synonym", SYNONYMS)
def test_synonyms_of_the_closing_parts(usual, synonym):
    assert lint(COMPLETE.replace(usual, synonym), "NL1") == []


def test_an_invitation_worded_as_a_request_is_the_invitation():
    text = COMPLETE.replace("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。",
                            "请广大干部群众对巡察整改落实情况进行监督，如有意见建议，请通过以下方式反映。")
    assert lint(text, "NL1") == []


# -- unfinished items in prose ----------------------------------------------------

PROSE_ITEM = "受征地手续影响，该项目尚未完工，下步将协调有关部门加快办理，力争于2025年9月底前完成。"


def test_an_unfinished_item_in_prose_with_reason_measure_and_deadline():
    assert lint(COMPLETE.replace("发现的问题已全部整改。", PROSE_ITEM), "NL1") == []


@pytest.mark.parametrize("item, missing", [
    ("受征地手续影响，该项目尚未完工，下步将协调有关部门加快办理。", "整改时限"),
    ("该项目尚未完工，下步将协调有关部门加快办理，力争于2025年9月底前完成。", "未完成原因"),
    ("受征地手续影响，该项目尚未完工，力争于2025年9月底前完成。", "下一步整改措施"),
])
def test_an_unfinished_item_in_prose_names_only_what_is_absent(item, missing):
    text = COMPLETE.replace("发现的问题已全部整改。", item)
    row = line_no(text, "1.关于监督检查不够有力的问题")
    column = text.split("\n")[row - 1].index("尚未完工") + 1
    assert lint(text, "NL1") == [("NL115", row, column, row, column + 4,
                                  f"文中有未完成的整改事项，但没有写明{missing}")]


def test_the_plan_for_unfinished_items_may_come_under_next_steps():
    text = (COMPLETE.replace("发现的问题已全部整改。", "已完成整改3个，其余2个正在推进。")
            .replace("（一）持续巩固整改成果。", "（一）持续巩固整改成果。对正在推进的2个问题，因涉及跨部门审批，"
                     "局党委将每月调度，确保于2025年6月底前完成。"))
    assert lint(text, "NL1") == []


# -- sections by position and by sentence -----------------------------------------

def test_an_unnamed_progress_section_takes_its_slot_by_position():
    text = COMPLETE.replace("二、巡察反馈问题的整改进展情况", "二、聚焦问题清单，推动落地见效")
    assert lint(text, "NL1") == []


def test_a_heading_that_is_a_sentence_is_not_empty():
    text = COMPLETE.replace("（二）持续完善长效机制。坚持标本兼治，把整改中形成的好经验固化为制度规范。",
                            "（二）持续完善长效机制，把整改中形成的好经验固化为制度规范。")
    assert lint(text, "NL1") == []


def test_the_introduction_of_a_numbered_next_step_section_is_no_second_plan():
    text = COMPLETE.replace("（一）持续巩固整改成果。", "下一步，局党委将重点抓好以下工作。\n\n一是持续巩固整改成果。")
    assert lint(text, "NL1") == []


# -- partial drafts ---------------------------------------------------------------

def test_a_partial_draft_is_a_notice_with_its_missing_parts_where_they_belong():
    text = "\n".join(LINES[:LINES.index("（二）关于全面从严治党方面")]).rstrip("\n")
    last = len(text.split("\n"))
    end = len(text.split("\n")[-1]) + 1
    assert [row[:5] for row in lint(text, "NL1")] == [
        (code, last, end, last, end) for code in ("NL105", "NL106", "NL107", "NL108", "NL110", "NL111")]


def test_a_draft_with_only_its_title_and_preamble_is_a_notice():
    text = "\n".join(LINES[:3])
    end = len(LINES[2]) + 1
    assert [row[:3] for row in lint(text, "NL1")] == [(code, 3, end) for code in (
        "NL103", "NL104", "NL105", "NL106", "NL107", "NL108", "NL110", "NL111")]
