from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._labels import is_full_width, sequence_errors, sibling_groups, standard_label

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class NumberingSequence(Rule):
    """标题序号不连续

    ## 检查什么
    同一上级标题下、同一层级的标题序号应从一开始逐个递增，不跳号、不重复
    （“一、二、四、”“（一）（一）”）。每个“一、”下的“（一）”重新起算。
    一处错误只报一次：“一、二、二、四、”只报第二个“二、”。

    ## 为什么
    序号跳号或重复，多是增删段落后没有重新编号，读者会怀疑内容有遗漏。

    ## 示例
    “（一）……（二）……（四）……”——“（四）”应为“（三）”。

    ## 如何修复
    按顺序重新编号。
    """

    doc_en = """## What it checks
    Headings of the same level under the same parent should be numbered from one upwards,
    without gaps or repeats ("一、二、四、", "（一）（一）"). Numbering of "（一）" restarts under
    each "一、". Each error is reported once: "一、二、二、四、" reports only the second "二、".

    ## Why
    A skipped or repeated number usually means paragraphs were added or deleted without
    renumbering, and readers suspect something is missing.

    ## Example
    "（一）……（二）……（四）……" — "（四）" should be "（三）".

    ## How to fix
    Renumber in order.
    """

    code = "NL201"
    name = "numbering-sequence"
    severity = Severity.ERROR
    message = {
        "zh": "序号“{found}”{reason}，此处应为“{expected}”",
        "en": "the number “{found}” {reason}; expected “{expected}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for group in sibling_groups(notice.outline):
            headings = [node.heading for node in group]
            for error in sequence_errors([heading.number for heading in headings]):
                heading = headings[error.item]
                yield self.diagnostic(
                    ctx,
                    heading.label_start,
                    heading.label_end,
                    found=notice.original(heading.label_start, heading.label_end),
                    reason=error.reason,
                    expected=standard_label(heading.level, error.expected, is_full_width(notice.source.text)),
                )
