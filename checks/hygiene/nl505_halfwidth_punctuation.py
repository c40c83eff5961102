import re

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Localized, Rule

from ._text import FULL_WIDTH, source_to_analysis

_HALF_WIDTH = re.compile(r"[,:;?!()]")
_FULL_WIDTH_COUNT = re.compile(r"[，：；？！（）]")
# Where ASCII marks belong: web addresses and e-mail addresses. An e-mail
# address is tried only where a run of its characters begins: tried inside a
# long run of digits it would rescan the run from every position (quadratic).
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()（）<>“”，。；]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def stray_marks(text: str, skip: set[int]) -> list[int]:
    """Offsets of the ASCII marks in ``text`` that stand in Chinese text: not in
    a web or e-mail address, not between Latin letters or digits (``10:30``,
    ``1,000``, ``Tel: 0755``), not in ``skip``."""
    addresses = {i for match in _ADDRESS.finditer(text) for i in range(*match.span())}
    found = []
    for match in _HALF_WIDTH.finditer(text):
        index = match.start()
        if index in skip or index in addresses:
            continue
        before = text[max(0, index - 40):index].rstrip(" ")[-1:]
        after = text[index + 1:index + 40].lstrip(" ")[:1]
        if before and after and _latin(before) and _latin(after):
            continue
        if (match.group() == "(" and index + 1 in addresses) or (match.group() == ")" and index - 1 in addresses):
            continue  # a Markdown link: [文字](https://…)
        found.append(index)
    return found


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
        # Pinyin residue and residue lines are deleted by NL502 and NL501.
        to_source = notice.normalized.offsets.span_to_source
        residue = {i for start, end in notice.normalized.pinyin_residue for i in range(start, end)}
        residue.update(i for block in notice.residue for i in range(*to_source(block.start, block.end)))
        offsets = notice.normalized.offsets
        # Markup a format reader removed (Markdown's ``](``, ``<!--``) is not text: it does not map back to itself.
        stray = [i for i in stray_marks(text, residue) if offsets.to_source(offsets.to_analysis(i)) == i]
        if not stray:
            return
        edits = []
        for index in stray:
            start, end = source_to_analysis(notice, index, index + 1)
            edits.append(Edit(start, end, FULL_WIDTH[text[index]]))
        if len(stray) > len(_FULL_WIDTH_COUNT.findall(text)):  # flattened: say it once
            detail = Localized(f"全文{len(stray)}处使用半角标点，应改为全角",
                               f"{len(stray)} marks throughout the text; write them full-width")
            yield self.diagnostic(ctx, edits[0].start, edits[0].end, fix=Fix.safe(*edits), detail=detail)
            return
        for edit in edits:
            mark = text[notice.normalized.offsets.to_source(edit.start)]
            detail = Localized(f"“{mark}”应为“{edit.replacement}”", f"write “{edit.replacement}” for “{mark}”")
            yield self.diagnostic(ctx, edit.start, edit.end, fix=Fix.safe(edit), detail=detail)
