from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.phones import INVALID, WRONG_LENGTH, WRONG_SEPARATOR
from notelint.regions import regions
from notelint.rules import Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class PhoneInvalid(Rule):
    """电话号码无效

    ## 检查什么
    联系方式中的电话、传真号码既不是固定电话（区号加7～8位号码，如
    “0755-12345678”“（0755）12345678”“075512345678”），也不是11位手机号码或
    服务号码（如“12388”）。一个字段列出几个号码时逐个检查；括号里的说明、
    办公时间和分机号（“转801”“-801”）不算号码。

    还检查两种写错的固定电话，各报告一次：
    - 号码位数与区号不符：三位区号（010、020～029）和已升为8位的城市（如0755深圳、
      0769东莞、0512苏州）的本地号码是8位，写成7位即报告。其他四位区号7位、8位都有，
      不报告位数。
    - 区号与号码之间用了破折号、连接号或波浪线（“0739—5123456”“0739～5123456”），
      应为连字符“-”。

    号码写成占位符（“0739-XXXXXXX”）时只由 NL508 报告。

    ## 为什么
    号码位数不对，群众就打不通，公开征求意见也就落了空。

    ## 示例
    “联系电话：0755-1234567890”（号码部分10位）；“联系电话：1381234567”（手机少一位）；
    “联系电话：010-1234567”（北京的号码是8位）；“联系电话：0739—5123456”。

    ## 如何修复
    核对号码，补全或删去多余的数字。分隔符写错（且位数无误）时，自动修复把它改为“-”。

    ## 数据来源
    区号和各地本地号码的位数见 notelint/data/area-codes.tsv（工业和信息化部
    《电信网编号计划（2017年版）》及各地升位公告），只收确知已全部升为8位的城市。
    """

    doc_en = """## What it checks
    A telephone or fax number in the contact details that is neither a landline (area code plus
    a 7- or 8-digit number, as in "0755-12345678", "（0755）12345678", "075512345678") nor an
    11-digit mobile number or a service number (such as "12388"). When a field lists several
    numbers, each is checked; explanations in brackets, office hours and extensions ("转801",
    "-801") are not numbers.

    Two kinds of miswritten landline are also checked, each reported once:
    - a number whose length does not fit its area code: local numbers are 8 digits under the
      three-digit area codes (010, 020–029) and in cities that have moved to 8 digits (such as
      0755 Shenzhen, 0769 Dongguan, 0512 Suzhou), and 7 digits there are reported. Other
      four-digit area codes have both 7- and 8-digit numbers, and their length is not reported.
    - a dash, en dash or wave dash between area code and number ("0739—5123456",
      "0739～5123456") where it should be the hyphen "-".

    A number written as a placeholder ("0739-XXXXXXX") is reported only by NL508.

    ## Why
    With the wrong number of digits the public cannot get through, and the call for opinions
    comes to nothing.

    ## Example
    "联系电话：0755-1234567890" (10 digits after the area code); "联系电话：1381234567" (a mobile
    number one digit short); "联系电话：010-1234567" (Beijing numbers have 8 digits);
    "联系电话：0739—5123456".

    ## How to fix
    Check the number, and add the missing digits or remove the extra ones. When only the
    separator is wrong (and the digits are right), the fix replaces it with "-".

    ## Data source
    Area codes and the length of local numbers: notelint/data/area-codes.tsv (from the Ministry
    of Industry and Information Technology's 《电信网编号计划（2017年版）》 (telecommunication
    network numbering plan, 2017 edition) and local announcements of the move to 8 digits); only
    cities known to have moved entirely to 8 digits are listed.
    """

    code = "NL401"
    name = "phone-invalid"
    severity = Severity.ERROR
    fix = Applicability.SAFE
    message = {"zh": "“{number}”{problem}", "en": "“{number}” {problem}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for phone in notice.phones:
            if phone.kind not in (INVALID, WRONG_LENGTH, WRONG_SEPARATOR):
                continue
            fix, problems = None, []
            if phone.separator is not None:  # WRONG_SEPARATOR
                dash = notice.original(*phone.separator)
                problems.append(
                    Localized(
                        f"区号与号码之间的“{dash}”应为连字符“-”",
                        f"has “{dash}” between the area code and the number: write a hyphen “-”",
                    )
                )
                if phone.wrong_length is None:
                    fix = Fix.safe(Edit(*phone.separator, "-"))
            if phone.wrong_length is not None:
                problems.append(_length(*phone.wrong_length))
            if phone.kind == INVALID:
                problems.append(
                    Localized(
                        "不是有效的电话号码（固定电话为区号加7～8位号码，手机为11位）",
                        "is not a valid phone number (area code + 7–8 digits, or an 11-digit mobile)",
                    )
                )
            problem = Localized("；".join(p.zh for p in problems), "; ".join(p.en for p in problems))
            yield self.diagnostic(
                ctx, phone.start, phone.end, fix=fix, number=notice.original(phone.start, phone.end), problem=problem
            )


def _length(code: str, digits: int) -> Localized:
    expected = "或".join(map(str, regions().local_lengths(code)))
    city = regions().first_city.get(code)
    where = f"区号{code}（{city}）" if city else f"区号{code}"
    return Localized(
        f"位数不对：{where}的本地号码为{expected}位，这里是{digits}位",
        f"has the wrong length: local numbers under area code {code} have "
        f"{expected.replace('或', ' or ')} digits, this one {digits}",
    )
