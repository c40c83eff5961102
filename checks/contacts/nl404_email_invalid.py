from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.placeholders import PLACEHOLDER
from notelint.rules import Localized, Rule

from ._fields import fields

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# local@domain.tld: no empty label, no doubled dot, a letter top-level domain.
EMAIL = re.compile(r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def _note_start(text: str, start: int, end: int) -> int | None:
    """Where a note or the next field after the address begins: a bracket, a
    space, a clause mark (``；手机：…``), Chinese text (tested here: a pattern class of the 20,992 characters U+4E00–U+9FFF
    costs a millisecond to compile)."""
    for index in range(start, end):
        char = text[index]
        if char in "(;,、" or char.isspace() or "\u4e00" <= char <= "\u9fff":
            return index
    return None


NO_AT = Localized("缺少“@”", "has no “@”")
NOT_ASCII = Localized("含有全角字符或汉字", "contains full-width or Chinese characters")
MALFORMED = Localized("格式有误", "is malformed")


class EmailInvalid(Rule):
    """电子邮箱格式有误

    ## 检查什么
    “电子邮箱”后的地址不合格式：缺“@”、域名不全（“abc@163”）、连写两个点、
    用了全角字符（“abc＠163.com”“abc@163。com”）。地址后括号里的说明、分号后的
    下一项不算地址；写成占位符的（“XXXX@XXXX”）只由 NL508 报告。

    ## 为什么
    邮箱地址写错一个字符，群众的邮件就发不出去。

    ## 示例
    “电子邮箱：jubao@example”（缺少“.com”之类的域名后缀）。

    ## 如何修复
    核对邮箱地址，用半角字符写全。
    """

    doc_en = """## What it checks
    The address after "电子邮箱" (email) is malformed: no "@", an incomplete domain ("abc@163"),
    two dots in a row, or full-width characters ("abc＠163.com", "abc@163。com"). An explanation
    in brackets after the address and the next item after a semicolon are not part of the
    address; an address written as a placeholder ("XXXX@XXXX") is reported only by NL508.

    ## Why
    One wrong character in the address and people's emails cannot be sent.

    ## Example
    "电子邮箱：jubao@example" (no domain suffix such as ".com").

    ## How to fix
    Check the address and write it in full in half-width characters.
    """

    code = "NL404"
    name = "email-invalid"
    severity = Severity.ERROR
    message = {"zh": "电子邮箱“{email}”{problem}", "en": "the e-mail address “{email}” {problem}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        for field in fields(notice, "email"):
            start, end = field.value.start, field.value.end
            note = _note_start(text, start, end)
            address_end = note if note is not None and note > start and "@" in text[start:note] else end
            written = notice.original(start, address_end)
            if written.isascii() and EMAIL.fullmatch(text, start, address_end):
                continue
            if PLACEHOLDER.search(text, start, address_end):
                continue  # XXXX@XXXX: a blank, NL508's
            problem = NO_AT if "@" not in text[start:end] else NOT_ASCII if not written.isascii() else MALFORMED
            yield self.diagnostic(ctx, start, address_end, email=written, problem=problem)
