"""The terminal: its width, as ``shutil.get_terminal_size`` reads it
(COLUMNS, then the terminal on standard output, then 80), without importing
shutil: shutil brings the bz2 and lzma modules into every start, and argparse
asks for the width each time it is given an option; and the columns a text
takes in it."""

from __future__ import annotations

import os
import re
import sys

FALLBACK = 80


def columns() -> int:
    try:
        configured = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        configured = 0
    if configured > 0:
        return configured
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or FALLBACK  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return FALLBACK


# The ranges where rich's cell widths give every character one column, and
# those where they give two: the characters notices are written in (ASCII,
# Latin-1, general punctuation and symbols, CJK ideographs and punctuation,
# full-width forms). tests/test_reporters.py holds each code point of them to
# rich's width. Outside them rich's own tables decide.
_ONE_COLUMN = "\u0020-\u007e\u00a0-\u00ff\u2010-\u2027\u2030-\u205e\u2100-\u218f\u2460-\u24ff\u2500-\u25fc"
_TWO_COLUMNS = (
    "\u3000-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\U00020000-\U0002fffd\U00030000-\U0003fffd"
)
_SETTLED = re.compile(f"[{_ONE_COLUMN}{_TWO_COLUMNS}]*")
_ONE_COLUMN_RUNS = re.compile(f"[{_ONE_COLUMN}]+")


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal, as rich counts them (so
    that an uncoloured report lines up as a coloured one does). Counted here
    for the characters notices are written in: rich's tables cost more to
    load than a report of a few findings takes to write."""
    if _SETTLED.fullmatch(text):
        return len(text) + len(_ONE_COLUMN_RUNS.sub("", text))  # one column each, and one more for the wide
    from rich.cells import cell_len

    return cell_len(text)
