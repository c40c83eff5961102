"""Straight double quotes in Chinese text: ``"`` typed on an English
keyboard, and the ``&quot;`` of a web copy. Which of them open and which
close, and what each pair should become.

A line's straight quotes pair up in order, first with second, third with
fourth. That reading is only trusted when the line holds an even number of
them; otherwise nothing says which one lacks its partner, and no fix guesses.
A pair becomes “” — or ‘’ inside a pair of “” — unless a curly quote or half
a bracket pair (《 without its 》) stands between its two marks, where a
conversion could cross or break the nesting the author wrote, or nothing does (``""`` quotes nothing: a blank left to
fill): those are reported without a fix.

Read once per notice (``Notice.straight_quotes``) for NL505 and NL512.
"""

import re
from typing import TYPE_CHECKING, NamedTuple

from notelint.entities import DOUBLE_QUOTES
from notelint.layout import paragraph_spans
from notelint.normalize import is_han

if TYPE_CHECKING:
    from notelint.model import Notice

_CODE_SPAN = re.compile(r"`[^`\n]+`")


class Quote(NamedTuple):
    start: int  # in the user's text
    end: int
    entity: bool  # a character reference rather than a typed "


class QuoteGroup(NamedTuple):
    quotes: tuple[Quote, ...]  # a pair, or every straight quote of a line where they do not pair
    marks: tuple[str, str] | None  # what the pair becomes (“” or ‘’); None: no safe conversion


def _exempt(notice: "Notice", text: str) -> set[int]:
    """Where a typed " is not a Chinese quote: web and e-mail addresses, code
    spans, markup a format reader removed, web page residue lines."""
    offsets = notice.normalized.offsets
    exempt: set[int] = set()
    spans = notice.source_addresses + [match.span() for match in _CODE_SPAN.finditer(text)] + offsets.deleted()
    spans += [(entity.start, entity.end) for entity in notice.normalized.entities]
    spans += [offsets.span_to_source(block.start, block.end) for block in notice.residue]
    for start, end in spans:
        exempt.update(range(start, end))
    return exempt


def quote_groups(notice: "Notice") -> list[QuoteGroup]:
    """The straight double quotes of the notice, in pairs or, where a line's
    quotes do not pair, in one group per line."""
    text = notice.source.text
    references = [Quote(e.start, e.end, True) for e in notice.normalized.entities if e.decoded in DOUBLE_QUOTES]
    if '"' not in text and not references:
        return []
    exempt = _exempt(notice, text) if '"' in text else set()
    typed = []
    index = text.find('"')
    while index >= 0:
        if index not in exempt:
            typed.append(Quote(index, index + 1, False))
        index = text.find('"', index + 1)
    quotes = sorted(typed + references)
    groups: list[QuoteGroup] = []
    position = 0
    for start, end in paragraph_spans(text):  # the lines of the user's text
        line_quotes = []
        while position < len(quotes) and quotes[position].start < end:
            if quotes[position].start >= start:
                line_quotes.append(quotes[position])
            position += 1
        if line_quotes and any(map(is_han, text[start:end])):
            groups.extend(_pair(text, start, line_quotes))
    return groups


_CURLY = re.compile("[“”‘’]")


def _pair(text: str, line_start: int, quotes: list[Quote]) -> list[QuoteGroup]:
    if len(quotes) % 2:
        return [QuoteGroup(tuple(quotes), None)]
    groups = []
    depth = {"“": 0, "‘": 0}  # curly quotes open before the current position (a stray closer closes nothing)
    scanned = line_start
    for opening, closing in zip(quotes[::2], quotes[1::2]):
        _follow(text, scanned, opening.start, depth)
        inside = text[opening.end : closing.start]
        if not inside.strip() or _CURLY.search(inside) or depth["‘"] > 0 or depth["“"] > 1 or not _balanced(inside):
            marks = None  # quotes of nothing, or a conversion would cross or break the author's nesting
        else:
            marks = ("‘", "’") if depth["“"] == 1 else ("“", "”")
        groups.append(QuoteGroup((opening, closing), marks))
        _follow(text, opening.end, closing.start, depth)
        scanned = closing.end
    return groups


_BRACKETS = {"》": "《", "）": "（", "〕": "〔", "】": "【", ")": "(", "]": "["}
_OPENERS = frozenset(_BRACKETS.values())


def _balanced(inside: str) -> bool:
    """Whether the brackets between two quotes open and close there: quotes
    around 一》 or （二 would cross a pair the author wrote."""
    stack: list[str] = []
    for char in inside:
        if char in _OPENERS:
            stack.append(char)
        elif char in _BRACKETS and (not stack or stack.pop() != _BRACKETS[char]):
            return False
    return not stack


def _follow(text: str, start: int, end: int, depth: dict[str, int]) -> None:
    """Open and close the curly quotes of ``text[start:end]`` in ``depth``."""
    for mark in _CURLY.finditer(text, start, end):
        char = mark.group()
        if char in depth:
            depth[char] += 1
        else:
            opener = "“" if char == "”" else "‘"
            depth[opener] = max(0, depth[opener] - 1)
