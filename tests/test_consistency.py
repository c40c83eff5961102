"""NL604–NL606: consistency."""

from pathlib import Path

import pytest
from conftest import lint

BASE = """中共云溪市国有资产监督管理委员会委员会关于市委第三轮巡察整改进展情况的通报
根据市委统一部署，2024年3月4日至5月17日，市委第二巡察组对云溪市国有资产监督管理委员会党委（简称“市国资委党委”）开展了巡察。2024年7月12日，市委第二巡察组向市国资委党委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。
一、党委履行巡察整改主体责任情况
（一）加强组织领导。市国资委党委第一时间召开党委会议，专题研究部署整改工作。
二、巡察反馈问题的整改进展情况
（一）关于落实全面从严治党主体责任方面。一是修订完善监督检查工作制度。二是开展专项检查。
三、下一步工作打算
（一）持续巩固整改成果。定期开展“回头看”，防止问题反弹。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。
公开期限：2024年11月8日至2024年11月22日。
联系电话：0755-12345678；通信地址：云溪市滨河路1号，邮政编码：518000；电子邮箱：yxgzw@example.cn。
中共云溪市国有资产监督管理委员会委员会
2024年11月8日
"""


def test_the_base_notice_is_consistent():
    assert lint(BASE, "NL6") == []


# -- NL604 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, preamble_body, signature",
    [
        ("云溪市国资委党委", "云溪市国有资产监督管理委员会党委", "中共云溪市国资委委员会"),
        ("中共云溪市国资委委员会", "市国资委党委", "中共云溪市国有资产监督管理委员会委员会"),
        ("中共云溪市滨河片区工作委员会", "滨河片区党工委", "中共云溪市滨河片区工作委员会"),
        ("中共云溪市国有资产监督管理委员会委员会", "市国资委党委", "云溪市国资委党委"),
    ],
)
def test_accepted_forms_of_one_issuer(title, preamble_body, signature):
    text = (
        BASE.replace("中共云溪市国有资产监督管理委员会委员会关于", title + "关于")
        .replace("云溪市国有资产监督管理委员会党委（简称", preamble_body + "（简称")
        .replace("中共云溪市国有资产监督管理委员会委员会\n2024", signature + "\n2024")
    )
    assert lint(text, "NL604") == []


def test_a_short_form_with_the_level_for_the_place_name():
    group = "中共青禾交通投资集团有限公司委员会"
    text = (
        BASE.replace("中共云溪市国有资产监督管理委员会委员会关于", group + "关于")
        .replace("云溪市国有资产监督管理委员会党委（简称“市国资委党委”）", "市交通投资集团党委")
        .replace("中共云溪市国有资产监督管理委员会委员会\n2024", group + "\n2024")
    )
    assert lint(text, "NL604") == []
    other = text.replace("对市交通投资集团党委", "对市城市建设投资集团党委")
    assert [f[:3] for f in lint(other, "NL604")] == [("NL604", 2, 34)]


def test_signature_of_another_body():
    text = BASE.replace("中共云溪市国有资产监督管理委员会委员会\n2024", "中共云溪市交通运输局委员会\n2024")
    assert lint(text, "NL604") == [
        (
            "NL604",
            1,
            1,
            1,
            20,
            "标题中的发文机关“中共云溪市国有资产监督管理委员会委员会”与落款“中共云溪市交通运输局委员会”不一致",
        ),
        (
            "NL604",
            2,
            34,
            2,
            50,
            "前言中的发文机关“云溪市国有资产监督管理委员会党委”与落款“中共云溪市交通运输局委员会”不一致",
        ),
    ]


def test_party_group_is_not_a_party_committee():
    text = BASE.replace("中共云溪市国有资产监督管理委员会委员会\n2024", "中共云溪市国有资产监督管理委员会党组\n2024")
    assert [f[1] for f in lint(text, "NL604")] == [1, 2]


def test_short_form_defined_in_the_preamble_may_title_the_notice():
    text = BASE.replace("中共云溪市国有资产监督管理委员会委员会关于", "市国资委党委关于")
    assert lint(text, "NL604") == []


def test_corpus_no_real_notice_gets_an_issuer_mismatch(corpus):
    for path in sorted(corpus.glob("real-*.txt")):
        assert lint(path.read_text("utf-8"), "NL604") == [], path.name


# -- NL605 -----------------------------------------------------------------------


def test_inspection_term_mixed_with_the_other():
    text = BASE.replace("二是开展专项检查。", "二是开展专项检查，巡视整改领导小组督办。")
    assert lint(text, "NL605") == [("NL605", 6, 45, 6, 49, "“巡视整改”与本次巡察不符，应为“巡察整改”")]


def test_the_inspected_committees_own_inspection_bodies_in_a_xunshi_notice():
    xunshi = (
        BASE.replace("市委第二巡察组", "省委第二巡视组")
        .replace("根据市委统一部署", "根据省委统一部署")
        .replace("巡察", "巡视")
        .replace("市委第三轮巡视", "省委第三轮巡视")
    )
    own = xunshi.replace("二是开展专项检查。", "二是由党委巡察组开展专项检查，党委巡察办跟踪督办，内部巡察组逐项复核。")
    assert lint(own, "NL605") == []
    slip = xunshi.replace("二是开展专项检查。", "二是党委巡察整改领导小组开展专项检查。")
    row = next(i for i, line in enumerate(slip.split("\n"), 1) if "党委巡察整改" in line)
    assert [f[:3] for f in lint(slip, "NL605")] == [("NL605", row, slip.split("\n")[row - 1].index("巡察整改") + 1)]


def test_patrol_written_for_inspection():
    text = BASE.replace("二是开展专项检查。", "二是按市委巡查组要求开展专项检查，建立联合巡查机制。")
    assert lint(text, "NL605") == [("NL605", 6, 39, 6, 43, "“市委巡查”与本次巡察不符，应为“市委巡察”")]


def test_legitimate_uses_of_the_other_term():
    text = BASE.replace(
        "二是开展专项检查。", "二是学习关于巡视工作的重要论述，深化巡视巡察整改，配合中央巡视组工作，建立巡查机制。"
    )
    assert lint(text, "NL605") == []


# -- NL606 -----------------------------------------------------------------------


def test_one_document_under_two_titles():
    text = "印发《集团纪检监察机构监察工作手册（试行）》。\n学习《集团纪检监察机构监督工作手册（试行）》。\n"
    assert lint(text, "NL606") == [
        (
            "NL606",
            2,
            3,
            2,
            23,
            "《集团纪检监察机构监督工作手册（试行）》与前文的"
            "《集团纪检监察机构监察工作手册（试行）》只差1个字，是否为同一文件？",
        )
    ]


def test_titles_that_are_different_documents():
    # one sentence each: titles listed side by side in one sentence are not compared at all
    text = (
        "。".join(
            [
                "《2022年党委理论学习计划》",
                "《2023年党委理论学习计划》",
                "《全程纪实办法》",
                "《全程纪实表》",
                "《关于加强监督的实施方案》",
                "《关于加强监督的实施意见》",
                "《党章》",
                "《准则》",
            ]
        )
        + "\n"
    )
    assert lint(text, "NL606") == []


def test_sibling_titles_listed_in_one_sentence_are_different_documents():
    text = "制定《巡视整改督办工作办法》《巡视整改销号工作办法》等2项制度。\n"
    assert lint(text, "NL606") == []
    # the same pair in two sentences is still a likely slip
    text = "制定《巡视整改督办工作办法》。\n严格执行《巡视整改销号工作办法》。\n"
    assert [finding[:3] for finding in lint(text, "NL606")] == [("NL606", 2, 5)]


def test_corpus_real_04_manual_pair(corpus):
    found = lint((corpus / "real-04-wuhan-group-2023-traditional.txt").read_text("utf-8"), "NL606")
    assert len(found) == 1 and "監督工作手冊" in found[0][5] and "監察工作手冊" in found[0][5]


def test_examples_show_only_their_own_families():
    examples = Path(__file__).resolve().parent.parent / "examples"
    for name, family in (
        ("defective-hygiene.txt", "NL5"),
        ("defective-arithmetic.txt", "NL6"),
        ("defective-consistency.txt", "NL6"),
    ):
        found = lint((examples / name).read_text("utf-8"))
        assert found and all(f[0].startswith(family) for f in found), (name, found)
