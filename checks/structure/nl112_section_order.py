from __future__ import annotations

from typing import TYPE_CHECKING

from notelint import lexer as kinds
from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

from ._parts import PART_NAMES, same_part

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.lexer import Block
    from notelint.model import Notice
    from notelint.rules import Context


class SectionOrder(Rule):
    """组成部分顺序不对

    ## 检查什么
    通报的组成部分有固定顺序：标题、前言、主体责任情况、整改进展情况、（问题线索处理、
    未完成事项）、下一步工作打算、欢迎监督、公开期限、联系方式、落款、成文日期。
    某一部分出现在不该出现的位置时报告，并指出它应在哪一部分之前（不用行号：
    从 Word 文档提取的文本行号与用户看到的不同）。公开期限与联系方式的先后不限：
    已发布的通报两种写法都有，公开期限写在联系方式之后、落款之前不报告。

    ## 为什么
    读者按惯常顺序查找信息；顺序错乱多是拼接稿件时的失误。

    ## 示例
    联系方式写在“下一步工作打算”之前。

    ## 如何修复
    把该部分移到消息所说的位置。
    """

    doc_en = """## What it checks
    The parts of a notice come in a fixed order: title, preamble, principal responsibility,
    rectification progress, (handling of problem leads, unfinished items,) next steps,
    invitation to supervise, disclosure period, contact details, signature, date of writing.
    A part in the wrong place is reported, with the part it should come before (not a line
    number: line numbers of text extracted from a Word document differ from what the user sees).
    The disclosure period and the contact details may come either way round, as published
    notices write both: a disclosure period after the contacts and before the signature is
    not reported.

    ## Why
    Readers look for information in the usual order; a jumbled order is usually a slip when
    splicing drafts together.

    ## Example
    The contact details come before "下一步工作打算" (next steps).

    ## How to fix
    Move the part to where the message says.
    """

    code = "NL112"
    name = "section-order"
    severity = Severity.WARNING
    message = {"zh": "{part}的位置不符合通报的结构顺序{where}", "en": "{part} is out of the order of a notice{where}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for block in notice.misplaced:
            if block.kind not in PART_NAMES or block.kind in (kinds.TITLE, kinds.META):
                continue
            belongs = next((m.offset for m in notice.missing if same_part(m.kind, block.kind)), None)
            yield self.diagnostic(
                ctx,
                block.start,
                block.end,
                part=PART_NAMES[block.kind].filled(term=notice.inspection_term),
                where=_where(notice, block, belongs),
            )


def _where(notice: Notice, moved: Block, belongs: int | None) -> Localized:
    """Where the part belongs, named by the part it should precede (a line
    number would be wrong in the user's Word document, whose lines are not
    the extracted text's)."""
    if belongs is None:
        return Localized("", "")
    following = next(
        (
            b
            for b in notice.blocks
            if b.start >= belongs
            and b is not moved
            and b.kind in PART_NAMES
            and b.kind not in (kinds.TITLE, kinds.META)
        ),
        None,
    )
    if following is None:
        return Localized("，应在文末", "; it belongs at the end")
    name = PART_NAMES[following.kind].filled(term=notice.inspection_term)
    return Localized(f"，应在{name.zh}之前", f"; it belongs before {name.en}")
