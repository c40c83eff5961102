"""Word .docx drafts, built here with python-docx: the text as Word shows it
(automatic numbers included), the same findings as the equivalent .txt, and
positions as paragraph and character."""

from __future__ import annotations

import io
import json
import re
import zipfile

import docx
import pytest
from conftest import EXAMPLES, lint, linter, run_cli
from docx.oxml import parse_xml

from notelint import formats
from notelint.formats.docx_numbering import Numbering, format_number
from notelint.reporters import ReportOptions, render
from notelint.source import InputError

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
COMPLETE = (EXAMPLES / "complete.txt").read_text("utf-8")

# The GB/T 9704 heading scheme as Word's multi-level list: 一、 （一） 1. （1）
SCHEME = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimal", "（%4）"))
_LABELS = (
    re.compile(r"[一二三四五六七八九十]+、"),
    re.compile(r"（[一二三四五六七八九十]+）"),
    re.compile(r"\d+\."),
    re.compile(r"（\d+）"),
)


def abstract_xml(abstract_id: int, levels=SCHEME, extra: str = "") -> str:
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/>{extra}</w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{body}</w:abstractNum>'


def num_xml(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def add_scheme(document, num_id: int = 90) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    abstract = parse_xml(abstract_xml(num_id))
    if first_num is not None:  # abstract definitions come before the instances
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(num_xml(num_id, num_id)))


def number(paragraph, num_id: int, ilvl: int) -> None:
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = ilvl
    numbering.get_or_add_numId().val = num_id


def build(
    text: str,
    automatic: bool = False,
    table_rows: dict[str, list[tuple[str, str]]] | None = None,
    comments: dict[str, str] | None = None,
):
    """A .docx with one paragraph per non-empty line of ``text``; with
    ``automatic``, heading labels become Word's automatic numbering; a line
    that is a key of ``table_rows`` becomes a two-column table instead; a
    line that is a key of ``comments`` gets a Word comment with that text."""
    document = docx.Document()
    if automatic:
        add_scheme(document)
    for line in text.split("\n"):
        if not line.strip():
            continue
        if table_rows and line in table_rows:
            rows = table_rows[line]
            table = document.add_table(rows=len(rows), cols=2)
            for row, (label, value) in zip(table.rows, rows):
                row.cells[0].text, row.cells[1].text = label, value
            continue
        level = next((i for i, label in enumerate(_LABELS) if label.match(line)), None) if automatic else None
        if level is None:
            paragraph = document.add_paragraph(line)
        else:
            paragraph = document.add_paragraph(line[_LABELS[level].match(line).end() :])
            number(paragraph, 90, level)
        if comments and line in comments:
            document.add_comment(paragraph.runs[0], text=comments[line], author="审稿人")
    return save(document)


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def lint_docx(data: bytes, *codes: str):
    """(code, location, message) of each diagnostic of the .docx ``data``."""
    result = linter().lint_bytes("draft.docx", data)
    assert result.error is None, result.error
    locate = result.document.locate
    return [(d.code, locate(d.start), d.message) for d in result.diagnostics if not codes or d.code.startswith(codes)]


def codes_and_messages(text: str):
    return [(code, message) for code, *_, message in lint(text)]


def shown_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


# Four levels: 一、 → （一） → 1. → （1）, each restarting under its parent.
FOUR_LEVELS = COMPLETE.replace(
    "三是把理论学习情况纳入年度考核。\n",
    "三是把理论学习情况纳入年度考核。\n\n（1）修订学习制度。明确集中学习的频次。\n\n（2）建立学习档案。逐人记录学习情况。\n",
).replace(
    "二是建立重点工作月报制度，按月通报进展。\n",
    "二是建立重点工作月报制度，按月通报进展。\n\n（1）梳理任务清单。逐项明确时间节点。\n",
)
WITHOUT_SECTION_BODY = COMPLETE.replace(
    "（二）关于全面从严治党方面\n\n1.关于监督检查不够有力的问题。一是制定日常监督工作办法，明确监督重点和方式。二是开展专项检查两次，"
    "发现的问题已全部整改。\n\n2.关于作风建设有差距的问题。一是开展作风问题专项整治，建立问题清单。二是对照清单逐项整改，"
    "做到立行立改。\n\n",
    "（二）关于全面从严治党方面\n\n",
)
CONTACT_LINE = next(line for line in COMPLETE.split("\n") if line.startswith("联系电话："))
# The contact fields as a two-column table: 联系电话： | 0755-12345678, …
CONTACT_ROWS = [
    (label + "：", value)
    for label, value in (field.split("：", 1) for field in re.split("[；，]", CONTACT_LINE.rstrip("。")))
]
WITHOUT_PERIOD = COMPLETE.replace("公开期限：2024年12月20日至2025年1月20日。\n\n", "")


def test_manual_numbering_reads_like_the_text():
    data = build(COMPLETE)
    document = formats.read("draft.docx", data)
    assert document.source.text == shown_lines(COMPLETE)
    assert document.writable is False
    assert lint_docx(data) == [] and lint(COMPLETE) == []


def test_a_missing_part_is_located_by_paragraph():
    paragraph = shown_lines(WITHOUT_PERIOD).split("\n").index(CONTACT_LINE) + 1
    assert lint_docx(build(WITHOUT_PERIOD)) == [("NL107", {"paragraph": paragraph, "character": 1}, "缺少公开期限")]
    assert codes_and_messages(WITHOUT_PERIOD) == [("NL107", "缺少公开期限")]


def test_automatic_numbering_is_shown_as_word_shows_it():
    data = build(FOUR_LEVELS, automatic=True)
    text = formats.read("draft.docx", data).source.text
    assert text == shown_lines(FOUR_LEVELS)
    assert "（1）修订学习制度" in text and "（1）梳理任务清单" in text  # （1） restarts under each 1.
    assert lint_docx(data) == [] and lint(FOUR_LEVELS) == []


def test_a_finding_on_an_automatic_number_says_so():
    data = build(WITHOUT_SECTION_BODY, automatic=True)
    paragraph = shown_lines(WITHOUT_SECTION_BODY).split("\n").index("（二）关于全面从严治党方面") + 1
    message = "标题“关于全面从严治党方面”下没有内容"
    assert lint_docx(data, "NL113") == [
        ("NL113", {"paragraph": paragraph, "character": 1, "automatic_number": True}, message)
    ]
    assert [d for d in codes_and_messages(WITHOUT_SECTION_BODY) if d[0] == "NL113"] == [("NL113", message)]
    # typed by hand, the same label is no automatic number
    assert lint_docx(build(WITHOUT_SECTION_BODY), "NL113") == [
        ("NL113", {"paragraph": paragraph, "character": 1}, message)
    ]


def test_a_contact_table_reads_row_by_row():
    as_lines = COMPLETE.replace(CONTACT_LINE, "\n".join(label + value for label, value in CONTACT_ROWS))
    data = build(COMPLETE, table_rows={CONTACT_LINE: CONTACT_ROWS})
    document = formats.read("draft.docx", data)
    assert "联系电话：\t0755-12345678\n邮政信箱：\t" in document.source.text
    assert lint_docx(data) == [] and lint(as_lines) == []
    # a table without an e-mail row: the same finding as the text, located in the table
    rows = CONTACT_ROWS[:3]
    data = build(COMPLETE, table_rows={CONTACT_LINE: rows})
    as_lines = COMPLETE.replace(CONTACT_LINE, "\n".join(label + value for label, value in rows))
    found = lint_docx(data)
    assert [(code, message) for code, _, message in found] == codes_and_messages(as_lines) != []
    location = found[0][1]
    assert location["table"] == 1 and location["row"] >= 1 and location["cell"] in (1, 2)
    document = formats.read("draft.docx", data)
    first_cell = document.source.text.index("联系电话：")
    assert document.locate(first_cell + 2) == {
        "paragraph": location["paragraph"],
        "character": 3,
        "table": 1,
        "row": 1,
        "cell": 1,
    }
    assert document.locate(document.source.text.index("0755")) == {
        "paragraph": location["paragraph"] + 1,
        "character": 1,
        "table": 1,
        "row": 1,
        "cell": 2,
    }


def test_word_comments_are_anchored_to_their_paragraphs():
    document = docx.Document()
    first = document.add_paragraph("一、党委履行巡察整改主体责任情况")
    document.add_paragraph("")
    second = document.add_paragraph("局党委把巡察整改作为重大政治任务。")
    third = document.add_paragraph("二、巡察反馈问题的整改进展情况")
    document.add_comment([first.runs[0], second.runs[0]], text="notelint-disable NL113", author="审稿人")
    document.add_comment(third.runs[0], text="请核对\n标题", author="审稿人")
    read = formats.read("draft.docx", save(document))
    text = read.source.text
    assert (
        text == "一、党委履行巡察整改主体责任情况\n局党委把巡察整改作为重大政治任务。\n二、巡察反馈问题的整改进展情况"
    )
    second_end = text.index("二、") - 1
    assert [(c.text, c.start, c.end, c.anchored) for c in read.comments] == [
        ("notelint-disable NL113", 0, second_end, True),
        ("请核对\n标题", second_end + 1, len(text), True),
    ]


def test_a_word_comment_suppresses_findings_in_its_paragraphs():
    heading = "（二）关于全面从严治党方面"
    paragraph = shown_lines(WITHOUT_SECTION_BODY).split("\n").index(heading) + 1
    assert (
        lint_docx(build(WITHOUT_SECTION_BODY, automatic=True, comments={heading: "已知问题 notelint-disable NL113"}))
        == []
    )
    # a directive on another paragraph suppresses nothing there: NL901 on the comment's paragraph
    title = COMPLETE.split("\n")[0]
    found = lint_docx(build(WITHOUT_SECTION_BODY, automatic=True, comments={title: "notelint-disable NL113"}))
    assert [(code, location) for code, location, _ in found] == [
        ("NL901", {"paragraph": 1, "character": 1}),
        ("NL113", {"paragraph": paragraph, "character": 1, "automatic_number": True}),
    ]


def test_numbering_restarts_continues_and_overrides():
    numbering = parse_xml(
        f"<w:numbering {W_NS}>"
        + abstract_xml(1)
        + abstract_xml(2, (("decimal", "%1."), ("decimal", "%1.%2")), extra="")
        + num_xml(1, 1)
        + num_xml(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
        + num_xml(3, 1)
        + num_xml(
            4,
            2,
            '<w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="5"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1-%2"/><w:lvlRestart w:val="0"/></w:lvl></w:lvlOverride>',
        )
        + "</w:numbering>"
    )
    styles = parse_xml(
        f'<w:styles {W_NS}><w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr>'
        f'<w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'
    )
    reader = Numbering(numbering, styles)

    def label(num_id=None, ilvl=None, style=None):
        properties = ""
        if style:
            properties += f'<w:pStyle w:val="{style}"/>'
        if num_id is not None:
            properties += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        return reader.label(parse_xml(f"<w:p {W_NS}><w:pPr>{properties}</w:pPr></w:p>"))

    shown = [
        label(1, 0),
        label(style="Heading2"),
        label(style="Heading2"),
        label(1, 0),
        label(style="Heading2"),
        label(2, 0),
        label(3, 0),
        label(1, 0),
        label(0, 0),
        label(),
        label(4, 0),
        label(4, 1),
        label(4, 0),
        label(4, 1),
    ]
    assert shown == [
        "一、",
        "（一）",
        "（二）",
        "二、",
        "（一）",
        "一、",  # num 2 restarts the shared list
        "二、",
        "三、",  # nums 1 and 3 continue it
        "",
        "",  # numId 0 switches numbering off; no numbering at all
        "1.",
        "1-5",
        "2.",
        "2-6",
    ]  # a level that never restarts


@pytest.mark.parametrize(
    "value, number_format, shown",
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (21, "chineseCountingThousand", "二十一"),
        (105, "chineseCountingThousand", "一百零五"),
        (3, "ideographTraditional", "丙"),
        (12, "ideographDigital", "一二"),
        (2, "decimalEnclosedCircle", "②"),
        (3, "chineseLegalSimplified", "叁"),
        (4, "upperRoman", "IV"),
        (28, "lowerLetter", "bb"),
        (7, "decimalZero", "07"),
        (5, "decimalFullWidth", "５"),
        (5, "none", ""),
        (6, "someFutureFormat", "6"),
    ],
)
def test_number_formats(value, number_format, shown):
    assert format_number(value, number_format) == shown


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, message",
    [
        (build("一、标题")[:300], "无法读取：.docx 文件已损坏或不完整（不是有效的 zip 压缩包）"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            "无法读取：这个 .docx 设有密码（已加密），请取消密码后再检查",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64,
            "无法读取：这是旧版 Word/WPS 文件（.doc/.wps），请另存为 .docx",
        ),
        (_zip({"a.txt": b"x"}), "无法读取：这个 zip 压缩包不是 Word 文档（没有 word/ 文档部件）"),
        (build(""), "无法检查：文档没有文字"),
    ],
)
def test_unreadable_docx_is_one_clear_line(data, message):
    with pytest.raises(InputError) as raised:
        formats.read("draft.docx", data)
    assert raised.value.zh == message and "\n" not in raised.value.en


def test_a_word_document_is_recognised_whatever_its_name():
    assert formats.read("draft.txt", build("一、标题")).source.text == "一、标题"


def test_real_notice_as_docx_gives_the_same_codes(corpus):
    text = (corpus / "real-01-shenzhen-sasac-2025.txt").read_text("utf-8")
    from_text = {d.code for d in linter().lint_bytes("real.txt", text.encode("utf-8")).diagnostics}
    from_docx = {code for code, *_ in lint_docx(build(text))}
    assert from_docx == from_text


def test_unreadable_files_do_not_stop_the_others(tmp_path):
    (tmp_path / "a-complete.txt").write_text(COMPLETE, "utf-8")
    (tmp_path / "b-broken.docx").write_bytes(build("一、标题")[:300])
    (tmp_path / "c-no-period.docx").write_bytes(build(WITHOUT_PERIOD))
    (tmp_path / "~$c-no-period.docx").write_bytes(b"\x0cWord lock file")  # Word's while the draft is open
    result = run_cli("check", "--format", "concise", str(tmp_path))
    paragraph = shown_lines(WITHOUT_PERIOD).split("\n").index(CONTACT_LINE) + 1
    assert result.returncode == 2
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'b-broken.docx'}: 无法读取：.docx 文件已损坏或不完整（不是有效的 zip 压缩包）",
        f"{tmp_path / 'c-no-period.docx'}:¶{paragraph}:1: NL107 缺少公开期限",
        "共发现 1 个问题（错误 1 个）；1 个文件无法读取。",
    ]


@pytest.mark.parametrize(
    "lang, where",
    [
        ("zh", "：第 {n} 段第 1 字（自动编号）"),
        ("en", ": paragraph {n}, character 1 (automatic number)"),
    ],
)
def test_human_output_names_the_paragraph_and_the_automatic_number(lang, where):
    result = linter(lang).lint_bytes("draft.docx", build(WITHOUT_SECTION_BODY, automatic=True))
    paragraph = shown_lines(WITHOUT_SECTION_BODY).split("\n").index("（二）关于全面从严治党方面") + 1
    full = render("full", [result], ReportOptions(lang=lang, color=False))
    assert f"  --> draft.docx{where.format(n=paragraph)}\n" in full
    assert f"\n{paragraph} | （二）关于全面从严治党方面\n" in full
    concise = render("concise", [result], ReportOptions(lang=lang))
    note = "（自动编号）" if lang == "zh" else " (automatic number)"
    assert f"draft.docx:¶{paragraph}:1: NL113 " in concise and f"{note}\n" in concise
    diagnostics = json.loads(render("json", [result], ReportOptions(lang=lang)))["files"][0]["diagnostics"]
    assert [d["location"] for d in diagnostics if d["code"] == "NL113"] == [
        {"paragraph": paragraph, "character": 1, "automatic_number": True}
    ]


def test_fix_never_rewrites_a_docx_and_diff_shows_the_change(tmp_path):
    draft = tmp_path / "draft.docx"
    data = build(COMPLETE.replace("2024年7月2日", "2024-07-02"), automatic=True)
    draft.write_bytes(data)
    command = ["check", "--format", "concise", str(draft)]
    fixed = run_cli(*command, "--fix")
    assert draft.read_bytes() == data
    assert "1 个修复未写入：.docx 从不改写（会丢失格式）；用 --diff 查看建议的修改" in fixed.stderr
    assert f"{draft}:¶2:" in fixed.stdout and "NL302" in fixed.stdout  # still reported: nothing was fixed
    diff = run_cli(*command, "--diff")
    assert draft.read_bytes() == data
    assert "\n-根据市委统一部署" in diff.stdout and "常规巡察。2024年7月2日，市委" in diff.stdout
