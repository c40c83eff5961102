from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Rule

from ._labels import FULL_CLOSE, FULL_OPEN, HALF_CLOSE, HALF_OPEN, is_full_width, labels

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# The mark after an unbracketed numeral: 一、 and 1.
MARKS = {1: "、", 3: "."}


class NumberingMark(Rule):
    """标题序号的标点不规范

    ## 检查什么
    - 阿拉伯数字后用了顿号：“1、” → “1.”；
    - 汉字数字后用了点号或逗号：“一.” → “一、”；
    - 括号序号后又加了标点：“（一）、” → “（一）”；
    - 序号用了其他括号：“〔一〕”“【一】” → “（一）”；
    - 全角排版的稿件中，序号用了半角括号：“(一)” → “（一）”。整篇都是半角标点的
      稿件（网页转载件）不在此报告，由 NL505 统一提示一次。
    每个标题只报一次，给出改正后的序号。括号残缺或不配对的由 NL205 报告。

    ## 为什么
    GB/T 9704—2012：结构层次序数第一层用“一、”，第三层用“1.”；带括号的序数后
    不再加标点。

    ## 示例
    “1、关于……的问题” → “1.关于……的问题”。

    ## 如何修复
    自动修复（安全）只改序号中的标点和括号，其余文字不动。
    """

    doc_en = """## What it checks
    - an enumeration comma after an Arabic numeral: "1、" → "1.";
    - a full stop or comma after a Chinese numeral: "一." → "一、";
    - punctuation after a bracketed number: "（一）、" → "（一）";
    - other brackets: "〔一〕", "【一】" → "（一）";
    - half-width brackets in a full-width draft: "(一)" → "（一）". A draft that is half-width
      throughout (reposted from the web) is not reported here; NL505 points it out once.
    Each heading is reported once, with the corrected number. Broken or unpaired brackets are
    reported by NL205.

    ## Why
    GB/T 9704—2012: the first structural level is numbered "一、", the third "1."; a bracketed
    number takes no further punctuation.

    ## Example
    "1、关于……的问题" → "1.关于……的问题".

    ## How to fix
    The fix (safe) changes only the punctuation and brackets of the number and leaves the rest
    of the text alone.
    """

    code = "NL203"
    name = "numbering-mark"
    severity = Severity.WARNING
    fix = Applicability.SAFE
    message = {
        "zh": "序号“{found}”不规范，应为“{expected}”",
        "en": "non-standard heading number “{found}”; write “{expected}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for heading, parts in labels(notice):
            if parts is None:
                if heading.mark == MARKS[heading.level]:
                    continue  # 一、 or 1. as the standard writes them: most headings
            elif parts.malformed:
                continue  # NL205's
            edits = []
            if parts is not None and parts.opener:
                # Brackets are always written full-width. In a text flattened to
                # half-width, a half-width pair is left to NL505's one file-wide
                # fix, and a full-width one is never traded for a half-width one.
                if parts.opener != FULL_OPEN and (parts.opener != HALF_OPEN or is_full_width(notice.source.text)):
                    edits.append(Edit(parts.opener_at, parts.opener_at + 1, FULL_OPEN))
                if parts.closer != FULL_CLOSE and (parts.closer != HALF_CLOSE or is_full_width(notice.source.text)):
                    edits.append(Edit(parts.closer_at, parts.closer_at + 1, FULL_CLOSE))
            mark_at = heading.label_end - len(heading.mark)
            wanted = "" if parts is not None and parts.opener else MARKS[heading.level]
            if heading.mark != wanted:
                edits.append(Edit(mark_at, heading.label_end, wanted))
            if edits:
                found = notice.original(heading.label_start, heading.label_end)
                yield self.diagnostic(
                    ctx,
                    heading.label_start,
                    heading.label_end,
                    fix=Fix.safe(*edits),
                    found=found,
                    expected=_apply(found, heading.label_start, edits),
                )


def _apply(label: str, label_start: int, edits: list[Edit]) -> str:
    """The label as the edits leave it (the label holds no pinyin residue, so
    its analysis and source characters correspond one to one)."""
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        label = label[: edit.start - label_start] + edit.replacement + label[edit.end - label_start :]
    return label
