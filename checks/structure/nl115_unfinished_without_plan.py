import re

from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

# Wording that admits rectification is not finished. Each alternative of these
# patterns begins with its own word, so that the search jumps from one first
# character to the next instead of trying every character of the notice.
_IN_PROGRESS = r"(?:抓紧)?(?:推进|办理|整改)"
ADMISSION = re.compile(
    r"尚未(?:完成|整改到位|整改完成|办结|落实到位)|未完成整改(?!的?原因)|尚有[^。;]{0,20}未|"
    rf"正在{_IN_PROGRESS}|仍在{_IN_PROGRESS}|尚在{_IN_PROGRESS}")
PLAN = (
    ("reason", re.compile(r"原因:"), Localized("未完成原因", "the reason")),
    ("measure", re.compile(r"措施:"), Localized("下一步整改措施", "the next measures")),
    ("deadline", re.compile(r"整改时限(?:为|:)|完成时限(?:为|:)|完成时间:"), Localized("整改时限", "a deadline")),
)


class UnfinishedWithoutPlan(Rule):
    """承认有未完成事项却没有原因、措施和时限

    ## 检查什么
    文中承认整改尚未完成（“尚未完成”“尚有2个…未…”“正在抓紧推进”），却没有写明
    未完成的原因、下一步整改措施和整改时限。消息列出缺少的项。

    ## 为什么
    按巡视巡察工作要求，对未完成的整改事项要说明原因、措施和时限，
    让群众知道何时能见到结果。

    ## 示例
    “目前尚有3项问题正在整改中。”之后再无交代。

    ## 如何修复
    增加“需要进一步整改的事项及措施”部分，逐项写明“未完成整改原因：”“下一步整改措施：”
    “整改时限：”。
    """

    code = "NL115"
    name = "unfinished-without-plan"
    severity = Severity.WARNING
    message = {"zh": "文中有未完成的整改事项，但没有写明{missing}",
               "en": "the text admits unfinished items but gives no {missing}"}

    def check(self, notice, ctx):
        if not notice.is_notice:
            return
        text = notice.text
        admission = ADMISSION.search(text)
        if admission is None:
            return
        missing = [label.pick(ctx.lang) for _, pattern, label in PLAN if not pattern.search(text)]
        if missing:
            separator = "、" if ctx.lang == "zh" else ", "
            yield self.diagnostic(ctx, admission.start(), admission.end(), missing=separator.join(missing))
