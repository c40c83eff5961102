"""notelint's benchmark suite (issue 7). Not part of the test suite.

    python benchmarks/run.py            # everything, about ten minutes; rewrites RESULTS.md
    python benchmarks/run.py --quick    # fewer runs, no 10 MB notice; prints only

Run it with the interpreter notelint is installed in. It measures
1. cold start: whole-process wall time of ``notelint check`` on one real notice,
   next to ``python -c pass`` and the peers on the same file;
2. per notice, in process: each stage of the pipeline on each real notice,
   and the whole of it next to the first-wave build's (``baseline.py``);
3. scaling: synthetic valid notices of 10 KB … 10 MB, time per character;
4. corpus: 1,000 copies of the real notices in one run, one process and all cores;
5. the peers (autocorrect, zhlint from npm) on the same file and corpus;
6. the floor: the corpus read, decoded and scanned by one regular expression.
The measured tables go between the markers in benchmarks/RESULTS.md; the
analysis written around them is kept.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import baseline
import corpus
import peers as peer_tools
import synthetic
from corpus import COLD_START_FILE

from notelint import formats, lexer, model, parser
from notelint.engine import Linter
from notelint.normalize import normalize

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
SIZES = ("10KB", "100KB", "1MB", "10MB")
CORPUS_FILES = 1000
# The floor's one pattern: dates, flattened punctuation, the inspection words.
FLOOR_PATTERN = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|[,;:()]|巡[视察]")

# Installed packages compile their bytecode; a benchmark must not run without it.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# A command to time: its arguments and the folder to run it in (None: this one), by label.
Commands = dict[str, tuple[list[str], Path | None]]


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def wall_times(
    command: list[str],
    runs: int,
    cwd: Path | None = None,
    output: Path | None = None,
    warm_up: bool = True,
    budget: float = float("inf"),
) -> list[float]:
    """Wall time of each of ``runs`` runs (output to ``output`` or nowhere),
    after a warm-up run if asked; stops early once ``budget`` seconds are spent."""
    times: list[float] = []
    for index in range(runs + warm_up):
        with open(output or os.devnull, "wb") as sink:
            started = time.perf_counter()
            subprocess.run(command, cwd=cwd, env=ENV, stdout=sink, stderr=subprocess.DEVNULL, check=False)
            elapsed = time.perf_counter() - started
        if index or not warm_up:
            times.append(elapsed)
        if sum(times) > budget:
            break
    return times


def notelint_command() -> list[str]:
    script = Path(sys.executable).parent / "notelint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "notelint"]


# -- 1 and 5: cold start ------------------------------------------------------


def cold_start(runs: int, peers: dict) -> list[tuple[str, float | None, str]]:
    """Each command's median wall time, the commands taking turns (``in_turns``)."""
    file = corpus.corpus_folder() / COLD_START_FILE
    commands: Commands = {"python -c pass": ([sys.executable, "-c", "pass"], None)}
    for fmt in ("concise", "full"):
        commands[f"notelint check --format {fmt}"] = ([*notelint_command(), "check", str(file), "--format", fmt], None)
    peer_runs = [
        (
            "autocorrect --lint --format json FILE",
            peers["autocorrect"],
            ["--lint", "--format", "json", str(file)],
            None,
        ),
        ("zhlint FILE", peers["zhlint"], [file.name], file.parent),  # zhlint wants a relative path
    ]
    return in_turns(commands, peer_runs, runs, warm_up=True)


def in_turns(
    commands: Commands,
    peer_runs: list[tuple[str, Any, list[str], Path | None]],
    rounds: int,
    output: Path | None = None,
    warm_up: bool = False,
    budget: float = float("inf"),
) -> list[tuple[str, float | None, str]]:
    """(label, median ms, problem) of each command and of each installed peer
    (label, peer, arguments, folder), a peer that is not installed with why.
    The commands take turns, one run of each per round (after a warm-up run
    of each if asked), so that a change in the machine's load falls on all of
    them alike and the ratios between them hold; a command stops running once
    its runs took ``budget`` seconds."""
    commands = dict(commands)
    problems = {}
    for label, peer, args, cwd in peer_runs:
        if peer.binary is None:
            problems[label] = peer.problem
        else:
            commands[label] = ([str(peer.binary), *args], cwd)
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(rounds):
        for label, (command, cwd) in commands.items():
            if sum(times[label]) <= budget:
                times[label] += wall_times(command, 1, cwd, output, warm_up=warm_up and not times[label])
    rows: list[tuple[str, float | None, str]] = [(label, median_ms(times[label]), "") for label in commands]
    return rows + [(label, None, problem) for label, problem in problems.items()]


# -- 2: stages of the pipeline -------------------------------------------------


def stage_times(path: Path, linter: Linter, repeats: int) -> tuple[dict[str, float], float]:
    """Median ms of each stage on ``path``, and of the whole pipeline as the
    engine runs it (read → … → every rule → diagnostics in the user's text)."""
    data = path.read_bytes()
    samples: dict[str, list[float]] = defaultdict(list)
    totals = []
    for _ in range(repeats):
        started = time.perf_counter()
        linter.lint_file(str(path))
        totals.append(time.perf_counter() - started)

        clock = time.perf_counter()
        document = formats.read(str(path), data)
        samples["decode"].append(time.perf_counter() - clock)
        clock = time.perf_counter()
        normalized = normalize(document.source, document.removed)
        samples["normalise"].append(time.perf_counter() - clock)
        clock = time.perf_counter()
        blocks = lexer.lex(normalized.text)
        samples["lex"].append(time.perf_counter() - clock)
        clock = time.perf_counter()
        parser.parse(blocks, len(normalized.text))
        samples["parse"].append(time.perf_counter() - clock)
        clock = time.perf_counter()
        notice = model.build(normalized)  # lexes and parses again
        samples["model"].append(time.perf_counter() - clock - samples["lex"][-1] - samples["parse"][-1])
        families: dict[str, float] = defaultdict(float)
        for rule in linter.instances.values():
            clock = time.perf_counter()
            for _ in rule.check(notice, linter.context):
                pass
            families[f"rules: {rule.family()}"] += time.perf_counter() - clock
        for family, elapsed in families.items():
            samples[family].append(elapsed)
    return {stage: median_ms(values) for stage, values in samples.items()}, median_ms(totals)


def per_notice(repeats: int) -> list[tuple[str, dict[str, float], float, int]]:
    linter = Linter()
    rows = []
    for path in corpus.real_notices():
        stages, total = stage_times(path, linter, repeats)
        rows.append((path.name, stages, total, path.stat().st_size))
    return rows


# -- 3: scaling ---------------------------------------------------------------


def scaling(sizes: tuple[str, ...]) -> list[tuple[str, int, float]]:
    linter = Linter()
    rows = []
    corpus.WORK.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        path = corpus.WORK / f"synthetic-{size}.txt"
        text = synthetic.notice(synthetic.parse_size(size))
        path.write_text(text, "utf-8")
        repeats = max(1, min(21, 3_000_000 // len(text)))
        linter.lint_file(str(path))  # warm: the rules' lazy tables are built once per process
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            result = linter.lint_file(str(path))
            times.append(time.perf_counter() - started)
        if result.diagnostics:
            raise SystemExit(f"the synthetic {size} notice is not valid: {result.diagnostics[0]}")
        rows.append((size, len(text), median_ms(times)))
    return rows


# -- 4, 5 and 6: the corpus --------------------------------------------------


def corpus_runs(folder: Path, repeats: int, peers: dict) -> list[tuple[str, float | None, str]]:
    """Each tool on the whole corpus, taking turns (``in_turns``): the median of
    ``repeats`` runs, or of fewer for a tool past a minute (the copies are in
    the page cache already: no warm-up run)."""
    out = corpus.WORK / "output.txt"
    commands: Commands = {
        f"notelint check --format json --jobs {jobs}": (
            [*notelint_command(), "check", str(folder), "--format", "json", "--jobs", str(jobs)],
            None,
        )
        for jobs in (1, os.cpu_count() or 1)
    }
    peer_runs = [
        ("autocorrect --lint --format json", peers["autocorrect"], ["--lint", "--format", "json", str(folder)], None),
        ("zhlint '*.txt'", peers["zhlint"], ["*.txt"], folder),
    ]
    rows = in_turns(commands, peer_runs, repeats, out, budget=60)
    out.unlink(missing_ok=True)
    return rows


def in_process(files: list[Path], repeats: int) -> tuple[float, float]:
    """ms for the whole corpus: notelint's pipeline in one process (no start-up,
    no report), and the floor."""
    linter = Linter()
    linter.lint_file(str(files[0]))
    notelint_times, floor_times = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        for path in files:
            linter.lint_file(str(path))
        notelint_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for path in files:
            with open(path, "rb") as file:
                text = file.read().decode("utf-8")
            FLOOR_PATTERN.findall(text)
        floor_times.append(time.perf_counter() - started)
    return median_ms(notelint_times), median_ms(floor_times)


# -- the report ---------------------------------------------------------------


def environment(peers: dict) -> list[tuple[str, str]]:
    def cpu() -> str:
        try:
            for line in Path("/proc/cpuinfo").read_text().splitlines():
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return platform.processor() or "?"

    def memory() -> str:
        try:
            kib = int(Path("/proc/meminfo").read_text().split()[1])
            return f"{kib / 1024**2:.1f} GiB"
        except (OSError, ValueError, IndexError):
            return "?"

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(corpus.ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip()

    node = subprocess.run(["node", "--version"], capture_output=True, text=True) if peers["zhlint"].binary else None
    dirty = git("status", "--porcelain", "--untracked-files=no")
    commit = git("rev-parse", "--short", "HEAD") + (" (with uncommitted changes)" if dirty else "")
    return [
        ("date", datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("machine", f"{cpu()}, {os.cpu_count()} cores, {memory()} RAM, {platform.system()} {platform.release()}"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        (
            "notelint",
            f"{metadata.version('notelint')} at commit {commit}, {len(Linter().instances)} rules, {installation()}",
        ),
        (
            "libraries",
            ", ".join(f"{name} {metadata.version(name)}" for name in ("rich", "opencc", "charset-normalizer")),
        ),
        (
            "peers",
            ", ".join(f"{p.package.rsplit('@', 1)[0]} {p.version}" for p in peers.values())
            + (f" on Node.js {node.stdout.strip()}" if node else ""),
        ),
    ]


def installation() -> str:
    """How notelint is installed: an editable install (``pip install -e``)
    adds its import hook to every start, so cold starts are measured on a
    regular one (``pip install .``, what the README's first command does)."""
    import notelint

    inside = Path(notelint.__file__).resolve().is_relative_to(corpus.ROOT)
    return "editable install (start-up includes its import hook)" if inside else "regular install (pip install .)"


def fmt_ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.1f} ms"


def ratio(a: float | None, b: float | None) -> str:
    return "n/a" if a is None or b is None else f"{a / b:.2f}"


def first_wave(quick: bool) -> tuple[float, float, float] | None:
    """This build's per-notice median, the first-wave build's, and their ratio;
    None (and why, on stderr) where that build cannot be set up."""
    try:
        return baseline.summary(baseline.compare(rounds=3 if quick else 7))
    except SystemExit as failure:
        print(failure, file=sys.stderr)
        return None


def report(env, cold, notices, first, scale, corpus_rows, floor, files: list[Path]) -> str:
    lines = [START, "", "| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in env] + [""]
    cold_by = {
        label.split()[0] + (label.split()[-1] if label.startswith("notelint") else ""): value
        for label, value, _ in cold
    }
    passing = cold_by["python"]
    concise, autocorrect = cold_by["notelintconcise"], cold_by["autocorrect"]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    corpus_by = {
        label.split()[0] + (label.split()[-1] if label.startswith("notelint") else ""): value
        for label, value, _ in corpus_rows
    }
    cores = os.cpu_count() or 1
    all_cores = corpus_by[f"notelint{cores}"]
    notelint_in, floor_ms = floor
    per_char = [ms / chars for _, chars, ms in scale]
    one_job = corpus_by["notelint1"]
    median_notice = statistics.median(total for _, _, total, _ in notices)
    lines += [
        "### Headline",
        "",
        "| target | measured | result |",
        "|---|---|---|",
        f"| cold start ≤ 0.8× autocorrect's | {fmt_ms(concise)} vs {fmt_ms(autocorrect)}: "
        f"**{ratio(concise, autocorrect)}** | {verdict(concise, autocorrect, 0.8)} |",
        f"| corpus, `--format json`, all cores ≤ 3.0× autocorrect's (aim: parity) | {fmt_ms(all_cores)} vs "
        f"{fmt_ms(corpus_by['autocorrect'])}: **{ratio(all_cores, corpus_by['autocorrect'])}** | "
        f"{verdict(all_cores, corpus_by['autocorrect'], 3.0)} |",
        f"| corpus, `--jobs {cores}` ≤ 0.55× `--jobs 1` | {fmt_ms(all_cores)} vs {fmt_ms(one_job)}: "
        f"**{ratio(all_cores, one_job)}** | {verdict(all_cores, one_job, 0.55)} |",
        f"| per notice in process, median over the real notices ≤ 4 ms | **{median_notice:.2f} ms** | "
        f"{'met' if median_notice <= 4 else 'missed'} here |",
        "| the same, as a share of the first-wave build's median on this machine (the issue's 4 ms "
        f"where it took 8.3 ms: ≤ {baseline.TARGET_RATIO:.2f}×) | "
        + (
            f"{first[0]:.2f} ms vs {first[1]:.2f} ms: **{first[2]:.2f}×** | "
            f"{'met' if first[2] <= baseline.TARGET_RATIO else 'missed'} |"
            if first
            else "n/a (the first-wave build could not be set up) | n/a |"
        ),
        "| time per character at 10 MB ≤ 1.5× that at 10 KB | "
        + (
            f"**{per_char[-1] / per_char[0]:.2f}×** ({scale[-1][0]} vs {scale[0][0]}) | "
            f"{'met' if per_char[-1] / per_char[0] <= 1.5 else 'missed'} |"
            if len(scale) > 1
            else "n/a | n/a |"
        ),
        f"| (for scale) corpus vs zhlint; per notice vs a one-regex floor | "
        f"{ratio(all_cores, corpus_by['zhlint'])} of zhlint's time; {notelint_in / floor_ms:.1f}× the floor | |",
        "",
    ]
    lines += [
        "### 1. Cold start",
        "",
        f"`{COLD_START_FILE}` ({(corpus.corpus_folder() / COLD_START_FILE).stat().st_size / 1000:.0f} KB), "
        "whole-process wall time, median of the runs after a warm-up, output to /dev/null.",
        "",
        "| command | median | vs `python -c pass` | notelint concise / this |",
        "|---|---|---|---|",
    ]
    for label, value, problem in cold:
        extra = f" ({problem})" if problem else ""
        lines.append(
            f"| `{label}`{extra} | {fmt_ms(value)} | "
            f"{'' if value is None else f'+{value - passing:.0f} ms'} | {ratio(concise, value)} |"
        )
    stages = list(dict.fromkeys(stage for _, found, _, _ in notices for stage in found))
    lines += [
        "",
        "### 2. Per notice, in process",
        "",
        "Median ms per stage (share of the stages' sum); *pipeline* is the engine's whole "
        "`lint_file` (read → model → every rule → diagnostics mapped to the user's text).",
        "",
        "| notice | KB | pipeline | " + " | ".join(stages) + " |",
        "|---|---|---|" + "---|" * len(stages),
    ]
    for name, found, total, size in notices:
        whole = sum(found.values())
        cells = [f"{found.get(s, 0):.2f} ({100 * found.get(s, 0) / whole:.0f}%)" for s in stages]
        lines.append(f"| {name} | {size / 1000:.0f} | {total:.2f} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "### 3. Scaling",
        "",
        "Synthetic valid notices (`benchmarks/synthetic.py`), in process, median.",
        "",
        "| size | characters | time | µs per 1,000 characters | vs 10 KB |",
        "|---|---|---|---|---|",
    ]
    for (size, chars, ms), unit in zip(scale, per_char):
        lines.append(f"| {size} | {chars:,} | {fmt_ms(ms)} | {unit * 1e6:.1f} | {unit / per_char[0]:.2f}× |")
    lines += [
        "",
        "### 4–6. Corpus",
        "",
        f"{len(files):,} copies of the real notices ({size_mb:.1f} MB), output to a file; median of 3 runs, "
        "one run for a tool that takes over a minute; autocorrect uses all cores itself.",
        "",
        "| command | median | files/s | MB/s | notelint (all cores) / this |",
        "|---|---|---|---|---|",
    ]
    for label, value, problem in corpus_rows:
        extra = f" ({problem})" if problem else ""
        rate = "" if value is None else f"{len(files) / value * 1000:,.0f} | {size_mb / value * 1000:.2f}"
        lines.append(f"| `{label}`{extra} | {fmt_ms(value)} | {rate or 'n/a | n/a'} | {ratio(all_cores, value)} |")
    lines += [
        f"| notelint pipeline in one process (no start-up, no report) | {fmt_ms(notelint_in)} | "
        f"{len(files) / notelint_in * 1000:,.0f} | {size_mb / notelint_in * 1000:.2f} | |",
        f"| floor: read, decode, one regex `{FLOOR_PATTERN.pattern}` | {fmt_ms(floor_ms)} | "
        f"{len(files) / floor_ms * 1000:,.0f} | {size_mb / floor_ms * 1000:.2f} | |",
        "",
        END,
    ]
    return "\n".join(lines)


def verdict(value: float | None, peer: float | None, limit: float) -> str:
    if value is None or peer is None:
        return "n/a (peer not installed)"
    return "met" if value / peer <= limit else "missed"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--quick", action="store_true", help="fewer runs, no 10 MB notice, print only")
    arguments.add_argument("--no-write", action="store_true", help="print the tables, leave RESULTS.md alone")
    options = arguments.parse_args()
    quick = options.quick
    peers = peer_tools.install()
    folder = corpus.make_copies(CORPUS_FILES)
    files = sorted(folder.glob("*.txt"))
    steps = [
        ("environment", lambda: environment(peers)),
        ("cold start", lambda: cold_start(5 if quick else 15, peers)),
        ("per notice", lambda: per_notice(5 if quick else 21)),
        ("first wave", lambda: first_wave(quick)),
        ("scaling", lambda: scaling(SIZES[:-1] if quick else SIZES)),
        ("corpus", lambda: corpus_runs(folder, 1 if quick else 3, peers)),
        ("floor", lambda: in_process(files, 1 if quick else 3)),
    ]
    found = []
    for name, step in steps:
        print(f"… {name}", file=sys.stderr, flush=True)
        found.append(step())
    text = report(*found, files)
    print(text)
    if quick or options.no_write:
        return
    current = RESULTS.read_text("utf-8") if RESULTS.exists() else f"# Benchmark results\n\n{START}\n{END}\n"
    before, _, rest = current.partition(START)
    _, _, after = rest.partition(END)
    RESULTS.write_text(before + text + after, "utf-8")


if __name__ == "__main__":
    main()
