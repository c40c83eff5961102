from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

from ._common import show

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

UNREADABLE = Localized(
    "读不出起止日期（应写作“2025年4月23日至2025年5月22日”）",
    "has no readable start and end (write 2025年4月23日至2025年5月22日)",
)


class DisclosurePeriodInvalid(Rule):
    """公开期限无效

    ## 检查什么
    公开期限读不出起止日期，或结束早于开始，或开始早于成文日期。结束日期省略年份
    （“2025年9月18日至10月18日”）是通行写法，按开始日期的年份读；写作天数或月数
    （“自发布之日起30日”“自发布之日起三十日”“一个月”）也可以。

    ## 为什么
    公开期限告诉群众在什么时间内可以反映意见；读不出、倒置或早于发文的期限等于没有。

    ## 示例
    成文日期2025年4月23日，“公开期限：2025年4月20日至2025年5月20日”。

    ## 如何修复
    写明起止日期，开始日期一般就是成文日期。
    """

    doc_en = """## What it checks
    A disclosure period (公开期限) from which no start and end dates can be read, or that ends
    before it starts, or starts before the date of writing. An end date without its year
    ("2025年9月18日至10月18日") is common usage and is read with the start date's year; a number
    of days ("自发布之日起30日", 30 days from publication) is accepted too.

    ## Why
    The disclosure period tells the public when they can give their opinions; a period that
    cannot be read, is reversed, or starts before the notice was issued is as good as none.

    ## Example
    Date of writing 2025年4月23日, "公开期限：2025年4月20日至2025年5月20日".

    ## How to fix
    Give the start and end dates; the start is usually the date of writing.
    """

    code = "NL305"
    name = "disclosure-period-invalid"
    severity = Severity.ERROR
    message = {"zh": "公开期限{problem}", "en": "the disclosure period {problem}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        period = notice.disclosure_period
        if period is None:
            return
        if period.length is None:
            yield self.diagnostic(ctx, period.block.start, period.block.end, problem=UNREADABLE)
            return
        if period.range is None:
            return
        first, second = period.range.first, period.range.second
        if period.length.days < 1:
            yield self.diagnostic(
                ctx,
                first.start,
                second.end,
                problem=Localized(
                    f"结束日期{show(second)}早于开始日期{show(first)}",
                    f"ends ({show(second)}) before it starts ({show(first)})",
                ),
            )
            return
        signing = notice.key_dates.signing
        signed = signing.earliest() if signing is not None and signing.complete and signing.valid else None
        starts = first.earliest()
        if signing is not None and signed is not None and starts is not None and starts < signed:
            yield self.diagnostic(
                ctx,
                first.start,
                first.end,
                problem=Localized(
                    f"开始日期{show(first)}早于成文日期{show(signing)}",
                    f"starts ({show(first)}) before the signing date ({show(signing)})",
                ),
            )
