from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Localized, Rule

from ._catalog import EXTRA_OPTION, OPENING_QUOTES, hits, nested, written

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

# The verbs of the fixed pairings are two characters long.
_VERB_LENGTH = 2


class WrongPairing(Rule):
    """固定搭配的动词用错

    ## 检查什么
    有固定动词的表述配了别的表述的动词：“做到“两个确立””（应为“深刻领悟“两个确立”的
    决定性意义”）、“增强“两个维护””（应为“做到“两个维护””）、“坚定“四个意识””
    （应为“增强“四个意识””）。只看紧挨在表述（或它的引号）前面的动词，
    只报告数据中列出的误用动词，所以“坚定拥护”“坚决做到”“树牢”等写法不受影响。

    ## 为什么
    “深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护””
    是党中央文件的固定说法，动词张冠李戴是常见的政治性差错。

    ## 示例
    “坚决做到“两个确立”” 应为 “深刻领悟“两个确立”的决定性意义”。

    ## 如何修复
    换用固定搭配的动词（不安全修复：句子可能还要调整）。

    ## 选项
    `extra-data`：补充数据文件的路径（相对于配置文件），格式同内置文件。

    ## 数据来源与补充
    内置数据：notelint/data/formulations-pairings.tsv，一行一条，四列以制表符分隔：
    表述、固定搭配的动词（以“|”分隔）、误用的动词（以“|”分隔）、出处。
    没有出处的条目不收。
    """

    doc_en = """## What it checks
    A formulation with a fixed verb given the verb of another formulation: "做到“两个确立”" (should
    be "深刻领悟“两个确立”的决定性意义"), "增强“两个维护”" (should be "做到“两个维护”"),
    "坚定“四个意识”" (should be "增强“四个意识”"). Only the verb right before the formulation (or
    its quotation marks) is looked at, and only the wrong verbs listed in the data are reported,
    so wordings such as "坚定拥护", "坚决做到" and "树牢" are unaffected.

    ## Why
    "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”" is the
    fixed wording of the Party Central Committee's documents; swapping the verbs is a common
    political error.

    ## Example
    "坚决做到“两个确立”" should be "深刻领悟“两个确立”的决定性意义".

    ## How to fix
    Use the verb of the fixed pairing (an unsafe fix: the sentence may need other changes too).

    ## Options
    `extra-data`: the path of an extra data file (relative to the configuration file), in the
    same format as the built-in one.

    ## Data source
    Built in: notelint/data/formulations-pairings.tsv, one entry a line, four tab-separated
    columns: the formulation; its fixed verbs (separated by "|"); the wrong verbs (separated by
    "|"); the source. Entries without a source are not accepted.
    """

    code = "NL703"
    name = "wrong-pairing"
    severity = Severity.ERROR
    scope = DOCUMENT
    fix = Applicability.UNSAFE
    message = {
        "zh": "“{found}”搭配不当：“{term}”应与“{verbs}”搭配",
        "en": "“{found}”: “{term}” takes the verb “{verbs}”",
    }
    options = {EXTRA_OPTION: ""}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        catalog, found = hits(notice, ctx)
        text = notice.text
        for hit, index in catalog.hits("term", found):
            pairing = catalog.pairings[index]
            verb_end = hit.start - (hit.start > 0 and text[hit.start - 1] in OPENING_QUOTES)
            verb_start = verb_end - _VERB_LENGTH
            if verb_start < 0 or text[verb_start:verb_end] not in pairing.wrong:
                continue
            close = hit.end + (hit.end < len(text) and text[hit.end] in '”」"’')
            fix = Fix.unsafe(Edit(verb_start, verb_end, written(notice, pairing.verbs[0])))
            yield self.diagnostic(
                ctx,
                verb_start,
                close,
                fix=fix,
                found=nested(notice.original(verb_start, close)),
                term=pairing.term,
                verbs=Localized("”或“".join(pairing.verbs), "” or “".join(pairing.verbs)),
            )
