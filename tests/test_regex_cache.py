"""The compiled regular expressions kept between runs (notelint/regex_cache.py):
a run with them reports exactly what a run without them does, a second run
finds every pattern it needs already compiled, and a damaged or foreign file
costs nothing but the compiling."""

from __future__ import annotations

import ast
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_process

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython", reason="the cache is for CPython's re")

DRAFT = str(EXAMPLES / "defective-dates.txt")

# In a fresh process: load the kept patterns, run the command line, then say
# which patterns re had to compile itself (the program prints them on stderr's last line).
COUNTING_RUN = """
import re, sys
from re import _compiler
compiled = []
original = _compiler.compile
def counting(pattern, flags=0):
    compiled.append(pattern)
    return original(pattern, flags)
_compiler.compile = counting
from notelint.cli import main
try:
    main(["check", sys.argv[1], "--format", "concise", "--isolated"])
except SystemExit:
    pass
print([p for p in compiled if isinstance(p, str)], file=sys.stderr)
"""


def _cache_files(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "notelint").glob("regex-*.marshal"))


def _counting_run(cache_home: Path, seed: str = "0") -> tuple[str, list[str]]:
    ran = subprocess.run(
        [sys.executable, "-c", COUNTING_RUN, DRAFT],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**_environment(cache_home), "PYTHONHASHSEED": seed},
    )
    *_, compiled = ran.stderr.strip().splitlines()
    return ran.stdout, ast.literal_eval(compiled)


def _environment(cache_home: Path) -> dict[str, str]:
    return {**os.environ, "XDG_CACHE_HOME": str(cache_home)}


def test_a_second_run_compiles_none_of_notelints_patterns_and_reports_the_same(tmp_path):
    first_report, first_compiled = _counting_run(tmp_path)
    assert len(first_compiled) > 100  # a cold cache: the rules compiled their patterns
    [kept] = _cache_files(tmp_path)
    written = kept.read_bytes()
    stamp, entries = marshal.loads(written)
    assert sys.version in stamp
    assert len(entries) >= len(set(first_compiled)) - 5  # the few compiled before the cache is read

    second_report, second_compiled = _counting_run(tmp_path, seed="1")
    assert second_report == first_report
    assert "NL301" in second_report
    # Only patterns re compiles before notelint starts, if any: none of a notelint module's.
    assert len(second_compiled) <= 3, second_compiled
    # Another hash seed made the same patterns: nothing new was written.
    assert kept.read_bytes() == written


def test_a_damaged_cache_file_is_compiled_around_and_replaced(tmp_path):
    expected = run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(tmp_path / "clean")})
    run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(tmp_path)})
    [kept] = _cache_files(tmp_path)
    kept.write_bytes(b"\x00not a marshal file")

    damaged = run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(tmp_path)})
    assert damaged == expected
    _, entries = marshal.loads(kept.read_bytes())  # written again, whole
    assert len(entries) > 100


def test_another_interpreters_file_is_not_read(tmp_path):
    run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(tmp_path)})
    [kept] = _cache_files(tmp_path)
    _, entries = marshal.loads(kept.read_bytes())
    # Same name, another interpreter's stamp, and code that would match nothing if it were used.
    poisoned = [(pattern, flags, *rest[:1], [], *rest[2:]) for pattern, flags, *rest in entries if len(rest) == 5]
    kept.write_bytes(marshal.dumps(("cpython 2.0.0", poisoned)))
    _, compiled = _counting_run(tmp_path)
    assert len(compiled) > 100


def test_an_unwritable_cache_folder_changes_nothing(tmp_path):
    expected = run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(tmp_path / "clean")})
    blocked = tmp_path / "a-file"
    blocked.write_text("", "utf-8")
    ran = run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(blocked)})
    assert ran == expected


def test_a_file_full_of_earlier_versions_patterns_starts_afresh(tmp_path):
    from notelint import regex_cache

    run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(tmp_path)})
    [kept] = _cache_files(tmp_path)
    stamp, entries = marshal.loads(kept.read_bytes())
    ours = [entry for entry in entries if len(entry) == 7]
    stale = [(f"an earlier version's pattern {n}", 0) for n in range(regex_cache.MAX_ENTRIES)]
    # The file is full of stale patterns and lacks one of this version's: the run that adds it starts afresh.
    kept.write_bytes(marshal.dumps((stamp, stale + ours[1:])))
    run_process("check", DRAFT, "--isolated", env={"XDG_CACHE_HOME": str(tmp_path)})
    _, entries = marshal.loads(kept.read_bytes())
    assert not [entry for entry in entries if entry[0].startswith("an earlier version's")]
    assert ours[0][:2] in {entry[:2] for entry in entries} and len(entries) > 100
