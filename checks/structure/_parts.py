"""What the structure rules share: the names of the parts of a notice and
the rule shape "a required part is missing"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notelint import lexer as kinds
from notelint.rules import Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

PART_NAMES = {
    kinds.TITLE: Localized("标题", "the title"),
    kinds.META: Localized("网页信息行", "the web metadata line"),
    kinds.PREAMBLE: Localized("前言（{term}依据、时间、反馈情况）", "the preamble"),
    kinds.H1_RESP: Localized("主体责任履行情况部分", "the responsibility section"),
    kinds.H1_PROGRESS: Localized("整改进展情况部分", "the progress section"),
    kinds.H1_CLUES: Localized("问题线索处理情况部分", "the clue-handling section"),
    kinds.H1_UNFINISHED: Localized("需要进一步整改的事项部分", "the unfinished-items section"),
    kinds.H1_NEXT: Localized("下一步工作打算", "the next-step plan"),
    kinds.NEXT_INTRO: Localized("下一步工作打算", "the next-step plan"),
    kinds.INVITATION: Localized("欢迎监督的表述", "the invitation to supervise"),
    kinds.DISCLOSURE: Localized("公开期限", "the disclosure period"),
    kinds.CONTACT: Localized("联系方式", "the contact details"),
    kinds.SIGNATURE: Localized("落款（发布机关）", "the signature"),
    kinds.DATE: Localized("成文日期", "the signing date"),
}


def same_part(a: str, b: str) -> bool:
    """An unnumbered next-step paragraph stands for the 下一步 section."""
    next_steps = (kinds.H1_NEXT, kinds.NEXT_INTRO)
    return a == b or (a in next_steps and b in next_steps)


class MissingPart(Rule):
    """Base of the rules that report a required part the parser had to insert.

    A part that exists but stands elsewhere is NL112's (section-order), not a
    missing part."""

    part: str  # the block kind

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        if any(same_part(block.kind, self.part) for block in notice.misplaced):
            return
        for missing in notice.missing:
            if missing.kind == self.part:
                offset = self.where(notice, missing.offset)
                yield self.diagnostic(ctx, offset, offset, term=notice.inspection_term)
                return

    def where(self, notice: Notice, offset: int) -> int:
        """Where the missing part is reported: where the parser inserted it."""
        return offset
