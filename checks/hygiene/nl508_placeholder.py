from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.placeholders import find_placeholders
from notelint.rules import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class Placeholder(Rule):
    """草稿占位符

    ## 检查什么
    起草时留下的占位符：“X月X日”“×月×日”“**日”“〇月〇日”“□□”“〇〇”“XXX”
    “20XX年”“0755-XXXXXXXX”“××”“某某”“【待补充】”“（此处补充整改成效）”“TODO”。
    不报告：“二〇二三年”里的“〇”（是数字，日期写法归 NL302）；姓氏后的“某某”
    （“王某某”是通报隐去姓名的写法）；型号、单词里的 X（“X射线”“Excel”）。
    联系电话、邮政编码、电子邮箱写成占位符时只报告这一处，不再报告号码、邮编、
    邮箱无效（NL401～NL404）。不是通报的文档（模板等，NL100）不报告：占位符就是模板的内容。

    ## 为什么
    占位符说明还有内容没写完；一旦发布，就是明显的差错。

    ## 示例
    “于X月X日召开专题会议”；“联系电话：XXX”。

    ## 如何修复
    填上实际内容，或删去这句话。
    """

    doc_en = """## What it checks
    Placeholders left from drafting: "X月X日", "×月×日", "**日", "〇月〇日", "□□", "〇〇", "XXX",
    "20XX年", "0755-XXXXXXXX", "××", "某某", "【待补充】" (to be added), "（此处补充整改成效）"
    (add rectification results here), "TODO". Not reported: the "〇" of "二〇二三年" (a digit;
    how dates are written belongs to NL302); "某某" after a surname ("王某某" is how notices
    withhold a name); X in model numbers and words ("X射线", "Excel"). A telephone number,
    postcode or email address written as a placeholder is reported only here, not again as an
    invalid number, postcode or address (NL401–NL404). A document that is not a notice
    (a template and the like, NL100) is not reported: placeholders are what a template holds.

    ## Why
    A placeholder means something is still unwritten; once published, it is an obvious error.

    ## Example
    "于X月X日召开专题会议"; "联系电话：XXX".

    ## How to fix
    Fill in the real content, or delete the sentence.
    """

    code = "NL508"
    name = "placeholder"
    severity = Severity.ERROR
    message = {"zh": "草稿占位符“{text}”未替换", "en": "draft placeholder “{text}” left in"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        for match in find_placeholders(notice.text):
            yield self.diagnostic(ctx, match.start(), match.end(), text=notice.original(*match.span()))
