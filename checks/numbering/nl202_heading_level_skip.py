from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._labels import is_full_width, standard_label

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

CHINESE, BRACKETED_ARABIC = 1, 4  # 一、 and （1）


class HeadingLevelSkip(Rule):
    """标题层级跳级

    ## 检查什么
    标题层级应依次为“一、”“（一）”“1.”“（1）”。下级标题跳过了中间一级时报告
    （“（一）”下直接用“（1）”）。“一、”下直接用“1.”是只有两级时的通行做法，不报告。
    “一、”下直接用“（1）”是否报告由选项 ``report-chinese-to-bracketed-arabic``
    决定，默认报告：它跳过了两级，在通报中少见，多是层级用混了。
    每个上级标题只报它下面第一个跳级的标题。

    ## 为什么
    GB/T 9704—2012 规定文中结构层次序数依次用“一、”“（一）”“1.”“（1）”。

    ## 示例
    “二、整改进展情况”下一行是“（1）关于……的问题”。

    ## 如何修复
    按层级改用正确的序号（此例改为“（一）”），或补上缺少的一级。
    """

    doc_en = """## What it checks
    Heading levels go "一、", "（一）", "1.", "（1）" in turn. A heading that skips a level is
    reported ("（1）" directly under "（一）"). "1." directly under "一、" is the usual practice
    with only two levels and is not reported. Whether "（1）" directly under "一、" is reported
    depends on the option ``report-chinese-to-bracketed-arabic``, reported by default: it skips
    two levels, is rare in notices, and usually means the levels were mixed up. Under each
    parent heading only the first heading that skips a level is reported.

    ## Why
    GB/T 9704—2012 (Layout key for official documents of Party and government organs) numbers
    the structural levels of the text "一、", "（一）", "1.", "（1）" in turn.

    ## Example
    The line after "二、整改进展情况" is "（1）关于……的问题".

    ## How to fix
    Use the right number for the level (here "（一）"), or add the missing level.
    """

    code = "NL202"
    name = "heading-level-skip"
    severity = Severity.WARNING
    options = {"report-chinese-to-bracketed-arabic": True}
    message = {
        "zh": "“{child}”直接排在“{parent}”之下，跳过了“{missing}”这一级",
        "en": "“{child}” stands directly under “{parent}”, skipping the level of “{missing}”",
    }

    def _accepted(self, parent: int, child: int, ctx: Context) -> bool:
        if child <= parent + 1 or (parent, child) == (1, 3):
            return True
        return (parent, child) == (CHINESE, BRACKETED_ARABIC) and not ctx.option(
            self, "report-chinese-to-bracketed-arabic"
        )

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        pending = list(notice.outline)
        while pending:
            node = pending.pop()
            pending.extend(node.children)
            reported = set()
            for child in node.children:
                if child.level in reported or self._accepted(node.level, child.level, ctx):
                    continue
                reported.add(child.level)
                parent, heading = node.heading, child.heading
                yield self.diagnostic(
                    ctx,
                    heading.label_start,
                    heading.label_end,
                    child=notice.original(heading.label_start, heading.label_end),
                    parent=notice.original(parent.label_start, parent.label_end),
                    missing=standard_label(node.level + 1, 1, is_full_width(notice.source.text)),
                )
