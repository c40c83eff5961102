from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import DOCUMENT, Rule

from ._catalog import EXTRA_OPTION, catalog, same_length_in_source, written
from ._regulations import garbled, known

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class RegulationTitle(Rule):
    """党内法规的名称写错

    ## 检查什么
    书名号中引用的党内法规名称与正式名称相差一两个字：“《巡视事情条例》”
    （应为《巡视工作条例》）、“《中国共产党纪律处份条例》”、“《中国共产党巡察工作条例》”
    （没有这部条例，巡察依据的是《中国共产党巡视工作条例》）。
    名称要保留这部法规的关键词（如“巡视”“纪律”）才比较，《支部工作条例》这样的其他法规不报告。
    全称和通行简称（《巡视工作条例》《纪律处分条例》）都是正确写法；
    名称后的“（试行）”“（2024年修订）”不算名称的一部分。相差较多的是另一份文件，不报告。

    ## 为什么
    引用的法规名称写错，轻则显得不严谨，重则让人找不到所依据的文件。

    ## 示例
    “认真学习《中国共产党巡视事情条例》” 应为 “认真学习《中国共产党巡视工作条例》”。

    ## 如何修复
    改为正式名称（不安全修复：需确认引用的确是这部法规）。

    ## 选项
    `extra-data`：补充数据文件的路径（相对于配置文件），格式同内置文件。

    ## 数据来源与补充
    内置数据：notelint/data/regulations.tsv（NL706 也读它），一行一部法规，六列以制表符分隔：
    全称、通行的简称（以“|”分隔，没有写“-”）、关键词（以“|”分隔，写错的名称至少保留其中一个
    才报告，免得把《支部工作条例》当成写错的《巡视工作条例》）、首次施行日期（YYYY-MM-DD；只知月份或年份的写 YYYY-MM 或 YYYY；不确定写“-”）、
    各次修订“年份=施行日期”（以“;”分隔，没有写“-”）、出处（党内文件，或新华社、人民日报报道及日期）。
    没有出处的条目不收。
    """

    doc_en = """## What it checks
    The name of an intra-Party regulation (党内法规) cited in title marks that differs from the
    official name by one or two characters: "《巡视事情条例》" (should be 《巡视工作条例》),
    "《中国共产党纪律处份条例》", "《中国共产党巡察工作条例》" (no such regulation exists: 巡察 is
    based on 《中国共产党巡视工作条例》). A name is compared only when it keeps the regulation's
    keywords (such as "巡视" or "纪律"), so other regulations such as 《支部工作条例》 are not
    reported. The full name and the usual short names (《巡视工作条例》, 《纪律处分条例》) are both
    correct; "（试行）" (trial) or "（2024年修订）" (2024 revision) after the name is not part of the
    name. A name that differs more is another document and is not reported.

    ## Why
    A miswritten regulation name looks careless at best, and at worst readers cannot find the
    document relied on.

    ## Example
    "认真学习《中国共产党巡视事情条例》" should be "认真学习《中国共产党巡视工作条例》".

    ## How to fix
    Write the official name (an unsafe fix: confirm that this is the regulation meant).

    ## Options
    `extra-data`: the path of an extra data file (relative to the configuration file), in the
    same format as the built-in one.

    ## Data source
    Built in: notelint/data/regulations.tsv (NL706 reads it too), one regulation a line, six
    tab-separated columns: the full name; the usual short names (separated by "|", "-" when
    there are none); keywords (separated by "|": a miswritten name is reported only when it keeps
    at least one, so that 《支部工作条例》 is not taken for a miswritten 《巡视工作条例》); the date it
    first took effect (YYYY-MM-DD; YYYY-MM or YYYY when only the month or year is known; "-" when
    uncertain); each revision as "year=date it took effect" (separated by ";", "-" when there are
    none); the source (a Party document, or a Xinhua or People's Daily report with its date).
    Entries without a source are not accepted.
    """

    code = "NL705"
    name = "regulation-title"
    severity = Severity.ERROR
    scope = DOCUMENT
    fix = Applicability.UNSAFE
    message = {
        "zh": "法规名称“《{found}》”有误，应为“《{expected}》”",
        "en": "the regulation “《{found}》” is misnamed: write “《{expected}》”",
    }
    options = {EXTRA_OPTION: ""}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        data = catalog(ctx)
        for citation in notice.citations:
            if known(data, citation.name) is not None:
                continue
            near = garbled(data, citation.name)
            if near is None:
                continue
            expected = near[1]
            fix = None
            if same_length_in_source(notice, citation.start, citation.end):
                fix = Fix.unsafe(Edit(citation.start, citation.end, written(notice, expected)))
            yield self.diagnostic(
                ctx,
                citation.start - 1,
                citation.close,
                fix=fix,
                found=notice.original(citation.start, citation.end),
                expected=expected,
            )
