from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class NextStepsMissing(MissingPart):
    """缺少下一步工作打算

    ## 检查什么
    正文最后应说明下一步打算：一个“下一步工作打算”部分，或一段不编号的收尾段落
    后接以“一是”“二是”开头的段落，或欢迎监督之前以“下一步”“今后”开头的一段话
    （“下一步，局党委将……”）。

    认可的标题用词：下一步、下步、下一阶段、下阶段、今后、巩固…整改成果、深化整改。

    ## 为什么
    整改是持续的，通报须说明如何巩固成果、推进未完成事项。

    ## 示例
    整改进展情况之后直接是“欢迎广大干部群众……”。

    ## 如何修复
    在邀请监督的表述之前补写“三、下一步工作打算”及其内容。
    """

    doc_en = """## What it checks
    The body should end with the next steps: a "下一步工作打算" (next steps) section, or an
    unnumbered closing paragraph followed by paragraphs starting with "一是", "二是", or a
    paragraph before the invitation to supervise that starts with "下一步" or "今后"
    ("下一步，局党委将……", next, the bureau's Party committee will…).

    Heading words recognised: 下一步, 下步, 下一阶段, 下阶段, 今后, 巩固…整改成果, 深化整改.

    ## Why
    Rectification is ongoing; the notice must say how results will be consolidated and the
    unfinished items pushed forward.

    ## Example
    The rectification progress is followed directly by "欢迎广大干部群众……".

    ## How to fix
    Before the invitation to supervise, write "三、下一步工作打算" and its content.
    """

    code = "NL105"
    name = "next-steps-missing"
    severity = Severity.ERROR
    message = {"zh": "缺少下一步工作打算", "en": "no next-step plan"}
    part = kinds.H1_NEXT
