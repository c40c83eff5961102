"""The grammar must never crash on any block order and must recover: every
structural problem of a run is reported, each inside the text."""

from __future__ import annotations

import random

import pytest
from conftest import EXAMPLES, linter

from notelint.source import SourceText

PARAGRAPHS = [p for p in (EXAMPLES / "complete.txt").read_text("utf-8").split("\n") if p]


def variants(seed: int) -> list[str]:
    rng = random.Random(seed)
    shuffled = PARAGRAPHS[:]
    rng.shuffle(shuffled)
    dropped = [p for p in PARAGRAPHS if rng.random() > 0.3]
    doubled = [p for p in PARAGRAPHS for _ in range(rng.choice((1, 2)))]
    cut = "\n".join(PARAGRAPHS)[: rng.randrange(1, len("\n".join(PARAGRAPHS)))]
    return ["\n".join(shuffled), "\n".join(dropped), "\n".join(doubled), cut]


@pytest.mark.parametrize("seed", range(40))
def test_any_order_of_parts_gives_diagnostics_inside_the_text(seed):
    for text in variants(seed):
        source = SourceText("x", text)
        for d in linter().lint_source(source):
            assert 0 <= d.start <= d.end <= len(text), (d, text)
            line, column = source.position(d.start)
            assert source.line_starts[line - 1] + column - 1 == d.start


def test_several_structural_problems_are_all_reported_in_one_run():
    lines = [
        p
        for p in PARAGRAPHS
        if not p.startswith(("一、", "公开期限", "中共青禾市住房和城乡建设局委员会"))
        or p.startswith("中共青禾市住房和城乡建设局委员会关于")
    ]
    text = "\n".join(lines) + "\n附言一则。"
    codes = sorted({d.code for d in linter().lint_source(SourceText("x", text)) if d.code.startswith("NL1")})
    assert codes == ["NL103", "NL107", "NL110", "NL114"]
