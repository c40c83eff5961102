from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Rule

from ._catalog import EXTRA_OPTION, catalog, notice_date, show
from ._regulations import known, revision_year

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class RegulationNotInForce(Rule):
    """引用了通报日期时尚未施行的法规或修订版

    ## 检查什么
    通报引用的党内法规，或写明年份的修订版（“《中国共产党纪律处分条例》（2023年修订）”
    “2024年修订的《中国共产党巡视工作条例》”），在通报日期时还没有施行。
    通报日期取落款日期，没有落款日期时取公开期限的最后一天；两者都没有时不检查。
    只写“新修订的《…》”而不写年份的，无从判断，不报告。

    ## 为什么
    日期早于所引法规的施行日期，说明日期写错，或者套用了别的通报。

    ## 示例
    落款“2023年10月9日”的通报写“对照2023年修订的《中国共产党纪律处分条例》”
    （该修订版自2024年1月1日起施行）。

    ## 如何修复
    核对通报日期和所引用的版本。

    ## 选项
    `extra-data`：补充数据文件的路径（相对于配置文件），格式同内置文件（见 NL705）。

    ## 数据来源与补充
    内置数据：notelint/data/regulations.tsv，格式见 `notelint explain NL705`：
    首次施行日期一列和各次修订的“年份=施行日期”一列供本规则使用。没有出处的条目不收。
    """

    doc_en = """## What it checks
    An intra-Party regulation cited by the notice, or a revision named by its year
    ("《中国共产党纪律处分条例》（2023年修订）", "2024年修订的《中国共产党巡视工作条例》"), that had
    not yet taken effect on the notice's date. The notice's date is the date in the signature,
    or without one the last day of the disclosure period (公开期限); with neither, nothing is
    checked. "新修订的《…》" (the newly revised…) without a year cannot be judged and is not reported.

    ## Why
    A date before the cited regulation took effect means the date is wrong, or another notice
    was reused.

    ## Example
    A notice signed "2023年10月9日" writes "对照2023年修订的《中国共产党纪律处分条例》" (that revision
    took effect on 1 January 2024).

    ## How to fix
    Check the notice's date and the version cited.

    ## Options
    `extra-data`: the path of an extra data file (relative to the configuration file), in the
    same format as the built-in one (see NL705).

    ## Data source
    Built in: notelint/data/regulations.tsv, format in `notelint explain NL705`: this rule uses
    the column of the date each regulation first took effect and the column of revisions as
    "year=date it took effect". Entries without a source are not accepted.
    """

    code = "NL706"
    name = "regulation-not-in-force"
    severity = Severity.ERROR
    scope = DOCUMENT
    message = {
        "zh": "“{found}”自{date}起施行，晚于本通报的日期{notice_date}",
        "en": "“{found}” took effect on {date}, after this notice's date {notice_date}",
    }
    options = {EXTRA_OPTION: ""}

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        dated = notice_date(notice)
        if dated is None:
            return
        date, named = dated
        data = catalog(ctx)
        text = notice.text
        for citation in notice.citations:
            regulation = known(data, citation.name)
            if regulation is None:
                continue
            year = revision_year(text, citation)
            if year is not None:
                effective, start, end = regulation.revisions.get(year[0]), year[1], year[2]
            else:
                effective, start, end = regulation.first, citation.start - 1, citation.close
            if effective is not None and effective > date:
                yield self.diagnostic(
                    ctx, start, end, found=notice.original(start, end), date=show(effective), notice_date=named
                )
