"""Instructions per lint of each real notice, counted by valgrind's cachegrind:
a measure that other work on the machine does not move, for judging a change
to the per-notice speed on a busy or unsteady machine.

    python benchmarks/instructions.py               # this interpreter's notelint
    python benchmarks/instructions.py --python P    # another build's (e.g. benchmarks/.baseline/…)
    python benchmarks/instructions.py --cold        # a whole ``notelint check`` process instead

Each count is a process that lints every notice once and then one notice
``--lints`` times, minus a process that only lints every notice once, divided
by ``--lints``. With ``--cold``: the whole process of ``notelint check`` on
the 45 KB notice (``--format concise`` and ``full``), as a user starts it
(the console script beside the interpreter), next to ``python -c pass``.
The cache folder is pinned to one of its own, filled before counting, so
that no counted run compiles or scans what a cache keeps.
Needs valgrind. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from corpus import COLD_START_FILE

PROBE = """
import json, sys
from notelint.engine import Linter
paths, chosen, lints = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
linter = Linter()
for path in paths:
    linter.lint_file(path)
for _ in range(lints):
    linter.lint_file(chosen)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def counted(command: list[str], environment: dict[str, str]) -> int:
    """The instructions ``command`` runs, its output discarded."""
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=corpus.WORK.parent,  # not the repository: python -c imports the working folder's notelint first
    )
    found = _REFS.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind could not count {command[0]}:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def instructions(python: str, paths: list[str], chosen: str, lints: int, environment: dict[str, str]) -> int:
    return counted([python, "-c", PROBE, json.dumps(paths), chosen, str(lints)], environment)


def per_lint(python: str, lints: int) -> dict[str, float]:
    """Instructions per lint of each real notice, by file name."""
    paths = [str(p) for p in corpus.real_notices()]
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="notelint-instructions-") as cache_home:
        environment["XDG_CACHE_HOME"] = cache_home
        subprocess.run(
            [python, "-c", PROBE, json.dumps(paths), paths[0], "1"], env=environment, check=True, cwd=corpus.WORK.parent
        )
        found = {}
        for path in paths:
            alone = instructions(python, paths, path, 0, environment)
            repeated = instructions(python, paths, path, lints, environment)
            found[Path(path).name] = (repeated - alone) / lints
        return found


def cold_starts(python: str) -> dict[str, float]:
    """Instructions of whole processes: ``python -c pass`` and ``notelint check`` in each format."""
    script = Path(python).parent / "notelint"
    notelint = [str(script)] if script.exists() else [python, "-m", "notelint"]
    notice = str(corpus.corpus_folder() / COLD_START_FILE)
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="notelint-instructions-") as cache_home:
        environment["XDG_CACHE_HOME"] = cache_home
        found = {"python -c pass": counted([python, "-c", "pass"], environment)}
        for fmt in ("concise", "full"):
            command = [*notelint, "check", notice, "--format", fmt]
            subprocess.run(command, env=environment, stdout=subprocess.DEVNULL, check=False, cwd=corpus.WORK.parent)
            found[f"notelint check --format {fmt}"] = counted(command, environment)
        return found


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--python", default=sys.executable, help="the interpreter of the build to count")
    options.add_argument("--lints", type=int, default=10)
    options.add_argument("--cold", action="store_true", help="count whole notelint check processes instead")
    args = options.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    counts = cold_starts(args.python) if args.cold else per_lint(args.python, args.lints)
    if args.cold:
        for name, count in counts.items():
            print(f"{name:<45}{count / 1e6:>8.1f} M")
        return
    for name, count in counts.items():
        print(f"{name:<45}{count / 1e6:>8.1f} M")
    print(f"{'median':<45}{statistics.median(counts.values()) / 1e6:>8.1f} M")


if __name__ == "__main__":
    main()
