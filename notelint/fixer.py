"""Applying fixes: whole fixes only, never two that touch the same text.

A fix whose edits overlap an edit already taken waits for the next pass (the
file is linted again after each pass), so overlapping edits can never
corrupt text."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from notelint.diagnostics import Applicability, Diagnostic, Edit, Fix


def applicable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    fix = diagnostic.fix
    return fix is not None and bool(fix.edits) and (unsafe or fix.applicability is Applicability.SAFE)


class _Taken:
    """The edits taken so far, sorted, for overlap tests in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[Edit] = []

    def clashes(self, edit: Edit) -> bool:
        index = bisect.bisect_left(self.starts, edit.start)
        for neighbour in self.edits[max(0, index - 1) : index + 1]:
            if neighbour.start == edit.start or max(neighbour.start, edit.start) < min(neighbour.end, edit.end):
                return True
        return False

    def add(self, edit: Edit) -> None:
        index = bisect.bisect_left(self.starts, edit.start)
        self.starts.insert(index, edit.start)
        self.edits.insert(index, edit)


def select(diagnostics: Iterable[Diagnostic], unsafe: bool) -> list[Fix]:
    """The fixes to apply in one pass: in text order, skipping any that
    clash with one taken before it (and any fix that repeats one taken)."""
    taken = _Taken()
    chosen: list[Fix] = []
    fixes = [d.fix for d in diagnostics if d.fix is not None and applicable(d, unsafe)]
    for fix in sorted(fixes, key=lambda fix: min(e.start for e in fix.edits)):
        if any(taken.clashes(edit) for edit in fix.edits):
            continue
        for edit in fix.edits:
            taken.add(edit)
        chosen.append(fix)
    return chosen


def apply(text: str, fixes: list[Fix]) -> str:
    edits = sorted((edit for fix in fixes for edit in fix.edits), key=lambda e: e.start)
    pieces, last = [], 0
    for edit in edits:
        pieces.append(text[last : edit.start])
        pieces.append(edit.replacement)
        last = edit.end
    pieces.append(text[last:])
    return "".join(pieces)
