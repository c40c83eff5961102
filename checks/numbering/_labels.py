"""What the numbering rules share: the standard form of a heading label, the
sibling groups of the outline, and the one way a sequence is judged."""

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from notelint.model import per_notice
from notelint.numerals import int_to_chinese
from notelint.rules import Localized

if TYPE_CHECKING:
    from notelint.lexer import Heading
    from notelint.model import Notice, OutlineNode

FULL_OPEN, FULL_CLOSE = "（", "）"
HALF_OPEN, HALF_CLOSE = "(", ")"
_FULL_WIDTH_MARKS = "，；（）"
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def standard_label(level: int, number: int, full_width: bool = True) -> str:
    """一、 / （一） / 1. / （1） as GB/T 9704—2012 writes the four levels."""
    numeral = int_to_chinese(number) if level <= 2 else str(number)
    if level in (1, 3):
        return numeral + ("、" if level == 1 else ".")
    opener, closer = (FULL_OPEN, FULL_CLOSE) if full_width else (HALF_OPEN, HALF_CLOSE)
    return opener + numeral + closer


@lru_cache(maxsize=1)  # the rules of one notice ask in turn, and only where they report
def is_full_width(source: str) -> bool:
    """Whether a text is typed with full-width marks (a Word draft) rather than
    flattened to ASCII throughout (a web copy: NL505 says that once). The ;
    that ends an HTML character reference (&emsp;) is no punctuation."""
    if not any(map(source.__contains__, _FULL_WIDTH_MARKS)):
        # No full-width mark, so none outnumbers the ASCII ones: told by searches
        # (a flattened draft's are fast), where counting reads the whole text per mark.
        return False
    full = sum(source.count(mark) for mark in _FULL_WIDTH_MARKS)
    half = sum(source.count(mark) for mark in ",;()") - len(_CHARACTER_REFERENCE.findall(source))
    return full > half


def sibling_groups(outline: "list[OutlineNode]") -> "Iterator[list[OutlineNode]]":
    """Headings of one level under one parent, in order: a new 一、 restarts
    its （一）, and a stray 1. beside the （一）s is a sequence of its own."""
    pending = [outline]
    while pending:
        nodes = pending.pop()
        by_level: dict[int, list[OutlineNode]] = {}
        for node in nodes:
            by_level.setdefault(node.heading.level, []).append(node)
            if node.children:  # most nodes: none, no group to yield
                pending.append(node.children)
        yield from by_level.values()


START = Localized("没有从一开始", "does not start at one")
REPEAT = Localized("与前一个重复", "repeats the previous one")
SKIP = Localized("跳过了序号", "skips a number")
BACKWARDS = Localized("比前一个小", "goes backwards")


class SequenceError(NamedTuple):
    item: int  # the index of the wrong item
    expected: int
    reason: Localized


def sequence_errors(numbers: Sequence[int]) -> list[SequenceError]:
    """The items of a sequence that count wrongly.

    An item is wrong when it neither follows the one before it nor stands at
    its own position, so that one slip gets one report: in 一、二、二、四 only
    the second 二 is wrong (四 is in its place); in 一、二、四、五 only 四."""
    errors = []
    previous = 0
    for index, number in enumerate(numbers):
        position = index + 1
        if number != previous + 1 and number != position:
            reason = START if index == 0 else REPEAT if number == previous else SKIP if number > previous else BACKWARDS
            errors.append(SequenceError(index, position, reason))
        previous = number
    return errors


class Brackets(NamedTuple):
    """The brackets of a label as the user typed them ("" when absent) and
    the analysis offsets they stand at."""

    opener: str
    closer: str
    opener_at: int
    closer_at: int

    @property
    def malformed(self) -> bool:
        """One bracket without the other, or a full-width one paired with a half-width one."""
        if bool(self.opener) != bool(self.closer):
            return True
        return bool(self.opener) and (self.opener == FULL_OPEN) != (self.closer == FULL_CLOSE)


def _brackets(notice: "Notice", heading: "Heading") -> Brackets:
    opener_at = heading.label_start
    closer_at = heading.label_start + len(heading.opener) + len(heading.numeral)
    if notice.normalized.offsets.is_identity:
        # Most texts: the user's characters stand at the analysis offsets, read
        # without a call to Notice.original for each.
        typed = notice.source.text
        opener = typed[opener_at] if heading.opener else ""
        closer = typed[closer_at] if heading.closer else ""
    else:
        opener = notice.original(opener_at, opener_at + 1) if heading.opener else ""
        closer = notice.original(closer_at, closer_at + 1) if heading.closer else ""
    # Built by tuple.__new__, as Brackets' Python-level __new__ would build them, without the call.
    return tuple.__new__(Brackets, (opener, closer, opener_at, closer_at))


@per_notice  # NL203 and NL205 read the same notice's in turn
def labels(notice: "Notice") -> "list[tuple[Heading, Brackets | None]]":
    """Every heading of the outline in document order, with the brackets of
    its label (None for a label without brackets, 一、 1.)."""
    return [
        (heading, _brackets(notice, heading) if heading.opener or heading.closer else None)
        for heading in headings(notice.outline)
    ]


def headings(outline: "list[OutlineNode]") -> "Iterator[Heading]":
    """Every heading of the outline, in document order."""
    pending = list(reversed(outline))
    while pending:
        node = pending.pop()
        yield node.heading
        pending.extend(reversed(node.children))
