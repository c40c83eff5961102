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

    doc_en = """## What it checks
    At the end of the notice, above the date of writing (成文日期), the name of the issuing body
    (its full name or standard short name) should be signed. When the date of writing is not yet
    filled in ("2025年×月×日"), the line above it is still the signature.

    ## Why
    The signature shows who issues the notice and answers for it (GB/T 9704—2012's requirement
    for the issuing body's signature).

    ## Example
    The contact details are followed directly by "2025年4月23日".

    ## How to fix
    On the line above the date of writing, write the issuing body's name, such as
    "中共某某市某某局委员会".
    """

    code = "NL110"
    name = "signature-missing"
    severity = Severity.ERROR
    message = {"zh": "缺少落款（发布机关名称）", "en": "no issuing body at the end"}
    part = kinds.SIGNATURE
