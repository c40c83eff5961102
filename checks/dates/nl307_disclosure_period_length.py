from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class DisclosurePeriodLength(Rule):
    """公开期限过短或过长

    ## 检查什么
    公开期限的天数（起止两天都算）少于 ``min-days``（默认5天）或多于
    ``max-days``（默认60天）。两个界限都可以在配置中修改。写作月数的（“三个月”）
    每月按30天计。

    ## 为什么
    期限太短，群众来不及反映；太长，意见反馈就失去了时效。常见的是一个月左右。

    ## 示例
    “公开期限：2025年4月23日至2025年4月24日”（2天）。

    ## 如何修复
    按本单位的规定调整公开期限，常见为30天。
    """

    doc_en = """## What it checks
    A disclosure period (公开期限) whose number of days (both ends included) is fewer than
    ``min-days`` (5 by default) or more than ``max-days`` (60 by default). Both limits can be
    changed in the configuration.

    ## Why
    Too short, and the public has no time to respond; too long, and the feedback loses its
    timeliness. About a month is usual.

    ## Example
    "公开期限：2025年4月23日至2025年4月24日" (2 days).

    ## How to fix
    Adjust the disclosure period to your organisation's rules; 30 days is usual.
    """

    code = "NL307"
    name = "disclosure-period-length"
    severity = Severity.WARNING
    options = {"min-days": 5, "max-days": 60}
    message = {"zh": "公开期限共{days}天，{problem}", "en": "the disclosure period lasts {days} days, {problem}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        period = notice.disclosure_period
        if period is None or period.length is None or period.length.days < 1:  # no period, or NL305's
            return
        days = period.length.days
        low, high = ctx.option(self, "min-days"), ctx.option(self, "max-days")
        if low <= days <= high:
            return
        problem = (
            Localized(f"少于{low}天", f"fewer than {low}")
            if days < low
            else Localized(f"多于{high}天", f"more than {high}")
        )
        yield self.diagnostic(ctx, period.length.start, period.length.end, days=days, problem=problem)
