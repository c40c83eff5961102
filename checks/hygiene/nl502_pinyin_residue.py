from __future__ import annotations

import operator
from itertools import repeat
from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.model import Notice
    from notelint.rules import Context


class PinyinResidue(Rule):
    """拼音残留

    ## 检查什么
    汉字后面括号里的带声调拼音，如“根據(jù)”“巡察(chá)”：有缺陷的繁简转换或注音工具留下的。
    只认带声调符号的拼音，“（试行）”“（以下简称“产投集团”）”“(GDP)”这类真括号不受影响。
    每处报告一次；文本界面会把大量同类问题合并显示。

    ## 为什么
    拼音残留会让通报无法阅读，也说明稿件经过了错误的转换，须在发布前清除。

    ## 示例
    “根據(jù)市委巡察工作統(tǒng)一部署” 应为 “根據市委巡察工作統一部署”。

    ## 如何修复
    删除括号和拼音。自动修复一次删除全部残留，不动其他字符。
    """

    doc_en = """## What it checks
    Pinyin with tone marks in brackets after Chinese characters, such as "根據(jù)" and "巡察(chá)",
    left behind by a faulty traditional/simplified conversion or phonetic annotation tool. Only
    pinyin with tone marks is recognised, so real brackets such as "（试行）",
    "（以下简称“产投集团”）" and "(GDP)" are unaffected. Each place is reported once; the text
    reporters group large numbers of such findings.

    ## Why
    Pinyin residue makes a notice unreadable and shows that the draft went through a faulty
    conversion; it must be removed before publication.

    ## Example
    "根據(jù)市委巡察工作統(tǒng)一部署" should be "根據市委巡察工作統一部署".

    ## How to fix
    Delete the brackets and the pinyin. The fix removes all the residue at once and leaves the
    other characters alone.
    """

    code = "NL502"
    name = "pinyin-residue"
    severity = Severity.ERROR
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {
        "zh": "“{char}”后的拼音残留“{pinyin}”，应删除",
        "en": "pinyin residue “{pinyin}” after “{char}”: delete it",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        # The residue is deleted from the analysis text, so the diagnostics
        # point straight into the user's text. A converted draft can hold
        # thousands, of a few hundred distinct characters and syllables: each
        # is made directly, its message formatted once per distinct residue.
        text = notice.source.text
        template = self.template(ctx)
        code, name, severity = self.code, self.name, self.severity
        messages: dict[str, str] = {}  # the character and its residue → the message
        # Each finding's fix deletes its residue. The edits (each span with an
        # empty replacement) and the fixes are made by tuple.__new__, as their
        # classes' Python-level __new__ would make them, mapped over the spans
        # in C: no Python call, and no argument tuple kept, per finding.
        residue = notice.normalized.pinyin_residue
        build = tuple.__new__
        edits = map(build, repeat(Edit), map(operator.add, residue, repeat(("",))))
        fixes = map(build, repeat(Fix), zip(repeat(Applicability.SAFE), zip(edits)))
        for (start, end), fix in zip(residue, fixes):
            written = text[start - 1 : end]
            message = messages.get(written)
            if message is None:
                message = messages[written] = template.format(char=written[0], pinyin=written[1:])
            yield Diagnostic(code, name, severity, message, start, end, fix, True)
