"""The terminal's width, as ``shutil.get_terminal_size`` reads it (COLUMNS,
then the terminal on standard output, then 80), without importing shutil:
shutil brings the bz2 and lzma modules into every start, and argparse asks
for the width each time it is given an option."""

from __future__ import annotations

import os
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
