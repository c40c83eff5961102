"""HTML character references left by a copy from a web page's source:
``&nbsp;``, ``&amp;``, ``&quot;``, ``&#12288;``, ``&#x3000;``.

Found once, by the normaliser. The analysis text reads each reference as what
its safe fix will write (NL512's), so that fixing it changes nothing the other
rules see: ``&nbsp;`` between Chinese characters and ``&#8203;`` read as
nothing, ``&amp;`` as ``&``, ``&#12288;`` as an ideographic space, a quote
as a straight ``"`` (NL512 pairs it); a reference without a safe fix reads as
nothing. No rule then reads the ``;`` of ``&nbsp;`` as a half-width semicolon,
or ``&nbsp;，`` as repeated punctuation, and an edit on the character a
reference reads as replaces the whole reference (see OffsetMap.expanded).
"""

import re
import unicodedata
from functools import cache
from typing import NamedTuple

# A reference, with any ``amp;`` a second escaping put before it (``&amp;nbsp;``
# is one piece of residue, not an ``&amp;`` followed by text). A named one
# ends with ``;``, except the few a page writes without it; a ``&nbsp`` whose
# ``;`` became ``；`` is one of those.
_REFERENCE = re.compile(
    r"&(?:amp;)*(?:"
    r"#(?P<decimal>[0-9]{1,7});|#[xX](?P<hex>[0-9A-Fa-f]{1,6});"
    r"|(?P<name>[A-Za-z][A-Za-z0-9]{1,31});"
    r"|(?P<bare>nbsp|amp|lt|gt|quot)(?![A-Za-z0-9;=])"
    r")"
)
# The marks a reference may stand for that NL505 writes full-width in Chinese text.
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
DOUBLE_QUOTES = frozenset('"“”')  # a reference decoding to one of these is paired by NL512
# What a decoded reference must not silently become: brackets and quotes (a
# pair may break), the blank marks of a placeholder (NL508's), line breaks
# (the layout moves), letters and digits (a word or number may form).
_UNSURE = frozenset("()[]{}“”‘’《》【】〔〕（）×〇○□＊Ｘ*Xx\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# ASCII characters a reference may safely become: nothing reacts to them.
_ASCII_KEPT = frozenset("&<>'")


class Entity(NamedTuple):
    start: int
    end: int
    decoded: str  # what the reference stands for
    replacement: str | None  # what its safe fix writes ("" deletes it); None: no safe fix here


@cache
def _named() -> dict[str, str]:
    import html.entities  # a table of 2,000 names: only for a text with an "&"

    return html.entities.html5


def _decode(match: re.Match) -> str | None:
    number = match.group("decimal") or match.group("hex")
    if number is not None:
        code = int(number, 10 if match.group("decimal") else 16)
        valid = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
        return chr(code) if valid else None
    name = match.group("name")
    return _named().get(f"{name};") if name else _named()[match.group("bare")]


def is_han(char: str) -> bool:
    from notelint.normalize import is_han as han  # the normaliser imports this module: imported when used

    return bool(char) and han(char)


def is_space(char: str) -> bool:
    return char.isspace() and char not in _UNSURE


def _ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def replacement(decoded: str, before: str, after: str, follows_space: bool) -> str | None:
    """What a reference's safe fix writes, given the characters around it
    (``before``, ``after``; "" at a line's edge): see NL512's doc. None: no
    safe fix (a quote: NL512 decides from the line's pairs)."""
    between_words = _ascii_word(before) and _ascii_word(after)
    if decoded in DOUBLE_QUOTES:
        return None
    if decoded == "\u3000" and not (is_han(before) and is_han(after)):
        return decoded  # indentation, or a gap in a heading: between two Chinese characters it is NL510's stray space
    if is_space(decoded):
        return " " if between_words and not follows_space else ""
    if len(decoded) == 1 and unicodedata.category(decoded) in ("Cc", "Cf") and decoded not in _UNSURE:
        return ""  # invisible: stands for nothing
    if decoded in _FULL_WIDTH:
        return decoded if between_words else _FULL_WIDTH[decoded]
    if len(decoded) != 1 or decoded in _UNSURE or (decoded.isascii() and decoded not in _ASCII_KEPT):
        return None
    from notelint.normalize import script_set  # the normaliser imports this module: imported when used

    if decoded in script_set("traditional") or decoded in script_set("simplified"):
        return None  # a character of one script only: NL503 might object
    return decoded


def entities(text: str) -> list[Entity]:
    """The character references of ``text``, in order. An ``&`` that starts no
    known reference (``A&B公司``, ``&foo;``) is text."""
    if "&" not in text:
        return []
    read = [(match.span(), _decode(match)) for match in _REFERENCE.finditer(text)]
    decoded = [(span, char) for span, char in read if char is not None]
    runs: list[list[tuple[tuple[int, int], str]]] = []  # references that touch
    for reference in decoded:
        if runs and runs[-1][-1][0][1] == reference[0][0]:
            runs[-1].append(reference)
        else:
            runs.append([reference])
    found: list[Entity] = []
    for run in runs:
        # A run of references is one gap: its neighbours are those of the run;
        # only its first white space may become a space.
        first, last = run[0][0][0], run[-1][0][1]
        before, after = text[first - 1 : first] if first else "", text[last : last + 1]
        follows_space = False
        for (start, end), char in run:
            found.append(Entity(start, end, char, replacement(char, before, after, follows_space)))
            follows_space = follows_space or is_space(char)
    return found


def reading(entity: Entity) -> str:
    """The character the analysis text reads a reference as ("": none)."""
    if entity.decoded in DOUBLE_QUOTES:
        return '"'
    return entity.replacement if entity.replacement is not None and len(entity.replacement) == 1 else ""
