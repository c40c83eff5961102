"""Compiled regular expressions kept between runs, in notelint's cache folder.

The readers and rules compile a few hundred regular expressions, most of them
when they are imported. CPython's ``re`` parses and compiles a pattern in
pure Python, and for a command that lints one notice that is the largest part
of the start. What it produces, the ``_sre`` code of the pattern, depends
only on the pattern, its flags and the interpreter, so one run keeps it in a
file and the next hands it back to ``re``'s own cache before anything is
compiled: every ``re.compile`` of a known pattern is then a dictionary hit.

This leans on CPython internals (``re._cache``, ``re._parser``,
``re._compiler``, ``_sre.compile``), so it is careful about them:

- the file is named after and stamped with the interpreter's exact version
  and ``_sre``'s magic number, and another interpreter's file is not read;
- each entry is checked when it is made: the pattern rebuilt from it must
  equal (same code, flags and pattern) the one ``re`` compiled, or it is not
  kept;
- anything unexpected (another implementation, a changed internal, an
  unreadable or foreign file) turns the cache off for the run, which then
  compiles as it always would.

The file holds patterns and their compiled form, nothing of any draft.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterator

from notelint import cache

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another implementation, or a Python whose re is laid out otherwise
    _sre = None

# An entry: (pattern, flags as given, flags as compiled, code, groups, groupindex, indexgroup),
# the arguments ``re._compiler.compile`` hands to ``_sre.compile``, with the key's pattern and flags;
# or only (pattern, flags) for a pattern that could not be kept, so that it is not tried every run.
# The code is kept as the bytes of an array of code words: marshal reads bytes in one piece, where
# a list of numbers is read number by number, which made reading the file most of the load.
Entry = tuple
# Patterns of earlier versions stay in the file until it holds this many; it
# then starts afresh from the patterns of the run that would pass the limit.
MAX_ENTRIES = 600

# The entries read at the start of this run, by (pattern, flags), and their
# file (None where there is none to keep); _kept is None before the start.
_kept: dict[tuple[str, int], Entry] | None = None
_path: str | None = None


# The layout of the file's entries: a file of another layout is not read.
FORMAT = 2


def _stamp() -> str:
    return (
        f"{FORMAT} {sys.implementation.name} {sys.version} {getattr(_sre, 'MAGIC', '')} {getattr(_sre, 'CODESIZE', '')}"
    )


# The array type of a code word (SRE_CODE): _sre's CODESIZE bytes.
CODE_WORD = "I"


def _file() -> str | None:
    folder = cache.folder()
    if folder is None or _sre is None or sys.implementation.name != "cpython":
        return None
    if array(CODE_WORD).itemsize != getattr(_sre, "CODESIZE", None):
        return None
    return os.path.join(folder, f"regex-{zlib.crc32(_stamp().encode()):08x}.marshal")


def load() -> int:
    """Put the kept patterns into ``re``'s cache, once per process; how many."""
    global _kept, _path
    if _kept is not None:
        return 0
    _kept, _path = {}, _file()
    if _path is None:
        return 0
    try:
        with open(_path, "rb") as saved_file:
            stamp, entries = marshal.loads(saved_file.read())  # load() would read it piece by piece
        if stamp != _stamp():
            return 0
        compiled = {}
        for entry in entries:
            pattern, flags = entry[:2]
            if not (isinstance(pattern, str) and isinstance(flags, int)):
                return 0
            compiled[pattern, flags] = (entry, _rebuild(entry) if len(entry) > 2 else None)
    except Exception:  # no file yet, or one this interpreter cannot use: compile as usual
        return 0
    for (pattern, flags), (entry, pattern_object) in compiled.items():
        if pattern_object is not None:
            re._cache.setdefault((str, pattern, flags), pattern_object)  # type: ignore[attr-defined]
        _kept[pattern, flags] = entry
    return len(compiled)


def save() -> None:
    """Keep the patterns this run compiled, if any is new to the file."""
    if _kept is None or _path is None:
        return
    try:
        compiled = [
            (key[1], key[2], pattern_object)
            for key, pattern_object in list(re._cache.items())  # type: ignore[attr-defined]
            if key[0] is str and isinstance(pattern_object, re.Pattern)
        ]
    except Exception:  # re's cache is laid out otherwise in this Python
        return
    new = [
        (pattern, flags, pattern_object) for pattern, flags, pattern_object in compiled if (pattern, flags) not in _kept
    ]
    if not new:
        return
    if len(_kept) + len(new) > MAX_ENTRIES:
        _kept.clear()
        new = compiled
    try:
        content = marshal.dumps((_stamp(), [*_kept.values(), *_entries(new)]))
    except ValueError:  # an entry marshal cannot write: keep the old file
        return
    cache.write_atomically(_path, content)


def _entries(compiled: list[tuple[str, int, re.Pattern]]) -> Iterator[Entry]:
    """Each pattern's entry, made again from its text; a full one only if it
    rebuilds exactly the pattern ``re`` compiled."""
    for pattern, flags, pattern_object in compiled:
        yield _entry(pattern, flags, pattern_object) or (pattern, flags)


def _entry(pattern: str, flags: int, pattern_object: re.Pattern) -> Entry | None:
    try:
        parsed = _parser.parse(pattern, flags)
        code = array(CODE_WORD, _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (
            pattern,
            flags,
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        return entry if _rebuild(entry) == pattern_object else None
    except Exception:  # re's internals are laid out otherwise in this Python
        return None


def _rebuild(entry: Entry) -> re.Pattern:
    pattern, _, compiled_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, compiled_flags, array(CODE_WORD, code).tolist(), groups, groupindex, indexgroup)
