from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.regions import regions
from notelint.rules import Localized, Rule

from ._fields import fields, postcodes

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


def _other_province(notice: Notice, province: str) -> Localized | None:
    """What places the contact details elsewhere than ``province``: a
    landline's area code, else the postal address."""
    table = regions()
    for phone in notice.phones:
        where = table.province_of_area_code(phone.area_code) if phone.area_code else None
        if where is not None and where != province:
            return Localized(f"电话区号{phone.area_code}属于{where}", f"the area code {phone.area_code} is in {where}")
    for field in fields(notice, "address"):
        place = table.address(notice.text[field.value.start : field.value.end])
        if place is not None and place.province != province:
            return Localized(f"通信地址在{place.province}", f"the address is in {place.province}")
    return None


class PostcodeRegionMismatch(Rule):
    """邮政编码与电话区号或地址不在同一省份

    ## 检查什么
    邮政编码前两位所属的省份，与固定电话区号所属的省份或通信地址写明的省份、
    城市不一致。数据见 notelint/data/postcode-regions.tsv 和 area-codes.tsv。

    ## 为什么
    同一份联系方式里的邮编、区号、地址应指向同一个地方；对不上，说明其中有一项
    抄错了，多是从别的通报套用了模板。

    ## 示例
    “联系电话：0595-12345678；通信地址：福建省泉州市……，邮政编码：518000”
    —— 518000 是广东深圳的邮编。

    ## 如何修复
    核对邮政编码、区号和地址，改正抄错的一项。
    """

    doc_en = """## What it checks
    The province of the postcode's first two digits differs from the province of the landline
    area code, or from the province or city named in the postal address. Data:
    notelint/data/postcode-regions.tsv and area-codes.tsv.

    ## Why
    The postcode, area code and address of one set of contact details should point to the same
    place; when they disagree, one of them was copied wrongly, usually from another notice used
    as a template.

    ## Example
    "联系电话：0595-12345678；通信地址：福建省泉州市……，邮政编码：518000"
    — 518000 is a postcode of Shenzhen, Guangdong.

    ## How to fix
    Check the postcode, area code and address, and correct the one copied wrongly.
    """

    code = "NL405"
    name = "postcode-region-mismatch"
    severity = Severity.WARNING
    message = {
        "zh": "邮政编码“{postcode}”属于{province}，但{other}",
        "en": "the postcode “{postcode}” is in {province}, but {other}",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for field, well_formed in postcodes(notice):
            if not well_formed:
                continue  # NL403's
            start, end = field.value.start, field.value.end
            province = regions().province_of_postcode(notice.text[start:end])
            other = _other_province(notice, province) if province else None
            if other is not None:
                yield self.diagnostic(
                    ctx, start, end, postcode=notice.original(start, end), province=province, other=other
                )
