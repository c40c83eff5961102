from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.dates import Style, cited_spans, outside
from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Localized, Rule

from ._common import dated_body_blocks

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

PROBLEMS = {
    Style.NUMERIC: Localized("用了数字分隔格式", "written with separators"),
    Style.CHINESE: Localized("用了汉字数字", "written in Chinese numerals"),
    Style.SHORT_YEAR: Localized("年份不全", "with a two-digit year"),
}
PADDED = Localized("月、日前多了“0”", "with a leading zero")


class DateFormat(Rule):
    """日期写法不规范

    ## 检查什么
    正文中的日期应写作“2023年4月13日”：阿拉伯数字、年份写全、月日不加“0”。
    报告“2023-04-13”“2023.4.13”“2023/4/13”“二〇二三年四月十三日”“23年4月”
    “2023年04月05日”。网页信息行（“发布日期：2025-04-23”）不是正文，不报告；
    书名号内引用的文件标题照原样，不报告。

    ## 为什么
    GB/T 9704—2012 规定成文日期用阿拉伯数字将年、月、日标全，年份应标全称，
    月、日不编虚位；GB/T 15835—2011 对正文中的日期也作同样要求。

    ## 示例
    “于2023-04-13召开专题会议” → “于2023年4月13日召开专题会议”。

    ## 如何修复
    自动修复（安全）改写为标准形式。
    """

    doc_en = """## What it checks
    Dates in the body should be written as "2023年4月13日": Arabic numerals, the year in full,
    no leading "0" in month or day. Reported: "2023-04-13", "2023.4.13", "2023/4/13",
    "二〇二三年四月十三日", "23年4月", "2023年04月05日". Web page information lines
    ("发布日期：2025-04-23", publication date) are not body text and are not reported; document
    titles quoted in title marks (书名号) are kept as they are and not reported.

    ## Why
    GB/T 9704—2012 (Layout key for official documents of Party and government organs) requires
    the date of writing in Arabic numerals with year, month and day all given, the year in
    full, and no padding zeros in month and day; GB/T 15835—2011 (General rules for writing
    numerals in publications) asks the same of dates in the body.

    ## Example
    "于2023-04-13召开专题会议" → "于2023年4月13日召开专题会议".

    ## How to fix
    The fix (safe) rewrites the date in the standard form.
    """

    code = "NL302"
    name = "date-format"
    severity = Severity.WARNING
    fix = Applicability.SAFE
    message = {
        "zh": "日期“{date}”{problem}，应写作“{standard}”",
        "en": "the date “{date}” is {problem}; write “{standard}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        for block, dates in dated_body_blocks(notice):
            for mention in dates:
                problem = PROBLEMS.get(mention.style) or (PADDED if mention.padded else None)
                if problem is None:
                    continue  # most dates
                standard = mention.standard()
                if standard is None or not outside(
                    cited_spans(text, block.start, block.end), mention.start, mention.end
                ):
                    continue
                yield self.diagnostic(
                    ctx,
                    mention.start,
                    mention.end,
                    fix=Fix.safe(Edit(mention.start, mention.end, standard)),
                    date=notice.original(mention.start, mention.end),
                    problem=problem,
                    standard=standard,
                )
