from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Localized, Rule

from ._text import OPENERS, QUOTES, excerpt, match_pairs, paragraph_marks, unsettled_paragraphs, well_nested

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# Quotes nested as they should be, in marks that pair up (see well_nested):
# double quotes, each holding nothing or single quotes that hold no quotes.
# A sufficient test only (single quotes may hold double ones): the rest is
# paired one by one.
_PLAIN_QUOTES = re.compile("(?:“(?:‘’)*”|\n)*")
_BRACKETS = "".join(opener + closer for opener, closer in OPENERS.items() if opener not in QUOTES)


def _plainly_nested(marks: str) -> bool:
    """Whether the marks of ``paragraph_marks`` pair up with their quotes
    nested as they should be: nothing for NL507 to report."""
    if not well_nested(marks):
        return False
    quotes = marks
    for bracket in _BRACKETS:  # a str.replace per bracket: str.translate reads a mapping per character
        quotes = quotes.replace(bracket, "")
    if "‘" not in quotes:  # most drafts: double quotes alone, plainly nested when no pair holds another
        return not quotes.replace("“”", "").strip("\n")
    return _PLAIN_QUOTES.fullmatch(quotes) is not None


_SINGLE_OUTSIDE = Localized(
    "单引号‘’只能用在双引号“”里面，外层应使用双引号",
    "single quotes ‘’ belong inside double quotes “”; use double quotes outside",
)
_DOUBLE_INSIDE = Localized("双引号“”里面的引号应使用单引号‘’", "quotes inside double quotes take single quotes ‘’")


class QuoteNesting(Rule):
    """引号嵌套错误

    ## 检查什么
    单引号‘’用作外层引号（不在双引号之内），或双引号“”里面又套双引号。

    ## 为什么
    GB/T 15834—2011：引号里面还要用引号时，外面一层用双引号，里面一层用单引号。
    外层的单引号多是从别处摘引时丢了外层双引号。

    ## 示例
    “违反‘三重一大’议事规则”单独出现在句中（应为“三重一大”）；
    “落实“两个责任”的要求”（内层应为‘两个责任’）。

    ## 如何修复
    外层改用双引号，内层改用单引号。
    """

    doc_en = """## What it checks
    Single quotation marks ‘’ used as the outer quotes (not inside double quotes), or double
    quotes “” nested inside double quotes.

    ## Why
    GB/T 15834—2011: when a quotation holds another, the outer one takes double quotes and the
    inner one single quotes. Outer single quotes usually mean the outer double quotes were lost
    when quoting from elsewhere.

    ## Example
    “违反‘三重一大’议事规则” standing alone in a sentence (should be “三重一大”);
    “落实“两个责任”的要求” (the inner quotes should be ‘两个责任’).

    ## How to fix
    Use double quotes outside and single quotes inside.
    """

    code = "NL507"
    name = "quote-nesting"
    severity = Severity.WARNING
    scope = DOCUMENT
    message = {"zh": "引号嵌套不规范：{problem}（{quoted}）", "en": "quote nesting: {problem} ({quoted})"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        marks = paragraph_marks(notice)
        if _plainly_nested(marks):
            return  # most drafts: nothing to report, no need to pair the marks one by one
        pairs, _ = match_pairs(notice, unsettled_paragraphs(notice, marks, _plainly_nested))
        for pair in pairs:
            if pair.mark == "‘" and pair.outer_quote != "“":
                problem = _SINGLE_OUTSIDE
            elif pair.mark == "“" and pair.outer_quote == "“":
                problem = _DOUBLE_INSIDE
            else:
                continue
            yield self.diagnostic(
                ctx,
                pair.open,
                pair.close + 1,
                problem=problem,
                quoted=excerpt(notice.original(pair.open, pair.close + 1)),
            )
