"""notelint annotate: findings as Word comments on the exact characters,
safe fixes as tracked changes, the draft itself untouched. The annotated file
is opened with python-docx and read as raw XML."""

from __future__ import annotations

import datetime
import io
import json
import os
import re
import subprocess
import zipfile

import docx
import pytest
from conftest import EXAMPLES, lint
from lxml import etree
from test_docx import COMPLETE, CONTACT_LINE, CONTACT_ROWS, WITHOUT_SECTION_BODY, build, shown_lines

from notelint import cli, formats
from notelint.annotate import annotate, default_output
from notelint.formats import legacy
from notelint.runner import RunOptions, Workspace
from notelint.source import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATE_PARAGRAPH = next(line for line in COMPLETE.split("\n") if "2024年7月2日" in line)
# Draft A: a heading Word numbers with nothing under it (NL113 on an automatic
# number), no 公开期限 (NL107, a missing part), a date in the wrong format (NL302).
DRAFT_A = WITHOUT_SECTION_BODY.replace("公开期限：2024年12月20日至2025年1月20日。\n\n", "").replace(
    "2024年7月2日", "2024-07-02"
)
# Draft B: punctuation flattened to half-width throughout (NL505, one file-wide finding).
DRAFT_B = COMPLETE.replace("，", ",").replace("：", ":")


def workspace(options: RunOptions | None = None) -> Workspace:
    return Workspace(options or RunOptions(isolated=True))


def run_annotate(tmp_path, data: bytes, name: str = "draft.docx", **options):
    draft = tmp_path / name
    draft.write_bytes(data)
    done = annotate(workspace(options.pop("run_options", None)), str(draft), **options)
    with open(done.output, "rb") as file:
        return draft, done, file.read()


def part(data: bytes, name: str):
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def anchors(data: bytes) -> dict[str, str]:
    """Comment id → the text between its range start and end, in document order
    (deleted text left out; paragraphs joined by a line break)."""
    body = part(data, "word/document.xml")
    open_ids: list[str] = []
    texts: dict[str, list[str]] = {}
    for element in body.iter():
        if element.tag == f"{W}commentRangeStart":
            open_ids.append(element.get(f"{W}id"))
            texts[element.get(f"{W}id")] = []
        elif element.tag == f"{W}commentRangeEnd":
            open_ids.remove(element.get(f"{W}id"))
        elif element.tag == f"{W}t" and element.text:
            for comment_id in open_ids:
                texts[comment_id].append(element.text)
        elif element.tag == f"{W}p":
            for comment_id in open_ids:
                if texts[comment_id]:
                    texts[comment_id].append("\n")
    return {comment_id: "".join(pieces).strip("\n") for comment_id, pieces in texts.items()}


def comments(data: bytes) -> list[tuple[str, str, str]]:
    """(anchored text, code line, whole comment text) of each comment, by python-docx."""
    anchored = anchors(data)
    found = []
    for comment in docx.Document(io.BytesIO(data)).comments:
        lines = comment.text.split("\n")
        found.append((anchored[str(comment.comment_id)], lines[1] if len(lines) > 1 else "", comment.text))
    return found


def by_code(data: bytes, code: str) -> list[tuple[str, str]]:
    return [(anchored, text) for anchored, line, text in comments(data) if line.startswith(code)]


def accept_all(data: bytes) -> bytes:
    """What Word's "accept all changes" does: w:ins unwrapped, w:del removed."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    body = etree.fromstring(archive.read("word/document.xml"))
    for deleted in list(body.iter(f"{W}del")):
        deleted.getparent().remove(deleted)
    for inserted in list(body.iter(f"{W}ins")):
        parent = inserted.getparent()
        index = parent.index(inserted)
        for offset, child in enumerate(list(inserted)):
            parent.insert(index + offset, child)
        parent.remove(inserted)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for item in archive.infolist():
            out.writestr(
                item,
                etree.tostring(body, xml_declaration=True, encoding="UTF-8", standalone=True)
                if item.filename == "word/document.xml"
                else archive.read(item.filename),
            )
    return buffer.getvalue()


def text_of(data: bytes) -> str:
    return formats.read("draft.docx", data).source.text


def draft_a() -> bytes:
    """DRAFT_A as Word: automatic numbering, and the date paragraph in two runs
    that split the date (``…2024-0`` plain, ``7-02…`` bold in 黑体 16 pt)."""
    document = docx.Document(io.BytesIO(build(DRAFT_A, automatic=True)))
    paragraph = next(p for p in document.paragraphs if "2024-07-02" in p.text)
    text = paragraph.text
    split = text.index("2024-07-02") + len("2024-0")
    paragraph.runs[0].text = text[:split]
    second = paragraph.add_run(text[split:])
    second.bold = True
    second.font.name = "黑体"
    second.font.size = docx.shared.Pt(16)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_each_kind_of_finding_is_anchored_on_its_characters(tmp_path):
    _draft, done, out = run_annotate(tmp_path, draft_a())
    assert done.output == str(tmp_path / "draft.notelint.docx")
    assert [d.code for d in done.diagnostics] == ["NL302", "NL113", "NL107"]
    found = comments(out)
    assert len(found) == 3
    # a character range, across two runs
    [(anchored, text)] = by_code(out, "NL302")
    assert anchored == "2024-07-02"
    assert text == ("日期“2024-07-02”用了数字分隔格式，应写作“2024年7月2日”\nNL302 date-format\n建议改为：2024年7月2日")
    # a number Word generates: the comment points at the paragraph it numbers
    [(anchored, text)] = by_code(out, "NL113")
    assert anchored == "关于全面从严治党方面"
    assert "自动生成的编号" in text
    # a missing part: the paragraph where it belongs (as the report's location says)
    [(anchored, text)] = by_code(out, "NL107")
    assert anchored == CONTACT_LINE
    assert text == "缺少公开期限\nNL107 disclosure-period-missing"
    # the text is unchanged by the splits
    assert text_of(out) == text_of(draft_a())


def test_comment_metadata_and_package_parts(tmp_path):
    _, _, out = run_annotate(tmp_path, draft_a())
    before = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    for comment in docx.Document(io.BytesIO(out)).comments:
        assert comment.author == "notelint" and comment.initials == "NL"
        assert abs((comment.timestamp - before).total_seconds()) < 120
    types = part(out, "[Content_Types].xml")
    assert any(
        o.get("PartName") == "/word/comments.xml" and o.get("ContentType").endswith("comments+xml") for o in types
    )
    relationships = part(out, "word/_rels/document.xml.rels")
    assert any(r.get("Type").endswith("/comments") and r.get("Target") == "comments.xml" for r in relationships)
    body = part(out, "word/document.xml")
    ids = {
        tag: sorted(e.get(f"{W}id") for e in body.iter(f"{W}{tag}"))
        for tag in ("commentRangeStart", "commentRangeEnd", "commentReference")
    }
    assert ids["commentRangeStart"] == ids["commentRangeEnd"] == ids["commentReference"] == ["0", "1", "2"]
    # each reference sits in a run of its own, right after its range end
    for end in body.iter(f"{W}commentRangeEnd"):
        reference = end.getnext()
        assert reference.tag == f"{W}r" and reference[0].tag == f"{W}commentReference"


def test_run_formatting_around_a_split_is_kept(tmp_path):
    _, _, out = run_annotate(tmp_path, draft_a())
    paragraph = next(p for p in docx.Document(io.BytesIO(out)).paragraphs if "2024-07-02" in p.text)
    runs = [(run.text, run.bold, run.font.name, run.font.size) for run in paragraph.runs]
    before, date = DATE_PARAGRAPH.split("2024年7月2日")[0], "2024-07-02"
    tail = DATE_PARAGRAPH.split("2024年7月2日")[1]
    big = docx.shared.Pt(16)
    # the empty run is the comment's reference, right after the range's end
    assert runs == [
        (before, None, None, None),
        ("2024-0", None, None, None),
        ("7-02", True, "黑体", big),
        ("", None, None, None),
        (tail, True, "黑体", big),
    ]
    assert "".join(text for text, *_ in runs) == before + date + tail


def test_a_table_cell_finding_is_anchored_in_its_cell(tmp_path):
    rows = [(label, value.replace("0755-12345678", "0755-123")) for label, value in CONTACT_ROWS]
    _, done, out = run_annotate(tmp_path, build(COMPLETE, table_rows={CONTACT_LINE: rows}))
    assert [(d.code, d.extra["location"]["cell"]) for d in done.diagnostics] == [("NL401", 2)]
    [(anchored, _)] = by_code(out, "NL401")
    assert anchored == "0755-123"
    start = next(part(out, "word/document.xml").iter(f"{W}commentRangeStart"))
    cell = next(a for a in start.iterancestors() if a.tag == f"{W}tc")
    assert "".join(cell.itertext()) == "0755-123"


def test_a_file_wide_finding_gets_one_comment_at_its_first_occurrence(tmp_path):
    _, done, out = run_annotate(tmp_path, build(DRAFT_B))
    nl505 = by_code(out, "NL505")
    assert len(nl505) == 1 == sum(d.code == "NL505" for d in done.diagnostics)
    anchored, text = nl505[0]
    first = shown_lines(DRAFT_B).index(",")
    assert anchored == "," and first == min(shown_lines(DRAFT_B).index(mark) for mark in ",:")
    marks = shown_lines(DRAFT_B).count(",") + shown_lines(DRAFT_B).count(":")
    assert text.split("\n")[2] == f"建议改为：，（全文另有 {marks - 1} 处一并修改）"
    assert len(comments(out)) == len(done.diagnostics)


def test_accepting_every_tracked_change_gives_what_fix_gives(tmp_path):
    text = shown_lines(DRAFT_B).replace("2024年7月2日", "2024-07-02")
    _, done, out = run_annotate(tmp_path, build(text), suggest_fixes=True)
    assert done.revisions > 30
    body = part(out, "word/document.xml")
    for change in [*body.iter(f"{W}ins"), *body.iter(f"{W}del")]:
        assert change.get(f"{W}author") == "notelint"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", change.get(f"{W}date"))
    ids = [e.get(f"{W}id") for e in body.iter(f"{W}ins", f"{W}del")]
    assert len(ids) == len(set(ids))
    # the same text as a .txt, fixed by `notelint check --fix`
    plain = tmp_path / "same.txt"
    plain.write_text(text, "utf-8")
    cli._run(["check", "--isolated", "--fix", "--format", "concise", str(plain)])
    fixed = plain.read_text("utf-8")
    assert fixed != text
    assert text_of(accept_all(out)) == fixed
    [(_, date_comment)] = by_code(out, "NL302")
    assert date_comment.endswith("建议改为：2024年7月2日（已标为修订）")


def test_web_residue_lines_are_deleted_as_whole_paragraphs(tmp_path):
    # NL501's fix deletes a line with its line break: in Word, the paragraph's
    # text as a deletion (an emptied paragraph is no paragraph to the reader).
    title = COMPLETE.split("\n")[0]
    text = COMPLETE.replace(title + "\n", title + "\n打印本页\n", 1).rstrip("\n") + "\n【关闭窗口】\n"
    _, _done, out = run_annotate(tmp_path, build(text), suggest_fixes=True)
    body = part(out, "word/document.xml")
    assert ["".join(d.itertext()) for d in body.iter(f"{W}del")] == ["打印本页", "【关闭窗口】"]
    plain = tmp_path / "same.txt"
    plain.write_text(shown_lines(text), "utf-8")
    cli._run(["check", "--isolated", "--fix-only", str(plain)])
    assert text_of(accept_all(out)) == plain.read_text("utf-8").rstrip("\n") == shown_lines(COMPLETE)


def test_unsafe_fixes_appear_only_in_the_comments(tmp_path):
    text = COMPLETE.replace("进展情况", "進展情况", 1)
    assert [d[0] for d in lint(text)] == ["NL503"]  # its fix (script conversion) is unsafe
    _, _, out = run_annotate(tmp_path, build(text), suggest_fixes=True)
    body = part(out, "word/document.xml")
    assert list(body.iter(f"{W}ins")) == [] and list(body.iter(f"{W}del")) == []
    [(anchored, comment)] = by_code(out, "NL503")
    assert anchored == "進"
    assert comment.endswith("建议改为：进（此修改未必正确，请核实）")


def test_the_draft_is_never_touched_and_outputs_never_collide(tmp_path):
    data = draft_a()
    draft = tmp_path / "draft.docx"
    draft.write_bytes(data)
    before = os.stat(draft)
    assert cli._run(["annotate", "--isolated", str(draft)]) == 1
    assert cli._run(["annotate", "--isolated", str(draft)]) == 1
    assert draft.read_bytes() == data and os.stat(draft).st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx", "draft.notelint-2.docx", "draft.notelint.docx"]
    assert default_output(str(draft)) == str(tmp_path / "draft.notelint-3.docx")


def test_output_onto_the_draft_is_refused(tmp_path, capsys):
    data = draft_a()
    draft = tmp_path / "draft.docx"
    draft.write_bytes(data)
    assert cli._run(["annotate", "--isolated", str(draft), "-o", str(draft)]) == 2
    assert capsys.readouterr().err.strip() == f"{draft}: 输出文件不能是草稿本身"
    assert draft.read_bytes() == data


def test_existing_comments_are_kept_and_word_directives_apply(tmp_path):
    heading = "（二）关于全面从严治党方面"
    data = build(
        DRAFT_A,
        automatic=True,
        comments={
            heading: "notelint-disable NL113",
            DATE_PARAGRAPH.replace("2024年7月2日", "2024-07-02"): "请核对日期",
        },
    )
    _, done, out = run_annotate(tmp_path, data)
    assert [d.code for d in done.diagnostics] == ["NL302", "NL107"]
    kept = [(c.author, c.text, c.comment_id) for c in docx.Document(io.BytesIO(out)).comments]
    assert [(author, text) for author, text, _ in kept[:2]] == [
        ("审稿人", "请核对日期"),
        ("审稿人", "notelint-disable NL113"),
    ]
    assert [author for author, *_ in kept[2:]] == ["notelint", "notelint"]
    assert len({comment_id for *_, comment_id in kept}) == 4


def test_settings_selection_and_baseline_apply_as_in_check(tmp_path, capsys):
    draft = tmp_path / "draft.docx"
    draft.write_bytes(draft_a())
    # NL302 is a warning: below the default fail level (error), so exit 0
    assert cli._run(["annotate", "--isolated", "--select", "NL302", str(draft), "-o", str(tmp_path / "a.docx")]) == 0
    assert [code for _, code, _ in comments((tmp_path / "a.docx").read_bytes())] == ["NL302 date-format"]
    (tmp_path / "notelint.toml").write_text('[per-file-ignores]\n"draft.docx" = ["NL3"]\n', "utf-8")
    assert cli._run(["annotate", str(draft), "-o", str(tmp_path / "b.docx")]) == 1
    assert [code for _, code, _ in comments((tmp_path / "b.docx").read_bytes())] == [
        "NL113 empty-section",
        "NL107 disclosure-period-missing",
    ]
    baseline = tmp_path / "baseline.json"
    assert cli._run(["check", "--write-baseline", str(baseline), str(draft)]) == 0
    assert cli._run(["annotate", "--baseline", str(baseline), str(draft), "-o", str(tmp_path / "c.docx")]) == 0
    assert comments((tmp_path / "c.docx").read_bytes()) == []
    capsys.readouterr()


def test_english_comments(tmp_path):
    _, _, out = run_annotate(tmp_path, draft_a(), run_options=RunOptions(isolated=True, flags={"lang": "en"}))
    [(_, text)] = by_code(out, "NL302")
    assert text.split("\n")[1:] == ["NL302 date-format", "Suggested: 2024年7月2日"]


@pytest.mark.parametrize(
    "name, code, anchored",
    [
        ("defective-dates.txt", "NL302", "2023-06-25"),
        ("defective-markdown.md", "NL302", "2024-07-02"),
    ],
)
def test_text_and_markdown_drafts_become_word_documents(tmp_path, capsys, name, code, anchored):
    draft = tmp_path / name
    draft.write_bytes((EXAMPLES / name).read_bytes())
    report = tmp_path / "report.docx"
    assert cli._run(["annotate", "--isolated", str(draft), "-o", str(report)]) == 1
    assert capsys.readouterr().out.startswith(f"{draft} → {report}：")
    out = report.read_bytes()
    lines = [line for line in draft.read_text("utf-8").splitlines() if line.strip()]
    assert [p.text for p in docx.Document(io.BytesIO(out)).paragraphs] == lines
    expected = cli._run(["check", "--isolated", "--format", "json", str(draft)])
    findings = json.loads(capsys.readouterr().out)["summary"]["diagnostics"]
    assert expected == 1 and len(comments(out)) == findings > 0
    assert [a for a, _ in by_code(out, code)] == [anchored]


def test_one_unreadable_draft_does_not_stop_the_others(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    good = tmp_path / "good.docx"
    good.write_bytes(draft_a())
    assert cli._run(["annotate", "--isolated", str(bad), str(good)]) == 2
    captured = capsys.readouterr()
    assert len(captured.err.strip().split("\n")) == 1 and captured.err.startswith(f"{bad}: 无法读取")
    assert captured.out.strip() == f"{good} → {tmp_path / 'good.notelint.docx'}：3 条批注"


def _office_version() -> tuple[int, int] | None:
    """(major, minor) of the installed LibreOffice, or None when there is none."""
    program = legacy.program()
    if program is None:
        return None
    shown = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=120).stdout
    found = re.search(r"LibreOffice (\d+)\.(\d+)", shown)
    return (int(found[1]), int(found[2])) if found else None


def _compact(text: str) -> str:
    """Text without white space and curly quotes: a PDF's extracted text has spaces
    between Chinese and Latin or digits, breaks where the margin wraps, and its
    curly quotes, drawn in a fallback font, out of reading order."""
    return re.sub(r"[\s“”]", "", text)


@pytest.mark.slow  # LibreOffice renders the PDF
def test_libreoffice_puts_the_comments_in_the_page_margin_of_its_pdf(tmp_path):
    import pypdfium2
    import pypdfium2.raw as raw

    version = _office_version()
    if version is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    if version < (7, 6):
        pytest.skip(
            f"LibreOffice {version[0]}.{version[1]} cannot export comments in the margin (7.6 and later can); "
            ".ci/run installs a newer one"
        )
    _, done, out = run_annotate(tmp_path, draft_a(), suggest_fixes=True)
    try:
        pdf = legacy.convert(done.output, legacy.PDF_WITH_COMMENTS, str(tmp_path))
    except InputError as error:
        pytest.fail(
            f"{error.en}: Writer draws margin comments with its UI files "
            "(Debian: libreoffice-uiconfig-writer, which .ci/run installs)"
        )
    page = pypdfium2.PdfDocument(pdf)[0]
    assert raw.FPDFPage_GetAnnotCount(page.raw) == 0  # the comments are page text, not PDF notes
    text_page = page.get_textpage()
    shown = text_page.get_text_range()
    found = comments(out)
    assert len(found) == 3
    # The page text holds the draft first, then the comments beside it.
    body_end = shown.index("notelint")
    assert "2024年7月2日" in _compact(shown[:body_end])  # the tracked insertion, shown
    body_right = max(text_page.get_charbox(index)[2] for index in range(body_end) if not shown[index].isspace())
    for _, code_line, text in found:
        assert _compact(text) in _compact(shown[body_end:])
        code = code_line.split()[0]
        code_at = shown.index(code, body_end)
        assert text_page.get_charbox(code_at)[0] > body_right  # in the margin, right of the draft
