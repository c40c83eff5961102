from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.placeholders import PLACEHOLDER
from notelint.rules import Rule

from ._fields import postcodes

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class PostcodeInvalid(Rule):
    """邮政编码不是6位数字

    ## 检查什么
    “邮政编码”“邮编”后写的不是6位数字（多一位、少一位、夹了空格或字母）。

    ## 为什么
    邮政编码位数不对，来信就无法分拣投递。

    ## 示例
    “邮政编码：51800”。

    ## 如何修复
    核对并写全6位邮政编码。
    """

    doc_en = """## What it checks
    What follows "邮政编码" or "邮编" (postcode) is not six digits (a digit too many or too few,
    a space or a letter in it).

    ## Why
    With the wrong number of digits, letters cannot be sorted and delivered.

    ## Example
    "邮政编码：51800".

    ## How to fix
    Check the postcode and write all six digits.
    """

    code = "NL403"
    name = "postcode-invalid"
    severity = Severity.ERROR
    message = {"zh": "邮政编码“{postcode}”不是6位数字", "en": "the postcode “{postcode}” is not 6 digits"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for field, well_formed in postcodes(notice):
            start, end = field.value.start, field.value.end
            if not well_formed and not PLACEHOLDER.search(notice.text, start, end):  # a blank is NL508's
                yield self.diagnostic(ctx, start, end, postcode=notice.original(start, end))
