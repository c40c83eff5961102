"""Normalising for analysis only: the user's text is never changed.

The analysis text is the source text with
1. pinyin residue removed (``根據(jù)`` → ``根據``), so keywords match again,
   and HTML character references read as what their fix writes
   (``46条&nbsp;，`` → ``46条，``, ``&amp;`` → ``&``), so no rule reads their
   ``&`` and ``;`` as text (see notelint/entities.py), and the invisible
   characters NL509 deletes (zero-width, control, direction marks, a BOM
   inside the text) removed, so ``巡察\u200b整改`` reads as one word;
2. traditional characters converted to simplified (OpenCC ``t2s``);
3. full-width ASCII forms folded to ASCII (``（一）`` → ``(一)``, ``：`` → ``:``),
   so one pattern matches a Word draft and a flattened web copy alike.

Steps 2 and 3 keep one character for one character; step 1 deletes (a
reference read as one character keeps its last, ``;``, rewritten). An
:class:`OffsetMap` records the deletions so that every offset in the analysis
text maps back to the exact character of the source, and a span holding the
character a reference reads as maps back to the whole reference.
"""

from __future__ import annotations

import bisect
import codecs
import itertools
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from notelint.datafiles import entries
from notelint.entities import Entity, entities, reading
from notelint.source import SourceText

if TYPE_CHECKING:
    from _codecs import _EncodingMap

# The Han character ranges: CJK Extension A, the Unified Ideographs, the
# Compatibility Ideographs, and the supplementary planes' Extensions B–H.
_HAN_RANGES = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"), ("\U00020000", "\U000323af"))
# Where the ranges start and where they stop: a Han character falls after an odd number of these.
_HAN_BOUNDS = [bound for first, last in _HAN_RANGES for bound in (first, chr(ord(last) + 1))]
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

# A bracketed pinyin syllable, left by a faulty script conversion when it
# follows a Han character. A tone mark is required: ``(试行)``, ``(GDP)`` stay.
# One pattern per opening bracket, each found by the regex engine's fast scan
# for its literal bracket (a class of the two is tried at every character).
_BRACKETED_PINYIN = tuple(
    (opener, re.compile(rf"{re.escape(opener)}(?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]"))
    for opener in "(（"
)

# The invisible characters NL509's fix deletes: they stand for nothing. (A
# no-break space stands for a space and stays.)
_INVISIBLE_CHARACTERS = (
    "\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
)
INVISIBLE = re.compile(f"[{_INVISIBLE_CHARACTERS}]")

# Full-width ASCII forms and the ideographic space, and what they fold to.
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}

# A text is converted when at least this many distinct traditional-only
# characters occur in it: one or two are typos (NL503's business), not a script.
TRADITIONAL_THRESHOLD = 3
# GB2312, the character set of simplified Chinese, holds none of the
# traditional-only characters but these (tests/test_normalize.py checks them
# against data/traditional-only.txt).
TRADITIONAL_IN_GB2312 = "乾吒夥後徵拚捱摺於榘菸薹袷醣麴麽"
_ASCII_BYTES = bytes(range(0x80))
# The characters folded in step 3.
_FULL_WIDTH_CHARACTERS = "\uff01-\uff5e\u3000"
_FULL_WIDTH = re.compile(f"[{_FULL_WIDTH_CHARACTERS}]")
# Undefined in a charmap codec's table.
_UNDEFINED = "\ufffe"


def _class_characters(members: str) -> str:
    """The characters of a regex class's members written as characters and
    ranges (``a-b``), as _INVISIBLE_CHARACTERS and _FULL_WIDTH_CHARACTERS are."""
    found: list[str] = []
    index = 0
    while index < len(members):
        if members[index + 1 : index + 2] == "-":
            found.extend(map(chr, range(ord(members[index]), ord(members[index + 2]) + 1)))
            index += 3
        else:
            found.append(members[index])
            index += 1
    return "".join(found)


# The invisible characters, the full-width forms and the TRADITIONAL_IN_GB2312,
# as a charmap codec's table encodes them (fewer than a byte's 256 values):
# each to its index here.
_MARKED = _class_characters(_INVISIBLE_CHARACTERS + _FULL_WIDTH_CHARACTERS) + TRADITIONAL_IN_GB2312
# The first byte of the TRADITIONAL_IN_GB2312 in that table, and all of theirs.
_FIRST_TRADITIONAL = len(_MARKED) - len(TRADITIONAL_IN_GB2312)
_TRADITIONAL_IN_GB2312_BYTES = bytes(range(_FIRST_TRADITIONAL, len(_MARKED)))


@cache
def _marked_map() -> dict[int, int] | _EncodingMap:
    """A charmap codec's encoding table that holds the _MARKED characters and nothing else."""
    return codecs.charmap_build(_MARKED.ljust(256, _UNDEFINED))


def _marked(text: str) -> bytes:
    """The _MARKED characters of ``text``, a byte each (their index in it), in
    order. Told by encoding the text with a codec that knows these characters
    only and ignores the others: its table lookup, in C, costs a fraction of a
    regex class's test of every character, or of a scan of the text for each."""
    return codecs.charmap_encode(text, "ignore", _marked_map())[0]


def _holds_invisible_or_full_width(marked: bytes) -> bool:
    return bool(marked.translate(None, _TRADITIONAL_IN_GB2312_BYTES))


def _traditional_in_gb2312(marked: bytes) -> set[str]:
    return {_MARKED[byte] for byte in set(marked) if byte >= _FIRST_TRADITIONAL}


def has_invisible_or_full_width(text: str) -> bool:
    """Whether ``text`` holds an invisible character or a full-width form: a
    text with neither (a web copy: ASCII marks, nothing hidden) is spared a
    scan for each."""
    return _holds_invisible_or_full_width(_marked(text))


class OffsetMap:
    """Maps analysis offsets to source offsets.

    Stored as runs: analysis offset ``a`` with ``starts[i] <= a < starts[i+1]``
    maps to ``a + shifts[i]``. An empty map is the identity.
    """

    __slots__ = ("expanded", "shifts", "source_starts", "starts")

    def __init__(self, deleted: Sequence[tuple[int, int]] = ()):  # source spans removed, in order
        self.source_starts = [end for _, end in deleted]  # where each run starts in the source
        self.shifts = list(itertools.accumulate([end - start for start, end in deleted]))
        self.starts = [end - shift for end, shift in zip(self.source_starts, self.shifts)]
        # analysis offset → source start, for a character standing for a longer
        # source span (a reference): an edit there replaces the whole span.
        self.expanded: dict[int, int] = {}

    @property
    def is_identity(self) -> bool:
        """Whether every analysis offset is the same source offset (nothing deleted, no reference read)."""
        return not self.starts and not self.expanded

    def to_source(self, offset: int) -> int:
        if not self.starts:  # most texts: nothing deleted
            return offset
        index = bisect.bisect_right(self.starts, offset) - 1
        return offset if index < 0 else offset + self.shifts[index]

    def to_analysis(self, offset: int) -> int:
        """The analysis offset of a source offset; an offset inside a deleted
        span maps to where the deletion happened."""
        if not self.starts:
            return offset
        index = bisect.bisect_right(self.source_starts, offset) - 1
        analysis = offset - (self.shifts[index] if index >= 0 else 0)
        if index + 1 < len(self.starts):  # inside the next deleted span?
            analysis = min(analysis, self.starts[index + 1])
        return analysis

    def deleted(self) -> list[tuple[int, int]]:
        """The source spans the map deletes, in order."""
        return [
            (source_start - (shift - previous), source_start)
            for source_start, shift, previous in zip(self.source_starts, self.shifts, [0, *self.shifts])
        ]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """A half-open span; an empty span stays empty, a non-empty one keeps
        the deleted residue inside it out of its edges."""
        source_start = self.expanded.get(start) if self.expanded else None
        if source_start is None:
            source_start = self.to_source(start)
        if end <= start:
            return source_start, source_start
        return source_start, self.to_source(end - 1) + 1


class Normalized:
    __slots__ = (
        "_characters",
        "_traditional",
        "entities",
        "invisible",
        "offsets",
        "pinyin_residue",
        "script",
        "source",
        "text",
    )

    def __init__(
        self,
        source: SourceText,
        text: str,
        offsets: OffsetMap,
        script: str,
        pinyin_residue: list[tuple[int, int]],
        entities: Sequence[Entity] = (),
        invisible: Sequence[int] = (),
        traditional: frozenset[str] | None = None,
    ) -> None:
        self.source = source
        self.text = text  # the analysis text
        self.offsets = offsets
        self.script = script  # "simplified" or "traditional": the script of the source
        self.pinyin_residue = pinyin_residue  # source spans removed in step 1
        self.entities = list(entities)  # the HTML character references read in step 1, in the source
        self.invisible = list(invisible)  # source offsets of the invisible characters removed in step 1
        self._traditional = traditional  # see traditional_only: when normalising read them

    @property
    def traditional_only(self) -> frozenset[str]:
        """The distinct characters of the source text that exist only in
        traditional script, read on first use (a set of every character of the
        text, a string per character, would cost more than the question)."""
        if self._traditional is None:
            self._traditional = traditional_characters(self.source.text)
        return self._traditional


@cache
def script_set(name: str) -> frozenset[str]:
    """Characters that exist only in one script (see tools/gen_script_sets.py)."""
    return frozenset("".join(entries(f"{name}-only.txt")))


@cache
def _t2s():
    import opencc  # slow to load: only for traditional text

    return opencc.OpenCC("t2s")


# A lone surrogate: an editor's buffer can hold one, and OpenCC reads UTF-8, which cannot.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def to_simplified(text: str) -> str:
    """OpenCC t2s, one character for one character. Where the converter would
    change the length, the characters are converted one by one and any that
    would not stay one character are kept as they are; so is a lone surrogate,
    with the text on either side of it converted."""
    if _LONE_SURROGATE.search(text) is not None:
        pieces = _LONE_SURROGATE.split(text)
        kept = [*_LONE_SURROGATE.findall(text), ""]
        return "".join(to_simplified(piece) + surrogate for piece, surrogate in zip(pieces, kept))
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _t2s().convert
    return "".join(out if len(out := convert(c)) == 1 else c for c in text)


def is_han(char: str) -> bool:
    """Whether ``char`` is a Han character. Tested in Python: a regex class of
    the Han ranges takes over a millisecond to compile."""
    return bisect.bisect_right(_HAN_BOUNDS, char) % 2 == 1


def pinyin_residue(text: str) -> list[tuple[int, int]]:
    """Spans of the bracketed pinyin right after a Han character (``根據(jù)``).
    Bracketed pinyin holds no bracket, so a candidate without a Han character
    before it hides no other, and the two patterns' candidates never overlap."""
    # A bracket the text lacks (most drafts use one width throughout) is told by
    # str's search for one character, spared its pattern's scan of the text.
    spans = sorted(
        match.span() for opener, pattern in _BRACKETED_PINYIN if opener in text for match in pattern.finditer(text)
    )
    return [(start, end) for start, end in spans if start and is_han(text[start - 1])]


def traditional_characters(text: str, enough: int | None = None, marked: bytes | None = None) -> frozenset[str]:
    """The distinct traditional-only characters of ``text``, or the first
    ``enough`` of them found. The GB2312 codec marks, in C, the characters
    outside GB2312 with a ``?`` each, one character for one: only these (few
    in a simplified text) and the TRADITIONAL_IN_GB2312 present need a look,
    where a set of every character would build a string per character.
    ``marked``: the text's _marked characters, when they were read already."""
    traditional = script_set("traditional")
    found = _traditional_in_gb2312(_marked(text) if marked is None else marked)
    encoded = text.encode("gb2312", "replace")
    if encoded.count(b"?") == text.count("?"):  # no character outside GB2312 (its codes hold no "?" byte)
        return frozenset(found)
    # Where each marked character is in the text, told from the bytes without
    # decoding them all (a simplified text has a few, such as the dash —):
    # GB2312 writes an ASCII character in one byte and any other in two,
    # none of them ASCII, so the bytes between two marks hold as many
    # characters as their ASCII bytes and half the others.
    index = read = 0  # the characters before ``read``, the bytes read
    mark = encoded.find(b"?")
    while mark != -1 and (enough is None or len(found) < enough):
        between = encoded[read:mark]
        index += len(between) - len(between.translate(None, _ASCII_BYTES)) // 2
        if text[index] in traditional:
            found.add(text[index])
        index, read = index + 1, mark + 1
        mark = encoded.find(b"?", read)
    return frozenset(found)


def _fold(text: str) -> str:
    """``text`` with its full-width forms folded. Replacing the few forms
    present is many times faster than str.translate, which looks every
    character up in a dict; each is found by one scan of the text, resumed
    after the form replaced last (a list of every full-width mark a draft
    types would cost a string each)."""
    found = _FULL_WIDTH.search(text)
    while found is not None:
        char = found.group()
        text = text.replace(char, _FOLD[char])
        found = _FULL_WIDTH.search(text, found.start())
    return text


def without(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` without the ``spans`` (sorted, not overlapping)."""
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, with overlapping and touching ones joined."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _read_references(text: str, references: list[Entity]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each reference's last character replaced by what it reads
    as, and the spans to delete: the rest of it, or all of it when it reads as
    nothing."""
    pieces, cut, last = [], [], 0
    for entity in references:
        char = reading(entity)
        if char:
            pieces += [text[last : entity.end - 1], char]
            last = entity.end
        cut.append((entity.start, entity.end - len(char)))
    pieces.append(text[last:])
    return "".join(pieces), cut


def normalize(source: SourceText, removed: Sequence[tuple[int, int]] = ()) -> Normalized:
    """The analysis text of ``source`` without the ``removed`` spans (markup
    a format reader found), through the three steps above."""
    text = without(source.text, removed) if removed else source.text
    found = pinyin_residue(text)
    references = entities(text) if "&" in text else []
    marked = _marked(source.text)
    plain = not _holds_invisible_or_full_width(marked)
    hidden = [] if plain else [match.start() for match in INVISIBLE.finditer(text)]
    cut = found
    if references:
        text, reference_cut = _read_references(text, references)
        cut = reference_cut
    if references or hidden:
        # Pinyin residue, references and invisible characters hold none of
        # each other's characters: they never overlap.
        cut = merged(found + cut + [(offset, offset + 1) for offset in hidden])
    if cut:
        text = without(text, cut)
    markup = OffsetMap(removed)
    if removed:  # back to the user's text
        found, cut = ([markup.span_to_source(*span) for span in spans] for spans in (found, cut))
        hidden = [markup.to_source(offset) for offset in hidden]
        references = [
            e._replace(start=s, end=t)
            for e, (s, t) in zip(references, (markup.span_to_source(e.start, e.end) for e in references))
        ]
    # Pinyin residue and references hold no Han character: only removed markup
    # can change which characters the analysis reads.
    traditional = (
        traditional_characters(text, TRADITIONAL_THRESHOLD)
        if removed
        else traditional_characters(source.text, TRADITIONAL_THRESHOLD, marked)
    )
    script = "traditional" if len(traditional) >= TRADITIONAL_THRESHOLD else "simplified"
    if script == "traditional":
        text = to_simplified(text)
    if not cut:
        offsets = markup
    elif not removed:
        offsets = OffsetMap(cut)  # in order, and never touching: merged
    else:
        offsets = OffsetMap(merged(list(removed) + cut))
    offsets.expanded = {offsets.to_analysis(e.end - 1): e.start for e in references if reading(e)}
    # Below the threshold the reading ran to the end: every traditional character of the source.
    complete = script == "simplified" and not removed
    # A reference may read as a full-width form, and conversion may write one.
    if not plain or references or script == "traditional":
        text = _fold(text)
    return Normalized(source, text, offsets, script, found, references, hidden, traditional if complete else None)
