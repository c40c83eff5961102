from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.quantities import Quantity
    from notelint.rules import Context


def _figure(value: int | Decimal) -> str:
    """A sum as a reader writes it: 11.3, 1.1, 19 (no exponent, no trailing zeros)."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


class SumMismatch(Rule):
    """总数与分项之和不符

    ## 检查什么
    一段话里的总数和它的分项，审核人会逐一手算：

    - 分项：总数后用“其中”“分别为”“分别是”引出两个以上同类的数，
      如“对16名相关责任人作出处理，其中，通报批评1人，批评教育6人，提醒谈话9人”
      （1+6+9 应等于 16），“共计12.5万元，其中A项目8.2万元、B项目4.3万元”；
    - 整改状态：问题总数之后的各状态数，如“反馈问题18个。截至目前，已完成整改15个，
      正在整改3个。”总数和状态可以不在同一句，只要在同一段；状态可以写在数前
      （“已完成整改15个”）或数后（“15个问题已完成整改”）；“其余”“剩余”说的是剩下的
      部分（“已完成整改10个，其余2个正在推进”），也计入分项。总数也可以紧跟在状态
      之后、自成一个分句（“已完成整改15个，正在整改3个，共18个”）。

    只写一个状态（“共反馈问题12个，已完成整改10个”）说的是进度，不是分项，不检查；
    状态分项要有“已完成/基本完成”或“其余”之一，再加至少一个别的状态。

    数字可以是阿拉伯数字或汉字（十六名、两个），单位要一致（人、名、位视为同一单位；
    元、万元、亿元换算成元再比较）。带小数的数按所写的数相加，与总数的差不超过
    所写最粗的那个数最后一位的半个单位即视为相符（“12.5万元”与“8.26万元+4.27万元”相符，
    与“8.2万元+3.1万元”不符）；整数按精确值比较。

    ## 不报告的情形（宁可漏报，不误报）
    - 括号里的细目（“批评教育6人（其中处级2人）”）；“另有3人”之后的数；
    - “其中包括…”“其中处级以上干部3人”“含…”：只说了其中一部分；
    - “其中”后的分项之和不到总数一半（“培训1200人次，其中处级60人次、科级240人次”）：
      多是只举了其中几类；
    - “其中”后前几项之和已等于总数，后面的数是补充说明
      （“…提醒谈话9人，涉及处级干部3人”）；
    - 分项又被细分（“其中立行立改5个、限期整改10个”“其余3个问题中，2个…”）：
      细分的数不计入上一层的分项；“剩余问题14个纳入台账，已完成12个，正在整改2个”里
      打头的“剩余14个”是后面各状态的总数；同一总数重写一遍（“103条整改措施……103条措施已完成…”）
      仍算一个总数；
    - “近30个”“30个以上”等约数；“5个方面18个问题”里的方面数不是总数；
    - 同一段有几个可作总数的数而分项与哪个都对不上（如问题数和整改任务数都用“个”）；
    - 两个计数的状态之间有没写数的状态（“某支部已撤销。其余2个…”），分项不全；
    - 状态与别的计数混在同一个“其中”里（嵌套分项）；
    - “四个意识”“两个维护”等固定说法不是数字。

    ## 为什么
    对不上的总数是最容易被读者发现的硬伤，多是改了分项没改总数。

    ## 示例
    “共处理16人，其中诫勉谈话2人、批评教育6人、提醒谈话9人” —— 各项合计17人。
    “巡察反馈问题5个方面18个。截至目前，已完成整改15个，正在整改4个。” —— 合计19个。

    ## 如何修复
    核对原始台账，改正总数或分项。

    ## 选项
    无。

    ## 数据来源
    状态用语取自公开的整改进展通报：已完成（整改）、整改到位、已办结、已销号、已落实、已解决，
    以及“已”加动词紧接数字（已退赔2.1万元、已清退3人）；基本完成、阶段性完成、取得阶段性成效；
    正在整改、正在推进、有序推进、持续推进、序时推进、长期坚持；未完成、尚未完成、未办结；
    其余、剩余、余下、剩下。
    """

    doc_en = """## What it checks
    A reviewer re-adds, by hand, every total in a paragraph and its parts:

    - parts: after the total, "其中" ("of which"), "分别为" or "分别是" ("respectively")
      introduce two or more numbers of the same kind, as in
      "对16名相关责任人作出处理，其中，通报批评1人，批评教育6人，提醒谈话9人"
      (1+6+9 should equal 16) or "共计12.5万元，其中A项目8.2万元、B项目4.3万元";
    - rectification states: the counts by state after a total number of problems, as in
      "反馈问题18个。截至目前，已完成整改15个，正在整改3个。" The total and the states need
      not be in the same sentence, only in the same paragraph; the state may come before the
      number ("已完成整改15个") or after it ("15个问题已完成整改"); "其余" and "剩余" (the rest)
      name what is left ("已完成整改10个，其余2个正在推进") and count as a part too. The total
      may also follow the states in a clause of its own ("已完成整改15个，正在整改3个，共18个").

    A single state ("共反馈问题12个，已完成整改10个") reports progress, not a breakdown, and is
    not checked; a breakdown by state needs "已完成/基本完成" (completed / basically completed)
    or "其余" (the rest), plus at least one other state.

    Numbers may be Arabic or Chinese numerals (十六名, 两个), and the units must agree (人, 名
    and 位 are the same unit; 元, 万元 and 亿元 are converted to yuan before comparing).
    Decimal numbers are added as written, and the sum matches when it is within half a unit
    of the last digit of the coarsest number written ("12.5万元" matches "8.26万元+4.27万元",
    not "8.2万元+3.1万元"); whole numbers are compared exactly.

    ## Not reported (better a miss than a false alarm)
    - itemisations in brackets ("批评教育6人（其中处级2人）"); numbers after "另有3人" (a further 3);
    - "其中包括…", "其中处级以上干部3人", "含…": only a part is named;
    - parts after "其中" that add up to less than half the total
      ("培训1200人次，其中处级60人次、科级240人次"): usually only some kinds are listed;
    - when the first parts after "其中" already add up to the total and the later numbers are
      extra detail ("…提醒谈话9人，涉及处级干部3人");
    - parts that are themselves broken down ("其中立行立改5个、限期整改10个", "其余3个问题中，2个…"):
      the finer numbers do not count as parts of the level above; in
      "剩余问题14个纳入台账，已完成12个，正在整改2个" the leading "剩余14个" is the total of the
      states after it; the same total written again ("103条整改措施……103条措施已完成…") still
      counts as one total;
    - approximate numbers such as "近30个" (nearly 30) and "30个以上" (over 30); in "5个方面18个问题"
      the number of aspects (方面) is not a total;
    - a paragraph with several numbers that could be the total, none matching the parts
      (for example when problems and rectification tasks are both counted in 个);
    - a state without a number between two counted states ("某支部已撤销。其余2个…"): the
      breakdown is incomplete;
    - states mixed with other counts in the same "其中" (nested breakdowns);
    - set phrases such as "四个意识" and "两个维护" are not numbers.

    ## Why
    A total that does not add up is the flaw readers spot first; usually a part was changed
    and the total was not.

    ## Example
    "共处理16人，其中诫勉谈话2人、批评教育6人、提醒谈话9人" — the parts add up to 17.
    "巡察反馈问题5个方面18个。截至目前，已完成整改15个，正在整改4个。" — the parts add up to 19.

    ## How to fix
    Check the original ledger (台账) and correct the total or the parts.

    ## Options
    None.

    ## Data source
    The state words are taken from published rectification progress notices: completed
    (已完成（整改）, 整改到位, 已办结, 已销号, 已落实, 已解决, and "已" plus a verb directly
    followed by a number: 已退赔2.1万元, 已清退3人); basically completed (基本完成, 阶段性完成,
    取得阶段性成效); in progress (正在整改, 正在推进, 有序推进, 持续推进, 序时推进, 长期坚持);
    not completed (未完成, 尚未完成, 未办结); the rest (其余, 剩余, 余下, 剩下).
    """

    code = "NL601"
    name = "sum-mismatch"
    severity = Severity.ERROR
    scope = DOCUMENT
    message = {
        "zh": "其中各项合计{sum}{unit}（{terms}），与总数{total}{total_unit}不符",
        "en": "the parts add up to {sum}{unit} ({terms}), not the total of {total}{total_unit}",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        def unit(quantity: Quantity) -> str:  # as the user wrote it: 個, 萬元
            return notice.original(quantity.end - len(quantity.unit), quantity.end)

        for tally in notice.tallies:
            if not tally.is_breakdown or not tally.difference():
                continue
            parts, total = tally.parts, tally.total
            if {part.scale for part in parts} == {total.scale}:  # 2人+6名, 8.2+4.3 (万元)
                sum_unit = unit(parts[0])
                terms = "+".join(_figure(part.value) for part in parts)
            else:  # 8000万元+3000万元, summed in the total's unit
                sum_unit = unit(total)
                terms = "+".join(f"{_figure(part.value)}{unit(part)}" for part in parts)
            parts_sum = sum(part.amount for part in parts)
            parts_sum = parts_sum if total.scale == 1 else Decimal(parts_sum) / total.scale
            yield self.diagnostic(
                ctx,
                total.start,
                tally.end,
                sum=_figure(parts_sum),
                unit=sum_unit,
                terms=terms,
                total=_figure(total.value),
                total_unit=unit(total),
            )
