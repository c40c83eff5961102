"""How a text is laid out for the rules that read it by paragraph: the
paragraphs, where its brackets and quotes are, and its web and e-mail
addresses. Read once per notice (``Notice.paragraphs``, ``Notice.marks``,
``Notice.source_addresses``)."""

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import repeat
from operator import add
from typing import AnyStr, NamedTuple

from notelint.source import line_breaks

# The brackets and quotes paired within a paragraph (as folded: （ is "(").
OPENERS = {"“": "”", "‘": "’", "《": "》", "(": ")", "〔": "〕", "【": "】"}
CLOSERS = {closer: opener for opener, closer in OPENERS.items()}
_MARKS = "".join(OPENERS) + "".join(CLOSERS)


@lru_cache(maxsize=1)
def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text``, one a line: each format's reader puts a
    paragraph on a line of the analysis text (a .docx paragraph or table row,
    a Markdown paragraph with its soft line breaks removed). Kept for the last
    text asked (the list is shared: a caller must not change it): the lexer
    and the rules that read paragraphs ask for the same text's."""
    lines, start = [], 0
    for match in line_breaks(text).finditer(text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    return lines


def mark_offsets(text: str) -> list[int]:
    """Offsets of the brackets and quotes of ``text``, in order."""
    return find_all(text, _MARKS)


def find_all(text: AnyStr, needles: Iterable[AnyStr], start: int = 0, end: int | None = None) -> list[int]:
    """Where each of the ``needles`` (characters or strings, or bytes of a
    bytes ``text``) begins in ``text[start:end]``, in order. Each is found with str.find, which skips
    the text between at C speed: a regex character class tests every
    character of the text in turn."""
    whole = start == 0 and (end is None or end == len(text))
    # A part of the text is searched as a string of its own: str.find parses
    # its arguments for each call, and a draft has hundreds of marks, found
    # faster without an end to parse.
    part = text if whole else text[start:end]
    found: list[int] = []
    find, append = part.find, found.append  # bound once: a draft has hundreds of marks
    for needle in needles:
        index = find(needle)
        while index >= 0:
            append(index)
            index = find(needle, index + 1)
    found.sort()  # runs of ascending offsets: merged, not sorted from scratch
    return found if whole or not start else list(map(add, found, repeat(start)))


class Leading(NamedTuple):
    """A regex each of whose matches begins with one of the characters
    ``leading``, searched only where those stand (found by ``find_all``). A
    pattern whose alternatives begin with different characters is otherwise
    tried by the regex engine at every character of the text, at a cost far
    above str.find's. ``finditer`` and ``search`` find what the pattern's own
    methods find."""

    pattern: re.Pattern[str]
    leading: str

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        # A part of the text is searched as a string of its own (find_all's
        # str.find reads a whole string), the pattern matched in the whole text.
        part = text if start == 0 and end == len(text) else text[start:end]
        resume = 0
        for index in find_all(part, self.leading):
            if index >= resume:
                match = self.pattern.match(text, start + index, end)
                if match is not None:
                    yield match
                    resume = match.end() - start

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)


class Holding(NamedTuple):
    """A regex each of whose matches holds one of the ``anchors``' words, at
    one of the offsets given with it from the match's start (and matches no
    empty string), tried only at those offsets back from where the words
    stand (found by ``find_all``). A pattern whose alternatives begin with
    common characters, or with different ones, is otherwise tried by the
    regex engine at every character of the text. ``finditer`` finds what
    the pattern's own finds."""

    pattern: re.Pattern[str]
    anchors: tuple[tuple[str, tuple[int, ...]], ...]  # a word, and where it may stand in a match

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        starts = {
            at - offset
            for word, offsets in self.anchors
            for at in find_all(text, (word,))
            for offset in offsets
            if offset <= at
        }
        resume = 0
        for start in sorted(starts):
            if start >= resume:
                match = self.pattern.match(text, start)
                if match is not None:
                    yield match
                    resume = match.end()


# Where ASCII marks belong: web addresses and e-mail addresses. An e-mail
# address is tried only where a run of its characters begins: tried inside a
# long run of digits it would rescan the run from every position (quadratic).
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()（）<>“”，。；]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
# What every address holds: only the lines with one of these are scanned for addresses.
_ADDRESS_SIGNS = ("@", "http", "www.")


def _line_end(text: str, start: int) -> int:
    ends = [end for end in (text.find("\n", start), text.find("\r", start)) if end >= 0]
    return min(ends, default=len(text))


def addresses(text: str) -> list[tuple[int, int]]:
    """Spans of the web and e-mail addresses in ``text``. An address does not
    cross a line, and only the lines holding an address's sign are scanned:
    the regex steps through Chinese text slowly."""
    lines = {}  # start → end of the lines to scan
    for sign in _ADDRESS_SIGNS:
        found = text.find(sign)
        while found >= 0:
            start = max(text.rfind("\n", 0, found), text.rfind("\r", 0, found)) + 1
            lines[start] = _line_end(text, found)
            found = text.find(sign, lines[start])
    return [match.span() for start in sorted(lines) for match in _ADDRESS.finditer(text, start, lines[start])]
