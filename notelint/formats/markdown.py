"""Markdown drafts: the rules see the prose, positions point into the Markdown.

A small line-based reader, not a full CommonMark parser: it finds the markup a
notice drafted in Markdown actually uses and records it as ``removed`` spans of
the Markdown source, so the analysis text is the prose and every position maps
back to the file as written.

- block markup: ATX heading marks (``# 一、…``; the closing ``#`` run too),
  setext underlines, thematic breaks, block-quote ``>``, list markers (a bullet
  and its spaces; an ordered marker keeps its number, which is the user's
  numbering, and loses only the spaces after it: ``1. 关于`` reads as
  ``1.关于``), fenced and indented code blocks (whole lines);
- inline markup: emphasis ``*`` ``_`` ``**`` and code-span backticks that
  pair up, link syntax (``[text](url)`` keeps ``text``), autolinks, images
  (whole), backslash escapes;
- HTML comments (whole), each also a :class:`Comment` for directives. A
  comment that starts a line may span lines; one inside a line must close on
  that line. Text after a comment is prose, as a browser shows it;
- soft line breaks: the lexer reads one line as one paragraph, so the line
  break inside a wrapped paragraph (and the next line's indentation) is
  removed. A hard break (two trailing spaces or a trailing ``\\``) stays a line
  break, as it shows. Chinese prose is not wrapped by hand at a sentence's
  end, and a drafter who leaves no blank lines starts each part on a line of
  its own, so a break also stays after a line that ends a sentence (``。``
  ``；`` ``！`` ``？``); before a line that is only a date or opens with a
  Chinese heading number (``一、`` ``（一）`` ``1.`` ``（1）``) or a label and colon
  (``公开期限：`` ``联系电话：`` ``整改进展情况：``); before and after a title
  or signature line (no sentence mark, ending in 委员会, 党组, 通报…); and
  after a date line. (The text under a heading typed on the next line joins
  it as a run-in heading would: a first line of a wrapped paragraph can
  begin with a heading number too.)

Not read as markup: tables, raw HTML other than comments, reference-style
links. An ordered list's number is taken as typed, not renumbered as a
renderer would.
"""

from __future__ import annotations

import re
import unicodedata

from notelint.document import Comment, Document
from notelint.normalize import merged
from notelint.source import LINE_BREAK, SourceText

_QUOTE = re.compile(r" {0,3}> ?")
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_THEMATIC = re.compile(r" {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*")
_BULLET = re.compile(r" {0,3}[-+*](?:[ \t]+|$)")
_ORDERED = re.compile(r" {0,3}\d{1,9}[.)](?P<space>[ \t]+|$)")
_LINK = re.compile(r"\[(?P<label>[^\[\]\n]*)\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_DELIMITERS = "*_`"
_CODE_INDENT = 4
_DIGIT = "0-9０-９〇○零一二三四五六七八九"
_DATE_LINE = re.compile(rf"[{_DIGIT}]{{4}}年[{_DIGIT}十×Xx]{{1,3}}月[{_DIGIT}十×Xx]{{1,3}}日[ \t]*")
_HEADING_NUMBER = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(][0-9０-９]{1,2}[）)]"
    r"|[0-9０-９]{1,2}[.．、](?![0-9０-９])"
)
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")
_SENTENCE_END = frozenset("。！？；!?;")
_SENTENCE_MARK = re.compile(r"[。，、；：！？,;:!?]")
# How a line of its own ends when it is a title or a signature.
_NAME_END = re.compile(r"(?:委员会|党委|党组|党工委|工委|党总支|党支部|通报)$")


def read(source: SourceText) -> Document:
    reader = _Reader(source.text)
    reader.run()
    return Document(source, merged(reader.removed), reader.comments)


def _is_name_line(line: str) -> bool:
    """A title or a signature on a line of its own."""
    return _NAME_END.search(line) is not None and not _SENTENCE_MARK.search(line)


def _is_punctuation(char: str) -> bool:
    return char in _ASCII_PUNCTUATION or unicodedata.category(char).startswith("P")


def _indent(text: str, start: int, end: int) -> tuple[int, int]:
    """Columns of indentation (a tab counts to the next multiple of 4) and
    where the indentation ends."""
    columns, index = 0, start
    while index < end and text[index] in " \t":
        columns = columns + 4 - columns % 4 if text[index] == "\t" else columns + 1
        index += 1
    return columns, index


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.removed: list[tuple[int, int]] = []
        self.comments: list[Comment] = []
        # The open paragraph: where its last line's text ends (trailing blanks
        # excluded) and whether that line ends in a hard break.
        self.paragraph_end: int | None = None
        self.hard_break = False
        self.line_content = 0  # where the open paragraph's last line's text starts
        self.in_list = False
        self.quote_depth = 0
        self.fence: str | None = None  # the opening fence of the code block being skipped
        self.resume = 0  # where reading resumes after a comment block

    def remove(self, start: int, end: int) -> None:
        if start < end:
            self.removed.append((start, end))

    def run(self) -> None:
        text = self.text
        start = 0
        for match in LINE_BREAK.finditer(text):
            self._line(start, match.start(), match.end())
            start = match.end()
        if start < len(text):
            self._line(start, len(text), len(text))

    def _line(self, start: int, end: int, next_start: int) -> None:
        text = self.text
        if start < self.resume:  # inside a comment block already read
            return
        if self.fence is not None:
            close = _FENCE.match(text, start, end)
            if (
                close
                and close.group(1)[0] == self.fence[0]
                and len(close.group(1)) >= len(self.fence)
                and not text[close.end() : end].strip()
            ):
                self.fence = None
            self.remove(start, next_start)
            return
        position, depth = start, 0
        while match := _QUOTE.match(text, position, end):
            position, depth = match.end(), depth + 1
        if depth > self.quote_depth:  # a block quote interrupts a paragraph
            self._close()
        self.quote_depth = depth
        if not text[position:end].strip():
            self._close()
            self.remove(start, position)
            return
        columns, content = _indent(text, position, end)
        if self.paragraph_end is not None and columns >= _CODE_INDENT:
            self._continue(self.paragraph_end, start, content, end)
        elif columns >= _CODE_INDENT and not self.in_list:  # an indented code line
            self._close()
            self.remove(start, next_start)
        elif fence := _FENCE.match(text, position, end):
            self._close()
            self.remove(start, next_start)
            self.fence = fence.group(1)
        elif text.startswith("<!--", content):
            self._close()
            self._comment_block(start, content)
        elif atx := _ATX.match(text, position, end):
            self._close()
            self.remove(start, atx.end())
            self._inline(atx.end(), self._atx_closing(atx.end(), end))
        elif _THEMATIC.fullmatch(text, position, end) or (
            self.paragraph_end is not None and _SETEXT.fullmatch(text, position, end)
        ):
            self._close()
            self.remove(start, next_start)
        elif bullet := _BULLET.match(text, position, end):
            self._item(start, bullet.end(), end)
        elif ordered := _ORDERED.match(text, position, end):
            self.remove(start, content)
            self._item(ordered.start("space"), ordered.end(), end)
        elif self.paragraph_end is not None:
            self._continue(self.paragraph_end, start, content, end)
        else:
            self.in_list = self.in_list and columns >= 2  # an unindented paragraph ends a list
            self.remove(start, content)
            self._open(content, end)

    def _close(self) -> None:
        self.paragraph_end = None

    def _open(self, content: int, end: int) -> None:
        """A paragraph line's text is ``[content, end)``."""
        line = self.text[content:end]
        trimmed = content + len(line.rstrip(" \t"))
        self.hard_break = line.endswith(("  ", "\t"))
        if self.text[trimmed - 1] == "\\":  # a backslash hard break shows as a line break
            self.hard_break = True
            self.remove(trimmed - 1, trimmed)
            self._inline(content, trimmed - 1)
        else:
            self._inline(content, trimmed)
        self.paragraph_end = trimmed
        self.line_content = content

    def _continue(self, paragraph_end: int, start: int, content: int, end: int) -> None:
        """A line that continues the open paragraph (ending at ``paragraph_end``):
        join it to the previous line unless that one ended in a hard break or
        this one starts a part of its own."""
        if self.hard_break or self._starts_a_part(paragraph_end, content, end):
            self.remove(start, content)
        else:
            self.remove(paragraph_end, content)
        self._open(content, end)

    def _starts_a_part(self, paragraph_end: int, content: int, end: int) -> bool:
        """Whether the line ``[content, end)`` begins a new part of the notice
        although no blank line comes before it (see the module's doc)."""
        text, previous = self.text, self.line_content
        if (
            text[paragraph_end - 1] in _SENTENCE_END
            or _DATE_LINE.fullmatch(text, content, end)
            or _HEADING_NUMBER.match(text, content, end)
            or _LABEL.match(text, content, end)
            or _is_name_line(text[content:end].rstrip(" \t"))
        ):
            return True
        line_before = text[previous:paragraph_end]
        return _DATE_LINE.fullmatch(line_before) is not None or _is_name_line(line_before)

    def _item(self, marker_start: int, text_start: int, end: int) -> None:
        self._close()
        self.in_list = True
        self.remove(marker_start, text_start)
        if self.text[text_start:end].strip():
            self._open(text_start, end)

    def _atx_closing(self, title_start: int, end: int) -> int:
        """Where an ATX heading's title ends: before an optional closing run
        of ``#`` preceded by a space; the run and trailing blanks are markup."""
        line = self.text[title_start:end].rstrip(" \t")
        title = line.rstrip("#")
        if title != line and (not title or title[-1] in " \t"):
            line = title.rstrip(" \t")
        title_end = title_start + len(line)
        self.remove(title_end, end)
        return title_end

    def _comment_block(self, start: int, opening: int) -> None:
        """A line starting with ``<!--``: the comment is markup (with its line
        break when nothing follows it); text after it on the line it closes
        on is shown, so it starts a paragraph."""
        text = self.text
        close = text.find("-->", opening + 4)
        comment_end = len(text) if close == -1 else close + 3
        self.comments.append(
            Comment(text[opening + 4 : close if close != -1 else len(text)].strip(), opening, comment_end)
        )
        line_break = LINE_BREAK.search(text, comment_end)
        line_end, self.resume = (line_break.start(), line_break.end()) if line_break else (len(text), len(text))
        if text[comment_end:line_end].strip():
            self.remove(start, comment_end)
            self._open(comment_end, line_end)
        else:
            self.remove(start, self.resume)

    def _inline(self, start: int, end: int) -> None:
        text = self.text
        openers: dict[tuple[str, int], list[int]] = {}
        index = start
        while index < end:
            char = text[index]
            if char == "\\" and index + 1 < end and text[index + 1] in _ASCII_PUNCTUATION:
                self.remove(index, index + 1)
                index += 2
            elif char == "<" and text.startswith("<!--", index) and (close := text.find("-->", index + 4, end)) != -1:
                self.comments.append(Comment(text[index + 4 : close].strip(), index, close + 3))
                self.remove(index, close + 3)
                index = close + 3
            elif char == "<" and (link := _AUTOLINK.match(text, index, end)):
                self.remove(index, index + 1)
                self.remove(link.end() - 1, link.end())
                index = link.end()
            elif char == "!" and (image := _IMAGE.match(text, index, end)):
                self.remove(index, image.end())
                index = image.end()
            elif char == "[" and (link := _LINK.match(text, index, end)):
                self.remove(index, index + 1)
                self._inline(link.start("label"), link.end("label"))
                self.remove(link.end("label"), link.end())
                index = link.end()
            elif char in _DELIMITERS:
                index = self._delimiter_run(index, start, end, openers)
            else:
                index += 1

    def _delimiter_run(self, index: int, start: int, end: int, openers: dict[tuple[str, int], list[int]]) -> int:
        """A run of ``*``, ``_`` or backticks: it closes the nearest open run
        of the same character and length, or opens one (CommonMark's flanking
        rules, simplified); a pair is markup, an unpaired run is text."""
        text = self.text
        char = text[index]
        run_end = index
        while run_end < end and text[run_end] == char:
            run_end += 1
        before = text[index - 1] if index > start else " "
        after = text[run_end] if run_end < end else " "
        left = not after.isspace() and (not _is_punctuation(after) or before.isspace() or _is_punctuation(before))
        right = not before.isspace() and (not _is_punctuation(before) or after.isspace() or _is_punctuation(after))
        if char == "`":
            can_open = can_close = True
        elif char == "_":  # snake_case and e-mail addresses keep their underscores
            can_open = left and (not right or _is_punctuation(before))
            can_close = right and (not left or _is_punctuation(after))
        else:
            can_open, can_close = left, right
        key = (char, run_end - index)
        waiting = openers.setdefault(key, [])
        if can_close and waiting:
            opener = waiting.pop()
            self.remove(opener, opener + key[1])
            self.remove(index, run_end)
        elif can_open:
            waiting.append(index)
        return run_end
