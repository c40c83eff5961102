"""NL1xx: structure rules, on variations of the complete example."""

import re

import pytest
from conftest import EXAMPLES, lint
from hypothesis import given
from hypothesis import strategies as st

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
    text = "\n".join(
        line
        for line in LINES
        if not line.startswith(("欢迎", "联系电话", "中共青禾市住房和城乡建设局委员会", "2024年12月20日"))
    )
    codes = [row[0] for row in lint(text, "NL1")]
    assert codes == ["NL106", "NL108", "NL110", "NL111"]


def test_part_out_of_order_is_one_finding_not_a_missing_part():
    lines = list(LINES)
    contact = next(i for i, line in enumerate(lines) if line.startswith("联系电话"))
    moved = lines.pop(contact)
    lines.insert(lines.index("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"), moved)
    text = "\n".join(lines)
    found = lint(text, "NL1")
    # Contacts above the invitation: the invitation is out of place before them.
    assert [row[:3] for row in found] == [("NL112", line_no(text, "欢迎广大"), 1)]
    assert found[0][5] == "欢迎监督的表述的位置不符合通报的结构顺序，应在联系方式之前"


def test_the_disclosure_period_may_follow_the_contacts():
    lines = list(LINES)
    period = next(i for i, line in enumerate(lines) if line.startswith("公开期限"))
    moved = lines.pop(period)
    signature = next(i for i, line in enumerate(lines) if line.startswith("联系电话")) + 1
    lines.insert(signature, moved)
    text = "\n".join(lines)
    assert lint(text) == []
    # and it is still the disclosure period the date rules read
    wrong = text.replace(moved, moved.replace("至2025年1月20日", "至2024年12月10日"))
    assert [row[0] for row in lint(wrong, "NL3")] == ["NL305"]


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


PREAMBLE = LINES[2]


@pytest.mark.parametrize(
    "preamble",
    [
        "按照市委巡察工作安排，2024年3月4日至5月10日，市委第三巡察组巡察了市住房和城乡建设局党委。"
        "2024年7月2日，巡察组反馈了巡察意见。现将巡察整改进展情况予以公布。",
        "根据市委统一部署，2024年3月4日至5月10日，市委巡察工作组对市住房和城乡建设局党委开展了巡察，"
        "并于2024年7月2日反馈了巡察意见。现将整改进展情况公布如下。",
        PREAMBLE.replace("2024年3月4日至5月10日", "自2024年3月4日起至5月10日"),
        "2024年3月4日至5月10日，市委第三巡察组对市住房和城乡建设局党委进行了巡察，并于7月2日反馈了巡察意见。"
        "根据《中国共产党巡视工作条例》有关规定，现将巡察整改进展情况予以公布。",
        "按照市委巡察工作领导小组统一部署，市委第三巡察组于2024年3月4日进驻市住房和城乡建设局开展常规巡察，"
        "5月10日结束，2024年7月2日向局党委反馈了巡察意见。现将巡察整改进展情况予以公开。",
    ],
)
def test_preamble_wordings_with_every_element(preamble):
    assert lint(COMPLETE.replace(PREAMBLE, preamble), "NL1", "NL6") == []


def test_preamble_incomplete_in_english():
    text = COMPLETE.replace("按照巡察工作有关要求，现将巡察整改进展情况予以公布。", "")
    assert [row[5] for row in lint(text, "NL102", lang="en")] == [
        "the preamble lacks the publication formula (现将…予以公布)"
    ]


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
    assert lint(text, "NL115") == [
        (
            "NL115",
            row,
            column,
            row,
            column + 7,
            "文中有未完成的整改事项，但没有写明未完成原因、下一步整改措施、整改时限",
        )
    ]


@pytest.mark.parametrize("admission", ["正在按计划推进", "正在有序推进", "正在加快推进"])
def test_unfinished_items_said_to_progress_as_planned_still_need_their_plan(admission):
    text = COMPLETE.replace("发现的问题已全部整改。", f"已完成整改3个，其余2个{admission}。")
    row = line_no(text, "1.关于监督检查不够有力的问题")
    column = text.split("\n")[row - 1].index(admission) + 1
    assert lint(text, "NL115") == [
        (
            "NL115",
            row,
            column,
            row,
            column + len(admission),
            "文中有未完成的整改事项，但没有写明未完成原因、下一步整改措施、整改时限",
        )
    ]


def test_unfinished_items_with_their_plan_are_fine():
    text = COMPLETE.replace(
        "发现的问题已全部整改。",
        "尚未完成整改。未完成整改原因：涉及多个部门。下一步整改措施：加强协调。整改时限：2025年6月30日。",
    )
    assert lint(text, "NL115") == []


def test_leads_still_being_handled_are_not_unfinished_rectification():
    leads = "巡察移交问题线索5件，已办结3件，正在办理2件。"
    text = COMPLETE.replace("发现的问题已全部整改。", "发现的问题已全部整改。" + leads)
    assert lint(text, "NL115") == []
    # 正在整改 in the same sentence still admits unfinished rectification
    mixed = COMPLETE.replace("发现的问题已全部整改。", "问题线索已办结，另有2个问题正在整改。")
    assert [row[0] for row in lint(mixed, "NL115")] == ["NL115"]


def test_title_format():
    text = COMPLETE.replace("中共青禾市住房和城乡建设局委员会关于市委第三轮巡察整改进展情况的通报", "巡察整改进展情况")
    assert lint(text, "NL116") == [("NL116", 1, 1, 1, 9, "标题应为“发文机关＋关于…整改…情况＋的通报”")]


def test_notice_without_title_line_is_fine():
    assert lint("\n".join(LINES[2:]), "NL1") == []


def test_not_a_notice_silences_other_structure_rules():
    text = "近日，某某局召开机关党建工作会议。\n\n会议要求，各支部要进一步提高认识。\n\n（一）加强学习\n\n会议强调理论学习。\n"
    assert lint(text, "NL1") == [
        (
            "NL100",
            1,
            1,
            1,
            18,
            "这不是巡视巡察整改进展情况的通报：像会议新闻（召开部署会、"
            "会议强调、“近日”式新闻导语）而不是整改进展情况通报",
        )
    ]


def test_not_a_notice_without_evidence_of_a_look_alike_says_what_is_absent():
    text = "年度考核材料提交安排\n\n请各位同事于周五前将年度考核材料交至人事科。\n"
    assert lint(text, "NL1") == [
        ("NL100", 1, 1, 1, 11, "这不是巡视巡察整改进展情况的通报：没有巡察前言，也没有整改进展等组成部分")
    ]


@pytest.mark.parametrize("other", ["审计", "督察"])
def test_a_rectification_notice_that_never_names_an_inspection_is_another_document(other):
    # An audit's (or a 督察's, a 主题教育's) rectification shares the whole backbone.
    text = COMPLETE.replace("巡察", other)
    end = len(text.split("\n")[0]) + 1
    assert lint(text, "NL1") == [
        (
            "NL100",
            1,
            1,
            1,
            end,
            "这不是巡视巡察整改进展情况的通报：像其他整改情况的公文（审计、督察、"
            "主题教育等）（全文未提及巡视或巡察）而不是整改进展情况通报",
        )
    ]


def test_a_notice_that_writes_xuncha_as_patrol_is_still_a_notice():
    text = COMPLETE.replace("巡察组", "巡查组").replace("巡察整改", "巡查整改").replace("巡察", "巡查组")
    assert [row[0] for row in lint(text, "NL100")] == []


def test_positions_point_into_traditional_text_with_pinyin_residue():
    text = COMPLETE.replace("根据市委统一部署", "根據(jù)市委統(tǒng)一部署").replace(
        "（二）关于全面从严治党方面\n", "（二）關(guān)於全面從嚴治黨方面\n\n（三）关于选人用人方面\n"
    )
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


WEB_TOP = (
    "当前位置：首页 > 信息公开 > 巡察整改\n首页 > 巡察工作\n" + TITLE + "\n信息索引号：11430100MB1234567X/2025-00123\n"
    "文件名称：" + TITLE + "\n发布机构：青禾市住房和城乡建设局\n"
    "来源：青禾市住房和城乡建设局  发布时间：2024-12-20 10:30  浏览次数：1024\n朗读\n字号 大 中 小\n\n"
)
WEB_BOTTOM = "\n分享到：\n打印  关闭\n返回上一级\n扫一扫在手机打开当前页\n"


def test_web_chrome_above_and_below_is_residue_and_leaves_the_structure_alone():
    text = WEB_TOP + COMPLETE.rstrip("\n") + WEB_BOTTOM
    last = len(text.split("\n"))
    assert lint(text, "NL1") == []
    assert [line for _, line, *_ in lint(text, "NL501")] == [1, 2, 4, 5, 6, 7, 8, 9, *list(range(last - 4, last))]
    found = lint(text, "NL501")
    assert found[0] == ("NL501", 1, 1, 1, 22, "网页残留“当前位置：首页 > 信息公开 > 巡察整改”，应删除")
    assert found[5][5] == "网页残留“来源：青禾市住房和城乡建设局  发布时间：2024-12-20 10:30  浏览次数：1024”，应删除"


@pytest.mark.parametrize("title, defective", [(TITLE, False), (TITLE.replace("的通报", "的报告"), True)])
def test_the_title_is_told_from_the_page_heading_above_it(title, defective):
    text = f"巡察整改进展情况公开\n{title}\n来源：青禾市纪委监委  发布时间：2024-12-20\n{title}\n" + BODY
    expected = [("NL116", 2, 1, 2, len(title) + 1, "标题应为“发文机关＋关于…整改…情况＋的通报”")] if defective else []
    assert lint(text, "NL1") == expected


def test_a_publication_metadata_line_on_its_own_is_no_finding():
    text = f"{TITLE}\n发布日期：2024-12-20   来源：青禾市纪委监委\n" + BODY
    assert lint(text) == []


@pytest.mark.parametrize("note", ["（此件公开发布）", "（此件主动公开）", "（联系人：王晓东，电话：0755-12345678）"])
def test_a_bracketed_note_under_the_date_is_part_of_the_closing(note):
    assert lint(COMPLETE.rstrip("\n") + f"\n\n{note}\n", "NL1") == []


def test_a_bracketed_line_that_is_no_note_is_trailing_content():
    text = COMPLETE.rstrip("\n") + "\n\n（附件：整改工作台账）\n"
    row = line_no(text, "（附件")
    assert lint(text, "NL1") == [("NL114", row, 1, row, 12, "成文日期之后还有内容")]


def test_text_after_the_note_is_still_trailing_content():
    text = COMPLETE.rstrip("\n") + "\n\n（此件公开发布）\n\n附件：整改台账\n"
    row = line_no(text, "附件")
    assert lint(text, "NL1") == [("NL114", row, 1, row, 8, "成文日期之后还有内容")]


def test_a_placeholder_signing_date_is_still_the_signing_date():
    text = COMPLETE.replace("\n2024年12月20日", "\n2024年×月×日")
    assert lint(text, "NL1") == []


SYNONYMS = (
    ("公开期限：", "公开时间："),
    ("公开期限：", "公示期："),
    ("公开期限：", "公开时限："),
    ("公开期限：", "公示期间："),
    ("联系电话：", "监督电话："),
    ("邮政信箱：", "来信请寄："),
    ("邮政信箱：", "来信请寄至"),
    ("电子邮箱：", "举报邮箱："),
    ("欢迎广大干部群众", "热忱欢迎广大干部群众"),
)


@pytest.mark.parametrize("usual, synonym", SYNONYMS)
def test_synonyms_of_the_closing_parts(usual, synonym):
    assert lint(COMPLETE.replace(usual, synonym), "NL1") == []


CONTACTS = "联系电话：0755-12345678；邮政信箱：广东省深圳市福田区青禾路100号，邮政编码：518000；电子邮箱：jubangongshi@example.gov.cn。"


@pytest.mark.parametrize(
    "contacts",
    [
        "联系方式：电话0755-12345678，邮箱jubangongshi@example.gov.cn，通信地址：广东省深圳市福田区青禾路100号，邮编518000。",
        "电子邮件地址：jubangongshi@example.gov.cn；手机：13812345678；来信请寄至广东省深圳市福田区青禾路100号，邮政编码：518000。",
    ],
)
def test_contact_fields_written_without_their_usual_labels(contacts):
    assert lint(COMPLETE.replace(CONTACTS, contacts), "NL1") == []


@pytest.mark.parametrize("extra", ["；举报网址：http://www.example.gov.cn/jb", "；网上举报网站：www.example.gov.cn"])
def test_a_word_before_the_next_label_does_not_run_into_the_e_mail(extra):
    text = COMPLETE.replace("jubangongshi@example.gov.cn。", f"jubangongshi@example.gov.cn{extra}。")
    assert lint(text, "NL1") == [] and lint(text, "NL4") == []


@pytest.mark.parametrize("last", ["邮政编码:518000.", "电子邮箱:jubangongshi@example.gov.cn."])
def test_the_ascii_full_stop_of_a_flattened_text_ends_the_last_contact_value(last):
    flattened = "联系电话:0755-12345678;邮政信箱:广东省深圳市福田区青禾路100号;" + (
        "电子邮箱:jubangongshi@example.gov.cn;邮政编码:518000."
        if last.startswith("邮政")
        else "邮政编码:518000;电子邮箱:jubangongshi@example.gov.cn."
    )
    text = COMPLETE.replace(CONTACTS, flattened)
    assert flattened.endswith(last) and text != COMPLETE
    assert lint(text, "NL4") == [] and lint(text, "NL1") == []


def test_a_mobile_number_ends_the_e_mail_before_it():
    text = COMPLETE.replace(
        "电子邮箱：jubangongshi@example.gov.cn。", "电子邮箱：jubangongshi@example.gov.cn；手机：13812345678。"
    )
    assert lint(text, "NL1", "NL4") == []


def test_an_invitation_worded_as_a_request_is_the_invitation():
    text = COMPLETE.replace(
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。",
        "请广大干部群众对巡察整改落实情况进行监督，如有意见建议，请通过以下方式反映。",
    )
    assert lint(text, "NL1") == []


# -- unfinished items in prose ----------------------------------------------------

PROSE_ITEM = "受征地手续影响，该项目尚未完工，下步将协调有关部门加快办理，力争于2025年9月底前完成。"


def test_an_unfinished_item_in_prose_with_reason_measure_and_deadline():
    assert lint(COMPLETE.replace("发现的问题已全部整改。", PROSE_ITEM), "NL1") == []


@pytest.mark.parametrize(
    "item, missing",
    [
        ("受征地手续影响，该项目尚未完工，下步将协调有关部门加快办理。", "整改时限"),
        ("该项目尚未完工，下步将协调有关部门加快办理，力争于2025年9月底前完成。", "未完成原因"),
        ("受征地手续影响，该项目尚未完工，力争于2025年9月底前完成。", "下一步整改措施"),
    ],
)
def test_an_unfinished_item_in_prose_names_only_what_is_absent(item, missing):
    text = COMPLETE.replace("发现的问题已全部整改。", item)
    row = line_no(text, "1.关于监督检查不够有力的问题")
    column = text.split("\n")[row - 1].index("尚未完工") + 1
    assert lint(text, "NL1") == [
        ("NL115", row, column, row, column + 4, f"文中有未完成的整改事项，但没有写明{missing}")
    ]


def test_the_plan_for_unfinished_items_may_come_under_next_steps():
    text = COMPLETE.replace("发现的问题已全部整改。", "已完成整改3个，其余2个正在推进。").replace(
        "（一）持续巩固整改成果。",
        "（一）持续巩固整改成果。对正在推进的2个问题，因涉及跨部门审批，局党委将每月调度，确保于2025年6月底前完成。",
    )
    assert lint(text, "NL1") == []


# -- sections by position and by sentence -----------------------------------------


@pytest.mark.parametrize(
    "usual, variant",
    [
        ("二、巡察反馈问题的整改进展情况", "二、聚焦问题清单，推动落地见效"),
        ("二、巡察反馈问题的整改进展情况", "二、压实责任抓好整改"),
        ("一、党委履行巡察整改主体责任情况", "一、提高认识强化担当"),
        ("一、党委履行巡察整改主体责任情况", "一、巡察整改工作总体情况"),
    ],
)
def test_a_section_whose_title_does_not_name_its_slot_takes_it_by_position(usual, variant):
    assert lint(COMPLETE.replace(usual, variant), "NL1") == []


def test_a_heading_that_is_a_sentence_is_not_empty():
    text = COMPLETE.replace(
        "（二）持续完善长效机制。坚持标本兼治，把整改中形成的好经验固化为制度规范。",
        "（二）持续完善长效机制，把整改中形成的好经验固化为制度规范。",
    )
    assert lint(text, "NL1") == []


def test_the_introduction_of_a_numbered_next_step_section_is_no_second_plan():
    text = COMPLETE.replace("（一）持续巩固整改成果。", "下一步，局党委将重点抓好以下工作。\n\n一是持续巩固整改成果。")
    assert lint(text, "NL1") == []


# -- partial drafts ---------------------------------------------------------------


def test_a_partial_draft_is_a_notice_with_its_missing_parts_where_they_belong():
    text = "\n".join(LINES[: LINES.index("（二）关于全面从严治党方面")]).rstrip("\n")
    last = len(text.split("\n"))
    end = len(text.split("\n")[-1]) + 1
    assert [row[:5] for row in lint(text, "NL1")] == [
        (code, last, end, last, end) for code in ("NL105", "NL106", "NL107", "NL108", "NL110", "NL111")
    ]


def test_a_draft_with_only_its_title_and_preamble_is_a_notice():
    text = "\n".join(LINES[:3])
    end = len(LINES[2]) + 1
    assert [row[:3] for row in lint(text, "NL1")] == [
        (code, 3, end) for code in ("NL103", "NL104", "NL105", "NL106", "NL107", "NL108", "NL110", "NL111")
    ]


# -- look-alikes: documents that share the vocabulary but are not notices ------------

# Each is fictional; each gives exactly one NL100, naming what it resembles and why, and no
# other structure, numbering, date or contact finding.

LOOK_ALIKES = {
    "announcement_web": (
        "当前位置：首页 > 巡察工作\n"
        "\n"
        "根据县委统一部署，县委第一巡察组自2025年4月7日起对县交通运输局党组开展为期两个月的巡察。巡察组设立专门值班电话和邮政信箱，接受干部群众反映问题，受理时间为2025年4月7日至5月31日。\n"
        "\n"
        "值班电话：0739-5123456\n"
        "\n"
        "邮政信箱：溪山县城关镇邮政局2号信箱\n"
        "\n"
        "巡察组主要受理反映县交通运输局党组领导班子及其成员问题的来信、来电、来访。\n"
        "\n"
        "打印  关闭\n"
    ),
    "announcement": (
        "中共青禾市委第二巡察组关于进驻市文化广电旅游局党组开展巡察的公告\n"
        "\n"
        "根据市委巡察工作统一部署，市委第二巡察组于2025年3月10日至5月10日对市文化广电旅游局党组开展常规巡察。\n"
        "\n"
        "巡察期间，巡察组主要受理反映市文化广电旅游局党组领导班子及其成员、下一级党组织领导班子主要负责人问题的来信来电来访，重点是违反政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律等方面的问题。\n"
        "\n"
        "根据巡察工作有关规定，巡察组不受理不属于巡察职责范围的信访问题，此类问题将按规定交由被巡察单位和有关部门处理。\n"
        "\n"
        "巡察组值班电话：0731-86123456（工作日8:30—17:30）\n"
        "\n"
        "邮政信箱：青禾市A001号信箱\n"
        "\n"
        "电子邮箱：xcz2@example.gov.cn\n"
        "\n"
        "信访受理截止时间：2025年4月30日。\n"
        "\n"
        "中共青禾市委第二巡察组\n"
        "\n"
        "2025年3月10日\n"
    ),
    "deployment_news": (
        "市住建局召开巡察整改工作动员部署会\n"
        "\n"
        "5月20日上午，市住建局召开巡察整改工作动员部署会，传达市委第三巡察组反馈意见，对巡察整改工作进行动员部署。局党组书记、局长孙建华主持会议并讲话。\n"
        "\n"
        "会议指出，巡察反馈的问题既有共性问题，也有个性问题，全局上下要正视问题、深刻反思。\n"
        "\n"
        "会议要求，各科室要对照问题清单，逐项制定整改措施，明确责任人和完成时限，确保按时完成整改任务。\n"
        "\n"
        "局领导班子成员、各科室主要负责同志参加会议。\n"
        "\n"
        "（记者 黄晓峰）\n"
    ),
    "feedback_meeting": (
        "7月2日上午，县委第二巡察组巡察县人民医院党委反馈会召开。县委第二巡察组组长陈立新通报了巡察发现的问题，县人民医院党委书记赵文彬作表态讲话。\n"
        "\n"
        "陈立新指出，要以这次巡察反馈为契机，推动医院高质量发展。\n"
        "\n"
        "赵文彬表示，医院党委将坚决扛起整改主体责任，以最坚决的态度、最有力的措施抓好巡察整改。\n"
        "\n"
        "县委巡察办有关负责同志，县人民医院领导班子成员、中层干部参加会议。\n"
        "\n"
        "（通讯员 刘雨晴）\n"
    ),
    "feedback_news": (
        "市委第三巡察组向市农业农村局党组反馈巡察情况\n"
        "\n"
        "近日，市委第三巡察组向市农业农村局党组反馈巡察情况。市委第三巡察组组长王明远反馈了巡察发现的问题，提出了整改意见建议。市农业农村局党组书记李向东主持会议并作表态发言。\n"
        "\n"
        "根据市委统一部署，2025年3月10日至5月9日，市委第三巡察组对市农业农村局党组开展了常规巡察。\n"
        "\n"
        "王明远指出，市农业农村局党组要切实提高政治站位，把巡察整改作为重大政治任务抓紧抓好。\n"
        "\n"
        "会议强调，要坚持问题导向，举一反三，建立健全长效机制。\n"
        "\n"
        "李向东表示，局党组将照单全收、诚恳接受，逐条逐项抓好整改落实。\n"
        "\n"
        "（来源：青禾市纪委监委网站  编辑：周小林）\n"
    ),
    "plan_table": (
        "溪山县水利局巡察反馈问题整改台账\n"
        "\n"
        "为抓好县委巡察反馈问题整改，现将整改任务分解如下。\n"
        "\n"
        "序号\t问题\t整改措施\t责任单位\t完成时限\n"
        "1\t理论学习不深入\t修订学习制度\t办公室\t2025年6月\n"
        "2\t项目管理不规范\t开展专项检查\t工程股\t2025年8月\n"
        "3\t制度执行不严格\t完善内控制度\t财务股\t2025年9月\n"
    ),
    "plan": (
        "中共青禾市某某局党组关于市委第三巡察组反馈意见整改工作方案\n"
        "\n"
        "为认真落实市委第三巡察组反馈意见，切实抓好巡察整改工作，结合工作实际，制定本方案。\n"
        "\n"
        "一、指导思想\n"
        "\n"
        "坚持以习近平新时代中国特色社会主义思想为指导，把巡察整改作为重大政治任务。\n"
        "\n"
        "二、整改目标\n"
        "\n"
        "通过集中整改，确保反馈问题全部整改到位。\n"
        "\n"
        "三、整改任务及措施\n"
        "\n"
        "（一）关于理论学习不够深入的问题\n"
        "\n"
        "整改措施：修订理论学习中心组学习制度，每月集中学习不少于一次。\n"
        "\n"
        "责任领导：李明\n"
        "\n"
        "责任单位：办公室\n"
        "\n"
        "完成时限：2025年6月30日前\n"
        "\n"
        "（二）关于重点工作推进不够有力的问题\n"
        "\n"
        "整改措施：建立重点工作月报制度。\n"
        "\n"
        "责任单位：规划科\n"
        "\n"
        "完成时限：长期坚持\n"
        "\n"
        "四、组织保障\n"
        "\n"
        "成立巡察整改工作领导小组，由党组书记任组长。\n"
    ),
    "report": (
        "中共青禾市某某局党组关于市委第三巡察组反馈意见整改情况的报告\n"
        "\n"
        "市委巡察工作领导小组：\n"
        "\n"
        "2024年7月2日，市委第三巡察组向我局党组反馈了巡察意见。局党组高度重视，立即组织整改。现将整改情况报告如下。\n"
        "\n"
        "一、整改工作开展情况\n"
        "\n"
        "局党组成立整改工作领导小组，制定整改方案，明确责任分工。\n"
        "\n"
        "二、反馈问题整改落实情况\n"
        "\n"
        "反馈问题18个，已完成整改16个，其余2个正在推进。\n"
        "\n"
        "三、下一步工作打算\n"
        "\n"
        "持续巩固整改成果。\n"
        "\n"
        "中共青禾市某某局党组\n"
        "\n"
        "2024年12月20日\n"
    ),
    "summary": (
        "溪山县卫生健康局2024年度全面从严治党工作总结\n"
        "\n"
        "2024年以来，县卫生健康局党组坚持以习近平新时代中国特色社会主义思想为指导，全面落实管党治党政治责任，现将有关情况总结如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）扎实推进巡察整改。对照县委第一巡察组反馈的12个问题，逐项制定整改措施，已完成整改10个，其余2个正在推进。\n"
        "\n"
        "（二）持续加强作风建设。开展作风问题专项整治，建立问题清单。\n"
        "\n"
        "二、存在的问题\n"
        "\n"
        "一是理论学习的深度还不够。二是基层党组织建设还有薄弱环节。\n"
        "\n"
        "三、下一步工作打算\n"
        "\n"
        "持续巩固巡察整改成果，推动全面从严治党向纵深发展。\n"
        "\n"
        "中共溪山县卫生健康局党组\n"
        "\n"
        "2024年12月25日\n"
    ),
    "template": (
        "中共XX市XX局委员会关于XX巡察整改进展情况的通报\n"
        "\n"
        "根据XX统一部署，XXXX年X月X日至X月X日，XX第X巡察组对XX开展了巡察。XXXX年X月X日，巡察组向XX反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n"
        "\n"
        "一、党委履行巡察整改主体责任情况\n"
        "\n"
        "（此处填写党委落实整改主体责任的主要做法）\n"
        "\n"
        "二、巡察反馈问题的整改进展情况\n"
        "\n"
        "（此处填写各项问题的整改进展）\n"
        "\n"
        "三、下一步工作打算\n"
        "\n"
        "（此处填写下一步工作安排）\n"
        "\n"
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。\n"
        "\n"
        "公开期限：XXXX年X月X日至XXXX年X月X日。\n"
        "\n"
        "联系电话：XXXX-XXXXXXXX；邮政信箱：XX省XX市XX路XX号，邮政编码：XXXXXX；电子邮箱：XXXX@XX.gov.cn。\n"
        "\n"
        "中共XX市XX局委员会\n"
        "\n"
        "XXXX年X月X日\n"
    ),
    "circular": (
        "中共青禾市某某局党组关于开展巡察整改“回头看”工作的通知\n"
        "\n"
        "局属各单位：\n"
        "\n"
        "为巩固市委第三巡察组反馈问题整改成果，局党组决定在全局开展巡察整改“回头看”工作。现将有关事项通知如下。\n"
        "\n"
        "一、工作内容\n"
        "\n"
        "对照巡察反馈问题清单，逐项检查整改措施落实情况。\n"
        "\n"
        "二、时间安排\n"
        "\n"
        "2025年3月1日至3月31日。\n"
        "\n"
        "请各单位于2025年4月5日前将“回头看”工作情况报局党组办公室。\n"
        "\n"
        "中共青禾市某某局党组\n"
        "\n"
        "2025年2月20日\n"
    ),
    "speech": (
        "在区委第二轮巡察工作动员部署会上的讲话\n"
        "\n"
        "同志们：\n"
        "\n"
        "今天召开区委第二轮巡察工作动员部署会，主要任务是动员各巡察组扎实做好本轮巡察工作。\n"
        "\n"
        "一、提高政治站位，深刻认识巡察工作的重要意义\n"
        "\n"
        "巡察是党内监督的重要方式，各巡察组要切实增强责任感和使命感。\n"
        "\n"
        "二、强化整改落实，做好巡察“后半篇文章”\n"
        "\n"
        "要督促被巡察党组织认真制定整改方案，按时报送整改进展情况，并按规定向社会公开。\n"
    ),
    "supervision_circular": (
        "关于2025年度巡察整改专项督查情况的通报\n"
        "\n"
        "各乡镇党委，区直各单位党组（党委）：\n"
        "\n"
        "为推动巡察整改落地见效，区委巡察办对12个被巡察党组织的整改情况开展了专项督查。现将督查情况通报如下。\n"
        "\n"
        "一、总体情况\n"
        "\n"
        "多数被巡察党组织能够认真履行整改主体责任。\n"
        "\n"
        "二、下步工作要求\n"
        "\n"
        "各有关单位要对照督查发现的问题，于2025年9月30日前将整改情况报区委巡察办。\n"
        "\n"
        "中共青禾市松涛区委巡察工作领导小组办公室\n"
        "2025年7月15日\n"
    ),
    "feedback_opinion": (
        "县委第一巡察组关于巡察县水利局党组的反馈意见\n"
        "\n"
        "根据县委统一部署，2025年3月3日至5月9日，县委第一巡察组对县水利局党组进行了常规巡察。\n"
        "\n"
        "一、巡察发现的主要问题\n"
        "\n"
        "（一）落实上级决策部署方面。重点水利项目推进不够有力。\n"
        "\n"
        "二、意见建议\n"
        "\n"
        "（一）提高政治站位，加快重点项目建设。\n"
        "\n"
        "县水利局党组要认真研究巡察反馈意见，在2个月内报送整改情况报告。\n"
    ),
    "report_without_title": (
        "县委巡察工作领导小组：\n"
        "\n"
        "2025年5月20日，县委第一巡察组向我局党组反馈了巡察意见。局党组高度重视，立即组织整改。\n"
        "\n"
        "一、整改工作组织开展情况\n"
        "\n"
        "局党组成立整改工作领导小组，制定整改方案。\n"
        "\n"
        "二、反馈问题整改落实情况\n"
        "\n"
        "反馈的3个问题已全部完成整改。\n"
    ),
}

LOOK_ALIKE_VERDICTS = {
    "announcement_web": "像巡察公告（受理来信来电来访、信访截止时间）",
    "announcement": "像巡察公告（受理来信来电来访、标题为公告、信访截止时间）",
    "deployment_news": "像会议新闻（记者或编辑署名、召开部署会、会议强调）",
    "feedback_meeting": "像反馈会新闻（召开反馈会、记者或编辑署名、会议强调）",
    "feedback_news": "像反馈会新闻（记者或编辑署名、向…反馈巡察情况、会议强调）",
    "plan_table": "像整改方案（标题为方案或台账、整改任务表格）",
    "plan": "像整改方案（标题为方案或台账、制定本方案、整改任务表格）",
    "report": "像工作总结或报告（标题为总结或报告）",
    "summary": "像工作总结或报告（标题为总结或报告、“存在的问题”等总结用语）",
    "template": "像待填写的模板（占位符35处、填写说明）",
    "circular": "像其他公文（通知、意见、请示等）（标题的文种不是通报、主送机关、对下级的要求）",
    "speech": "像讲话稿（标题为讲话、同志们：）",
    "feedback_opinion": "像巡察反馈意见（巡察发现的问题、意见建议、限期报送整改报告）",
    "report_without_title": "像其他公文（通知、意见、请示等）（主送机关）",
    "supervision_circular": "像其他公文（通知、意见、请示等）（主送机关、对下级的要求）",
}


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_a_look_alike_is_one_nl100_that_names_its_evidence(name):
    text = LOOK_ALIKES[name]
    width = len(text.split("\n")[0])
    assert lint(text, "NL1", "NL2", "NL3", "NL4") == [
        (
            "NL100",
            1,
            1,
            1,
            width + 1,
            f"这不是巡视巡察整改进展情况的通报：{LOOK_ALIKE_VERDICTS[name]}而不是整改进展情况通报",
        )
    ]


def test_look_alike_verdict_in_english():
    assert [row[5] for row in lint(LOOK_ALIKES["announcement_web"], "NL100", lang="en")] == [
        "not a rectification progress notice: it looks like an inspection announcement "
        "(receiving letters, calls and visits, a deadline for petitions)"
    ]


def test_a_notice_that_mentions_meetings_in_its_sections_stays_a_notice():
    text = COMPLETE.replace(
        "巡察反馈会后，局党委第一时间召开党委会议，",
        "5月20日上午，局党委召开巡察整改工作动员部署会，党委书记作动员讲话，会议强调要坚决扛起整改责任。会后，",
    )
    assert lint(text, "NL1") == []


def test_the_real_notices_are_notices_and_the_news_is_not(corpus):
    for path in sorted(corpus.glob("real-*.txt")):
        assert not list(lint(path.read_text("utf-8"), "NL100")), path.name
    news = (corpus / "not-a-notice-01-party-building-news.txt").read_text("utf-8")
    assert [row[:3] for row in lint(news, "NL1")] == [("NL100", 1, 1)]


@pytest.mark.parametrize("numbers", [r"[一二三]、", r"[一二三]、|（[一二三]）|\d\."])
def test_section_titles_that_lost_their_numbers_still_open_their_sections(numbers):
    text = re.sub(rf"(?m)^(?:{numbers})", "", COMPLETE)
    assert lint(text, "NL1") == []


def test_a_lost_number_section_title_with_a_comma():
    text = re.sub(r"(?m)^[一二三]、", "", COMPLETE).replace(
        "党委履行巡察整改主体责任情况", "提高政治站位，扛起巡察整改政治责任"
    )
    assert lint(text, "NL1") == []


def test_an_unnumbered_line_in_a_numbered_notice_is_no_section():
    text = COMPLETE.replace(
        "（一）加强组织领导，压实整改责任。", "巡察整改组织领导情况\n\n（一）加强组织领导，压实整改责任。"
    )
    assert lint(text, "NL1") == []


def test_a_preamble_over_two_paragraphs():
    text = COMPLETE.replace("反馈了巡察意见。按照巡察工作有关要求", "反馈了巡察意见。\n\n按照巡察工作有关要求")
    assert lint(text, "NL1") == []


NEXT_SECTION = COMPLETE[COMPLETE.index("三、下一步工作打算") : COMPLETE.index("欢迎广大")]


@pytest.mark.parametrize(
    "plan",
    [
        "下一步，局党委将持续巩固整改成果，完善长效机制，推动各项工作高质量发展。\n\n",
        "今后，局党委将持续巩固整改成果，推动各项工作高质量发展。\n\n特此通报。\n\n",
    ],
)
def test_a_single_closing_paragraph_is_the_next_step_plan(plan):
    assert lint(COMPLETE.replace(NEXT_SECTION, plan), "NL1") == []


def test_without_any_plan_the_next_steps_are_missing_before_the_invitation():
    text = COMPLETE.replace(NEXT_SECTION, "")
    row = line_no(text, "欢迎")
    assert lint(text, "NL1") == [("NL105", row, 1, row, 1, "缺少下一步工作打算")]


def test_a_partial_draft_that_mentions_its_meetings_is_still_a_notice():
    text = (
        "根据市委统一部署，市委第三巡察组于2024年3月4日至5月10日对市住房和城乡建设局党委开展了巡察，"
        "并于2024年7月2日召开巡察反馈会议，反馈了巡察意见。\n\n一、党委履行巡察整改主体责任情况\n\n"
        "局党委召开巡察整改工作动员部署会，党委书记作动员讲话，会议强调要把巡察整改作为重大政治任务。\n"
    )
    end = len(text.rstrip("\n").split("\n")[-1]) + 1
    assert [row[:3] for row in lint(text, "NL1")] == [("NL102", 1, 1)] + [
        (code, 5, end) for code in ("NL104", "NL105", "NL106", "NL107", "NL108", "NL110", "NL111")
    ]


@pytest.mark.parametrize(
    "metadata",
    ["来源：青禾市住房和城乡建设局    发布时间：2024-12-20", "责任编辑：周小林", "（编辑：周小林；审核：王晓东）"],
)
def test_an_article_metadata_line_below_the_text_is_no_trailing_content_and_no_residue(metadata):
    text = COMPLETE.rstrip("\n") + f"\n\n{metadata}\n"
    assert lint(text, "NL1", "NL501") == []


def test_a_metadata_line_that_counts_views_is_residue_below_the_text_too():
    text = COMPLETE.rstrip("\n") + "\n\n来源：青禾市住房和城乡建设局  浏览次数：1024\n"
    row = line_no(text, "来源")
    assert lint(text, "NL1") == []
    assert [found[:3] for found in lint(text, "NL501")] == [("NL501", row, 1)]


def test_a_source_named_in_a_sentence_of_the_body_is_no_residue():
    text = COMPLETE.replace("三、下一步工作打算", "资金来源：市财政专项资金。\n\n三、下一步工作打算")
    assert lint(text, "NL1", "NL501") == []


@pytest.mark.parametrize("page", ["— 2 —", "- 2 -", "第2页 共3页"])
def test_page_numbers_of_a_word_export_leave_the_structure_alone(page):
    middle = COMPLETE.replace("（二）关于全面从严治党方面\n", f"{page}\n\n（二）关于全面从严治党方面\n")
    text = middle.rstrip("\n") + f"\n\n（此件公开发布）\n\n{page}\n"
    assert lint(text, "NL1") == []  # the page numbers themselves are NL501's


def test_a_page_number_does_not_hide_trailing_content():
    text = COMPLETE.rstrip("\n") + "\n\n— 3 —\n\n附件：整改台账\n"
    row = line_no(text, "附件")
    assert lint(text, "NL1") == [("NL114", row, 1, row, 8, "成文日期之后还有内容")]


def test_a_run_in_heading_flattened_to_ascii_ends_at_its_full_stop():
    flattened = "（二）持续完善长效机制.坚持标本兼治,新建制度2.5项."
    text = re.sub(r"（二）持续完善长效机制。[^\n]*", flattened, COMPLETE)
    assert lint(text, "NL113") == []


def test_a_decimal_point_does_not_end_a_heading_title():
    text = COMPLETE.replace("（二）关于全面从严治党方面\n", "（二）关于完成2.5万亩整治方面\n\n（三）关于选人用人方面\n")
    row = line_no(text, "（二）关于完成")
    assert lint(text, "NL113") == [("NL113", row, 1, row, 17, "标题“关于完成2.5万亩整治方面”下没有内容")]


@pytest.mark.parametrize("indent", ["&emsp;&emsp;", "&nbsp;&nbsp;&nbsp;&nbsp;", "&#12288;&#12288;"])
def test_paragraphs_indented_with_space_entities_keep_their_structure(indent):
    text = "\n".join(indent + line if line else line for line in LINES)
    assert lint(text, "NL1") == []


@pytest.mark.parametrize(
    "record",
    [
        "抄送：市委巡察办，市纪委监委派驻第五纪检监察组。",
        "抄送：市委巡察办。\n中共青禾市住房和城乡建设局委员会办公室        2024年12月20日印发",
    ],
)
def test_the_version_record_of_a_formal_document_is_part_of_the_closing(record):
    assert lint(COMPLETE.rstrip("\n") + f"\n\n{record}\n", "NL1") == []


def test_signature_and_date_joined_on_one_line():
    text = COMPLETE.replace(
        "中共青禾市住房和城乡建设局委员会\n\n2024年12月20日", "中共青禾市住房和城乡建设局委员会    2024年12月20日"
    )
    assert "委员会    2024年" in text
    assert lint(text, "NL1") == [] and lint(text, "NL6") == []
    late = text.replace("    2024年12月20日", "    2024年12月25日")  # after the period began: still read as the date
    assert [row[0] for row in lint(late, "NL305")] == ["NL305"]


def test_contacts_out_of_place_are_still_checked():
    lines = list(LINES)
    contact = next(i for i, line in enumerate(lines) if line.startswith("联系电话"))
    moved = lines.pop(contact).replace("0755-12345678", "0755-1234567")
    lines.insert(next(i for i, line in enumerate(lines) if line.endswith("下一步工作打算")), moved)
    text = "\n".join(lines)
    row = line_no(text, "联系电话")
    assert [(code, line) for code, line, *_ in lint(text)] == [("NL112", row), ("NL401", row)]


def test_messages_speak_of_the_inspection_in_the_notices_own_word():
    inspected = COMPLETE.replace("巡察", "巡视").replace("2024年3月4日至5月10日，", "")
    preamble = line_no(inspected, "根据市委统一部署")
    assert [(code, line, message) for code, line, _, _, _, message in lint(inspected, "NL102")] == [
        ("NL102", preamble, "前言缺少：巡视时间")
    ]
    assert lint(COMPLETE.replace("2024年3月4日至5月10日，", ""), "NL102")[0][5] == "前言缺少：巡察时间"


_REFERRING_PIECES = ["尚有", "未", "尚未完成", "正在推进", "其余", "某某", "。", "\n", "，", "剩余"]


@given(st.lists(st.sampled_from(_REFERRING_PIECES), max_size=30))
def test_nl115_reads_the_paragraphs_referring_to_unfinished_items_line_by_line(pieces):
    from notelint.checks.structure.nl115_unfinished_without_plan import ADMISSION, REFERENCE, _paragraphs_referring

    text = "".join(pieces)
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    expected = [(s, e) for s, e in lines if REFERENCE.search(text, s, e) or ADMISSION.search(text, s, e)]
    assert list(_paragraphs_referring(text, [m.span() for m in ADMISSION.finditer(text)])) == expected


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("同志们:\n今天我们召开某某局巡察整改工作会议。\n", "同志们："),
        ("某某局\n  同志们:\n今天我们召开会议。\n", "同志们："),
        ("一、指导思想\n巡察整改\n", "指导思想等方案标题"),
        ("某某局\n\n 一、指导思想\n巡察整改\n", "指导思想等方案标题"),
        ("注:本表由各单位填写\n", "填写说明"),
        ("某某\n注:本表\n", "填写说明"),
        ("一、工作要求\n", "对下级的要求"),
        ("某\n 二、某某工作要求 \n", "对下级的要求"),
    ],
)
def test_a_mark_that_opens_a_line_is_read_on_the_first_line_and_after_a_line_break(text, evidence):
    from notelint import lexer
    from notelint.recognition import recognise

    verdict = recognise(text, lexer.lex(text))
    assert not verdict.is_notice
    assert [label.zh for label in verdict.evidence] == [evidence]


def _nl115_wordings():
    from notelint.checks.structure import nl115_unfinished_without_plan as rule

    return [rule.ADMISSION, rule.REFERENCE] + [wording for _, wording in rule.IN_PROSE]


# The words of NL115's patterns, cut where the patterns branch, and what separates them.
_WORDING_PIECES = sorted(
    {word for wording in _nl115_wordings() for word in re.findall(r"[一-鿿]+", wording.pattern.pattern)}
    | {"。", ";", ":", "\n", "已", "即", "某某", "2025"}
)


def _assert_found_as_by_the_patterns(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    for wording in _nl115_wordings():
        found = [match.span() for match in wording.finditer(text, start, end)]
        assert found == [match.span() for match in wording.pattern.finditer(text, start, end)], (wording, text)
        expected = wording.pattern.search(text, start, end)
        assert getattr(wording.search(text, start, end), "span", lambda: None)() == (expected and expected.span())


def test_nl115_finds_each_word_of_its_wording_where_the_patterns_alone_would():
    for piece in _WORDING_PIECES:
        _assert_found_as_by_the_patterns(piece)
        _assert_found_as_by_the_patterns("某" + piece + "。")


@given(st.lists(st.sampled_from(_WORDING_PIECES), max_size=40), st.integers(0, 60), st.integers(0, 200))
def test_nl115_finds_its_wording_where_the_patterns_alone_would(pieces, start, end):
    _assert_found_as_by_the_patterns("".join(pieces))
    _assert_found_as_by_the_patterns("".join(pieces), start, end)


try:  # how the re module parses a pattern (internal: the tests only read it)
    from re import _constants as regex_constants
    from re import _parser as regex_parser
except ImportError:  # Python 3.10
    import sre_constants as regex_constants  # type: ignore[no-redef]
    import sre_parse as regex_parser  # type: ignore[no-redef]


def _first_characters(items) -> tuple[set[str], bool]:
    """The characters a match of the parsed pattern ``items`` can begin with,
    and whether it can match nothing (literals, classes of literals, groups,
    alternations and repeats: what the closing keywords are made of)."""
    found: set[str] = set()
    for op, argument in items:
        if op is regex_constants.LITERAL:
            first, empty = {chr(argument)}, False
        elif op is regex_constants.IN:
            assert all(kind is regex_constants.LITERAL for kind, _ in argument)
            first, empty = {chr(char) for _, char in argument}, False
        elif op is regex_constants.SUBPATTERN:
            first, empty = _first_characters(argument[-1])
        elif op is regex_constants.BRANCH:
            alternatives = [_first_characters(alternative) for alternative in argument[1]]
            first = set().union(*(chars for chars, _ in alternatives))
            empty = any(nothing for _, nothing in alternatives)
        else:
            assert op in (regex_constants.MAX_REPEAT, regex_constants.MIN_REPEAT), op
            low, _, repeated = argument
            first, empty = _first_characters(repeated)
            empty = empty or low == 0
        found |= first
        if not empty:
            return found, False
    return found, True


def test_the_closing_openers_are_the_characters_a_closing_keyword_begins_with():
    from notelint import lexer

    first, empty = _first_characters(regex_parser.parse(lexer._CLOSING_START.pattern))
    assert not empty
    assert first == set(lexer._CLOSING_OPENERS)


def test_the_contact_label_openers_are_the_characters_a_label_begins_with():
    from notelint import model

    first, empty = _first_characters(regex_parser.parse(model._CONTACT_LABEL.pattern))
    assert not empty
    assert first == set(model._LABEL_OPENERS)
