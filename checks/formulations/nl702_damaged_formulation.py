from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Rule

from ._catalog import EXTRA_OPTION, hits, missing, nearest, same_length_in_source, written

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class DamagedFormulation(Rule):
    """固有表述残缺或错写

    ## 检查什么
    必须完整、准确书写的固有表述（“习近平新时代中国特色社会主义思想”
    “以习近平同志为核心的党中央”“中央八项规定及其实施细则精神”）被写得少字、多字、
    错字或两字颠倒：“习近平新时代中国特色社会思想”“以习近平同志为核心党中央”。
    只在表述的关键部分都在、差异又很小（不超过数据中为每条规定的字数）时报告，
    所以不会把别的话当成残缺的表述。本身规范的其他写法不报告，
    例如“新时代中国特色社会主义思想”“中央八项规定精神”“中央八项规定及其实施细则”。

    ## 为什么
    固有表述一字不能差，残缺的表述是严重的政治性差错。

    ## 示例
    “深入学习贯彻习近平新时代中国特色社会思想” 应为 “…习近平新时代中国特色社会主义思想”。

    ## 如何修复
    改为完整的表述。只是两字颠倒时为安全修复；少字、错字时补上的字需要确认，为不安全修复。

    ## 选项
    `extra-data`：补充数据文件的路径（相对于配置文件），格式同内置文件。

    ## 数据来源与补充
    内置数据：notelint/data/formulations-canonical.tsv，一行一条，四列以制表符分隔：
    固有表述、容许的最大差异（字数）、本身规范的其他写法（以“|”分隔，没有写“-”）、
    出处（党内文件，或新华社、人民日报报道及日期）。没有出处的条目不收。
    """

    doc_en = """## What it checks
    A set formulation (固有表述) that must be written completely and exactly
    ("习近平新时代中国特色社会主义思想", "以习近平同志为核心的党中央",
    "中央八项规定及其实施细则精神") written with a character missing, added or wrong, or with two
    characters swapped: "习近平新时代中国特色社会思想", "以习近平同志为核心党中央". Reported only
    when the key parts of the formulation are all there and the difference is small (no more
    characters than the data allows for each entry), so other wording is never taken for a
    damaged formulation. Other forms that are themselves standard are not reported, such as
    "新时代中国特色社会主义思想", "中央八项规定精神" and "中央八项规定及其实施细则".

    ## Why
    A set formulation must be exact to the character; a damaged one is a serious political error.

    ## Example
    "深入学习贯彻习近平新时代中国特色社会思想" should be "…习近平新时代中国特色社会主义思想".

    ## How to fix
    Write the complete formulation. A swap of two characters is a safe fix; a missing or wrong
    character needs the inserted characters confirmed, so it is an unsafe fix.

    ## Options
    `extra-data`: the path of an extra data file (relative to the configuration file), in the
    same format as the built-in one.

    ## Data source
    Built in: notelint/data/formulations-canonical.tsv, one entry a line, four tab-separated
    columns: the set formulation; the largest difference allowed (in characters); other forms
    that are themselves standard (separated by "|", "-" when there are none); the source (a Party
    document, or a Xinhua or People's Daily report with its date). Entries without a source are
    not accepted.
    """

    code = "NL702"
    name = "damaged-formulation"
    severity = Severity.ERROR
    scope = DOCUMENT
    fix = Applicability.UNSAFE
    message = {"zh": "“{found}”应为“{expected}”", "en": "“{found}” should read “{expected}”"}
    options = {EXTRA_OPTION: ""}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        catalog, found = hits(notice, ctx)
        text = notice.text
        reported: set[tuple[int, int]] = set()
        seen: set[tuple[int, int]] = set()  # (formulation, where it would start): each place is read once
        for hit, (index, offset) in catalog.hits("anchor", found):
            entry = catalog.canonicals[index]
            expected_start = hit.start - offset
            if (index, expected_start) in seen or text.startswith(entry.text, expected_start):
                continue  # read already, or written exactly (most places)
            seen.add((index, expected_start))
            lo = max(expected_start - entry.distance, text.rfind("\n", 0, hit.start) + 1)
            line_end = text.find("\n", hit.end)
            hi = min(expected_start + len(entry.text) + entry.distance, line_end if line_end != -1 else len(text))
            if missing(entry.text, text[lo:hi]) > entry.distance:
                continue
            distance, start, end = nearest(entry.text, text, lo, hi)
            if distance == 0 or distance > entry.distance or (start, end) in reported:
                continue
            if any(_overlaps(text, variant, start, end) for variant in entry.variants):
                continue
            reported.add((start, end))
            swap = distance == 1 and sorted(text[start:end]) == sorted(entry.text)
            edit = Edit(start, end, written(notice, entry.text))
            fix = (Fix.safe(edit) if swap else Fix.unsafe(edit)) if same_length_in_source(notice, start, end) else None
            yield self.diagnostic(ctx, start, end, fix=fix, found=notice.original(start, end), expected=entry.text)


def _overlaps(text: str, variant: str, start: int, end: int) -> bool:
    """Whether ``variant`` is written at a place overlapping ``[start, end)``."""
    at = text.find(variant, max(0, start - len(variant)), end + len(variant))
    while at != -1 and at < end:
        if at + len(variant) > start:
            return True
        at = text.find(variant, at + 1, end + len(variant))
    return False
