from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from notelint import lexer as kinds
from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.normalize import is_han
from notelint.rules import Rule

from ._text import in_spans, match_pairs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# Spaces (U+3000 is folded to a space); stray when a Han character stands on both sides.
# A space, then any more: the regex engine finds a leading literal at C speed, not a repeated one.
_SPACES = re.compile("  *")


class StraySpace(Rule):
    """汉字间多余空格

    ## 检查什么
    两个汉字之间的空格（含全角空格）。行首缩进不报告；引号和书名号里的空格
    （“干字当头 真抓实干”这类口号、篇名的排版）不报告；网页残留（“朗读  字号”
    “【字体：大 中 小】”）里的空格不报告，整段残留由 NL501 删除。
    不是整改通报的文件（NL100）不检查：新闻的署名（“记者 王某 通讯员 李某”）、标题的
    分隔本来就用空格。

    ## 为什么
    中文正文词与词之间不留空格。汉字间的空格多是从 PDF 或网页复制时带来的断行、
    对齐痕迹，或本该是标点的地方。

    ## 示例
    “市委巡察组 反馈了意见”。

    ## 如何修复
    删除空格；如果那里本该有标点，请补上标点。
    """

    doc_en = """## What it checks
    A space (full-width spaces included) between two Chinese characters. Indentation at the
    start of a line is not reported; spaces inside quotation marks and title marks (the layout
    of slogans such as "干字当头 真抓实干", or of titles) are not reported; spaces inside web
    residue ("朗读  字号", "【字体：大 中 小】") are not reported, since NL501 deletes the whole
    residue.

    Not checked in a document that is not a notice (NL100): a news item's byline
    (记者 王某 通讯员 李某) and headline are laid out with spaces.

    ## Why
    Chinese body text puts no spaces between words. A space between Chinese characters is
    usually a line break or alignment left from copying out of a PDF or web page, or a place
    that should hold punctuation.

    ## Example
    "市委巡察组 反馈了意见".

    ## How to fix
    Delete the space; if punctuation belongs there, add it.
    """

    code = "NL510"
    name = "stray-space"
    severity = Severity.WARNING
    fix = Applicability.SAFE
    message = {"zh": "汉字之间有多余的空格", "en": "a space between Chinese characters"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        if " " not in text:
            return
        residue = None
        quoted: dict[int, list[tuple[int, int]]] = {}  # a paragraph's number → the spans its quotes hold
        # One scan of the whole text: a run of spaces never crosses a line break.
        for match in _SPACES.finditer(text):
            start, end = match.span()
            if not (start and is_han(text[start - 1]) and end < len(text) and is_han(text[end])):
                continue
            number = bisect.bisect_right(notice.paragraphs, (start, len(text))) - 1
            if number not in quoted:
                pairs, _ = match_pairs(notice, [notice.paragraphs[number]])
                quoted[number] = [(p.open, p.close) for p in pairs if p.mark in "“‘《"]
            if any(open_ < start < close for open_, close in quoted[number]):
                continue
            if residue is None:
                # Residue is NL501's; a page's metadata line (来源：…  发布时间：…)
                # is laid out with spaces between its fields on purpose.
                laid_out = [b for b in notice.blocks if b.kind == kinds.META]
                residue = sorted([(b.start, b.end) for b in laid_out] + notice.residue_spans)
            if in_spans(residue, start):
                continue
            yield self.diagnostic(ctx, start, end, fix=Fix.safe(Edit(start, end)))
