from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

_NAMES = {
    "\u00a0": Localized("不换行空格", "no-break space"),
    "\u2007": Localized("不换行空格", "no-break space"),
    "\u202f": Localized("不换行空格", "no-break space"),
    "\u00ad": Localized("软连字符", "soft hyphen"),
    "\u200b": Localized("零宽空格", "zero-width space"),
    "\u200c": Localized("零宽不连字", "zero-width non-joiner"),
    "\u200d": Localized("零宽连字", "zero-width joiner"),
    "\u2060": Localized("零宽不换行符", "word joiner"),
    "\ufeff": Localized("字节顺序标记（BOM）", "byte order mark (BOM)"),
}
_CONTROL = Localized("控制字符", "control character")
_DIRECTION = Localized("文字方向控制符", "text direction mark")
# A no-break space stands for a space: it stays in the analysis text. The
# rest stand for nothing: the normaliser removed them (notelint.normalize.INVISIBLE).
_NO_BREAK_SPACES = "\u00a0\u2007\u202f"
_SPACES = re.compile(f"[{_NO_BREAK_SPACES}]")


class InvisibleCharacter(Rule):
    """不可见字符

    ## 检查什么
    零宽字符、不换行空格、软连字符、文字方向控制符、控制字符，以及正文中的
    BOM（U+FEFF）。文件开头的 BOM 属于编码，不报告。

    ## 为什么
    这些字符看不见，却会让查找、比对、分词出错，复制到网页或 Word 后可能
    显示成乱码或方框。多来自网页复制。

    ## 示例
    “巡察\u200b整改”中间夹着一个零宽空格。

    ## 如何修复
    删除；不换行空格改为普通空格。其他规则读到的是删去这些字符后的文字
    （“巡察\u200b整改”读作“巡察整改”），修复后它们的结论不变。
    """

    doc_en = """## What it checks
    Zero-width characters, no-break spaces, soft hyphens, text direction controls, control
    characters, and BOMs (U+FEFF) within the text. A BOM at the start of a file belongs to its
    encoding and is not reported.

    ## Why
    These characters cannot be seen, but they break searching, comparing and word segmentation,
    and after copying into a web page or Word they may show as garbage or boxes. They mostly come
    from copying web pages.

    ## Example
    A zero-width space inside "巡察\u200b整改".

    ## How to fix
    Delete them; a no-break space becomes an ordinary space. The other rules read the text with
    these characters removed ("巡察\u200b整改" reads as "巡察整改"), so their findings do not change
    after the fix.
    """

    code = "NL509"
    name = "invisible-character"
    severity = Severity.WARNING
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {"zh": "不可见字符 U+{code:04X}（{kind}）", "en": "invisible character U+{code:04X} ({kind})"}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.source.text
        for offset in notice.normalized.invisible:
            char = text[offset]
            kind = _NAMES.get(char) or (_DIRECTION if "\u200e" <= char <= "\u2069" else _CONTROL)
            yield self.diagnostic(
                ctx,
                offset,
                offset + 1,
                fix=Fix.safe(Edit(offset, offset + 1)),
                in_source=True,
                code=ord(char),
                kind=kind,
            )
        if not any(space in notice.text for space in _NO_BREAK_SPACES):
            return  # most drafts: found at C speed, where the regex tests every character
        for match in _SPACES.finditer(notice.text):
            yield self.diagnostic(
                ctx,
                match.start(),
                match.end(),
                fix=Fix.safe(Edit(*match.span(), " ")),
                code=ord(match.group()),
                kind=_NAMES[match.group()],
            )
