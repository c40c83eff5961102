"""The notice model: what the checks read.

Built once per file from the blocks and the parse tree. Every part keeps the
blocks it came from, so a check can point at the exact characters; offsets
are in the analysis text (``Notice.text``), mapped back by the engine.

What several rules derive from the text (the dates of a block, the key dates,
the disclosure period, phone numbers, tallies, citations, paragraphs…) is a
property of the notice, computed by its reader (notelint.dates, .phones,
.tallies, .citations, .layout, .quotes) the first time a rule asks, and kept
for the others. The readers live in notelint/, never in checks/: the model
does not import the rules. A notice has no ``__slots__``, so that
``functools.cached_property`` can keep what it computed (one notice per file:
the corpus timing shows no cost).
"""

import bisect
import datetime
import functools
import itertools
import re
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from notelint import lexer as kinds
from notelint.citations import Citation
from notelint.citations import citations as find_citations
from notelint.dates import (
    Dated,
    DateMention,
    DateRange,
    after_weekday,
    compared_dates,
    dates_by_block,
    find_dates,
    find_ranges,
)
from notelint.lalr import Tree
from notelint.layout import Leading, mark_offsets, paragraph_spans
from notelint.layout import addresses as find_addresses
from notelint.lexer import Block, Heading
from notelint.normalize import Normalized
from notelint.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int
from notelint.parser import Missing, parse
from notelint.phones import PHONE_FIELDS, Phone
from notelint.phones import phones as read_phones
from notelint.quantities import Quantity, find_quantities
from notelint.quotes import QuoteGroup, quote_groups
from notelint.recognition import Verdict, recognise
from notelint.residue import widget_pattern
from notelint.tallies import Tally
from notelint.tallies import tallies as find_tallies

if TYPE_CHECKING:
    from collections.abc import Callable

    from notelint.source import SourceText

# Slot names of the top-level sections (the order of the backbone).
RESPONSIBILITY, PROGRESS, CLUES, UNFINISHED, NEXT_STEPS, OTHER = (
    "responsibility",
    "progress",
    "clues",
    "unfinished",
    "next_steps",
    "other",
)


class Span(NamedTuple):
    start: int
    end: int


class Section:
    """A top-level section: an H1 heading (or the paragraph that opens an
    unnumbered next-step plan) and the blocks under it. ``heading`` is None
    when the section is missing (recovery inserted it)."""

    __slots__ = ("body", "heading", "slot")

    def __init__(self, slot: str, heading: Block | None, body: list[Block]) -> None:
        self.slot = slot
        self.heading = heading
        self.body = body


class OutlineNode:
    """A heading with the headings nested under it (by level) and the
    non-heading blocks directly under it."""

    __slots__ = ("block", "children", "content", "heading", "level")

    def __init__(self, block: Block, heading: Heading) -> None:
        self.block = block
        self.heading = heading  # the block's numbered heading
        self.level = heading.level  # read by the numbering rules for each node and its children
        self.children: list[OutlineNode] = []
        self.content: list[Block] = []


class Preamble:
    __slots__ = ("basis", "blocks", "feedback", "formula", "group", "inspected", "period", "term")

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        # What the model finds in the blocks (None: not there).
        self.basis: Span | None = None
        self.period: Span | None = None  # the inspection period, e.g. 2023年3月8日至5月26日
        self.group: Span | None = None
        self.inspected: Span | None = None
        self.feedback: Span | None = None  # the date on which the findings were fed back
        self.formula: Span | None = None  # 现将…予以公布
        # 巡视 or 巡察 as this inspection is called: the first of them from the
        # group (or the basis) on, which the text's other mentions must follow.
        self.term: Span | None = None

    @property
    def start(self) -> int:
        return self.blocks[0].start

    @property
    def end(self) -> int:
        return self.blocks[-1].end


class ContactField(NamedTuple):
    kind: str  # phone / fax / address / postcode / email / web / note
    label: Span
    value: Span


class KeyDates(NamedTuple):
    """The dates a notice is dated by, with their years resolved."""

    inspection_start: DateMention | None
    inspection_end: DateMention | None
    feedback: DateMention | None  # the day the findings were fed back
    signing: DateMention | None


class PeriodLength(NamedTuple):
    days: int  # both ends included
    start: int  # where it is read: the range of dates, or the length written (…30日)
    end: int


class DisclosurePeriod(NamedTuple):
    """The 公开期限 as read: a range of dates (and its length), or a length
    alone, or neither (``length`` None: nothing readable)."""

    block: Block  # the 公开期限 paragraph
    range: DateRange | None
    length: PeriodLength | None


# 公开期限：自发布之日起30日 / 三十日 / 一个月 — a period given as a length.
# A month counts as 30 days: the length is only compared with its bounds.
_DAYS = re.compile(rf"(\d{{1,3}}|[{CHINESE_NUMERAL_CHARS}]{{1,4}})\s*(?:(?P<months>个月)|个?(?:自然日|工作日|天|日))")
_DAYS_PER_MONTH = 30

HitT = TypeVar("HitT")


class Scanner(Protocol[HitT]):
    """What finds the entries of some data in a text (the formulation
    catalog): its hits in a notice are read once per notice and scanner."""

    def scan(self, text: str) -> list[HitT]: ...


class Notice:
    """A notice as the rules read it: its parts (filled in by :func:`build`)
    and what several rules derive from the text, each computed on first use
    and kept for the notice's other rules. What these return is shared by
    every rule: a rule must not change it."""

    def __init__(self, normalized: Normalized, blocks: list[Block], verdict: Verdict) -> None:
        self.normalized = normalized
        self.blocks = blocks
        self.verdict = verdict  # is it a notice, and the evidence that decided
        self.is_notice = verdict.is_notice
        # The parts, filled in from the parse tree.
        # The title, one block even when a Word export split it over lines
        # (a copy repeated under a web page's heading is page metadata).
        self.title: Block | None = None
        self.meta: list[Block] = []
        self.preamble: Preamble | None = None
        self.sections: list[Section] = []
        self.outline: list[OutlineNode] = []
        self.invitation: Block | None = None
        self.disclosure: Block | None = None  # the 公开期限 paragraph (its reading: disclosure_period)
        self.contacts: list[Block] = []
        self.contact_fields: list[ContactField] = []
        self.signature: list[Block] = []
        self.date: Block | None = None
        self.annotations: list[Block] = []  # 附注 under the date: （此件公开发布）
        self.trailing: list[Block] = []  # after the signing date
        self.residue: list[Block] = []
        self.missing: list[Missing] = []  # parts recovery had to insert
        self.misplaced: list[Block] = []  # parts the parser skipped
        self._dates: dict[tuple[int, int], list[DateMention]] = {}  # see dates_in
        self._derived: dict[Any, Any] = {}  # see hits and per_notice

    @property
    def text(self) -> str:
        """The analysis text (simplified, folded, pinyin residue removed)."""
        return self.normalized.text

    @property
    def source(self) -> "SourceText":
        return self.normalized.source

    def original(self, start: int, end: int) -> str:
        """The text the user wrote for an analysis span (traditional characters,
        full-width marks and pinyin residue included)."""
        offsets = self.normalized.offsets
        if offsets.is_identity:
            return self.source.text[start:end]
        return self.source.text.__getitem__(slice(*offsets.span_to_source(start, end)))

    def section(self, slot: str) -> Section | None:
        return next((s for s in self.sections if s.slot == slot and s.heading is not None), None)

    # -- what the rules derive, computed once per notice ---------------------------

    def dates_in(self, part: Block | Preamble) -> list[DateMention]:
        """The dates written in a block or the preamble (notelint.dates), read
        once per part: every date rule reads them, and the model reads the
        preamble's and the signing date's."""
        key = (part.start, part.end)
        found = self._dates.get(key)
        if found is None:
            found = self._dates[key] = find_dates(self.text, part.start, part.end)
        return found

    @cached_property
    def dated_blocks(self) -> list[tuple[Block, list[DateMention]]]:
        """The blocks that hold dates, in order, each with its dates
        (dates_in): the date rules read these instead of asking every block.
        The blocks whose dates were asked for already (the preamble's, the
        signing date's…) are not read again."""
        blocks, known, starts = self.blocks, self._dates, self.block_starts
        read = []  # the indices of the blocks among the parts read already (a few)
        for start, end in known:
            index = bisect.bisect_left(starts, start)
            if index < len(blocks) and starts[index] == start and blocks[index].end == end:
                read.append(index)
        unread = blocks
        if read:
            unread = blocks.copy()
            for index in sorted(read, reverse=True):
                del unread[index]
        dated = []
        for index, found in dates_by_block(self.text, unread):
            block = unread[index]
            dated.append((block, known.setdefault((block.start, block.end), found)))
        for index in read:
            block = blocks[index]
            if found := known[(block.start, block.end)]:
                bisect.insort(dated, (block, found), key=_dated_start)
        return dated

    @cached_property
    def compared_dates(self) -> dict[int, list[Dated]]:
        """The dates of each dated block that a rule compares with a bound
        (notelint.dates), by the block's start: NL303 and NL304 read them."""
        text = self.text
        return {
            block.start: compared
            for block, dates in self.dated_blocks
            if (compared := compared_dates(text, block.start, block.end, dates))
        }

    @cached_property
    def inspection_term(self) -> str:
        """巡视 or 巡察, as this notice calls its inspection: the preamble's term,
        else the first of the two in the text; 巡察 (the more common, by city
        and county committees) when neither is written. Messages speak of the
        inspection in the notice's own word."""
        if self.preamble is not None and self.preamble.term is not None:
            return self.text[self.preamble.term.start : self.preamble.term.end]
        found = _INSPECTION_TERM.search(self.text)
        return found.group() if found else "巡察"

    @cached_property
    def signing_date(self) -> DateMention | None:
        """The first date of the signing-date line, None without one."""
        if self.date is None:
            return None
        found = self.dates_in(self.date)
        return found[0] if found else None

    @cached_property
    def key_dates(self) -> KeyDates:
        """The inspection period and the feedback date of the preamble (the
        feedback's year defaults to the period's end year), and the signing date."""
        text, preamble = self.text, self.preamble
        start = end = feedback = None
        if preamble is not None and preamble.period is not None:
            period = find_ranges(text, preamble.period.start, preamble.period.end)
            if period:
                start, end = period[0].first, period[0].second
        if preamble is not None and preamble.feedback is not None:
            year = end.year if end is not None else None
            found = find_dates(text, preamble.feedback.start, preamble.feedback.end, year)
            feedback = found[0] if found else None
        return KeyDates(start, end, feedback, self.signing_date)

    @cached_property
    def disclosure_period(self) -> DisclosurePeriod | None:
        """The disclosure paragraph read: its first complete range of dates
        (years defaulting to the signing year) with its length, else the
        first length written in days or months; None without the paragraph."""
        block = self.disclosure
        if block is None:
            return None
        text = self.text
        signing = self.signing_date
        for found in find_ranges(text, block.start, block.end, signing.year if signing else None):
            first, second = found.first.earliest(), found.second.latest()
            if found.first.complete and found.second.complete and first and second:
                days = (datetime.date(*second) - datetime.date(*first)).days + 1
                return DisclosurePeriod(block, found, PeriodLength(days, found.first.start, found.second.end))
        for written in _DAYS.finditer(text, block.start, block.end):
            number = written.group(1)
            count = int(number) if number.isdigit() else chinese_to_int(number)
            if count:
                days = count * (_DAYS_PER_MONTH if written.group("months") else 1)
                return DisclosurePeriod(block, None, PeriodLength(days, written.start(), written.end()))
        return DisclosurePeriod(block, None, None)

    @cached_property
    def phones(self) -> list[Phone]:
        """Every number in the phone and fax fields of the contact details
        (notelint.phones), in order."""
        return [
            phone
            for field in self.contact_fields
            if field.kind in PHONE_FIELDS
            for phone in read_phones(self.text, field.value.start, field.value.end)
        ]

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Every count and amount of the text (notelint.quantities), in order."""
        return find_quantities(self.text)

    @cached_property
    def tallies(self) -> list[Tally]:
        """The totals with their parts (notelint.tallies), in order."""
        return find_tallies(self.text)

    @cached_property
    def citations(self) -> list[Citation]:
        """The 《…》 titles cited (notelint.citations), in order."""
        return find_citations(self.text)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """The paragraphs' spans, one a line of the analysis text whatever the
        format (notelint.layout)."""
        return paragraph_spans(self.text)

    @cached_property
    def block_starts(self) -> list[int]:
        """The blocks' starts, in order: where a rule finds the block holding
        an offset (bisect) instead of visiting every block."""
        return [block.start for block in self.blocks]

    @cached_property
    def marks(self) -> list[int]:
        """Offsets of the brackets and quotes (notelint.layout), in order."""
        return mark_offsets(self.text)

    @cached_property
    def heading_labels(self) -> frozenset[int]:
        """Offsets of the characters of the numbered headings' labels (一、 (一)
        1. (1), and broken ones: 一) (1): punctuation there is the numbering
        rules' (NL203, NL205), not the text hygiene rules'."""
        return frozenset(
            offset
            for block in self.blocks
            if block.heading is not None
            for offset in range(block.heading.label_start, block.heading.label_end)
        )

    @cached_property
    def source_addresses(self) -> list[tuple[int, int]]:
        """Spans of the web and e-mail addresses in the user's text
        (notelint.layout), where ASCII marks and straight quotes belong."""
        return find_addresses(self.source.text)

    @cached_property
    def straight_quotes(self) -> list[QuoteGroup]:
        """The straight double quotes of the user's text (typed " and &quot;),
        in pairs or, where a line's quotes do not pair, one group per line
        (notelint.quotes)."""
        return quote_groups(self)

    @cached_property
    def residue_spans(self) -> list[tuple[int, int]]:
        """Spans of the web page residue NL501 deletes, sorted: the residue
        lines and the bracketed widgets inside other lines."""
        widgets = [match.span() for match in widget_pattern().finditer(self.text)]
        return sorted([(block.start, block.end) for block in self.residue] + widgets)

    def hits(self, scanner: Scanner[HitT]) -> list[HitT]:
        """``scanner.scan(self.text)``, scanned once per notice and scanner: the
        formulation rules share one catalog's hits."""
        found = self._derived.get(scanner)
        if found is None:
            found = self._derived[scanner] = scanner.scan(self.text)
        return found

    def forget_derived(self) -> None:
        """Drop what was derived above, so that the next reader computes it
        again (benchmarks/rules.py times each rule with the reading it causes)."""
        for name in _DERIVED:
            self.__dict__.pop(name, None)
        self._dates.clear()
        self._derived.clear()


def _dated_start(dated: tuple[Block, list[DateMention]]) -> int:
    return dated[0].start


# The cached properties of Notice: what forget_derived drops.
_DERIVED = tuple(name for name, value in vars(Notice).items() if isinstance(value, cached_property))

ReadT = TypeVar("ReadT")


def per_notice(reader: "Callable[[Notice], ReadT]") -> "Callable[[Notice], ReadT]":
    """``reader`` made to compute once per notice what the rules of a family
    derive from it and share (the brackets of the headings' labels), kept on
    the notice: a module-level cache would keep the last notice alive after
    its lint, and the collector would walk the whole model again and again."""

    @functools.wraps(reader)
    def read(notice: Notice) -> ReadT:
        derived = notice._derived
        if reader in derived:
            return derived[reader]
        found = derived[reader] = reader(notice)
        return found

    return read


# -- building -----------------------------------------------------------------

# The labels of contact fields and the synonyms notices use for them (the docs
# of NL108/NL109 list them), each with what may follow it instead of a colon
# (联系方式：电话0739-5123456，邮箱…); 来信请寄至… needs no colon.
_LABELS = (
    (
        "phone",
        r"联系电话|举报电话|监督举报电话|监督电话|投诉电话|受理电话|值班电话|电话|手机号码|手机|移动电话",
        r"\d|\(",
    ),
    ("fax", r"传真", r"\d"),
    ("email", r"电子邮件地址|电子邮箱地址|电子邮箱|电子邮件|电子信箱|举报邮箱|投诉邮箱|邮箱", r"[A-Za-z0-9]"),
    ("address", r"邮政信箱|通信地址|通讯地址|邮寄地址|邮件地址|来信地址|(?:来信|信函)请?寄(?:至|到)?|地址", None),
    ("postcode", r"邮政编码|邮编", r"\d"),
    ("web", r"网址|网站", r"[A-Za-z]"),
    ("person", r"联系人", None),
)
_CONTACT_LABEL = re.compile(
    "|".join(
        rf"(?P<{kind}>{labels})(?=\s*:" + (rf"|\s*(?:{value})" if value else "") + ")"
        for kind, labels, value in _LABELS
    )
    + r"|(?P<note>\(信封请?注明)|(?P<mail_to>(?:来信|信函)请?寄(?:至|到))"
)
# The characters a label (_CONTACT_LABEL) begins with (tests/test_structure.py
# derives them from the pattern): the labels are looked for where these stand,
# as the pattern's alternatives, each a different word, would be tried one by
# one at every character of the contact paragraphs.
_LABEL_OPENERS = "(举传信值受地手投来电监移网联通邮"
_CONTACT_LABELS = Leading(_CONTACT_LABEL, _LABEL_OPENERS)
_FIELD_KIND = {"mail_to": "address", "person": "note"}
_LABEL_PREFIX = 6  # the longest word written before a label (网上举报 before 网站)

# 根据市委统一部署, or the regulation itself: 根据《中国共产党巡视工作条例》有关规定.
_BASIS = re.compile(r"(?:根据|按照|依据)(?:[^。,]{0,30}?(?:部署|安排)|《[^》]{2,40}》)")
_GROUP = re.compile(
    r"(?:(?:中央|省委|市委|县委|区委|党委|党组)?第?[一二三四五六七八九十]*巡[视察](?:工作)?[一二三四五六七八九十]*组)+"
)
# 对X开展了巡察, 巡察了X, or 进驻X开展巡察.
_INSPECTED = re.compile(
    r"对(?P<body>[^。;]{2,160}?)(?:开展|进行|实施)|巡[视察]了(?P<object>[^。;,]{2,60})|"
    r"进驻(?P<entered>[^。;,]{2,60}?)(?:开展|进行)"
)
# The period told by its ends: 于2024年4月1日进驻…，5月31日结束.
_ENTERED = re.compile(r"\s*进驻")
_LEFT = re.compile(r"\s*(?:结束|撤离|完成)")
# The formula opens with 现将, or ends with its words after at most _FORMULA_LEAD
# characters of its clause.
_FORMULA_OPENING = r"现将[^。]{0,40}?(?:公布|公开|通报)"
_FORMULA_WORDS = r"(?:予以公|向社会公)[布开]"
_FORMULA_LEAD = 30
_FORMULA = re.compile(rf"{_FORMULA_OPENING}|[^,。]{{0,{_FORMULA_LEAD}}}{_FORMULA_WORDS}")
_OPENING_ONLY = re.compile(_FORMULA_OPENING)
_WORDS_ONLY = re.compile(_FORMULA_WORDS)
# What a group's name may hold before its 巡 (第, and the numerals of 第二巡察组),
# after one of its two-character prefixes (市委…).
_GROUP_NUMBERING = frozenset("第一二三四五六七八九十")
_GROUP_PREFIX = 2
_INSPECTION_TERM = re.compile(r"巡视|巡察")
_FEEDBACK = re.compile(r"反馈")


def build(normalized: Normalized) -> Notice:
    blocks = kinds.lex(normalized.text)
    notice = Notice(normalized, blocks, recognise(normalized.text, blocks))
    notice.residue = [b for b in blocks if b.kind == kinds.RESIDUE]
    if not notice.is_notice:
        notice.title = _title(normalized.text, blocks)
        return notice
    result = parse(blocks, len(normalized.text))
    notice.missing = result.missing
    skipped = set(result.skipped)
    if result.tree is not None:  # None: recovery could not complete the parse
        _TreeToNotice(notice).transform(result.tree)
    date_index = blocks.index(notice.date) if notice.date is not None else len(blocks)
    for index in sorted(skipped):
        # An article's metadata line below the text (来源：…, 责任编辑：…) is no trailing content.
        trailing = index > date_index and blocks[index].kind != kinds.META
        (notice.trailing if trailing else notice.misplaced).append(blocks[index])
    notice.outline = _outline(
        [b for i, b in enumerate(blocks) if i not in skipped and b.kind != kinds.RESIDUE]
        if skipped
        else [b for b in blocks if b.kind != kinds.RESIDUE]
    )
    # A part out of place is still the notice's part when it has none in its
    # place: NL112 says where it belongs, and the rules that read it still do
    # (the phones of contacts above the next steps, a disclosure period above
    # the invitation).
    if not notice.contacts:
        notice.contacts = [b for b in notice.misplaced if b.kind == kinds.CONTACT]
    if notice.disclosure is None:
        notice.disclosure = next((b for b in notice.misplaced if b.kind == kinds.DISCLOSURE), None)
    if notice.preamble is not None:
        _read_preamble(notice, notice.preamble)
    notice.contact_fields = [f for block in notice.contacts for f in _contact_fields(normalized.text, block)]
    return notice


def _section_reader(slot: str):
    """_TreeToNotice's method for a section rule: the section, in ``slot``."""

    def read(self: "_TreeToNotice", children) -> None:
        self.notice.sections.append(Section(slot, self._block(children[0]), self.transform(children[1])))

    return read


class _TreeToNotice:
    """Parse tree → the parts of the notice: each rule with a method here is
    read by it from its children (a section's method reads its body's node,
    the other methods read tokens); the children of a rule without one are
    read in turn. Tokens carry the index of their block; recovery's inserted
    tokens carry an empty value."""

    def __init__(self, notice: Notice):
        self.notice = notice

    def transform(self, tree: Tree):
        read = getattr(self, tree.data, None)
        if read is not None:
            return read(tree.children)
        return [self.transform(child) if type(child) is Tree else child for child in tree.children]

    def _block(self, token) -> Block | None:
        return self.notice.blocks[int(token.value)] if token.value else None

    def _real(self, tokens) -> list[Block]:
        blocks = self.notice.blocks  # as _block reads them, without a call for each of a body's tokens
        return [blocks[int(token.value)] for token in tokens if token.value]

    def head(self, children):
        blocks = self._real(children)
        self.notice.title = _title(self.notice.text, blocks)
        self.notice.meta = [b for b in blocks if b.kind != kinds.TITLE]

    def preamble(self, children):
        blocks = self._real(children)
        self.notice.preamble = Preamble(blocks) if blocks else None

    def body(self, children):
        return self._real(children)

    responsibility = _section_reader(RESPONSIBILITY)
    progress = _section_reader(PROGRESS)
    clues = _section_reader(CLUES)
    unfinished = _section_reader(UNFINISHED)
    other = _section_reader(OTHER)
    next_steps = _section_reader(NEXT_STEPS)

    def invitation(self, children):
        self.notice.invitation = self._block(children[0])

    def disclosure(self, children):
        self.notice.disclosure = self._block(children[0])

    def contacts(self, children):
        self.notice.contacts = self._real(children)

    def signature(self, children):
        self.notice.signature = self._real(children)

    def date(self, children):
        self.notice.date = self._block(children[0])

    def annotation(self, children):
        self.notice.annotations.extend(self._real(children))


def _title(text: str, blocks: list[Block]) -> Block | None:
    """The title lines (one run, see notelint.lexer) as one block spanning
    them; its text holds the line breaks of a split title, which readers of
    a title ignore."""
    lines = [b for b in blocks if b.kind == kinds.TITLE]
    if not lines:
        return None
    return Block(kinds.TITLE, lines[0].start, lines[-1].end, lines[0].line, text[lines[0].start : lines[-1].end])


def _outline(blocks: list[Block]) -> list[OutlineNode]:
    roots: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    for block in blocks:
        heading = block.heading
        if heading is None:
            if stack:
                stack[-1].content.append(block)
            continue
        node = OutlineNode(block, heading)
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _first(pattern: re.Pattern, text: str, start: int, end: int, group: int | str = 0) -> Span | None:
    match = pattern.search(text, start, end)
    return Span(match.start(group), match.end(group)) if match else None


def _formula(text: str, start: int, end: int) -> Span | None:
    """_FORMULA's first match in ``[start, end)``, matched where it starts: the
    first 现将 of a formula, or as far before the first formula words as the
    clause that leads to them may reach (no comma or full stop between). The
    regex engine would try the clause at every character of the preamble, and
    from each as far as it reaches."""
    starts = []
    opening = _OPENING_ONLY.search(text, start, end)
    if opening is not None:
        starts.append(opening.start())
    words = _WORDS_ONLY.search(text, start, end)
    if words is not None:
        at = words.start()
        clause = max(text.rfind(",", start, at), text.rfind("。", start, at)) + 1
        starts.append(max(start, clause, at - _FORMULA_LEAD))
    if not starts:
        return None
    match = _FORMULA.match(text, min(starts), end)
    assert match is not None  # one of the two wordings starts there
    return Span(match.start(), match.end())


def _group(text: str, start: int, end: int) -> Span | None:
    """_GROUP's first match in ``[start, end)``, searched from the first 巡
    and the name before it (第二, 市委第二…): every match holds one, and the
    regex engine would try the optional name at every character."""
    inspection = text.find("巡", start, end)
    if inspection == -1:
        return None
    lead = inspection
    while lead > start and text[lead - 1] in _GROUP_NUMBERING:
        lead -= 1
    return _first(_GROUP, text, max(start, lead - _GROUP_PREFIX), end)


# What joins the two ends of the inspection period (after the weekday of the first, if written).
_PERIOD_JOINERS = ("至", "起至", "—", "-", "～", "~", "到")


def _read_preamble(notice: Notice, preamble: Preamble) -> None:
    text = notice.text
    start, end = preamble.start, preamble.end
    preamble.basis = _first(_BASIS, text, start, end)
    preamble.group = _group(text, start, end)
    inspected = _INSPECTED.search(text, start, end)
    if inspected is not None:
        group = next(name for name in ("body", "object", "entered") if inspected.group(name) is not None)
        preamble.inspected = Span(inspected.start(group), inspected.end(group))
    preamble.formula = _formula(text, start, end)
    anchor = preamble.group or preamble.basis
    preamble.term = _first(_INSPECTION_TERM, text, anchor.start if anchor else start, end)
    dates = notice.dates_in(preamble)
    for first, second in itertools.pairwise(dates):
        if text[after_weekday(text, first.end, second.start) : second.start].strip() in _PERIOD_JOINERS or (
            _ENTERED.match(text, first.end, end) and _LEFT.match(text, second.end, end)
        ):
            preamble.period = Span(first.start, second.end)
            break
    feedback = _FEEDBACK.search(text, start, end)
    if feedback is not None:
        sentence_start = max(text.rfind("。", start, feedback.start()) + 1, start)
        before = [
            d
            for d in dates
            if sentence_start <= d.start < feedback.start()
            and (preamble.period is None or d.start >= preamble.period.end)
        ]
        if before:
            preamble.feedback = Span(before[-1].start, before[-1].end)


def _contact_fields(text: str, block: Block) -> list[ContactField]:
    labels = list(_CONTACT_LABELS.finditer(text, block.start, block.end))
    fields = []
    for label, following in zip(labels, [*labels[1:], None]):
        value_end = following.start() if following else block.end
        value_start = label.end()
        if following is not None:
            # A word before the next label belongs to it (；举报网址：…, ；监督电话…):
            # the value ends at the separator before that word.
            separator = max(
                text.rfind(";", max(value_start, value_end - _LABEL_PREFIX), value_end),
                text.rfind(",", max(value_start, value_end - _LABEL_PREFIX), value_end),
            )
            if separator != -1:
                value_end = separator
        while value_start < value_end and text[value_start] in ": \t":  # a tab: a .docx table cell
            value_start += 1
        while value_end > value_start and text[value_end - 1] in ";,。. ":  # . ends a flattened sentence
            value_end -= 1
        assert label.lastgroup is not None  # every alternative of the pattern is a named group
        kind = _FIELD_KIND.get(label.lastgroup, label.lastgroup)
        fields.append(ContactField(kind, Span(label.start(), label.end()), Span(value_start, value_end)))
    return fields
