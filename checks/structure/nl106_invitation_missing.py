from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class InvitationMissing(MissingPart):
    """缺少欢迎监督的表述

    ## 检查什么
    正文之后应有欢迎社会监督的表述，如“欢迎广大干部群众对巡察整改落实情况进行监督。
    如有意见建议，请及时向我们反映。”

    认可的写法：以“欢迎”（热忱欢迎、诚挚欢迎、衷心欢迎、真诚欢迎）开头并提到监督或意见建议，
    “请广大干部群众……监督/反映”，“广大干部群众如有……”，“如有意见建议……”，
    “如对……有意见建议……”。

    ## 为什么
    公开整改情况是为了接受监督；通报应明确邀请干部群众监督并给出反映渠道。

    ## 示例
    下一步工作打算之后直接是“公开期限：……”。

    ## 如何修复
    在公开期限和联系方式之前补上欢迎监督的表述。
    """

    code = "NL106"
    name = "invitation-missing"
    severity = Severity.WARNING
    message = {"zh": "缺少欢迎干部群众监督的表述", "en": "no invitation to public supervision"}
    part = kinds.INVITATION
