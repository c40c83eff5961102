from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class SignatureMissing(MissingPart):
    """缺少落款

    ## 检查什么
    通报末尾、成文日期之上应署发布机关名称（全称或规范简称）。成文日期尚未填写
    （“2025年×月×日”）时，其上一行仍是落款。

    ## 为什么
    落款表明通报由谁发布、对谁负责（GB/T 9704—2012 对发文机关署名的要求）。

    ## 示例
    联系方式之后直接是“2025年4月23日”。

    ## 如何修复
    在成文日期上一行写发布机关名称，如“中共某某市某某局委员会”。
    """

    code = "NL110"
    name = "signature-missing"
    severity = Severity.ERROR
    message = {"zh": "缺少落款（发布机关名称）", "en": "no issuing body at the end"}
    part = kinds.SIGNATURE
