from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Rule

from ._catalog import written

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# A committee below the province: it sends 巡察 groups, never 巡视 groups.
_LOCAL = r"(?:市|县|区|州|盟|旗)委"
_LOCAL_INSPECTION = re.compile(rf"{_LOCAL}(?:第[一二三四五六七八九十]+)?巡视(?:组|办|工作|整改|反馈)")
_LEVEL = re.compile(_LOCAL)


class InspectionLevelTerm(Rule):
    """市县党委的巡察写成了“巡视”

    ## 检查什么
    市（地、州、盟）、县（市、区、旗）党委开展的是巡察，派出的是巡察组；
    中央和省、自治区、直辖市党委才开展巡视。前言的巡察组（或部署依据）写明是市委、县委、区委，
    而前言用的却是“巡视”（“市委第二巡视组”）时，报告这一处和文中其他写明市县级的“巡视组”
    “巡视整改”等。前言用的是“巡察”、只在后文混用的，由 NL605 报告，本规则不重复。
    “中央巡视”“省委巡视组”不报告。

    ## 为什么
    巡视和巡察是不同层级的监督，市县党委的“巡视组”并不存在，是明显的差错，
    往往来自套用省级通报。

    ## 示例
    “根据市委统一部署，市委第二巡视组对…开展了巡视” 应为 “…市委第二巡察组对…开展了巡察”。

    ## 如何修复
    把“巡视”改为“巡察”（不安全修复：需确认是市县党委的巡察）。

    ## 数据来源
    《中国共产党巡视工作条例》（新华社2024年2月21日发布全文）：党的中央和省、自治区、直辖市
    委员会实行巡视制度；“以巡视带巡察”。本规则没有数据文件。
    """

    doc_en = """## What it checks
    Party committees of cities (市, 地, 州, 盟) and counties (县, 市, 区, 旗) conduct 巡察 and send
    巡察组 (inspection teams); only the Central Committee and the committees of provinces,
    autonomous regions and municipalities conduct 巡视. When the preamble's inspection team (or
    the decision it acts on) belongs to a 市委, 县委 or 区委 but the preamble says "巡视"
    ("市委第二巡视组"), that place is reported, and so are other "巡视组", "巡视整改" and the like
    in the text that name the city or county level. When the preamble says "巡察" and only later
    text mixes the words, NL605 reports it and this rule does not repeat it. "中央巡视" and
    "省委巡视组" are not reported.

    ## Why
    巡视 and 巡察 are supervision at different levels; a city or county committee has no
    "巡视组", so this is an obvious error, often from reusing a provincial notice.

    ## Example
    "根据市委统一部署，市委第二巡视组对…开展了巡视" should be "…市委第二巡察组对…开展了巡察".

    ## How to fix
    Change "巡视" to "巡察" (an unsafe fix: confirm that the inspection is by a city or county
    committee).

    ## Data source
    《中国共产党巡视工作条例》 (Regulations on the inspection work of the Communist Party of China,
    full text published by Xinhua on 21 February 2024): the Central Committee and the committees
    of provinces, autonomous regions and municipalities apply the inspection (巡视) system, and
    "巡视 leads 巡察" (以巡视带巡察). This rule has no data file.
    """

    code = "NL707"
    name = "inspection-level-term"
    severity = Severity.ERROR
    fix = Applicability.UNSAFE
    message = {
        "zh": "市县党委开展的是巡察，“{found}”应为“{expected}”",
        "en": "a city or county committee carries out 巡察, not 巡视: write “{expected}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        preamble = notice.preamble
        text = notice.text
        # The preamble's own term, as NL605 reads it: a 巡察 there is NL605's to compare.
        if preamble is None or preamble.term is None or text[preamble.term.start : preamble.term.end] != "巡视":
            return
        level_named = any(
            span is not None and _LEVEL.search(text, span.start, span.end) for span in (preamble.group, preamble.basis)
        )
        if not level_named:
            return
        inspection = written(notice, "巡察")
        for match in _LOCAL_INSPECTION.finditer(text):
            term = match.group().index("巡视") + match.start()
            found = notice.original(*match.span())
            expected = found[: term - match.start()] + inspection + found[term - match.start() + 2 :]
            yield self.diagnostic(
                ctx,
                match.start(),
                match.end(),
                fix=Fix.unsafe(Edit(term, term + 2, inspection)),
                found=found,
                expected=expected,
            )
