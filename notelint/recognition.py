"""Is this a rectification progress notice? Scored evidence, not one marker.

A notice shows its backbone: the title (…关于…整改进展情况的通报), the
preamble with its publication formula (现将…予以公布), the responsibility
and progress sections, ``整改进展情况：`` labels, the invitation to
supervise and the disclosure period. Look-alikes share the vocabulary
(巡察, 整改, 反馈) but show the marks of other documents: an inspection
announcement's 进驻 and 受理来信来电来访, a meeting report's 召开…反馈会,
会议强调 and bylines, a plan's 整改目标 and 责任单位 table, a summary's title,
a template's placeholders. Each mark counts once, whatever how often it
occurs, so a long notice that mentions a meeting stays a notice; and a
partial draft (a preamble and the first sections) has backbone enough.

NL100 reports the verdict and names the evidence that decided it.
"""

import itertools
import operator
import re
from collections.abc import Callable
from functools import cache, partial
from typing import NamedTuple

from notelint import lexer as kinds
from notelint.layout import Leading, find_all
from notelint.lexer import Block
from notelint.rules import Localized

# A document is a notice when its backbone outweighs its look-alike marks by this much.
NOTICE_MARGIN = 2
MAX_NAMED_EVIDENCE = 3


class Mark(NamedTuple):
    label: Localized
    weight: int


class Verdict(NamedTuple):
    is_notice: bool
    resembles: Localized | None  # the kind of look-alike, when its marks decided
    evidence: tuple[Localized, ...]  # the marks that decided, strongest first


# -- the backbone -----------------------------------------------------------------


def _first(characters: str, pattern: str) -> str:
    """``pattern`` tried only where one of ``characters`` (every character a
    match can begin with) stands. The regex engine skips ahead to a leading
    character class, though not to a look-ahead: the class takes the first
    character and the look-behind steps back over it to try ``pattern`` from
    there. The match is that one character, which is all a search for whether
    the pattern occurs needs (a count of matches does not use this). The
    look-behind steps over any character: a second class of the same
    characters would cost as much again to compile."""
    return f"[{characters}](?<=(?=(?:{pattern}))(?s:.))"


_NOTICE_TITLE = re.compile(r"整改.{0,12}(?:情况|通报)")
# Stricter than the preamble reader's formula (notelint.model): the text
# itself publishes the rectification (现将巡察整改进展情况予以公布), which a
# speech's 按规定向社会公开 or a circular's 现将督查情况通报如下 does not.
_FORMULA = re.compile(
    _first(
        "现整巡",
        r"现将[^。]{0,40}?(?:整改|巡[视察])[^。]{0,30}(?:公布|公开|通报)|(?:整改|巡[视察])[^。]{0,24}予以公[布开]",
    )
)
_PROGRESS_LABEL = re.compile(r"整改(?:进展|落实|完成)?情况:")
# Every label ends with these: str's search for them passes over a text's
# many 整改 the regex engine would stop at.
_PROGRESS_LABEL_WORDS = "情况:"
_BLOCK_MARKS = {
    kinds.PREAMBLE: Mark(Localized("巡察前言", "an inspection preamble"), 2),
    kinds.H1_RESP: Mark(Localized("主体责任部分", "a responsibility section"), 1),
    kinds.H1_PROGRESS: Mark(Localized("整改进展部分", "a progress section"), 1),
    kinds.H1_CLUES: Mark(Localized("问题线索部分", "a clue-handling section"), 1),
    kinds.H1_UNFINISHED: Mark(Localized("未完成事项部分", "an unfinished-items section"), 1),
    kinds.INVITATION: Mark(Localized("欢迎监督", "an invitation to supervise"), 1),
    kinds.DISCLOSURE: Mark(Localized("公开期限", "a disclosure period"), 2),
}
_NOTICE_SECTIONS = (kinds.H1_RESP, kinds.H1_PROGRESS)
_KIND = operator.attrgetter("kind")
_TITLE_MARK = Mark(Localized("通报标题", "a notice title"), 3)
_FORMULA_MARK = Mark(Localized("现将…予以公布", "the publication formula"), 3)
_LABEL_MARK = Mark(Localized("“整改进展情况：”", "“整改进展情况：” labels"), 1)

# -- the look-alikes --------------------------------------------------------------

ANNOUNCEMENT = Localized("巡察公告", "an inspection announcement")
FEEDBACK_NEWS = Localized("反馈会新闻", "news of a feedback meeting")
MEETING_NEWS = Localized("会议新闻", "news of a meeting")
NEWS = Localized("新闻稿", "a news article")
PLAN = Localized("整改方案", "a rectification plan")
SUMMARY = Localized("工作总结或报告", "a work summary or report")
OTHER_DOCUMENT = Localized("其他公文（通知、意见、请示等）", "another kind of official document")
SPEECH = Localized("讲话稿", "a speech")
FEEDBACK_OPINION = Localized("巡察反馈意见", "an inspection group's feedback")
TEMPLATE = Localized("待填写的模板", "a template to fill in")
OTHER_RECTIFICATION = Localized(
    "其他整改情况的公文（审计、督察、主题教育等）",
    "a document on another kind of rectification (audit, environmental inspection…)",
)
_NEWS_KINDS = (FEEDBACK_NEWS, MEETING_NEWS)
_BYLINES = Localized("记者或编辑署名", "reporter or editor bylines")


class _Search(NamedTuple):
    """One way a mark shows in a text: ``pattern`` found anywhere or, when
    ``at_line_start``, where a line starts (matched at the start of the text
    and found after each line break, a literal the regex engine scans for
    fast, where a leading ``^`` is tried at every character). ``words`` gate
    it: every match holds a word of each group, so a text lacking every word
    of a group (str's own search, many times faster than a regex scan) is not
    searched. A word may be one character a match needs that a notice seldom
    has (截 of 截止): str finds one character fastest of all. Most look-alike
    marks are absent from a notice: a pattern that opens with one literal is
    found by the engine's own fast scan, one that opens otherwise (an
    alternation, a class) is tried at almost every character unless gated.
    ``leading``, when given, holds every character a match begins with, each
    seldom in a notice: the pattern is then tried only where they stand
    (layout.Leading), the text read by str's search alone. Such a pattern
    may open at a seldom character of its words and look behind it for the
    characters before (送 of 报送整改报告): it finds a match where the words
    do. ``at_heading``: ``pattern`` opens with _HEADING and is tried only
    at the lines that open a numbered heading, found once a text."""

    pattern: str
    at_line_start: bool
    words: tuple[tuple[str, ...], ...]
    leading: str
    at_heading: bool = False


def _search(pattern: str, words: str = "", *, at_line_start: bool = False, leading: str = "") -> _Search:
    """``words``: groups joined by `` & ``, the words of a group by ``|``."""
    groups = tuple(tuple(group.split("|")) for group in words.split(" & ") if group)
    return _Search(pattern, at_line_start, groups, leading)


def _heading(title: str, words: str = "") -> _Search:
    """A numbered heading (一、) whose title opens with ``title``."""
    return _search(_HEADING + title, words, at_line_start=True)._replace(at_heading=True)


# A numbered heading's opening, shared by the marks that are headings: the
# lines that open with it are found once a text, by one scan.
_HEADING = r"\s*[一二三四五六七八九十]+、"
_HEADING_OPENING = re.compile(_HEADING)
_HEADING_LINE = re.compile(rf"\n(?={_HEADING})")


class _TextMark(NamedTuple):
    kind: Localized
    searches: tuple[_Search, ...]  # the mark shows when one of them finds it
    mark: Mark


def _marks(*rows) -> tuple[_TextMark, ...]:
    # The patterns stay source text until a text needs one (re keeps what it
    # compiled): a gated pattern whose words a notice lacks is never compiled,
    # which is most of them, at every start.
    return tuple(
        _TextMark(kind, (searches,) if isinstance(searches, _Search) else searches, Mark(Localized(zh, en), weight))
        for kind, searches, zh, en, weight in rows
    )


# (kind, searches, label, weight), read in the whole text. A notice mentions
# its meetings too (召开整改推进会, 会议强调; its preamble may say 召开巡察反馈
# 会议), but a news report's meeting is its subject, told in the lead: the
# news marks of _LEAD_MARKS are read before the first numbered section, and
# only in a text without the notice's responsibility or progress section.
_TEXT_MARKS = _marks(
    (
        ANNOUNCEMENT,
        (
            _search(r"受理[^。]{0,40}(?:来信|来电|来访)", leading="受"),
            _search(r"信(?<=来信)(?:来电|、来电)", leading="信"),
        ),
        "受理来信来电来访",
        "receiving letters, calls and visits",
        4,
    ),
    (
        ANNOUNCEMENT,
        (
            _search(r"信访[^。]{0,8}(?:截止|截至)", "截", leading="信"),
            _search(r"[信访](?<=来[信访])[^。]{0,8}(?:截止|截至)", "截", leading="信访"),
            _search(r"受理(?:[^。]{0,8}(?:截止|截至)|时间)", leading="受"),
        ),
        "信访截止时间",
        "a deadline for petitions",
        2,
    ),
    (ANNOUNCEMENT, _search(r"进驻", "驻"), "进驻", "entering the unit (进驻)", 1),
    (
        ANNOUNCEMENT,
        (_search(r"箱(?<=举报箱|意见箱)", leading="箱"), _search(r"期间(?<=巡[视察]期间)", leading="期")),
        "设立举报箱或写明巡察期间",
        "a report box, the inspection period",
        1,
    ),
    (
        NEWS,
        _search(r"记者|通讯员|(?:责任)?编辑[ :]|审核:|供稿|摄影", "记者|通讯员|编辑 |编辑:|审核:|供稿|摄影"),
        *_BYLINES,
        3,
    ),
    (
        NEWS,
        _search(
            r"\s*(?:近日|日前|\d{1,2}月\d{1,2}日(?:上午|下午|晚))", "近日|日前|日上午|日下午|日晚", at_line_start=True
        ),
        "“近日”式新闻导语",
        "a news lead",
        1,
    ),
    (
        PLAN,
        _search(r"案(?<=制定本方案)|特制定[^。]{0,6}方案|如下(?<=制定如下)[^。]{0,6}方案", leading="案特如"),
        "制定本方案",
        "制定本方案",
        4,
    ),
    (
        PLAN,
        _heading(
            r"(?:指导思想|总体要求|工作目标|整改目标|基本原则|工作原则|组织保障|保障措施|"
            r"工作步骤|方法步骤|实施步骤|时间安排|整改任务及措施|整改措施)"
        ),
        "指导思想等方案标题",
        "a plan's headings",
        2,
    ),
    (
        SUMMARY,
        (
            _search(r"存在的?(?:主要)?问题", leading="存"),
            _search(r"问题和不足|不足之处|今年以来|一年来|年度工作", "问题和不足|不足之处|今年以来|一年来|年度工作"),
        ),
        "“存在的问题”等总结用语",
        "a summary's wording",
        1,
    ),
    (SPEECH, _search(r"\s*同志们[:,!]", "同志们", at_line_start=True), "同志们：", "同志们：", 4),
    (
        FEEDBACK_OPINION,
        _heading(r"(?:(?:巡[视察])?发现的(?:主要)?问题|意见建议|整改意见|整改建议)"),
        "巡察发现的问题、意见建议",
        "findings and recommendations",
        4,
    ),
    (
        FEEDBACK_OPINION,
        _search(r"送(?:(?<=报送)整改(?:情况)?报告|(?<=个月内报送))", leading="送"),
        "限期报送整改报告",
        "a deadline to report",
        2,
    ),
    (
        OTHER_DOCUMENT,
        (
            _search(r"各(?:有关)?(?:单位|部门)要|请各(?:有关)?(?:单位|部门)", leading="各请"),
            _heading(r"[^\n]{0,12}工作要求\s*$"),
        ),
        "对下级的要求",
        "instructions to subordinate units",
        2,
    ),
    (
        TEMPLATE,
        (
            _search(r"\((?:此处)?(?:填写|写明|注明|列明|请填)"),
            _search(r"【(?:此处|填写|请填)", leading="【"),
            _search(r"填写说明", leading="填"),
            _search(r"\s*注:", "注:", at_line_start=True),
        ),
        "填写说明",
        "instructions to fill in",
        4,
    ),
)
_LEAD_MARKS = _marks(
    (
        FEEDBACK_NEWS,
        _search(
            r"召开[^。]{0,20}反馈(?:意见)?(?:会|大会|会议)|反馈(?:意见)?(?:会|大会|会议)(?:召开|举行)|"
            r"(?:反馈会|反馈会议|反馈大会)上",
            "反馈",
        ),
        "召开反馈会",
        "a feedback meeting held",
        3,
    ),
    (
        MEETING_NEWS,
        _search(
            r"召开[^。]{0,24}(?:会议|会)(?=[,。]|$)|(?:会|会议)(?:召开|举行)|(?:部署会|动员会|推进会|启动会|"
            r"调度会|座谈会|培训会|民主生活会|工作会议)在"
        ),
        "召开部署会",
        "a meeting held",
        2,
    ),
    (
        FEEDBACK_NEWS,
        _search(r"反馈巡[视察](?:情况|意见)$|反馈巡[视察]情况[。,]"),
        "向…反馈巡察情况",
        "反馈巡察情况 as news",
        2,
    ),
    (
        NEWS,
        _search(
            _first(
                "会。,强指表\\s", r"会议(?:强调|指出|要求|认为|传达|听取)|(?:^|[。,])\s*会上|(?:强调|指出|表示)[,:]"
            ),
            "会议|会上|强调|指出|表示",
        ),
        "会议强调",
        "会议强调",
        2,
    ),
    (
        NEWS,
        _search(_first("主出作表", r"(?:主持|出席)会议|主持并讲话|作(?:动员|表态)?讲话|表态发言"), "会议|讲话|发言"),
        "主持会议并讲话",
        "speeches",
        2,
    ),
)

_HEAD_MARKS = _marks(
    (ANNOUNCEMENT, _search(r"公告$|巡[视察][^。]{0,8}公告"), "标题为公告", "an announcement title", 4),
    (PLAN, _search(r"方案$|方案\(|台账$"), "标题为方案或台账", "a plan title", 6),
    (
        SUMMARY,
        _search(r"总结|报告$|汇报$|述职|工作计划$|工作要点$"),
        "标题为总结或报告",
        "a summary or report title",
        6,
    ),
    (
        OTHER_DOCUMENT,
        _search(r"(?:通知|意见|决定|办法|规定|请示|批复|纪要|函)$"),
        "标题的文种不是通报",
        "a title of another document type",
        6,
    ),
    (TEMPLATE, _search(r"模板|范本|样式|参考文本"), "标题为模板", "a template title", 6),
    (SPEECH, _search(r"讲话$|讲话稿|发言$|致辞$"), "标题为讲话", "a speech title", 6),
)
# An addressee line at the top (各县（市、区）委巡察办，市直各单位：/ 市委巡察工作
# 领导小组：): a document sent to units, which a published notice never is.
_OPENING_BLOCKS = 4
_ADDRESSEE = re.compile(r"^[^。,!?0-9]{2,50}(?:,[^。!?0-9]{2,40})*:$")
_ADDRESSEE_MARK = Mark(Localized("主送机关", "an addressee line"), 4)
# A plan's table: labelled rows (责任单位：…；完成时限：…) or a header row.
# One pattern per opening word, each found by the regex engine's fast scan
# for its literal opening (an alternation of them is tried at every character).
# No label starts inside another, so their matches add up to the one pattern's.
_PLAN_FIELDS = tuple(
    re.compile(rf"{labels}(?:\s*:|\t|$)", re.M)
    for labels in ("责任(?:单位|领导|人|部门)", "牵头(?:单位|领导)", "配合单位", "整改目标", "完成时限")
)
_PLAN_ROWS = 2
# A ledger's header row: cells split by tabs or | naming its columns.
_TABLE_ROW = re.compile(r"^[^\n]*(?:\t|\|)[^\n]*(?:\t|\|)[^\n]*$", re.M)
_LEDGER_COLUMNS = ("序号", "问题", "措施", "责任", "时限", "进展", "完成情况")
_LEDGER_HEADER_COLUMNS = 3
_PLAN_TABLE = Mark(Localized("整改任务表格", "a table of tasks, units and deadlines"), 4)
# Placeholders of a template (某某 is not one: fictional and anonymised texts use it).
# Each begins with one of its leading characters, found by str's search: a
# pattern tried at every character of the text costs far more.
_PLACEHOLDER = Leading(
    re.compile(r"[Xx×]{2,}|[Xx×]+(?=[年月日号个项名人])|_{3,}|□+|〇〇|○○|\*{2,}|某(?=[年月日])"), "Xx×_□〇○*某"
)
_TEMPLATE_PLACEHOLDERS = 8
_PLACEHOLDERS = Localized("占位符", "placeholders")  # as weighed: when found, named with their count
# Decisive: a template carries the whole backbone a notice has.
_TEMPLATE_WEIGHT = 16
# Decisive too: a notice on a 巡视/巡察 names it (the preamble, the title, the
# sections), even as a partial draft; a text on the rectification of an audit,
# an environmental 督察 or a 主题教育 shares the whole backbone but never does.
# 巡查 is counted with them: some drafts write it for 巡察 (NL605 says so).
_INSPECTION_WORD = re.compile(r"巡[视察]|巡查(?:组|整改|反馈|工作)")
_NO_INSPECTION = Mark(Localized("全文未提及巡视或巡察", "no mention of a 巡视 or 巡察"), _TEMPLATE_WEIGHT)


def recognise(text: str, blocks: list[Block]) -> Verdict:
    # The blocks' kinds read once, by map and set (no Python step a block):
    # the backbone's block marks in the order their kinds first occur.
    block_kinds = list(map(_KIND, blocks))
    seen_kinds = set(block_kinds)
    backbone = [_BLOCK_MARKS[kind] for kind in sorted(seen_kinds.intersection(_BLOCK_MARKS), key=block_kinds.index)]
    titles = [block.text for block in itertools.compress(blocks, map(kinds.TITLE.__eq__, block_kinds))]
    title = "".join(titles)
    if _NOTICE_TITLE.search("".join(title.split())) and "通报" in title:
        backbone.append(_TITLE_MARK)
    if _FORMULA.search(text):
        backbone.append(_FORMULA_MARK)
    if _PROGRESS_LABEL_WORDS in text and _PROGRESS_LABEL.search(text):
        backbone.append(_LABEL_MARK)

    # The look-alike marks are weighed heaviest first, those dearest to search
    # for their weight last (_weighed_when), and only until those left could
    # no longer outweigh the backbone: a notice (the common case) is then
    # decided without searching the text for them. A document that is no
    # notice has every mark weighed, for its evidence. The order they are
    # weighed in changes neither: a text whose marks outweigh the backbone
    # never leaves them unweighed.
    budget = sum(m.weight for m in backbone) - NOTICE_MARGIN
    reads_lead = seen_kinds.isdisjoint(_NOTICE_SECTIONS)
    marks, left = _WEIGHING_ORDERS[reads_lead, bool(backbone)]
    weighed = 0
    found: list[tuple[int, Localized, Mark]] = []
    reading = _reading(text, blocks, titles, reads_lead)
    for position, kind, weight, shows in marks:
        if weighed + left <= budget:
            return _notice(backbone)
        left -= weight
        mark = shows(reading)
        if mark is not None:
            found.append((position, kind, mark))
            weighed += mark.weight
    if weighed <= budget:
        return _notice(backbone)
    if not found:
        return Verdict(False, None, ())
    against: dict[Localized, list[Mark]] = {}
    for _, kind, mark in sorted(found, key=lambda entry: entry[0]):
        against.setdefault(kind, []).append(mark)
    _attribute_news(against)
    # Not naming an inspection decides the verdict, but a look-alike's own marks
    # say better what the document is.
    named = [item for item in against.items() if item[0] is not OTHER_RECTIFICATION] or list(against.items())
    kind, kind_marks = max(named, key=lambda item: sum(m.weight for m in item[1]))
    return Verdict(False, kind, tuple(m.label for m in _strongest(kind_marks)))


def _notice(backbone: list[Mark]) -> Verdict:
    return Verdict(True, None, tuple(m.label for m in _strongest(backbone)))


class _Reading(NamedTuple):
    """What the look-alike marks are read in: the text, the end of its lead
    (where its first numbered section starts), the lines of its head (the
    title, or the first blocks of a text without one) and its opening blocks."""

    text: str
    lead_end: int
    head_lines: list[str]
    opening: list[Block]
    headings: list[int]  # where the lines that open a numbered heading start


def _reading(text: str, blocks: list[Block], titles: list[str], reads_lead: bool) -> _Reading:
    lead_end = next((b.start for b in blocks if b.kind in kinds.H1_KINDS), len(text)) if reads_lead else len(text)
    opening = list(itertools.islice((b for b in blocks if b.kind != kinds.RESIDUE), _OPENING_BLOCKS))
    head = "\n".join(titles) or "\n".join(b.text for b in opening[:2] if len(b.text) <= 100)
    headings = [match.end() for match in _HEADING_LINE.finditer(text)]
    if _HEADING_OPENING.match(text):
        headings.insert(0, 0)
    return _Reading(text, lead_end, ["".join(line.split()) for line in head.split("\n")], opening, headings)


def _shows_in_text(mark: Mark, searches: tuple[_Search, ...], reading: _Reading) -> Mark | None:
    end = len(reading.text)
    for search in searches:
        if _finds(search, reading, end):
            return mark
    return None


def _shows_in_lead(mark: Mark, searches: tuple[_Search, ...], reading: _Reading) -> Mark | None:
    return mark if any(_finds(search, reading, reading.lead_end) for search in searches) else None


def _shows_in_head(mark: Mark, search: _Search, reading: _Reading) -> Mark | None:
    return mark if any(map(_compiled(search.pattern).search, reading.head_lines)) else None


def _addressed(reading: _Reading) -> Mark | None:
    # The pattern ends with the colon (before a line break, at most).
    addressed = any(b.text.endswith((":", ":\n")) and _ADDRESSEE.match(b.text) for b in reading.opening)
    return _ADDRESSEE_MARK if addressed else None


def _plan_table(text: str) -> Mark | None:
    rows = itertools.chain.from_iterable(fields.finditer(text) for fields in _PLAN_FIELDS)
    if next(itertools.islice(rows, _PLAN_ROWS - 1, None), None) is not None or (
        ("\t" in text or "|" in text) and any(_is_ledger_header(m.group()) for m in _TABLE_ROW.finditer(text))
    ):
        return _PLAN_TABLE
    return None


def _placeholders(text: str) -> Mark | None:
    placeholders = sum(1 for _ in _PLACEHOLDER.finditer(text))
    if placeholders >= _TEMPLATE_PLACEHOLDERS:
        return Mark(Localized(f"占位符{placeholders}处", f"{placeholders} placeholders"), _TEMPLATE_WEIGHT)
    return None


def _no_inspection(text: str) -> Mark | None:
    return _NO_INSPECTION if _INSPECTION_WORD.search(text) is None else None


def _finds(search: _Search, reading: _Reading, end: int) -> bool:
    """Whether ``search`` finds its mark in the text read, up to ``end``."""
    text = reading.text
    for group in search.words:
        if not any(_holds(text, word) for word in group):
            return False
    pattern = _compiled(search.pattern)
    # Matched at each place by map, without a Python frame a place: a notice
    # has dozens of the leading characters.
    if search.leading:
        return any(
            map(pattern.match, itertools.repeat(text), find_all(text, search.leading, 0, end), itertools.repeat(end))
        )
    if search.at_heading:
        return any(map(pattern.match, itertools.repeat(text), reading.headings, itertools.repeat(end)))
    if not search.at_line_start:
        return pattern.search(text, 0, end) is not None
    return (
        pattern.match(text, 0, end) is not None or _compiled(f"\n(?:{search.pattern})").search(text, 0, end) is not None
    )


@cache
def _compiled(pattern: str) -> re.Pattern:
    """A mark's pattern, compiled when a text first needs it (see _marks) and
    kept by its source: re.compile's own cache is looked up in Python."""
    return re.compile(pattern, re.M)


def _holds(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text``: looked for where its seldom
    character stands, found by str's search for one character (a scan of the
    raw memory, far faster than its search for a word of Chinese characters,
    which steps along the text a few characters at a time)."""
    offset = _seldom_offset(word)
    if offset is None:
        return word in text
    seldom = word[offset]
    found = text.find(seldom, offset)
    while found >= 0:
        if text.startswith(word, found - offset):
            return True
        found = text.find(seldom, found + 1)
    return False


# Characters a notice uses again and again, and some that str finds slowly in
# Chinese text (its search for one character scans for the character's low
# byte, which many common characters share): a word is looked for by one of
# its others, or as a whole when it has none.
_COMMON_IN_NOTICES = frozenset(
    "整改工作问题情况制度建设部门单位责任落实发现意见推进巡察视组党委要求年月日报通同记期不方案一是和在有了为对的会上强指审来供核出:"
)


@cache
def _seldom_offset(word: str) -> int | None:
    """Where in ``word`` its first character outside _COMMON_IN_NOTICES stands."""
    return next((offset for offset, character in enumerate(word) if character not in _COMMON_IN_NOTICES), None)


def _is_ledger_header(row: str) -> bool:
    cells = [cell.strip() for cell in row.replace("|", "\t").split("\t") if cell.strip()]
    return (
        len(cells) <= 12
        and sum(any(column in cell for column in _LEDGER_COLUMNS) for cell in cells) >= _LEDGER_HEADER_COLUMNS
    )


def _attribute_news(against: dict[Localized, list[Mark]]) -> None:
    """Bylines and 会议强调 are marks of whichever news it is: a feedback
    meeting's, a meeting's, or news in general."""
    generic = against.pop(NEWS, None)
    if generic is None:
        return
    kind = next((k for k in _NEWS_KINDS if k in against), NEWS)
    against.setdefault(kind, []).extend(generic)


def _strongest(marks: list[Mark]) -> list[Mark]:
    return sorted(marks, key=lambda m: -m.weight)[:MAX_NAMED_EVIDENCE]


def _on_text(shows: Callable[[str], Mark | None], reading: _Reading) -> Mark | None:
    return shows(reading.text)


# What tells whether a reading shows a look-alike mark (the mark, or None).
_Shows = Callable[[_Reading], Mark | None]
# A look-alike mark to weigh: its place in the order the verdict names marks
# in, its kind, its weight, and what tells whether a reading shows it.
_Weighing = tuple[int, Localized, int, _Shows]


def _weighing_orders() -> dict[tuple[bool, bool], tuple[tuple[_Weighing, ...], int]]:
    """The look-alike marks in the order they are weighed, and their total
    weight, for a text that is read for a news lead or not, and that has
    backbone or none (only then does not naming an inspection count against it)."""
    in_text: list[tuple[Localized, Mark, _Shows]] = [
        (kind, mark, partial(_shows_in_text, mark, searches)) for kind, searches, mark in _TEXT_MARKS
    ]
    in_lead: list[tuple[Localized, Mark, _Shows]] = [
        (kind, mark, partial(_shows_in_lead, mark, searches)) for kind, searches, mark in _LEAD_MARKS
    ]
    in_head: list[tuple[Localized, Mark, _Shows]] = [
        (kind, mark, partial(_shows_in_head, mark, search)) for kind, (search,), mark in _HEAD_MARKS
    ]
    in_whole: list[tuple[Localized, Mark, _Shows]] = [
        (OTHER_DOCUMENT, _ADDRESSEE_MARK, _addressed),
        (PLAN, _PLAN_TABLE, partial(_on_text, _plan_table)),
        (TEMPLATE, Mark(_PLACEHOLDERS, _TEMPLATE_WEIGHT), partial(_on_text, _placeholders)),
    ]
    no_inspection: list[tuple[Localized, Mark, _Shows]] = [
        (OTHER_RECTIFICATION, _NO_INSPECTION, partial(_on_text, _no_inspection))
    ]
    orders = {}
    for reads_lead, has_backbone in itertools.product((False, True), repeat=2):
        marks = in_text + (in_lead if reads_lead else []) + in_head + in_whole + (no_inspection if has_backbone else [])
        order = sorted(range(len(marks)), key=lambda position: _weighed_when(marks[position][1]))
        weighings = tuple(
            (position, marks[position][0], marks[position][1].weight, marks[position][2]) for position in order
        )
        orders[reads_lead, has_backbone] = weighings, sum(mark.weight for _, mark, _ in marks)
    return orders


def _weighed_when(mark: Mark) -> tuple[int, int]:
    """Heaviest first, then, after all the others, the marks dearest to
    search for their weight: the bylines (seven words), the lightest marks,
    the plan table last (five labels, each a scan of the text). Light enough
    together for a notice's margin, they are the ones a notice leaves
    unweighed."""
    if mark.label == _PLAN_TABLE.label:
        return 3, 0
    if mark.weight == 1:
        return 2, 0
    if mark.label == _BYLINES:
        return 1, 0
    return 0, -mark.weight


_WEIGHING_ORDERS = _weighing_orders()
