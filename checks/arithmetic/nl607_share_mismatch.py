from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.quantities import find_quantities
from notelint.rules import DOCUMENT, Rule

from ._rates import agrees

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# 占比25%, 占比为37.5%, 占比达60%; not an estimate (占比30%以上).
_SHARE = re.compile(r"占比(?:为|达到|达|是)?(?P<share>\d+(?:\.(?P<decimals>\d+))?)%(?!以上|左右|以下)")
_BREAKDOWN = "其中"
_SENTENCE_ENDS = "。!?\n"


class ShareMismatch(Rule):
    """占比与数字不符

    ## 检查什么
    “其中”引出的一个数所写的占比（“共受理信访举报56件，其中检举控告类28件，占比50%”）
    与算出的比率（其中的数 ÷ 总数）不一致。总数是同一句里“其中”之前最近的、
    与其中的数同类的数（件与件、人与名、万元与亿元）；允许的误差是所写数值最后一位的
    半个单位（写到一位小数时为 0.05 个百分点）。

    只核对读得准的写法：“其中”与“占比”之间只有一个数；占比是估计（“占比30%以上”）、
    句中找不到同类的总数、“其中”的数比总数大时，不核对。“占全市的25%”这样
    以别的数为基数的写法也不核对。

    ## 为什么
    占比是读者拿来衡量整改力度的数，与前面写出的数对不上，整段数字都会被怀疑。
    多是改了总数或其中的数而没有重算占比。

    ## 示例
    “排查问题线索20条，其中立案审查5条，占比30%” —— 5 ÷ 20 = 25%。

    ## 如何修复
    重新计算占比（按所写的小数位数四舍五入），或改正总数、其中的数。

    ## 选项
    无。

    ## 数据来源
    数和单位的读法见 NL601（notelint/quantities.py）；“其中……占比”的写法取自公开的
    整改进展通报。
    """

    doc_en = """## What it checks
    The share written for one count introduced by "其中" (of which): "共受理信访举报56件，
    其中检举控告类28件，占比50%" must be that count divided by the total. The total is the last
    count of the same kind (件 and 件, 人 and 名, 万元 and 亿元) before "其中" in the same sentence;
    the tolerance is half a unit of the share's last digit (0.05 points with one decimal).

    Only what reads unambiguously is checked: one count between "其中" and "占比". An estimate
    ("占比30%以上"), a sentence without a total of the same kind, and a part larger than the total
    are not checked, nor is a share of something else ("占全市的25%").

    ## Why
    A share is how a reader weighs the work done; one that disagrees with the counts before it
    casts doubt on every figure of the paragraph. It usually means a count was edited and the
    share was not recomputed.

    ## Example
    "排查问题线索20条，其中立案审查5条，占比30%": 5 / 20 = 25%.

    ## How to fix
    Recompute the share (rounded to the decimals written), or correct the total or the count.

    ## Options
    None.

    ## Data source
    How counts and units are read: see NL601 (notelint/quantities.py); the "其中…占比" wording
    from published rectification notices.
    """

    code = "NL607"
    name = "share-mismatch"
    severity = Severity.WARNING
    scope = DOCUMENT
    message = {
        "zh": "占比应为{computed}%（{part}÷{total}），文中写的是{stated}%",
        "en": "share not its counts' ratio: {computed}% ({part}/{total}), not {stated}%",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        if "占比" not in text:
            return
        for share in _SHARE.finditer(text):
            sentence = max(text.rfind(mark, 0, share.start()) for mark in _SENTENCE_ENDS) + 1
            within = text.rfind(_BREAKDOWN, sentence, share.start())
            if within == -1 or text.find("占比", within, share.start()) != -1:
                continue  # no 其中, or its count belongs to an earlier share
            # The sentence's counts up to the share (其中 holds no digit: none spans it).
            counts = find_quantities(text, sentence, share.start())
            counted = [quantity for quantity in counts if quantity.start >= within]
            if len(counted) != 1:
                continue
            part = counted[0]
            total = next((q for q in reversed(counts) if q.end <= within and q.kind == part.kind), None)
            if total is None or part.approximate or total.approximate or not 0 < part.amount <= total.amount:
                continue
            stated, decimals = float(share.group("share")), len(share.group("decimals") or "")
            if agrees(stated, decimals, part.amount, total.amount):
                continue
            yield self.diagnostic(
                ctx,
                share.start("share"),
                share.end(),
                computed=f"{float(part.amount) * 100 / float(total.amount):.{max(decimals, 2)}f}",
                part=notice.original(part.start, part.end),
                total=notice.original(total.start, total.end),
                stated=share.group("share"),
            )
