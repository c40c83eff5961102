from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Localized, Rule
from notelint.suppressions import unused

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context
    from notelint.suppressions import Suppression


class UnusedSuppression(Rule):
    """没有起作用的 notelint 指令

    ## 检查什么
    Markdown 注释（`<!-- notelint-disable NL505 -->`、`<!-- notelint-disable-next-line NL303 -->`）
    或 Word 批注（`notelint-disable NL303`）中的指令没有抑制任何问题，或写了不存在的规则代码。

    ## 为什么
    问题改好以后，留下的指令会在将来悄悄掩盖新的同类问题；写错的代码则根本不起作用。

    ## 示例
    `<!-- notelint-disable-next-line NL303 -->` 下一行的日期早已改正，指令还在。

    ## 如何修复
    删除该指令，或改正其中的规则代码。本规则在其他规则全部运行之后计算。
    """

    doc_en = """## What it checks
    A directive in a Markdown comment (`<!-- notelint-disable NL505 -->`,
    `<!-- notelint-disable-next-line NL303 -->`) or a Word comment (`notelint-disable NL303`)
    that suppresses nothing, or that names a rule code that does not exist.

    ## Why
    Once a problem is fixed, a leftover directive will one day silently hide a new problem of
    the same kind; a miswritten code has no effect at all.

    ## Example
    `<!-- notelint-disable-next-line NL303 -->` is still there though the date on the next line
    was corrected long ago.

    ## How to fix
    Delete the directive, or correct its rule code. This rule is computed after all the other
    rules have run.
    """

    code = "NL901"
    name = "unused-suppression"
    severity = Severity.WARNING
    scope = DOCUMENT
    message = {"zh": "指令“{directive}”{what}", "en": "directive “{directive}” {what}"}

    def check(self, notice: Notice, ctx: Context) -> Iterable[Diagnostic]:
        # Whether a directive suppressed anything is known only after every
        # other rule ran: the engine calls ``report`` then.
        return ()

    def report(
        self, ctx: Context, suppressions: Iterable[Suppression], known_codes: Collection[str]
    ) -> Iterator[Diagnostic]:
        """NL901 diagnostics (source offsets) for the directives that did nothing."""
        for suppression in suppressions:
            for code in unused(suppression, known_codes):
                if not code:
                    what = Localized("没有抑制任何问题", "suppressed nothing")
                elif code not in known_codes:
                    what = Localized(f"中的 {code} 不是已知的规则代码", f"names an unknown rule code {code}")
                else:
                    what = Localized(f"中的 {code} 没有抑制任何问题", f"suppressed no {code} finding")
                yield self.diagnostic(
                    ctx,
                    suppression.comment_start,
                    suppression.comment_end,
                    directive=suppression.text,
                    what=what,
                    in_source=True,
                )
