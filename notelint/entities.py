"""HTML character references left by a copy from a web page's source:
``&nbsp;``, ``&amp;``, ``&quot;``, ``&#12288;``, ``&#x3000;``.

Found once, by the normaliser, which deletes them from the analysis text (as
it deletes pinyin residue): no rule then reads the ``;`` of ``&nbsp;`` as a
half-width semicolon, or a run ``;，`` as repeated punctuation. NL512 reports
them in the user's text and decodes them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# A reference, with any ``amp;`` a second escaping put before it (``&amp;nbsp;``
# is one piece of residue, not an ``&amp;`` followed by text). A named one
# ends with ``;``, except the few a page writes without it; a ``&nbsp`` whose
# ``;`` became ``；`` is one of those.
_REFERENCE = re.compile(
    r"&(?P<escaped>(?:amp;)*)(?:"
    r"#(?P<decimal>[0-9]{1,7});|#[xX](?P<hex>[0-9A-Fa-f]{1,6});"
    r"|(?P<name>[A-Za-z][A-Za-z0-9]{1,31});"
    r"|(?P<bare>nbsp|amp|lt|gt|quot)(?![A-Za-z0-9;])"
    r")"
)


class Entity(NamedTuple):
    start: int
    end: int
    decoded: str  # what the reference stands for


@lru_cache(maxsize=None)
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


def entities(text: str) -> list[Entity]:
    """The character references of ``text``, in order. An ``&`` that starts no
    known reference (``A&B公司``, ``&foo;``) is text."""
    if "&" not in text:
        return []
    found = []
    for match in _REFERENCE.finditer(text):
        decoded = _decode(match)
        if decoded is not None:
            found.append(Entity(match.start(), match.end(), decoded))
    return found
