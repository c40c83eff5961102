import re

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Localized, Rule

from ._text import FULL_WIDTH

_HALF_WIDTH = re.compile(r"[,:;?!()]")
_FULL_WIDTH_MARKS = "，：；？！（）"
# A mark between Latin letters or digits (``10:30``, ``1,000``, ``Tel: 0755``):
# the letter or digit before it within 40 characters, the one after it within
# 39, only spaces between.
_BETWEEN_LATIN = re.compile(r"[A-Za-z0-9] {0,39}([,:;?!()]) {0,38}(?=[A-Za-z0-9])")
# Where ASCII marks belong: web addresses and e-mail addresses. An e-mail
# address is tried only where a run of its characters begins: tried inside a
# long run of digits it would rescan the run from every position (quadratic).
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()（）<>“”，。；]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
# What every address holds: only the lines with one of these are scanned for addresses.
_ADDRESS_SIGNS = ("@", "http", "www.")


def _line_end(text: str, start: int) -> int:
    ends = [end for end in (text.find("\n", start), text.find("\r", start)) if end >= 0]
    return min(ends, default=len(text))


def addresses(text: str) -> list[tuple[int, int]]:
    """Spans of the web and e-mail addresses in ``text``. An address does not
    cross a line, and only the lines holding an address's sign are scanned:
    the regex steps through Chinese text slowly."""
    lines = {}  # start → end of the lines to scan
    for sign in _ADDRESS_SIGNS:
        found = text.find(sign)
        while found >= 0:
            start = max(text.rfind("\n", 0, found), text.rfind("\r", 0, found)) + 1
            lines[start] = _line_end(text, found)
            found = text.find(sign, lines[start])
    return [match.span() for start in sorted(lines) for match in _ADDRESS.finditer(text, start, lines[start])]


def stray_marks(text: str, skip: set[int]) -> list[int]:
    """Offsets of the ASCII marks in ``text`` that stand in Chinese text: not in
    a web or e-mail address or around one (a Markdown link: ``[文字](https://…)``),
    not between Latin letters or digits, not in ``skip``."""
    exempt = set(skip)
    for start, end in addresses(text):
        exempt.update(range(start, end))
        if text[start - 1:start] == "(":
            exempt.add(start - 1)
        if text[end:end + 1] == ")":
            exempt.add(end)
    exempt.update(match.start(1) for match in _BETWEEN_LATIN.finditer(text))
    marks = [match.start() for match in _HALF_WIDTH.finditer(text)]
    return [index for index in marks if index not in exempt]


class HalfwidthPunctuation(Rule):
    """半角标点

    ## 检查什么
    中文文字中的半角标点 , : ; ? ! ( )。电话号码、电子邮箱、网址、小数、时间
    和西文中的半角符号不报告。
    半角标点多于全角标点的稿件视为整篇被转成了半角（网页采集常见），只报告一次，
    修复时一并转换；以全角为主的稿件逐处报告夹杂的半角标点。

    ## 为什么
    GB/T 15834—2011 规定中文使用全角标点。整篇半角是同一个问题，不应淹没其他报告。

    ## 示例
    “根据市委统一部署,2023年3月8日至5月26日” —— 逗号应为“，”。

    ## 如何修复
    改为对应的全角标点：，：；？！（）。自动修复只转换上述位置。
    """

    code = "NL505"
    name = "halfwidth-punctuation"
    severity = Severity.WARNING
    fix = Applicability.SAFE
    message = {"zh": "半角标点：{detail}", "en": "half-width punctuation: {detail}"}

    def check(self, notice, ctx):
        text = notice.source.text
        offsets = notice.normalized.offsets
        # Not text to convert: what normalising deleted (NL502's pinyin residue,
        # and markup a format reader removed, such as Markdown's ``](`` and
        # ``<!--``), and the residue lines NL501 deletes.
        skip: set[int] = set()
        for start, end in offsets.deleted() + [offsets.span_to_source(b.start, b.end) for b in notice.residue]:
            skip.update(range(start, end))
        stray = stray_marks(text, skip)
        if not stray:
            return
        edits = [Edit(start, start + 1, FULL_WIDTH[text[index]])
                 for index, start in zip(stray, map(offsets.to_analysis, stray))]
        if len(stray) > sum(map(text.count, _FULL_WIDTH_MARKS)):  # flattened: say it once
            detail = Localized(f"全文{len(stray)}处使用半角标点，应改为全角",
                               f"{len(stray)} marks throughout the text; write them full-width")
            yield self.diagnostic(ctx, edits[0].start, edits[0].end, fix=Fix.safe(*edits), detail=detail)
            return
        for index, edit in zip(stray, edits):
            mark = text[index]
            detail = Localized(f"“{mark}”应为“{edit.replacement}”", f"write “{edit.replacement}” for “{mark}”")
            yield self.diagnostic(ctx, edit.start, edit.end, fix=Fix.safe(edit), detail=detail)
