from notelint.diagnostics import Severity
from notelint.rules import Rule

from ._phones import INVALID, contact_phones


class PhoneInvalid(Rule):
    """电话号码无效

    ## 检查什么
    联系方式中的电话、传真号码既不是固定电话（区号加7～8位号码，如
    “0755-12345678”“（0755）12345678”“075512345678”），也不是11位手机号码或
    服务号码（如“12388”）。一个字段列出几个号码时逐个检查；括号里的说明、
    办公时间和分机号（“转801”“-801”）不算号码。

    ## 为什么
    号码位数不对，群众就打不通，公开征求意见也就落了空。

    ## 示例
    “联系电话：0755-1234567890”（号码部分10位）；“联系电话：1381234567”（手机少一位）。

    ## 如何修复
    核对号码，补全或删去多余的数字。
    """

    code = "NL401"
    name = "phone-invalid"
    severity = Severity.ERROR
    message = {"zh": "“{number}”不是有效的电话号码（固定电话为区号加7～8位号码，手机为11位）",
               "en": "“{number}” is not a valid phone number (area code + 7–8 digits, or an 11-digit mobile)"}

    def check(self, notice, ctx):
        if not notice.is_notice:
            return
        for phone in contact_phones(notice):
            if phone.kind == INVALID:
                yield self.diagnostic(ctx, phone.start, phone.end, number=notice.original(phone.start, phone.end))
