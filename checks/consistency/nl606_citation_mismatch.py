from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.numerals import CHINESE_NUMERAL_CHARS
from notelint.residue import without_pinyin
from notelint.rules import DOCUMENT, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

_TITLE = re.compile(r"《(?P<name>[^《》\n]{6,80})》")
# A trailing (试行) or (2020—2022年) is not part of the name proper.
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")
_NUMBER = set("0123456789" + CHINESE_NUMERAL_CHARS)
MAX_DIFFERENCE = 2  # _chunks cuts a name into one chunk more
# The last characters name the kind of document (办法, 方案, 细则…): two
# titles that differ there are two documents.
GENRE_LENGTH = 2
# Titles cited in one sentence (《…督办办法》《…销号办法》) are listed side by
# side on purpose: they are different documents, whatever their likeness.
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def differences(a: str, b: str) -> list[int] | None:
    """Where two names of one length differ, if they differ only in one or
    two characters, none of them a number (another year, another edition)
    and none in the kind of document."""
    if len(a) != len(b):
        return None
    core = len(_TRAILING_NOTE.sub("", a))
    positions = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if not 0 < len(positions) <= MAX_DIFFERENCE:
        return None
    if any(a[i] in _NUMBER or b[i] in _NUMBER or i >= core - GENRE_LENGTH for i in positions):
        return None
    return positions


class CitationMismatch(Rule):
    """同一文件的书名前后不一

    ## 检查什么
    两个书名号里的名称长度相同、只有一两个字不同（“《集团纪检监察机构监察工作手册（试行）》”
    与“《集团纪检监察机构监督工作手册（试行）》”），多半是同一份文件写错了一处。
    同一句里并列的书名（“制定《巡视整改督办办法》《巡视整改销号办法》”）是有意区分的
    不同文件，不比较。不同之处是年份、序号等数字（“《2022年工作要点》”与“《2023年工作要点》”），或在表示
    文件种类的末尾（“…实施方案”与“…实施意见”、“…纪实办法”与“…纪实表”）的，是不同的文件，
    不报告；六个字以下的短名称不比较。

    ## 为什么
    文件名称必须与原件一致；同一份文件两种写法，读者无从判断哪个是真的。

    ## 示例
    先写“印发《某某局巡察整改监督工作手册》”，后文又写“学习《某某局巡察整改监察工作手册》”。

    ## 如何修复
    核对原件，统一为正确的名称。
    """

    doc_en = """## What it checks
    Two titles in title marks (书名号) of the same length that differ in only one or two
    characters ("《集团纪检监察机构监察工作手册（试行）》" and "《集团纪检监察机构监督工作手册（试行）》")
    most likely name the same document, miswritten once. Titles listed side by side in the same
    sentence ("制定《巡视整改督办办法》《巡视整改销号办法》") are deliberately different documents
    and are not compared. Titles that differ in numbers such as years or serial numbers
    ("《2022年工作要点》" and "《2023年工作要点》"), or at the end that names the kind of document
    ("…实施方案" and "…实施意见", "…纪实办法" and "…纪实表"), are different documents and are not
    reported; titles of six characters or fewer are not compared.

    ## Why
    A document's title must match the original; with two spellings of one document, readers
    cannot tell which is right.

    ## Example
    First "印发《某某局巡察整改监督工作手册》", later "学习《某某局巡察整改监察工作手册》".

    ## How to fix
    Check the original and use its correct title throughout.
    """

    code = "NL606"
    name = "citation-mismatch"
    severity = Severity.WARNING
    scope = DOCUMENT
    message = {
        "zh": "《{name}》与前文的《{earlier}》只差{count}个字，是否为同一文件？",
        "en": "《{name}》 differs from the earlier 《{earlier}》 by {count} characters: the same document?",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        text = notice.text
        # Each name once, in the order of the text: where a name stands is
        # looked up only for the few that are reported.
        names = list(dict.fromkeys(_TITLE.findall(text)))
        # Pigeonhole: names of one length that differ in at most two places
        # agree on at least one of three chunks, so only names sharing a
        # chunk are compared (no comparison of every pair).
        seen_chunks: dict[tuple[int, int, str], list[int]] = {}
        # Only names of one length are compared: a name alone at its length is passed over.
        lengths = Counter(map(len, names))
        for later, name in enumerate(names):
            if lengths[len(name)] < 2:
                continue
            candidates: set[int] = set()
            for key in _chunks(name):
                sharing = seen_chunks.get(key)
                if sharing is None:
                    seen_chunks[key] = [later]  # most chunks: no earlier name to compare
                    continue
                candidates.update(sharing)
                sharing.append(later)
            for earlier in sorted(candidates):
                positions = differences(names[earlier], name)
                if positions is None:
                    continue
                earlier_start, later_start = _first_title(text, names[earlier]), _first_title(text, name)
                if _SENTENCE_END.search(text, earlier_start, later_start) is None:
                    continue  # one sentence: the search stops at the first end of a sentence
                yield self.diagnostic(
                    ctx,
                    later_start,
                    later_start + len(name) + 2,
                    count=len(positions),
                    name=without_pinyin(notice.original(later_start + 1, later_start + 1 + len(name))),
                    earlier=without_pinyin(notice.original(earlier_start + 1, earlier_start + 1 + len(names[earlier]))),
                )
                break


def _first_title(text: str, name: str) -> int:
    """Where the first 《name》 of the text begins: the first of _TITLE's
    matches with this name, as no match holds a 《 or 》 inside."""
    return text.find("《" + name + "》")


def _chunks(name: str) -> tuple[tuple[int, int, str], ...]:
    """The name cut into MAX_DIFFERENCE + 1 chunks, each keyed by the name's
    length and its place (cut by hand: a generator's step per chunk costs
    more than the cut)."""
    length = len(name)
    third, two_thirds = length // 3, length * 2 // 3
    return (length, 0, name[:third]), (length, 1, name[third:two_thirds]), (length, 2, name[two_thirds:])
