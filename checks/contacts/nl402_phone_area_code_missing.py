from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.phones import LOCAL
from notelint.regions import regions
from notelint.rules import Localized, Rule

from ._fields import fields

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


def _hint(notice: Notice) -> Localized | None:
    """The area code of the city the postal address names, when it has one."""
    for field in fields(notice, "address"):
        place = regions().address(notice.text[field.value.start : field.value.end])
        if place is not None and len(place.area_codes) == 1:
            code = place.area_codes[0]
            return Localized(
                f"（通信地址在{place.city}，区号为{code}）",
                f" ({place.city}, where the address is, has area code {code})",
            )
    return None


class PhoneAreaCodeMissing(Rule):
    """固定电话缺少区号

    ## 检查什么
    联系方式中7～8位的固定电话号码前没有区号。通信地址写明了城市时，消息给出
    该城市的区号。

    ## 为什么
    通报在网上公开，读者来自各地；不写区号，外地群众打不进来。

    ## 示例
    “联系电话：12345678”。

    ## 如何修复
    在号码前加区号，写作“0595-12345678”。
    """

    doc_en = """## What it checks
    A 7- or 8-digit landline number in the contact details without an area code. When the
    postal address names the city, the message gives that city's area code.

    ## Why
    Notices are published online and read from everywhere; without the area code, people
    elsewhere cannot get through.

    ## Example
    "联系电话：12345678".

    ## How to fix
    Put the area code before the number, written as "0595-12345678".
    """

    code = "NL402"
    name = "phone-area-code-missing"
    severity = Severity.WARNING
    message = {"zh": "固定电话“{number}”缺少区号{hint}", "en": "the landline “{number}” has no area code{hint}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        local = [phone for phone in notice.phones if phone.kind == LOCAL]
        if not local:
            return
        hint = _hint(notice) or ""
        for phone in local:
            yield self.diagnostic(
                ctx, phone.start, phone.end, number=notice.original(phone.start, phone.end), hint=hint
            )
