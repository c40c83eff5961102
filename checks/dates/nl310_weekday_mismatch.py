from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from notelint.dates import weekday_at, weekday_starts
from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Rule

from ._common import dated_body_blocks, show

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# date.weekday(): Monday is 0.
_NAMES = "一二三四五六日"
_ENGLISH = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class WeekdayMismatch(Rule):
    """日期与星期不符

    ## 检查什么
    日期后紧跟着写的星期（“2024年7月2日（星期五）”“7月2日周五”）与这一天实际是星期几
    不一致。只核对有年、月、日的日期（年份可以承同一段的上文省略：“2024年7月1日……，
    7月9日（星期二）”）；日期本身不存在时由 NL301 报告。

    ## 为什么
    日期和星期对不上，读者无从判断哪个是对的；会议、反馈等时间节点写错，
    会让整改时间线失去可信度。

    ## 示例
    “2024年7月2日（星期五），市委第三巡察组反馈了巡察意见” —— 2024年7月2日是星期二。

    ## 如何修复
    核对原始材料：日期对，就改星期；星期对，就改日期。自动修复改星期，属不安全修复
    （也可能是日期写错了），用 --unsafe-fixes 应用。

    ## 选项
    无。

    ## 数据来源
    公历（格里高利历）；日期的读法见 notelint/dates.py。
    """

    doc_en = """## What it checks
    The day of the week written right after a date ("2024年7月2日（星期五）", "7月2日周五")
    that is not the day that date falls on. Only dates with a year, a month and a day are
    checked (the year may be carried over from earlier in the paragraph: "2024年7月1日……，
    7月9日（星期二）"); a date that does not exist is NL301's.

    ## Why
    When a date and its weekday disagree, readers cannot tell which is right; a wrong
    meeting or feedback date undermines the notice's timeline.

    ## Example
    "2024年7月2日（星期五），市委第三巡察组反馈了巡察意见": 2 July 2024 was a Tuesday.

    ## How to fix
    Check the original material: if the date is right, correct the weekday; if the weekday is,
    correct the date. The fix corrects the weekday and is unsafe (the date may be the wrong
    one): apply it with --unsafe-fixes.

    ## Options
    None.

    ## Data source
    The Gregorian calendar; how dates are read: notelint/dates.py.
    """

    code = "NL310"
    name = "weekday-mismatch"
    severity = Severity.ERROR
    fix = Applicability.UNSAFE
    message = {
        "zh": "{date}是星期{actual}，不是星期{stated}",
        "en": "weekday not the date's: {date} is a 星期{actual} ({english}), not 星期{stated}",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        starts = weekday_starts(text)
        if not starts:
            return
        for _, dates in dated_body_blocks(notice):
            for mention in dates:
                if mention.end not in starts:
                    continue  # most dates: no day of the week after them
                written = weekday_at(text, mention.end)
                if written is None or not mention.complete or not mention.valid:
                    continue
                assert mention.year is not None and mention.month is not None and mention.day is not None
                day = datetime.date(mention.year, mention.month, mention.day)
                actual = _NAMES[day.weekday()]
                stated = written.group("day")
                if stated == actual or (stated == "天" and actual == "日"):
                    continue
                where = written.start("day")
                yield self.diagnostic(
                    ctx,
                    written.start("open") + 1 if written.group("open") else written.start(),  # without brackets
                    written.end() - 1 if written.group("open") else written.end(),
                    fix=Fix.unsafe(Edit(where, where + 1, actual)),
                    date=show(mention),
                    actual=actual,
                    stated=stated,
                    english=_ENGLISH[day.weekday()],
                )
