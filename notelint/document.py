"""What an input format hands to the pipeline.

A reader (plain text, Markdown, .docx) produces a :class:`Document`: the text
positions refer to (``source``), the spans of it that are markup rather than
prose (``removed``: the pipeline analyses ``source.text`` without them), the
comments that may carry notelint directives, and, for formats without lines,
a way to describe a position as the user finds it (a .docx paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from notelint.source import SourceText


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment in the draft, invisible when published.

    ``anchored`` comments (Word) apply to the range ``[start, end)`` they are
    attached to; inline ones (Markdown ``<!-- … -->``) stand at ``[start, end)``
    in the text flow and apply to what follows them."""

    text: str
    start: int
    end: int
    anchored: bool = False


@dataclass
class Document:
    source: SourceText
    removed: list[tuple[int, int]] = field(default_factory=list)  # sorted, non-overlapping source spans
    comments: list[Comment] = field(default_factory=list)
    # Extra location data for an offset of ``source`` (e.g. {"paragraph": 3}); None: lines and columns say it all.
    locate: Callable[[int], dict] | None = None
    # False where notelint must never rewrite the file (a .docx: formatting would be lost).
    writable: bool = True
