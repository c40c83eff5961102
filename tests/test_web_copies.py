"""What a web copy or an English keyboard leaves in a notice: HTML character
references (NL512), straight quotes (NL505), and the runs of marks next to
them (NL506). One defect, one finding; every fix round trips."""

import pytest
from conftest import lint, lint_diagnostics, linter
from fictional import notice, span

from notelint import fixer
from notelint.source import SourceText

LINE = 4  # （一）加强组织领导，压实整改责任。党委召开专题会议研究部署整改工作。
QUOTE_LINE = 13  # （一）持续抓好整改。2024年上半年开展“回头看”。


def draft(phrase: str) -> str:
    return notice(swap=("召开专题会议研究部署", phrase))


def fixed(text: str, *codes: str) -> str:
    """``text`` after the safe fixes of ``codes`` (all if none), pass after
    pass as ``--fix`` applies them."""
    for _ in range(10):
        found = [d for d in linter().lint_source(SourceText("<test>", text)) if not codes or d.code in codes]
        fixes = fixer.select(found, unsafe=False)
        if not fixes:
            return text
        text = fixer.apply(text, fixes)
    raise AssertionError("the fixes do not settle")


# -- NL512 character references ------------------------------------------------------------


@pytest.mark.parametrize(
    "reference, action, result",
    [
        ("&nbsp;", "应删除", ""),
        ("&nbsp", "应删除", ""),  # written without its semicolon
        ("&#160;", "应删除", ""),
        ("&#8203;", "应删除", ""),  # a zero-width space stands for nothing
        ("&amp;", "应改为“&”", "&"),
        ("&lt;", "应改为“<”", "<"),
        ("&gt;", "应改为“>”", ">"),
        ("&#12288;", "应删除", ""),  # between Chinese characters: a stray space
        ("&#x3000;", "应删除", ""),
        ("&amp;nbsp;", "应删除", ""),  # escaped twice: one piece of residue
        ("&mdash;", "应改为“—”", "—"),
        ("&#44;", "应改为“，”", "，"),  # a comma in Chinese text is written full-width
    ],
)
def test_each_reference_is_one_finding_with_a_safe_fix(reference, action, result):
    text = draft(f"召开专题会议{reference}研究部署")
    assert lint(text) == [("NL512", *span(text, LINE, reference), f"网页源码中的字符实体“{reference}”，{action}")]
    assert fixed(text) == draft(f"召开专题会议{result}研究部署")


def test_the_no_break_space_before_a_comma_is_deleted_and_the_comma_kept():
    # The reported damage: NL506 read "&nbsp;，" as ";，" and kept the ";".
    text = draft("制定整改措施46条&nbsp;，逐条研究部署")
    assert lint(text) == [("NL512", *span(text, LINE, "&nbsp;"), "网页源码中的字符实体“&nbsp;”，应删除")]
    assert fixed(text) == draft("制定整改措施46条，逐条研究部署")


def test_a_no_break_space_between_latin_words_becomes_one_space():
    text = draft("召开Tom&nbsp;&nbsp;Lee会议研究部署")
    assert [f[5] for f in lint(text, "NL512")] == [
        "网页源码中的字符实体“&nbsp;”，应改为空格",
        "网页源码中的字符实体“&nbsp;”，应删除",
    ]
    assert fixed(text, "NL512") == draft("召开Tom Lee会议研究部署")


def test_a_semicolon_that_became_full_width_still_ends_the_reference():
    text = draft("召开专题会议&nbsp；研究部署")
    assert lint(text) == [("NL512", *span(text, LINE, "&nbsp"), "网页源码中的字符实体“&nbsp”，应删除")]
    assert fixed(text) == draft("召开专题会议；研究部署")


def test_quote_references_pair_like_straight_quotes():
    text = draft("召开&quot;回头看&quot;专题会议研究部署")
    assert [f[1:5] for f in lint(text)] == [span(text, LINE, "&quot;"), span(text, LINE, "&quot;", 2)]
    assert fixed(text) == draft("召开“回头看”专题会议研究部署")


def test_an_unpaired_quote_reference_gets_no_guess():
    text = draft("召开&quot;回头看专题会议研究部署")
    found = lint_diagnostics(text, "NL512")
    assert [d.message for d in found] == [
        "网页源码中的字符实体“&quot;”，应改为弯引号，但同一行的直引号无法配对，须手工确定"
    ]
    assert found[0].fix is None


def test_a_reference_to_a_bracket_is_fixed_only_when_asked():
    text = draft("召开专题会议&#40;扩大&#41;研究部署")
    found = lint_diagnostics(text, "NL512")
    assert [d.message for d in found] == [
        "网页源码中的字符实体“&#40;”，它代表“(”，请确认后改正",
        "网页源码中的字符实体“&#41;”，它代表“)”，请确认后改正",
    ]
    assert all(d.fix.applicability == "unsafe" for d in found)


@pytest.mark.parametrize(
    "written",
    [
        "A&B科技有限公司",
        "AT&T",
        "R&D中心",
        "&foo;",
        "&",
        "https://example.org/list?page=2&lt=3",
    ],
)
def test_an_ampersand_that_is_text_is_not_a_reference(written):
    assert lint(draft(f"召开专题会议研究部署{written}"), "NL512") == []


def test_markdown_escapes_are_markdown(tmp_path):
    from notelint.config import Settings
    from notelint.engine import Linter

    text = "# 标题\n\nA&amp;B公司召开会议&nbsp;研究。\n"
    result = Linter(Settings()).lint_bytes("draft.md", text.encode("utf-8"))
    assert [d.message for d in result.diagnostics if d.code == "NL512"] == ["网页源码中的字符实体“&nbsp;”，应删除"]


def test_english_message():
    text = draft("召开专题会议&amp;研究部署")
    assert lint(text, "NL512", lang="en")[0][5] == "HTML character reference “&amp;”: write “&”"


def test_an_ideographic_space_reference_that_indents_is_decoded():
    text = notice(swap=("三、下一步工作打算", "&#12288;&#12288;三、下一步工作打算"))
    # one finding for the run that indents the line, one fix for all of it
    assert [f[5] for f in lint(text)] == ["网页源码中的字符实体“&#12288;&#12288;”，应改为全角空格"]
    assert fixed(text) == notice(swap=("三、下一步工作打算", "\u3000\u3000三、下一步工作打算"))


def test_a_run_of_one_reference_is_one_finding_and_different_neighbours_are_not_merged():
    text = notice(swap=("三、下一步工作打算", "&emsp;&emsp;三、下一步工作打算&nbsp;&amp;"))
    found = lint(text, "NL512")
    assert [(f[2], f[4], f[5]) for f in found] == [
        (1, 13, "网页源码中的字符实体“&emsp;&emsp;”，应删除"),
        (22, 28, "网页源码中的字符实体“&nbsp;”，应删除"),
        (28, 33, "网页源码中的字符实体“&amp;”，应改为“&”"),
    ]


def test_no_other_rule_reads_inside_a_reference():
    text = draft("召开&nbsp;专题&amp;会议&lt;研究&#12288;部署&#x3000;。")
    assert {f[0] for f in lint(text)} == {"NL512"}


def test_a_repeated_mark_across_a_reference_keeps_one_full_width_mark():
    text = draft("召开专题会议，&#44;研究部署")
    assert [f[0] for f in lint(text)] == ["NL506", "NL512"]
    assert lint(text, "NL506")[0][5] == "标点重复“，&#44;”，应只保留“，”"
    once = fixed(text)
    assert once == draft("召开专题会议，研究部署")


# -- NL505 straight quotes -------------------------------------------------------------------


def quoted(phrase: str) -> str:
    return notice(swap=("开展“回头看”", phrase))


def test_a_pair_of_straight_quotes_is_one_finding_fixed_to_curly_quotes():
    text = quoted('开展"回头看"')
    assert lint(text) == [("NL505", *span(text, QUOTE_LINE, '"回头看"'), '半角标点：直引号"回头看"应为“回头看”')]
    assert fixed(text) == notice()


def test_straight_quotes_inside_curly_quotes_become_single_quotes():
    text = quoted('开展“落实"两个责任"专项”')
    assert lint(text)[0][5] == '半角标点：直引号"两个责任"应为‘两个责任’'
    assert fixed(text) == quoted("开展“落实‘两个责任’专项”")


def test_several_pairs_on_a_line_pair_in_order():
    text = quoted('开展"回头看"和"再回访"')
    assert [f[2] for f in lint(text, "NL505")] == [21, 27]
    assert fixed(text) == quoted("开展“回头看”和“再回访”")


def test_an_unpaired_straight_quote_gets_no_fix():
    text = quoted('开展"回头看')
    found = lint_diagnostics(text, "NL505")
    assert [(d.message, d.fix) for d in found] == [("半角标点：本行有1个直引号，无法配对，应改为成对的弯引号“”", None)]


def test_straight_quotes_around_curly_ones_get_no_fix():
    text = quoted('开展"落实“两个责任”专项"')
    found = lint_diagnostics(text, "NL505")
    assert [(d.message, d.fix) for d in found] == [
        ('半角标点：直引号"落实“两个责任”专项"应改为弯引号（与其中或外层的弯引号嵌套，须手工确定）', None)
    ]


@pytest.mark.parametrize(
    "written",
    [
        '开展“回头看”，详见https://example.org/a?q="x"',  # in a web address
        '开展“回头看”，代码为`name="x"`',  # in code
    ],
)
def test_straight_quotes_that_are_not_chinese_quotes(written):
    assert lint(quoted(written), "NL505") == []


def test_a_line_without_chinese_keeps_its_straight_quotes():
    assert lint(notice(insert={15: 'He said "OK".'}), "NL505") == []


def test_a_flattened_text_converts_its_quotes_in_its_one_finding():
    text = '根据市委统一部署,开展"回头看",召开会议:研究部署;落实整改(试行)。\n'
    found = lint_diagnostics(text, "NL505")
    assert [d.message for d in found] == ["半角标点：全文8处使用半角标点，应改为全角"]
    assert fixed(text, "NL505") == "根据市委统一部署，开展“回头看”，召开会议：研究部署；落实整改（试行）。\n"


# -- NL506 and its neighbours: one defect, one finding -----------------------------------------


def test_a_half_width_mark_repeated_by_a_full_width_one_keeps_it_full_width():
    text = draft("召开专题会议;，研究部署")
    assert lint(text) == [("NL506", *span(text, LINE, ";，"), "标点重复“;，”，应只保留“；”")]
    assert fixed(text) == draft("召开专题会议；研究部署")


def test_of_equal_marks_the_full_width_one_is_kept():
    text = draft("召开专题会议,，研究部署")
    assert lint(text, "NL506")[0][5] == "标点重复“,，”，应只保留“，”"
    assert fixed(text) == draft("召开专题会议，研究部署")


def test_a_heading_label_followed_by_a_mark_is_the_numbering_rules():
    text = notice(swap=("（一）持续抓好整改。", "（一）、持续抓好整改。"))
    assert lint(text, "NL506") == []


def test_half_width_brackets_of_a_heading_label_are_reported_once():
    text = notice(swap=("（一）加强组织领导", "（一)加强组织领导"))
    assert [f[0] for f in lint(text)] == ["NL205"]


# -- NL510 in web residue ----------------------------------------------------------------------


def test_spaces_inside_a_residue_widget_are_nl501s():
    text = notice(swap=("研究部署整改工作。", "研究部署整改工作。【字体：大 中 小】"))
    assert [f[0] for f in lint(text)] == ["NL501"]


def test_page_numbers_left_by_a_word_export_are_residue_wherever_they_fall():
    text = notice(insert={6: "— 2 —", 21: "第3页 共3页"})
    assert lint(text) == [
        ("NL501", 6, 1, 6, 6, "页码残留“— 2 —”，应删除"),
        ("NL501", 20, 1, 20, 8, "页码残留“第3页 共3页”，应删除"),
    ]
    assert lint(text, "NL501", lang="en")[0][5] == "a page number left by an export “— 2 —”: delete it"


def test_chrome_between_the_signature_and_the_date_leaves_the_closing_whole():
    text = notice(swap=("委员会\n2023年12月1日", "委员会\n扫一扫在手机打开当前页\n2023年12月1日"))
    line = text.split("\n").index("扫一扫在手机打开当前页") + 1
    assert lint(text) == [("NL501", line, 1, line, 12, "网页残留“扫一扫在手机打开当前页”，应删除")]


def test_a_paragraph_ending_in_a_widget_keeps_its_text():
    # only the widget is residue: the paragraph is still the notice's, and the fix deletes the widget alone
    text = notice(swap=("研究部署整改工作。", "研究部署整改工作。【字体：大 中 小】"))
    assert lint(text) == [("NL501", 4, 35, 4, 45, "网页残留“【字体：大 中 小】”，应删除")]
    # a page field inside a sentence does not make the sentence chrome
    text = notice(swap=("研究部署整改工作。", "研究部署整改工作，核对文件名称：整改方案。"))
    assert lint(text, "NL501") == []


def test_spaces_in_a_residue_line_are_nl501s():
    text = notice(insert={19: "【字体：大 中 小】"})
    assert [f[:3] for f in lint(text, "NL5")] == [("NL501", 19, 1)]


# -- what the other rules read ------------------------------------------------------------------


def test_the_analysis_text_reads_references_and_invisible_characters_as_their_fixes_write_them():
    from notelint.normalize import normalize

    source = SourceText("<test>", "巡察&amp;整改\u200b工作&nbsp;，A&nbsp;B")
    normalized = normalize(source)
    assert normalized.text == "巡察&整改工作,A B"
    amp, comma, space = normalized.text.index("&"), normalized.text.index(","), normalized.text.index(" ")
    to_source = normalized.offsets.span_to_source
    assert source.text[slice(*to_source(amp, amp + 1))] == "&amp;"  # an edit on it replaces the whole reference
    assert source.text[slice(*to_source(comma, comma + 1))] == "，"
    assert source.text[slice(*to_source(space, space + 1))] == "&nbsp;"
    assert normalized.invisible == [source.text.index("\u200b")]
    assert [(e.start, e.end, e.replacement) for e in normalized.entities] == [(2, 7, "&"), (12, 18, ""), (20, 26, " ")]


def test_a_run_with_a_colon_is_fixed_only_when_asked():
    text = draft("召开专题会议;：研究部署")
    found = lint_diagnostics(text, "NL506")
    assert [(d.message, d.fix.applicability) for d in found] == [("标点重复“;：”，应只保留“；”", "unsafe")]
