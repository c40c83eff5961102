"""notelint's cache folder, for what is costly to compute on every start;
and a bounded in-memory cache for the servers (``Recent``).

It is the user's own cache folder, never a shared temp folder, where another
user could plant a file that notelint would trust.
"""

from __future__ import annotations

import contextlib
import os
from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def folder() -> str | None:
    """The cache folder, created if need be; None if it cannot be written."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = os.path.join(base, "notelint")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None


def write_atomically(path: str, content: str | bytes) -> None:
    """Write ``path`` whole or not at all: a run that reads it meanwhile sees
    the old file or the new one, never half of one. A failure is ignored (the
    next run computes again) and leaves no temporary file behind."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        if isinstance(content, bytes):
            with open(temporary, "wb") as binary_file:
                binary_file.write(content)
        else:
            with open(temporary, "w", encoding="utf-8") as text_file:
                text_file.write(content)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


class Recent(Generic[K, V]):
    """The values of the last ``size`` keys used, the least recently used
    dropped first: for a server that is asked about the same draft again
    (the text it has just linted, a fix of a finding it has just reported)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._values.get(key)
        if value is not None:
            self._values.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._values[key] = value
        self._values.move_to_end(key)
        while len(self._values) > self.size:
            self._values.popitem(last=False)
