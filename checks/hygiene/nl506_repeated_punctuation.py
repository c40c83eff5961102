from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Rule

from ._text import FULL_WIDTH, punctuation_runs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# Which mark of a run to keep: the one that ends the most.
_STRENGTH = {"。": 4, "!": 4, "?": 4, ";": 3, ":": 2, ",": 1, "、": 0}


class RepeatedPunctuation(Rule):
    """标点重复

    ## 检查什么
    连续的点号：“。。”“，，”“，、”“；。”等。省略号“……”和破折号“——”不在此列；
    标题序号里的点号（“三、：”）归序号规则（NL203、NL205）。

    ## 为什么
    连用的点号多是删改时留下的，GB/T 15834—2011 中点号不能连用。

    ## 示例
    “召开专题会议，，研究部署整改工作。。”

    ## 如何修复
    只保留一个：作用最强的那个（句号、问号、叹号 > 分号 > 冒号 > 逗号 > 顿号），
    同等时保留第一个全角的。冒号与别的点号连用时（“；：”“，：”），冒号引出下文，
    保留哪个要看原意，自动修复只在 --unsafe-fixes 时应用。保留的标点写成全角：“;，”改为“；”，
    绝不删去全角标点而留下半角的。自动修复只删去多余的标点，中间夹着的
    网页实体（“，&nbsp;，”）、拼音残留等留给各自的规则处理，不会被一并改动。
    """

    doc_en = """## What it checks
    Consecutive punctuation marks (点号): "。。", "，，", "，、", "；。" and the like. The ellipsis
    "……" and the dash "——" are not among them; punctuation after heading numbers ("三、：")
    belongs to the numbering rules (NL203, NL205).

    ## Why
    Consecutive marks are usually left over from editing; GB/T 15834—2011 does not allow them.

    ## Example
    "召开专题会议，，研究部署整改工作。。"

    ## How to fix
    Keep only one: the strongest (full stop, question mark, exclamation mark > semicolon >
    colon > comma > enumeration comma), and of equals the first full-width one. When a colon
    meets another mark ("；：", "，："), the colon introduces what follows and which to keep
    depends on the meaning, so the fix applies only with --unsafe-fixes. The mark kept is
    written full-width: ";，" becomes "；", and a full-width mark is never deleted to keep a
    half-width one. The fix only deletes the extra marks; web entities ("，&nbsp;，"), pinyin
    residue and the like in between are left to their own rules and not changed with them.
    """

    code = "NL506"
    name = "repeated-punctuation"
    severity = Severity.WARNING
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {"zh": "标点重复“{run}”，应只保留“{kept}”", "en": "repeated punctuation “{run}”: keep “{kept}”"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        labels = notice.heading_labels
        for start, end in punctuation_runs(text):
            if labels and any(i in labels for i in range(start, end)):
                continue  # ``三、：``: the label's mark is the numbering rules' business
            run = range(start, end)
            written = [notice.original(i, i + 1) for i in run]  # a reference is written as several characters
            typed_full = [len(w) == 1 and not w.isascii() for w in written]
            keep = max(run, key=lambda i: (_STRENGTH[text[i]], typed_full[i - start], -i))
            kept = written[keep - start]
            if not typed_full[keep - start] and not all(len(w) == 1 and w.isascii() for w in written):
                kept = FULL_WIDTH.get(text[keep], text[keep])  # never a half-width mark in place of a full-width one
            # One edit per mark, so that what lies between two of them in the
            # user's text (pinyin residue, markup) is left alone.
            edits = [
                Edit(i, i + 1, kept if i == keep else "") for i in run if i != keep or kept != written[keep - start]
            ]
            # A colon introduces what follows (地址：…); which of ``；：`` was
            # meant is a guess, made only when asked.
            guess = ":" in text[start:end] and len(set(text[start:end])) > 1
            yield self.diagnostic(
                ctx,
                start,
                end,
                fix=(Fix.unsafe if guess else Fix.safe)(*edits),
                run="".join(written),
                kept=kept,
            )
