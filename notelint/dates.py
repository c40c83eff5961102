"""The date reader: every rule and the notice model read dates through it.

It finds the dates written in the analysis text, in every form a draft uses:

- the standard form ``2023年3月8日``, month or year only (``2023年3月``, ``2023年``),
  parts of a month or a year (``2022年4月上旬``, ``3月底``, ``2023年底``);
- ``3月8日`` without a year, which takes it from the date before it;
- the forms a notice should not use (NL302): ``2023-04-13``, ``2023.4.13``,
  ``2023/4/13``, ``二〇二三年四月十三日``, ``23年4月``, ``2023年04月05日``.

It reads ranges joined by 至 / 到 / — / ～ / - (:func:`find_ranges`), and
tells an action that happened from a deadline or a plan (:func:`role`).
"""

import enum
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from notelint.layout import find_all
from notelint.numerals import chinese_to_int

if TYPE_CHECKING:
    from notelint.lexer import Block

_CN_DIGIT = "〇○零一二三四五六七八九"
_MONTH_PARTS = r"上旬|中旬|下旬|初(?!步)|底|末"
_YEAR_PARTS = r"上半年|下半年|初(?!步)|底|末"
_CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
_CN_DAY = r"[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"

# The ways of writing a date; each names its own groups.
# 2023年3月8日, 2023年4月上旬, 2023年底, 3月8日, 3月底, 23年4月: every part is
# optional, so this form also matches the empty string.
# What follows the year, or stands alone: the month and its day or part,
# or a part of the year.
_AFTER_YEAR = (
    r"(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})[日号]|(?P<part>" + _MONTH_PARTS + r"))?"
    r"|(?<=年)(?P<ypart>" + _YEAR_PARTS + r"))?"
)
_STANDARD = r"(?:(?P<year>\d{4})年|(?P<short>\d{2})年(?=\d{1,2}月))?" + _AFTER_YEAR
# 2023-04-13, 2023.4.13, 2023/4/13
_NUMERIC = (
    r"(?<![A-Za-z0-9.\-/])(?P<nyear>(?:19|20)\d{2})(?P<sep>[-./])(?P<nmonth>\d{1,2})(?P=sep)"
    r"(?P<nday>\d{1,2})(?![A-Za-z0-9\-/]|\.\d)"
)
# 二〇二三年四月十三日
_CHINESE = rf"(?P<cyear>[{_CN_DIGIT}]{{4}})年(?:(?P<cmonth>{_CN_MONTH})月(?:(?P<cday>{_CN_DAY})日)?)?"
# The date at a position, if any (DATE.match); empty where there is none.
DATE = re.compile(rf"(?:(?<![\d.]){_STANDARD})|(?:{_NUMERIC})|(?:{_CHINESE})")
# The dates in a text: the non-empty matches of DATE.finditer. Where the
# standard form holds no year and no month DATE matches it empty (or matches
# 底 alone after 年, no date), and finditer tries the position again for the
# other forms: here the standard form is tried only where it holds a year or
# a month.
_DATE_AT = re.compile(rf"(?:(?<![\d.])(?=\d{{4}}年|\d{{2}}年\d{{1,2}}月|\d{{1,2}}月){_STANDARD}|{_NUMERIC}|{_CHINESE})")
# Where a date can begin: its first character and what follows up to its
# first mark (one of _DATE_MARKS), a digit not after a digit or a dot, then
# 年 or 月 (2023年, 23年4月, 3月) or, after a year, a separator (2023-); or four
# Chinese digits, then 年. Every date _DATE_AT reads begins so, its first mark
# at most _MARK_REACH characters on: find_dates looks for dates only in the
# few characters before each mark, which str.find finds far faster than a
# pattern tried at every character of the text.
_DATE_START = re.compile(
    rf"[\d{_CN_DIGIT}](?:(?<=\d)(?<![0-9.].)(?:\d{{3}}[年\-./]|\d年|\d?月)|(?<=[{_CN_DIGIT}])[{_CN_DIGIT}]{{3}}年)"
)
# The commonest date, 2023年…, as _DATE_AT matches it where its year
# begins: its groups alone, which are read faster than all of _DATE_AT's.
_YEAR_FIRST = re.compile(r"(?<![\d.])(?P<year>\d{4})年" + _AFTER_YEAR)
_SEPARATORS = "-./"  # of the numeric form, 2023-04-13, 2023.4.13, 2023/4/13
_NUMERAL_MARKS = "年月"  # after a numeral: 2023年, 3月
_DATE_MARKS = _NUMERAL_MARKS + _SEPARATORS
_MARK_REACH = 4

# Between the two ends of a range (the folded text has ~ for ～).
RANGE_JOINER = re.compile(r"\s*(?:至|到|——|—|~|〜|-)\s*")
# What a range's joiner begins with, when it is not a space: most dates in a
# row are not joined, and the character after the first tells so at once.
_JOINER_FIRST = frozenset("至到—~〜-")
# The day of the week a draft may write right after a date, bracketed or not:
# 2024年3月11日（星期一）, 3月11日周一, 11日礼拜一 (the folded text has ( for （).
WEEKDAY = re.compile(r"(?P<open>\()?(?:星期|礼拜|周)(?P<day>[一二三四五六日天])(?(open)\))")
_WEEKDAY_WORDS = ("星期", "礼拜", "周")
# Their first characters, rare in a notice: str.find passes over a text far
# faster for one character than for a word, which is then read where it stands.
_WEEKDAY_FIRSTS = "".join(dict.fromkeys(word[0] for word in _WEEKDAY_WORDS))
_WEEKDAY_STARTS = ("(", *_WEEKDAY_WORDS)
# What may follow the first date of a range: its joiner, or the day of the week before it.
_AFTER_RANGE_START = _JOINER_FIRST | {start[0] for start in _WEEKDAY_STARTS}

# A part of a month or of a year, as the days it can stand for: the earliest
# for a start, the latest for an end.
_PART_DAYS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "底": (21, 31), "末": (21, 31)}
_YEAR_PART_MONTHS = {"上半年": (1, 6), "下半年": (7, 12), "初": (1, 2), "底": (11, 12), "末": (11, 12)}


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The days of ``month`` (1–12) in ``year`` in the Gregorian calendar
    (the calendar module would bring locale with it at every start)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month]


class Style(str, enum.Enum):
    """How a date is written."""

    STANDARD = "standard"  # 2023年4月13日
    NUMERIC = "numeric"  # 2023-04-13, 2023.4.13, 2023/4/13
    CHINESE = "chinese"  # 二〇二三年四月十三日
    SHORT_YEAR = "short-year"  # 23年4月


class DateMention(NamedTuple):
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    part: str | None  # 上旬 / 中旬 / 下旬 / 初 / 底 / 末 (of the month, or of the year when month is None)
    style: Style = Style.STANDARD
    year_given: bool = True  # False when the year was taken from the context
    padded: bool = False  # a month or day written with a leading zero (04月)

    @property
    def complete(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    @property
    def valid(self) -> bool:
        """Whether the month and the day exist (a missing year allows 2月29日)."""
        month, day = self.month, self.day
        if month is None:
            return day is None
        if not 1 <= month <= 12:
            return False
        # Every month has its first 28 days: the length of the month is looked up for the others alone.
        return day is None or 1 <= day <= 28 or 1 <= day <= _days_in(self.year or 2000, month)

    def earliest(self) -> tuple[int, int, int] | None:
        return self._bound(0)

    def latest(self) -> tuple[int, int, int] | None:
        return self._bound(1)

    def _bound(self, side: int) -> tuple[int, int, int] | None:
        if self.year is None or not self.valid:
            return None
        if self.month is None:
            first, last = _YEAR_PART_MONTHS.get(self.part or "", (1, 12))  # "": no part named
            month = (first, last)[side]
            return (self.year, month, 1 if side == 0 else _days_in(self.year, month))
        if self.day is not None:
            return (self.year, self.month, self.day)
        day = _PART_DAYS.get(self.part or "", (1, 31))[side]
        return (self.year, self.month, min(day, _days_in(self.year, self.month)))

    def standard(self) -> str | None:
        """The date in the standard form (``2023年4月13日``), or None when a
        part of it cannot be written that way (no year, an invalid day)."""
        if self.year is None or not self.valid:
            return None
        text = f"{self.year}年"
        if self.month is None:
            return text + (self.part or "")
        text += f"{self.month}月"
        if self.day is not None:
            return text + f"{self.day}日"
        return text + (self.part or "")


class DateRange(NamedTuple):
    first: DateMention
    second: DateMention
    joiner_start: int  # the joining mark (至, —, -…) without the spaces around it
    joiner_end: int

    @property
    def joiner(self) -> tuple[int, int]:
        return self.joiner_start, self.joiner_end


def _chinese_number(text: str | None) -> int | None:
    if text is None:
        return None
    if len(text) == 4 and all(c in _CN_DIGIT for c in text):  # 二〇二三: digit by digit
        return int("".join(str(chinese_to_int(c) or 0) for c in text))
    return chinese_to_int(text)


# The styles as module names: a member read from its enum class costs a
# lookup in the class at each date, and a text may hold hundreds of dates.
_STANDARD_STYLE, _NUMERIC_STYLE, _CHINESE_STYLE, _SHORT_YEAR_STYLE = (
    Style.STANDARD,
    Style.NUMERIC,
    Style.CHINESE,
    Style.SHORT_YEAR,
)


# A NamedTuple made from its fields in order (``_make(DateMention, fields)``)
# by tuple.__new__, without the Python call of the class's own __new__: the
# readers make one for each date of a text, and a text may hold hundreds.
_make = tuple.__new__


def _mention(match: re.Match, year: int | None) -> DateMention:
    """The date of one match of _DATE_AT; ``year`` is the year the context supplies."""
    start, end = match.span()
    # Every group at once, in the order of the pattern: one call, no lookup by name.
    stated_year, short, month, day, part, year_part, nyear, _, nmonth, nday, cyear, cmonth, cday = match.groups()
    if nyear:
        return DateMention(start, end, int(nyear), _NUMBER[nmonth], _NUMBER[nday], None, _NUMERIC_STYLE)
    if cyear:
        return DateMention(
            start,
            end,
            _chinese_number(cyear),
            _chinese_number(cmonth),
            _chinese_number(cday),
            None,
            _CHINESE_STYLE,
        )
    if stated_year:
        return _standard(start, end, int(stated_year), month, day, part or year_part, _STANDARD_STYLE, True)
    if short:
        return _standard(start, end, 2000 + _NUMBER[short], month, day, part or year_part, _SHORT_YEAR_STYLE, True)
    return _standard(start, end, year, month, day, part or year_part, _STANDARD_STYLE, False)  # a month alone


def _year_first(match: re.Match) -> DateMention:
    """The date of one match of _YEAR_FIRST."""
    start, end = match.span()
    stated_year, month, day, part, year_part = match.groups()
    return _standard(start, end, int(stated_year), month, day, part or year_part, _STANDARD_STYLE, True)


def _standard(
    start: int,
    end: int,
    year: int | None,
    month: str | None,
    day: str | None,
    part: str | None,
    style: Style,
    given: bool,
) -> DateMention:
    """A date in the standard form (or with a two-digit year), its month and day as written."""
    return _make(
        DateMention,
        (
            start,
            end,
            year,
            None if month is None else _NUMBER[month],
            None if day is None else _NUMBER[day],
            part,
            style,
            given,  # year_given: False when the year was taken from the context
            _PADDED[month] or _PADDED[day],
        ),
    )


class _Reading(dict[str | None, Any]):
    """What ``read`` gives for each way of writing a month, day or two-digit
    year: a lookup for the digits a date holds, where a function call or
    int() costs more at every date. Digits of other scripts (\\d holds them)
    are read as they come."""

    def __init__(self, read: Callable[[str], Any], written: Iterable[str]) -> None:
        super().__init__((digits, read(digits)) for digits in written)
        self.read = read

    def __missing__(self, digits: str) -> Any:
        return self.read(digits)


def _padded(digits: str) -> bool:
    """A month or day written with a leading zero (04)."""
    return len(digits) == 2 and digits[0] == "0"


_WRITTEN = [f"{n}" for n in range(100)] + [f"{n:02}" for n in range(10)]
_NUMBER = _Reading(int, _WRITTEN)
_PADDED = _Reading(_padded, _WRITTEN)
_PADDED[None] = False  # no month, or no day


def blocks_holding(text: str, blocks: "Sequence[Block]", marks: str) -> list[int]:
    """The indices, in order, of the ``blocks`` (in text order, apart) whose
    text holds one of ``marks``: one str.find per occurrence over the whole
    text, so that a reader passes over the many blocks that hold none of
    them without a look at each."""
    starts = [block.start for block in blocks]
    found: set[int] = set()
    for mark in marks:
        at = text.find(mark)
        while at != -1:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at + len(mark) <= blocks[index].end:
                found.add(index)
                at = text.find(mark, blocks[index].end)  # the block's other occurrences add nothing
            else:
                at = text.find(mark, at + 1)
    return sorted(found)


def dates_by_block(text: str, blocks: "Sequence[Block]") -> list[tuple[int, list[DateMention]]]:
    """The index and the dates (find_dates) of each of ``blocks`` (in text
    order, apart) that holds dates, in order: the marks of the whole text
    are found at once, and only the blocks that hold one are read."""
    marks = _date_marks(text, 0, len(text))
    starts = [block.start for block in blocks]
    found = []
    first = 0
    while first < len(marks):
        index = bisect_right(starts, marks[first]) - 1
        if index < 0 or marks[first] >= blocks[index].end:
            first += 1  # a mark between blocks
            continue
        block = blocks[index]
        last = bisect_left(marks, block.end, first)
        dates = _dates_at(text, marks[first:last], block.start, block.end, None)
        if dates:
            found.append((index, dates))
        first = last
    return found


def find_dates(text: str, start: int = 0, end: int | None = None, year: int | None = None) -> list[DateMention]:
    """Dates in ``text[start:end]``; a date without a year takes the year of
    the date before it (or ``year``)."""
    end = len(text) if end is None else end
    return _dates_at(text, _date_marks(text, start, end), start, end, year)


def _date_marks(text: str, start: int, end: int) -> list[int]:
    """The offsets of the _DATE_MARKS in ``text[start:end]`` less the
    separators that follow no four digits: they end no date's first part
    (_may_end_start), and they are the commonest marks of a draft's list
    labels and decimals (1., 12.5), whose blocks then need no reading."""
    marks = find_all(text, _NUMERAL_MARKS, start, end)
    separators = [
        mark for mark in find_all(text, _SEPARATORS, start, end) if mark >= 4 and text[mark - 4 : mark].isdecimal()
    ]
    if separators:
        marks += separators
        marks.sort()  # two runs of ascending offsets: merged
    return marks


def _dates_at(text: str, marks: list[int], start: int, end: int, year: int | None) -> list[DateMention]:
    """find_dates, given the offsets of its marks in ``text[start:end]`` (_date_marks)."""
    found = []
    at = start  # where the next date may begin: the text before is read
    for mark in marks:
        if mark < at:
            continue  # inside a date read
        mention = None
        year_start = mark - 4
        if year_start >= at and text[mark] == "年" and text[year_start:mark].isdecimal():
            # The commonest date, 2023年…: where _DATE_START would find it
            # first, if it is one (a digit before it makes it none).
            first = _YEAR_FIRST.match(text, year_start, end)
            if first is not None:
                mention = _year_first(first)
        if mention is None and _may_end_start(text, mark):
            begins = _DATE_START.search(text, max(at, mark - _MARK_REACH), mark + 1)
            while begins is not None:
                match = _DATE_AT.match(text, begins.start(), end)
                if match is not None:
                    mention = _mention(match, year)
                    break
                at = begins.start() + 1
                begins = _DATE_START.search(text, at, mark + 1)
        if mention is not None:
            at = mention.end
            if mention.year_given:
                year = mention.year
            found.append(mention)
    return found


def _may_end_start(text: str, mark: int) -> bool:
    """Whether the first part of a date (as _DATE_START finds it) may end
    with the mark at ``mark``: a separator right after a four-digit year
    (2023-, 2023.), 年 or 月 right after a numeral (23年, 3月, 二〇二三年).
    A date whose first part ends with an earlier mark was looked for there:
    the many marks that end none (1.深, 12.5, 年度, 每月) need no search."""
    if text[mark] in _SEPARATORS:
        return mark >= 4 and text[mark - 4 : mark].isdecimal()
    before = text[mark - 1 : mark]
    return before.isdecimal() or (before != "" and before in _CN_DIGIT)


def _crosses_new_year(first: DateMention, second: DateMention) -> bool:
    """12月至1月 runs into the next year; 5月至3月 is a slip, not a range of ten months."""
    if first.month is None or second.month is None or second.month >= first.month:
        return False
    return 12 - first.month + second.month <= 3


def find_ranges(text: str, start: int = 0, end: int | None = None, year: int | None = None) -> list[DateRange]:
    """Pairs of dates joined by a range mark (``2023年3月8日至5月26日``).

    The second date takes the year of the first when it has none, and the
    next year when the range plainly crosses the new year (``2022年12月至1月``)."""
    return ranges_among(text, find_dates(text, start, end, year))


def ranges_among(text: str, dates: list[DateMention]) -> list[DateRange]:
    """The ranges of :func:`find_ranges` among ``dates`` as find_dates read
    them, for a caller that already has them."""
    ranges = []
    for first, second in itertools.pairwise(dates):
        if text[first.end] not in _AFTER_RANGE_START and not text[first.end].isspace():
            continue  # most dates are followed by neither a joiner nor a day of the week
        between = after_weekday(text, first.end, second.start)
        after = text[between]  # a date is followed by another
        if not (after in _JOINER_FIRST or after.isspace()):
            continue
        if RANGE_JOINER.fullmatch(text, between, second.start) is None:
            continue
        if not second.year_given and first.year is not None and _crosses_new_year(first, second):
            second = second._replace(year=first.year + 1)
        mark = text[between : second.start].strip()
        mark_start = text.index(mark, between, second.start)
        ranges.append(DateRange(first, second, mark_start, mark_start + len(mark)))
    return ranges


def weekday_at(text: str, end: int, limit: int | None = None) -> re.Match | None:
    """The day of the week written right after a date that ends at ``end``
    (WEEKDAY), ending by ``limit``. Most dates are followed by none, which
    their next characters tell without the pattern."""
    if not text.startswith(_WEEKDAY_STARTS, end):
        return None
    return WEEKDAY.match(text, end, len(text) if limit is None else limit)


def weekday_starts(text: str) -> set[int]:
    """Where a day of the week (WEEKDAY) may begin in ``text``: at each
    星期, 礼拜 and 周, and at the bracket right before one. A rule that looks
    for the day after each date asks only at the dates that end there."""
    starts = set()
    for at in find_all(text, _WEEKDAY_FIRSTS):
        if text.startswith(_WEEKDAY_WORDS, at):
            starts.add(at)
            if at and text[at - 1] == "(":
                starts.add(at - 1)
    return starts


def after_weekday(text: str, end: int, limit: int) -> int:
    """Where the text after a date that ends at ``end`` goes on, past the day
    of the week written after it (``（星期一）至…``), not past ``limit``."""
    weekday = weekday_at(text, end, limit)
    return weekday.end() if weekday else end


# -- what a date stands for --------------------------------------------------


class Role(str, enum.Enum):
    ACTION = "action"  # something that happened on that date
    DEADLINE = "deadline"  # 整改时限：…, …前, 到…为止
    PLAN = "plan"  # 计划, 力争, 将, 预计, …起
    SINCE = "since"  # …以来: the start of something still going on


# Words before the date, in its clause, that make it a deadline or a plan.
_DEADLINE_BEFORE = re.compile(r"时限|期限|截止到?|到|直至|确保|要求|之内|以内")
_PLAN_BEFORE = re.compile(r"计划|力争|争取|预计|预期|拟|将|准备|目标|打算|下一步|今后|每年|每月")
# Words right after the date (after a part like 底).
_DEADLINE_AFTER = re.compile(r"(?:之?前|以前|为止|内)")
_PLAN_AFTER = re.compile(r"(?:起(?!草)|以后|之后|后(?!续)|开始实施|开始执行)")
_SINCE_AFTER = re.compile(r"以来")
# A clause ends at these marks (the folded text has , ; : ! ?).
_CLAUSE_MARKS = "。;,:!?\n"
# How far back in its clause a cue word may stand (keeps the look-back linear).
_CUE_REACH = 30
# A label that governs a whole paragraph (整改时限：…, 下一步整改措施：…) or
# the date right after it (…，整改时限：2024年3月31日).
_LINE_LABEL = re.compile(r"\s*(?:整改时限|完成时限|整改期限|时限要求|下一步整改措施|下一步工作|整改目标)\s*:")
_LABEL_BEFORE = re.compile(r"(?:时限|期限|截止日期|截止时间|整改目标)\s*(?::|为|是)\s*$")


def _clause_start(text: str, offset: int, floor: int) -> int:
    start = offset
    while start > floor and text[start - 1] not in _CLAUSE_MARKS:
        start -= 1
    return start


def role(text: str, mention: DateMention, floor: int = 0) -> Role:
    """Whether ``mention`` dates an action, or a deadline or plan. ``floor``
    is the start of its paragraph: a label like 整改时限： there governs it."""
    if _LINE_LABEL.match(text, floor, mention.start) or _LABEL_BEFORE.search(
        text, max(floor, mention.start - 12), mention.start
    ):
        return Role.DEADLINE
    after = text[mention.end : mention.end + 4]
    if _SINCE_AFTER.match(after):
        return Role.SINCE
    if _DEADLINE_AFTER.match(after):
        return Role.DEADLINE
    if _PLAN_AFTER.match(after):
        return Role.PLAN
    before = text[_clause_start(text, mention.start, max(floor, mention.start - _CUE_REACH)) : mention.start]
    if _DEADLINE_BEFORE.search(before):
        return Role.DEADLINE
    if _PLAN_BEFORE.search(before):
        return Role.PLAN
    return Role.ACTION


# -- the dates a rule compares with a bound ---------------------------------


def cited_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 《…》 titles in ``text[start:end]``: a cited title is quoted as it was issued."""
    spans = []
    opened = text.find("《", start, end)
    while opened != -1:
        closed = text.find("》", opened, end)
        if closed == -1:
            break
        spans.append((opened, closed + 1))
        opened = text.find("《", closed + 1, end)
    return spans


def outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # A loop, not all() over a generator: this runs for every date of a block that cites a title.
    for span_start, span_end in spans:  # noqa: SIM110
        if span_start < end and start < span_end:
            return False
    return True


class Dated(NamedTuple):
    """A date of a block as a rule compares it with a bound (the signing
    date, the inspection's start): a date, or a range counted once."""

    first: DateMention  # the date, or the range's start
    last: DateMention  # the date, or the range's end
    whole: DateMention  # the date or the whole range, whose role the words around it tell
    floor: int  # the start of its block

    def role(self, text: str) -> Role:
        """Read only for a date out of bounds: most dates need no role."""
        return role(text, self.whole, self.floor)


def compared_dates(text: str, start: int, end: int, dates: list[DateMention]) -> list[Dated]:
    """The dates of ``text[start:end]`` (``dates``: find_dates of it) a rule
    may compare with a bound: outside cited titles, and with their year
    written (a year taken from an earlier sentence may be wrong; a range
    counts with the year of its start). Rules read them as
    ``Notice.compared_dates``."""
    cited = cited_spans(text, start, end)
    ranges = {found.first.start: found for found in ranges_among(text, dates)}
    seconds = {found.second.start for found in ranges.values()}
    compared = []
    for mention in dates:
        if mention.start in seconds or (cited and not outside(cited, mention.start, mention.end)):
            continue
        found = ranges.get(mention.start)
        if found is None:
            if mention.year_given:
                compared.append(_make(Dated, (mention, mention, mention, start)))
        elif found.first.year_given:
            whole = mention._replace(end=found.second.end)
            compared.append(Dated(found.first, found.second, whole, start))
    return compared
