from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class ContactMissing(MissingPart):
    """缺少联系方式

    ## 检查什么
    通报应给出反映意见的渠道：联系电话、通信地址（邮政信箱）、邮政编码、电子邮箱。

    认可的标签：联系电话、举报电话、监督电话、监督举报电话、投诉电话、受理电话、值班电话、电话、手机（号码）、移动电话、
    传真、联系方式、联系人；邮政信箱、通信地址、通讯地址、邮寄地址、邮件地址、来信地址、
    来信请寄（至）、信函请寄（至）、地址；邮政编码、邮编；电子邮箱、电子邮件、电子信箱、
    举报邮箱、投诉邮箱、邮箱；网址；（信封请注明……）。

    ## 为什么
    邀请监督而不给渠道，监督无从落实。

    ## 示例
    公开期限之后直接是落款。

    ## 如何修复
    在落款之前写明“联系电话：……；邮政信箱：……，邮政编码：……；电子邮箱：……。”
    """

    doc_en = """## What it checks
    The notice should give channels for opinions: telephone, postal address (or post office
    box), postcode and email.

    Labels recognised: 联系电话, 举报电话, 监督电话, 监督举报电话, 投诉电话, 受理电话, 值班电话, 电话,
    手机（号码）, 移动电话, 传真, 联系方式, 联系人; 邮政信箱, 通信地址, 通讯地址, 邮寄地址, 邮件地址,
    来信地址, 来信请寄（至）, 信函请寄（至）, 地址; 邮政编码, 邮编; 电子邮箱, 电子邮件, 电子信箱,
    举报邮箱, 投诉邮箱, 邮箱; 网址; （信封请注明……）.

    ## Why
    An invitation to supervise without channels leaves supervision no way in.

    ## Example
    The disclosure period is followed directly by the signature.

    ## How to fix
    Before the signature, write "联系电话：……；邮政信箱：……，邮政编码：……；电子邮箱：……。"
    """

    code = "NL108"
    name = "contact-missing"
    severity = Severity.ERROR
    message = {"zh": "缺少联系方式（联系电话、通信地址、邮政编码、电子邮箱）", "en": "no contact details"}
    part = kinds.CONTACT
