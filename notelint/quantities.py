"""Counted quantities: a number in Arabic or Chinese numerals with its unit
(``16名``, ``十六名``, ``两个``, ``3家``) and amounts of money with their
scale (``12.5万元``, ``1.2亿元``, ``十二万元``), as the arithmetic rules read them.

Ordinals (``第二``), enumerations (``一是``), percentage points
(``3个百分点``) and fixed terms that only look like counts (``四个意识``,
``两个维护``: data/numeral-terms.txt) are not quantities. A number with a
decimal point counts only with a scale or in money (``1.2万人``, ``8.2元``):
``3.5个`` is not a count. A number after a thousands separator (``1,200万元``)
is not read at all rather than read wrong.
"""

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from notelint.datafiles import entries
from notelint.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int

# Counting units; units in one tuple count the same things (人 and 名 are
# both persons). Longer units first, so 人次 is not read as 人.
UNIT_CLASSES = (
    ("人次",),
    ("个次",),
    ("场次",),
    ("种",),
    ("人", "名", "位"),
    ("个",),
    ("项",),
    ("家",),
    ("件",),
    ("条",),
    ("次",),
    ("场",),
    ("起",),
    ("宗",),
    ("类",),
    ("户",),
    ("所",),
    ("批",),
    ("篇",),
    ("份",),
    ("套",),
    ("处",),
    ("座",),
    ("笔",),
    ("张",),
    ("期",),
    ("轮",),
    ("支",),
    ("元",),
)
MONEY = "元"
_CLASS_OF = {unit: units[0] for units in UNIT_CLASSES for unit in units}
_UNITS = "|".join(sorted(_CLASS_OF, key=len, reverse=True))
SCALES = {"": 1, "万": 10_000, "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000}
_SCALES = "|".join(sorted(filter(None, SCALES), key=len, reverse=True))
# Written next to a count, these make it an estimate, not a figure to add up.
# Looked for with str.startswith and str.endswith: a regex call costs more.
_APPROXIMATE_WORDS_BEFORE = ("近", "约", "超", "逾", "超过", "不到", "不足", "将近", "大约", "至少", "不少于")
# Before a count, or at the end of the line before it (近\n30个).
_APPROXIMATE_BEFORE = _APPROXIMATE_WORDS_BEFORE + tuple(word + "\n" for word in _APPROXIMATE_WORDS_BEFORE)
_APPROXIMATE_AFTER = ("以上", "左右", "上下", "以内", "以下", "之多")
# The number opens with one character of a number, read apart from the rest:
# a pattern that begins with a set of characters lets the regex engine skip
# to the next of them in a tight loop. The look-behinds after it are those of
# the number's first character, one character further back: a number of
# digits not after a digit, a dot, 第 or "3," (1,200万元); a Chinese one not
# after 第 or another Chinese numeral. They turn away at once the digits
# inside a number. The look-ahead after them adds nothing to what matches
# (the rest of a number, a scale, a unit's first character) but turns away
# at once the many numerals of words (进一步, 统一); it takes the whole run of
# numerals without giving any back, as no unit's first character is one and
# a scale that begins with one (百万, 千万) ends with 万, which is not.
_UNIT_FIRST = "".join(sorted({unit[0] for unit in _CLASS_OF}))
_UNIT_AHEAD = rf"(?=[\d{CHINESE_NUMERAL_CHARS}.]*+(?:{_SCALES})?[{_UNIT_FIRST}])"
QUANTITY = re.compile(
    rf"(?P<number>[\d{CHINESE_NUMERAL_CHARS}]"
    rf"(?:(?<=\d)(?<![\d.第].)(?<!\d,.){_UNIT_AHEAD}\d*(?:\.(?P<decimals>\d+))?(?![\d.])"
    rf"|(?<![第{CHINESE_NUMERAL_CHARS}].)(?<=[{CHINESE_NUMERAL_CHARS}]){_UNIT_AHEAD}[{CHINESE_NUMERAL_CHARS}]*))"
    rf"(?P<scale>{_SCALES})?(?P<unit>{_UNITS})(?!是|百分点|化|旦|素|宵)"
)


class Quantity(NamedTuple):
    start: int  # the number and its unit in the analysis text
    end: int
    value: int | Decimal  # the number as written: 12.5 for 12.5万元
    unit: str  # as written, with its scale: 名, 万元
    scale: int = 1  # 10000 for 万
    decimals: int = 0  # digits written after the decimal point
    approximate: bool = False  # 近30个, 30个以上

    @property
    def kind(self) -> str:
        """What is counted: 人 for 人, 名 and 位; 元 for every amount of money."""
        return _CLASS_OF[self.unit[-2:] if self.unit[-2:] in _CLASS_OF else self.unit[-1]]

    @property
    def amount(self) -> int | Decimal:
        """The value in the kind's own unit: 125000 for 12.5万元."""
        return self.value * self.scale

    @property
    def precision(self) -> Decimal:
        """Half a unit of the last written digit, in the kind's unit: how far
        the figure may be from what it rounds (12.5万元 → 500元). A figure
        written without decimals is taken as exact."""
        if not self.decimals:
            return Decimal(0)
        return Decimal(self.scale) / 2 / 10**self.decimals


@cache
def _fixed_terms() -> dict[str, list[tuple[str, int]]]:
    """Each character of the fixed terms, with the terms that hold it and where."""
    holding: dict[str, list[tuple[str, int]]] = {}
    for term in entries("numeral-terms.txt"):
        for offset, char in enumerate(term):
            holding.setdefault(char, []).append((term, offset))
    return holding


def _in_fixed_term(text: str, offset: int, start: int, end: int) -> bool:
    """Whether ``text[offset]`` is a character of a fixed term written in
    ``text[start:end]``. The terms are looked for around the counts only:
    most counts are written in digits, which no term holds."""
    for term, at in _fixed_terms().get(text[offset], ()):
        begin = offset - at
        if begin >= start and text.startswith(term, begin, end):
            return True
    return False


def quantity_at(text: str, start: int, end: int) -> Quantity | None:
    """The quantity that starts exactly at ``start``, if one does."""
    match = QUANTITY.match(text, start, end)
    return _read(text, match) if match else None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    end = len(text) if end is None else end
    found = []
    for match in QUANTITY.finditer(text, start, end):
        if _in_fixed_term(text, match.start(), start, end):
            continue
        quantity = _read(text, match)
        if quantity is not None:
            found.append(quantity)
    return found


def _read(text: str, match: re.Match) -> Quantity | None:
    number, decimals, scale, unit = match.groups()  # every group, in the order of the pattern
    scale = scale or ""
    if number[0] not in CHINESE_NUMERAL_CHARS:  # digits
        if decimals is not None and not scale and unit != MONEY:
            return None  # 3.5个: not a count
        value: int | Decimal = Decimal(number) if decimals else int(number)
    else:
        chinese = chinese_to_int(number)
        if chinese is None:
            return None
        value = chinese
    start, end = match.span()
    approximate = text.endswith(_APPROXIMATE_BEFORE, max(0, start - 3), start) or text.startswith(
        _APPROXIMATE_AFTER, end
    )
    return Quantity(start, end, value, scale + unit, SCALES[scale], len(decimals or ""), approximate)
