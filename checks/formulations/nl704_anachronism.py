from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Localized, Rule

from ._catalog import EXTRA_OPTION, PLENUM_ITEM, hits, notice_date, show

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# A congress or a plenary session looked forward to (迎接党的二十大胜利召开) is named before it opens.
_FORWARD_BEFORE = re.compile(r"迎|即将|将于|筹备")
_FORWARD_AFTER = re.compile(r"召开前|召开之前|前夕")
_CLAUSE_END = re.compile(r"[,。;:!?]")
_KINDS = {
    "congress": Localized("召开", "opened"),
    "plenum": Localized("召开", "opened"),
    "campaign": Localized("开始", "began"),
    "formulation": Localized("首次提出", "was first used"),
}


class Anachronism(Rule):
    """引用了通报日期之后才有的会议、学习教育或提法

    ## 检查什么
    通报引用的党代会、中央全会（“二十届三中全会”，也包括“二十届二中、三中全会”
    这样的并列写法）、集中学习教育（“党纪学习教育”）或提法（“两个确立”），
    在通报日期时还没有召开、开始或提出。通报日期取落款日期，没有落款日期时取公开期限的
    最后一天；两者都没有时不检查。“迎接党的二十大胜利召开”之类在会前提到会议的写法不报告。

    ## 为什么
    这通常是套用了别的年份的通报或模板而日期没改，或者日期写错了；
    无论哪种，发布出去都是明显的硬伤。

    ## 示例
    落款“2024年3月1日”的通报写“深入学习贯彻党的二十届三中全会精神”
    （二十届三中全会2024年7月15日召开）。

    ## 如何修复
    核对通报日期，或删去、改正引用的会议和提法。

    ## 选项
    `extra-data`：补充数据文件的路径（相对于配置文件），格式同内置文件。

    ## 数据来源与补充
    内置数据：notelint/data/events.tsv，一行一条，四列以制表符分隔：
    名称（几种写法以“|”分隔）、起始日期 YYYY-MM-DD（会议取开幕日；只知月份的写 YYYY-MM，该月内的通报不报告）、
    类别（congress 党代会、plenum 中央全会、campaign 集中学习教育、formulation 提法）、
    出处（新华社、人民日报报道及日期，或党内文件）。全会写作“二十届三中全会”。
    没有出处的条目不收。
    """

    doc_en = """## What it checks
    A Party congress, a plenary session of the Central Committee ("二十届三中全会", including
    listings such as "二十届二中、三中全会"), a concentrated study and education campaign
    ("党纪学习教育") or a formulation ("两个确立") cited by the notice that had not yet been held,
    begun or put forward on the notice's date. The notice's date is the date in the signature,
    or without one the last day of the disclosure period (公开期限); with neither, nothing is
    checked. Mentions of a meeting before it is held, such as "迎接党的二十大胜利召开" (welcoming
    the opening of the 20th Party Congress), are not reported.

    ## Why
    Usually a notice or template from another year was reused without changing the date, or
    the date is wrong; either way, it is an obvious flaw once published.

    ## Example
    A notice signed "2024年3月1日" writes "深入学习贯彻党的二十届三中全会精神" (the Third Plenary
    Session of the 20th Central Committee opened on 15 July 2024).

    ## How to fix
    Check the notice's date, or remove or correct the meeting or formulation cited.

    ## Options
    `extra-data`: the path of an extra data file (relative to the configuration file), in the
    same format as the built-in one.

    ## Data source
    Built in: notelint/data/events.tsv, one entry a line, four tab-separated columns: the name
    (several spellings separated by "|"); the start date YYYY-MM-DD (the opening day of a
    meeting; YYYY-MM when only the month is known, and then notices within that month are not
    reported); the kind (congress: Party congress, plenum: plenary session of the Central
    Committee, campaign: concentrated study and education, formulation); the source (a Xinhua
    or People's Daily report with its date, or a Party document). Plenary sessions are written
    as "二十届三中全会". Entries without a source are not accepted.
    """

    code = "NL704"
    name = "anachronism"
    severity = Severity.ERROR
    scope = DOCUMENT
    message = {
        "zh": "“{name}”于{date}{verb}，晚于本通报的日期{notice_date}",
        "en": "“{name}” {verb} on {date}, after this notice's date {notice_date}",
    }
    options = {EXTRA_OPTION: ""}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        dated = notice_date(notice)
        if dated is None:
            return
        catalog, found = hits(notice, ctx)
        date, named = dated
        text = notice.text
        cited = [(hit.start, hit.end, catalog.events[index]) for hit, index in catalog.hits("event", found)]
        for hit in found:
            if hit.plenum:
                session = hit.key[: hit.key.index("届") + 1]
                for item in PLENUM_ITEM.finditer(hit.key):
                    index = catalog.plenums.get(f"{session}{item.group()}全会")
                    if index is not None:
                        cited.append((hit.start, hit.end, catalog.events[index]))
        reported_end = -1
        for start, end, event in sorted(cited, key=lambda item: (item[0], -item[1])):
            if end <= reported_end:  # inside a name already reported (the 思想 of a 主题教育)
                continue
            if event.date <= date or (event.kind in ("congress", "plenum") and _forward(text, start, end)):
                continue
            reported_end = end
            yield self.diagnostic(
                ctx,
                start,
                end,
                name=notice.original(start, end),
                date=show(event.date),
                verb=_KINDS[event.kind],
                notice_date=named,
            )


def _forward(text: str, start: int, end: int) -> bool:
    """Whether the clause looks forward to the meeting (迎接…, 即将召开的…, …召开前)."""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 20), start)), default=start - 20)
    return (
        _FORWARD_BEFORE.search(text, max(0, clause_start), start) is not None
        or _FORWARD_AFTER.match(text, end) is not None
    )
