from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.dates import DATE
from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# 截止 (to stop at a deadline) before a point in time it runs up to.
_CUTOFF = re.compile(r"截止(?:到|至)?(?=目前|当前|现在|今年|今天|去年|本月|本年|年底|年末|月底|\d{4}年|\d{1,2}月)")


class CutoffWording(Rule):
    """“截止”误用为“截至”

    ## 检查什么
    “截止”后面紧跟一个时间点的用法：“截止目前”“截止到目前”“截止2023年3月底”。
    这里要说的是“到某时为止”，应写“截至”。“截止时间”“截止日期”“3月底前截止”
    是“到期停止”的意思，写法正确，不报告；“截止2023年3月底前”表示期限，也不报告。

    ## 为什么
    “截止”是到期停止，后面一般不带时间宾语；“截至”是截止到某个时候。
    这是公文审核最常见的用词差错之一。

    ## 示例
    “截止目前，已完成整改28项” 应为 “截至目前，已完成整改28项”。

    ## 如何修复
    把“截止”“截止到”“截止至”改为“截至”。
    """

    doc_en = """## What it checks
    "截止" directly followed by a point in time: "截止目前", "截止到目前", "截止2023年3月底".
    What is meant is "up to a time", which is written "截至". "截止时间", "截止日期" (deadline)
    and "3月底前截止" (closes by the end of March) mean "stop when due" and are correct, not
    reported; "截止2023年3月底前" states a deadline and is not reported either.

    ## Why
    "截止" means to stop when due and normally takes no time object; "截至" means up to a given
    time. This is one of the commonest word errors in reviewing official documents.

    ## Example
    "截止目前，已完成整改28项" should be "截至目前，已完成整改28项".

    ## How to fix
    Change "截止", "截止到" and "截止至" to "截至".
    """

    code = "NL511"
    name = "cutoff-wording"
    severity = Severity.WARNING
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {"zh": "“{wrong}”应为“截至”", "en": "“{wrong}” should be 截至 (up to)"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        for match in _CUTOFF.finditer(text):
            date = DATE.match(text, match.end())
            if date is not None and date.end() > match.end() and text.startswith("前", date.end()):
                continue  # 截止2023年3月底前: a deadline
            yield self.diagnostic(
                ctx,
                match.start(),
                match.end(),
                fix=Fix.safe(Edit(*match.span(), "截至")),
                wrong=notice.original(*match.span()),
            )
