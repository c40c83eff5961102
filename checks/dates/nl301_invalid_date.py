from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._common import NOT_BODY, dated_body_blocks

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# A run of digits glued to 年/月/日 where a date was meant (2024717日, 20233年):
# five to eight digits that begin like a year, not after a digit or a dot.
# One pattern for each beginning, 19 and 20, the look-behind after it: a
# pattern that begins with a literal string lets the regex engine look for it
# as fast as str.find, where a choice of characters is tested at every
# character. A run begins after a non-digit, so the two never overlap.
DIGIT_RUNS = tuple(re.compile(rf"{century}(?<![\d.]..)\d{{3,6}}(?=[年月日号])") for century in ("19", "20"))


class InvalidDate(Rule):
    """日期不存在

    ## 检查什么
    不存在的日期（“2月30日”“13月”“4月31日”）和本应是日期的一串数字
    （“2024717日”“20233年”）。没有年份的“2月29日”按闰年看待，不报告。

    ## 为什么
    这类错误多是录入时漏了或多了一个字，读者无法知道实际日期。

    ## 示例
    “2023年2月30日召开专题会议”“于2024717日印发”。

    ## 如何修复
    核对原始材料，改为实际日期（如“2024年7月17日”）。
    """

    doc_en = """## What it checks
    Dates that do not exist ("2月30日", "13月", "4月31日") and strings of digits that should
    have been a date ("2024717日", "20233年"). "2月29日" without a year is read as in a leap
    year and not reported.

    ## Why
    Such errors usually come from a character dropped or added while typing, and readers
    cannot know the real date.

    ## Example
    "2023年2月30日召开专题会议", "于2024717日印发".

    ## How to fix
    Check the original material and write the real date (for example "2024年7月17日").
    """

    code = "NL301"
    name = "invalid-date"
    severity = Severity.ERROR
    message = {"zh": "日期“{date}”不存在", "en": "the date “{date}” does not exist"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        dated = {block.start: dates for block, dates in dated_body_blocks(notice)}
        runs = _digit_runs(notice)
        for start in sorted(dated.keys() | runs.keys()):
            for mention in dated.get(start, ()):
                if not mention.valid:
                    yield self.diagnostic(
                        ctx, mention.start, mention.end, date=notice.original(mention.start, mention.end)
                    )
            for run in runs.get(start, ()):
                end = run.end() + 1
                yield self.diagnostic(ctx, run.start(), end, date=notice.original(run.start(), end))


def _digit_runs(notice: Notice) -> dict[int, list[re.Match]]:
    """The DIGIT_RUNS matches of each body block, in order, by the block's
    start: read in a scan of the whole text for each pattern, each kept in
    the block that holds it and the mark after it."""
    blocks, starts = notice.blocks, notice.block_starts
    runs: dict[int, list[re.Match]] = {}
    found = [run for pattern in DIGIT_RUNS for run in pattern.finditer(notice.text)]
    found.sort(key=re.Match.start)
    for run in found:
        index = bisect_right(starts, run.start()) - 1
        if index >= 0 and run.end() < blocks[index].end and blocks[index].kind not in NOT_BODY:
            runs.setdefault(blocks[index].start, []).append(run)
    return runs
