from __future__ import annotations

from typing import TYPE_CHECKING

from notelint import lexer as kinds
from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.residue import is_page_number, widget_pattern
from notelint.rules import DOCUMENT, Localized, Rule

from ._text import whole_line

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

_WEB_PAGE = Localized("网页残留", "web page residue")
_PAGE_NUMBER = Localized("页码残留", "a page number left by an export")


class WebResidue(Rule):
    """网页残留

    ## 检查什么
    从网页复制正文时带进来的页面元素：整行的“手机扫一扫打开当前界面”“分享到”
    “浏览次数：1024”“当前位置：首页 > …”，以及行内的“【打印正文】”“【关闭窗口】”
    “【字体：大 中 小】”等按钮文字。清单是数据文件（notelint/data/web-residue.txt），可补充。
    Word、PDF 导出的文本里夹在页与页之间的页码行（“— 3 —”“第3页 共12页”）也是残留，
    同样报告。

    ## 为什么
    这些文字不是通报的内容，发布出去显得粗糙，也暴露了稿件是从网页复制的。

    ## 示例
    落款日期之后一行“手机扫一扫打开当前界面”；正文末尾“【打印正文】【关闭窗口】”。

    ## 如何修复
    删除。自动修复删除整行（连同换行）或行内的按钮文字。
    """

    doc_en = """## What it checks
    Page elements brought along when the text was copied from a web page: whole lines such as
    "手机扫一扫打开当前界面" (scan with your phone to open this page), "分享到" (share to),
    "浏览次数：1024" (views), "当前位置：首页 > …" (you are here: home > …), and button labels
    within a line such as "【打印正文】" (print), "【关闭窗口】" (close window) and
    "【字体：大 中 小】" (font size: large medium small). The list is a data file
    (notelint/data/web-residue.txt) and can be extended. Page-number lines that text exported
    from Word or PDF leaves between pages ("— 3 —", "第3页 共12页", page 3 of 12) are residue
    too, and reported the same way.

    ## Why
    This text is not part of the notice; published, it looks sloppy and shows the draft was
    copied from a web page.

    ## Example
    A line "手机扫一扫打开当前界面" after the date in the signature; "【打印正文】【关闭窗口】" at the
    end of the body.

    ## How to fix
    Delete it. The fix deletes the whole line (with its line break) or the button labels within
    the line.
    """

    code = "NL501"
    name = "web-residue"
    severity = Severity.ERROR
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {"zh": "{kind}“{residue}”，应删除", "en": "{kind} “{residue}”: delete it"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        widgets = "【" in text  # every widget is bracketed: most texts have none
        for block in notice.blocks:
            if block.kind == kinds.RESIDUE:
                start, end = whole_line(text, block.start, block.end)
                residue = notice.original(block.start, block.end)
                yield self.diagnostic(
                    ctx,
                    block.start,
                    block.end,
                    fix=Fix.safe(Edit(start, end)),
                    residue=residue,
                    kind=_PAGE_NUMBER if is_page_number(residue) else _WEB_PAGE,
                )
                continue
            if not widgets:
                continue
            for widget in widget_pattern().finditer(text, block.start, block.end):
                yield self.diagnostic(
                    ctx,
                    widget.start(),
                    widget.end(),
                    fix=Fix.safe(Edit(*widget.span())),
                    residue=notice.original(*widget.span()),
                    kind=_WEB_PAGE,
                )
