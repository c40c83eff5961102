from notelint import lexer as kinds
from notelint.diagnostics import Severity

from ._parts import MissingPart


class PreambleMissing(MissingPart):
    """缺少前言

    ## 检查什么
    通报开头应有一段前言，说明巡察依据、巡察时间、巡察组、被巡察单位、反馈时间，
    并以“现将巡察整改进展情况予以公布”之类的表述引出正文。

    ## 为什么
    前言交代整改的来由，读者据此知道是哪一轮巡察、何时反馈；缺了它，通报无从查证。

    ## 示例
    标题之后直接是“一、党委履行巡察整改主体责任情况”。

    ## 如何修复
    在第一部分之前补写前言，例如：“根据市委统一部署，2024年3月4日至5月10日，
    市委第三巡察组对市某某局党组开展了巡察。2024年7月2日，市委巡察组向市某某局党组
    反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。”
    """

    doc_en = """## What it checks
    A notice should open with a preamble giving the basis of the inspection, its period, the
    inspection team, the body inspected and the feedback date, and leading into the body with a
    phrase such as "现将巡察整改进展情况予以公布" (we hereby publish the progress of rectification).

    ## Why
    The preamble explains where the rectification comes from, so readers know which round of
    inspection it was and when the feedback came; without it, the notice cannot be verified.

    ## Example
    The title is followed directly by "一、党委履行巡察整改主体责任情况".

    ## How to fix
    Write a preamble before the first section, for example: "根据市委统一部署，2024年3月4日至5月10日，
    市委第三巡察组对市某某局党组开展了巡察。2024年7月2日，市委巡察组向市某某局党组
    反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。"
    """

    code = "NL101"
    name = "preamble-missing"
    severity = Severity.ERROR
    message = {
        "zh": "缺少前言：应说明{term}依据、时间、{term}组和反馈情况",
        "en": "no preamble stating the inspection and the feedback",
    }
    part = kinds.PREAMBLE
