"""What the hygiene rules share: whole lines, bracket pairing,
and the way back from the user's characters to analysis offsets."""

import bisect
import re
from collections.abc import Callable, Iterable
from itertools import filterfalse
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from notelint.layout import CLOSERS, OPENERS
from notelint.source import LINE_BREAK

if TYPE_CHECKING:
    from notelint.model import Notice

QUOTES = "“‘"
# The sentence and clause marks (as folded: ， is ",", ； is ";") whose runs are NL506's.
PUNCTUATION_MARKS = "。,、;:!?"
_COMMA_RUN = re.compile(",,+")
# The ASCII marks that Chinese text writes full-width.
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def excerpt(text: str, limit: int = 24) -> str:
    """A message-sized piece of ``text``."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def punctuation_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of two or more ``PUNCTUATION_MARKS`` in ``text``,
    in order. Found as runs of commas in a copy of the text whose marks are
    all made commas (str.replace, a C-speed pass per mark): the regex engine
    skips ahead to a literal, but tries a leading class of the marks at every
    character of the text."""
    commas = text
    for mark in PUNCTUATION_MARKS.replace(",", ""):
        commas = commas.replace(mark, ",")
    # The regex would be tried at every comma (hundreds in a flattened draft):
    # str.find looks for two in a row (most texts hold none), the regex starts at the first run.
    first = commas.find(",,")
    return [] if first < 0 else [run.span() for run in _COMMA_RUN.finditer(commas, first)]


def in_punctuation_run(text: str, offset: int) -> bool:
    """Whether ``offset`` is in a run of ``punctuation_runs``: a mark with
    another next to it."""
    return text[offset] in PUNCTUATION_MARKS and (
        (offset > 0 and text[offset - 1] in PUNCTUATION_MARKS)
        or (offset + 1 < len(text) and text[offset + 1] in PUNCTUATION_MARKS)
    )


def whole_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding ``[start, end)`` with its indentation and line break;
    on the last line, the line break before it instead, so deleting the span
    leaves no blank line behind."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_end = end
    while line_end < len(text) and text[line_end] in " \t":
        line_end += 1
    line_break = LINE_BREAK.match(text, line_end)
    if line_break is not None:
        return line_start, line_break.end()
    if not line_start:
        return 0, line_end
    # The line break that ends at line_start: \r\n, or the \n or \r before it.
    previous = line_start - 2 if text[line_start - 2 : line_start] == "\r\n" else line_start - 1
    return previous, line_end


class Pair(NamedTuple):
    open: int  # offsets of the two marks in the analysis text
    close: int
    mark: str  # the opening mark (as folded)
    outer_quote: str | None  # the nearest enclosing quote mark (“ or ‘), if any


def match_pairs(
    notice: "Notice", paragraphs: Iterable[tuple[int, int]], skip: frozenset[int] = frozenset()
) -> tuple[list[Pair], list[int]]:
    """Pair the brackets and quotes of each paragraph (a pair never crosses the
    end of one). Returns the pairs, in the order they close, and the offsets of
    the marks left unmatched, in order. A closer that meets a different opener
    on top of the stack closes the nearest opener of its own kind, leaving those
    above it unmatched; a closer with no such opener is itself unmatched.
    Linear: the marks are found once per notice by one regex scan, shared by
    the rules that pair them; an opener is pushed and popped once."""
    text = notice.text
    marks = notice.marks
    pairs: list[Pair] = []
    unmatched: list[int] = []
    for start, end in paragraphs:
        position = bisect.bisect_left(marks, start)
        if position == len(marks) or marks[position] >= end:
            continue  # no marks in this paragraph
        stack: list[tuple[int, str, str | None]] = []  # offset, mark, enclosing quote
        open_count = dict.fromkeys(OPENERS, 0)
        while position < len(marks) and marks[position] < end:
            index = marks[position]
            position += 1
            if index in skip:
                continue
            char = text[index]
            if char in OPENERS:
                enclosing = None
                if stack:
                    _, top_mark, top_quote = stack[-1]
                    enclosing = top_mark if top_mark in QUOTES else top_quote
                stack.append((index, char, enclosing))
                open_count[char] += 1
            else:
                opener = CLOSERS[char]
                if not open_count[opener]:
                    unmatched.append(index)
                    continue
                while stack[-1][1] != opener:
                    offset, mark, _ = stack.pop()
                    open_count[mark] -= 1
                    unmatched.append(offset)
                offset, mark, enclosing = stack.pop()
                open_count[mark] -= 1
                pairs.append(Pair(offset, index, mark, enclosing))
        if stack:
            unmatched.extend(offset for offset, _, _ in stack)
    unmatched.sort()
    return pairs, unmatched


# Each opener with its closer, side by side: what a pass of well_nested removes.
_ADJACENT_PAIRS = tuple(opener + closer for opener, closer in OPENERS.items())
# Passes of well_nested: one per level of nesting, deeper than drafts nest.
_NESTING_PASSES = 6


def paragraph_marks(notice: "Notice", skip: frozenset[int] = frozenset()) -> str:
    """The brackets and quotes of the analysis text in order, those at
    ``skip`` left out: one line for each paragraph of ``notice.paragraphs``."""
    offsets = sorted(notice.marks + [end for _, end in notice.paragraphs[:-1]])
    if skip:
        offsets = list(filterfalse(skip.__contains__, offsets))
    if not offsets:
        return ""
    # The characters fetched by one itemgetter call: a map of the text's
    # __getitem__ calls a slot wrapper for each of the hundreds of marks.
    return "".join(itemgetter(*offsets)(notice.text)).replace("\r", "\n")


def well_nested(marks: str) -> bool:
    """Whether the marks of ``paragraph_marks`` all pair up, nested, within
    their paragraphs: then ``match_pairs`` leaves none unmatched and pairs them
    as nesting does. Told at C speed by removing the pairs of adjacent marks,
    pass after pass; False also when the marks nest too deep for the passes
    (the caller then pairs them one by one)."""
    for _ in range(_NESTING_PASSES):
        remaining = marks
        for pair in _ADJACENT_PAIRS:
            if pair in remaining:
                remaining = remaining.replace(pair, "")
        if remaining == marks:
            break
        marks = remaining
    return not marks.strip("\n")


def unsettled_paragraphs(notice: "Notice", marks: str, settled: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The paragraphs whose line of ``marks`` (see ``paragraph_marks``) is not
    ``settled``: those ``match_pairs`` has to pair one by one."""
    return [paragraph for paragraph, held in zip(notice.paragraphs, marks.split("\n")) if not settled(held)]


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in one of the sorted, disjoint ``spans``."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]
