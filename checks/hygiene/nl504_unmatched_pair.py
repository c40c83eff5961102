from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Rule

from ._text import CLOSERS, FULL_WIDTH, OPENERS, match_pairs, paragraph_marks, unsettled_paragraphs, well_nested

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# ‘’ is NL507's business (and ’ doubles as an apostrophe in Latin text).
_REPORTED = (set(OPENERS) | set(CLOSERS)) - set("‘’")


class UnmatchedPair(Rule):
    """括号或引号不配对

    ## 检查什么
    “” 《》 （） 〔〕 【】 不成对：有开无合或有合无开。成对的符号可以跨行，
    但不能跨段（纯文本中一行即一段）。报告从未闭合的开符号，或没有对应开符号的闭符号。
    标题编号的残缺（“一)”“(1”）归 NL205，这里不重复报告。

    ## 为什么
    GB/T 15834—2011 要求标号成对使用。不配对多是删改时误删了一半，
    读者会弄不清引文或注释到哪里为止。

    ## 示例
    “严格落实“一岗双责，主动认领整改事项。”——第一个引号没有闭合。

    ## 如何修复
    补上缺少的一半，或删去多余的一半。
    """

    doc_en = """## What it checks
    “” 《》 （） 〔〕 【】 that do not pair up: an opening mark without its closing mark or the
    reverse. A pair may span lines but not paragraphs (in plain text a line is a paragraph).
    Reported: the opening mark that is never closed, or the closing mark without an opening one.
    Broken heading numbers ("一)", "(1") belong to NL205 and are not reported again here.

    ## Why
    GB/T 15834—2011 (General rules for punctuation) requires these marks in pairs. An unpaired
    mark usually means half of it was deleted during editing, and readers cannot tell where a
    quotation or note ends.

    ## Example
    "严格落实“一岗双责，主动认领整改事项。" — the first quotation mark is never closed.

    ## How to fix
    Add the missing half, or delete the extra one.
    """

    code = "NL504"
    name = "unmatched-pair"
    severity = Severity.ERROR
    scope = DOCUMENT
    message = {"zh": "“{mark}”没有对应的“{partner}”", "en": "“{mark}” has no matching “{partner}”"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        marks = paragraph_marks(notice, notice.heading_labels)
        if well_nested(marks):
            return  # most drafts: every mark is paired, no need to pair them one by one
        _, unmatched = match_pairs(notice, unsettled_paragraphs(notice, marks, well_nested), notice.heading_labels)
        for offset in unmatched:
            mark = notice.text[offset]
            if mark not in _REPORTED:
                continue
            written = notice.original(offset, offset + 1)
            partner = OPENERS.get(mark) or CLOSERS[mark]
            if written in "（）":  # name the partner as the user would write it
                partner = FULL_WIDTH[partner]
            yield self.diagnostic(ctx, offset, offset + 1, mark=written, partner=partner)
