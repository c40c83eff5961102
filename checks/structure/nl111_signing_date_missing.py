from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class SigningDateMissing(MissingPart):
    """缺少成文日期

    ## 检查什么
    落款下一行应有成文日期，如“2025年4月23日”。草稿里尚未填写的日期行
    （“2025年×月×日”“2025年 月 日”）也是成文日期：它不缺，只是没填，由 NL508 报告占位符。

    ## 为什么
    成文日期确定通报的时点，公开期限、整改时间都以它为参照。

    ## 示例
    通报以发布机关名称结束，下面没有日期。

    ## 如何修复
    在落款下一行写成文日期，用阿拉伯数字写全年份，月、日不编虚位（GB/T 9704—2012）。
    """

    doc_en = """## What it checks
    The line below the signature should hold the date of writing (成文日期), such as
    "2025年4月23日". A date line not yet filled in within a draft ("2025年×月×日", "2025年 月 日")
    is a date of writing too: it is not missing, only unfilled, and NL508 reports the placeholder.

    ## Why
    The date of writing fixes the notice in time; the disclosure period and the dates of
    rectification are measured against it.

    ## Example
    The notice ends with the issuing body's name and no date below it.

    ## How to fix
    On the line below the signature, write the date of writing in Arabic numerals, with the year
    in full and no padding zeros in month and day (GB/T 9704—2012).
    """

    code = "NL111"
    name = "signing-date-missing"
    severity = Severity.ERROR
    message = {"zh": "落款下缺少成文日期", "en": "no date under the signature"}
    part = kinds.DATE
