"""What the date rules share: which text they read, and the key dates of a
notice (inspection period, feedback, signing) with their years resolved."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import NamedTuple

from notelint import lexer as kinds
from notelint.dates import DateMention, DateRange, find_dates, find_ranges, ranges_among, role
from notelint.lexer import Block
from notelint.model import NEXT_STEPS
from notelint.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int

# Parts whose dates are not the notice's own writing: web page metadata
# (发布日期：2025-04-23) and chrome.
_NOT_BODY = (kinds.META, kinds.RESIDUE)


def body_blocks(notice) -> Iterator[Block]:
    """The blocks a draft's author wrote (the web metadata line is exempt)."""
    return (block for block in notice.blocks if block.kind not in _NOT_BODY)


def block_dates(notice, block: Block) -> list[DateMention]:
    """The dates of a block, read once per notice: the date rules, and the
    model for the signing date, all read them."""
    return notice.shared(find_dates, block.start, block.end)


def block_ranges(notice, block: Block) -> list[DateRange]:
    return ranges_among(notice.text, block_dates(notice, block))


def cited_spans(text: str, block: Block) -> list[tuple[int, int]]:
    """The 《…》 titles in a block: a cited title is quoted as it was issued."""
    spans = []
    opened = text.find("《", block.start, block.end)
    while opened != -1:
        closed = text.find("》", opened, block.end)
        if closed == -1:
            break
        spans.append((opened, closed + 1))
        opened = text.find("《", closed + 1, block.end)
    return spans


def outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in spans)


def show(mention: DateMention) -> str:
    """A date as a message names it."""
    return mention.standard() or "?"


class KeyDates(NamedTuple):
    inspection_start: DateMention | None
    inspection_end: DateMention | None
    feedback: DateMention | None
    signing: DateMention | None


def key_dates(notice) -> KeyDates:
    text, preamble = notice.text, notice.preamble
    start = end = feedback = None
    if preamble is not None and preamble.period is not None:
        period = find_ranges(text, preamble.period.start, preamble.period.end)
        if period:
            start, end = period[0].first, period[0].second
    if preamble is not None and preamble.feedback is not None:
        year = end.year if end is not None else None
        found = find_dates(text, preamble.feedback.start, preamble.feedback.end, year)
        feedback = found[0] if found else None
    return KeyDates(start, end, feedback, notice.signing_date())


def report_sections(notice, slots: tuple[str, ...] | None = None):
    """The sections that report what was done (the next-step plan is all
    plans), or only those of ``slots``."""
    return [
        s
        for s in notice.sections
        if s.heading is not None and s.slot != NEXT_STEPS and (slots is None or s.slot in slots)
    ]


def dated_mentions(notice, sections, *, range_end: bool):
    """(date, role) for each date of ``sections`` that has a year and at
    least a month, outside cited titles. A range counts once: by its start,
    or by its end when ``range_end``; its role is read around the whole range."""
    text = notice.text
    for section in sections:
        for block in [section.heading, *section.body]:
            dates = block_dates(notice, block)
            if not dates:
                continue  # most blocks: nothing more to read
            cited = cited_spans(text, block)
            ranges = {r.first.start: r for r in ranges_among(text, dates)}
            seconds = {r.second.start for r in ranges.values()}
            for mention in dates:
                if mention.start in seconds or not outside(cited, mention.start, mention.end):
                    continue
                whole = mention
                if mention.start in ranges:
                    found = ranges[mention.start]
                    if not found.first.year_given:
                        continue
                    whole = mention._replace(end=found.second.end)
                    mention = found.second if range_end else found.first
                elif not mention.year_given:
                    continue  # a year taken from an earlier sentence may be wrong
                if mention.year is not None and mention.month is not None and mention.valid:
                    # NL303 and NL304 read the same dates: the role, read once, serves both.
                    yield mention, notice.shared(role, whole, block.start)


# 公开期限：自发布之日起30日 / 三十日 / 一个月 — a period given as a length.
# A month counts as 30 days: the length is only compared with its bounds.
DAYS = re.compile(rf"(\d{{1,3}}|[{CHINESE_NUMERAL_CHARS}]{{1,4}})\s*(?:(?P<months>个月)|个?(?:自然日|工作日|天|日))")
_DAYS_PER_MONTH = 30


class Disclosure(NamedTuple):
    """The 公开期限 as read: a range of dates, or a number of days, or neither."""

    range: DateRange | None
    days: int | None  # the length in days, both ends included
    days_span: tuple[int, int] | None  # where the length is written (…30日)


def disclosure(notice) -> Disclosure | None:
    block = notice.disclosure
    if block is None:
        return None
    text = notice.text
    signing = notice.signing_date()
    for found in find_ranges(text, block.start, block.end, signing.year if signing else None):
        first, second = found.first.earliest(), found.second.latest()
        if found.first.complete and found.second.complete and first and second:
            days = (datetime.date(*second) - datetime.date(*first)).days + 1
            return Disclosure(found, days, None)
    for written in DAYS.finditer(text, block.start, block.end):
        number = written.group(1)
        count = int(number) if number.isdigit() else chinese_to_int(number)
        if count:
            return Disclosure(None, count * (_DAYS_PER_MONTH if written.group("months") else 1), written.span())
    return Disclosure(None, None, None)
