from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.dates import Role
from notelint.diagnostics import Severity
from notelint.model import CLUES, PROGRESS, RESPONSIBILITY
from notelint.rules import Rule

from ._common import dated_mentions, report_sections, show

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# The sections that report rectification work, which begins with the inspection.
REPORTING = (RESPONSIBILITY, PROGRESS, CLUES)


class DateBeforeInspection(Rule):
    """整改事项的日期早于巡察开始

    ## 检查什么
    主体责任、整改进展和问题线索处理各部分中，整改所做的事的日期早于前言写明的
    巡察开始日期。“…以来”（持续至今的工作）、时限和计划不报告；书名号内的文件
    标题不检查。日期须写明年份并至少写到月；时间段按终点比较。

    ## 为什么
    整改是针对巡察反馈的问题进行的，不会早于巡察本身；这样的日期多是年份写错
    （把2023年写成2022年）。

    ## 示例
    巡察始于2022年8月23日，整改进展中写“2022年2月…党支部预审通过2名入党发展对象”。

    ## 如何修复
    核对日期，改正年份或月份；确属巡察前的背景情况的，可以不改（本规则只是警告）。
    """

    doc_en = """## What it checks
    In the sections on principal responsibility (主体责任), rectification progress and the
    handling of problem leads, a date of rectification work that is earlier than the start of
    the inspection given in the preamble. "…以来" (since…, work that continues to this day),
    deadlines and plans are not reported; document titles in title marks are not checked.
    A date must give the year and at least the month; a period is compared by its end.

    ## Why
    Rectification addresses the problems the inspection fed back, and cannot come before the
    inspection itself; such a date usually has a wrong year (2022 written for 2023).

    ## Example
    The inspection began on 2022年8月23日, and the rectification progress says
    "2022年2月…党支部预审通过2名入党发展对象".

    ## How to fix
    Check the date and correct the year or month; if it really is background from before the
    inspection, it may stay (this rule only warns).
    """

    code = "NL304"
    name = "date-before-inspection"
    severity = Severity.WARNING
    message = {
        "zh": "“{date}”早于{term}开始日期{began}，整改事项不应早于{term}",
        "en": "“{date}” is before the inspection began ({began}): likely a typo",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        began = notice.key_dates.inspection_start
        first_day = began.earliest() if began is not None else None
        if began is None or first_day is None:
            return
        for mention, dated in dated_mentions(notice, report_sections(notice, REPORTING), range_end=True):
            if (mention.year, mention.month) > first_day[:2]:  # (dated_mentions: both given)
                continue  # after the inspection's first month: after its start (most dates)
            latest = mention.latest()
            if latest is not None and latest < first_day and dated.role(notice.text) is Role.ACTION:
                yield self.diagnostic(
                    ctx,
                    mention.start,
                    mention.end,
                    date=notice.original(mention.start, mention.end),
                    began=show(began),
                    term=notice.inspection_term,
                )
