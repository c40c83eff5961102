from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

FIELDS = (
    ("basis", Localized("{term}依据（根据/按照…部署）", "the basis (根据/按照…部署)")),
    ("period", Localized("{term}时间", "the inspection period")),
    ("group", Localized("{term}组", "the inspecting group")),
    ("inspected", Localized("被{term}单位", "the inspected body")),
    ("feedback", Localized("反馈时间", "the feedback date")),
    ("formula", Localized("公布用语（现将…予以公布）", "the publication formula (现将…予以公布)")),
)


class PreambleIncomplete(Rule):
    """前言要素不全

    ## 检查什么
    前言应包含六项要素：巡察依据（“根据市委统一部署”）、巡察时间（“2023年3月8日至5月26日”
    或“4月上旬至6月中旬”）、巡察组（“市委第二巡察组”）、被巡察单位（“对…开展了巡察”）、
    反馈时间（“2023年9月27日，…反馈了巡察意见”，可只写到月）、公布用语
    （“现将巡察整改进展情况予以公布”）。消息列出缺少的要素。

    ## 为什么
    这些要素让读者能核对是哪一轮巡察、整改从何时起算；缺项的前言常是删改时误删。

    ## 示例
    “市委巡察组对市某某局党组开展了巡察，并反馈了意见。现将整改情况予以公布。”
    —— 缺少巡察依据、巡察时间和反馈时间。

    ## 如何修复
    按消息补上缺少的要素。
    """

    doc_en = """## What it checks
    The preamble should hold six elements: the basis of the inspection ("根据市委统一部署", as
    deployed by the city committee), its period ("2023年3月8日至5月26日" or "4月上旬至6月中旬"),
    the inspection team ("市委第二巡察组"), the body inspected ("对…开展了巡察"), the feedback date
    ("2023年9月27日，…反馈了巡察意见", the month alone is enough), and the publication phrase
    ("现将巡察整改进展情况予以公布"). The message lists the missing elements.

    ## Why
    These elements let readers check which round of inspection it was and from when
    rectification is counted; a preamble missing one was often cut by mistake during editing.

    ## Example
    "市委巡察组对市某某局党组开展了巡察，并反馈了意见。现将整改情况予以公布。"
    — the basis, the period of the inspection and the feedback date are missing.

    ## How to fix
    Add the missing elements the message names.
    """

    code = "NL102"
    name = "preamble-incomplete"
    severity = Severity.WARNING
    message = {"zh": "前言缺少：{missing}", "en": "the preamble lacks {missing}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        preamble = notice.preamble
        if preamble is None:
            return
        term = notice.inspection_term
        missing = [
            label.filled(term=term).pick(ctx.lang)
            for attribute, label in FIELDS
            if getattr(preamble, attribute) is None
        ]
        if missing:
            first = preamble.blocks[0]
            separator = "、" if ctx.lang == "zh" else ", "
            yield self.diagnostic(ctx, first.start, first.end, missing=separator.join(missing))
