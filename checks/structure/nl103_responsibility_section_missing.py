from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class ResponsibilitySectionMissing(MissingPart):
    """缺少履行整改主体责任情况部分

    ## 检查什么
    前言之后应有一个部分，说明党委（党组、党工委）如何履行整改主体责任、
    如何组织领导整改，如“党委履行巡察整改主体责任情况”“巡察整改组织领导情况”
    “提高政治站位，切实抓好巡察整改工作”。按标题的用词识别，不要求固定标题。

    ## 为什么
    整改主体责任在被巡察党组织；通报须交代责任如何落实。

    ## 示例
    前言之后直接是“一、巡察反馈问题的整改进展情况”。

    ## 如何修复
    在整改进展情况之前加上“一、党委履行巡察整改主体责任情况”一部分，并顺延后面的编号。
    """

    code = "NL103"
    name = "responsibility-section-missing"
    severity = Severity.ERROR
    message = {"zh": "缺少履行整改主体责任（组织领导整改）情况部分",
               "en": "no section on taking the main responsibility for the rectification"}
    part = kinds.H1_RESP
