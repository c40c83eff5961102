import re

from notelint.diagnostics import Severity
from notelint.numerals import CHINESE_NUMERAL_CHARS
from notelint.quantities import quantity_at
from notelint.rules import Rule

_LIST_END = re.compile(rf"等(?=\d|[{CHINESE_NUMERAL_CHARS}])")
_CLAUSE_MARKS = set(",;:。!?\n")
_CLOSING = {"》": "《", "”": "“", "’": "‘", ")": "(", "〕": "〔", "】": "【"}
_CONJUNCTIONS = re.compile(r"和|及|与")
# Units that count occurrences, not the kinds listed: 宣讲、调研等72场次.
_OCCURRENCES = {"次", "场", "场次", "人次", "个次", "批", "轮", "期", "笔"}
# How far back a list is looked for: a clause, never a page.
_REACH = 300


def list_start(text: str, end: int) -> tuple[int, int, bool]:
    """Scan back from 等 to the start of its clause, stepping over quoted and
    bracketed text. Returns where the list starts, how many 、 separate its
    items and whether a conjunction may join two more (A、B和C)."""
    depth, separators, index = 0, 0, end
    conjunction = False
    floor = max(0, end - _REACH)
    while index > floor:
        char = text[index - 1]
        if char in _CLOSING:
            depth += 1
        elif char in _CLOSING.values():
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            if char in _CLAUSE_MARKS:
                break
            if char == "、":
                separators += 1
            elif _CONJUNCTIONS.match(char):
                conjunction = True
        index -= 1
    return index, separators, conjunction


class ListCountMismatch(Rule):
    """列举项数与“等N项”不符

    ## 检查什么
    “A、B、C等3项”：列举的项数（按顿号数）与“等”后面的数不一致。
    列举里有“和”“及”“与”时，多算一项也视为相符（“A、B和C等3项”）。
    只列一项的“钢研新材料中心等33个”是开放的“等”，不检查；计次数的“宣讲、调研等72场次”
    数的是次数而不是种类，也不检查。

    ## 为什么
    公文里“等”多用来煞尾，列举与数字对不上，多是增删了列举项而没改数字。
    但“等”也可以表示列举未尽，所以这是警告而不是错误。

    ## 示例
    “建立分片包干、定期调度、沟通联络、请示汇报、全方位监督等6项工作机制”
    —— 只列了5项。

    ## 如何修复
    补全列举，或改正数字。
    """

    code = "NL603"
    name = "list-count-mismatch"
    severity = Severity.WARNING
    message = {"zh": "列举了{listed}项，与“等{count}”不符",
               "en": "{listed} items listed, but the text says 等{count}"}

    def check(self, notice, ctx):
        text = notice.text
        for match in _LIST_END.finditer(text):
            quantity = quantity_at(text, match.end(), min(len(text), match.end() + 8))
            if quantity is None or quantity.unit in _OCCURRENCES:
                continue
            start, separators, conjunction = list_start(text, match.start())
            if separators == 0:
                continue
            listed = separators + 1
            if quantity.value == listed or (conjunction and quantity.value == listed + 1):
                continue
            while text[start].isspace():
                start += 1
            yield self.diagnostic(ctx, start, quantity.end, listed=listed,
                                  count=notice.original(quantity.start, quantity.end))
