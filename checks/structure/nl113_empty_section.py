from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class EmptySection(Rule):
    """标题下没有内容

    ## 检查什么
    一个编号标题（一、 （一） 1. （1））之下既没有正文也没有下级标题，紧接着就是
    同级或更高级的标题或通报的结尾部分。标题行本身带有正文的（“（一）加强组织领导。
    正文……”）不算空；以句号结束的标题（“（一）持续巩固整改成果，防止问题反弹。”）
    本身就是一句完整的内容，也不算空。

    ## 为什么
    空标题多是起草时留的提纲没有补写内容。

    ## 示例
    “（二）强化日常调度”下一行就是“（三）持续跟踪问效”。

    ## 如何修复
    补写该标题下的内容，或删去该标题并调整后续编号。
    """

    doc_en = """## What it checks
    A numbered heading (一、 （一） 1. （1）) with neither text nor subheadings under it, followed
    directly by a heading of the same or a higher level, or by the closing parts of the notice.
    A heading line that carries text itself ("（一）加强组织领导。正文……") is not empty; a heading
    ending in a full stop ("（一）持续巩固整改成果，防止问题反弹。") is a complete statement in itself
    and is not empty either.

    ## Why
    An empty heading is usually an outline point from drafting that was never filled in.

    ## Example
    "（二）强化日常调度" is followed on the next line by "（三）持续跟踪问效".

    ## How to fix
    Write the content under the heading, or delete the heading and renumber the ones after it.
    """

    code = "NL113"
    name = "empty-section"
    severity = Severity.WARNING
    message = {"zh": "标题“{title}”下没有内容", "en": "nothing under the heading “{title}”"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        stack = list(reversed(notice.outline))
        while stack:
            node = stack.pop()
            heading = node.heading
            # A heading that is a whole sentence (…，…。) states its item: it is not empty.
            if not node.children and not node.content and not heading.run_in and heading.title_end == node.block.end:
                title = notice.text[heading.title_start : heading.title_end]
                yield self.diagnostic(ctx, node.block.start, node.block.end, title=title)
            stack.extend(reversed(node.children))
