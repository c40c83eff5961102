"""How ``--jobs`` scales, and what each side of the pool spends (issue 19).

    python benchmarks/jobs.py [--files 400] [--repeats 3] [--formats concise,json]

Runs ``notelint check --format F --jobs J`` on copies of the real notices
(``benchmarks/corpus.py``), output to a file, and prints for each run the wall
time, the CPU time of the parent process and of its workers (from
``getrusage`` in a wrapper process), and the report's size. Beside them, a
control: a plain CPU-bound function run serially and in a two-process fork
pool, at the same moments, so that a ratio can be read against what the
machine gave any two processes then (it is shared and noisy).

Run it with the interpreter notelint is installed in (a regular install).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

# Runs the command line in this process and reports its CPU time and its children's.
WRAPPER = """
import json, resource, sys, time
from notelint.cli import _run
started = time.perf_counter()
_run(sys.argv[1:])
wall = time.perf_counter() - started
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "parent": own.ru_utime + own.ru_stime,
                  "workers": children.ru_utime + children.ru_stime}), file=sys.stderr)
"""

CONTROL = """
import multiprocessing, sys, time
def spin(count):
    total = 0
    for number in range(count):
        total += number * number
    return total
work = [1_500_000] * 8
started = time.perf_counter()
for count in work:
    spin(count)
serial = time.perf_counter() - started
with multiprocessing.get_context("fork").Pool(2) as pool:
    started = time.perf_counter()
    pool.map(spin, work, chunksize=1)
    pooled = time.perf_counter() - started
print(pooled / serial)
"""

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(folder: Path, fmt: str, jobs: int, output: Path) -> dict:
    command = [sys.executable, "-c", WRAPPER, "check", str(folder), "--format", fmt, "--jobs", str(jobs)]
    command += ["--exit-zero", "--output-file", str(output)]
    done = subprocess.run(command, env=ENV, capture_output=True, text=True, check=False)
    figures = json.loads(done.stderr.strip().splitlines()[-1])
    figures["bytes"] = output.stat().st_size
    return figures


def control() -> float:
    done = subprocess.run([sys.executable, "-c", CONTROL], env=ENV, capture_output=True, text=True, check=True)
    return float(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--formats", default="concise,json")
    args = parser.parse_args()
    folder = corpus.make_copies(args.files)
    output = corpus.WORK / "jobs-output"
    print(f"{args.files} copies of the real notices; wall, CPU of the parent and of the workers, in seconds")
    print("| format | --jobs 1 wall | CPU | --jobs 2 wall | parent CPU | workers CPU | wall ratio | report | control |")
    print("|---|---|---|---|---|---|---|---|---|")
    for fmt in args.formats.split(","):
        for _ in range(args.repeats):
            serial = run_once(folder, fmt, 1, output)
            pooled = run_once(folder, fmt, 2, output)
            pool_ratio = control()
            print(
                f"| {fmt} | {serial['wall']:.2f} | {serial['parent']:.2f} | {pooled['wall']:.2f} | {pooled['parent']:.2f} "
                f"| {pooled['workers']:.2f} | {pooled['wall'] / serial['wall']:.2f} | {serial['bytes'] / 1e6:.1f} MB "
                f"| {pool_ratio:.2f} |",
                flush=True,
            )
    print("control: a CPU-bound function's wall time in a two-process pool / serially, measured after each pair")


if __name__ == "__main__":
    main()
