"""A plain-text or Markdown draft as a new Word document.

Each non-blank line becomes a Word paragraph holding the line as written
(Markdown marks included: the reviewer sees the file's own text). Blank lines
are left out, as Word's paragraph spacing shows the breaks. :class:`Mapping`
moves an offset of the file's text to the same character of the document's
text (the text :mod:`notelint.formats.docx` reads back from it).
"""

from __future__ import annotations

import bisect
import io
import re

from notelint.source import SourceText

# Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage
# return; U+FFFE, U+FFFF); each becomes one space, so no offset moves.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Mapping:
    """File offsets → document offsets, line by line."""

    def __init__(self, source: SourceText):
        self.file_starts: list[int] = []
        self.word_starts: list[int] = []
        self.lengths: list[int] = []
        self.lines: list[str] = []
        position = 0
        for number in range(1, len(source.line_starts) + 1):
            line = source.line_text(number)
            if not line.strip():
                continue
            line = _NOT_XML.sub(" ", line)
            self.file_starts.append(source.line_starts[number - 1])
            self.word_starts.append(position)
            self.lengths.append(len(line))
            self.lines.append(line)
            position += len(line) + 1

    def offset(self, offset: int) -> int:
        index = max(0, bisect.bisect_right(self.file_starts, offset) - 1)
        column = max(0, offset - self.file_starts[index])
        return self.word_starts[index] + min(column, self.lengths[index])


def word_document(mapping: Mapping) -> bytes:
    """A .docx with one paragraph per non-blank line."""
    import docx

    document = docx.Document()
    for line in mapping.lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
