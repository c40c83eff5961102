"""Counted quantities: a number in Arabic or Chinese numerals with its unit
(``16名``, ``十六名``, ``两个``, ``3家``), as the arithmetic rules read them.

Ordinals (``第二``), enumerations (``一是``) and fixed terms that only look
like counts (``四个意识``, ``两个维护``: data/numeral-terms.txt) are not
quantities.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from notelint.datafiles import entries
from notelint.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int

# Counting units; units in one tuple count the same things (人 and 名 are
# both persons). Longer units first, so 人次 is not read as 人.
UNIT_CLASSES = (("人次",), ("个次",), ("场次",), ("种",), ("人", "名", "位"), ("个",), ("项",), ("家",), ("件",), ("条",), ("次",),
                ("场",), ("起",), ("宗",), ("类",), ("户",), ("所",), ("批",), ("篇",), ("份",), ("套",),
                ("处",), ("座",), ("笔",), ("张",), ("期",), ("轮",), ("支",))
_CLASS_OF = {unit: units[0] for units in UNIT_CLASSES for unit in units}
_UNITS = "|".join(sorted(_CLASS_OF, key=len, reverse=True))
# The leading look-ahead adds nothing to what matches: it lets the scan pass
# over a character that cannot begin a number in one test (2.6 times faster).
QUANTITY = re.compile(
    rf"(?=[\d{CHINESE_NUMERAL_CHARS}])"
    rf"(?P<value>(?<![\d.])\d+(?![\d.])|(?<![第{CHINESE_NUMERAL_CHARS}])[{CHINESE_NUMERAL_CHARS}]+)"
    rf"(?P<unit>{_UNITS})(?!是)")


class Quantity(NamedTuple):
    start: int  # the number and its unit in the analysis text
    end: int
    value: int
    unit: str  # as written: 名

    @property
    def kind(self) -> str:
        """What is counted: 人 for 人, 名 and 位."""
        return _CLASS_OF[self.unit]


@lru_cache(maxsize=None)
def _fixed_terms() -> re.Pattern:
    terms = entries("numeral-terms.txt")
    return re.compile("|".join(map(re.escape, sorted(terms, key=len, reverse=True))))


def quantity_at(text: str, start: int, end: int) -> Quantity | None:
    """The quantity that starts exactly at ``start``, if one does."""
    match = QUANTITY.match(text, start, end)
    return _read(match) if match else None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    end = len(text) if end is None else end
    fixed = {i for term in _fixed_terms().finditer(text, start, end) for i in range(*term.span())}
    found = []
    for match in QUANTITY.finditer(text, start, end):
        if match.start() in fixed:
            continue
        quantity = _read(match)
        if quantity is not None:
            found.append(quantity)
    return found


def _read(match: re.Match) -> Quantity | None:
    written = match.group("value")
    value = int(written) if written.isdigit() else chinese_to_int(written)
    if value is None:
        return None
    return Quantity(match.start(), match.end(), value, match.group("unit"))
