"""Renders docs/annotate.png, the README's picture of an annotated draft:
``notelint annotate --suggest-fixes`` on examples/defective-dates.txt, the
result converted to PDF by LibreOffice with its comments, page 1 drawn as PNG.

LibreOffice 7.6 and later put the comments in the page margin themselves
(``ExportNotesInMargin``); older ones (Debian 12 has 7.4) export them as PDF
notes at the text they are anchored on, and this script then draws each
note's text in a margin beside the page, joined to its place by a line.
Needs LibreOffice, ``pip install pypdfium2 pillow`` and a CJK font (Noto CJK).
Run from the repository root:

    python tools/render_annotate_png.py
"""

from __future__ import annotations

import ctypes
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pypdfium2
import pypdfium2.raw as raw
from PIL import Image, ImageDraw, ImageFont

from notelint.formats import legacy

REPO = Path(__file__).resolve().parent.parent
DRAFT = REPO / "examples" / "defective-dates.txt"
OUTPUT = REPO / "docs" / "annotate.png"
SCALE = 2  # pixels per PDF point
MARGIN = 620  # pixels of comment margin
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def notes(page) -> list[tuple[float, float, str]]:
    """(top, left of the anchor in PDF points, text) of each comment the page holds as a PDF note."""
    found = []
    for index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annotation = raw.FPDFPage_GetAnnot(page.raw, index)
        if raw.FPDFAnnot_GetSubtype(annotation) == raw.FPDF_ANNOT_TEXT:
            size = raw.FPDFAnnot_GetStringValue(annotation, b"Contents", None, 0)
            buffer = (ctypes.c_ushort * (size // 2))()
            raw.FPDFAnnot_GetStringValue(annotation, b"Contents", buffer, size)
            rect = raw.FS_RECTF()
            raw.FPDFAnnot_GetRect(annotation, rect)
            found.append((rect.top, rect.left, bytes(buffer)[:size - 2].decode("utf-16-le")))
        raw.FPDFPage_CloseAnnot(annotation)
    return sorted(found, key=lambda note: -note[0])


def with_margin(page_image: Image.Image, page_height: float,
                page_notes: list[tuple[float, float, str]]) -> Image.Image:
    font = ImageFont.truetype(FONT, 22)
    small = ImageFont.truetype(FONT, 18)
    image = Image.new("RGB", (page_image.width + MARGIN, page_image.height), "white")
    image.paste(page_image, (0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((page_image.width, 0, image.width, image.height), fill="#f3f3f3")
    next_free = 20
    for top, left_of_anchor, text in page_notes:
        anchor_x, anchor_y = int(left_of_anchor * SCALE), int((page_height - top) * SCALE)
        lines = [line for paragraph in text.split("\n")
                 for line in textwrap.wrap(paragraph, 24, break_on_hyphens=False)]
        height = 34 + 28 * len(lines)
        box_top = max(anchor_y - 14, next_free)
        left = page_image.width + 16
        draw.line((anchor_x, anchor_y - 4, anchor_x, anchor_y + 30), fill="#c0392b", width=3)  # the anchor
        draw.line((anchor_x, anchor_y + 30, page_image.width - 40, anchor_y + 30), fill="#c0392b", width=1)
        draw.line((page_image.width - 40, anchor_y + 30, left, box_top + 16), fill="#c0392b", width=2)
        draw.rounded_rectangle((left, box_top, image.width - 16, box_top + height), 8, fill="#fdecea",
                               outline="#c0392b", width=2)
        draw.text((left + 12, box_top + 6), "notelint", font=small, fill="#7f1d1d")
        for number, line in enumerate(lines):
            draw.text((left + 12, box_top + 30 + 28 * number), line, font=font, fill="black")
        next_free = box_top + height + 12
    return image


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        annotated = Path(folder) / "defective-dates.notelint.docx"
        subprocess.run([sys.executable, "-m", "notelint", "annotate", "--isolated", "--suggest-fixes",
                        str(DRAFT), "-o", str(annotated)], check=False)
        pdf = pypdfium2.PdfDocument(legacy.convert(str(annotated), legacy.PDF_WITH_COMMENTS, folder))
        page = pdf[0]
        # The notes are drawn in the margin below, not as PDF note icons over the text.
        image = page.render(scale=SCALE, draw_annots=False).to_pil().convert("RGB")
        page_notes = notes(page)
        if page_notes and "NL3" not in page.get_textpage().get_text_range():  # no comments in the margin
            image = with_margin(image, page.get_height(), page_notes)
        OUTPUT.parent.mkdir(exist_ok=True)
        # A page of text needs few colours: a 64-colour palette keeps the picture small.
        image.quantize(64).save(OUTPUT, optimize=True)
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
