"""What the date rules share: which text they read, and the dates of the
sections that report the work (the key dates and the disclosure period are
the notice's own: ``Notice.key_dates``, ``Notice.disclosure_period``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from notelint import lexer as kinds
from notelint.dates import Dated, DateMention, DateRange, blocks_holding, ranges_among
from notelint.lexer import Block
from notelint.model import NEXT_STEPS

if TYPE_CHECKING:
    from notelint.model import Notice, Section

# Parts whose dates are not the notice's own writing: web page metadata
# (发布日期：2025-04-23) and chrome.
NOT_BODY = (kinds.META, kinds.RESIDUE)


def dated_body_blocks(notice: Notice) -> Iterator[tuple[Block, list[DateMention]]]:
    """The body blocks (the blocks a draft's author wrote: the web metadata
    line is exempt) that hold dates, with their dates."""
    return ((block, dates) for block, dates in notice.dated_blocks if block.kind not in NOT_BODY)


def body_blocks_holding(notice: Notice, marks: str) -> Iterator[Block]:
    """The body blocks whose text holds one of ``marks`` (most hold none)."""
    blocks = notice.blocks
    for index in blocks_holding(notice.text, blocks, marks):
        if blocks[index].kind not in NOT_BODY:
            yield blocks[index]


def block_ranges(notice: Notice, block: Block) -> list[DateRange]:
    return ranges_among(notice.text, notice.dates_in(block))


def show(mention: DateMention) -> str:
    """A date as a message names it."""
    return mention.standard() or "?"


def report_sections(notice: Notice, slots: tuple[str, ...] | None = None) -> list[Section]:
    """The sections that report what was done (the next-step plan is all
    plans), or only those of ``slots``."""
    return [
        s
        for s in notice.sections
        if s.heading is not None and s.slot != NEXT_STEPS and (slots is None or s.slot in slots)
    ]


def dated_mentions(
    notice: Notice, sections: Iterable[Section], *, range_end: bool
) -> Iterator[tuple[DateMention, Dated]]:
    """Each date of ``sections`` (Notice.compared_dates) that has a year and at
    least a month, outside cited titles, with its reading: a range counts
    once, by its start, or by its end when ``range_end``. A date that does
    not exist is among them: its bounds (DateMention.earliest, .latest) are None."""
    compared = notice.compared_dates
    for section in sections:
        if section.heading is None:
            continue  # a missing section: recovery inserted its place, it has no text
        for block in [section.heading, *section.body]:
            for dated in compared.get(block.start, ()):
                mention = dated.last if range_end else dated.first
                if mention.year is not None and mention.month is not None:
                    yield mention, dated
