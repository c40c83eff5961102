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

    doc_en = """## What it checks
    After the body there should be an invitation to public supervision, such as
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"

    Forms recognised: starting with "欢迎" (welcome; also 热忱欢迎, 诚挚欢迎, 衷心欢迎, 真诚欢迎) and
    mentioning supervision or opinions and suggestions; "请广大干部群众……监督/反映";
    "广大干部群众如有……"; "如有意见建议……"; "如对……有意见建议……".

    ## Why
    Rectification is made public so that it can be supervised; the notice should explicitly
    invite cadres and the public to supervise and give them channels for their views.

    ## Example
    The next steps are followed directly by "公开期限：……".

    ## How to fix
    Add the invitation to supervise before the disclosure period and the contact details.
    """

    code = "NL106"
    name = "invitation-missing"
    severity = Severity.WARNING
    message = {"zh": "缺少欢迎干部群众监督的表述", "en": "no invitation to public supervision"}
    part = kinds.INVITATION
