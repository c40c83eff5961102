"""Renders docs/annotate.png, the README's picture of an annotated draft:
``notelint annotate --suggest-fixes`` on examples/defective-dates.txt, the
result exported to PDF by LibreOffice with its comments in the page margin
(``ExportNotesInMargin``, LibreOffice 7.6 and later), page 1 drawn as PNG as
LibreOffice laid it out, cropped to what is drawn on it.
Needs LibreOffice 7.6 or later (with Writer's UI files: on Debian,
libreoffice-uiconfig-writer), ``pip install pypdfium2 pillow`` and a CJK font
(Noto CJK). Run from the repository root:

    python tools/render_annotate_png.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2
from PIL import ImageOps

from notelint.formats import legacy

REPO = Path(__file__).resolve().parent.parent
DRAFT = REPO / "examples" / "defective-dates.txt"
OUTPUT = REPO / "docs" / "annotate.png"
SCALE = 2  # pixels per PDF point
PADDING = 24  # pixels of white kept around what is drawn


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        annotated = Path(folder) / "defective-dates.notelint.docx"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "notelint",
                "annotate",
                "--isolated",
                "--suggest-fixes",
                str(DRAFT),
                "-o",
                str(annotated),
            ],
            check=False,
        )
        page = pypdfium2.PdfDocument(legacy.convert(str(annotated), legacy.PDF_WITH_COMMENTS, folder))[0]
        if "notelint" not in page.get_textpage().get_text_range():
            print(
                "LibreOffice left the comments out of the page: it needs to be 7.6 or later, "
                "with Writer's UI files (Debian: libreoffice-uiconfig-writer)",
                file=sys.stderr,
            )
            return 1
        image = page.render(scale=SCALE).to_pil().convert("RGB")
    # LibreOffice shrinks the page to make room for the margin, leaving white above and below.
    left, top, right, bottom = ImageOps.invert(image).getbbox()
    image = image.crop(
        (
            max(left - PADDING, 0),
            max(top - PADDING, 0),
            min(right + PADDING, image.width),
            min(bottom + PADDING, image.height),
        )
    )
    OUTPUT.parent.mkdir(exist_ok=True)
    # A page of text needs few colours: a 64-colour palette keeps the picture small.
    image.quantize(64).save(OUTPUT, optimize=True)
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
