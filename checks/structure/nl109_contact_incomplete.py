from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

EXPECTED = (
    ("phone", Localized("联系电话", "a phone number")),
    ("address", Localized("通信地址（邮政信箱）", "a postal address")),
    ("postcode", Localized("邮政编码", "a postcode")),
    ("email", Localized("电子邮箱", "an e-mail address")),
)


class ContactIncomplete(Rule):
    """联系方式不全

    ## 检查什么
    联系方式应包括联系电话、通信地址（写作“邮政信箱”“通信地址”“邮件地址”均可）、
    邮政编码和电子邮箱。消息列出缺少的项。同义的标签（监督电话、来信请寄、举报邮箱等）
    见 NL108 的说明。

    ## 为什么
    群众来电、来信、来邮都应有门路；缺一项就少一种渠道。

    ## 示例
    “联系电话：0755-12345678；电子邮箱：xxx@example.gov.cn。”—— 缺少通信地址和邮政编码。

    ## 如何修复
    按消息补上缺少的联系渠道。
    """

    doc_en = """## What it checks
    The contact details should include a telephone number, a postal address (written as
    "邮政信箱", "通信地址" or "邮件地址"), a postcode and an email address. The message lists
    what is missing. For the labels with the same meaning (监督电话, 来信请寄, 举报邮箱 and so
    on), see NL108.

    ## Why
    Calls, letters and emails from the public should each have a way in; every missing item is
    one channel fewer.

    ## Example
    "联系电话：0755-12345678；电子邮箱：xxx@example.gov.cn。" — the postal address and the postcode
    are missing.

    ## How to fix
    Add the missing channels the message names.
    """

    code = "NL109"
    name = "contact-incomplete"
    severity = Severity.WARNING
    message = {"zh": "联系方式缺少：{missing}", "en": "the contact details lack {missing}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        if not notice.contacts:
            return
        present = {field.kind for field in notice.contact_fields}
        missing = [label.pick(ctx.lang) for kind, label in EXPECTED if kind not in present]
        if missing:
            separator = "、" if ctx.lang == "zh" else ", "
            yield self.diagnostic(
                ctx, notice.contacts[0].start, notice.contacts[-1].end, missing=separator.join(missing)
            )
