"""Reading the counts a reviewer adds up by hand, sentence by sentence:
a total and its breakdown (``对…16名…，其中，A1人，B6人，C9人``), a total and
its states (``反馈问题12个，已完成10个，基本完成1个，未完成1个``) and a
completion rate (``完成率83.33%``)."""

from __future__ import annotations

import re
from bisect import bisect_left

from notelint.quantities import Quantity, find_quantities

_SENTENCE = re.compile(r"[^。!?\n]+")
_BRACKETS = {"(": ")", "〔": "〕", "【": "】"}
_OPENER = re.compile("[(〔【]")
_BREAKDOWN = re.compile(r"其中")
# A clause group after 其中 ends at a ; (or at the next 其中).
_CLAUSE_GROUP_END = re.compile(";")
# A rectification state and the words that may stand between it and its
# count (已完成整改的问题10个).
_STATE = re.compile(r"(?P<state>基本完成|尚未完成|未完成|已完成|完成|正在推进|持续推进|正在整改|长期坚持)"
                    r"(?:整改)?(?:的)?(?:问题|事项|任务)?")
# Words that make a count before the states a total of problems.
_TOTAL_CONTEXT = re.compile(r"共|合计|总计|累计|反馈|问题|事项|任务")
DONE = ("已完成", "完成")
MOSTLY_DONE = ("基本完成",)
RATE = re.compile(r"(?:完成率|整改率|办结率|销号率)(?:为|达到|达)?(?P<rate>\d+(?:\.(?P<decimals>\d+))?)%")


class Tally:
    """A total and the counts that should add up to it."""

    __slots__ = ("total", "parts", "states")

    def __init__(self, total: Quantity, parts: list[Quantity], states: list[str]) -> None:
        self.total = total
        self.parts = parts
        self.states = states  # the state of each part; empty for a 其中 breakdown

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def count(self, states: tuple[str, ...]) -> int:
        return sum(part.value for part, state in zip(self.parts, self.states) if state in states)


def sentences(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _SENTENCE.finditer(text)]


def _bracketed(text: str, start: int, end: int) -> set[int]:
    """Offsets inside brackets: a bracket holds a detail of a part
    (``批评教育6人（其中处级2人）``), not another part."""
    inside, closers = set(), []
    if _OPENER.search(text, start, end) is None:
        return inside  # most clauses hold no bracket: skip the walk
    for index in range(start, end):
        char = text[index]
        if char in _BRACKETS:
            closers.append(_BRACKETS[char])
        elif closers and char == closers[-1]:
            closers.pop()
        elif closers:
            inside.add(index)
    return inside


def _breakdowns(text: str, end: int, quantities: list[Quantity], markers: list[re.Match],
                inside: set[int]) -> list[Tally]:
    """``…N…其中a…b…c``: the last count before 其中 and the counts of the same
    kind after it, up to the end of the clause group (a ; or the next 其中)."""
    found = []
    if not markers:
        return found
    stops = sorted({m.start() for m in _CLAUSE_GROUP_END.finditer(text, markers[0].end(), end)
                    if m.start() not in inside} | {m.start() for m in markers} | {end})
    for match in markers:
        before = [q for q in quantities if q.end <= match.start()]
        if not before:
            continue
        total = before[-1]
        stop = next(i for i in stops if i >= match.end())
        parts = [q for q in quantities if match.end() <= q.start and q.end <= stop and q.kind == total.kind]
        if len(parts) >= 2:
            found.append(Tally(total, parts, []))
    return found


def _state_tallies(text: str, start: int, end: int, quantities: list[Quantity],
                   state_matches: list[re.Match]) -> list[Tally]:
    """A total followed by counts of rectification states; the total is the
    last count of the same kind before the first state."""
    by_start = {q.start: q for q in quantities}
    parts, states = [], []
    for match in state_matches:
        quantity = by_start.get(match.end())
        if quantity is not None and match.group("state") not in states:
            parts.append(quantity)
            states.append(match.group("state"))
    if not parts:
        return []
    before = [q for q in quantities if q.end <= parts[0].start and q.kind == parts[0].kind and q not in parts]
    parts_of_kind = [(p, s) for p, s in zip(parts, states) if p.kind == parts[0].kind]
    if not before or len(parts_of_kind) < 1:
        return []
    total = before[-1]
    if not _TOTAL_CONTEXT.search(text, max(start, total.start - 8), min(end, total.end + 8)):
        return []
    return [Tally(total, [p for p, _ in parts_of_kind], [s for _, s in parts_of_kind])]


def tallies(text: str) -> list[Tally]:
    """Every tally of the text, one per total (a 其中 breakdown of states is
    read once). Rules read it through ``notice.shared(tallies)``."""
    # No count spans a sentence end (。!?\n is neither numeral nor unit), so
    # the counts of the whole text, read in one scan, are those of its sentences.
    quantities = find_quantities(text)
    starts = [q.start for q in quantities]
    found: dict[int, Tally] = {}
    for start, end in sentences(text):
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        if last - first < 2:
            continue  # a tally is at least a total and one part
        markers = list(_BREAKDOWN.finditer(text, start, end))
        state_matches = list(_STATE.finditer(text, start, end))
        if not markers and not state_matches:
            continue
        inside = _bracketed(text, start, end)
        counts = [q for q in quantities[first:last] if q.start not in inside]
        markers = [m for m in markers if m.start() not in inside]
        for tally in _breakdowns(text, end, counts, markers, inside) + \
                _state_tallies(text, start, end, counts, state_matches):
            found.setdefault(tally.total.start, tally)
    return list(found.values())
