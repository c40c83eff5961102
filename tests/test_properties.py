"""Properties that hold for any input: no exception, every range inside the
text, fixes idempotent, confined to their edits and encodable.

Inputs are random Unicode, random bytes, fragments of the example drafts, and
the example drafts mutated (parts shuffled, deleted, duplicated, truncated at
any character, other line endings, traditional script). The example count is
modest so the suite stays fast; ``NOTELINT_FUZZ_EXAMPLES=20000 pytest
tests/test_properties.py`` runs a long search.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path

import opencc
import pytest
from conftest import EXAMPLES, linter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notelint import fixer
from notelint.reporters import FORMATS, ReportOptions, render
from notelint.runner import RunOptions, Workspace, process
from notelint.source import SourceText, decode, encode

EXAMPLE_COUNT = int(os.environ.get("NOTELINT_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLE_COUNT,
    deadline=None,
    derandomize="NOTELINT_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DRAFTS = [path.read_text("utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
# Characters the lexer, the normaliser and the rules react to, and a few that
# tend to break text handling (BOM, zero width, line and paragraph separators).
SPECIAL = (
    "一二三四五六七八九十百零〇、（）()．.：:；;，,。“”‘’《》【】〔〕—～－-/0123456789０１２"
    "年月日号时分是第条项个件人万元%\n\r\t 　\ufeff\u200b\x0c\u2028\u00a0"
    "據關於與對發開展巡視察整改通報jùyǔǎ@"
)
FRAGMENTS = sorted({piece for draft in DRAFTS for piece in re.split(r"([\W\d]+)", draft) if piece})

special_text = st.text(st.sampled_from(SPECIAL) | st.characters(), max_size=400)
fragment_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(st.sampled_from(SPECIAL), max_size=3), max_size=150).map(
    "".join
)


@cache
def _traditional(text: str) -> str:
    return opencc.OpenCC("s2t").convert(text)


BASE_FORMS = {
    "as written": lambda text: text,
    "CRLF": lambda text: text.replace("\n", "\r\n"),
    "CR": lambda text: text.replace("\n", "\r"),
    "traditional": _traditional,
    "half-width": lambda text: text.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}),
}


@st.composite
def mutated_drafts(draw) -> str:
    """An example draft with lines shuffled, deleted, duplicated or moved,
    random text spliced in, and cut at any character."""
    form = draw(st.sampled_from(sorted(BASE_FORMS)))
    lines = BASE_FORMS[form](draw(st.sampled_from(DRAFTS))).splitlines(keepends=True)
    for _ in range(draw(st.integers(0, 4))):
        operation = draw(st.sampled_from(["delete", "duplicate", "move", "shuffle", "splice"]))
        i, j = sorted(draw(st.tuples(st.integers(0, len(lines)), st.integers(0, len(lines)))))
        part, rest = lines[i:j], lines[:i] + lines[j:]
        if operation == "delete":
            lines = rest
        elif operation == "duplicate":
            lines = lines[:j] + part + lines[j:]
        elif operation == "move":
            k = draw(st.integers(0, len(rest)))
            lines = rest[:k] + part + rest[k:]
        elif operation == "shuffle":
            lines = lines[:i] + draw(st.permutations(part)) + lines[j:]
        else:
            lines = [*lines[:i], draw(special_text), *lines[i:]]
    text = "".join(lines)
    return text[: draw(st.integers(0, len(text)))] if draw(st.booleans()) else text


any_text = st.one_of(st.text(), special_text, fragment_text, mutated_drafts())


def assert_ranges_inside(source: SourceText, diagnostics) -> None:
    size = len(source.text)
    for d in diagnostics:
        assert 0 <= d.start <= d.end <= size, d
        for offset in (d.start, d.end):
            line, column = source.position(offset)
            assert 1 <= line <= len(source.line_starts) and column >= 1, d
            assert source.line_starts[line - 1] + column - 1 == offset, d
        for edit in d.fix.edits if d.fix else ():
            assert 0 <= edit.start <= edit.end <= size, d


@FUZZ
@given(any_text)
def test_any_text_gives_diagnostics_inside_the_text(text):
    source = SourceText("fuzz.txt", text)
    assert_ranges_inside(source, linter().lint_source(source))


@FUZZ
@given(
    st.binary(max_size=600)
    | any_text.flatmap(
        lambda text: st.sampled_from(["utf-8", "gb18030", "utf-16", "big5"]).map(
            lambda name: text.encode(name, errors="replace")
        )
    )
)
def test_any_bytes_give_diagnostics_or_one_clear_error(data):
    result = linter().lint_bytes("fuzz.txt", data)
    if result.error is not None:
        assert result.error.strip() and "\n" not in result.error and not result.diagnostics
    else:
        assert_ranges_inside(result.source, result.diagnostics)
    for name in FORMATS:
        assert isinstance(render(name, [result], ReportOptions(color=False)), str)


def assert_edits_only(before: str, after: str, fixes) -> None:
    """``after`` is ``before`` with exactly the edits' ranges replaced, edits in order and disjoint."""
    edits = sorted((edit for fix in fixes for edit in fix.edits), key=lambda e: (e.start, e.end))
    shift, last = 0, 0
    for edit in edits:
        assert last <= edit.start, "overlapping edits"
        assert before[last : edit.start] == after[last + shift : edit.start + shift]
        assert after[edit.start + shift : edit.start + shift + len(edit.replacement)] == edit.replacement
        shift += len(edit.replacement) - (edit.end - edit.start)
        last = edit.end
    assert before[last:] == after[last + shift :]
    assert len(after) == len(before) + shift


@FUZZ
@given(any_text, st.booleans())
def test_each_fix_pass_touches_only_its_edits(text, unsafe):
    lint = linter()
    for _ in range(3):
        fixes = fixer.select(lint.lint_source(SourceText("fuzz.txt", text)), unsafe)
        if not fixes:
            break
        fixed = fixer.apply(text, fixes)
        assert_edits_only(text, fixed, fixes)
        text = fixed


ENCODINGS = [  # (how the file is written, --encoding or None to detect)
    ("utf-8", None),
    ("utf-8-sig", None),
    ("utf-16", None),
    ("gb18030", None),
    ("gb18030", "gb18030"),
    ("gbk", "gbk"),
    ("big5", "big5"),
]


def fix_file(path: Path, unsafe: bool, encoding: str | None):
    options = RunOptions(fix=True, unsafe_fixes=unsafe, isolated=True, flags={"encoding": encoding})
    return process(Workspace(options, linter().registry), str(path))


@FUZZ
@given(any_text, st.sampled_from(ENCODINGS), st.booleans())
def test_fixing_is_idempotent_and_the_file_keeps_its_encoding(text, encoding, unsafe):
    written_as, forced = encoding
    try:
        data = text.encode(written_as)
    except UnicodeEncodeError:
        data = text.encode(written_as, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.txt"
        path.write_bytes(data)
        outcome = fix_file(path, unsafe, forced)
        if outcome.result.error:
            assert path.read_bytes() == data
            return
        source = outcome.result.source
        assert outcome.note is None, outcome.note  # written, in the file's own encoding
        after = path.read_bytes()
        assert decode(after, forced).text == source.text
        assert after == encode(source.text, source.encoding, source.bom)
        again = fix_file(path, unsafe, forced)
        assert (again.result.fixed, path.read_bytes()) == (0, after)


# -- fix safety ------------------------------------------------------------------------------
# What a web copy or a typist leaves that the fixes must step around: character
# references (whole, doubly escaped, with a full-width semicolon), straight
# quotes, an ampersand that is text, runs of marks next to them.
WEB_PIECES = [
    "&nbsp;",
    "&nbsp",
    "&nbsp；",
    "&amp;",
    "&amp;nbsp;",
    "&quot;",
    "&#34;",
    "&#12288;",
    "&#x3000;",
    "&lt;",
    "&gt;",
    "&ldquo;",
    "&rdquo;",
    "&lsquo;",
    "&times;",
    "&#40;",
    "&#41;",
    "&mdash;",
    "&hellip;",
    "&#8203;",
    "&#160;",
    "&#10;",
    "&#44;",
    "&#59;",
    "&copy;",
    '"',
    "A&B",
    "&",
    "；",
    "，",
    "。",
    ";",
    ",",
    "“",
    "”",
    "‘",
    "’",
    "（",
    "）",
    "0739—5123456",
    "010-1234567",
    "XX",
    "〇〇",
    "**日",
]
web_text = st.lists(
    st.sampled_from(FRAGMENTS) | st.sampled_from(WEB_PIECES) | st.text(st.sampled_from(SPECIAL), max_size=2),
    max_size=120,
).map("".join)


@st.composite
def drafts_with_web_residue(draw) -> str:
    """An example draft with web pieces spliced into its lines."""
    lines = draw(st.sampled_from(DRAFTS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 8))):
        index = draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        at = draw(st.integers(0, len(line)))
        lines[index] = (
            line[:at] + draw(st.lists(st.sampled_from(WEB_PIECES), min_size=1, max_size=4).map("".join)) + line[at:]
        )
    return "".join(lines)


# The full-width marks a safe fix may never lose, except where removing them is
# the fix's purpose (below).
FULL_WIDTH_MARKS = "，。；：？！（）“”‘’《》、【】〔〕"
# Safe fixes that delete text on purpose: residue lines and widgets, pinyin
# residue, a numbering label rewritten (1、 → 1.).
_DELETING = ("NL501", "NL502", "NL203", "NL205")
_FOLD_MESSAGE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {
    ord("“"): '"',
    ord("”"): '"',
    ord("‘"): "'",
    ord("’"): "'",
}


def finding_key(diagnostic) -> tuple[str, str]:
    """A finding as a reader tells one from another: its code and its message,
    which may quote text a fix has touched (width, quotes, references, spaces)
    or count what a fix has changed (digits)."""
    message = re.sub(r"&[#\w]+;?|\s|\u3000", "", diagnostic.message.translate(_FOLD_MESSAGE))
    return diagnostic.code, re.sub(r"\d+", "#", message)


def new_findings(before, after) -> set[tuple[str, str]]:
    """Findings after the fixes that were not there before: of a code found
    more often than before, with a message not seen before. (A fix may change
    what another finding quotes: 1、 fixed to 1. changes the label NL201 names.)"""
    counts_before, counts_after = Counter(d.code for d in before), Counter(d.code for d in after)
    seen = {finding_key(d) for d in before}
    return {
        finding_key(d) for d in after if counts_after[d.code] > counts_before[d.code] and finding_key(d) not in seen
    }


def _marks(text: str) -> int:
    return sum(map(text.count, FULL_WIDTH_MARKS))


def _allowed_loss(text: str, diagnostic) -> int:
    """The full-width marks a safe fix may remove: all of a residue line or
    pinyin residue, the label's in a numbering rewrite, all but one of a run
    of repeated marks."""
    if diagnostic.code in _DELETING:
        return sum(_marks(text[e.start : e.end]) - _marks(e.replacement) for e in diagnostic.fix.edits)
    if diagnostic.code == "NL506":
        return max(0, _marks(text[diagnostic.start : diagnostic.end]) - 1)
    return 0


def _touched_after(text: str, touched: list[bool], fixes) -> list[bool]:
    """Which positions of the text after ``fixes`` hold what an edit wrote
    (or border what it deleted), given those of ``text`` before them."""
    edits = sorted((edit for fix in fixes for edit in fix.edits), key=lambda e: e.start)
    after, last = [], 0
    for edit in edits:
        after += touched[last : edit.start]
        after += [True] * len(edit.replacement)
        if not edit.replacement and after:
            after[-1] = True  # a deletion: the character before it now borders what follows
        last = edit.end
    after += touched[last : len(text)]
    return after


_HALF_WIDTH_MARKS = ',:;?!()"'


def _trades_full_for_half_width(text: str, diagnostic) -> bool:
    """Whether a fix leaves its finding's text with fewer full-width marks and
    no full-width mark at all, or with a half-width mark more: the damage of
    keeping the ``;`` of ``&nbsp;`` over the ``，`` after it."""
    if diagnostic.code in _DELETING:
        return False
    region = text[diagnostic.start : diagnostic.end]
    edits = sorted(
        (e for e in diagnostic.fix.edits if diagnostic.start <= e.start <= e.end <= diagnostic.end),
        key=lambda e: e.start,
        reverse=True,
    )
    result = region
    for edit in edits:
        result = result[: edit.start - diagnostic.start] + edit.replacement + result[edit.end - diagnostic.start :]
    half = sum(map(result.count, _HALF_WIDTH_MARKS)) > sum(map(region.count, _HALF_WIDTH_MARKS))
    return _marks(result) < _marks(region) and (half or _marks(result) == 0)


def fix_like_the_cli(text: str):
    """The safe fix passes ``--fix`` runs: (fixed text, findings before, findings
    after, full-width marks the fixes were allowed to remove, which positions of
    the fixed text the edits wrote)."""
    from notelint.runner import MAX_FIX_PASSES

    lint = linter()
    before = lint.lint_source(SourceText("fuzz.txt", text))
    found, allowed, touched = before, 0, [False] * len(text)
    for _ in range(MAX_FIX_PASSES):
        fixes = fixer.select(found, unsafe=False)
        if not fixes:
            break
        chosen = {id(fix) for fix in fixes}
        damaging = [d for d in found if id(d.fix) in chosen and _trades_full_for_half_width(text, d)]
        assert not damaging, f"a fix trades a full-width mark for a half-width one: {damaging}\n{text!r}"
        allowed += sum(_allowed_loss(text, d) for d in found if id(d.fix) in chosen)
        touched = _touched_after(text, touched, fixes)
        text = fixer.apply(text, fixes)
        found = lint.lint_source(SourceText("fuzz.txt", text))
    return text, before, found, allowed, touched


def assert_fixing_is_safe(text: str) -> None:
    fixed, before, after, allowed, touched = fix_like_the_cli(text)
    # A finding counts as the fixes' doing where they wrote: a fix may also
    # reveal what was there all along (removing a doubled colon lets a line read
    # as a heading, and a date in it is then checked).
    at_an_edit = [
        d for d in after if any(touched[d.start : d.end] if d.end > d.start else touched[d.start - 1 : d.start + 1])
    ]
    # NL100 judges the whole document, not a defect a fix could make: a text
    # that is nothing but ``&amp`` reads as empty before its fix, as "&" after;
    # 整改情 况 is no notice, 整改情况 a title. When that judgement changes, so
    # do the findings of every rule it gates (all but the hygiene rules).
    # NL604 compares the issuer of the title and of the signature character
    # by character, quote marks included: ``"0"`` in a title fixed to ``“0”``
    # no longer holds the lone ``"`` of a signature (noted for its owner).
    recognition_changed = any(d.code == "NL100" for d in before) != any(d.code == "NL100" for d in after)
    new = new_findings(
        before,
        [
            d
            for d in at_an_edit
            if d.code not in ("NL100", "NL604")
            and not (recognition_changed and (not d.code.startswith("NL5") or d.code == "NL508"))
        ],
    )
    assert not new, f"the fixes brought new findings: {sorted(new)}\n{fixed!r}"
    assert _marks(fixed) >= _marks(text) - allowed, f"a full-width mark was lost:\n{text!r}\n{fixed!r}"


@FUZZ
@given(st.one_of(any_text, web_text, drafts_with_web_residue()))
def test_fixing_brings_no_new_finding_and_keeps_every_full_width_mark(text):
    assert_fixing_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "已修订46条&nbsp;，逐条落实。",  # the reported damage: NL506 kept the ";" of "&nbsp;"
        "&#33;、",  # a reference in a run of marks
        "整改情况\n三、:下步",  # a run that starts in a heading label
        "召开会议，&#44;研究",  # a run across a reference
        '开展"回头看"和“再回访',  # straight quotes next to an unmatched curly one
        "整改情况\r(\x1f1:",  # an invisible character inside a heading label
        "整改情况\n欢迎;:地址",  # which of ;: was meant is a guess
        '""关于整改情况\n0\n欢迎监督\n"\n0000年0月0日',  # empty quotes: a blank, not a quotation
        "根据部署0001年1月1日至0月巡察组开展巡察\n二、整改0&nbsp::&nbsp/0落实0000年1月",  # a date revealed, not made
        "根据部署0001年1月1日至0月巡察组开展巡察\n二、整改0&nbsp：：&nbsp\xa00落实0000年1月",
        '”一“"0"',  # straight quotes after a stray closing quote and an open one
        "詛\ud800",  # a lone surrogate (an editor's buffer) next to a traditional character: NL503 must not crash
        "(1:\n欢迎巡察监督。公开期\n0\n手机扫一扫\n0000年月日\n0\n)\n0",  # chrome above the date: the closing reads the same
        '《一"》"',  # straight quotes that would cross a title's 《》: no fix
    ],
)
def test_fixes_found_unsafe_once_are_safe(text):
    assert_fixing_is_safe(text)


def test_the_reported_damage_is_what_the_property_catches():
    from notelint.diagnostics import Diagnostic, Edit, Fix, Severity

    text = "46条&nbsp;，逐条"  # NL506's old fix replaced the run ";，" (8–10) by the ";" of the reference
    old_fix = Diagnostic("NL506", "repeated-punctuation", Severity.WARNING, "", 8, 10, Fix.safe(Edit(8, 10, ";")))
    kept_comma = Diagnostic("NL506", "repeated-punctuation", Severity.WARNING, "", 8, 10, Fix.safe(Edit(8, 9, "")))
    assert _trades_full_for_half_width(text, old_fix)
    assert not _trades_full_for_half_width(text, kept_comma)
