"""What several rules read is derived once per notice, by the model.

The readers behind the notice's properties (dates, phones, tallies, citations,
paragraphs, bracket marks, the formulation catalog's scan) are counted while
every rule that reads them runs on one fictional notice: none may be called
twice with the same arguments. And the rules reach them only through the
notice, with typed check() methods a new rule can copy."""

from __future__ import annotations

import ast

import pytest
from conftest import REPO
from fictional import notice

from notelint import dates, model, tallies
from notelint.checks.formulations._catalog import Catalog
from notelint.config import Settings
from notelint.engine import Linter
from notelint.normalize import normalize
from notelint.rules import load_rules
from notelint.source import SourceText

# One draft holding something for every reader: a phone and a fax number, a
# tally, a cited regulation, curly and straight quotes (typed and &quot;),
# brackets, dates in every part.
TEXT = notice(
    {
        16: "联系电话：0755-12345678；传真：0755-12345679；通信地址：广东省明湖市滨江路1号，"
        "邮政编码：518000；电子邮箱：jubao@example.org.cn。",
    },
    insert={
        11: '3.完善制度。对照《中国共产党巡视工作条例》，开展&quot;回头看&quot;和"大起底"，反馈问题18个，已完成整改15个，正在整改3个。'
    },
)

READERS = [
    # (where the reader is looked up, its name, the rules that all read what it gives)
    (model, "read_phones", ("NL401", "NL402", "NL405")),
    (tallies, "find_quantities", ("NL601", "NL602")),
    (model, "find_tallies", ("NL601", "NL602")),
    (model, "find_citations", ("NL705", "NL706")),
    (model, "paragraph_spans", ("NL504", "NL507", "NL510")),
    (model, "mark_offsets", ("NL504", "NL507", "NL510")),
    (model, "quote_groups", ("NL505", "NL512")),
    (model, "find_addresses", ("NL505", "NL512")),
    (model, "find_dates", ("NL301", "NL302", "NL303", "NL304", "NL305", "NL307", "NL308", "NL704")),
    (model, "find_ranges", ("NL303", "NL304", "NL305", "NL307", "NL308", "NL704", "NL706")),
    (Catalog, "scan", ("NL701", "NL702", "NL703", "NL704")),
]


@pytest.mark.parametrize(("owner", "reader", "codes"), READERS, ids=[reader for _, reader, _ in READERS])
def test_what_several_rules_read_is_read_once_per_notice(monkeypatch, owner, reader, codes):
    calls: list[str] = []
    original = getattr(owner, reader)

    def counted(*args):
        calls.append(repr(args))
        return original(*args)

    monkeypatch.setattr(owner, reader, counted)
    Linter(Settings(select=codes)).lint_source(SourceText("<test>", TEXT))
    assert calls, "the rules read nothing: the draft no longer exercises this reader"
    assert len(calls) == len(set(calls)), f"{reader} ran {len(calls)} times for {len(set(calls))} readings"


def test_the_phone_reader_reads_each_field_once_for_three_contact_rules(monkeypatch):
    fields: list[str] = []
    original = model.read_phones

    def counted(text: str, start: int, end: int):
        fields.append(text[start:end])
        return original(text, start, end)

    monkeypatch.setattr(model, "read_phones", counted)
    Linter(Settings(select=("NL401", "NL402", "NL405"))).lint_source(SourceText("<test>", TEXT))
    assert fields == ["0755-12345678", "0755-12345679"]


def test_the_dates_of_each_part_are_read_once_per_notice(monkeypatch):
    # The model reads the preamble's dates as it builds the notice, and the
    # date rules every dated block's at once: the preamble's block is not read again.
    spans: list[tuple[int, int, int | None]] = []
    original = dates._dates_at

    def counted(text: str, marks: list[int], start: int, end: int, year: int | None):
        spans.append((start, end, year))
        return original(text, marks, start, end, year)

    monkeypatch.setattr(dates, "_dates_at", counted)
    Linter().lint_source(SourceText("<test>", TEXT))
    assert spans, "no date read: the draft no longer exercises the date reader"
    assert len(spans) == len(set(spans))


def test_the_dated_blocks_are_the_same_whatever_was_read_before():
    def built() -> model.Notice:
        return model.build(normalize(SourceText("<test>", TEXT)))

    def dated(notice: model.Notice) -> list[tuple[int, list[tuple[int, int]]]]:
        return [(block.start, [(d.start, d.end) for d in found]) for block, found in notice.dated_blocks]

    fresh, read_before = built(), built()
    assert read_before.date is not None
    signing = read_before.dates_in(read_before.date)  # the preamble's dates were read by the build
    every_block = [(b.start, model.find_dates(fresh.text, b.start, b.end)) for b in fresh.blocks]
    assert (
        dated(read_before)
        == dated(fresh)
        == [(s, [(d.start, d.end) for d in found]) for s, found in every_block if found]
    )
    assert any(block is read_before.date and found is signing for block, found in read_before.dated_blocks)


# The readers the notice holds the results of: a rule imports none of them.
_NOTICE_READERS = {
    "notelint.phones": {"phones"},
    "notelint.tallies": {"tallies"},
    "notelint.citations": {"citations"},
    "notelint.layout": {"mark_offsets"},
}


def test_rules_read_what_the_model_derives_through_the_notice():
    misused = []
    for path in sorted((REPO / "checks").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Attribute) and node.attr in ("shared", "_shared"):
                misused.append(f"{where} .{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module in _NOTICE_READERS:
                misused.extend(
                    f"{where} imports {a.name}" for a in node.names if a.name in _NOTICE_READERS[node.module]
                )
    assert misused == []
    assert not hasattr(model.Notice, "shared")


def test_every_check_method_is_typed_for_a_newcomer_to_copy():
    untyped = [
        code
        for code, rule in load_rules().items()
        if set(rule.check.__annotations__) != {"notice", "ctx", "return"}
        or rule.check.__annotations__["notice"] != "Notice"
        or rule.check.__annotations__["ctx"] != "Context"
    ]
    assert untyped == []
