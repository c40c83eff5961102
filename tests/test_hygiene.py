"""NL5xx: text hygiene."""

import itertools
import re

import pytest
from conftest import apply_edits, lint, lint_diagnostics
from fictional import notice, span
from han import HAN
from hypothesis import given, settings
from hypothesis import strategies as st

from notelint.normalize import pinyin_residue
from notelint.residue import without_pinyin

# Pinyin residue as one regex: the definition the linter's two-step search
# (bracketed pinyin, then a Han character before it) must agree with.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_RESIDUE = re.compile(rf"(?<=[{HAN}])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")


def fixed(text, code):
    return apply_edits(text, lint_diagnostics(text, code))


def assert_idempotent(text, code):
    once = fixed(text, code)
    assert lint(once, code) == []
    assert fixed(once, code) == once
    return once


# -- NL501 web residue ---------------------------------------------------------


def test_residue_line_after_the_date_is_deleted_with_its_line_break():
    text = "中共某某市某某局委员会\n2025年9月18日\n手机扫一扫打开当前界面\n"
    assert lint(text, "NL501") == [("NL501", 3, 1, 3, 12, "网页残留“手机扫一扫打开当前界面”，应删除")]
    assert assert_idempotent(text, "NL501") == "中共某某市某某局委员会\n2025年9月18日\n"


def test_residue_on_the_last_line_takes_the_line_break_before_it():
    text = "2025年9月18日\r\n  分享到：\u3000"
    assert fixed(text, "NL501") == "2025年9月18日"


def test_counter_lines_and_widgets_inside_a_line():
    text = "浏览次数：1024\n正文到此为止。【打印正文】【关闭窗口】\n【字体：大 中 小】\n"
    found = lint(text, "NL501")
    assert [f[1:3] for f in found] == [(1, 1), (2, 8), (2, 14), (3, 1)]
    assert found[1][5] == "网页残留“【打印正文】”，应删除"
    assert assert_idempotent(text, "NL501") == "正文到此为止。\n"


def test_footer_phrases_make_a_short_line_residue_whatever_their_spaces():
    text = "正文到此为止。\n版 权 所 有 某某市某某局\n某某市某某局网站地图\n版权所有的问题已整改。\n"
    assert [f[1:3] for f in lint(text, "NL501")] == [(2, 1), (3, 1)]
    assert assert_idempotent(text, "NL501") == "正文到此为止。\n版权所有的问题已整改。\n"


def test_ordinary_words_are_not_residue():
    assert lint("分享到各支部学习。\n关闭窗口期的管理漏洞。\n【待补充】\n", "NL501") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("正文。\r\n手机扫一扫打开当前界面", "正文。"),
        ("正文。\r手机扫一扫打开当前界面", "正文。"),
        ("正文。\n\r\n手机扫一扫打开当前界面  ", "正文。\n"),
    ],
)
def test_nl501_fix_on_the_last_line_deletes_the_line_break_before_it(text, expected):
    # Every kind of line break the editor counts: \r\n goes whole, not its \n alone.
    assert fixed(text, "NL501") == expected


def test_corpus_real_03_residue(corpus):
    text = (corpus / "real-03-shenshan-2025.txt").read_text("utf-8")
    found = lint(text, "NL501")
    assert [f[5] for f in found] == ["网页残留“手机扫一扫打开当前界面”，应删除"]
    assert fixed(text, "NL501") == text[: text.rindex("\n")]


# -- NL502 pinyin residue --------------------------------------------------------


def test_each_pinyin_annotation_is_reported_on_its_own_characters():
    text = "根據(jù)市委巡察工作統(tǒng)一部署（以下簡稱“產投集團”）(試行)\n"
    found = lint(text, "NL502")
    assert found == [
        ("NL502", 1, 3, 1, 7, "“據”后的拼音残留“(jù)”，应删除"),
        ("NL502", 1, 14, 1, 20, "“統”后的拼音残留“(tǒng)”，应删除"),
    ]
    assert assert_idempotent(text, "NL502") == "根據市委巡察工作統一部署（以下簡稱“產投集團”）(試行)\n"


def test_each_pinyin_fix_is_one_safe_deletion_of_its_residue():
    from notelint.diagnostics import Applicability, Edit, Fix

    fixes = [d.fix for d in lint_diagnostics("根據(jù)市委統(tǒng)一部署\n", "NL502")]
    assert fixes == [Fix.safe(Edit(2, 6)), Fix.safe(Edit(9, 15))]
    for fix in fixes:
        assert type(fix) is Fix and fix.applicability is Applicability.SAFE
        assert [type(edit) for edit in fix.edits] == [Edit]
        assert [edit.replacement for edit in fix.edits] == [""]


def test_pinyin_message_in_english():
    assert lint("根據(jù)", "NL502", lang="en")[0][5] == "pinyin residue “(jù)” after “據”: delete it"


def test_corpus_real_04_pinyin_is_all_removed_and_nothing_else(corpus):
    text = (corpus / "real-04-wuhan-group-2023-traditional.txt").read_text("utf-8")
    diagnostics = lint_diagnostics(text, "NL502")
    assert len(diagnostics) == len(PINYIN_RESIDUE.findall(text)) > 1700
    assert all(PINYIN_RESIDUE.match(text, d.start).end() == d.end for d in diagnostics)
    result = apply_edits(text, diagnostics)
    assert result == PINYIN_RESIDUE.sub("", text)
    assert "（以下簡稱" in result or "(以下簡稱" in result
    assert lint(result, "NL502") == []
    assert pinyin_residue(text) == [m.span() for m in PINYIN_RESIDUE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "根據(jù)統(tǒng)一",
        "(jù)開頭",
        "a(jù)b",
        "根據(jù)(tǒng)",
        "根據（jù）",
        "試行(shì xíng)",
        "𠀀(jù)",
        "巡察(cha)",
        "據(jùjùjùjù)",
    ],
)
def test_pinyin_residue_spans_are_the_single_regex_matches(text):
    assert pinyin_residue(text) == [m.span() for m in PINYIN_RESIDUE.finditer(text)]
    assert without_pinyin(text) == PINYIN_RESIDUE.sub("", text)


# -- NL503 mixed script -----------------------------------------------------------


def test_traditional_characters_in_a_simplified_text():
    text = "市国资委党委召开专题会议，研究部署整改工作後续安排。\n"
    assert lint(text, "NL503") == [("NL503", 1, 22, 1, 23, "简体稿件中的“後”应为“后”")]
    diagnostic = lint_diagnostics(text, "NL503")[0]
    assert diagnostic.fix.applicability == "unsafe"
    assert apply_edits(text, [diagnostic]) == text.replace("後", "后")
    assert lint(apply_edits(text, [diagnostic]), "NL503") == []


def test_simplified_characters_in_a_traditional_text_read_in_context():
    text = "集團黨委關于整改工作的規范管理，黨員干部參加學習，奮進新征程，皇后大道。\n"
    found = [(f[2], f[5]) for f in lint(text, "NL503")]
    assert found == [
        (6, "繁体稿件中的“于”应为“於”"),
        (13, "繁体稿件中的“范”应为“範”"),
        (19, "繁体稿件中的“干”应为“幹”"),
    ]


def test_mixed_script_in_the_lines_after_a_nul():
    # The converter stops at a NUL: the clauses after it, in its line and the
    # lines after, are still read.
    text = "集團黨委關于整改工作\n黨員干\x00部參加學習，集團關于整改\n黨員干部參加學習\n"
    found = [(f[1], f[2], f[5]) for f in lint(text, "NL503")]
    assert (1, 6, "繁体稿件中的“于”应为“於”") in found
    assert (2, 14, "繁体稿件中的“于”应为“於”") in found
    assert (3, 3, "繁体稿件中的“干”应为“幹”") in found


def test_mixed_script_read_in_the_clause_of_each_character():
    # Each clause holding a simplified character is converted on its own, in
    # context: 于 in 關于 and 干 in 干部 stay found whatever marks stand between.
    text = "黨委關于(guān yú)整改；黨員干部:學習、集團關于規范,(試行)干部（二）皇后\n"
    found = [(f[2], f[5][-3:]) for f in lint(text, "NL503")]
    assert found == [(4, "“於”"), (19, "“幹”"), (28, "“於”"), (30, "“範”"), (36, "“幹”")]
    assert [f[2] for f in lint(text.replace("\n", "\r\n"), "NL503")] == [4, 19, 28, 30, 36]


def test_clause_marks_are_in_no_word_of_the_converters_or_of_the_kept_words(tmp_path):
    # NL503 converts only the clauses between these marks: that reads each
    # character as the whole line would only while no word holds one.
    import json
    import subprocess
    from pathlib import Path

    import opencc

    from notelint.checks.hygiene.nl503_mixed_script import _CONVERTERS, _WORD_BREAKS
    from notelint.datafiles import entries

    clib = Path(opencc.__file__).parent / "clib"
    tool, share = clib / "bin" / "opencc_dict", clib / "share" / "opencc"
    if not tool.exists():
        pytest.skip("this OpenCC package ships no opencc_dict tool to read its dictionaries with")

    def files(node):
        if isinstance(node, dict):
            yield from ([node["file"]] if "file" in node else [])
            for value in node.values():
                yield from files(value)
        elif isinstance(node, list):
            for value in node:
                yield from files(value)

    breaks = set(_WORD_BREAKS)
    for config in _CONVERTERS.values():
        for name in set(files(json.loads((share / f"{config}.json").read_text("utf-8")))):
            out = tmp_path / f"{name}.txt"
            subprocess.run([tool, "-i", share / name, "-o", out, "-f", "ocd2", "-t", "text"], check=True)
            keys = [line.split("\t")[0] for line in out.read_text("utf-8").splitlines()]
            assert keys and not [key for key in keys if breaks & set(key)], name
    assert not [word for word in entries("script-keep.txt") if breaks & set(word)]


# -- NL504 unmatched pairs ------------------------------------------------------


def test_opening_quote_never_closed():
    text = "严格落实“一岗双责，主动认领整改事项。\n"
    assert lint(text, "NL504") == [("NL504", 1, 5, 1, 6, "““”没有对应的“””")]


def test_closer_that_never_opened_and_width_of_the_partner():
    assert lint("印发实施方案》，推进整改。\n", "NL504")[0][2:3] == (7,)
    assert lint("召开会议）。\n", "NL504")[0][5] == "“）”没有对应的“（”"
    assert lint("召开会议)。\n", "NL504")[0][5] == "“)”没有对应的“(”"


def test_pairs_may_not_span_paragraphs_in_text_but_may_in_markdown():
    text = "学习《关于加强\n巡察整改的意见》。\n"
    assert [f[1:3] for f in lint(text, "NL504")] == [(1, 3), (2, 8)]
    from conftest import linter

    # A Markdown paragraph wrapped over two lines is one line to the rules,
    # whatever the file is called.
    for name in ("draft.md", "draft.markdown"):
        result = linter().lint_bytes(name, text.encode("utf-8"))
        assert [d.code for d in result.diagnostics if d.code == "NL504"] == []


def test_crossed_pairs_report_the_inner_opener():
    assert [f[2] for f in lint("（“加强领导）”\n", "NL504")] == [2, 8]


def test_balanced_nesting_and_broken_heading_labels_are_not_reported():
    assert lint("按照“（一）加强‘四个意识’”要求，《条例（试行）》。\n一)加强组织领导\n", "NL504") == []


def _model(text, path="<test>"):
    from notelint import model
    from notelint.normalize import normalize
    from notelint.source import SourceText

    return model.build(normalize(SourceText(path, text)))


def test_paragraphs_are_the_lines_of_the_analysis_text_whatever_the_format():
    text = "甲乙\n丙丁\n\n戊\n"
    lines = [(0, 2), (3, 5), (6, 6), (7, 8), (9, 9)]
    assert _model(text).paragraphs == lines
    notice = _model(text, "draft.md")  # the file name decides nothing: the reader made the lines
    assert notice.paragraphs == lines
    assert notice.paragraphs is notice.paragraphs  # read once per notice


def test_match_pairs_pairs_each_paragraph_from_the_shared_mark_offsets():
    from notelint.checks.hygiene._text import Pair, match_pairs

    text = "按照“（一）‘四个意识’”，\n《条例（试行\n）》。"
    notice = _model(text)
    assert notice.marks == [i for i, c in enumerate(notice.text) if c in "“”‘’《》()"]
    pairs, unmatched = match_pairs(notice, notice.paragraphs)
    assert pairs == [Pair(3, 5, "(", "“"), Pair(6, 11, "‘", "“"), Pair(2, 12, "“", None)]
    assert unmatched == [15, 18, 22, 23]  # 《 ( left open at the line's end; ) 》 never opened
    assert match_pairs(notice, [(0, 14)], frozenset({3}))[1] == [5]  # a skipped opener leaves its closer alone


# Paragraphs of brackets and quotes (both widths), words, heading labels and
# both line endings: what the shortcuts of NL504 and NL507 must read as the
# pairing one by one does.
_PAIRED_TEXT = st.lists(
    st.sampled_from(
        [
            "“",
            "”",
            "‘",
            "’",
            "《",
            "》",
            "(",
            ")",
            "（",
            "）",
            "〔",
            "〕",
            "【",
            "】",
            "整改",
            "\n",
            "\r\n",
            "\n(一)",
            "\n一)",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_PAIRED_TEXT)
def test_unmatched_pairs_and_quote_nesting_are_what_pairing_one_by_one_finds(text):
    from notelint.checks.hygiene import nl504_unmatched_pair, nl507_quote_nesting

    found = lint(text, "NL504", "NL507")
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(nl504_unmatched_pair, "well_nested", lambda marks: False)
        patched.setattr(nl507_quote_nesting, "_plainly_nested", lambda marks: False)
        assert lint(text, "NL504", "NL507") == found


def test_marks_nested_too_deep_for_the_passes_are_paired_one_by_one():
    from notelint.checks.hygiene._text import paragraph_marks, well_nested

    deep = "（" * 10 + "整改" + "）" * 10 + "\n“落实‘两个责任’要求”\n"
    assert not well_nested(paragraph_marks(_model(deep)))
    assert well_nested(paragraph_marks(_model("（" * 3 + "整改" + "）" * 3 + "\n")))
    assert lint(deep, "NL504", "NL507") == []
    assert [f[0] for f in lint(deep + "“整改\n", "NL504")] == ["NL504"]


# -- NL505 half-width punctuation ------------------------------------------------


def test_flattened_text_gets_one_diagnostic_that_converts_every_mark():
    text = "根据市委统一部署,市委巡察组开展了巡察(政治巡察);现予公布:请监督!\n电话:0755-12345678,会议10:30,a@b.cn\n"
    found = lint(text, "NL505")
    assert found == [("NL505", 1, 9, 1, 10, "半角标点：全文8处使用半角标点，应改为全角")]
    assert assert_idempotent(text, "NL505") == (
        "根据市委统一部署，市委巡察组开展了巡察（政治巡察）；现予公布：请监督！\n电话：0755-12345678，会议10:30,a@b.cn\n"
    )


def test_a_flattened_texts_edits_are_made_when_read_and_compare_as_their_tuple():
    import pickle

    from notelint.diagnostics import Applicability, DeferredEdits, Edit, Fix

    text = "市委巡察组开展了巡察(政治巡察);现予公布:请监督!\n"
    (finding,) = lint_diagnostics(text, "NL505")
    edits = finding.fix.edits
    assert isinstance(edits, DeferredEdits) and edits._make is not None  # nothing made by the lint
    made = tuple(Edit(index, index + 1, "（）；：！"["();:!".index(text[index])]) for index in (10, 15, 16, 21, 25))
    assert finding.fix == Fix(Applicability.SAFE, made) and hash(finding.fix) == hash(Fix(Applicability.SAFE, made))
    assert edits._make is None and list(edits) == list(made) and edits[1:3] == made[1:3] and len(edits) == 5
    assert pickle.loads(pickle.dumps(finding.fix)) == Fix(Applicability.SAFE, made)  # --jobs sends the tuple
    assert type(pickle.loads(pickle.dumps(finding.fix)).edits) is tuple


# A mark between Latin letters or digits, as a scan of the whole text finds it:
# the definition NL505's search of the marks one by one must agree with.
BETWEEN_LATIN = re.compile(r"[A-Za-z0-9] {0,39}([,:;?!()]) {0,38}(?=[A-Za-z0-9])")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["整改", ",", "?", ")", " ", "a", "7", "\n"]), max_size=30))
def test_a_flattened_text_converts_the_marks_outside_latin_text(pieces):
    text = "".join(pieces)
    between = {match.start(1) for match in BETWEEN_LATIN.finditer(text)}
    expected = [index for index, char in enumerate(text) if char in ",:;?!()" and index not in between]
    edits = [(edit.start, edit.end) for d in lint_diagnostics(text, "NL505") for edit in d.fix.edits]
    assert edits == [(index, index + 1) for index in expected]


def test_stray_marks_in_a_full_width_text_are_reported_one_by_one():
    text = "根据市委统一部署，市委巡察组开展了巡察；现将情况予以公布:请监督。网址：https://www.example.cn/a,b;c\n"
    assert lint(text, "NL505") == [("NL505", 1, 29, 1, 30, "半角标点：“:”应为“：”")]
    assert fixed(text, "NL505") == text.replace("公布:", "公布：")


def test_stray_marks_in_a_draft_with_pinyin_residue():
    # The residue's brackets are NL502's, the reference's semicolon NL512's,
    # the address's comma and the number's comma are not Chinese text.
    text = "根據(jù)市委統(tǒng)一部署，現將情況予以公布:請監督。網址：https://www.example.cn/a,b；電話：0755-1234,5678。&#59;\n"
    column = text.index(":") + 1
    assert lint(text, "NL505") == [("NL505", 1, column, 1, column + 1, "半角标点：“:”应为“：”")]
    assert fixed(text, "NL505") == text.replace("公布:", "公布：")


def test_exempt_latin_decimals_times_and_pinyin_residue():
    text = "会议于10:30召开，增长1,000元，Hello, world。見(jiàn)到。\n"
    assert lint(text, "NL505") == []


def test_corpus_every_real_notice_gets_exactly_one(corpus):
    for path in sorted(corpus.glob("real-*.txt")):
        assert len(lint(path.read_text("utf-8"), "NL505")) == 1, path.name


def test_corpus_fix_leaves_pinyin_residue_to_nl502(corpus):
    text = (corpus / "real-04-wuhan-group-2023-traditional.txt").read_text("utf-8")
    converted = fixed(text, "NL505")
    assert len(PINYIN_RESIDUE.findall(converted)) == len(PINYIN_RESIDUE.findall(text))


# -- NL506 repeated punctuation ------------------------------------------------


@given(st.text("。,、;:!?，整a ", max_size=30))
def test_punctuation_runs_are_what_a_scan_for_runs_of_marks_finds(text):
    from notelint.checks.hygiene._text import punctuation_runs

    run_of_marks = re.compile("[。,、;:!?]{2,}")  # the definition the search through commas must agree with
    assert punctuation_runs(text) == [match.span() for match in run_of_marks.finditer(text)]


def test_repeated_marks_keep_the_strongest():
    text = "召开专题会议，，研究部署。。加强领导，、压实责任，。\n"
    found = lint(text, "NL506")
    assert [(f[2], f[5]) for f in found] == [
        (7, "标点重复“，，”，应只保留“，”"),
        (13, "标点重复“。。”，应只保留“。”"),
        (19, "标点重复“，、”，应只保留“，”"),
        (25, "标点重复“，。”，应只保留“。”"),
    ]
    assert assert_idempotent(text, "NL506") == "召开专题会议，研究部署。加强领导，压实责任。\n"


def test_ellipsis_dash_and_times_are_not_repeated_punctuation():
    assert lint("等等……——10:30。“好。”\n", "NL506") == []


# -- NL507 quote nesting ---------------------------------------------------------


def test_single_quotes_outside_and_double_inside_double():
    text = "违反‘三重一大’议事规则，落实“两个“一以贯之””要求，贯彻“‘两个维护’”。\n"
    found = lint(text, "NL507")
    assert [(f[2], f[4]) for f in found] == [(3, 9), (19, 25)]
    assert found[0][5] == "引号嵌套不规范：单引号‘’只能用在双引号“”里面，外层应使用双引号（‘三重一大’）"
    assert found[1][5].startswith("引号嵌套不规范：双引号“”里面的引号应使用单引号‘’")


def test_double_quotes_inside_double_in_a_draft_without_single_quotes():
    text = "落实“两个“一以贯之””要求，开展“回头看”。\n"
    found = lint(text, "NL507")
    assert [(f[2], f[4]) for f in found] == [(6, 12)]
    assert found[0][5] == "引号嵌套不规范：双引号“”里面的引号应使用单引号‘’（“一以贯之”）"


def test_corpus_real_04_lone_single_quotes(corpus):
    text = (corpus / "real-04-wuhan-group-2023-traditional.txt").read_text("utf-8")
    found = lint(text, "NL507")
    assert len(found) == 1 and found[0][5].endswith("（‘三重一大’）")


# -- NL508 placeholders -------------------------------------------------------------

PLACEHOLDER_LINE = 13  # （一）持续抓好整改。2024年上半年开展“回头看”。


@pytest.mark.parametrize(
    "placeholder",
    [
        "X月X日",
        "XXX",
        "20XX年",
        "××",
        "某某",
        "【待补充】",
        "（此处补充成效）",
        "TODO",
        "**日",
        "2024年*月",
        "〇〇",
        "〇月〇日",
        "□□",
        "×年×月×日",
        "xx月",
    ],
)
def test_placeholders(placeholder):
    text = notice(swap=("2024年上半年", f"于{placeholder}"))
    shown = placeholder.removeprefix("2024年")
    assert lint(text, "NL508") == [("NL508", *span(text, PLACEHOLDER_LINE, shown), f"草稿占位符“{shown}”未替换")]


@pytest.mark.parametrize(
    "written",
    [
        "二〇二三年十月",  # 〇 is a digit of a date written in Chinese numerals: NL302's business
        "二〇〇〇年",
        "二○二三年",
        "对王某某给予党内警告处分",
        "李某某等3人",  # an anonymised name, as published notices write it
        "开展X射线检测，使用Excel和TODOS系统",
        "□是□否",
    ],
)
def test_not_placeholders(written):
    assert lint(notice(swap=("2024年上半年", written)), "NL508") == []


def test_words_that_contain_x_are_not_placeholders():
    text = notice(swap=("2024年上半年", "某公司开展X射线检测，使用Excel和TODOS系统，获评XX。"))
    assert lint(text, "NL508") == [("NL508", *span(text, PLACEHOLDER_LINE, "XX"), "草稿占位符“XX”未替换")]


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [*"Xx×*〇○□某【】()TF年月日号0123456789二王-。\n", "待补充", "此处", "TODO", "FIXME", "TBD", "٣"]
        ),
        max_size=30,
    ).map("".join)
)
def test_placeholders_are_found_where_the_regex_scan_finds_them(text):
    # The finder tries PLACEHOLDER only where a placeholder can begin.
    from notelint.placeholders import PLACEHOLDER, find_placeholders

    assert [m.span() for m in find_placeholders(text)] == [m.span() for m in PLACEHOLDER.finditer(text)]


def test_a_text_that_is_not_a_notice_keeps_its_blanks():
    assert lint("某某报讯 XX记者 于X月X日报道。\n", "NL508") == []


# -- NL509 invisible characters ---------------------------------------------------


def test_invisible_characters_are_deleted_and_no_break_spaces_become_spaces():
    text = "巡察\u200b整改\u00a0工作\ufeff。\x07\n"
    found = lint(text, "NL509")
    assert [f[5] for f in found] == [
        "不可见字符 U+200B（零宽空格）",
        "不可见字符 U+00A0（不换行空格）",
        "不可见字符 U+FEFF（字节顺序标记（BOM））",
        "不可见字符 U+0007（控制字符）",
    ]
    assert assert_idempotent(text, "NL509") == "巡察整改 工作。\n"


# -- NL510 stray spaces -----------------------------------------------------------


def test_spaces_between_chinese_characters():
    text = notice(insert={6: "  市委巡察组 反馈了\u3000意见，干部群众 。"})
    found = lint(text, "NL510")
    assert [(f[1], f[2], f[4]) for f in found] == [(6, 8, 9), (6, 12, 13)]
    assert assert_idempotent(text, "NL510") == notice(insert={6: "  市委巡察组反馈了意见，干部群众 。"})


def test_spaces_in_quotes_titles_latin_and_indentation_are_kept():
    kept = "\u3000\u3000开展“干字当头 真抓实干”活动，学习《创设平台 促进发展》，使用 Excel 表格。"
    assert lint(notice(insert={6: kept}), "NL510") == []
    assert [f[1] for f in lint(notice(insert={6: kept.replace("开展", "开 展")}), "NL510")] == [6]


def test_a_document_that_is_not_a_notice_is_not_checked_for_spaces():
    # a news item's byline and headline are laid out with spaces; NL100 says what the document is
    news = "某某局公开巡察整改进展情况 接受群众监督\n本报讯（记者 王某 通讯员 李某）近日，某某局召开会议。\n"
    assert lint(news, "NL510") == []


def test_a_page_metadata_line_is_laid_out_with_spaces():
    draft = notice()
    title_end = draft.index("\n")
    text = draft[:title_end] + "\n来源：某某市水利局  发布时间：2025年4月18日\n" + draft[title_end + 1 :]
    assert lint(text, "NL510") == []
    # the same spaces inside a sentence of the body are still stray
    text = text.replace("现将", "现 将", 1)
    assert [f[0] for f in lint(text, "NL510")] == ["NL510"]


# -- NL511 截止 / 截至 --------------------------------------------------------------


def test_cutoff_before_a_point_in_time():
    text = "截止目前，已完成整改。截止到2023年3月底，完成12项。截止至今年6月。\n"
    found = lint(text, "NL511")
    assert [(f[2], f[5]) for f in found] == [
        (1, "“截止”应为“截至”"),
        (12, "“截止到”应为“截至”"),
        (30, "“截止至”应为“截至”"),
    ]
    assert assert_idempotent(text, "NL511") == "截至目前，已完成整改。截至2023年3月底，完成12项。截至今年6月。\n"


def test_correct_uses_of_cutoff():
    assert lint("报名截止时间为5月1日，截止日期已过，3月底前截止，截止2023年3月底前完成。\n", "NL511") == []


# -- all of the family -------------------------------------------------------------


def test_fixes_of_different_rules_do_not_overlap_on_the_corpus(corpus):
    for path in sorted(corpus.glob("*.txt")):
        edits = sorted(
            (e.start, e.end)
            for d in lint_diagnostics(path.read_text("utf-8"), "NL5")
            if d.fix and d.fix.applicability == "safe"
            for e in d.fix.edits
        )
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(edits)), path.name


def test_residue_lines_are_left_to_nl501():
    text = "召开会议,研究部署。\n浏览次数:1024\n"
    assert [f[1] for f in lint(text, "NL505")] == [1]
    assert [f[1] for f in lint(text, "NL501")] == [2]
