"""How the analysis text is laid out for the rules that read it by
paragraph: the paragraphs, and where its brackets and quotes are. Read once
per notice (``Notice.paragraphs``, ``Notice.marks``)."""

from __future__ import annotations

import re

from notelint.source import LINE_BREAK

# The brackets and quotes paired within a paragraph (as folded: （ is "(").
OPENERS = {"“": "”", "‘": "’", "《": "》", "(": ")", "〔": "〕", "【": "】"}
CLOSERS = {closer: opener for opener, closer in OPENERS.items()}
_MARKS = re.compile("[" + re.escape("".join(OPENERS) + "".join(CLOSERS)) + "]")


def paragraph_spans(text: str, markdown: bool) -> list[tuple[int, int]]:
    """The paragraphs of ``text``: a line of a plain-text draft; in Markdown,
    lines up to a blank line."""
    lines, start = [], 0
    for match in LINE_BREAK.finditer(text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    if not markdown:
        return lines
    merged: list[tuple[int, int]] = []
    for start, end in lines:
        if not text[start:end].strip():
            merged.append((end, end))  # a blank line closes the paragraph before it
        elif merged and merged[-1][0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [span for span in merged if span[0] < span[1]]


def mark_offsets(text: str) -> list[int]:
    """Offsets of the brackets and quotes of ``text``, in order."""
    return [found.start() for found in _MARKS.finditer(text)]
