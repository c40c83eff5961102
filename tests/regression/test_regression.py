"""Every draft of the regression corpus gives exactly the findings its sidecar lists
(code, line, column): no false alarm on a correct draft, every planted defect found
where it is. A failure prints the differences with the text of each line."""

from __future__ import annotations

import os

import pytest

import corpus

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
            assert {e.code for e in corpus.read_expected(path)} == {"NL100"}, path


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: os.path.relpath(p, corpus.HERE))
def test_draft_findings(path):
    outcome = corpus.check(path)
    if not outcome.passed:
        pytest.fail(corpus.describe(outcome), pytrace=False)
