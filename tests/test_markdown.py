"""Markdown drafts: the rules see the prose, every position points into the
Markdown source as written."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLES, lint, linter

from notelint import formats


def prose(markdown: str) -> str:
    """The Markdown without the spans the reader marks as markup."""
    document = formats.read("draft.md", markdown.encode("utf-8"))
    pieces, last = [], 0
    for start, end in document.removed:
        pieces.append(document.source.text[last:start])
        last = end
    return "".join(pieces) + document.source.text[last:]


def lint_markdown(markdown: str, *codes: str):
    result = linter().lint_bytes("draft.md", markdown.encode("utf-8"))
    assert result.error is None
    source = result.source
    return [
        (d.code, *source.position(d.start), *source.position(d.end), d.message)
        for d in result.diagnostics
        if not codes or d.code.startswith(codes)
    ]


def as_markdown(text: str) -> str:
    """A plain-text notice as a Markdown user writes it: the title an ``#``
    heading, the 一、 headings ``##``, the （一） headings ``###``."""
    lines = []
    for line in text.split("\n"):
        if line.endswith("的通报"):
            line = "# " + line
        elif re.match(r"[一二三四五六七八九十]、", line):
            line = "## " + line
        elif re.match(r"（[一二三四五六七八九十]）[^。]*$", line):
            line = "### " + line
        lines.append(line)
    return "\n".join(lines)


COMPLETE = (EXAMPLES / "complete.txt").read_text("utf-8")


@pytest.mark.parametrize(
    "markdown, expected",
    [
        ("# 一、总体情况 #\n", "一、总体情况\n"),
        ("## （一）加强**组织**领导\n", "（一）加强组织领导\n"),
        ("> 引用的*一句*话。\n", "引用的一句话。\n"),
        ("- 联系电话：0755-12345678\n* 邮编：518000\n", "联系电话：0755-12345678\n邮编：518000\n"),
        ("1. 关于学习不深入的问题\n2) 关于推进不力的问题\n", "1.关于学习不深入的问题\n2)关于推进不力的问题\n"),
        ('详见[市某某局网站](https://www.example.gov.cn "官网")。\n', "详见市某某局网站。\n"),
        (
            "网址：<https://www.example.gov.cn>，邮箱：<jubangongshi@example.gov.cn>\n",
            "网址：https://www.example.gov.cn，邮箱：jubangongshi@example.gov.cn\n",
        ),
        ("见图![示意图](a.png)。\n", "见图。\n"),
        ("标题\n===\n正文\n---\n", "标题\n正文\n"),
        ("第一段\n\n***\n\n第二段\n", "第一段\n\n\n第二段\n"),
        ("转义的\\*星号\\*和`代码`\n", "转义的*星号*和代码\n"),
        ("<!-- 审稿意见 -->正文。\n", "正文。\n"),
    ],
)
def test_markup_is_not_prose(markdown, expected):
    assert prose(markdown) == expected


@pytest.mark.parametrize(
    "markdown",
    [
        "电子邮箱：ju_ban_gong@example.gov.cn\n",  # intraword underscores are text
        "面积为2*3平方米，**未配对\n",  # an unpaired run stays as typed
        "公开期限：2024年12月20日至2025年1月20日。\n",
        "1.关于理论学习不够深入的问题\n",  # no space after 1.: not a Markdown list
        "一、党委履行巡察整改主体责任情况\n",
    ],
)
def test_prose_without_markup_is_unchanged(markdown):
    assert prose(markdown) == markdown


def test_a_wrapped_paragraph_is_one_line_and_a_hard_break_stays():
    assert (
        prose("巡察反馈会后，局党委\n   第一时间召开会议，\n研究部署整改工作。\n")
        == "巡察反馈会后，局党委第一时间召开会议，研究部署整改工作。\n"
    )
    assert prose("中共某某市某某局委员会  \n2024年12月20日\n") == "中共某某市某某局委员会  \n2024年12月20日\n"
    assert prose("中共某某市某某局委员会\\\n2024年12月20日\n") == "中共某某市某某局委员会\n2024年12月20日\n"
    assert prose("> 第一行\n> 第二行\n") == "第一行第二行\n"


def test_code_blocks_and_comments_are_skipped():
    markdown = (
        "正文一。\n\n```text\n公开期限：2024年1月1日\n```\n\n    缩进的代码\n\n"
        "<!-- 审稿意见：\n核对日期 -->\n正文二<!-- 行内 -->。\n~~~\n未闭合的代码块\n"
    )
    assert prose(markdown) == "正文一。\n\n\n\n正文二。\n"


def test_comments_are_extracted_with_their_source_span():
    markdown = "<!-- notelint-disable NL505 -->\n正文。<!-- notelint-disable-next-line NL303 -->\n"
    document = formats.read("draft.md", markdown.encode("utf-8"))
    assert [(c.text, c.start, c.end, c.anchored) for c in document.comments] == [
        ("notelint-disable NL505", 0, 31, False),
        ("notelint-disable-next-line NL303", 35, 76, False),
    ]
    assert markdown[35:76] == "<!-- notelint-disable-next-line NL303 -->"


def test_a_notice_in_markdown_is_read_like_its_text():
    assert lint_markdown(as_markdown(COMPLETE)) == []
    assert lint(COMPLETE) == []


def test_positions_point_into_the_markdown_source():
    text = COMPLETE.replace(
        "（二）关于全面从严治党方面\n\n1.关于监督检查不够有力的问题。一是制定日常监督工作办法，明确监督重点和方式。二是开展专项检查两次，"
        "发现的问题已全部整改。\n\n2.关于作风建设有差距的问题。一是开展作风问题专项整治，建立问题清单。二是对照清单逐项整改，"
        "做到立行立改。\n\n",
        "（二）关于全面从严治党方面\n\n",
    )
    markdown = as_markdown(text)
    line = markdown.split("\n").index("### （二）关于全面从严治党方面") + 1
    message = "标题“关于全面从严治党方面”下没有内容"
    assert lint_markdown(markdown, "NL113") == [("NL113", line, 5, line, 18, message)]
    # the same heading as plain text: same finding, one column per character of markup less
    plain_line = text.split("\n").index("（二）关于全面从严治党方面") + 1
    assert lint(text, "NL113") == [("NL113", plain_line, 1, plain_line, 14, message)]


def test_a_heading_with_and_without_hash_reads_the_same():
    with_hash = as_markdown(COMPLETE).replace("## 三、下一步工作打算\n", "")
    without_hash = (
        as_markdown(COMPLETE)
        .replace("## 三、下一步工作打算", "三、下一步工作打算")
        .replace("## 一、", "一、")
        .replace("## 二、", "二、")
    )
    assert lint_markdown(without_hash) == []
    codes = [d[0] for d in lint_markdown(with_hash)]
    assert codes == [d[0] for d in lint(COMPLETE.replace("三、下一步工作打算\n", ""))]
    assert codes  # removing the heading is a defect


def test_a_commented_out_or_fenced_part_is_missing():
    period = "公开期限：2024年12月20日至2025年1月20日。"
    for hidden in (f"<!-- {period} -->", f"```\n{period}\n```"):
        markdown = as_markdown(COMPLETE).replace(period, hidden)
        line = next(i for i, text in enumerate(markdown.split("\n"), 1) if text.startswith("联系电话："))
        assert lint_markdown(markdown, "NL107") == [("NL107", line, 1, line, 1, "缺少公开期限")]


def test_markdown_suffixes_and_other_text():
    assert formats.read("draft.markdown", "**加粗**\n".encode()).removed == [(0, 2), (4, 6)]
    assert formats.read("draft.txt", "**加粗**\n".encode()).removed == []


def test_a_directive_in_a_comment_suppresses_the_next_line():
    text = COMPLETE.replace(
        "（二）关于全面从严治党方面\n\n1.关于监督检查不够有力的问题。一是制定日常监督工作办法，明确监督重点和方式。二是开展专项检查两次，"
        "发现的问题已全部整改。\n\n2.关于作风建设有差距的问题。一是开展作风问题专项整治，建立问题清单。二是对照清单逐项整改，"
        "做到立行立改。\n\n",
        "（二）关于全面从严治党方面\n\n",
    )
    markdown = as_markdown(text)
    assert [d[0] for d in lint_markdown(markdown)] == ["NL113"]
    suppressed = markdown.replace(
        "### （二）关于全面从严治党方面", "<!-- notelint-disable-next-line NL113 -->\n### （二）关于全面从严治党方面"
    )
    assert lint_markdown(suppressed) == []


def test_markup_punctuation_is_not_reported_as_half_width():
    markdown = as_markdown(COMPLETE).replace(
        "欢迎广大干部群众", "<!-- 审稿：已核对! -->欢迎[广大干部群众](https://www.example.gov.cn/a_b?id=1)"
    )
    assert lint_markdown(markdown) == []
    assert [code for code, *_ in lint_markdown(markdown.replace("欢迎", "欢迎(", 1))] == ["NL504", "NL505"]


def test_disable_and_enable_directives_bound_a_region_and_unused_ones_are_reported():
    markdown = as_markdown(COMPLETE.replace("发现的问题已全部整改。", "发现的问题已全部整改。。"))
    row = next(i for i, line in enumerate(markdown.split("\n"), 1) if "整改。。" in line)
    assert [d[:2] for d in lint_markdown(markdown)] == [("NL506", row)]
    region = markdown.replace("## 三、", "<!-- notelint-enable -->\n\n## 三、").replace(
        "## 二、", "<!-- notelint-disable NL506 NL505 -->\n\n## 二、"
    )
    comment_row = next(i for i, line in enumerate(region.split("\n"), 1) if "notelint-disable" in line)
    assert lint_markdown(region) == [
        (
            "NL901",
            comment_row,
            1,
            comment_row,
            len("<!-- notelint-disable NL506 NL505 -->") + 1,
            "指令“notelint-disable NL506 NL505”中的 NL505 没有抑制任何问题",
        )
    ]
    after_the_finding = markdown.replace("## 三、", "<!-- notelint-disable NL506 -->\n\n## 三、")
    assert [d[0] for d in lint_markdown(after_the_finding)] == ["NL506", "NL901"]


def test_a_draft_without_blank_lines_reads_one_part_a_line():
    # Drafters who leave no blank lines mean each line as a paragraph; a
    # renderer would join them, but the parts of the notice are still there.
    tight = re.sub(r"\n\n+", "\n", as_markdown(COMPLETE))
    assert lint_markdown(tight) == []
    assert lint_markdown(re.sub(r"\n\n+", "\n", COMPLETE)) == []


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        # a finished sentence, then the next paragraph
        ("整改工作全部完成。\n欢迎监督。\n", "整改工作全部完成。\n欢迎监督。\n"),
        # numbered headings, each on a line of its own; a wrapped line joins
        (
            "整改情况如下：\n（一）关于党的建设方面\n1.关于学习不深入的问题。对照问题清单逐项整改，\n已全部完成。\n",
            "整改情况如下：\n（一）关于党的建设方面\n1.关于学习不深入的问题。对照问题清单逐项整改，已全部完成。\n",
        ),
        # labelled fields, the signature and the signing date
        (
            "联系电话：0736-7712345\n邮政编码：415000\n中共某某市某某局委员会\n2024年12月20日\n",
            "联系电话：0736-7712345\n邮政编码：415000\n中共某某市某某局委员会\n2024年12月20日\n",
        ),
        # a sentence wrapped mid-way stays one line, a date inside it too
        ("巡察组于\n2024年5月10日反馈了意见。\n", "巡察组于2024年5月10日反馈了意见。\n"),
    ],
)
def test_a_line_that_starts_a_part_keeps_its_line_break(markdown, expected):
    assert prose(markdown) == expected
