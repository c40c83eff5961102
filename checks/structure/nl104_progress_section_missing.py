from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class ProgressSectionMissing(MissingPart):
    """缺少整改进展情况部分

    ## 检查什么
    通报的主体是逐项报告巡察反馈问题的整改进展，如“巡察整改任务落实情况”
    “巡察反馈问题的整改进展情况”“整改进展情况及成效”。

    认可的用词：整改…落实/进展/成效/情况/完成、进展情况、反馈问题、反馈意见、问题…整改、
    任务落实、取得的（阶段性）成效。标题不含这些词时按位置认定：主体责任部分之后的第一个部分
    （如“二、聚焦问题清单，推动整改落地见效”）即是本部分。

    ## 为什么
    公布整改进展是通报的目的；没有这一部分，通报就没有内容。

    ## 示例
    “一、党委履行巡察整改主体责任情况”之后直接是“二、下一步工作打算”。

    ## 如何修复
    补写“二、巡察反馈问题的整改进展情况”，按反馈问题逐项写明整改措施和成效。
    """

    doc_en = """## What it checks
    The body of a notice reports, item by item, the progress in rectifying the problems the
    inspection fed back, under headings such as "巡察整改任务落实情况", "巡察反馈问题的整改进展情况"
    or "整改进展情况及成效".

    Words recognised: 整改…落实/进展/成效/情况/完成, 进展情况, 反馈问题, 反馈意见, 问题…整改,
    任务落实, 取得的（阶段性）成效. When the heading has none of these words, position decides: the
    first section after the principal responsibility section (such as
    "二、聚焦问题清单，推动整改落地见效") is this section.

    ## Why
    Publishing the progress of rectification is the purpose of the notice; without this section
    the notice has no content.

    ## Example
    "一、党委履行巡察整改主体责任情况" is followed directly by "二、下一步工作打算".

    ## How to fix
    Write "二、巡察反馈问题的整改进展情况", giving the rectification measures and results for each
    problem fed back.
    """

    code = "NL104"
    name = "progress-section-missing"
    severity = Severity.ERROR
    message = {
        "zh": "缺少{term}反馈问题整改进展情况部分",
        "en": "no section reporting progress on the problems fed back",
    }
    part = kinds.H1_PROGRESS
