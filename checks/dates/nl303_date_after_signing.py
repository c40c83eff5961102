from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.dates import Role
from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._common import dated_mentions, report_sections, show

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# What happened cannot be dated after the notice was signed; an ongoing
# effort (…以来) cannot start after it either.
DONE = (Role.ACTION, Role.SINCE)


class DateAfterSigning(Rule):
    """完成事项的日期晚于成文日期

    ## 检查什么
    正文中已经做过的事（“2023年5月召开专题会议”）的日期晚于落款的成文日期。
    整改时限、计划和目标（“整改时限：2023年12月31日”“力争2023年底前完成”
    “计划…”“将于…”“…前”“…起”）不是已做的事，不报告；“下一步工作打算”整节
    都是计划，不检查。日期须写明年份并至少写到月；跨年份的时间段按起点比较。

    ## 为什么
    通报报告的是成文时已经完成的工作，日期晚于成文日期多是年份或月份写错。

    ## 示例
    成文日期2023年4月13日，正文“2023年6月印发《管理办法》”。

    ## 如何修复
    核对该事项的实际日期；若确是计划，写明“计划”“将于”或“…前”。
    """

    doc_en = """## What it checks
    A date of something already done in the body ("2023年5月召开专题会议") that is later than
    the date of writing (成文日期) in the signature. Deadlines, plans and targets
    ("整改时限：2023年12月31日", "力争2023年底前完成", "计划…", "将于…", "…前" (before…),
    "…起" (from…)) are not things done and are not reported; the whole "下一步工作打算"
    (next steps) section is plans and is not checked. A date must give the year and at least
    the month; a period spanning years is compared by its start.

    ## Why
    A notice reports work finished by the time it was written; a date after the date of
    writing usually has a wrong year or month.

    ## Example
    Date of writing 2023年4月13日, and in the body "2023年6月印发《管理办法》".

    ## How to fix
    Check the real date of the event; if it really is a plan, say so with "计划", "将于" or "…前".
    """

    code = "NL303"
    name = "date-after-signing"
    severity = Severity.ERROR
    message = {
        "zh": "“{date}”晚于成文日期{signed}，已完成事项不应晚于成文日期",
        "en": "“{date}” is after the signing date {signed}: a completed action cannot be",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        signing = notice.key_dates.signing
        signed = signing.latest() if signing is not None and signing.complete else None
        if signing is None or signed is None:  # (latest() is None for an invalid date)
            return
        for mention, dated in dated_mentions(notice, report_sections(notice), range_end=False):
            if (mention.year, mention.month) < signed[:2]:  # (dated_mentions: both given)
                continue  # before the signing's month: before the signing (most dates)
            earliest = mention.earliest()
            if earliest is not None and earliest > signed and dated.role(notice.text) in DONE:
                yield self.diagnostic(
                    ctx,
                    mention.start,
                    mention.end,
                    date=notice.original(mention.start, mention.end),
                    signed=show(signing),
                )
