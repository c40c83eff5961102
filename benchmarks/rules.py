"""Where a notice's time goes, rule by rule: the tool for making a rule fast.

    python benchmarks/rules.py              # every rule, slowest first
    python benchmarks/rules.py NL5 NL601    # only these codes or prefixes
    python benchmarks/rules.py --repeats 50
    python benchmarks/rules.py --fastest     # each one's fastest run, not the median

Each rule's ``check`` runs on the model of each real notice (built once, as
the engine does; the readers the rules share are cleared before every run so
a rule pays for what it reads first), and the table gives the median ms per
notice, summed over the real notices. The first row is the whole pipeline
(``Linter.lint_file``) for comparison; the stages before the rules follow
the rules. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from notelint import formats, lexer, model
from notelint.engine import Linter
from notelint.normalize import normalize
from notelint.parser import parse
from notelint.recognition import recognise


def timed_ms(run, repeats: int, fastest: bool = False) -> float:
    """The median run in ms, or the fastest: steadier where other work loads
    the machine, which only ever slows a run down."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return (min(samples) if fastest else statistics.median(samples)) * 1000


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("codes", nargs="*", help="rule codes or prefixes (default: every rule)")
    options.add_argument("--repeats", type=int, default=20)
    options.add_argument("--fastest", action="store_true", help="each one's fastest run, not the median")
    args = options.parse_args()

    linter = Linter()
    files = corpus.real_notices()
    notices = []
    for path in files:
        document = formats.read(str(path), path.read_bytes())
        notices.append(model.build(normalize(document.source, document.removed)))

    def pipeline() -> None:
        for path in files:
            linter.lint_file(str(path))

    rows = [
        (
            "pipeline",
            "(read → model → every rule → report-ready diagnostics)",
            timed_ms(pipeline, args.repeats, args.fastest),
        )
    ]
    stages = stage_rows(files, notices, args.repeats, args.fastest)
    for code, rule in linter.instances.items():
        if args.codes and not code.startswith(tuple(args.codes)):
            continue

        def run(rule=rule) -> None:
            for notice in notices:
                notice.forget_derived()  # each rule timed with the reading it causes
                for _ in rule.check(notice, linter.context):
                    pass

        rows.append((code, rule.name, timed_ms(run, args.repeats, args.fastest)))
    total = sum(ms for code, _, ms in rows[1:])
    statistic = "fastest" if args.fastest else "median"
    print(f"{len(files)} real notices, {statistic} of {args.repeats}; ms for all of them together\n")
    print(f"{'code':<9}{'rule':<38}{'ms':>9}{'share':>8}")
    for code, name, ms in [rows[0], *sorted(rows[1:], key=lambda row: -row[2])]:
        share = f"{ms / total:.0%}" if code != "pipeline" and total else ""
        print(f"{code:<9}{name[:37]:<38}{ms:>9.2f}{share:>8}")
    print(f"{'rules':<47}{total:>9.2f}")
    print()
    for stage, ms in stages:
        print(f"{'stage':<9}{stage:<38}{ms:>9.2f}")


def stage_rows(files: list[Path], notices: list[model.Notice], repeats: int, fastest: bool) -> list[tuple[str, float]]:
    """The stages before the rules, summed over the notices like the rules:
    decoding, normalising, and the model's lexing, document recognition and
    parsing (each on its own, then the whole model build)."""
    data = [path.read_bytes() for path in files]
    normalized = [notice.normalized for notice in notices]
    blocks = [notice.blocks for notice in notices]

    def each(step):
        return lambda: [step(i) for i in range(len(files))]

    steps = {
        "decode": lambda i: formats.read(str(files[i]), data[i]),
        "normalise": lambda i: normalize(normalized[i].source, ()),
        "lex": lambda i: lexer.lex(normalized[i].text),
        "recognise": lambda i: recognise(normalized[i].text, blocks[i]),
        "parse": lambda i: parse(blocks[i], len(normalized[i].text)),
        "model (lex, recognise, parse and the rest)": lambda i: model.build(normalized[i]),
    }
    return [(stage, timed_ms(each(step), repeats, fastest)) for stage, step in steps.items()]


if __name__ == "__main__":
    main()
