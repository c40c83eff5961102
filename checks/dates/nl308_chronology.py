from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

from ._common import show

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.dates import DateMention
    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


def before(a: DateMention, b: DateMention) -> bool:
    """``a`` certainly lies before ``b`` (a month-only date spans its month)."""
    latest, earliest = a.latest(), b.earliest()
    return latest is not None and earliest is not None and latest < earliest


class Chronology(Rule):
    """前言和落款的日期先后颠倒

    ## 检查什么
    巡察结束早于开始，反馈早于巡察结束，或成文日期早于反馈日期（缺少的一项跳过，
    与前一项比较）。只写到月或旬的
    日期按它可能的最宽范围比较，只有肯定颠倒时才报告。

    ## 为什么
    巡察、反馈、整改、通报有固定的先后；顺序颠倒说明有日期写错了。

    ## 示例
    “2023年3月8日至5月26日……2023年2月27日，市委巡察组……反馈了巡察意见”。

    ## 如何修复
    核对巡察时间、反馈日期和成文日期，改正写错的一个。
    """

    doc_en = """## What it checks
    The inspection ends before it starts, the feedback comes before the inspection ends, or
    the date of writing comes before the feedback (a missing date is skipped, and the next is
    compared with the one before it). Dates given only to the month or to a ten-day period (旬)
    are compared over their widest possible range, and reported only when certainly reversed.

    ## Why
    Inspection, feedback, rectification and the notice come in a fixed order; a reversed order
    means one of the dates is wrong.

    ## Example
    "2023年3月8日至5月26日……2023年2月27日，市委巡察组……反馈了巡察意见".

    ## How to fix
    Check the inspection period, the feedback date and the date of writing, and correct the
    wrong one.
    """

    code = "NL308"
    name = "chronology"
    severity = Severity.ERROR
    message = {
        "zh": "{later}（{later_date}）早于{earlier}（{earlier_date}）",
        "en": "{later} ({later_date}) is before {earlier} ({earlier_date})",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        dates, term = notice.key_dates, notice.inspection_term
        steps = (
            (Localized(f"{term}开始", "the inspection start"), dates.inspection_start),
            (Localized(f"{term}结束", "the inspection end"), dates.inspection_end),
            (Localized("反馈日期", "the feedback date"), dates.feedback),
            (Localized("成文日期", "the signing date"), dates.signing),
        )
        previous: tuple[Localized, DateMention] | None = None  # the last step that is stated
        for later, later_date in steps:
            if later_date is None:
                continue
            if previous is not None and before(later_date, previous[1]):
                earlier, earlier_date = previous
                yield self.diagnostic(
                    ctx,
                    later_date.start,
                    later_date.end,
                    later=later,
                    later_date=show(later_date),
                    earlier=earlier,
                    earlier_date=show(earlier_date),
                )
            previous = later, later_date
