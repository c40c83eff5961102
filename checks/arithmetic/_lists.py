"""Reading a list of named items (``A、B、C``, ``《A》《B》《C》``) and
counting its items, as NL603 compares them with the number that goes with
the list.

Items are separated by ``、`` outside quotes and brackets; titles and quotes
written side by side (``《A》《B》``, ``“A”“B”``) are separate items even
without a ``、``. A ``和``/``及``/``与`` between two quoted items separates
them; elsewhere it may join two items (``A、B和C``) or sit inside one
(``党风和廉政建设``), so it makes the count uncertain by one.
"""

import re
from typing import NamedTuple

CLOSING = {"》": "《", "”": "“", "’": "‘", ")": "(", "〕": "〔", "】": "【", "〉": "〈"}
OPENING = {opener: closer for closer, opener in CLOSING.items()}
CLOSING_OR_QUOTE = frozenset(CLOSING) | {'"'}
OPENING_OR_QUOTE = frozenset(OPENING) | {'"'}
CLAUSE_MARKS = frozenset(",;:。!?\n")
_CONJUNCTIONS = frozenset("和及与")


def _any_of(chars: list[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(set(chars)))) + "]")


# What clause_start and count_items must step over, and the only characters
# the scans of a clause and of a list read (the others change nothing).
_QUOTED_OR_BRACKETED = _any_of([*CLOSING, *OPENING, '"'])
_MARKED = _any_of([*CLOSING, *OPENING, '"', *_CONJUNCTIONS])
_CLAUSE_STRUCTURE = _any_of([*CLOSING, *OPENING, '"', *CLAUSE_MARKS])
_LIST_STRUCTURE = _any_of([*CLOSING, *OPENING, '"', *_CONJUNCTIONS, "、"])
# Words in which 和/及/与 is no conjunction: 涉及, 及时, 参与, 和谐…
_NOT_CONJUNCTION = frozenset(
    (
        "涉及",
        "普及",
        "危及",
        "波及",
        "顾及",
        "触及",
        "惠及",
        "提及",
        "论及",
        "企及",
        "及时",
        "及早",
        "参与",
        "与会",
        "给与",
        "和谐",
        "温和",
        "平和",
        "总和",
        "祥和",
        "缓和",
        "和平",
        "柔和",
        "亲和",
        "共和",
        "和美",
        "随和",
    )
)
# How far back a list is looked for: a clause, never a page.
REACH = 300


class Items(NamedTuple):
    fewest: int  # the items the separators prove
    most: int  # one more when a conjunction may join two items
    enumerated: bool  # 一是…, (1)…: a list of clauses, not of names


def clause_start(text: str, end: int, floor: int = 0) -> int:
    """Scan back from ``end`` to the start of its clause, stepping over
    quoted and bracketed text; an opening mark not closed before ``end``
    also starts the clause (``（A、B等3项）``)."""
    floor = max(floor, end - REACH)
    if floor >= end:
        return end
    mark = max(text.rfind(char, floor, end) for char in CLAUSE_MARKS)
    start = mark + 1 if mark != -1 else floor
    if _QUOTED_OR_BRACKETED.search(text, start, end) is None:
        return start  # nothing to step over (most clauses): the clause starts after its mark
    depth = 0
    quoted = False  # inside straight quotes "…" (a web copy's), read from their end
    # The marks of the text before ``end``, nearest first (found in it reversed):
    # the characters between them change nothing.
    for found in _CLAUSE_STRUCTURE.finditer(text[floor:end][::-1]):
        char = found.group()
        if char == '"':
            quoted = not quoted
        elif quoted:
            pass
        elif char in CLOSING:
            depth += 1
        elif char in OPENING:
            if depth == 0:
                return end - found.start()
            depth -= 1
        elif depth == 0 and char in CLAUSE_MARKS:
            return end - found.start()
    return floor


def clause_end(text: str, start: int, ceiling: int | None = None) -> int:
    """Scan forward from ``start`` to the end of its clause (a clause mark
    outside quotes and brackets, or an unmatched closing mark)."""
    depth = 0
    ceiling = min(len(text), start + REACH) if ceiling is None else min(ceiling, start + REACH)
    quoted = False
    for found in _CLAUSE_STRUCTURE.finditer(text, start, ceiling):  # its marks: the characters between change nothing
        char = found.group()
        if char == '"':
            quoted = not quoted
        elif quoted:
            pass
        elif char in OPENING:
            depth += 1
        elif char in CLOSING:
            if depth == 0:
                return found.start()
            depth -= 1
        elif depth == 0 and char in CLAUSE_MARKS:
            return found.start()
    return max(start, ceiling)


# A verb before a list of titles (修订《A》《B》, 印发“A”“B”) is not part of its first item.
_VERB_BEFORE_TITLES = 4


def first_item(text: str, start: int, end: int) -> int:
    """Where the first item of ``text[start:end]`` begins: at its first title
    or quote when only a short verb stands before it."""
    for index in range(start, min(end, start + _VERB_BEFORE_TITLES + 1)):
        char = text[index]
        if char in OPENING or char == '"':
            return index
        if not "\u4e00" <= char <= "\u9fff":
            break
    return start


def count_items(text: str, start: int, end: int) -> Items:
    """The items of the list ``text[start:end]``."""
    if _MARKED.search(text, start, end) is None:
        # Most lists are names and 、 alone: their items are counted by str.count.
        return _items(text, start, text.count("、", start, end), 0)
    depth, separators, conjunctions = 0, 0, 0
    quoted = False
    for found in _LIST_STRUCTURE.finditer(text, start, end):
        index, char = found.start(), found.group()
        if char == '"':
            if not quoted and index > start and text[index - 1] in CLOSING_OR_QUOTE and depth == 0:
                separators += 1  # "A""B"
            quoted = not quoted
        elif quoted:
            pass
        elif char in OPENING:
            if depth == 0 and index > start and text[index - 1] in CLOSING_OR_QUOTE:
                separators += 1  # 《A》《B》
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:
            if char == "、":
                separators += 1
            elif index > start and index + 1 < end:  # a conjunction
                if text[index - 1] in CLOSING_OR_QUOTE and text[index + 1] in OPENING_OR_QUOTE:
                    separators += 1  # 《A》和《B》
                elif (
                    text[index - 1 : index + 1] not in _NOT_CONJUNCTION
                    and text[index : index + 2] not in _NOT_CONJUNCTION
                ):
                    conjunctions = 1
    return _items(text, start, separators, conjunctions)


def _items(text: str, start: int, separators: int, conjunctions: int) -> Items:
    fewest = separators + 1
    head = text[start : start + 3]
    enumerated = head.startswith(("一是", "首先", "(1)", "(一)", "1.", "1、", "①", "其中"))
    return Items(fewest, fewest + conjunctions, enumerated)
