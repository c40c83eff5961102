from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._labels import is_full_width, labels, standard_label

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class NumberingMalformed(Rule):
    """标题序号残缺

    ## 检查什么
    括号序号少了一半或左右括号不配对：“一)”“(一”“（一)”“(1”“1)”。

    ## 为什么
    残缺的序号多是编辑时误删了一个字符，层级也会因此难以辨认。

    ## 示例
    “（二)加强组织领导”——左括号是全角，右括号是半角。

    ## 如何修复
    补全括号，写作“（二）”。
    """

    doc_en = """## What it checks
    A bracketed number missing half its brackets, or with unmatched brackets: "一)", "(一",
    "（一)", "(1", "1)".

    ## Why
    A broken number usually means a character was deleted by mistake during editing, and it
    makes the level hard to recognise.

    ## Example
    "（二)加强组织领导" — the left bracket is full-width and the right one half-width.

    ## How to fix
    Complete the brackets, writing "（二）".
    """

    code = "NL205"
    name = "numbering-malformed"
    severity = Severity.ERROR
    message = {
        "zh": "序号“{found}”残缺或括号不配对，应为“{expected}”",
        "en": "broken heading number “{found}”; write “{expected}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for heading, parts in labels(notice):
            # A label without brackets has none to break (一、 1.).
            if parts is not None and parts.malformed:
                yield self.diagnostic(
                    ctx,
                    heading.label_start,
                    heading.label_end,
                    found=notice.original(heading.label_start, heading.label_end),
                    expected=standard_label(heading.level, heading.number, is_full_width(notice.source.text)),
                )
