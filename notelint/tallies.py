"""Reading the counts a reviewer adds up by hand, paragraph by paragraph.

A reviewer reads a paragraph, not a sentence: the total is often stated in
one sentence and its states in the next (``反馈问题18个。截至目前，已完成整改15个，
正在整改3个。``). Two shapes make a tally:

- a **breakdown**: a total, then ``其中`` (or ``分别为``/``分别是``) and two or
  more counts of the same kind (``对16名…作出处理，其中，通报批评1人，批评教育6人，
  提醒谈话9人``; ``共计12.5万元，其中…8.2万元、…3.1万元``);
- **states**: a total of problems, then counts of rectification states
  (``已完成整改15个，正在整改3个``), written state first or count first
  (``15个问题已完成整改``), with ``其余``/``剩余`` naming the rest
  (``其余2个正在推进``); or the states first and the total right after them
  in a clause of its own (``…，正在整改3个，共18个``).

A tally is only built when the reading is unambiguous; anything else is left
alone, since a false error costs more than a miss. A single state is no
breakdown (``反馈问题12个，已完成整改10个`` states how far the work is, not
how the total divides), but it still yields the counts of a completion rate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from notelint.layout import find_all
from notelint.numerals import CHINESE_NUMERAL_CHARS
from notelint.quantities import QUANTITY, SCALES, UNIT_CLASSES, Quantity, find_quantities

_CLOSER = {"(": ")", "〔": "〕", "【": "】"}
_BRACKETS = "".join(_CLOSER) + "".join(_CLOSER.values())
_SENTENCE_ENDS = "。!?"
_CLAUSE = re.compile(r"[^,;:。!?]+")

DONE, MOSTLY_DONE, UNDONE, REST = "done", "mostly-done", "undone", "rest"
# Rectification states as notices write them. The ongoing ones keep their
# own word as label: 正在整改3个，长期坚持1个 are two different states.
_STATE_WORDS = {
    DONE: "已完成整改|已整改完成|已整改到位|已完成|完成整改|整改完成|整改到位|已办结|已销号|已整改|已解决|已落实|落实到位|"
    # 已退赔2.1万元, 已清退3人: a done verb right before its count.
    rf"已(?![有于经达超近逾占按在对向将把被从为是与同和就由给])[\u4e00-\u9fff]{{1,2}}?(?=[\d{CHINESE_NUMERAL_CHARS}])|"
    "完成",
    MOSTLY_DONE: "基本完成整改|基本完成|阶段性完成|取得阶段性成效",
    UNDONE: "尚未完成整改|尚未完成|未完成整改|未完成|未整改到位|未办结|未销号",
    "ongoing": "正在整改|正在推进|正在有序推进|有序推进|正在办理|正在落实|持续推进|持续整改|按序时推进|序时推进|推进中|"
    "整改中|需长期坚持|长期坚持",
}
_BREAKDOWN_WORDS, _REST_WORDS = "其中|分别为|分别是", "其余|剩余|余下|剩下"
# 完成率, 完成时限, 完成后: the word of a state, not a state.
_NOT_A_STATE = r"(?!率|时限|时间|情况|期限|日期|后|前|度)"
# A marker and its kind (the name of the group that matched).
_MARKER = re.compile(
    rf"(?P<breakdown>{_BREAKDOWN_WORDS})|(?P<rest>{_REST_WORDS})|(?:"
    + "|".join(f"(?P<{name.replace('-', '_')}>{words})" for name, words in _STATE_WORDS.items())
    + rf"){_NOT_A_STATE}"
)


def _by_first_character(alternatives: list[str]) -> str:
    """One regex that matches what the alternation of ``alternatives`` (tried
    in order) matches, its alternatives that begin with the same Han character
    sharing it, level by level: at a character of the text the regex engine
    then tries the few words that begin with it, not every word of the list.
    An alternative that begins otherwise (a look-around, or nothing left)
    keeps its place: those after it are not moved before it."""
    groups: list[tuple[str, list[str]]] = []  # a first character ("" for none) and the rests after it
    open_groups: dict[str, list[str]] = {}  # the groups a later alternative may still join
    for alternative in alternatives:
        first = alternative[:1]
        if first and "\u4e00" <= first <= "\u9fff":
            rests = open_groups.get(first)
            if rests is None:
                rests = open_groups[first] = []
                groups.append((first, rests))
            rests.append(alternative[1:])
        else:
            groups.append(("", [alternative]))
            open_groups.clear()
    return "|".join(
        first + (rests[0] if len(rests) == 1 else f"(?:{_by_first_character(rests)})") for first, rests in groups
    )


# The same markers, in the same order, as one alternation without groups,
# each word beginning with its first character: the regex engine scans for
# them with a set of first characters in its tight loop, and _MARKER reads
# the kind of each marker found (a match where a marker begins is that one).
_MARKER_FINDER = re.compile(
    _by_first_character(
        [
            *_BREAKDOWN_WORDS.split("|"),
            *_REST_WORDS.split("|"),
            *(word + _NOT_A_STATE for words in _STATE_WORDS.values() for word in words.split("|")),
        ]
    )
)
_GROUP_OF = {"done": DONE, "mostly_done": MOSTLY_DONE, "undone": UNDONE}
# What may stand between a state (or 其余) and its count: what was done or
# what the rest is (已完成整改的问题10个, 已完成换届55个, 其余资金1.5万元).
_FILLER = re.compile(r"(?:整改)?的?[\u4e00-\u9fff]{0,4}?(?=[\d" + CHINESE_NUMERAL_CHARS + "])")
_FILLER_REACH = 7  # its longest match: 整改, 的 and four characters
# What may stand between a count and its state: 15个问题已完成整改, 13个党组织已完成换届.
_COUNT_FIRST_GAP = 6
# Where the count before a state may end, back from the state: past the gap
# and the character before it (see _Paragraph._label_parts).
_COUNT_FIRST_REACH = _COUNT_FIRST_GAP + 1
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]*$")
# What a number begins and ends with, and how far before a marker the last
# numeral of a count within _COUNT_FIRST_REACH may stand: its scale and unit
# (百万元, 万人次) after it.
_NUMERAL = re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}]")
# What a count's number and scale are written with, but for the digits
# (str.isdecimal): a count is a run of these and its unit, none of them.
_NUMBER_CHARS = frozenset("." + CHINESE_NUMERAL_CHARS + "".join(SCALES))
_NUMERAL_REACH = (
    _COUNT_FIRST_REACH + max(map(len, SCALES)) + max(len(unit) for units in UNIT_CLASSES for unit in units) + 1
)
# A total names what it counts, or says it is one: 共/合计, 反馈问题18个, 18个问题.
_TOTAL_WORD = re.compile(r"(?<!公)共(?!同|建|享|产|识|性|青)|合计|总计|累计")
_TOTAL_CONTEXT = re.compile(r"反馈|问题|事项|任务|整改|交办|移交|线索")
_TOTAL_NOUN = re.compile(r"问题|事项|任务|整改")
# 4个问题中，…: the count is divided by what follows.
_SUB_TOTAL = re.compile(r"[\u4e00-\u9fff]{0,4}?中(?=[,:])")
# A count of groups is not the total of the things grouped: 5个方面18个问题.
_GROUPING = re.compile(r"方面|领域|层面|板块|大类|类别|类|批次|环节")
# 其中包括…, 其中处级以上干部3人, 含…: the parts name some of the total, not all.
_SUBSET = re.compile(r"以上|以下|包括|包含|含")
# A clause group after 其中 ends at a ;. After 另有 a count is in addition to
# the total, not a part of it.
_GROUP_END = re.compile(r";|另有|另外|此外")
# A state with no count between two counted ones (…已撤销): the counted parts
# are then not all the parts.
_UNCOUNTED_STATE = re.compile(r"已(?!经)[\u4e00-\u9fff]|撤销|注销|取消")
# A total is looked for among this many counts before its states.
_TOTAL_REACH = 30
# Or in the clause right after them, when the clause says no more than that
# it is the total: …，正在整改3个，共18个(问题).
_TOTAL_AFTER = re.compile(r"(?:共计|共有|共|合计|总计)")

# A rate "达到90%以上" is a threshold, not a figure.
RATE = re.compile(
    r"(?:完成率|整改率|办结率|销号率)(?:为|达到|达|是)?(?P<rate>\d+(?:\.(?P<decimals>\d+))?)%"
    r"(?!以上|左右|以下)"
)
# Whose rate it is: 投资完成率 and 计划完成率 are rates of other things.
_RATE_OF_PROBLEMS = re.compile(r"(?:整改|问题|措施|任务|总体|整体|综合|总|的|其|[^\u4e00-\u9fff])$")


def problem_rate(text: str, start: int, end: int) -> re.Match | None:
    """The first completion rate of problems in ``text[start:end]``."""
    for match in RATE.finditer(text, start, end):
        if match.start() == 0 or _RATE_OF_PROBLEMS.search(text, max(0, match.start() - 2), match.start()):
            return match
    return None


class Tally:
    """A total and the counts that should add up to it."""

    __slots__ = ("explicit", "labels", "parts", "total")

    def __init__(self, total: Quantity, parts: list[Quantity], labels: list[str | None], explicit: bool) -> None:
        self.total = total
        self.parts = parts
        self.labels = labels  # the state of each part (DONE, REST, 正在整改…), None for another kind of part
        self.explicit = explicit  # introduced by 其中/分别为: a breakdown even without states

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def count(self, *groups: str) -> int | Decimal:
        return sum(part.amount for part, label in zip(self.parts, self.labels) if label in groups)

    @property
    def is_breakdown(self) -> bool:
        """Whether the parts claim to make up the total: two or more parts
        after 其中/分别为, or two or more states of which one is a done
        state or the rest (one state alone says how far the work is)."""
        if len(self.parts) < 2:
            return False
        return self.explicit or any(label in (DONE, MOSTLY_DONE, REST) for label in self.labels)

    def agreeing_prefix(self) -> int:
        """The number of leading parts (two or more, fewer than all) that
        add up to the total, or 0."""
        running, slack = Decimal(0), self.total.precision
        for number, part in enumerate(self.parts[:-1], 1):
            running += part.amount
            slack = max(slack, part.precision)
            if number >= 2 and abs(running - self.total.amount) <= slack:
                return number
        return 0

    def difference(self) -> Decimal:
        """How far the written parts add up from the total, beyond half a unit
        of the last digit of the coarsest figure (0 when they agree): as a
        reviewer adds up the figures as written (8.2+3.1 against 12.5)."""
        written = sum((Decimal(part.amount) for part in self.parts), Decimal(0))
        off = abs(written - self.total.amount)
        slack = max(part.precision for part in (self.total, *self.parts))
        return Decimal(0) if off <= slack else off


def _bracket_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The outermost bracketed spans of a paragraph: a bracket holds a detail
    of a part (``批评教育6人（其中处级2人）``), not another part. An unclosed
    bracket runs to the end of the paragraph."""
    spans: list[tuple[int, int]] = []
    closers: list[str] = []
    opened = 0
    for offset in find_all(text, _BRACKETS, start, end):
        char = text[offset]
        if char in _CLOSER:
            if not closers:
                opened = offset
            closers.append(_CLOSER[char])
        elif closers and char == closers[-1]:
            closers.pop()
            if not closers:
                spans.append((opened, offset + 1))
    if closers:
        spans.append((opened, end))
    return spans


class _Paragraph:
    """The counts and markers of one paragraph, read once."""

    def __init__(self, text: str, start: int, end: int, quantities: list[Quantity], markers: list[re.Match]):
        self.text, self.start, self.end = text, start, end
        brackets = _bracket_spans(text, start, end)
        bracket_starts = [s for s, _ in brackets]

        def outside(offset: int) -> bool:
            index = bisect_left(bracket_starts, offset + 1) - 1
            return index < 0 or offset >= brackets[index][1]

        self.quantities = [q for q in quantities if outside(q.start)]
        self.starts = [q.start for q in self.quantities]
        self.markers = [m for m in markers if outside(m.start())]
        self.labels: list[str | None] = [None] * len(self.quantities)
        # Found by breakdowns(): counts that detail a total after 其中, and
        # where a 其中 divides a state into states.
        self.details: set[int] = set()
        self.state_breakdowns: list[int] = []
        self.sentence_ends = find_all(text, _SENTENCE_ENDS, start, end)
        self._label_parts()

    # -- reading -----------------------------------------------------------

    def _index_at(self, offset: int) -> int | None:
        index = bisect_left(self.starts, offset)
        return index if index < len(self.starts) and self.starts[index] == offset else None

    def _label_parts(self) -> None:
        ends = {q.end: i for i, q in enumerate(self.quantities)}
        text = self.text
        for marker in self.markers:
            kind = marker.lastgroup
            assert kind is not None  # every alternative of the pattern is a named group
            if kind == "breakdown":
                continue
            label = REST if kind == "rest" else _GROUP_OF.get(kind) or marker.group()
            # State (or 其余) first: 已完成整改10个, 其余2个.
            between = _FILLER.match(text, marker.end(), self.end)
            index = self._index_at(between.end()) if between else None
            if index is not None and self.labels[index] is None:
                self.labels[index] = label
                continue
            if kind == "rest":
                continue
            # Count first: 15个问题已完成整改. The count ends where the run of
            # Han characters before the state begins, or inside it.
            gap = _HAN_TAIL.search(text, max(self.start, marker.start() - _COUNT_FIRST_GAP), marker.start())
            assert gap is not None  # the pattern matches an empty tail too
            for offset in range(marker.start(), gap.start() - 1, -1):
                index = ends.get(offset)
                if index is not None:
                    if self.labels[index] is None:
                        self.labels[index] = label
                    break

    def sentence_of(self, offset: int) -> int:
        return bisect_left(self.sentence_ends, offset)

    def clause_start(self, offset: int) -> int:
        index = offset
        floor = max(self.start, offset - 40)
        while index > floor and self.text[index - 1] not in ",;:。!?":
            index -= 1
        return index

    def is_total(self, index: int) -> bool:
        """Whether a count reads as a total of problems: said to be one
        (共/合计), or naming problems, tasks or feedback in its clause."""
        quantity = self.quantities[index]
        before = self.text[self.clause_start(quantity.start) : quantity.start]
        return bool(
            _TOTAL_WORD.search(before) or _TOTAL_CONTEXT.search(before) or _TOTAL_NOUN.match(self.text, quantity.end)
        )

    def is_grouping(self, index: int) -> bool:
        return bool(_GROUPING.match(self.text, self.quantities[index].end))

    # -- tallies -------------------------------------------------------------

    def breakdowns(self) -> list[Tally]:
        """``…N…其中a…b…c``: the tallies of the paragraph's 其中/分别为 groups.
        Their parts that are not states are details of their total; the
        state runs read past them (``已完成15个，其中立行立改5个、限期整改10个；
        正在整改3个``)."""
        found = []
        markers = [m for m in self.markers if m.lastgroup == "breakdown"]
        for number, marker in enumerate(markers):
            group = self._breakdown_group(marker, markers[number + 1] if number + 1 < len(markers) else None)
            if group is None:
                continue
            total, indices = group
            labels = [self.labels[i] for i in indices]
            if any(label is not None for label in labels):
                self.state_breakdowns.append(marker.start())  # 未完成3个，其中正在整改2个…
            else:
                self.details.update(indices)
            tally = self._breakdown_tally(marker, total, [self.quantities[i] for i in indices], labels)
            if tally is not None:
                found.append(tally)
        return found

    def _breakdown_group(self, marker: re.Match, next_marker: re.Match | None) -> tuple[Quantity, list[int]] | None:
        """The total of a 其中 (the last count before it, in its sentence or
        in the sentence before when 其中 opens one) and the indices of the
        counts of its kind after it, up to the end of the clause group (a ;,
        the end of the sentence, the next 其中, a restated total or 另有)."""
        text, quantities = self.text, self.quantities
        first_after = bisect_left(self.starts, marker.end())
        if first_after == 0:
            return None
        total = quantities[first_after - 1]
        sentence = self.sentence_of(marker.start())
        if self.sentence_of(total.start) != sentence:
            opens = (
                marker.group() == "其中"
                and sentence > 0
                and not text[self.sentence_ends[sentence - 1] + 1 : marker.start()].strip(" ,:")
            )
            if not (opens and self.sentence_of(total.start) == sentence - 1):
                return None
        stop = self.sentence_ends[sentence] if sentence < len(self.sentence_ends) else self.end
        if next_marker is not None:
            stop = min(stop, next_marker.start())
        end_of_group = _GROUP_END.search(text, marker.end(), stop)
        if end_of_group:
            stop = end_of_group.start()
        indices = []
        for index in range(first_after, len(quantities)):
            quantity = quantities[index]
            if quantity.end > stop:
                break
            if quantity.kind != total.kind:
                continue
            if _TOTAL_WORD.search(text, self.clause_start(quantity.start), quantity.start):
                break  # 其中A3人、B5人，共计8人: a restated total ends the parts
            indices.append(index)
        return total, indices

    def _breakdown_tally(
        self, marker: re.Match, total: Quantity, parts: list[Quantity], labels: list[str | None]
    ) -> Tally | None:
        stated = [label for label in labels if label not in (None, REST)]
        if len(parts) < 2 or (stated and None in labels):
            return None  # one part, or states mixed with other counts: nested, not one breakdown
        if total.approximate or any(part.approximate for part in parts):
            return None
        if _SUBSET.search(self.text, marker.end(), parts[-1].start):
            return None  # 其中处级以上干部8人: some of them, not all
        tally = Tally(total, parts, labels, explicit=True)
        if tally.difference() and not stated:
            # 其中通报批评1人，批评教育6人，提醒谈话9人，涉及处级干部3人: the
            # first three make the total; what follows adds a detail.
            reached = tally.agreeing_prefix()
            if reached:
                return Tally(total, parts[:reached], labels[:reached], explicit=True)
            if sum(part.amount for part in parts) * 2 < total.amount:
                return None  # 培训1200人次，其中处级60人次、科级240人次: a few kinds named, not all
        return tally

    def tallies(self) -> list[Tally]:
        return self.breakdowns() + self.state_runs()  # breakdowns first: they find the details

    def state_runs(self) -> list[Tally]:
        """Counts of states in a row, each with the total of problems before
        them in the paragraph."""
        found = []
        run: list[int] = []
        run_labels: set[str] = set()
        breakdown_starts = self.state_breakdowns
        for index, quantity in enumerate(self.quantities):
            if index in self.details:
                continue
            label = self.labels[index]
            if label == REST and not run:
                # 剩余问题14个纳入台账，已完成12个…: a rest that opens a run is
                # the total of what follows, not a part.
                label = self.labels[index] = None
            if run:
                previous = self.quantities[run[-1]]
                same_kind = quantity.kind == previous.kind
                # A run ends at another count of its kind, at a state it has
                # already counted, and at a 其中 that divides a state into states.
                split = (label is None and same_kind) or (
                    label is not None
                    and (
                        not same_kind
                        or label in run_labels
                        or bisect_left(breakdown_starts, previous.end) != bisect_left(breakdown_starts, quantity.start)
                    )
                )
                if split:
                    found.extend(self._tally_of_run(run))
                    run, run_labels = [], set()
            if label is not None:
                run.append(index)
                run_labels.add(label)
                if _SUB_TOTAL.match(self.text, quantity.end):
                    # 其余3个问题中，2个已基本完成: what follows divides this part.
                    found.extend(self._tally_of_run(run))
                    run, run_labels = [], set()
        if run:
            found.extend(self._tally_of_run(run))
        return found

    def _tally_of_run(self, run: list[int]) -> list[Tally]:
        parts = [self.quantities[i] for i in run]
        kind = parts[0].kind
        if any(part.approximate for part in parts) or (len(parts) > 1 and self._uncounted_between(parts[0], parts[-1])):
            return []
        candidates = []
        for index in range(run[0] - 1, max(-1, run[0] - 1 - _TOTAL_REACH), -1):
            quantity = self.quantities[index]
            if quantity.kind != kind or index in self.details:
                continue
            if self.labels[index] is not None or quantity.approximate:
                break
            if self.is_grouping(index):
                continue
            if not self.is_total(index):
                break
            candidates.append(quantity)
        if not candidates:
            after = self._total_after(run)
            if after is None:
                return []
            candidates.append(after)
        tally = Tally(candidates[0], parts, [self.labels[i] for i in run], explicit=False)
        for other in candidates[1:]:  # 反馈问题18个，细化整改任务56个…: the parts may count either
            if tally.difference() == 0:
                break
            alternative = Tally(other, parts, tally.labels, explicit=False)
            if alternative.difference() == 0:
                tally = alternative
        if tally.difference() and len({candidate.amount for candidate in candidates}) > 1:
            return []  # several totals, none agreeing: which one is meant is not clear
        return [tally]

    def _total_after(self, run: list[int]) -> Quantity | None:
        """The total written right after a run of states, in its sentence
        (``已完成整改15个，正在整改3个，共18个``), or None."""
        index = run[-1] + 1
        if index >= len(self.quantities) or self.labels[index] is not None:
            return None
        last, total = self.quantities[run[-1]], self.quantities[index]
        if (
            total.kind != last.kind
            or total.approximate
            or self.sentence_of(total.start) != self.sentence_of(last.start)
        ):
            return None
        clause_start = self.clause_start(total.start)
        if clause_start <= last.start or not _TOTAL_AFTER.fullmatch(self.text, clause_start, total.start):
            return None
        return total

    def _uncounted_between(self, first: Quantity, last: Quantity) -> bool:
        """Whether a clause between two counted states tells of a state with
        no count (``…13个已完成，1个已撤销…``is counted; ``…某支部已撤销。其余2个…``
        is not): the counted parts are then not all the parts."""
        start = self.clause_start(first.start)
        for clause in _CLAUSE.finditer(self.text, start, last.end):
            index = bisect_left(self.starts, clause.start())
            has_count = index < len(self.starts) and self.starts[index] < clause.end()
            if not has_count and _UNCOUNTED_STATE.search(clause.group()):
                return True
        return False


def tallies(text: str) -> list[Tally]:
    """Every tally of the text, in the order of the text. Rules read them as
    ``Notice.tallies``."""
    found: dict[tuple[int, ...], Tally] = {}
    for start, end, markers in _marked_paragraphs(text):
        if not _count_near(text, start, end, markers):
            continue  # no count can stand where _may_label looks for one
        # Only the paragraphs with a marker are read for counts: they hold a
        # small part of the text, and the scan for counts is the dearer one.
        # No count spans a line: a paragraph's counts are those a scan of the
        # whole text would find there.
        quantities = find_quantities(text, start, end)
        # A tally is at least a total and one part, and a marker that makes it one.
        if len(quantities) < 2 or not _may_label(quantities, markers):
            continue
        reader = _Paragraph(text, start, end, quantities, markers)
        for tally in reader.tallies():
            # A 其中 of states is also a run of states: the same tally, read once.
            found.setdefault((tally.total.start, *(part.start for part in tally.parts)), tally)
    return sorted(found.values(), key=lambda tally: tally.total.start)


def _may_label(quantities: list[Quantity], markers: list[re.Match]) -> bool:
    """Whether a paragraph's markers may make a tally of its counts: one is
    a 其中/分别为, or one stands where _Paragraph._label_parts looks for the
    count of a state (or 其余), a count within reach after or before it.
    Most marked paragraphs have neither (已完成整改工作, 持续推进): they are
    passed over without the reading of their brackets, sentences and labels."""
    starts = [quantity.start for quantity in quantities]
    ends = [quantity.end for quantity in quantities]
    for marker in markers:
        if marker.lastgroup == "breakdown":
            return True
        start, end = marker.span()
        after = bisect_left(starts, end)
        if after < len(starts) and starts[after] <= end + _FILLER_REACH:
            return True
        before = bisect_left(ends, start - _COUNT_FIRST_REACH)
        if before < len(ends) and ends[before] <= start:
            return True
    return False


def _count_near(text: str, start: int, end: int, markers: list[re.Match]) -> bool:
    """Whether a paragraph's markers may make a tally as far as the counts
    next to them tell: one is a 其中/分别为, or a count stands where
    _may_label looks for one (its start within reach after a marker, its end
    within reach before it). Most marked paragraphs have none (2023年已完成整改
    has a numeral, no count): they are passed over without the scan of the
    whole paragraph for counts, which tries the regex at every character.

    The counts near a marker are read from where the run of numerals (and
    scales) holding the first numeral within reach begins: a count is such a
    run and its unit, so none read from the paragraph's start spans that
    place, and those after it are the ones read from there."""
    for marker in markers:
        if marker.lastgroup == "breakdown":
            return True
        before, after = marker.span()
        reach = min(end, after + _FILLER_REACH + 1)  # where no count within reach after the marker begins
        numeral = _NUMERAL.search(text, max(start, before - _NUMERAL_REACH), reach)
        if numeral is None:
            continue
        run_start = numeral.start()
        while run_start > start and (text[run_start - 1] in _NUMBER_CHARS or text[run_start - 1].isdecimal()):
            run_start -= 1
        # Each count begins with a numeral, the next one after the end of the
        # last: read up to the reach after the marker, not to the paragraph's end.
        at = run_start
        while (numeral := _NUMERAL.search(text, at, reach)) is not None:
            count = QUANTITY.match(text, numeral.start(), end)
            if count is None:
                at = numeral.start() + 1
            elif count.start() >= after or before - _COUNT_FIRST_REACH <= count.end() <= before:
                return True
            else:
                at = count.end()
    return False


def _marked_paragraphs(text: str) -> list[tuple[int, int, list[re.Match]]]:
    """(start, end, markers) of each paragraph (a line) that holds a marker,
    in order, its markers each a match of _MARKER (its kind: lastgroup). No
    marker spans a line: those of a paragraph, read in it alone, are those
    the one scan of the whole text finds there."""
    paragraphs: list[tuple[int, int, list[re.Match]]] = []
    end = -1
    for found in _MARKER_FINDER.finditer(text):
        if found.start() > end:  # the first marker of a paragraph
            start = text.rfind("\n", 0, found.start()) + 1
            end = text.find("\n", found.end())
            end = len(text) if end == -1 else end
            paragraphs.append((start, end, []))
        marker = _MARKER.match(text, found.start(), end)
        assert marker is not None and marker.end() == found.end()  # the same words in the same order
        paragraphs[-1][2].append(marker)
    return paragraphs
