from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

from ._issuer import SHORT_FORM, read_issuer, same_issuer, short_forms

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

_PLACES = {"title": Localized("标题", "the title"), "preamble": Localized("前言", "the preamble")}
# A committee named in the preamble: the inspected body, if it is one.
_COMMITTEE = re.compile(r"(?:党委|党工委|党组|委员会)$")


class IssuerMismatch(Rule):
    """发文机关前后不一致

    ## 检查什么
    标题中的发文机关（“关于”之前）、前言中被巡察的党组织和落款，应是同一个党组织。
    按通报的惯例，这些写法视为一致：“中共X委员会”与“X党委”，“中共X工作委员会”与
    “X党工委”，带不带市名（“泉州市国资委”与“市国资委”），公认的简称（“国资委”与
    “国有资产监督管理委员会”），以及前言用“简称”定义的简称。
    “…委员会委员会”是委员会的党委的全称，不是重复。

    ## 为什么
    发文机关前后不一，常是套用别的单位的通报时漏改了一处，会让人怀疑通报的真实性。

    ## 示例
    标题“中共某某市某某局委员会关于…的通报”，落款却是“中共某某市某某集团有限公司委员会”。

    ## 如何修复
    统一为发文党组织的规范名称。
    """

    doc_en = """## What it checks
    The issuing body in the title (before "关于"), the Party organisation inspected named in
    the preamble, and the signature should be the same Party organisation. As notices
    customarily write them, these count as the same: "中共X委员会" and "X党委", "中共X工作委员会"
    and "X党工委", with or without the city name ("泉州市国资委" and "市国资委"), well-known
    abbreviations ("国资委" and "国有资产监督管理委员会"), and abbreviations the preamble defines
    with "简称". "…委员会委员会" is the full name of a committee's Party committee, not a repetition.

    ## Why
    An issuer that changes between places usually means a notice of another body was reused
    and one place was not updated; it makes readers doubt the notice is genuine.

    ## Example
    Title "中共某某市某某局委员会关于…的通报", but signed "中共某某市某某集团有限公司委员会".

    ## How to fix
    Use the issuing Party organisation's standard name throughout.
    """

    code = "NL604"
    name = "issuer-mismatch"
    severity = Severity.WARNING
    message = {
        "zh": "{place}中的发文机关“{name}”与落款“{signature}”不一致",
        "en": "the issuing body “{name}” in {place} differs from the signature “{signature}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        if len(notice.signature) != 1:
            return
        text = notice.text
        signature = notice.signature[0]
        signed = read_issuer(signature.text)
        aliases = short_forms(text, notice.preamble.start, notice.preamble.end) if notice.preamble else {}
        for place, start, end in self._named(notice):
            name = text[start:end]
            if any(same_issuer(read_issuer(form), signed) for form in (name, aliases.get(name, name))):
                continue
            yield self.diagnostic(
                ctx,
                start,
                end,
                place=_PLACES[place],
                name=notice.original(start, end),
                signature=notice.original(signature.start, signature.end),
            )

    @staticmethod
    def _named(notice: Notice) -> Iterator[tuple[str, int, int]]:
        """(place, start, end) of each naming of the issuer besides the signature."""
        text = notice.text
        if notice.title is not None:
            about = text.find("关于", notice.title.start, notice.title.end)
            if about > notice.title.start:
                yield "title", notice.title.start, about
        preamble = notice.preamble
        if preamble is not None and preamble.inspected is not None:
            start, end = preamble.inspected.start, preamble.inspected.end
            definition = SHORT_FORM.match(text, start, end)
            if definition is not None:  # 对X党委（简称“…”）开展: X党委 is the name
                end = definition.end("full")
            name = text[start:end]
            if "、" not in name and "(" not in name and _COMMITTEE.search(name):
                yield "preamble", start, end
