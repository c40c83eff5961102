from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.dates import find_dates
from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._common import body_blocks_holding

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# 整改时限：… / 完成时限为… up to the end of its sentence.
DEADLINE = re.compile(r"(?:整改|完成)(?:时限|期限)\s*(?::|为|是)\s*(?P<value>[^。;\n]*)")


class DeadlineVague(Rule):
    """整改时限不是日期

    ## 检查什么
    “整改时限：”后面写的不是日期，而是“长期坚持”“持续推进”“待…后”“适时”之类。
    写到年或月（“2023年底前”“2023年12月”）都算日期。

    ## 为什么
    整改时限是群众和监督机关据以检查整改是否按时完成的依据，没有日期就无从检查。
    长期整改的事项也应写明阶段性完成时限。

    ## 示例
    “整改时限：待人事调整到位后及时进行换届选举。”

    ## 如何修复
    写明具体日期（如“2023年12月31日前”）；需要长期坚持的，写明阶段目标的时限。
    """

    doc_en = """## What it checks
    What follows "整改时限：" (rectification deadline) is not a date but something like
    "长期坚持" (keep at it long-term), "持续推进" (keep pushing forward), "待…后" (after…) or
    "适时" (in due course). A year or a month ("2023年底前", "2023年12月") counts as a date.

    ## Why
    The rectification deadline is what the public and the supervising bodies check on-time
    rectification against; without a date there is nothing to check. Long-term items should
    also give a deadline for a stage.

    ## Example
    "整改时限：待人事调整到位后及时进行换届选举。"

    ## How to fix
    Give a concrete date (such as "2023年12月31日前"); for long-term work, give the deadline of a
    stage target.
    """

    code = "NL306"
    name = "deadline-vague"
    severity = Severity.WARNING
    message = {"zh": "整改时限“{value}”不是明确的日期", "en": "the deadline “{value}” is not a date"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        for block in body_blocks_holding(notice, "限"):  # 时限, 期限
            for found in DEADLINE.finditer(text, block.start, block.end):
                start, end = found.span("value")
                while end > start and text[end - 1] in " ,":
                    end -= 1
                if start < end and not any(
                    d.year is not None or d.month is not None for d in find_dates(text, start, end)
                ):
                    yield self.diagnostic(ctx, start, end, value=notice.original(start, end))
