"""Does the entry-point cache of notelint/rules.py still pay? (issue 18)

    python benchmarks/entry_points.py            # 21 fresh processes per line
    python benchmarks/entry_points.py --runs 51

Every ``notelint`` command finds its rules through the ``notelint.checks``
entry points. ``notelint.rules._entry_points`` keeps them in the user's cache
folder, stamped with the interpreter, ``sys.path`` and the metadata folders of
the installed distributions; without the cache, ``importlib.metadata`` reads
every distribution on each start. Each line below is the median wall time of
fresh processes of this interpreter (so the import of ``importlib.metadata``
counts, as it does in a real start); the cache is written before the first
cached run. Run it with the interpreter of a regular install, as
benchmarks/run.py is: the number of installed distributions decides the
uncached cost. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

IMPORT_ONLY = "import notelint.rules"
CACHED = "import notelint.rules as r; r._entry_points()"
UNCACHED = (
    "import notelint.rules as r; from importlib.metadata import entry_points; "
    "[(e.name, e.value) for e in entry_points(group=r.ENTRY_POINT_GROUP)]"
)
# The stamp alone, in process: what a cached start pays beyond reading the file.
STAMP = (
    "import notelint.rules as r, time; t = time.perf_counter(); r._installation_stamp(); print(time.perf_counter() - t)"
)

# Installed packages compile their bytecode; a benchmark must not run without it.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first run warms the file cache and writes the entry-point cache
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=ENV, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:]) * 1000


def distributions() -> int:
    from importlib.metadata import distributions as installed

    return sum(1 for _ in installed())


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=21)
    args = options.parse_args()
    base = median_ms(IMPORT_ONLY, args.runs)
    cached = median_ms(CACHED, args.runs)
    uncached = median_ms(UNCACHED, args.runs)
    stamp = statistics.median(
        float(subprocess.run([sys.executable, "-c", STAMP], env=ENV, check=True, capture_output=True, text=True).stdout)
        for _ in range(5)
    )
    print(f"{sys.executable}: {len(sys.path)} sys.path entries, {distributions()} distributions installed")
    print(f"median of {args.runs} fresh processes\n")
    print(f"{'import notelint.rules':<44}{base:8.1f} ms")
    print(f"{'… and the entry points from the cache':<44}{cached:8.1f} ms  (+{cached - base:.1f} ms)")
    print(f"{'… and the entry points from importlib.metadata':<44}{uncached:8.1f} ms  (+{uncached - base:.1f} ms)")
    print(f"{'the cache saves':<44}{uncached - cached:8.1f} ms per start (its stamp: {stamp * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
