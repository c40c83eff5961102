"""Marking up a .docx body: comments anchored on characters, tracked changes.

Positions come as offsets into the source text of
:mod:`notelint.formats.docx` — the text a finding's ``location`` describes —
and :class:`~notelint.formats.docx.ParagraphLayout` says which ``w:t``,
``w:tab`` … element gives each character. A position inside a run is made a
run boundary by splitting the run in two (both halves keep the run's
properties: bold, font, size), so that a comment range or a tracked change
covers whole runs, as Word itself writes them.

A point is (paragraph index, character within the text after the automatic
number). Where a finding has no characters of its own — a missing part, a
number Word generates — the comment covers the paragraph it is reported at.
"""

from __future__ import annotations

import bisect
import copy
from datetime import datetime, timezone
from typing import Any

from notelint.formats.docx import ParagraphLayout
from notelint.formats.docx_numbering import W

_R, _RPR, _T, _DEL_TEXT, _TAB, _BR = f"{W}r", f"{W}rPr", f"{W}t", f"{W}delText", f"{W}tab", f"{W}br"
_PPR, _INS, _DEL, _ID = f"{W}pPr", f"{W}ins", f"{W}del", f"{W}id"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Where a run may be wrapped in w:ins/w:del: not inside the author's own
# tracked changes or a simple field (the schema allows no nesting there).
_REVISABLE_PARENTS = frozenset(
    f"{W}{tag}" for tag in ("p", "hyperlink", "smartTag", "sdtContent", "customXml", "dir", "bdo")
)

AUTHOR = "notelint"
INITIALS = "NL"


def timestamp() -> str:
    """Word's date attribute: UTC, whole seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Paragraph:
    """A paragraph's text elements, kept current as runs are split."""

    def __init__(self, layout: ParagraphLayout):
        self.element = layout.element
        self.pieces = list(layout.pieces)  # [(w:t / w:tab / … element, length)]
        self.length = sum(length for _, length in self.pieces)

    def cut(self, at: int) -> None:
        """Make ``at`` a run boundary."""
        position = 0
        for index, (element, length) in enumerate(self.pieces):
            if position == at:
                _split_run_before(element)
                return
            if position < at < position + length:  # inside a w:t's text
                second = _split_text(element, at - position)
                self.pieces[index : index + 1] = [(element, at - position), (second, position + length - at)]
                _split_run_before(second)
                return
            position += length

    def runs(self, start: int, end: int) -> list:
        """The runs holding the characters ``[start, end)`` (boundaries already cut)."""
        found: list = []
        position = 0
        for element, length in self.pieces:
            run = element.getparent()
            if length and start <= position < end and (not found or found[-1] is not run):
                found.append(run)
            position += length
        return found

    def run_starting(self, at: int):
        position = 0
        for element, length in self.pieces:
            if position >= at and length:
                return element.getparent()
            position += length
        return None

    def run_ending(self, at: int):
        position, found = 0, None
        for element, length in self.pieces:
            position += length
            if length and position <= at:
                found = element.getparent()
        return found

    def insert_before(self, at: int, new) -> None:
        """Put ``new`` just before the character ``at`` (at the paragraph's end if none)."""
        run = self.run_starting(at)
        if run is not None:
            _outer(run).addprevious(new)
        else:
            self.insert_after(self.length, new)

    def insert_after(self, at: int, new) -> None:
        """Put ``new`` just after the character before ``at`` (at the paragraph's start if none)."""
        run = self.run_ending(at) if at else None
        if run is not None:
            _outer(run).addnext(new)
        elif self.pieces and at == 0:
            _outer(self.pieces[0][0].getparent()).addprevious(new)
        else:
            properties = self.element.find(_PPR)
            self.element.insert(0 if properties is None else self.element.index(properties) + 1, new)


def _outer(run):
    """The run, or the tracked change wrapping it: markers go beside the wrapper."""
    while run.getparent().tag in (_INS, _DEL):
        run = run.getparent()
    return run


def _split_text(text_element, offset: int):
    """Split a w:t at ``offset``; returns the new second w:t (placed after it)."""
    second = text_element.makeelement(_T, {_SPACE: "preserve"})
    second.text = text_element.text[offset:]
    text_element.text = text_element.text[:offset]
    text_element.set(_SPACE, "preserve")
    text_element.addnext(second)
    return second


def _split_run_before(element) -> None:
    """Move ``element`` and what follows it in its run into a copy of the run
    (same properties), placed right after it. Nothing to do at the run's start."""
    run = element.getparent()
    if all(sibling.tag == _RPR for sibling in element.itersiblings(preceding=True)):
        return
    second = run.makeelement(run.tag, dict(run.attrib))
    properties = run.find(_RPR)
    if properties is not None:
        second.append(copy.deepcopy(properties))
    for moved in [element, *element.itersiblings()]:
        second.append(moved)
    run.addnext(second)


def _element(parent, tag: str, attributes: dict | None = None, text: str | None = None):
    new = parent.makeelement(tag, attributes or {})
    if text is not None:
        new.text = text
    return new


class Body:
    """The body of a python-docx document, with its paragraphs as the source
    text maps them (``layouts``: one per paragraph, in order)."""

    def __init__(self, package, layouts: list[ParagraphLayout]):
        self.package = package
        self.paragraphs = [_Paragraph(layout) for layout in layouts]
        self.starts = [layout.start for layout in layouts]
        self.ends = [layout.end for layout in layouts]
        self.label_ends = [layout.label_end for layout in layouts]
        self.date = timestamp()
        self.comments: Any = None  # the w:comments element (lxml), once a comment is added
        self.next_comment_id = 0

    def paragraph_of(self, offset: int) -> int:
        """The paragraph a finding at ``offset`` is reported at (as ``location`` does)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def in_number(self, offset: int) -> bool:
        index = self.paragraph_of(offset)
        return self.starts[index] <= offset < self.label_ends[index]

    def _start_point(self, offset: int) -> tuple[int, int]:
        index = self.paragraph_of(offset)
        if offset >= self.ends[index] and index + 1 < len(self.paragraphs):  # on the break after a paragraph
            return index + 1, 0
        return index, max(0, min(offset, self.ends[index]) - self.label_ends[index])

    def _end_point(self, offset: int) -> tuple[int, int]:
        index = self.paragraph_of(offset - 1)
        return index, max(0, min(offset, self.ends[index]) - self.label_ends[index])

    def comment_span(self, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """The points a comment on ``[start, end)`` covers: those characters,
        or the whole paragraph when they are none of the paragraphs' text."""
        first, last = self._start_point(start), self._end_point(end) if end > start else (-1, -1)
        if last <= first:
            index = self.paragraph_of(start)
            return (index, 0), (index, self.paragraphs[index].length)
        return first, last

    def revisable(self, start: int, end: int, replacement: str) -> list[tuple[int, int, int, str]] | None:
        """The tracked changes (paragraph, first, last character, replacement)
        that show an edit of ``[start, end)``, or None when Word cannot show
        it: an edit inside one paragraph's own text, or the deletion of whole
        paragraphs with the breaks around them (they are left empty, which
        reads the same: empty paragraphs do not count)."""
        index = self.paragraph_of(start)
        if self.label_ends[index] <= start <= end <= self.ends[index]:
            changes = [(index, start - self.label_ends[index], end - self.label_ends[index], replacement)]
        elif replacement:
            return None
        else:
            first = bisect.bisect_right(self.ends, start)  # the paragraphs the deletion reaches
            last = bisect.bisect_right(self.starts, end - 1) - 1
            covered = range(first, last + 1)
            if not covered or any(
                not (start <= self.starts[i] == self.label_ends[i] and self.ends[i] <= end) for i in covered
            ):
                return None
            changes = [(i, 0, self.paragraphs[i].length, "") for i in covered]
        for index, first_character, last_character, _ in changes:
            runs = self.paragraphs[index].runs(first_character, last_character)
            if not all(run.getparent().tag in _REVISABLE_PARENTS for run in runs):
                return None
        return changes

    def cut(self, point: tuple[int, int]) -> None:
        index, at = point
        self.paragraphs[index].cut(at)

    def add_comment(self, first: tuple[int, int], last: tuple[int, int], text: str) -> int:
        """A Word comment on the characters from ``first`` to ``last`` (both cut already)."""
        comment_id = str(self._new_comment(text))
        start_paragraph = self.paragraphs[first[0]]
        end_paragraph = self.paragraphs[last[0]]
        body = start_paragraph.element
        range_start = _element(body, f"{W}commentRangeStart", {_ID: comment_id})
        range_end = _element(body, f"{W}commentRangeEnd", {_ID: comment_id})
        reference = _element(body, _R)
        reference.append(_element(body, f"{W}commentReference", {_ID: comment_id}))
        start_paragraph.insert_before(first[1], range_start)
        if first == last:  # nothing to cover (a paragraph with only an automatic number): a point
            range_start.addnext(range_end)
        else:
            end_paragraph.insert_after(last[1], range_end)
        range_end.addnext(reference)
        return int(comment_id)

    def _new_comment(self, text: str) -> int:
        """A w:comment in the comments part (made, with its relationship and
        content type, if the draft has none), one paragraph per line of ``text``.
        Written here rather than by python-docx's ``add_comment``, which looks
        for a free id among all comments each time (quadratic: a traditional-
        character draft can get a thousand comments)."""
        if self.comments is None:
            _ = self.package.comments  # python-docx makes the part when asked for it
            self.comments = self.package.part._comments_part.element
            used = [int(value) for value in self.comments.xpath("./w:comment/@w:id") if value.isdigit()]
            self.next_comment_id = max(used, default=-1) + 1
        comment_id = self.next_comment_id
        self.next_comment_id += 1
        comment = _element(
            self.comments,
            f"{W}comment",
            {_ID: str(comment_id), f"{W}author": AUTHOR, f"{W}initials": INITIALS, f"{W}date": self.date},
        )
        for index, line in enumerate(text.split("\n")):
            paragraph = _element(comment, f"{W}p")
            properties = _element(comment, _PPR)
            properties.append(_element(comment, f"{W}pStyle", {f"{W}val": "CommentText"}))
            paragraph.append(properties)
            if index == 0:  # the mark Word shows at the comment's start
                mark = _element(comment, _R)
                mark_properties = _element(comment, _RPR)
                mark_properties.append(_element(comment, f"{W}rStyle", {f"{W}val": "CommentReference"}))
                mark.append(mark_properties)
                mark.append(_element(comment, f"{W}annotationRef"))
                paragraph.append(mark)
            run = _element(comment, _R)
            run.append(_element(comment, _T, {_SPACE: "preserve"}, line))
            paragraph.append(run)
            comment.append(paragraph)
        self.comments.append(comment)
        return comment_id

    def _next_revision_id(self) -> int:
        ids = [int(value) for value in self.package.element.body.xpath("//@w:id") if value.isdigit()]
        return max(ids, default=0) + 1

    def add_revisions(self, changes: list[tuple[int, int, int, str]]) -> None:
        """Tracked changes (paragraph, first, last character, replacement),
        boundaries cut already: the old text in w:del, the new in w:ins."""
        revision_id = self._next_revision_id()
        for index, start, end, replacement in changes:
            paragraph = self.paragraphs[index]
            deleted = paragraph.runs(start, end)
            model = deleted[0] if deleted else paragraph.run_ending(start) or paragraph.run_starting(start)
            wrapper = None
            for run in deleted:
                wrapper = _element(run, _DEL, self._revision(revision_id))
                revision_id += 1
                run.addprevious(wrapper)
                wrapper.append(run)
                for text in run.iter(_T):
                    text.tag = _DEL_TEXT
            if not replacement:
                continue
            inserted = _element(paragraph.element, _INS, self._revision(revision_id))
            revision_id += 1
            inserted.append(self._run(paragraph.element, model, replacement))
            if wrapper is not None:
                wrapper.addnext(inserted)
            elif start:
                paragraph.insert_after(start, inserted)
            else:
                paragraph.insert_before(start, inserted)

    def _revision(self, revision_id: int) -> dict:
        return {_ID: str(revision_id), f"{W}author": AUTHOR, f"{W}date": self.date}

    @staticmethod
    def _run(parent, model, text: str):
        """A run showing ``text``, formatted as ``model`` (a neighbouring run) is."""
        run = _element(parent, _R)
        properties = model.find(_RPR) if model is not None else None
        if properties is not None:
            run.append(copy.deepcopy(properties))
        for index, line in enumerate(text.split("\n")):
            if index:
                run.append(_element(parent, _BR))
            for part_index, part in enumerate(line.split("\t")):
                if part_index:
                    run.append(_element(parent, _TAB))
                if part:
                    run.append(_element(parent, _T, {_SPACE: "preserve"}, part))
        return run
