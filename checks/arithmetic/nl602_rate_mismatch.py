from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Rule
from notelint.tallies import DONE, MOSTLY_DONE, problem_rate

from ._rates import agrees

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class RateMismatch(Rule):
    """完成率与数字不符

    ## 检查什么
    文中写出的完成率（“整改完成率83.33%”）与同一段里的完成数和总数算出的比率
    （已完成数 ÷ 总数）不一致。总数和完成数可以不在同一句：“反馈问题18个。截至目前，
    已完成整改15个，正在整改3个，整改完成率83.33%。”只写了一个状态（“已完成整改10个”）
    也可以核对完成率。允许的误差是所写数值最后一位的半个单位（写到两位小数时为
    0.005 个百分点）；把“基本完成”计入完成数而相符的，也不报告。

    核对的比率有：完成率、整改完成率、整改率、办结率、销号率，以及整改措施、任务的完成率。
    “投资完成率”“计划完成率”等说的是别的事，不核对；“达到90%以上”是目标不是实数，不核对；
    另一段里的完成率也不与本段的数字配对；总数不明（同一段有几个对不上的总数）时不核对。

    ## 为什么
    完成率是通报里最受关注的数字，与前文的数对不上会让整篇数据失去可信度。

    ## 示例
    “反馈问题12个，已完成整改10个，基本完成1个，未完成1个，整改完成率85.33%”
    —— 10÷12 = 83.33%。

    ## 如何修复
    重新计算完成率（保留两位小数，四舍五入），或改正完成数、总数。

    ## 选项
    无。

    ## 数据来源
    总数与各状态的读法见 NL601。
    """

    doc_en = """## What it checks
    A completion rate written in the text ("整改完成率83.33%") that differs from the rate
    computed from the completed count and the total in the same paragraph (completed ÷ total).
    The total and the completed count need not be in the same sentence:
    "反馈问题18个。截至目前，已完成整改15个，正在整改3个，整改完成率83.33%。" A single state
    ("已完成整改10个") is enough to check the rate. The tolerance is half a unit of the last
    digit written (0.005 percentage points with two decimals); a rate that matches when
    "基本完成" (basically completed) is counted as completed is not reported either.

    The rates checked are: 完成率, 整改完成率, 整改率, 办结率, 销号率, and the completion rate of
    rectification measures (整改措施) and tasks (任务). "投资完成率" (investment completion) and
    "计划完成率" (plan completion) are about something else and are not checked; "达到90%以上"
    (over 90%) is a target, not a figure, and is not checked; a rate in another paragraph is
    not paired with this paragraph's numbers; and nothing is checked when the total is unclear
    (several totals in the paragraph that do not match).

    ## Why
    The completion rate is the most watched figure in a notice; when it disagrees with the
    numbers before it, none of the notice's figures can be trusted.

    ## Example
    "反馈问题12个，已完成整改10个，基本完成1个，未完成1个，整改完成率85.33%"
    — 10 ÷ 12 = 83.33%.

    ## How to fix
    Recompute the rate (two decimals, rounded half up), or correct the completed count or the total.

    ## Options
    None.

    ## Data source
    How totals and states are read: see NL601.
    """

    code = "NL602"
    name = "rate-mismatch"
    severity = Severity.ERROR
    scope = DOCUMENT
    message = {
        "zh": "完成率应为{computed}%（{done}÷{total}），文中写的是{stated}%",
        "en": "the completion rate is {computed}% ({done}/{total}), not {stated}%",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        counted = [t for t in notice.tallies if t.count(DONE)]
        for tally, next_tally in zip(counted, [*counted[1:], None]):
            # The rate follows the done count, in the same sentence or a later
            # one of the paragraph (已完成整改34个，整改完成率85.00%；其余6个…),
            # before the next total.
            start = next(part.end for part, label in zip(tally.parts, tally.labels) if label == DONE)
            limit = text.find("\n", start) % (len(text) + 1)  # -1 (last line) → len(text)
            if next_tally is not None:
                limit = min(limit, max(next_tally.total.start, tally.end))
            rate = problem_rate(text, start, limit)
            if rate is None:
                continue
            stated, decimals = float(rate.group("rate")), len(rate.group("decimals") or "")
            done, total = tally.count(DONE), tally.total.amount
            if (
                total == 0
                or agrees(stated, decimals, done, total)
                or agrees(stated, decimals, done + tally.count(MOSTLY_DONE), total)
            ):
                continue
            computed = f"{float(done) * 100 / float(total):.{max(decimals, 2)}f}"
            yield self.diagnostic(
                ctx,
                rate.start("rate"),
                rate.end(),
                computed=computed,
                done=done,
                total=total,
                stated=rate.group("rate"),
            )
