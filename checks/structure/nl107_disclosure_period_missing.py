from __future__ import annotations

from typing import TYPE_CHECKING

from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart

if TYPE_CHECKING:
    from notelint.model import Notice


class DisclosurePeriodMissing(MissingPart):
    """缺少公开期限

    ## 检查什么
    邀请监督之后应写明公开期限，如“公开期限：2025年4月23日至2025年5月22日。”

    认可的写法：公开期限、公开期间、公开期、公开时限、公开时间，公示期限、公示期间、公示期、公示时限、公示时间，前面可有“本通报”。

    ## 为什么
    公开期限告诉读者在什么时间内可以反映意见，也是发布部门撤稿的依据。

    ## 示例
    “欢迎广大干部群众……请及时向我们反映。”之后直接是“联系电话：……”。

    ## 如何修复
    在联系方式之前加上“公开期限：X年X月X日至X年X月X日。”，起始日一般为成文日期。
    """

    doc_en = """## What it checks
    After the invitation to supervise, the disclosure period (公开期限) should be given, as in
    "公开期限：2025年4月23日至2025年5月22日。"

    Forms recognised: 公开期限, 公开期, 公开时间, 公示期限, 公示期, 公示时间, optionally preceded by
    "本通报" (this notice).

    ## Why
    The disclosure period tells readers when they can give their opinions, and it is what the
    publishing department goes by when taking the notice down.

    ## Example
    "欢迎广大干部群众……请及时向我们反映。" is followed directly by "联系电话：……".

    ## How to fix
    Before the contact details, add "公开期限：X年X月X日至X年X月X日。"; the start is usually the
    date of writing.
    """

    code = "NL107"
    name = "disclosure-period-missing"
    severity = Severity.ERROR
    message = {"zh": "缺少公开期限", "en": "no disclosure period (公开期限)"}
    part = kinds.DISCLOSURE

    def where(self, notice: Notice, offset: int) -> int:
        # The grammar takes the disclosure period on either side of the
        # contacts, so the parser inserts a missing one after them; it belongs
        # before them, where the backbone has it.
        if notice.contacts and notice.contacts[0].start < offset:
            return notice.contacts[0].start
        return offset
