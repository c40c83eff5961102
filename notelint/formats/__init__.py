"""Input formats: each turns a file's bytes into a :class:`~notelint.document.Document`.

Chosen by suffix (``.docx``; ``.doc``, ``.wps`` and ``.rtf``, converted to
.docx by LibreOffice; ``.md`` and ``.markdown``; anything else is plain
text), except that a zip archive holding a Word document is read as .docx
whatever its name. Readers are imported only for files of their format
(python-docx costs ~70 ms to import)."""

from __future__ import annotations

import os

from notelint.document import Document
from notelint.source import SourceText, decode

MARKDOWN_SUFFIXES = (".md", ".markdown")
DOCX_SUFFIXES = (".docx",)
LEGACY_SUFFIXES = (".doc", ".wps", ".rtf")


def read(path: str, data: bytes, encoding: str | None = None) -> Document:
    """Raises :class:`notelint.source.InputError` for a file that cannot be read."""
    word = word_bytes(path, data)
    if word is not None:
        from notelint.formats import docx

        return docx.read(path, word)
    suffix = os.path.splitext(path)[1].lower()
    decoded = decode(data, encoding)
    source = SourceText(path, decoded.text, decoded.encoding, decoded.bom)
    if suffix in MARKDOWN_SUFFIXES:
        from notelint.formats import markdown

        return markdown.read(source)
    return Document(source)


def word_bytes(path: str, data: bytes) -> bytes | None:
    """The .docx bytes of a Word, WPS or RTF draft (a legacy one converted by
    LibreOffice); None for a text format."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in DOCX_SUFFIXES or _is_word_zip(data):
        return data
    if suffix in LEGACY_SUFFIXES:
        from notelint.formats import legacy

        return legacy.to_docx(path, data)
    return None


def _is_word_zip(data: bytes) -> bool:
    # A zip stores member names uncompressed: the main part's name is in the bytes.
    return data.startswith(b"PK\x03\x04") and b"word/document.xml" in data
