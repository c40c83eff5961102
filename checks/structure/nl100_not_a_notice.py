from notelint.diagnostics import Severity
from notelint.rules import Rule


class NotANotice(Rule):
    """不是巡视巡察整改进展情况的通报

    ## 检查什么
    文档里找不到通报的骨架：既没有说明巡察和反馈情况的前言，也没有整改进展、
    主体责任等部分，公开期限、邀请监督也几乎没有。

    ## 为什么
    把新闻稿、工作总结误当作整改通报来检查，只会得到一堆“缺少某部分”的错误。
    本规则给出一条清楚的结论，其他结构规则（NL1xx）对该文件保持沉默。

    ## 示例
    一篇“党建工作经验交流”的新闻稿：没有“根据…部署，…巡察组对…开展了巡察”，
    没有“巡察整改进展情况”部分。

    ## 如何修复
    确认文件是否选错；如果确是整改通报，补上前言（巡察依据、时间、巡察组、反馈时间、
    “现将…予以公布”）和整改进展情况部分。
    """

    code = "NL100"
    name = "not-a-notice"
    severity = Severity.ERROR
    message = {
        "zh": "这不是巡视巡察整改进展情况的通报：没有巡察前言，也没有整改进展等组成部分",
        "en": "not a rectification progress notice: no inspection preamble and no progress section",
    }

    def check(self, notice, ctx):
        if notice.is_notice or not notice.blocks:
            return
        first = notice.blocks[0]
        yield self.diagnostic(ctx, first.start, first.end)
