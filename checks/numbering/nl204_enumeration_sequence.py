import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

from notelint import lexer as kinds
from notelint.diagnostics import Severity
from notelint.numerals import chinese_to_int, int_to_chinese
from notelint.rules import Rule

from ._labels import sequence_errors

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.lexer import Block
    from notelint.model import Notice
    from notelint.rules import Context

NUMERALS = "一二三四五六七八九十"
# An enumerator is one to three numerals and 是. Where one ends: a 是 after a numeral. Found in the whole text by
# the regex engine's fast scan for a literal (numerals are common characters,
# its class would be tried at each), the numerals then read back from each.
_ENUMERATOR_END = re.compile(rf"是(?<=[{NUMERALS}]是)")
_ONE_NUMERAL = {numeral: value for value, numeral in enumerate(NUMERALS, 1)}
# An enumerator opens a clause: 唯一是, 统一是 are words, not items.
CLAUSE_MARKS = "。;:,!?"
# The blocks that hold running text (not the closing, not the metadata).
TEXT_KINDS = (*kinds.HEADING_KINDS, kinds.PARA, kinds.NEXT_INTRO, kinds.PREAMBLE)


class Item(NamedTuple):
    start: int
    end: int
    number: int


def _items(text: str, block: "Block", ends: list[int]) -> list[Item]:
    """The enumerators of ``block`` (one to three numerals and 是, the
    numerals as many as the block holds before the 是) that open a clause.
    ``ends``: the offsets of _ENUMERATOR_END's matches in the whole
    text."""
    found = []
    block_start = block.start
    # Built by tuple.__new__, as Item's Python-level __new__ would build them,
    # without the call per item: a long notice has a hundred.
    build = tuple.__new__
    for end in ends[bisect_right(ends, block_start) : bisect_left(ends, block.end)]:
        # The numerals before this 是, up to three, from the block's start on:
        # read back by hand (a 是 before them, as no numeral, ends them too).
        window = end - 3 if end - 3 > block_start else block_start
        start = end - 1  # a numeral: _ENUMERATOR_END looked behind the 是
        before = ""  # the character before the numerals, none at the block's start
        while start > block_start:
            before = text[start - 1]
            if start == window or before not in NUMERALS:
                break
            start -= 1
            before = ""
        if before and before not in CLAUSE_MARKS and not _after_spaces(text, start, block_start):
            continue
        numeral = text[start:end]
        number = _ONE_NUMERAL.get(numeral)  # most enumerators: 一是 to 十是
        if number is None:
            number = chinese_to_int(numeral)
        if number is not None:  # always: the enumerator's numeral is one
            found.append(build(Item, (start, end + 1, number)))
    return found


def _after_spaces(text: str, start: int, block_start: int) -> bool:
    """Whether spaces alone stand between ``start`` and a clause mark or the
    start of the block."""
    before = start
    while before > block_start and text[before - 1].isspace():
        before -= 1
    return before < start and (before == block_start or text[before - 1] in CLAUSE_MARKS)


def enumeration_runs(notice: "Notice") -> list[list[Item]]:
    """The 一是、二是… sequences of a notice. A sequence runs inline through a
    paragraph and on into the next paragraph when that one opens with its next
    item (paragraph-initial 一是/二是/三是); every 一是 starts a new one."""
    text, blocks = notice.text, notice.blocks
    runs: list[list[Item]] = []
    ends = [match.start() for match in _ENUMERATOR_END.finditer(text)]
    starts = notice.block_starts
    with_items = -2  # the index of the last block read that had items
    first = 0  # the first of ``ends`` not yet read
    # Only the blocks holding a 是 after a numeral are visited: most hold none.
    while first < len(ends):
        index = bisect_left(starts, ends[first]) - 1  # a 是 at a block's start ends no enumerator
        if index < 0 or ends[first] >= blocks[index].end:
            first += 1  # between blocks
            continue
        block = blocks[index]
        first = bisect_left(ends, block.end, first)
        if block.kind not in TEXT_KINDS:
            continue
        items = _items(text, block, ends)
        for position, item in enumerate(items):
            opens_block = item.start == block.start
            continues = position > 0 or (opens_block and with_items == index - 1)
            if item.number == 1 or not continues or not runs:
                runs.append([item])
            else:
                runs[-1].append(item)
        if items:
            with_items = index
    return runs


class EnumerationSequence(Rule):
    """“一是、二是”顺序错误

    ## 检查什么
    段内或各段开头的“一是……二是……三是……”应逐个递增，不跳号、不重复
    （“一是、二是、二是、四是”）。序列可以跨段：上一段以“一是”开始，下一段以
    “二是”开头，算同一序列。每个“一是”另起一个序列；“统一是”“唯一是”这样的
    词不算。一处错误只报一次。

    ## 为什么
    列举序号错乱，多是增删内容后没有改序号，读者会怀疑有内容遗漏。

    ## 示例
    “一是……二是……二是……四是……”——第二个“二是”应为“三是”。

    ## 如何修复
    按顺序改正序号。
    """

    doc_en = """## What it checks
    "一是……二是……三是……" (first… second… third…) within a paragraph or at the start of
    successive paragraphs should count up one by one, without gaps or repeats
    ("一是、二是、二是、四是"). A sequence may span paragraphs: a paragraph starting a sequence
    with "一是" followed by a paragraph beginning with "二是" is one sequence. Each "一是" starts
    a new sequence; words such as "统一是" and "唯一是" do not count. Each error is reported once.

    ## Why
    Out-of-order enumeration usually means content was added or deleted without renumbering,
    and readers suspect something is missing.

    ## Example
    "一是……二是……二是……四是……" — the second "二是" should be "三是".

    ## How to fix
    Correct the numbers in order.
    """

    code = "NL204"
    name = "enumeration-sequence"
    severity = Severity.ERROR
    message = {"zh": "“{found}”{reason}，此处应为“{expected}”", "en": "“{found}” {reason}; expected “{expected}”"}

    def check(self, notice: "Notice", ctx: "Context") -> "Iterator[Diagnostic]":
        for run in enumeration_runs(notice):
            for error in sequence_errors([item.number for item in run]):
                item = run[error.item]
                yield self.diagnostic(
                    ctx,
                    item.start,
                    item.end,
                    found=notice.original(item.start, item.end),
                    reason=error.reason,
                    expected=int_to_chinese(error.expected) + "是",
                )
