from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# Issuing body + 关于 + subject naming the rectification + 的通报.
WELL_FORMED = re.compile(r"^\S{2,}?关于\S*整改\S*情况的通报$")


class TitleFormat(Rule):
    """标题格式不规范

    ## 检查什么
    通报标题应由发文机关、事由和文种组成：“中共某某市某某局委员会关于市委巡察整改
    进展情况的通报”。缺发文机关、缺“关于”、事由不提整改情况或文种不是“的通报”时报告。
    没有标题行的稿件不报告（很多转载稿没有标题）。Word 导出时拆成两三行的标题
    （发文机关 / 关于…的 / 通报）作为一个标题检查；网页在页面标题下重复的标题只检查第一个。

    ## 为什么
    GB/T 9704—2012 规定公文标题由发文机关名称、事由和文种组成。

    ## 示例
    “巡察整改进展情况”（缺发文机关和文种）；“市某某局关于巡察整改工作的报告”（文种不对）。

    ## 如何修复
    改为“发文机关＋关于…整改进展情况＋的通报”的形式。
    """

    doc_en = """## What it checks
    A notice's title should consist of the issuing body, the subject and the document type:
    "中共某某市某某局委员会关于市委巡察整改进展情况的通报". Reported: no issuing body, no "关于"
    (on), a subject that does not mention the progress of rectification, or a document type
    other than "的通报" (notice). A draft without a title line is not reported (many reposts have
    none). A title split over two or three lines by a Word export (issuing body / 关于…的 / 通报)
    is checked as one title; when a web page repeats the title below the page title, only the
    first is checked.

    ## Why
    GB/T 9704—2012 prescribes titles of official documents made of the issuing body's name,
    the subject and the document type.

    ## Example
    "巡察整改进展情况" (no issuing body and no document type); "市某某局关于巡察整改工作的报告"
    (the wrong document type).

    ## How to fix
    Use the form "issuing body + 关于…整改进展情况 + 的通报".
    """

    code = "NL116"
    name = "title-format"
    severity = Severity.WARNING
    message = {
        "zh": "标题应为“发文机关＋关于…整改…情况＋的通报”",
        "en": "the title should be issuing body + 关于…整改…情况 + 的通报",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        title = notice.title
        if title is not None and not WELL_FORMED.match("".join(title.text.split())):
            yield self.diagnostic(ctx, title.start, title.end)
