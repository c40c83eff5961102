from __future__ import annotations

import re
from functools import partial
from itertools import accumulate, islice
from typing import TYPE_CHECKING, NamedTuple

from notelint.diagnostics import Applicability, DeferredEdits, Edit, Fix, Severity
from notelint.layout import find_all
from notelint.rules import DOCUMENT, Localized, Rule

from ._text import FULL_WIDTH, excerpt, in_punctuation_run

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.quotes import QuoteGroup
    from notelint.rules import Context

_HALF_WIDTH = ",:;?!()"
_FULL_WIDTH_MARKS = "，：；？！（）"
# A mark between Latin letters or digits (``10:30``, ``1,000``, ``Tel: 0755``):
# the letter or digit before it within 40 characters, the one after it within
# 39, only spaces between.
_BETWEEN_LATIN = re.compile(r"[A-Za-z0-9] {0,39}([,:;?!()]) {0,38}(?=[A-Za-z0-9])")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_BEFORE_LATIN_MARK = _LATIN | {" "}


class StrayMarks(NamedTuple):
    """The marks of ``stray_marks``: how many, the first, and their offsets in
    order when asked. A flattened draft is reported once, and its hundreds of
    marks are read one by one only for its fix: they are counted at C speed,
    and listed when the fix is made."""

    total: int
    first: int | None
    offsets: Callable[[], list[int]]


def stray_marks(notice: Notice) -> StrayMarks:
    """The ASCII marks of the user's text that stand in Chinese
    text: not in what normalising deleted (NL502's pinyin residue, NL512's
    character references, markup a format reader removed, such as Markdown's
    ``](`` and ``<!--``), not in a residue line NL501 deletes, not in a web or
    e-mail address or around one (a Markdown link: ``[文字](https://…)``), not
    between Latin letters or digits."""
    text = notice.source.text
    offsets = notice.normalized.offsets
    spans = [offsets.span_to_source(b.start, b.end) for b in notice.residue]
    spans += [(entity.start, entity.end) for entity in notice.normalized.entities]
    for start, end in notice.source_addresses:
        spans.append(
            (start - 1 if text[start - 1 : start] == "(" else start, end + 1 if text[end : end + 1] == ")" else end)
        )
    if not notice.normalized.pinyin_residue:
        return _typed_marks(text, sorted(spans + offsets.deleted()))
    # A converted draft has thousands of brackets in its pinyin residue: the
    # marks are looked for in the analysis text, which lacks it, and those
    # the user typed (not folded from full-width) kept.
    exempt: set[int] = set()
    for start, end in spans:
        exempt.update(range(start, end))
    found = map(offsets.to_source, find_all(notice.text, _HALF_WIDTH))
    kept = [index for index in found if text[index] in _HALF_WIDTH and index not in exempt and _stray(text, index)]
    return StrayMarks(len(kept), kept[0] if kept else None, kept.copy)


# Each character of the user's text as one byte telling what it is, so that
# the marks are found by byte passes at C speed (a flattened draft has
# hundreds): a mark that no Latin letter, digit or space precedes
# (``_MARK``, a line break: the pieces of ``bytes.splitlines`` end at the
# marks), one that one precedes (``_MARK_AFTER_LATIN``: it may stand between
# Latin letters or digits), a Latin letter, digit or space, a question mark
# (``_QUESTION``: encoding to ASCII writes every other character as one),
# anything else.
_MARK, _MARK_AFTER_LATIN, _LATIN_OR_SPACE, _QUESTION, _OTHER = b"\n", b"M", b"a", b"q", b"."


def _class_of(char: str) -> bytes:
    if char == "?":
        return _QUESTION
    if char in _HALF_WIDTH:
        return _MARK
    return _LATIN_OR_SPACE if char in _BEFORE_LATIN_MARK else _OTHER


_CLASSES = b"".join(_class_of(chr(byte)) for byte in range(256))


def _typed_marks(text: str, exempt: list[tuple[int, int]]) -> StrayMarks:
    """The marks of ``stray_marks`` in ``text``, those in the sorted spans
    ``exempt`` left out."""
    classes = text.encode("ascii", "replace").translate(_CLASSES)
    # Told apart before the exempt spans are blanked: what precedes a mark is read as the user wrote it.
    classes = classes.replace(_LATIN_OR_SPACE + _MARK, _LATIN_OR_SPACE + _MARK_AFTER_LATIN)
    classes = _blanked(classes, exempt)
    checked = [index for index in find_all(classes, (_MARK_AFTER_LATIN,)) if not _between_latin(text, index)]
    if "?" in text:
        checked += [index for index in find_all(text, "?") if classes[index] == ord(_QUESTION) and _stray(text, index)]
    firsts = checked[:]
    if (first := classes.find(_MARK)) >= 0:
        firsts.append(first)
    return StrayMarks(
        classes.count(_MARK) + len(checked), min(firsts, default=None), partial(_offsets, classes, checked)
    )


def _offsets(classes: bytes, checked: list[int]) -> list[int]:
    """The offsets of the ``_MARK`` bytes of ``classes`` and of the marks
    ``checked`` (found otherwise), in order."""
    pieces = classes.splitlines(keepends=True)
    if pieces and not pieces[-1].endswith(_MARK):
        pieces.pop()  # the text after the last mark
    # Each piece ends at a mark: the sums of their lengths, less one, are the marks' offsets.
    found = list(islice(accumulate(map(len, pieces), initial=-1), 1, None))
    if checked:
        found += checked
        found.sort()
    return found


def _stray(text: str, index: int) -> bool:
    """Whether the mark at ``index`` stands outside Latin text: most marks
    follow a Chinese character, with no match of ``_BETWEEN_LATIN`` to look for."""
    return index == 0 or text[index - 1] not in _BEFORE_LATIN_MARK or not _between_latin(text, index)


def _blanked(classes: bytes, spans: list[tuple[int, int]]) -> bytes:
    """``classes`` with the characters of ``spans`` (in order) made
    ``_OTHER``: every other character keeps its offset."""
    pieces, last = [], 0
    for start, end in spans:
        start = max(start, last)
        if start < end:
            pieces += [classes[last:start], _OTHER * (end - start)]
            last = end
    pieces.append(classes[last:])
    return b"".join(pieces)


def _between_latin(text: str, index: int) -> bool:
    """Whether the mark at ``index`` is one that ``_BETWEEN_LATIN`` finds,
    scanning the whole text: its match begins at the letter or digit before the
    spaces before the mark (no earlier match can take that character)."""
    start = index - 1
    while start >= 0 and text[start] == " ":
        start -= 1
    if start < 0 or text[start] not in _LATIN:
        return False
    found = _BETWEEN_LATIN.match(text, start)
    return found is not None and found.start(1) == index


def _holds_at_least(text: str, chars: str, count: int) -> bool:
    """Whether ``text`` holds ``count`` or more of the ``chars``. Counted with
    str.find up to ``count``: text.count reads the whole text for each."""
    for char in chars:
        index = text.find(char)
        while index >= 0 and count > 0:
            count -= 1
            index = text.find(char, index + 1)
    return count <= 0


def _flattened_edits(text: str, stray: StrayMarks, quotes: list[Edit]) -> tuple[Edit, ...]:
    """The edits of a flattened draft's fix: each mark made full-width, and
    the quotes that pair made curly, in order."""
    # Built by tuple.__new__, as Edit's Python-level __new__ would build them,
    # without the call per mark: a flattened draft has hundreds.
    build = tuple.__new__
    edits = [build(Edit, (index, index + 1, FULL_WIDTH[text[index]])) for index in stray.offsets()]
    if quotes:  # the marks' edits are in order already
        edits += quotes
        edits.sort()
    return tuple(edits)


class HalfwidthPunctuation(Rule):
    """半角标点

    ## 检查什么
    中文文字中的半角标点 , : ; ? ! ( ) 和直引号 "。电话号码、电子邮箱、网址、小数、时间
    和西文中的半角符号不报告；网址、代码（`…`）和不含汉字的行中的直引号不报告。
    半角标点多于全角标点的稿件视为整篇被转成了半角（网页采集常见），只报告一次，
    修复时一并转换（能配对的直引号也在内）；以全角为主的稿件逐处报告夹杂的半角标点。
    连用的标点（“;，”）归 NL506，标题序号里的半角括号（“（一)”）归 NL203、NL205，
    不重复报告。

    ## 为什么
    GB/T 15834—2011 规定中文使用全角标点。整篇半角是同一个问题，不应淹没其他报告。

    ## 示例
    “根据市委统一部署,2023年3月8日至5月26日” —— 逗号应为“，”。

    ## 如何修复
    改为对应的全角标点：，：；？！（）。自动修复只转换上述位置。

    直引号按行配对：一行中的直引号依次两两成对，每对报告一次，改为“”，
    在“”之内的改为‘’。一行中的直引号为奇数个时无法判断哪个缺了另一半，
    报告一次，不给修复；一对直引号之间夹着弯引号时，改动可能打乱原有的嵌套，
    也不给修复。网页源码中的“&quot;”与直引号一起配对，由 NL512 报告。
    """

    doc_en = """## What it checks
    Half-width punctuation , : ; ? ! ( ) and straight quotes " in Chinese text. Half-width marks
    in telephone numbers, email addresses, web addresses, decimals, times and Western text are
    not reported; straight quotes in web addresses, code (`…`) and lines without Chinese
    characters are not reported. A draft with more half-width than full-width punctuation is
    taken as converted to half-width as a whole (common with text scraped from the web): it is
    reported once, and the fix converts everything together (straight quotes that pair up
    included); a mostly full-width draft gets each stray half-width mark reported. Consecutive
    marks (";，") belong to NL506, and half-width brackets in heading numbers ("（一)") to NL203
    and NL205, and are not reported again.

    ## Why
    GB/T 15834—2011 (General rules for punctuation) prescribes full-width punctuation in Chinese
    text. A draft that is half-width throughout is one problem and should not drown the other
    findings.

    ## Example
    "根据市委统一部署,2023年3月8日至5月26日" — the comma should be "，".

    ## How to fix
    Use the corresponding full-width marks: ，：；？！（）. The fix converts only the places above.

    Straight quotes are paired within a line: the straight quotes of a line pair up in turn,
    each pair is reported once and becomes “”, or ‘’ inside “”. When a line has an odd number of
    straight quotes, there is no telling which lacks its other half: it is reported once,
    without a fix; when curly quotes sit between a pair of straight quotes, changing them could
    upset the existing nesting, so there is no fix either. "&quot;" from web page source pairs
    up with the straight quotes and is reported by NL512.
    """

    code = "NL505"
    name = "halfwidth-punctuation"
    severity = Severity.WARNING
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {"zh": "半角标点：{detail}", "en": "half-width punctuation: {detail}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.source.text
        offsets = notice.normalized.offsets
        stray = stray_marks(notice)
        groups = notice.straight_quotes
        if not _holds_at_least(text, _FULL_WIDTH_MARKS, stray.total):  # flattened: say it once
            yield from self._flattened(notice, ctx, stray, groups)
            return
        # ``;，`` is NL506's and ``（一)`` NL203's or NL205's: one defect, one finding.
        labels = notice.heading_labels
        for index in stray.offsets():
            start = offsets.to_analysis(index)
            if start in labels or in_punctuation_run(notice.text, start):
                continue
            mark, replacement = text[index], FULL_WIDTH[text[index]]
            detail = Localized(f"“{mark}”应为“{replacement}”", f"write “{replacement}” for “{mark}”")
            yield self.diagnostic(
                ctx, start, start + 1, fix=Fix.safe(Edit(start, start + 1, replacement)), detail=detail
            )
        for group in groups:
            yield from self._quotes(notice, ctx, group)

    def _flattened(
        self, notice: Notice, ctx: Context, stray: StrayMarks, groups: list[QuoteGroup]
    ) -> Iterator[Diagnostic]:
        """A text flattened to half-width: one finding, whose fix converts the
        marks and the straight quotes that pair; quotes that do not pair are
        reported on their own, as they need a decision. The marks and quotes
        are characters of the user's text that normalising keeps, so the
        finding is made in the user's text (no round trip through analysis
        offsets for each of its edits)."""
        quotes = [
            Edit(quote.start, quote.start + 1, mark)
            for group in groups
            if group.marks is not None  # the quotes that pair
            for quote, mark in zip(group.quotes, group.marks)
            if not quote.entity
        ]
        count = stray.total + len(quotes)
        firsts = [edit.start for edit in quotes[:1]]
        if stray.first is not None:
            firsts.append(stray.first)
        first = min(firsts)
        detail = Localized(
            f"全文{count}处使用半角标点，应改为全角", f"{count} marks throughout the text; write them full-width"
        )
        edits = DeferredEdits(partial(_flattened_edits, notice.source.text, stray, quotes))
        fix = Fix(Applicability.SAFE, edits)
        yield self.diagnostic(ctx, first, first + 1, fix=fix, in_source=True, detail=detail)
        for group in groups:
            if group.marks is None:
                yield from self._quotes(notice, ctx, group)

    def _quotes(self, notice: Notice, ctx: Context, group: QuoteGroup) -> Iterator[Diagnostic]:
        """One finding for a pair of typed straight quotes (or for a line's
        quotes that do not pair), in the user's text."""
        text = notice.source.text
        typed = [quote for quote in group.quotes if not quote.entity]
        if not typed:
            return  # references only: NL512's
        first, last = group.quotes[0], group.quotes[-1]
        if len(group.quotes) != 2:
            detail = Localized(
                f"本行有{len(group.quotes)}个直引号，无法配对，应改为成对的弯引号“”",
                f"{len(group.quotes)} straight quotes on this line do not pair; write curly quotes “” in pairs",
            )
            yield self.diagnostic(ctx, typed[0].start, typed[0].end, in_source=True, detail=detail)
            return
        written = excerpt(text[first.start : last.end])
        if group.marks is None:
            detail = Localized(
                f"直引号{written}应改为弯引号（与其中或外层的弯引号嵌套，须手工确定）",
                f"write curly quotes for {written} (nested with curly quotes: decide by hand)",
            )
            yield self.diagnostic(ctx, first.start, last.end, in_source=True, detail=detail)
            return
        fixed = excerpt(group.marks[0] + text[first.end : last.start] + group.marks[1])
        edits = [
            Edit(quote.start, quote.end, mark) for quote, mark in zip(group.quotes, group.marks) if not quote.entity
        ]
        detail = Localized(f"直引号{written}应为{fixed}", f"write {fixed} for the straight quotes {written}")
        yield self.diagnostic(ctx, first.start, last.end, fix=Fix.safe(*edits), in_source=True, detail=detail)
