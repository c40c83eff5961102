from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Localized, Rule

from ._catalog import EXTRA_OPTION, PLENUM_ITEM, hits, nested, same_length_in_source

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context

    from ._catalog import Catalog, Hit

    Member = tuple[Hit, tuple[int, int]]  # a series member found: (hit, (series index, member index))

# What may stand between two members of one series: 、 , 和 与 及 以及, a space.
_BETWEEN = re.compile(r"[、,，和与及;； ]{0,2}|以及")
_SESSIONS_NAME = Localized("全会届次", "the plenary sessions")


class SeriesOrder(Rule):
    """固定顺序的并列表述顺序错误

    ## 检查什么
    有固定顺序的并列表述，成员齐全而顺序不对：“政治领悟力、政治判断力、政治执行力”
    （应为政治判断力、政治领悟力、政治执行力），“不能腐、不敢腐、不想腐”，
    “做到“两个维护”、增强“四个意识”、坚定“四个自信””，以及几次全会并列时届次倒置
    （“二十届三中、二中全会”）。成员之间可以用“、”“，”“和”“及”连接，也可以不加标点
    （“一体推进不敢腐不能腐不想腐”）；成员只出现一部分的，不报告。
    繁体稿按简体对照检查；Markdown 中跨行的同一段落照样检查。

    ## 为什么
    这些表述出自党中央文件，顺序本身有含义，写乱了是审核最忌讳的政治性差错。

    ## 示例
    “不断提高政治领悟力、政治判断力、政治执行力” 应为 “不断提高政治判断力、政治领悟力、政治执行力”。

    ## 如何修复
    按固定顺序排列各成员（安全修复：只调换成员，保留原有的标点和引号）。

    ## 选项
    `extra-data`：补充数据文件的路径（相对于配置文件），格式同内置文件，例如
    `[tool.notelint.options.NL701]` 下写 `extra-data = "notelint-series.tsv"`。

    ## 数据来源与补充
    内置数据：notelint/data/formulations-series.tsv，一行一个系列，三列以制表符分隔：
    名称、按固定顺序以“、”分隔的成员、出处（标准、党内文件，或新华社、人民日报报道及日期）。
    成员可带“”引号，检查时也认得「」、直引号和不带引号的写法。以 # 开头的行是注释。
    没有出处的条目不收。
    """

    doc_en = """## What it checks
    A fixed-order series whose members are all present but out of order: "政治领悟力、政治判断力、
    政治执行力" (should be 政治判断力、政治领悟力、政治执行力), "不能腐、不敢腐、不想腐",
    "做到“两个维护”、增强“四个意识”、坚定“四个自信”", and plenary sessions listed together with
    their numbers reversed ("二十届三中、二中全会"). Members may be joined by "、", "，", "和" or
    "及", or by no punctuation at all ("一体推进不敢腐不能腐不想腐"); a series with only some of
    its members present is not reported. Traditional-character drafts are checked against the
    simplified forms; a Markdown paragraph that spans lines is checked all the same.

    ## Why
    These series come from documents of the Party Central Committee and their order carries
    meaning; getting it wrong is the political error reviewers dread most.

    ## Example
    "不断提高政治领悟力、政治判断力、政治执行力" should be "不断提高政治判断力、政治领悟力、政治执行力".

    ## How to fix
    Put the members in their fixed order (a safe fix: only the members move; the punctuation
    and quotation marks stay as they were).

    ## Options
    `extra-data`: the path of an extra data file (relative to the configuration file), in the
    same format as the built-in one, for example `extra-data = "notelint-series.tsv"` under
    `[tool.notelint.options.NL701]`.

    ## Data source
    Built in: notelint/data/formulations-series.tsv, one series a line, three tab-separated
    columns: name; the members in their fixed order, separated by "、"; the source (a standard,
    a Party document, or a Xinhua or People's Daily report with its date). Members may be in
    “” quotation marks; the check also recognises 「」, straight quotes and no quotes. Lines
    starting with # are comments. Entries without a source are not accepted.
    """

    code = "NL701"
    name = "series-order"
    severity = Severity.ERROR
    scope = DOCUMENT
    fix = Applicability.SAFE
    message = {"zh": "{name}顺序有误，应为“{expected}”", "en": "{name} out of order: write “{expected}”"}
    options = {EXTRA_OPTION: ""}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        catalog, found = hits(notice, ctx)
        text = notice.text
        members = list(catalog.hits("member", found))
        run: list[Member] = []
        for item in [*members, None]:
            if item is not None and run and _follows(text, run[-1], item):
                run.append(item)
                continue
            yield from self._series(ctx, notice, catalog, run)
            run = [item] if item is not None else []
        for hit in found:
            if hit.plenum:
                yield from self._plenums(ctx, notice, hit)

    def _series(self, ctx: Context, notice: Notice, catalog: Catalog, run: list[Member]) -> Iterator[Diagnostic]:
        """Findings in one run of adjacent members, series by series."""
        start = 0
        while start < len(run):
            series_index = run[start][1][0]
            end = start
            while end < len(run) and run[end][1][0] == series_index:
                end += 1
            group = run[start:end]
            start = end
            series = catalog.series[series_index]
            order = [member for _, (_, member) in group]
            if sorted(order) != list(range(len(series.members))) or order == sorted(order):
                continue
            spans = [(hit.start, hit.end) for hit, _ in group]
            by_member = {member: span for span, member in zip(spans, order)}
            yield self._finding(
                ctx,
                notice,
                spans,
                [by_member[i] for i in range(len(order))],
                f"“{series.name}”",
                nested("、".join(series.members)),
            )

    def _plenums(self, ctx: Context, notice: Notice, hit: Hit) -> Iterator[Diagnostic]:
        items = list(PLENUM_ITEM.finditer(hit.key))
        numbers = [item.group() for item in items]
        ordered = sorted(numbers, key=lambda numeral: "一二三四五六七八九".index(numeral[0]))
        if numbers == ordered:
            return
        spans = [(hit.start + item.start(), hit.start + item.end()) for item in items]
        wanted = [spans[numbers.index(numeral)] for numeral in ordered]
        expected = hit.key
        for item, numeral in sorted(zip(items, ordered), key=lambda pair: -pair[0].start()):
            expected = expected[: item.start()] + numeral + expected[item.end() :]
        yield self._finding(ctx, notice, spans, wanted, _SESSIONS_NAME, expected)

    def _finding(
        self,
        ctx: Context,
        notice: Notice,
        spans: list[tuple[int, int]],
        wanted: list[tuple[int, int]],
        name: str | Localized,
        expected: str,
    ) -> Diagnostic:
        """Members at ``spans`` (in the text's order) that belong in the order of ``wanted``."""
        fix = None
        if all(same_length_in_source(notice, *span) for span in spans):
            fix = Fix.safe(
                *(Edit(*span, notice.original(*source)) for span, source in zip(spans, wanted) if span != source)
            )
        return self.diagnostic(ctx, spans[0][0], spans[-1][1], fix=fix, name=name, expected=expected)


def _follows(text: str, previous: Member, item: Member) -> bool:
    """Whether ``item`` comes right after ``previous``, with at most a joining word between."""
    previous_hit, item_hit = previous[0], item[0]
    return item_hit.start >= previous_hit.end and _BETWEEN.fullmatch(text, previous_hit.end, item_hit.start) is not None
