"""The date reader: every rule and the notice model read dates through it.

It finds written dates (``2023年3月8日``, ``2022年4月上旬``, ``3月底``) in the
analysis text, lets a date without a year take it from the date before it in
the same range or sentence, and reads ranges joined by 至 / — / ～ / -.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from notelint.numerals import chinese_to_int

_YEAR = r"(?P<year>\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
_MONTH = r"(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
_DAY = r"(?:(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]|(?P<part>上旬|中旬|下旬|初|中|底|末))"

DATE = re.compile(rf"(?:{_YEAR}\s*)?(?:{_MONTH}\s*(?:{_DAY})?)?")
RANGE_JOINERS = "至—～~-"

# A part of a month, as the day it stands for when dates are compared: the
# earliest day it can mean for a start, the latest for an end.
_PART_DAYS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20),
              "下旬": (21, 31), "底": (21, 31), "末": (21, 31)}


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    part: str | None  # 上旬 / 中旬 / 下旬 / 初 / 底 / 末

    @property
    def complete(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def earliest(self) -> tuple[int, int, int] | None:
        return self._bound(0)

    def latest(self) -> tuple[int, int, int] | None:
        return self._bound(1)

    def _bound(self, side: int) -> tuple[int, int, int] | None:
        if self.year is None:
            return None
        if self.month is None:
            return (self.year, 1, 1) if side == 0 else (self.year, 12, 31)
        if self.day is not None:
            return (self.year, self.month, self.day)
        return (self.year, self.month, _PART_DAYS.get(self.part, (1, 31))[side])


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if len(text) == 4 and all(c in "〇○零一二三四五六七八九" for c in text):
        return int("".join(str(chinese_to_int(c)) for c in text))
    return chinese_to_int(text)


def find_dates(text: str, start: int = 0, end: int | None = None, year: int | None = None) -> list[DateMention]:
    """Dates in ``text[start:end]``; a date without a year takes the year of
    the date before it (or ``year``)."""
    found = []
    for match in DATE.finditer(text, start, len(text) if end is None else end):
        if match.start() == match.end():
            continue
        explicit_year = _number(match.group("year"))
        if explicit_year is not None:
            year = explicit_year
        month = _number(match.group("month"))
        if month is None and explicit_year is None:
            continue
        found.append(DateMention(match.start(), match.end(), year, month, _number(match.group("day")),
                                 match.group("part")))
    return found
