"""Large and pathological inputs: no crash, no blow-up. Scaling itself is
measured by benchmarks/robustness.py; here only a generous bound guards
against a pass turning quadratic again."""

from __future__ import annotations

import time

import pytest
from conftest import EXAMPLES, lint, linter

from notelint.numerals import chinese_to_int, int_to_chinese
from notelint.source import SourceText

COMPLETE = (EXAMPLES / "complete.txt").read_text("utf-8")
HEAD = COMPLETE[: COMPLETE.index("一、")]  # title and preamble
SECONDS_FOR_2_MB = 120  # linear code needs a few seconds; the quadratic scans this guards against needed hours


@pytest.mark.slow  # lints two megabytes
def test_two_megabytes_of_regex_traps_finish():
    traps = [
        "联系电话：" + "1234567890" * 100_000,  # one run of digits in a phone field (NL505 was quadratic)
        "（整改《整改“整改" * 3_400,  # 10,000 brackets and quotes never closed
        "、，,.。:：;；—…" * 30_000,  # punctuation
        "2024年1月至2025年12月31日，" * 10_000,
    ]  # dates back to back
    text = HEAD + "一、整改情况\n" + "\n".join(traps) + "\n"
    assert len(text.encode("utf-8")) > 2_000_000
    started = time.perf_counter()
    diagnostics = linter().lint_source(SourceText("traps.txt", text))
    assert time.perf_counter() - started < SECONDS_FOR_2_MB
    assert all(0 <= d.start <= d.end <= len(text) for d in diagnostics)


def test_numbering_past_ninety_nine_headings_is_written_in_chinese():
    text = HEAD + "一、整改情况\n" + "（一）完善机制\n" * 101
    last = lint(text, "NL201")[-1]
    assert last[:3] == ("NL201", 106, 1)
    assert "此处应为“（一百零一）”" in last[5]


def test_chinese_numerals_round_trip():
    assert [int_to_chinese(n) for n in (10, 16, 105, 110, 1050, 10001)] == [
        "十",
        "十六",
        "一百零五",
        "一百一十",
        "一千零五十",
        "一万零一",
    ]
    assert all(chinese_to_int(int_to_chinese(n)) == n for n in range(1, 10_000))
