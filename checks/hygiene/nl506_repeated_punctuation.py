import re

from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.rules import Rule

# Runs of sentence and clause marks (as folded: ， is ",", ； is ";").
_RUN = re.compile(r"[。,、;:!?]{2,}")
# Which mark of a run to keep: the one that ends the most.
_STRENGTH = {"。": 4, "!": 4, "?": 4, ";": 3, ":": 2, ",": 1, "、": 0}


class RepeatedPunctuation(Rule):
    """标点重复

    ## 检查什么
    连续的点号：“。。”“，，”“，、”“；。”等。省略号“……”和破折号“——”不在此列。

    ## 为什么
    连用的点号多是删改时留下的，GB/T 15834—2011 中点号不能连用。

    ## 示例
    “召开专题会议，，研究部署整改工作。。”

    ## 如何修复
    只保留一个：作用最强的那个（句号、问号、叹号 > 分号 > 冒号 > 逗号 > 顿号），
    同等时保留第一个。
    """

    code = "NL506"
    name = "repeated-punctuation"
    severity = Severity.WARNING
    fix = Applicability.SAFE
    message = {"zh": "标点重复“{run}”，应只保留“{kept}”", "en": "repeated punctuation “{run}”: keep “{kept}”"}

    def check(self, notice, ctx):
        for match in _RUN.finditer(notice.text):
            keep = max(range(match.start(), match.end()), key=lambda i: (_STRENGTH[notice.text[i]], -i))
            kept = notice.original(keep, keep + 1)
            yield self.diagnostic(ctx, match.start(), match.end(), fix=Fix.safe(Edit(*match.span(), kept)),
                                  run=notice.original(*match.span()), kept=kept)
