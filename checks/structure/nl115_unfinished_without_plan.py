from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.layout import Leading
from notelint.model import NEXT_STEPS
from notelint.rules import Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# Wording that admits rectification is not finished. Each pattern is tried
# only where a character its matches begin with stands (notelint.layout.Leading).
_IN_PROGRESS = r"(?:按计划|有序|加快|积极|全力)?(?:抓紧)?(?:推进|办理|整改)"
ADMISSION = Leading(
    re.compile(
        r"尚未(?:完成|完工|建成|办结|整改到位|整改完成|落实到位|到位)|未完成整改(?!的?原因)|尚有[^。;]{0,20}未|"
        rf"正在{_IN_PROGRESS}|仍在{_IN_PROGRESS}|尚在{_IN_PROGRESS}"
    ),
    "尚未正仍",
)
# The reason, the measure and the deadline, labelled (未完成整改原因：) anywhere
# in the notice, or in prose: in the paragraph that admits it
# (受征地手续影响，…尚未完工，下步将…，力争于2025年9月底前完成) or in one that
# comes back to the unfinished items, often under 下一步工作打算
# (对正在推进的3项任务，因…，将…，确保于…前完成).
REFERENCE = Leading(re.compile(r"未完成|尚未|未整改到位|其余|剩余|正在(?:整改|推进)的"), "未尚其剩正")
LABELLED = (
    # Each label is looked for as the words it is written with (str's search
    # skips through the text faster than the regex engine's).
    ("reason", ("原因:",)),
    ("measure", ("措施:",)),
    ("deadline", ("整改时限为", "整改时限:", "完成时限为", "完成时限:", "完成时间:")),
)
IN_PROSE = (
    (
        "reason",
        Leading(
            re.compile(
                r"原因(?:是|为|在于|主要是)|受[^。;]{1,24}(?:影响|制约|限制)|由于|鉴于|因(?![此而素地])|"
                r"涉及|需要?(?:等待|较长|一定|长期)|周期较长|历史遗留|长期性|长期任务"
            ),
            "原受由鉴因涉需周历长",
        ),
    ),
    (
        "measure",
        Leading(
            re.compile(r"下一步|下步|(?<![已即])将(?!来)|拟|计划|措施|持续跟踪|跟踪督办|专人跟进|挂图作战"),
            "下将拟计措持跟专挂",
        ),
    ),
    (
        "deadline",
        Leading(
            re.compile(
                r"力争[^。;]{0,16}(?:前|底|内)|预计[^。;]{0,16}(?:完成|办结|完工|到位|前|底)|"
                r"(?:年|月|日|底|旬|季度)(?:之)?前|年内|年底|时限"
            ),
            "力预年月日底旬季时",
        ),
    ),
)
LABELS = {
    "reason": Localized("未完成原因", "the reason"),
    "measure": Localized("下一步整改措施", "the next measures"),
    "deadline": Localized("整改时限", "a deadline"),
}


class UnfinishedWithoutPlan(Rule):
    """承认有未完成事项却没有原因、措施和时限

    ## 检查什么
    文中承认整改尚未完成（“尚未完成”“尚未完工”“尚有2个…未…”“正在抓紧推进”），却没有写明
    未完成的原因、下一步整改措施和整改时限。消息只列出真正缺少的项。问题线索的“正在办理”“尚未办结”
    （“移交问题线索9件，已办结7件，正在办理2件”）不算：在办的线索是案件，不是欠原因的
    整改事项；同一句里的“正在整改”照样算。

    三项可以用标签写在“需要进一步整改的事项及措施”一类部分里（“未完成整改原因：”
    “下一步整改措施：”“整改时限：”，全文任何地方有即可），也可以写在散文里：承认未完成的
    那一段，或回过头来交代未完成事项的段落（常在下一步工作打算中：“对正在推进的3项任务，
    因…，将…，确保于…前完成”“其余2个问题涉及…”）。下一步工作打算中回过头来交代未完成
    事项的段落本身就是措施（“一是持续抓好未完成事项整改…”）。散文中认可的写法：
    - 原因：“因…”“受…影响”“由于…”“原因是…”“鉴于…”“涉及…”“需等待…”“周期较长”
      “需长期坚持的事项”“属长期性工作”；
    - 措施：“下一步…”“下步将…”“将…”“拟…”“计划…”“持续跟踪”“专人跟进”；
    - 时限：“力争于…前”“预计…完成”“…年底前”“9月底前完成”“年内”。

    ## 为什么
    按巡视巡察工作要求，对未完成的整改事项要说明原因、措施和时限，
    让群众知道何时能见到结果。

    ## 示例
    “目前尚有3项问题正在整改中。”之后再无交代 —— 缺少原因、措施和时限。
    “受征地手续影响，该项目尚未完工，下步将协调有关部门加快办理，力争于2025年9月底前完成。”
    —— 三项齐全，不报告。

    ## 如何修复
    增加“需要进一步整改的事项及措施”部分，逐项写明“未完成整改原因：”“下一步整改措施：”
    “整改时限：”；或在该段写明原因、措施和完成时限。

    ## 选项
    无。

    ## 数据来源
    承认未完成的说法和原因、措施、时限的写法整理自已发布的通报（见本文件的词表）。
    """

    doc_en = """## What it checks
    The text admits that rectification is not finished ("尚未完成", "尚未完工", "尚有2个…未…",
    "正在抓紧推进") but does not give the reason, the next rectification measures and the
    deadline. The message lists only what is really missing. A problem lead still being handled
    ("移交问题线索9件，已办结7件，正在办理2件") does not count: it is a case in progress, not an
    unfinished rectification item that owes a reason; 正在整改 in the same sentence still counts.

    The three may be given with labels in a section such as "需要进一步整改的事项及措施" (items
    needing further rectification and measures) — "未完成整改原因：" (reason not finished),
    "下一步整改措施：" (next measures), "整改时限：" (deadline), anywhere in the text — or in prose:
    in the paragraph that admits the unfinished work, or in a paragraph that comes back to the
    unfinished items (often in the next steps: "对正在推进的3项任务，因…，将…，确保于…前完成",
    "其余2个问题涉及…"); such a paragraph in the next-step plan is itself the measure
    ("一是持续抓好未完成事项整改…"). Prose forms recognised:
    - reason: "因…", "受…影响", "由于…", "原因是…", "鉴于…", "涉及…", "需等待…", "周期较长",
      "需长期坚持的事项", "属长期性工作";
    - measures: "下一步…", "下步将…", "将…", "拟…", "计划…", "持续跟踪", "专人跟进";
    - deadline: "力争于…前", "预计…完成", "…年底前", "9月底前完成", "年内".

    ## Why
    The requirements of inspection work ask that unfinished rectification items state the
    reason, the measures and the deadline, so the public knows when to expect results.

    ## Example
    "目前尚有3项问题正在整改中。" with nothing more said — the reason, measures and deadline are
    missing.
    "受征地手续影响，该项目尚未完工，下步将协调有关部门加快办理，力争于2025年9月底前完成。"
    — all three are given; not reported.

    ## How to fix
    Add a section "需要进一步整改的事项及措施" giving, item by item, "未完成整改原因：",
    "下一步整改措施：" and "整改时限："; or state the reason, measures and deadline in the
    paragraph itself.

    ## Options
    None.

    ## Data source
    The ways of admitting unfinished work and of giving reasons, measures and deadlines are
    compiled from published notices (see the word lists in this rule's file).
    """

    code = "NL115"
    name = "unfinished-without-plan"
    severity = Severity.WARNING
    message = {
        "zh": "文中有未完成的整改事项，但没有写明{missing}",
        "en": "the text admits unfinished items but does not state {missing}",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        found = list(ADMISSION.finditer(text))
        admissions = [a for a in found if not _about_clues(text, a)]
        if not admissions:
            return
        stated = {part for part, words in LABELLED if any(word in text for word in words)}
        if len(stated) == len(LABELS):
            return  # all three labelled: no paragraph need be read for them
        starts = [a.start() for a in admissions]
        plan = _next_steps_span(notice)
        for start, end in _paragraphs_referring(text, [a.span() for a in found]):
            if len(stated) == len(LABELS):
                break  # all three given: the paragraphs left can add nothing
            inside = [a.span() for a in admissions[bisect_left(starts, start) : bisect_left(starts, end)]]
            stated.update(
                part
                for part, pattern in IN_PROSE
                if part not in stated and _occurs_outside(pattern, text, start, end, inside)
            )
            if plan is not None and plan[0] <= start < plan[1]:
                # A paragraph of the next-step plan that comes back to the
                # unfinished items is itself their measure (一是持续抓好未完成事项整改…).
                stated.add("measure")
        missing = [label.pick(ctx.lang) for part, label in LABELS.items() if part not in stated]
        if missing:
            first = admissions[0]
            separator = "、" if ctx.lang == "zh" else ", "
            yield self.diagnostic(ctx, first.start(), first.end(), missing=separator.join(missing))


def _about_clues(text: str, admission: re.Match) -> bool:
    """Whether the admission is a problem lead still being handled (问题线索9件，
    已办结7件，正在办理2件; 对正在办理的2件问题线索…): a case in progress, not an
    unfinished rectification item that owes a reason. Only 办理/办结 are read so:
    正在整改 in the same sentence is still an admission."""
    if "办" not in admission.group():
        return False
    start, end = admission.span()
    sentence_start = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = min(i for i in (text.find("。", end), text.find("\n", end), len(text)) if i != -1)
    return text.find("线索", sentence_start, sentence_end) != -1


def _next_steps_span(notice: Notice) -> tuple[int, int] | None:
    section = notice.section(NEXT_STEPS)
    if section is None or section.heading is None:
        return None
    return section.heading.start, (section.body[-1] if section.body else section.heading).end


def _paragraphs_referring(text: str, admissions: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans of the paragraphs that speak of unfinished items: that hold a
    reference or an admission. Each pattern is read once in the whole text
    (``admissions``: the spans of ADMISSION's matches), not once per paragraph,
    and only the paragraphs they fall in are visited. A reference never spans
    a line break, but an admission may (尚有…未): a paragraph one touches is
    searched again on its own."""
    referring = {_line_start(text, match.start()) for match in REFERENCE.finditer(text)}
    touched = set()
    for start, end in admissions:
        line = _line_start(text, start)
        while line != -1 and line < end:
            touched.add(line)
            line = text.find("\n", line)
            line = line + 1 if line != -1 else -1
    for start in sorted(referring | touched):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if start in referring or ADMISSION.search(text, start, end) is not None:
            yield start, end


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _occurs_outside(pattern: Leading, text: str, start: int, end: int, admissions: list[tuple[int, int]]) -> bool:
    """Whether ``pattern`` occurs in ``[start, end)`` other than inside an admission
    (正在抓紧推进 is not a measure)."""
    return any(not any(a <= m.start() < b for a, b in admissions) for m in pattern.finditer(text, start, end))
