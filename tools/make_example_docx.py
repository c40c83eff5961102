"""Builds examples/complete.docx from examples/complete.txt the way a drafting
office writes it in Word: headings numbered by Word's multi-level list
(一、 → （一） → 1., no typed numbers), the contact details in a two-column
table. Run from the repository root after changing complete.txt:

    python tools/make_example_docx.py
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml import parse_xml

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LIST_ID = 90
# (w:numFmt, w:lvlText) per level, and the typed labels they replace.
LEVELS = (
    ("chineseCounting", "%1、", r"[一二三四五六七八九十]+、"),
    ("chineseCounting", "（%2）", r"（[一二三四五六七八九十]+）"),
    ("decimal", "%3.", r"\d+\."),
)


def add_heading_list(document) -> None:
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text, _) in enumerate(LEVELS)
    )
    abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{LIST_ID}">{levels}</w:abstractNum>')
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    if first_num is not None:  # Word wants every w:abstractNum before the first w:num
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{LIST_ID}"><w:abstractNumId w:val="{LIST_ID}"/></w:num>'))


def main() -> None:
    document = docx.Document()
    add_heading_list(document)
    for line in (EXAMPLES / "complete.txt").read_text("utf-8").split("\n"):
        if not line.strip():
            continue
        if line.startswith("联系电话："):
            fields = [field.split("：", 1) for field in re.split("[；，]", line.rstrip("。"))]
            table = document.add_table(rows=len(fields), cols=2)
            for row, (label, value) in zip(table.rows, fields):
                row.cells[0].text, row.cells[1].text = label + "：", value
            continue
        level = next((i for i, (*_, label) in enumerate(LEVELS) if re.match(label, line)), None)
        if level is None:
            document.add_paragraph(line)
            continue
        paragraph = document.add_paragraph(line[re.match(LEVELS[level][2], line).end() :])
        numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val = level
        numbering.get_or_add_numId().val = LIST_ID
    document.core_properties.author = "notelint"
    document.save(EXAMPLES / "complete.docx")


if __name__ == "__main__":
    main()
