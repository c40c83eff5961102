"""Scaling on hostile inputs: time and peak memory of one lint at growing sizes.

Each case is measured at three sizes, each in a fresh process (so one case's
memory does not hide another's): the input is built and encoded as a file
would be, the process's peak resident memory is read, the bytes are linted
(decode included), and the growth of the peak is reported next to the input
size. Linear growth shows as a steady time per MB and a steady memory ratio.

    python benchmarks/robustness.py                 # every case (several minutes: one input is 50 MB)
    python benchmarks/robustness.py --quick         # the smallest size of each case
    python benchmarks/robustness.py headings digits # some cases
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path

from notelint.numerals import int_to_chinese

EXAMPLE = (Path(__file__).resolve().parent.parent / "examples" / "complete.txt").read_text("utf-8")
HEAD = EXAMPLE[: EXAMPLE.index("一、")]  # title and preamble, so the rest is read as a notice's body
PROSE = "坚持问题导向，对照反馈意见逐条制定整改措施，明确责任单位和完成时限，建立整改台账，实行销号管理。"
BRACKETS = "（《“〔【(「"
PUNCTUATION = "、，,.。:：;；—…-！!？?"


def large_text(megabytes: float) -> str:
    """The complete example notice repeated."""
    return EXAMPLE * max(1, round(megabytes * 1e6 / len(EXAMPLE.encode())))


def long_line(megabytes: float) -> str:
    """A notice whose body is one line of prose without a break."""
    return HEAD + "一、整改情况\n" + PROSE * round(megabytes * 1e6 / len(PROSE.encode())) + "\n"


def headings(count: int) -> str:
    """An outline numbered as it should be: 10 一、 × 10 （一） × 10 1. under each
    of which come ``count / 1000`` （1） headings, each heading over a line of prose."""
    lines = []
    for first in range(1, 11):
        lines.append(f"{int_to_chinese(first)}、加强组织领导\n")
        for second in range(1, 11):
            lines.append(f"（{int_to_chinese(second)}）完善工作机制\n")
            for third in range(1, 11):
                lines.append(f"{third}.落实整改责任\n{PROSE}\n")
                lines.extend(f"（{fourth}）建立长效机制。{PROSE}\n" for fourth in range(1, count // 1000 + 1))
    return HEAD + "".join(lines)


def unclosed_brackets(count: int) -> str:
    """One paragraph with brackets and quotes opened and never closed."""
    return HEAD + "一、整改情况\n" + "".join(f"{b}整改" for b in islice(cycle(BRACKETS), count)) + "。\n"


def digit_run(megabytes: float) -> str:
    """A phone field that is one run of digits (patterns for numbers, dates
    and e-mail addresses all start on digits)."""
    return EXAMPLE + "联系电话：" + "1234567890" * round(megabytes * 1e5) + "\n"


def punctuation_run(megabytes: float) -> str:
    """A paragraph of nothing but mixed punctuation."""
    size = round(megabytes * 1e6 / 2)  # most of these marks are 3 bytes, some 1
    return HEAD + "一、整改情况\n" + "".join(islice(cycle(PUNCTUATION), size)) + "\n"


def date_run(megabytes: float) -> str:
    """Dates and date-like numbers back to back (the date reader's patterns)."""
    unit = "2024年1月至2025年12月31日，"
    return HEAD + "一、整改情况\n" + unit * round(megabytes * 1e6 / len(unit.encode())) + "\n"


# name: (builder, sizes, unit of the size)
CASES = {
    "large-text": (large_text, [5, 15, 50], "MB"),
    "long-line": (long_line, [0.25, 0.5, 1], "MB"),
    "headings": (headings, [25_000, 50_000, 100_000], "level-4 headings"),
    "unclosed-brackets": (unclosed_brackets, [2_500, 5_000, 10_000], "brackets"),
    "digit-run": (digit_run, [0.25, 0.5, 1], "MB"),
    "punctuation-run": (punctuation_run, [0.25, 0.5, 1], "MB"),
    "date-run": (date_run, [0.25, 0.5, 1], "MB"),
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def measure(case: str, size: float) -> dict:
    """Runs in the child process."""
    from notelint.engine import Linter

    linter = Linter()
    linter.lint_bytes("warm-up.txt", EXAMPLE.encode())  # rules, parser, data files loaded
    data = CASES[case][0](size).encode("utf-8")
    before = peak_mb()
    started = time.perf_counter()
    result = linter.lint_bytes("input.txt", data)
    seconds = time.perf_counter() - started
    assert result.error is None, result.error
    return {
        "case": case,
        "size": size,
        "input_mb": len(data) / 1e6,
        "seconds": seconds,
        "peak_growth_mb": peak_mb() - before,
        "diagnostics": len(result.diagnostics),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", help=f"cases to run (default: all): {', '.join(CASES)}")
    parser.add_argument("--quick", action="store_true", help="only the smallest size of each case")
    parser.add_argument("--measure", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    unknown = set(args.cases) - set(CASES)
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    if args.measure:
        size = float(args.measure[1])
        print(json.dumps(measure(args.measure[0], int(size) if size.is_integer() else size)))
        return
    print("| case | size | input | time | time per MB | peak memory growth | growth / input | findings |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for case in args.cases or CASES:
        _, sizes, unit = CASES[case]
        for size in sizes[:1] if args.quick else sizes:
            child = subprocess.run(
                [sys.executable, __file__, "--measure", case, str(size)], capture_output=True, text=True, check=True
            )
            row = json.loads(child.stdout)
            print(
                f"| {case} | {size:g} {unit} | {row['input_mb']:.2f} MB | {row['seconds']:.2f} s "
                f"| {row['seconds'] / row['input_mb']:.2f} s | {row['peak_growth_mb']:.1f} MB "
                f"| {row['peak_growth_mb'] / row['input_mb']:.1f}× | {row['diagnostics']} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
