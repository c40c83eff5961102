from __future__ import annotations

from typing import TYPE_CHECKING

from notelint.diagnostics import Severity
from notelint.rules import DOCUMENT, Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.rules import Context


class NotANotice(Rule):
    """不是巡视巡察整改进展情况的通报

    ## 检查什么
    按证据打分判断文件是不是整改进展情况的通报。通报的骨架记正分：标题
    （“…关于…整改进展情况的通报”）、巡察前言及“现将…予以公布”、主体责任部分、
    整改进展部分、“整改进展情况：”、欢迎监督、公开期限。形似通报的其他文件的特征
    记负分：巡察公告（进驻、受理来信来电来访、信访截止时间、标题为公告），
    反馈会或部署会的新闻（召开…反馈会、会议强调、讲话、记者和编辑署名、“近日”导语），
    整改方案（标题为方案或台账、“制定本方案”、指导思想和整改目标等标题、有责任单位和完成时限等栏目的整改任务表格），
    工作总结或报告（标题、“存在的问题”“今年以来”），巡察组的反馈意见（“巡察发现的主要问题”
    “意见建议”、限期报送整改报告），讲话稿（“同志们：”、标题为讲话），发给下级的其他公文
    （标题为通知、意见等，开头的主送机关，“各单位要…”），待填写的模板（大量占位符、填写说明、
    标题为模板），以及其他整改的公文：有通报的骨架却全文不提巡视、巡察（审计查出问题整改情况的公告、
    环保督察整改公示、主题教育检视问题整改通报），这一条单独就能判定。新闻的特征（召开…会、会议强调、讲话）只在没有主体责任和整改进展部分的
    文本的开头部分计分：通报在正文里也会讲到自己召开的会议。
    每种特征只计一次。骨架分减去特征分不足 2 分时报告，消息说明像哪类文件、依据哪些特征。
    只写了前言和前几部分的草稿仍是通报（前言和“现将…予以公布”已足够），不会报告本规则。

    ## 为什么
    把巡察公告、新闻稿、整改方案误当作整改通报来检查，只会得到一堆“缺少某部分”的错误。
    本规则给出一条清楚的结论，只读通报结构的规则（结构、编号、日期、联系方式、一致性）
    对该文件保持沉默；文字规范、数字计算和提法规则读任何文本，照常检查。

    ## 示例
    “市委第二巡察组进驻市某某局开展巡察……巡察期间主要受理反映……问题的来信来电来访”
    —— 像巡察公告（受理来信来电来访、进驻）而不是整改进展情况通报。

    ## 如何修复
    确认文件是否选错；如果确是整改通报，补上前言（巡察依据、时间、巡察组、反馈时间、
    “现将…予以公布”）和整改进展情况部分。

    ## 选项
    无。

    ## 数据来源
    骨架和特征的词表与分值在 notelint/recognition.py，按已发布的通报和形似文件整理。
    """

    doc_en = """## What it checks
    Whether the document is a rectification progress notice, judged by scoring the evidence.
    The notice's backbone scores positive points: the title ("…关于…整改进展情况的通报"), the
    inspection preamble with "现将…予以公布" (hereby publish…), the principal responsibility
    (主体责任) section, the rectification progress section, "整改进展情况：" (progress:), the
    invitation to supervise, and the disclosure period (公开期限). Features of other documents
    that look like notices score negative points: an inspection announcement (巡察公告: stationing
    in, accepting letters, calls and visits, a deadline for petitions, a title saying 公告); news of
    a feedback or deployment meeting (召开…反馈会, 会议强调 (the meeting stressed), speeches,
    reporter and editor bylines, an "近日" (recently) lead); a rectification plan (a title saying
    plan (方案) or ledger (台账), "制定本方案" (this plan is drawn up), headings such as guiding
    thinking (指导思想) and rectification goals, tables of rectification tasks with columns for the
    responsible unit and the completion deadline); a work summary or report (its title,
    "存在的问题" (existing problems), "今年以来" (since the start of the year)); the inspection
    team's feedback (巡察发现的主要问题 (main problems found), 意见建议 (opinions and suggestions),
    a deadline to submit the rectification report); a speech ("同志们：" (comrades:), a title
    saying speech); other documents sent to subordinates (titles such as 通知 (notice) or 意见
    (opinions), an addressee at the start, "各单位要…" (all units shall…)); a template to be
    filled in (many placeholders, filling instructions, a title saying template). News features
    (召开…会, 会议强调, speeches) score only at the start of a text that has no principal
    responsibility or progress section: a notice also mentions the meetings it held in its body.
    Each feature counts once. It is reported when the backbone score minus the feature score is
    below 2, and the message says which kind of document it looks like and on what evidence. A
    draft with only the preamble and the first sections is still a notice (the preamble and
    "现将…予以公布" are enough) and does not trigger this rule.

    ## Why
    Checking an inspection announcement, a press release or a rectification plan as a
    rectification notice only yields a pile of "missing section" errors. This rule gives one
    clear verdict, and the rules that read a notice's structure (structure, numbering, dates,
    contacts, consistency) stay silent on the file; the text hygiene, arithmetic and formulation
    rules read any text and still run.

    ## Example
    "市委第二巡察组进驻市某某局开展巡察……巡察期间主要受理反映……问题的来信来电来访"
    — this reads like an inspection announcement (accepting letters, calls and visits; stationing
    in), not a rectification progress notice.

    ## How to fix
    Check whether the wrong file was chosen; if it really is a rectification notice, add the
    preamble (the basis of the inspection, its period, the inspection team, the feedback date,
    "现将…予以公布") and the rectification progress section.

    ## Options
    None.

    ## Data source
    The word lists and scores of the backbone and the features are in notelint/recognition.py,
    compiled from published notices and look-alike documents.
    """

    code = "NL100"
    name = "not-a-notice"
    severity = Severity.ERROR
    scope = DOCUMENT
    message = {
        "zh": "这不是巡视巡察整改进展情况的通报：{reason}",
        "en": "not a rectification progress notice: {reason}",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        if notice.is_notice or not notice.blocks:
            return
        verdict = notice.verdict
        if verdict.resembles is None:
            reason = Localized(
                "没有巡察前言，也没有整改进展等组成部分", "no inspection preamble and no progress section"
            )
        else:
            zh = "、".join(e.zh for e in verdict.evidence)
            en = ", ".join(e.en for e in verdict.evidence)
            reason = Localized(
                f"像{verdict.resembles.zh}（{zh}）而不是整改进展情况通报",
                f"it looks like {verdict.resembles.en} ({en})",
            )
        first = notice.blocks[0]
        yield self.diagnostic(ctx, first.start, first.end, reason=reason)
