from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.entities import DOUBLE_QUOTES
from notelint.rules import DOCUMENT, Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.entities import Entity
    from notelint.model import Notice
    from notelint.rules import Context

# Markdown's own escapes: a Markdown draft writes them on purpose.
_MARKDOWN_ESCAPES = frozenset("&<>")
_DELETE = Localized("应删除", "delete it")


class HtmlEntity(Rule):
    """网页源码中的字符实体

    ## 检查什么
    从网页源码复制正文时留下的 HTML 字符实体：“&nbsp;”“&amp;”“&lt;”“&quot;”
    “&#12288;”“&#x3000;”等，命名实体（以 HTML5 的实体表为准）和数字实体都在内，
    连同二次转义的“&amp;nbsp;”（算一处）和分号变成全角的“&nbsp；”。
    “A&B公司”“&foo;”这类不是实体的“&”不报告。Markdown 稿件中的“&amp;”
    “&lt;”“&gt;”是 Markdown 自己的转义写法，不报告。

    同一个实体连写（缩进用的“&emsp;&emsp;”）合为一处报告、一并修复。
    一个实体只报告一次：其他规则读到的是实体修复后的样子（“&nbsp;”在汉字之间
    读作无，“&amp;”读作“&”），“&nbsp;”的分号不会被当作半角分号（NL505），
    “&nbsp;，”也不会被当作重复标点（NL506）；其他规则的修复若落在实体上，
    总是替换整个实体，不会从实体中间改动。

    ## 为什么
    实体是网页源码，不是文字；发布出去读者看到的就是“&nbsp;”这样的乱码，
    也暴露了稿件是从网页源码复制的。

    ## 示例
    “已修订制度46条&nbsp;，逐条明确责任”；“A&amp;B科技有限公司”；
    “&#12288;&#12288;一、党委履行巡察整改主体责任情况”。

    ## 如何修复
    改为实体所代表的字符：“&amp;”改为“&”，“&lt;”改为“<”，“&mdash;”改为“—”，
    “&#44;”在中文里改为“，”。空白类实体（&nbsp; &ensp; &emsp; &thinsp;）在两个
    西文字母或数字之间改为一个空格（连着几个只留一个），其他位置删除；“&#12288;”
    （全角空格）用于缩进时改为全角空格，夹在两个汉字之间时删除；零宽字符和控制
    字符删除。“&quot;”“&ldquo;”等双引号与同一行的直引号一起配对（见 NL505），
    改为“”或‘’；无法配对时不给修复。代表括号、单引号、占位符号（× 〇 □）、换行、
    西文字母数字或只属于繁体、简体之一的字的实体，改动可能造成新的问题，只给
    不安全修复（--unsafe-fixes），需确认后应用。

    ## 选项
    无。

    ## 数据来源
    命名实体的含义取自 Python 标准库 html.entities.html5（WHATWG HTML 标准的实体表）。
    """

    doc_en = """## What it checks
    HTML character entities left from copying the text out of web page source: "&nbsp;",
    "&amp;", "&lt;", "&quot;", "&#12288;", "&#x3000;" and so on, named entities (as in HTML5's
    entity table) and numeric ones alike, including the doubly escaped "&amp;nbsp;" (one
    finding) and "&nbsp；" with a full-width semicolon. An "&" that is not an entity, as in
    "A&B公司" or "&foo;", is not reported. In Markdown drafts, "&amp;", "&lt;" and "&gt;" are
    Markdown's own escapes and are not reported.

    A run of the same entity (``&emsp;&emsp;`` indenting a line) is one finding with one fix.
    Each entity is reported once: the other rules read the text as the entity's fix leaves it
    ("&nbsp;" between Chinese characters reads as nothing, "&amp;" as "&"), so the semicolon of
    "&nbsp;" is not taken for a half-width semicolon (NL505), nor "&nbsp;，" for repeated
    punctuation (NL506); when another rule's fix falls on an entity, it always replaces the
    whole entity and never edits inside it.

    ## Why
    An entity is web page source, not text; published, readers see garbage such as "&nbsp;",
    and it shows the draft was copied from page source.

    ## Example
    "已修订制度46条&nbsp;，逐条明确责任"; "A&amp;B科技有限公司";
    "&#12288;&#12288;一、党委履行巡察整改主体责任情况".

    ## How to fix
    Write the character the entity stands for: "&amp;" becomes "&", "&lt;" becomes "<",
    "&mdash;" becomes "—", and "&#44;" in Chinese text becomes "，". Whitespace entities (&nbsp;
    &ensp; &emsp; &thinsp;) between two Latin letters or digits become one space (several in a
    row leave one), and are deleted elsewhere; "&#12288;" (full-width space) becomes a full-width
    space when used for indentation and is deleted between two Chinese characters; zero-width
    and control characters are deleted. "&quot;", "&ldquo;" and the other double-quote entities
    pair up with the straight quotes of the same line (see NL505) and become “” or ‘’; when they
    cannot be paired there is no fix. Entities for brackets, single quotes, placeholder signs
    (× 〇 □), line breaks, Latin letters and digits, or characters that exist only in traditional
    or only in simplified script could cause new problems when replaced, and get only an unsafe
    fix (--unsafe-fixes), to be confirmed before applying.

    ## Options
    None.

    ## Data source
    The meaning of named entities comes from Python's standard library html.entities.html5
    (the entity table of the WHATWG HTML standard).
    """

    code = "NL512"
    name = "html-entity"
    severity = Severity.ERROR
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {"zh": "网页源码中的字符实体“{entity}”，{action}", "en": "HTML character reference “{entity}”: {action}"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        references = notice.normalized.entities
        if not references:
            return
        text = notice.source.text
        markdown = notice.source.path.lower().endswith(".md")
        quotes = {
            quote.start: mark
            for group in notice.straight_quotes
            if group.marks is not None
            for quote, mark in zip(group.quotes, group.marks)
            if quote.entity
        }
        run: list[
            tuple[Entity, Fix | None]
        ] = []  # one finding per run of the same reference (&emsp;&emsp; indenting a line)
        for entity in references:
            if markdown and entity.decoded in _MARKDOWN_ESCAPES:
                continue
            if entity.decoded in DOUBLE_QUOTES:
                fix = Fix.safe(Edit(entity.start, entity.end, quotes[entity.start])) if entity.start in quotes else None
            elif entity.replacement is not None:
                fix = Fix.safe(Edit(entity.start, entity.end, entity.replacement))
            else:
                fix = Fix.unsafe(Edit(entity.start, entity.end, entity.decoded))
            if run and not _continues(run[-1], entity, fix, text):
                yield self._finding(ctx, run, text)
                run = []
            run.append((entity, fix))
        if run:
            yield self._finding(ctx, run, text)

    def _finding(self, ctx: Context, run: list[tuple[Entity, Fix | None]], text: str) -> Diagnostic:
        start, end = run[0][0].start, run[-1][0].end
        fixes = [fix for _, fix in run]
        # A run shares its first reference's fix, or has none (see _continues).
        edits = tuple(f.edits[0] for f in fixes if f is not None)
        fix = None if fixes[0] is None else Fix(fixes[0].applicability, edits)
        return self.diagnostic(
            ctx, start, end, fix=fix, in_source=True, entity=text[start:end], action=_action(fixes[0])
        )


def _continues(last: tuple[Entity, Fix | None], entity: Entity, fix: Fix | None, text: str) -> bool:
    """Whether ``entity`` repeats the reference just before it, with the same fix."""
    previous, previous_fix = last
    if previous.end != entity.start or text[previous.start : previous.end] != text[entity.start : entity.end]:
        return False
    if previous_fix is None or fix is None:
        return False
    return (
        previous_fix.applicability is fix.applicability
        and previous_fix.edits[0].replacement == fix.edits[0].replacement
    )


def _action(fix: Fix | None) -> Localized:
    if fix is None:
        return Localized(
            "应改为弯引号，但同一行的直引号无法配对，须手工确定",
            "write a curly quote; the straight quotes of its line do not pair, so decide by hand",
        )
    replacement = fix.edits[0].replacement
    if not replacement:
        return _DELETE
    shown = {" ": "空格", "\u3000": "全角空格"}.get(replacement, f"“{replacement}”")
    shown_en = {" ": "a space", "\u3000": "an ideographic space"}.get(replacement, f"“{replacement}”")
    if fix.applicability is Applicability.UNSAFE:
        return Localized(f"它代表{shown}，请确认后改正", f"it stands for {shown_en}: check and replace it")
    return Localized(f"应改为{shown}", f"write {shown_en}")
