from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class TrailingContent(Rule):
    """成文日期之后还有内容

    ## 检查什么
    成文日期是通报的最后一行；其后的文字（网页残留除外，那是 NL501 的事）都报告。
    GB/T 9704—2012 规定的附注不算：成文日期下方括号里的一行，如“（此件公开发布）”
    “（此件主动公开）”“（联系人：……，电话：……）”；版记也不算：以“抄送：”“抄报：”开头的一行，
    以“……印发”结尾的一行（Word 导出的正式文件带着它们）。

    ## 为什么
    日期后的文字要么是拼接时误带的其他稿件，要么是应放在正文里的内容；
    发布出去会让通报显得残缺或混乱。

    ## 示例
    “2025年4月23日”之后还有一段“附件：整改台账”。

    ## 如何修复
    删除这些内容，或把它移到正文应在的位置。
    """

    doc_en = """## What it checks
    The date of writing is the last line of a notice; any text after it is reported (except web
    residue, which is NL501's business). The note (附注) GB/T 9704—2012 provides for does not
    count: a line in brackets below the date of writing, such as "（此件公开发布）" (this document
    is published), "（此件主动公开）" (this document is proactively disclosed) or
    "（联系人：……，电话：……）" (contact person, telephone).

    ## Why
    Text after the date is either part of another draft brought in by splicing, or content that
    belongs in the body; published, it makes the notice look incomplete or muddled.

    ## Example
    "2025年4月23日" is followed by a paragraph "附件：整改台账" (attachment: rectification ledger).

    ## How to fix
    Delete the text, or move it to where it belongs in the body.
    """

    code = "NL114"
    name = "trailing-content"
    severity = Severity.ERROR
    message = {"zh": "成文日期之后还有内容", "en": "text after the signing date"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        if notice.trailing:
            yield self.diagnostic(ctx, notice.trailing[0].start, notice.trailing[-1].end)
