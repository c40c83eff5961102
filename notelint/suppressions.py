"""Directives in comments the published notice never shows.

Markdown (``<!-- … -->``, inline in the text flow)::

    <!-- notelint-disable NL505 -->  …  <!-- notelint-enable -->
    <!-- notelint-disable-next-line NL303 -->

Word comments (anchored to a range of paragraphs): ``notelint-disable NL303``
suppresses those codes in the range the comment is attached to. Without
codes a directive applies to every rule. A directive that suppresses nothing
is reported as NL901, like ruff's RUF100.
"""

from __future__ import annotations

import re

from notelint.diagnostics import Diagnostic
from notelint.document import Document

DIRECTIVE = re.compile(r"notelint-(?P<verb>disable-next-line|disable|enable)\b(?P<codes>[\sA-Za-z0-9,，]*)")
_CODE = re.compile(r"[A-Za-z]+[0-9]*")


class Suppression:
    __slots__ = ("codes", "comment_end", "comment_start", "end", "start", "text", "used")

    def __init__(
        self, codes: tuple[str, ...], start: int, end: int, comment_start: int, comment_end: int, text: str
    ) -> None:
        self.codes = codes  # empty: every code
        self.start = start  # the region it covers, source offsets
        self.end = end
        self.comment_start = comment_start  # the directive itself, for NL901
        self.comment_end = comment_end
        self.text = text
        self.used: set[str] = set()

    def covers(self, diagnostic: Diagnostic) -> bool:
        return self.start <= diagnostic.start < self.end and (not self.codes or diagnostic.code in self.codes)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(code.upper() for code in _CODE.findall(text))


def _next_line(text: str, offset: int) -> tuple[int, int]:
    """The first non-blank line after ``offset``'s line."""
    position = offset
    while True:
        newline = text.find("\n", position)
        if newline == -1:
            return len(text), len(text)
        start = newline + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            return start, end
        position = start


def parse(document: Document) -> list[Suppression]:
    text = document.source.text
    found: list[Suppression] = []
    open_regions: list[Suppression] = []
    for comment in document.comments:
        for match in DIRECTIVE.finditer(comment.text):
            verb, codes = match.group("verb"), _codes(match.group("codes"))
            directive = match.group().strip()
            if comment.anchored:
                if verb == "disable":
                    found.append(Suppression(codes, comment.start, comment.end, comment.start, comment.end, directive))
                continue
            if verb == "disable-next-line":
                start, end = _next_line(text, comment.end)
                found.append(Suppression(codes, start, end, comment.start, comment.end, directive))
            elif verb == "disable":
                region = Suppression(codes, comment.end, len(text), comment.start, comment.end, directive)
                open_regions.append(region)
                found.append(region)
            else:  # enable: closes the regions it names (all, without codes)
                for region in list(open_regions):
                    if not codes or set(region.codes) <= set(codes):
                        region.end = comment.start
                        open_regions.remove(region)
    return found


def apply(diagnostics: list[Diagnostic], suppressions: list[Suppression]) -> list[Diagnostic]:
    """The diagnostics no suppression covers; each suppression records what it used."""
    kept = []
    for diagnostic in diagnostics:
        covering = [s for s in suppressions if s.covers(diagnostic)]
        for suppression in covering:
            suppression.used.add(diagnostic.code)
        if not covering:
            kept.append(diagnostic)
    return kept


def unused(suppression: Suppression, known_codes) -> list[str]:
    """What in a directive did nothing: its unknown codes, its unused codes,
    or the whole directive (an empty list means it was used)."""
    if not suppression.codes:
        return [] if suppression.used else [""]
    return [code for code in suppression.codes if code not in known_codes or code not in suppression.used]
