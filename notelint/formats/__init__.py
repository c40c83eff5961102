"""Input formats: each turns a file's bytes into a :class:`~notelint.document.Document`.

Readers are imported only for files of their format (python-docx costs
~75 ms to import)."""

from __future__ import annotations

from notelint.document import Document
from notelint.source import SourceText, decode


def read(path: str, data: bytes, encoding: str | None = None) -> Document:
    """Raises :class:`notelint.source.InputError` for a file that cannot be read."""
    decoded = decode(data, encoding)
    return Document(SourceText(path, decoded.text, decoded.encoding, decoded.bom))
