"""What an input format hands to the pipeline.

A reader (plain text, Markdown, .docx) produces a :class:`Document`: the text
positions refer to (``source``), the spans of it that are markup rather than
prose (``removed``: the pipeline analyses ``source.text`` without them), the
comments that may carry notelint directives, and, for formats without lines,
a way to describe a position as the user finds it (a .docx paragraph).
"""

from collections.abc import Callable
from typing import NamedTuple

from notelint.source import SourceText


class Comment(NamedTuple):
    """A comment in the draft, invisible when published.

    ``anchored`` comments (Word) apply to the range ``[start, end)`` they are
    attached to; inline ones (Markdown ``<!-- … -->``) stand at ``[start, end)``
    in the text flow and apply to what follows them."""

    text: str
    start: int
    end: int
    anchored: bool = False


class Document:
    __slots__ = ("comments", "locate", "removed", "source", "writable")

    def __init__(
        self,
        source: SourceText,
        removed: list[tuple[int, int]] | None = None,
        comments: list[Comment] | None = None,
        locate: Callable[[int], dict] | None = None,
        writable: bool = True,
    ) -> None:
        self.source = source
        self.removed = [] if removed is None else removed  # sorted, non-overlapping source spans
        self.comments = [] if comments is None else comments
        # Extra location data for an offset of ``source`` (e.g. {"paragraph": 3}); None: lines and columns say it all.
        self.locate = locate
        # False where notelint must never rewrite the file (a .docx: formatting would be lost).
        self.writable = writable
