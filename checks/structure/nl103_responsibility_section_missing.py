from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class ResponsibilitySectionMissing(MissingPart):
    """缺少履行整改主体责任情况部分

    ## 检查什么
    前言之后应有一个部分，说明党委（党组、党工委）如何履行整改主体责任、
    如何组织领导整改，如“党委履行巡察整改主体责任情况”“巡察整改组织领导情况”
    “提高政治站位，切实抓好巡察整改工作”。按标题的用词识别，不要求固定标题。

    认可的用词：主体责任、组织领导、政治站位、政治责任、责任落实、压实…责任、扛起/扛牢…责任、
    履行…责任、加强领导、领导小组、组织开展/组织实施（情况、工作）、工作部署、统筹部署。
    标题不含这些词时按位置认定：整改进展情况部分之前、前言之后的第一个部分即是本部分。
    从网页复制时丢了自动编号的，前言之后单独成行的“党委履行巡察整改主体责任情况”也认作本部分。

    ## 为什么
    整改主体责任在被巡察党组织；通报须交代责任如何落实。

    ## 示例
    前言之后直接是“一、巡察反馈问题的整改进展情况”。

    ## 如何修复
    在整改进展情况之前加上“一、党委履行巡察整改主体责任情况”一部分，并顺延后面的编号。
    """

    doc_en = """## What it checks
    After the preamble there should be a section on how the Party committee (党委, 党组, 党工委)
    fulfils its principal responsibility (主体责任) for rectification and how it leads and
    organises the work, such as "党委履行巡察整改主体责任情况", "巡察整改组织领导情况" or
    "提高政治站位，切实抓好巡察整改工作". It is recognised by the words of its heading; no fixed
    heading is required.

    Words recognised: 主体责任, 组织领导, 政治站位, 政治责任, 责任落实, 压实…责任, 扛起/扛牢…责任,
    履行…责任, 加强领导, 领导小组, 组织开展/组织实施 (情况, 工作), 工作部署, 统筹部署. When the
    heading has none of these words, position decides: the first section after the preamble and
    before the rectification progress section is this section. When copying from a web page lost
    the automatic numbering, "党委履行巡察整改主体责任情况" on a line of its own after the preamble
    is taken as this section too.

    ## Why
    The principal responsibility for rectification lies with the Party organisation inspected;
    the notice must say how that responsibility was carried out.

    ## Example
    The preamble is followed directly by "一、巡察反馈问题的整改进展情况".

    ## How to fix
    Add a section "一、党委履行巡察整改主体责任情况" before the rectification progress, and
    renumber the sections after it.
    """

    code = "NL103"
    name = "responsibility-section-missing"
    severity = Severity.ERROR
    message = {
        "zh": "缺少履行整改主体责任（组织领导整改）情况部分",
        "en": "no section on taking the main responsibility for the rectification",
    }
    part = kinds.H1_RESP
