from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from notelint import lexer as kinds
from notelint.dates import cited_spans, outside
from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Localized, Rule

from ._common import block_ranges, body_blocks_holding

if TYPE_CHECKING:
    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

SPAN_MARK, NUMBER_MARK = "—", "～"
SPAN = Localized("时间段", "a span of time")
NUMBERS = Localized("数值范围", "a numeric range")

# 6-8秒, 3-5年, 1-3月, 2020-2022年: two numbers joined by a hyphen before a unit.
# Neither number may look like part of a phone number (a leading 0, seven digits).
# The unit is one of these words or any Han character; the pattern takes any
# character there and _numeric_ranges keeps the Han ones (a class of the
# 20,992 characters U+4E00–U+9FFF costs a millisecond to compile). Nothing is
# lost: the two numbers have one reading, and no range starts inside them.
# The pattern opens with the first digit, its look-arounds after it (one
# character further back): a pattern that begins with a set of characters
# lets the regex engine skip to the next of them in a tight loop, where one
# that begins with a look-behind is tried at every character of the block.
NUMERIC_RANGE = re.compile(
    r"(?P<low>\d(?<![A-Za-z0-9_.\-/].)(?!(?<=0)\d)\d{0,5}(?:\.\d+)?)-(?P<high>\d{1,6}(?:\.\d+)?)(?![\d.\-])"
    r"(?P<unit>%|分钟|小时|公里|平方米|万元|亿元|个月|个工作日|工作日|.)"
)
YEAR = re.compile(r"(?:19|20)\d{2}")
# A standard's number is a code, not a range: GB/T 9704-2012, ISO 9001-2015.
_STANDARD_CODE = re.compile(r"[A-Za-z]{2,}(?:/[A-Za-z]{1,2})?[ \t]?$")
_CODE_REACH = 8


def _numeric_ranges(text: str, start: int, end: int) -> Iterator[re.Match]:
    for found in NUMERIC_RANGE.finditer(text, start, end):
        unit = found.group("unit")
        if not (len(unit) > 1 or unit == "%" or "\u4e00" <= unit <= "\u9fff"):
            continue
        if _STANDARD_CODE.search(text, max(start, found.start() - _CODE_REACH), found.start()):
            continue
        yield found


def _is_time_span(found: re.Match) -> bool:
    """1-3月 and 2020-2022年 are spans of time; 3-5年 (a duration) is a number range."""
    unit = found.group("unit")
    return unit in ("月", "日") or (unit == "年" and bool(YEAR.fullmatch(found.group("low"))))


class RangeMark(Rule):
    """范围用了连字符

    ## 检查什么
    用连字符“-”连接的范围：时间段应用一字线“—”（“2022年12月—2023年1月”
    “2020—2022年”“1—3月”），数值范围应用浪纹线“～”（“6～8秒”“3～5年”）。
    电话号码、网址、邮箱和标准编号（“GB/T 9704-2012”）中的“-”不报告；联系方式和书名号内的
    文件标题不检查。

    ## 为什么
    GB/T 15834—2011 规定标示时间、地域的起止用一字线，标示数值范围用浪纹线；
    连字符只用于连接号码、代号等。

    ## 示例
    “2022年12月-2023年1月”→“2022年12月—2023年1月”；“6-8秒”→“6～8秒”。

    ## 如何修复
    自动修复（安全）把连字符换成相应的标号。
    """

    doc_en = """## What it checks
    Ranges joined with a hyphen "-": periods of time take the em dash "—" ("2022年12月—2023年1月",
    "2020—2022年", "1—3月"), and ranges of values take the wave dash "～" ("6～8秒", "3～5年").
    A "-" in telephone numbers, web addresses, email addresses and standard numbers
    ("GB/T 9704-2012") is not reported; contact
    details and document titles in title marks are not checked.

    ## Why
    GB/T 15834—2011 (General rules for punctuation) marks the start and end of times and places
    with the em dash and ranges of values with the wave dash; the hyphen only joins numbers,
    codes and the like.

    ## Example
    "2022年12月-2023年1月" → "2022年12月—2023年1月"; "6-8秒" → "6～8秒".

    ## How to fix
    The fix (safe) replaces the hyphen with the right mark.
    """

    code = "NL309"
    name = "range-mark"
    severity = Severity.WARNING
    fix = Applicability.SAFE
    message = {
        "zh": "{kind}“{text}”中的连字符应改为“{mark}”",
        "en": "use “{mark}” instead of the hyphen in {kind} “{text}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        for block in body_blocks_holding(notice, "-"):  # every range reported here is joined by a hyphen
            if block.kind == kinds.CONTACT:
                continue
            cited = cited_spans(text, block.start, block.end)
            found = []  # (range start, range end, hyphen offset, is a time span)
            for date_range in block_ranges(notice, block):
                if text[date_range.joiner_start : date_range.joiner_end] == "-":
                    found.append((date_range.first.start, date_range.second.end, date_range.joiner_start, True))
            for numbers in _numeric_ranges(text, block.start, block.end):
                found.append((numbers.start(), numbers.end(), numbers.end("low"), _is_time_span(numbers)))
            for start, end, hyphen, time_span in sorted(found):
                if outside(cited, start, end):
                    mark = SPAN_MARK if time_span else NUMBER_MARK
                    yield self.diagnostic(
                        ctx,
                        start,
                        end,
                        fix=Fix.safe(Edit(hyphen, hyphen + 1, mark)),
                        kind=SPAN if time_span else NUMBERS,
                        text=notice.original(start, end),
                        mark=mark,
                    )
