"""Every draft of the regression corpus gives exactly the findings its sidecar lists
(code, line, column): no false alarm on a correct draft, every planted defect found
where it is. A failure prints the differences with the text of each line."""

from __future__ import annotations

import os

import corpus
import pytest

DRAFTS = corpus.drafts()


def test_corpus_is_there():
    cases = [p for p in DRAFTS if os.path.basename(os.path.dirname(p)) == "cases"]
    lookalikes = [p for p in DRAFTS if os.path.basename(os.path.dirname(p)) == "lookalikes"]
    assert len(cases) >= 40 and len(lookalikes) >= 10, (len(cases), len(lookalikes))


def test_every_draft_has_its_sidecar_and_back():
    assert [p for p in DRAFTS if not os.path.isfile(p + corpus.SIDECAR)] == []
    assert corpus.orphan_sidecars() == []


def test_lookalikes_expect_only_not_a_notice():
    for path in DRAFTS:
        if os.path.basename(os.path.dirname(path)) == "lookalikes":
            # NL100 on the first line: column 1, or the heading's text after "# " in Markdown
            assert [(e.code, e.line) for e in corpus.read_expected(path).elements()] == [("NL100", 1)], path


def test_a_difference_is_shown_with_its_line(tmp_path):
    # The project's correct example with one doubled 。 planted in its preamble, and a sidecar
    # that expects it one column too early.
    complete = os.path.join(corpus.HERE, "..", "..", "examples", "complete.txt")
    with open(complete, encoding="utf-8") as file:
        lines = file.read().split("\n")
    lines[2] = lines[2].replace("统一部署，", "统一部署。。", 1)
    draft = tmp_path / "draft.txt"
    draft.write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "draft.txt.expected").write_text("NL506 3 8   # planted one column early\n", encoding="utf-8")
    outcome = corpus.check(str(draft))
    assert (outcome.missing, outcome.unexpected) == ([("NL506", 3, 8)], [("NL506", 3, 9)])
    shown = [line.split() for line in corpus.describe(outcome).splitlines()[1:]]
    # each finding, then its line from the start (the column is within 12 characters) to 30 past the column
    assert shown == [
        ["漏报", "missing", "NL506", "3:8", "#", "planted", "one", "column", "early"],
        ["|", lines[2][:37] + "…"],
        ["多报", "unexpected", "NL506", "3:9", "标点重复“。。”，应只保留“。”"],
        ["|", lines[2][:38] + "…"],
    ]


def test_a_malformed_sidecar_names_its_line(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("正文\n", encoding="utf-8")
    (tmp_path / "draft.txt.expected").write_text("# comment\nNL506 3\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"draft.txt.expected:2: expected 'CODE LINE COLUMN'"):
        corpus.read_expected(str(draft))


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: os.path.relpath(p, corpus.HERE))
def test_draft_findings(path):
    outcome = corpus.check(path)
    if not outcome.passed:
        pytest.fail(corpus.describe(outcome), pytrace=False)
