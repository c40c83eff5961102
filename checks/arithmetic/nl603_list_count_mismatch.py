from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.layout import Leading
from notelint.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int
from notelint.quantities import Quantity, find_quantities, quantity_at
from notelint.rules import DOCUMENT, Rule

from ._lists import CLOSING, REACH, Items, clause_end, clause_start, count_items, first_item

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# 等N: the list ends before 等 (等等 and 等方面 carry no count).
_LIST_END = re.compile(rf"等(?=\d|[{CHINESE_NUMERAL_CHARS}])")
# 包括A、B在内的N项.
_INCLUDED = re.compile(r"在内的?")
# Titles side by side with their count right after them, no 等: 修订《A》《B》《C》3项制度.
# Tried only where a title closes (str.find's scan): a class of the two is tried at every character.
_TITLES_THEN_COUNT = Leading(re.compile(rf"[》”](?=共?[\d{CHINESE_NUMERAL_CHARS}])"), "》”")
# What a list of titles counts: the documents or items themselves, not the 条 and 款 inside them.
_TITLE_UNITS = {"项", "个", "部", "份", "件", "篇", "本", "套"}
# What may stand between two titles of one list, and before a plain item that makes the titles only its tail.
_TITLE_SEPARATORS = "、和及与"
_INCLUDES = re.compile(r"(?:主要|具体)?包括")
# What introduces a list after its count: 3项，分别是…; 3项工作机制：…
# Closed: the list is all of them. Open (包括, 主要有): some of them.
_CLOSED_INTROS = ("分别是", "分别为", "具体为", "具体是", "具体包括", "即", ":")
_OPEN_INTROS = ("主要包括", "包括", "主要有", "涵盖")
_INTROS = (*_CLOSED_INTROS, *_OPEN_INTROS)
# What each intro is found by, where it is not its first character: a
# character of it rare in a notice (str.find skips to a lone character a
# machine word at a time, to a string of several a character at a time), or
# the whole intro where each of its characters is common.
_ANCHORS = {
    "分别是": "别",
    "分别为": "别",
    "具体为": "具",
    "具体是": "具",
    "具体包括": "具",
    "主要包括": "包",
    "主要有": "主要有",
}


def _by_anchor(intros: tuple[str, ...]) -> dict[str, list[tuple[int, str, int]]]:
    """By what finds them (_ANCHORS), the intros it finds: each with its
    place in ``intros`` and where what finds it stands in it."""
    found: dict[str, list[tuple[int, str, int]]] = {}
    for order, intro in enumerate(intros):
        anchor = _ANCHORS.get(intro, intro[0])
        found.setdefault(anchor, []).append((order, intro, intro.index(anchor)))
    return found


_INTRO_ANCHORS = _by_anchor(_INTROS)
# Clauses counted one by one after a count: 采取3项措施：一是…；二是…
# One numeral, then up to two more: the regex engine skips ahead to a leading class, not to a repeated one.
_ENUMERATION_MARKER = re.compile(rf"([{CHINESE_NUMERAL_CHARS}][{CHINESE_NUMERAL_CHARS}]{{0,2}})是")
_CLAUSE_BOUNDARY = ",;:。 \t"
# Between a count and its intro: what it counts (3项工作机制：).
_NOUN_BEFORE_INTRO = 10
# Words that open a list but are not an item: 包括A、B等3项.
_LEAD = re.compile(r"(?:主要|具体)?包括|涵盖|比如|例如|如|诸如")
# Units that count occurrences, not the kinds listed: 宣讲、调研等72场次.
_OCCURRENCES = {"次", "场", "场次", "人次", "个次", "批", "轮", "期", "笔"}
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]*$")
# How far before its unit a count's number may begin (一百二十三, 1250000).
_NUMBER_REACH = 12
# What every count begins with.
_NUMERAL = re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}]")


# How a list claims to cover its count.
ALL, ETC, SOME = "all", "etc", "some"  # 分别是…; …等N; 包括…在内


def _missing_or_extra(items: Items, count: int | Decimal, claim: str) -> int | None:
    """How many items to report as listed, or None when the list agrees
    with its count (see the rule's doc for the reasoning)."""
    if items.fewest > count:
        return items.fewest  # more listed than counted: always wrong
    if items.fewest <= count <= items.most or claim == SOME:
        return None
    if claim == ALL:
        return items.most  # a closed list names all of them
    if items.most == count - 1 and items.most >= 3:
        return items.most  # five listed, 等6项: one forgotten, or miscounted
    return None  # two examples of four: 等 left open


class ListCountMismatch(Rule):
    """列举项数与所说的数不符

    ## 检查什么
    列举的项数与同一处写出的数不一致。四种写法：

    - 数在列举之后：“A、B、C等3项”；
    - 数在列举之前：“制定制度3项，分别是《A》《B》《C》”“3项工作机制：A、B、C”
      “建立3项机制，即A、B、C”，以及“包括A、B、C在内的3项机制”；
    - 书名号、引号里的标题并排写、数紧跟在后面而没有“等”：“修订《A》《B》《C》4项制度”；
    - 书名号、引号里的标题并排写时，没有顿号也各算一项（“《A》《B》”是两项）。

    项数按顿号数；“和”“及”“与”夹在两个书名号或引号之间时算分隔，出现在别处时
    可能连接两项（“A、B和C”），也可能是一项里的字（“党风和廉政建设”），两种数法都视为相符。

    ## 怎样判断“等”
    “等”可以煞尾（列全了），也可以表示列举未尽，所以看证据：

    - 列举的比数多（“A、B、C等2项”），一定有错，报告；
    - 列举的比数少一项，且列了三项以上（“列了五项，等6项”），多半是漏列或数错，报告；
    - 只举两三个例子而数更大（“综合协调、督查督办等4个工作专班”），是正常的举例，不报告。

    标题后紧跟着数而没有“等”的，标题比数多、或比数少一项就报告；数比标题多得多时数的是
    标题里的内容（“对照《A》《B》96项改革任务”），单位是条、款、次时数的也是别的，都不报告。
    “分别是”“分别为”“即”“具体为”和冒号引出的列举是全部，项数与数不同就报告；
    “包括…在内”“主要包括”“主要有”引出的只是其中一部分，只在列举的比数多时报告。
    数后面用“一是、二是……”分条写的（“采取3项措施：一是…；二是…”），按从一数起连续的条数，
    照“等”的办法判断（多列一定报告，少一条且列了三条以上报告；“细化措施56条：一是…”不报告）。
    列举只有一项、以“（1）”“1.”等分条开头、数在列举里又出现（“分别为通报批评1人、
    批评教育6人”，那是 NL601 的分项）的，不检查；“宣讲、调研等72场次”数的是次数，
    不是种类，也不检查。

    ## 为什么
    公文里“等”多用来煞尾，列举与数字对不上，多是增删了列举项而没改数字。
    但“等”也可以表示列举未尽，所以这是警告而不是错误。

    ## 示例
    “建立分片包干、定期调度、沟通联络、请示汇报、全方位监督等6项工作机制”
    —— 只列了5项。“制定制度3项，分别是《A》《B》《C》《D》” —— 列了4项。

    ## 如何修复
    补全列举，或改正数字。下划线标在列举的各项上：从列举所在分句的开头
    （标题并列时从第一个书名号或引号，“修订《A》《B》”不含“修订”）标到“等N项”，
    数在列举之前时标列举本身。

    ## 选项
    无。

    ## 数据来源
    引出列举的词（分别是、分别为、即、具体为、包括…在内、主要包括、主要有）和“等N项”的写法，
    取自公开的整改进展通报和 GB/T 15834-2011《标点符号用法》对顿号、书名号的规定。
    """

    doc_en = """## What it checks
    A list whose number of items differs from the number written with it. Four forms:

    - the number after the list: "A、B、C等3项";
    - the number before the list: "制定制度3项，分别是《A》《B》《C》", "3项工作机制：A、B、C",
      "建立3项机制，即A、B、C", and "包括A、B、C在内的3项机制";
    - titles side by side with the number right after them and no "等":
      "修订《A》《B》《C》4项制度";
    - titles in title marks (书名号) or quotation marks written side by side each count as an
      item even without an enumeration comma (顿号): "《A》《B》" is two items.

    Items are counted by enumeration commas; "和", "及" and "与" (and) between two title marks
    or quotation marks count as separators; elsewhere they may join two items ("A、B和C") or
    belong to one item ("党风和廉政建设"), and both counts are taken as matching.

    ## How "等" is judged
    "等" (etc.) may close a complete list or mark it as incomplete, so the rule weighs the evidence:

    - more items than the number ("A、B、C等2项") is certainly wrong and reported;
    - one item fewer than the number, with three or more items listed (five items, "等6项"),
      is most likely an item left out or a miscount, and reported;
    - two or three examples before a larger number ("综合协调、督查督办等4个工作专班") are
      ordinary examples and not reported.

    Titles followed by their number with no "等" are reported when there are more titles than
    the number, or one fewer; a number well past the titles counts what is in them ("对照《A》《B》
    96项改革任务"), and 条, 款 or 次 count something else too: neither is reported.
    A list introduced by "分别是", "分别为", "即", "具体为" or a colon is complete, and any
    difference from the number is reported; "包括…在内", "主要包括" and "主要有" introduce only
    some of the items, and are reported only when the list has more items than the number.
    Not checked: a list of one item, a list that starts with item markers such as "一是" or
    "（1）", a list in which the number appears again ("分别为通报批评1人、批评教育6人": that is
    NL601's breakdown); and "宣讲、调研等72场次" counts occasions, not kinds.

    ## Why
    In official writing "等" mostly closes a list; a list that disagrees with its number was
    usually edited without changing the number. But "等" may also mean the list is incomplete,
    so this is a warning, not an error.

    ## Example
    "建立分片包干、定期调度、沟通联络、请示汇报、全方位监督等6项工作机制" — only 5 items are
    listed. "制定制度3项，分别是《A》《B》《C》《D》" — 4 are listed.

    ## How to fix
    Complete the list, or correct the number. The underline covers the items: from the start
    of the clause that holds the list (from the first title mark or quotation mark when titles
    are listed, so "修订《A》《B》" leaves out "修订") to "等N项"; when the number comes before
    the list, it covers the list itself.

    ## Options
    None.

    ## Data source
    The words that introduce a list (分别是, 分别为, 即, 具体为, 包括…在内, 主要包括, 主要有) and
    the "等N项" forms are taken from published rectification progress notices, and from
    GB/T 15834-2011 (General rules for punctuation) on the enumeration comma and title marks.
    """

    code = "NL603"
    name = "list-count-mismatch"
    severity = Severity.WARNING
    scope = DOCUMENT
    message = {"zh": "列举了{listed}项，与“{stated}”不符", "en": "{listed} items listed, but the text says {stated}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        found = (*_lists_then_counts(text), *_titles_then_counts(text), *_counts_then_lists(text))
        for start, end, stated, listed in found:
            yield self.diagnostic(ctx, start, end, listed=listed, stated=notice.original(*stated))


def _skip_lead(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    lead = _LEAD.match(text, start, end)
    return lead.end() if lead else start


def _lists_then_counts(text: str) -> Iterator[tuple[int, int, tuple[int, int], int]]:
    """``A、B、C等N项`` and ``包括A、B、C在内的N项``: (start of the list, end
    of the count, the span of the words that state the count, items to report)."""
    for match in _LIST_END.finditer(text):
        quantity = quantity_at(text, match.end(), min(len(text), match.end() + 8))
        if quantity is None or quantity.kind in _OCCURRENCES:
            continue
        start = _skip_lead(text, clause_start(text, match.start()), match.start())
        start = first_item(text, start, match.start())
        items = count_items(text, start, match.start())
        if items.most < 2:
            continue  # 钢研新材料中心等33个: one example
        listed = _missing_or_extra(items, quantity.value, ETC)
        if listed is not None:
            yield start, quantity.end, (match.start(), quantity.end), listed
    for match in _INCLUDED.finditer(text):
        quantity = quantity_at(text, match.end(), min(len(text), match.end() + 8))
        if quantity is None or quantity.kind in _OCCURRENCES:
            continue
        opening = list(_INCLUDES.finditer(text, clause_start(text, match.start()), match.start()))
        if not opening:
            continue
        includes = opening[-1]  # the last 包括 of the clause opens the list
        items = count_items(text, includes.end(), match.start())
        listed = _missing_or_extra(items, quantity.value, SOME)
        if listed is not None:
            yield includes.end(), quantity.end, (quantity.start, quantity.end), listed


def _titles_then_counts(text: str) -> Iterator[tuple[int, int, tuple[int, int], int]]:
    """``修订《A》《B》《C》3项制度``: titles and their count with no 等 between,
    a list that names all it counts (the same tuple as ``_lists_then_counts``)."""
    for match in _TITLES_THEN_COUNT.finditer(text):
        at = match.end() + (text[match.end()] == "共")
        quantity = quantity_at(text, at, min(len(text), at + 8))
        if quantity is None or quantity.unit not in _TITLE_UNITS or quantity.approximate:
            continue
        start = _titles_start(text, match.start())
        if start is None or (start > 0 and text[start - 1] in _TITLE_SEPARATORS):
            continue  # one title, or titles after a plain item (A、《B》《C》3项): not a list of titles alone
        items = count_items(text, start, match.end())
        # More titles than the count, or one fewer: a title added or dropped without changing the
        # number. A count well past the titles counts what is in them (对照《A》《B》96项任务).
        if items.fewest > quantity.value or items.most == quantity.value - 1:
            yield start, quantity.end, (quantity.start, quantity.end), items.most


def _titles_start(text: str, close: int) -> int | None:
    """Where the run of titles ending at ``text[close]`` (》 or ”) begins:
    titles side by side or with 、/和/及/与 between; None for a lone title."""
    start, titles, index = None, 0, close
    while index >= 0 and text[index] in "》”":
        opening = text.rfind(CLOSING[text[index]], max(0, index - REACH), index)
        if opening == -1:
            break
        start, titles = opening, titles + 1
        before = opening - 1
        if before > 0 and text[before] in _TITLE_SEPARATORS and text[before - 1] in "》”":
            before -= 1
        index = before
    return start if titles >= 2 else None


def _counts_then_lists(text: str) -> Iterator[tuple[int, int, tuple[int, int], int]]:
    """``制定制度N项，分别是《A》《B》``, ``N项工作机制：A、B``: (start of the
    list, its end, the span of the count, items to report)."""
    for intro_start, intro in _intros(text):
        quantity = _count_before(text, intro_start)
        if quantity is None or quantity.kind in _OCCURRENCES or quantity.approximate:
            continue
        start = intro_start + len(intro)
        if intro != ":" and start < len(text) and text[start] in ",:":
            start += 1  # 分别是：
        end = clause_end(text, start)
        if end <= start:
            continue
        items = count_items(text, start, end)
        if items.enumerated:
            enumeration = _enumeration(text, start)
            if enumeration is not None:
                length, list_end = enumeration
                listed = _missing_or_extra(Items(length, length, True), quantity.value, ETC)
                if listed is not None:
                    yield start, list_end, (quantity.start, quantity.end), listed
            continue
        if items.fewest < 2 or _holds_counts(text, start, end):
            continue
        claim = ALL if intro in _CLOSED_INTROS else SOME
        if text.endswith(("等", "等等"), start, end):
            claim = ETC  # 分别是A、B、C等
        elif end < len(text) and text[end] == "," and not _titles_only(text, start, end, end + 1):
            claim = SOME  # 3项机制：建立A、B，完善C: the list may go on past the comma
        listed = _missing_or_extra(items, quantity.value, claim)
        if listed is not None:
            yield start, end, (quantity.start, quantity.end), listed


def _intros(text: str) -> list[tuple[int, str]]:
    """Where each intro begins, and the intro, in order, as an alternation of
    _INTROS would find them: the first of them in their order where several
    begin, none inside another (包括 in 主要包括). Each is found with str.find
    (by its anchor, _ANCHORS), which skips the text between at C speed: a
    regex of words tests every character of the text in turn."""
    found = []
    for anchor, anchored in _INTRO_ANCHORS.items():
        at = text.find(anchor)
        while at != -1:
            for order, intro, offset in anchored:
                if at >= offset and text.startswith(intro, at - offset):
                    found.append((at - offset, order, intro))
            at = text.find(anchor, at + 1)
    found.sort()
    intros = []
    read_to = 0
    for at, _, intro in found:
        if at >= read_to:
            intros.append((at, intro))
            read_to = at + len(intro)
    return intros


def _enumeration(text: str, start: int) -> tuple[int, int] | None:
    """``一是…；二是…；三是…`` from ``start`` to the end of its paragraph: how
    many clauses count up from one, and where the sentence of the last ends.
    A marker opens a clause (统一是 is no marker); a new 一是 ends the run."""
    paragraph_end = text.find("\n", start)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    length, last = 0, start
    for marker in _ENUMERATION_MARKER.finditer(text, start, paragraph_end):
        if marker.start() > start and text[marker.start() - 1] not in _CLAUSE_BOUNDARY:
            continue
        value = chinese_to_int(marker.group(1))
        if value != length + 1:
            if value == 1:
                break
            continue
        length, last = value, marker.start()
    if length == 0:
        return None
    stop = text.find("。", last, paragraph_end)
    return length, (paragraph_end if stop == -1 else stop)


def _count_before(text: str, intro: int) -> Quantity | None:
    """The count right before an intro, with at most a noun and a comma
    between (制度3项，分别是; 3项工作机制：)."""
    end = intro - 1 if intro > 0 and text[intro - 1] == "," else intro
    if _NUMERAL.search(text, max(0, end - _NOUN_BEFORE_INTRO - _NUMBER_REACH), end) is None:
        return None  # no number anywhere the count could be, as before most colons
    noun = _HAN_TAIL.search(text, max(0, end - _NOUN_BEFORE_INTRO), end)
    assert noun is not None  # the pattern matches an empty tail too
    if noun.start() == noun.end():
        return None  # a count ends with its unit, a Han character
    # The count's unit is in the run of Han characters; its number just before.
    found = [q for q in find_quantities(text, max(0, noun.start() - _NUMBER_REACH), end) if q.end > noun.start()]
    return found[-1] if found else None


def _holds_counts(text: str, start: int, end: int) -> bool:
    """Whether counts stand among the items (分别为通报批评1人、批评教育6人):
    a breakdown, read by NL601. A number inside a title does not count."""
    return any(
        text.rfind("《", start, q.start) <= text.rfind("》", start, q.start) for q in find_quantities(text, start, end)
    )


def _titles_only(text: str, start: int, end: int, after: int) -> bool:
    """Whether a list that stops at a comma is complete there: its items are
    titles (《A》《B》) and the next clause names none (…，进一步规范管理)."""
    if text[start] != "《" or text[end - 1] != "》":
        return False
    following = text[after : clause_end(text, after)]
    return not any(mark in following for mark in ("、", "《", "“", '"'))
