import unicodedata

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.normalize import script_set
from notelint.rules import Localized, Rule

from ._quotes import DOUBLE_QUOTES, quote_groups
from ._text import CLOSERS, FULL_WIDTH, OPENERS

# Markdown's own escapes: a Markdown draft writes them on purpose.
_MARKDOWN_ESCAPES = frozenset("&<>")
# Characters a reference may safely turn into as they are: nothing reacts to
# them where a Chinese text has them.
_ASCII_KEPT = frozenset("&<>'")
# What a decoded reference must not silently become: brackets and quotes (a
# pair may break), placeholder marks (NL508's), line breaks (the layout moves).
_UNSURE = frozenset("()[]{}" + "".join(OPENERS) + "".join(CLOSERS) + "’”（）×〇○□＊Ｘ*Xx"
                    "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_DELETE = Localized("应删除", "delete it")


def _is_space(char: str) -> bool:
    return char.isspace() and char not in _UNSURE


def _ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


class HtmlEntity(Rule):
    """网页源码中的字符实体

    ## 检查什么
    从网页源码复制正文时留下的 HTML 字符实体：“&nbsp;”“&amp;”“&lt;”“&quot;”
    “&#12288;”“&#x3000;”等，命名实体（以 HTML5 的实体表为准）和数字实体都在内，
    连同二次转义的“&amp;nbsp;”（算一处）和分号变成全角的“&nbsp；”。
    “A&B公司”“&foo;”这类不是实体的“&”不报告。Markdown 稿件中的“&amp;”
    “&lt;”“&gt;”是 Markdown 自己的转义写法，不报告。

    一个实体只报告一次：检查其他规则之前，实体已从分析文本中去掉，
    “&nbsp;”的分号不会再被当作半角分号（NL505）或重复标点（NL506）。

    ## 为什么
    实体是网页源码，不是文字；发布出去读者看到的就是“&nbsp;”这样的乱码，
    也暴露了稿件是从网页源码复制的。

    ## 示例
    “已修订制度46条&nbsp;，逐条明确责任”；“A&amp;B科技有限公司”；
    “&#12288;&#12288;一、党委履行巡察整改主体责任情况”。

    ## 如何修复
    改为实体所代表的字符：“&amp;”改为“&”，“&#12288;”改为全角空格，
    “&ldquo;”改为“”“”，“&#44;”在中文里改为“，”。空白类实体（&nbsp; &ensp; &emsp;
    &thinsp;）在两个西文字母或数字之间改为一个空格，其他位置删除；零宽字符和控制
    字符删除。“&quot;”与同一行的直引号一起配对（见 NL505），改为“”或‘’；
    无法配对时不给修复。代表括号、引号、占位符号（× 〇 □）、换行或西文字母数字
    的实体，改动可能造成新的问题，只给不安全修复，需确认后应用。

    ## 数据来源
    命名实体的含义取自 Python 标准库 html.entities.html5（WHATWG HTML 标准的实体表）。
    """

    code = "NL512"
    name = "html-entity"
    severity = Severity.ERROR
    fix = Applicability.SAFE
    message = {"zh": "网页源码中的字符实体“{entity}”，{action}", "en": "HTML character reference “{entity}”: {action}"}

    def check(self, notice, ctx):
        references = notice.normalized.entities
        if not references:
            return
        text = notice.source.text
        markdown = notice.source.path.lower().endswith(".md")
        quotes = {quote.start: mark for group in quote_groups(notice) if group.marks is not None
                  for quote, mark in zip(group.quotes, group.marks) if quote.entity}
        to_analysis, analysis = notice.normalized.offsets.to_analysis, notice.text
        previous_end, previous_space = -1, False
        for entity in references:
            if markdown and entity.decoded in _MARKDOWN_ESCAPES:
                continue
            point = to_analysis(entity.start)  # where the reference was, between two analysis characters
            around = (analysis[point - 1:point], analysis[point:point + 1])
            follows_space = previous_space and previous_end == entity.start
            if entity.decoded in DOUBLE_QUOTES:
                fix = Fix.safe(Edit(entity.start, entity.end, quotes[entity.start])) if entity.start in quotes else None
            else:
                fix = _fix(entity.start, entity.end, entity.decoded, around, follows_space)
            previous_end, previous_space = entity.end, _is_space(entity.decoded)
            yield self.diagnostic(ctx, entity.start, entity.end, fix=fix, in_source=True,
                                  entity=text[entity.start:entity.end], action=_action(fix, entity.decoded))


def _fix(start: int, end: int, decoded: str, around: tuple[str, str], follows_space: bool) -> Fix:
    """What the reference becomes (see the rule's doc)."""
    between_words = all(map(_ascii_word, around))
    if decoded == "\u3000":
        return Fix.safe(Edit(start, end, decoded))
    if _is_space(decoded):
        return Fix.safe(Edit(start, end, " " if between_words and not follows_space else ""))
    if len(decoded) == 1 and unicodedata.category(decoded) in ("Cc", "Cf") and decoded not in _UNSURE:
        return Fix.safe(Edit(start, end))  # invisible: stands for nothing
    if decoded in FULL_WIDTH and decoded not in "()":
        return Fix.safe(Edit(start, end, decoded if between_words else FULL_WIDTH[decoded]))
    unsure = (any(char in _UNSURE for char in decoded)
              or any(char.isascii() and char not in _ASCII_KEPT for char in decoded)
              or not script_set("traditional").isdisjoint(decoded) or not script_set("simplified").isdisjoint(decoded))
    return (Fix.unsafe if unsure else Fix.safe)(Edit(start, end, decoded))


def _action(fix: Fix | None, decoded: str) -> Localized:
    if fix is None:
        return Localized("应改为弯引号，但同一行的直引号无法配对，须手工确定",
                         "write a curly quote; the straight quotes of its line do not pair, so decide by hand")
    replacement = fix.edits[0].replacement
    if not replacement:
        return _DELETE
    shown = {" ": "空格", "\u3000": "全角空格"}.get(replacement, f"“{replacement}”")
    shown_en = {" ": "a space", "\u3000": "an ideographic space"}.get(replacement, f"“{replacement}”")
    if fix.applicability is Applicability.UNSAFE:
        return Localized(f"它代表{shown}，请确认后改正", f"it stands for {shown_en}: check and replace it")
    return Localized(f"应改为{shown}", f"write {shown_en}")
