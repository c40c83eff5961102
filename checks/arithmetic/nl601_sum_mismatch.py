from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._tally import tallies


class SumMismatch(Rule):
    """总数与分项之和不符

    ## 检查什么
    一句话里的总数和它的分项：“对16名相关责任人作出处理，其中，通报批评1人，
    批评教育6人，提醒谈话9人”（1+6+9 应等于 16）；“反馈问题12个，已完成整改10个，
    基本完成1个，未完成1个”（各状态之和应等于总数）。数字可以是阿拉伯数字或汉字
    （十六名、两个），单位要一致（人、名、位视为同一单位）；括号里的细目不计入分项，
    “四个意识”“两个维护”等固定说法不是数字。

    ## 为什么
    审核人会逐一手算这些数；对不上的总数是最容易被读者发现的硬伤，
    多是改了分项没改总数。

    ## 示例
    “共处理16人，其中诫勉谈话2人、批评教育6人、提醒谈话9人” —— 各项合计17人。

    ## 如何修复
    核对原始台账，改正总数或分项。
    """

    code = "NL601"
    name = "sum-mismatch"
    severity = Severity.ERROR
    message = {"zh": "其中各项合计{sum}{unit}（{terms}），与总数{total}{total_unit}不符",
               "en": "the parts add up to {sum}{unit} ({terms}), not the total of {total}{total_unit}"}

    def check(self, notice, ctx):
        for tally in notice.shared(tallies):
            parts_sum = sum(part.value for part in tally.parts)
            if parts_sum != tally.total.value:
                yield self.diagnostic(ctx, tally.total.start, tally.end, sum=parts_sum, unit=tally.parts[0].unit,
                                      terms="+".join(str(part.value) for part in tally.parts),
                                      total=tally.total.value, total_unit=tally.total.unit)
