"""What the date rules share: which text they read, and the dates of the
sections that report the work (the key dates and the disclosure period are
the notice's own: ``Notice.key_dates``, ``Notice.disclosure_period``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from notelint import lexer as kinds
from notelint.dates import DateMention, DateRange, Role, blocks_holding, ranges_among, role
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
    # A loop, not all() over a generator: this runs for every date of a block that cites a title.
    for span_start, span_end in spans:  # noqa: SIM110
        if span_start < end and start < span_end:
            return False
    return True


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


class Dated(NamedTuple):
    """A date of a reported section as dated_mentions reads it."""

    mention: DateMention  # the date compared: a range's start or end
    whole: DateMention  # the date or the whole range, whose role the words around it tell
    floor: int  # the start of its block

    def role(self, text: str) -> Role:
        """Read only for a date out of bounds: most dates need no role."""
        return role(text, self.whole, self.floor)


def dated_mentions(notice: Notice, sections: Iterable[Section], *, range_end: bool) -> Iterator[Dated]:
    """Each date of ``sections`` that has a year and at least a month,
    outside cited titles. A range counts once: by its start, or by its end
    when ``range_end``; its role is read around the whole range."""
    text = notice.text
    dated = {(block.start, block.end): dates for block, dates in notice.dated_blocks}
    for section in sections:
        if section.heading is None:
            continue  # a missing section: recovery inserted its place, it has no text
        for block in [section.heading, *section.body]:
            dates = dated.get((block.start, block.end))
            if dates is None:
                continue  # most blocks: nothing more to read
            cited = cited_spans(text, block)
            ranges = {r.first.start: r for r in ranges_among(text, dates)}
            seconds = {r.second.start for r in ranges.values()}
            for mention in dates:
                if mention.start in seconds or (cited and not outside(cited, mention.start, mention.end)):
                    continue
                whole = mention
                found = ranges.get(mention.start)
                if found is not None:
                    if not found.first.year_given:
                        continue
                    whole = mention._replace(end=found.second.end)
                    mention = found.second if range_end else found.first
                elif not mention.year_given:
                    continue  # a year taken from an earlier sentence may be wrong
                if mention.year is not None and mention.month is not None and mention.valid:
                    yield Dated(mention, whole, block.start)
