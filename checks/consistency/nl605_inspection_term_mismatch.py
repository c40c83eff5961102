from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.layout import Holding
from notelint.residue import without_pinyin
from notelint.rules import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# The other term where it names this inspection: its group, its feedback, its
# rectification. 巡视巡察 together, and 中央/省委巡视 (another inspection), are fine.
# Each pattern begins with its words, not with a look-behind: the scan then
# jumps from one 巡 to the next instead of trying every character.
_BOUND = r"(?:组|整改|反馈|意见|期间|发现|办)"
_MISUSED = {
    "巡察": re.compile(rf"巡视(?<![视察]巡视)(?<!中央巡视)(?<!省委巡视){_BOUND}"),
    # A committee inspected by a 巡视 runs 巡察 of its own units: 厅党组巡察组,
    # 集团党委巡察办, 内部巡察组 name its own groups, not this inspection's.
    "巡视": re.compile(
        r"巡察(?<![视察]巡察)(?:整改|反馈|意见|期间|发现|"
        r"(?<!党组巡察)(?<!党委巡察)(?<!党工委巡察)(?<!内部巡察)(?:组|办))"
    ),
}
# 巡查 (patrol: 巡查机制, 联合巡查) is a word of its own; as the party inspection it is a typo.
_PATROL_FOR_INSPECTION = re.compile(
    r"市委巡查|县委巡查|区委巡查|党委巡查|党组巡查|党工委巡查|巡查(?:组|整改|反馈意见|办)"
)
# Every match holds 巡查, at most three characters on (党工委巡查): it is tried
# only there, as its alternatives begin with characters common in every notice.
_PATROL_MATCHES = Holding(_PATROL_FOR_INSPECTION, (("巡查", (0, 1, 2, 3)),))
# How each term is written in a traditional text.
_TRADITIONAL = {"巡视": "巡視", "巡察": "巡察"}


class InspectionTermMismatch(Rule):
    """巡视、巡察混用

    ## 检查什么
    前言确定这次是“巡视”（中央、省级）还是“巡察”（市、县级和企业）；
    之后指这次检查的说法（巡察组、巡察整改、巡察反馈、巡察意见…）用了另一个词的，报告。
    “巡视巡察”并提、“关于巡视工作的重要论述”、“中央巡视”说的不是这次检查，不报告；
    接受巡视的党组（党委）自己的巡察机构（“厅党组巡察组”“集团党委巡察办”“内部巡察组”）也不报告。
    也报告把“巡察”误写为“巡查”的地方（“市委巡查组”“巡查整改”）；
    “巡查机制”“联合巡查”的“巡查”是另一个词，不报告。

    ## 为什么
    巡视和巡察是两种不同层级的监督，混用会让读者弄不清是哪一级的巡视巡察，
    也是套用其他通报时没改干净的信号。

    ## 示例
    前言“市委第二巡察组…开展了巡察”，后文却写“巡视整改领导小组”。

    ## 如何修复
    统一为前言所用的词。
    """

    doc_en = """## What it checks
    The preamble establishes whether this is a 巡视 (central or provincial inspection) or a
    巡察 (city, county or enterprise inspection); later mentions of this inspection (巡察组,
    巡察整改, 巡察反馈, 巡察意见…) that use the other word are reported. Naming both
    ("巡视巡察"), "关于巡视工作的重要论述" (the important expositions on inspection work) and
    "中央巡视" (central inspection) refer to something other than this inspection and are not
    reported. Also reported: "巡察" miswritten as "巡查" ("市委巡查组", "巡查整改"); the "巡查" of
    "巡查机制" and "联合巡查" (patrol) is another word and is not reported.

    ## Why
    巡视 and 巡察 are supervision at different levels; mixing them leaves readers unsure which
    level inspected, and it is a sign that text from another notice was not fully adapted.

    ## Example
    The preamble says "市委第二巡察组…开展了巡察", but later the text writes "巡视整改领导小组".

    ## How to fix
    Use the word the preamble uses throughout.
    """

    code = "NL605"
    name = "inspection-term-mismatch"
    severity = Severity.WARNING
    message = {
        "zh": "“{found}”与本次{term}不符，应为“{expected}”",
        "en": "“{found}” does not match this {term} (巡视/巡察): write “{expected}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        preamble = notice.preamble
        if preamble is None or preamble.term is None:
            return
        text = notice.text
        term = text[preamble.term.start : preamble.term.end]
        written_term = _TRADITIONAL[term] if notice.normalized.script == "traditional" else term
        for matches in (_MISUSED[term].finditer(text), _PATROL_MATCHES.finditer(text)):
            for match in matches:
                found = without_pinyin(notice.original(*match.span()))
                wrong = match.group().find("巡")
                yield self.diagnostic(
                    ctx,
                    match.start(),
                    match.end(),
                    found=found,
                    term=term,
                    expected=found[:wrong] + written_term + found[wrong + 2 :],
                )
