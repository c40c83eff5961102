"""The first-wave build of notelint, timed on the real notices beside this one.

Issue 19 set its per-notice target, a median of 4 ms over the real notices, on
a machine where the first-wave build (commit 8ed8f01, 54 rules) took 8.3 ms:
0.48× that build. On another machine the absolute figure does not carry over
and the ratio does, so this measures both builds here, taking turns, on the
same notices, each in its own process with the same interpreter.

    python benchmarks/baseline.py           # set the build up if need be, then compare
    python benchmarks/baseline.py --rounds 9
    python benchmarks/baseline.py --paired 60   # the builds lint in turn, lint after lint

The machine's speed wanders in phases of a few seconds. ``--paired`` keeps a
process of each build open and has them lint each notice in turn, so that both
lints of a pair meet the same phase, and gives the median of the pairs' ratios.

The build is a git worktree of that commit with its own venv, under
benchmarks/.baseline (ignored by git); setting it up needs git and pip.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

COMMIT = "8ed8f01"
TARGET_MS, BASELINE_MS = 4.0, 8.3  # the figures, on the machine it was written on
TARGET_RATIO = TARGET_MS / BASELINE_MS
FOLDER = Path(__file__).resolve().parent / ".baseline" / COMMIT

# Run in each build's interpreter: every real notice linted once to warm up,
# then ``repeats`` times; the seconds of each run, by notice.
PROBE = """
import json, sys, time
from notelint.engine import Linter
paths, repeats = json.loads(sys.argv[1]), int(sys.argv[2])
linter = Linter()
for path in paths:
    linter.lint_file(path)
times = {}
for path in paths:
    samples = times.setdefault(path, [])
    for _ in range(repeats):
        started = time.perf_counter()
        linter.lint_file(path)
        samples.append(time.perf_counter() - started)
print(json.dumps(times))
"""

# Run in each build's interpreter for --paired: lints the path it reads from each
# line of its input and answers with the seconds the lint took.
WORKER = """
import sys, time
from notelint.engine import Linter
linter = Linter()
for line in sys.stdin:
    started = time.perf_counter()
    linter.lint_file(line.rstrip("\\n"))
    print(time.perf_counter() - started, flush=True)
"""


def interpreter() -> Path:
    """The first-wave build's Python, set up on first use."""
    python = FOLDER / ".venv" / "bin" / "python"
    if python.exists():
        return python
    FOLDER.parent.mkdir(parents=True, exist_ok=True)
    if not FOLDER.exists():
        run(["git", "-C", str(corpus.ROOT), "worktree", "add", "--detach", str(FOLDER), COMMIT])
    run([sys.executable, "-m", "venv", str(FOLDER / ".venv")])
    run([str(python), "-m", "pip", "install", "--quiet", "-e", str(FOLDER)])
    return python


def run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"setting up the first-wave build failed: {' '.join(command)}\n{done.stderr}")


def samples(python: Path | str, paths: list[str], repeats: int) -> dict[str, list[float]]:
    # Run outside the repository: ``python -c`` puts the working folder first on sys.path, and from
    # the repository's root every build would import this checkout's notelint.
    done = subprocess.run(
        [str(python), "-c", PROBE, json.dumps(paths), str(repeats)],
        capture_output=True,
        text=True,
        cwd=corpus.WORK.parent,
    )
    if done.returncode:
        raise SystemExit(f"{python} could not lint the notices:\n{done.stderr}")
    return json.loads(done.stdout)


def compare(rounds: int = 7, repeats: int = 10) -> dict[str, dict[str, float]]:
    """Median ms per notice of each build ("baseline", "current"), over
    ``rounds`` turns of ``repeats`` runs each, the builds taking turns."""
    paths = [str(p) for p in corpus.real_notices()]
    builds = {"baseline": interpreter(), "current": sys.executable}
    pooled: dict[str, dict[str, list[float]]] = {name: {p: [] for p in paths} for name in builds}
    for _ in range(rounds):
        for name, python in builds.items():
            for path, times in samples(python, paths, repeats).items():
                pooled[name][path] += times
    return {
        name: {Path(path).name: statistics.median(times) * 1000 for path, times in by_path.items()}
        for name, by_path in pooled.items()
    }


def paired(pairs: int) -> dict[str, tuple[float, float, float]]:
    """(the first wave's median ms, this build's, the median of the pairs'
    ratios) for each notice, the two builds linting it in turn ``pairs``
    times, which of them goes first alternating."""
    paths = [str(p) for p in corpus.real_notices()]
    workers = [
        subprocess.Popen(
            [str(python), "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=corpus.WORK.parent,
        )
        for python in (interpreter(), sys.executable)
    ]

    def lint(worker: subprocess.Popen, path: str) -> float:
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.write(path + "\n")
        worker.stdin.flush()
        return float(worker.stdout.readline())

    try:
        for path in paths:  # a first lint of each, uncounted: the tables built on first use
            for worker in workers:
                lint(worker, path)
        found = {}
        for path in paths:
            baseline, current = [], []
            for turn in range(pairs):
                order = workers if turn % 2 else workers[::-1]
                times = {id(worker): lint(worker, path) for worker in order}
                baseline.append(times[id(workers[0])])
                current.append(times[id(workers[1])])
            ratios = [new / old for old, new in zip(baseline, current)]
            found[Path(path).name] = (
                statistics.median(baseline) * 1000,
                statistics.median(current) * 1000,
                statistics.median(ratios),
            )
        return found
    finally:
        for worker in workers:
            worker.kill()
            worker.wait()


def summary(medians: dict[str, dict[str, float]]) -> tuple[float, float, float]:
    """(this build's median over the notices, the first wave's, their ratio)."""
    current = statistics.median(medians["current"].values())
    baseline = statistics.median(medians["baseline"].values())
    return current, baseline, current / baseline


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=7)
    options.add_argument("--repeats", type=int, default=10)
    options.add_argument("--paired", type=int, metavar="PAIRS", help="lint each notice in turn, PAIRS times")
    args = options.parse_args()
    if args.paired:
        print(f"{'notice':<45}{'first wave':>12}{'this build':>12}{'ratio':>8}  (median of {args.paired} pairs)")
        found = paired(args.paired)
        for name, (old, new, ratio) in found.items():
            print(f"{name:<45}{old:>10.2f}ms{new:>10.2f}ms{ratio:>8.2f}")
        baseline = statistics.median(old for old, _, _ in found.values())
        current = statistics.median(new for _, new, _ in found.values())
        print(f"median over the notices: {baseline:.2f} ms → {current:.2f} ms, {current / baseline:.2f}×")
        return
    medians = compare(args.rounds, args.repeats)
    print(f"{'notice':<45}{'first wave':>12}{'this build':>12}{'ratio':>8}")
    for name, old in medians["baseline"].items():
        new = medians["current"][name]
        print(f"{name:<45}{old:>10.2f}ms{new:>10.2f}ms{new / old:>8.2f}")
    current, baseline, ratio = summary(medians)
    print(
        f"median over the notices: {baseline:.2f} ms → {current:.2f} ms, {ratio:.2f}× "
        f"(target {TARGET_RATIO:.2f}×: {TARGET_MS:g} ms where the first wave took {BASELINE_MS:g} ms)"
    )


if __name__ == "__main__":
    main()
