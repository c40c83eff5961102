from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class ProgressSectionMissing(MissingPart):
    """缺少整改进展情况部分

    ## 检查什么
    通报的主体是逐项报告巡察反馈问题的整改进展，如“巡察整改任务落实情况”
    “巡察反馈问题的整改进展情况”“整改进展情况及成效”。

    ## 为什么
    公布整改进展是通报的目的；没有这一部分，通报就没有内容。

    ## 示例
    “一、党委履行巡察整改主体责任情况”之后直接是“二、下一步工作打算”。

    ## 如何修复
    补写“二、巡察反馈问题的整改进展情况”，按反馈问题逐项写明整改措施和成效。
    """

    code = "NL104"
    name = "progress-section-missing"
    severity = Severity.ERROR
    message = {"zh": "缺少巡察反馈问题整改进展情况部分",
               "en": "no section reporting progress on the problems fed back"}
    part = kinds.H1_PROGRESS
