"""The parse tables Lark compiles, their cache, and notelint's own LALR
runtime (notelint.lalr), checked against Lark's interactive parser: the same
trees, and the same repairs on every input of the recovery tests."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import lark
import pytest
from lark.exceptions import UnexpectedToken
from test_recovery import PARAGRAPHS, variants

from conftest import EXAMPLES
from notelint import lalr, parser
from notelint import lexer as kinds
from notelint.normalize import normalize
from notelint.source import SourceText

TERMINALS = [kinds.TITLE, kinds.META, kinds.PREAMBLE, *kinds.H1_KINDS, kinds.H2, kinds.H3, kinds.H4, kinds.PARA,
             kinds.NEXT_INTRO, kinds.INVITATION, kinds.DISCLOSURE, kinds.CONTACT, kinds.SIGNATURE, kinds.DATE,
             kinds.ANNOTATION]


class _BlockLexer(lark.lexer.Lexer):
    def __init__(self, conf):
        pass

    def lex(self, data):
        return iter(data)


# Lark's parser as notelint used it before it had its own runtime: the reference.
REFERENCE = lark.Lark(parser._grammar(), parser="lalr", lexer=_BlockLexer, propagate_positions=True)


class LarkState:
    """notelint.lalr.ParserState's interface over Lark's interactive parser.

    Copies are deep: Lark's tree builder extends a repeated part's list in
    place, so a reduction on a shallow copy (a repair tried and dropped) also
    lengthens the list the original holds. notelint drove Lark with shallow
    copies until it had its own runtime, and a repaired notice's sections
    then held duplicated blocks and blocks of later sections."""

    def __init__(self, interactive):
        self.interactive = interactive

    def copy(self):
        return LarkState(self.interactive.copy())

    def choices(self):
        return self.interactive.choices()

    def accepts(self, terminal):
        trial = self.interactive.copy()
        try:
            trial.feed_eof() if terminal == lalr.END else trial.feed_token(lark.Token(terminal, ""))
        except UnexpectedToken:
            return False
        return True

    def feed_token(self, token):
        self.interactive.feed_token(lark.Token(token.type, token.value, start_pos=token.start, end_pos=token.end))

    def feed_eof(self):
        return self.interactive.feed_eof()


def shape(node):
    """A tree of either parser as nested tuples."""
    if isinstance(node, (lark.Tree, lalr.Tree)):
        return node.data, [shape(child) for child in node.children]
    if isinstance(node, lark.Token):
        return node.type, node.value, node.start_pos, node.end_pos
    return node.type, node.value, node.start, node.end


def parsed(blocks, text_length):
    result = parser.parse(blocks, text_length)
    return shape(result.tree) if result.tree is not None else None, result.missing, result.skipped


def parsed_by_lark(blocks, text_length):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser, "ParserState", lambda tables: LarkState(REFERENCE.parse_interactive()))
        return parsed(blocks, text_length)


def blocks_of(text: str) -> list[kinds.Block]:
    return kinds.lex(normalize(SourceText("x", text)).text)


def made_up_blocks(seed: int) -> list[kinds.Block]:
    rng = random.Random(seed)
    return [kinds.Block(rng.choice(TERMINALS), 10 * i, 10 * i + 5, i, "") for i in range(rng.randrange(0, 40))]


COMPLETE = blocks_of((EXAMPLES / "complete.txt").read_text("utf-8"))


def inputs():
    yield "complete", COMPLETE
    for path in sorted(EXAMPLES.glob("defective-*.txt")):
        yield path.name, blocks_of(path.read_text("utf-8"))
    for seed in range(40):
        for number, text in enumerate(variants(seed)):
            yield f"recovery {seed}/{number}", blocks_of(text)
    for seed in range(100):
        yield f"made-up {seed}", made_up_blocks(seed)


@pytest.mark.parametrize("name, blocks", list(inputs()), ids=lambda value: value if isinstance(value, str) else "")
def test_same_tree_and_repairs_as_lark(name, blocks):
    text_length = blocks[-1].end + 1 if blocks else 0
    assert parsed(blocks, text_length) == parsed_by_lark(blocks, text_length)


def test_a_long_body_is_one_flat_list():
    blocks = blocks_of("\n".join(PARAGRAPHS[:6] + ["正文一段。"] * 20_000 + PARAGRAPHS[6:]))
    tree = parser.parse(blocks, blocks[-1].end).tree
    sections = next(child for child in tree.children if child.data == "sections")
    body = sections.children[0].children[1]
    assert body.data == "body" and len(body.children) > 20_000


def test_feeding_a_copy_leaves_the_original_as_it_was():
    state = lalr.ParserState(parser._parser())
    for kind in (kinds.TITLE, kinds.META):
        state.feed_token(lalr.Token(kind, kind, 0, 0))
    trial = state.copy()
    trial.feed_token(lalr.Token(kinds.PREAMBLE, "trial", 0, 0))  # reduces the head on the copy
    for kind in (kinds.META, kinds.PREAMBLE, kinds.H1_RESP, kinds.H1_PROGRESS, kinds.H1_NEXT, kinds.INVITATION,
                 kinds.DISCLOSURE, kinds.CONTACT, kinds.SIGNATURE, kinds.DATE):
        assert state.accepts(kind)
        state.feed_token(lalr.Token(kind, kind, 0, 0))
    assert not state.accepts(kinds.TITLE)
    assert state.accepts(lalr.END)
    head = state.feed_eof().children[0]
    assert [token.value for token in head.children] == [kinds.TITLE, kinds.META, kinds.META]


# -- the cache -----------------------------------------------------------------

@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """An empty cache folder, and the tables loaded afresh from it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parser._parser.cache_clear()
    yield tmp_path / "notelint"
    parser._parser.cache_clear()


@pytest.fixture
def compiles(monkeypatch):
    """The grammars Lark compiles (on a cache miss)."""
    compiled = []

    def compile_tables(grammar):
        compiled.append(grammar)
        return real(grammar)

    real = parser.compile_tables
    monkeypatch.setattr(parser, "compile_tables", compile_tables)
    return compiled


def test_the_tables_are_compiled_once_then_read_from_the_cache(cache_home, compiles):
    first = parser._parser()
    parser._parser.cache_clear()
    assert parser._parser() == first
    assert len(compiles) == 1
    assert [path.suffixes for path in cache_home.iterdir()] == [[".tables", ".json"]]


def test_a_changed_grammar_is_compiled_again(cache_home, compiles, monkeypatch):
    parser._parser()
    grammar = parser._grammar()
    monkeypatch.setattr(parser, "_grammar", lambda: grammar.replace("PREAMBLE+", "PREAMBLE*"))
    parser._parser.cache_clear()
    tables = parser._parser()
    assert len(compiles) == 2 and "PREAMBLE*" in compiles[1]
    assert lalr.ParserState(tables).accepts(kinds.H1_RESP)  # the preamble may now be empty
    assert len(list(cache_home.iterdir())) == 2


def _saved_tables(path):
    return lalr.Tables.from_json(json.loads(path.read_bytes())["tables"])


def _tables_entry(tables: bytes) -> bytes:
    """A cache file for this grammar and Lark holding ``tables``."""
    key = parser._cache_key(parser._grammar())
    return b'{"key": ' + json.dumps(key).encode() + b', "tables": ' + tables + b"}"


@pytest.mark.parametrize("damage", [
    b"", b"{\"actions\": [", b"\xff\xfe not text", b"[]", b"{}", b'{"key": 1}',
    _tables_entry(b"[]"), _tables_entry(b"{}"),
    _tables_entry(b'{"actions": [{"TITLE": 99}], "gotos": [{}], "rules": [], "start": 0, "end": 0}'),
    _tables_entry(b'{"actions": [{"TITLE": -5}], "gotos": [{}], "rules": [], "start": 0, "end": 0}'),
    _tables_entry(b'{"actions": [{}], "gotos": [{}], "rules": [["x", "x", 1, [3], false, false]], '
                  b'"start": 0, "end": 0}'),
])
def test_a_damaged_cache_file_is_compiled_again(cache_home, compiles, damage):
    parser._parser()
    (path,) = cache_home.iterdir()
    path.write_bytes(damage)
    parser._parser.cache_clear()
    assert parsed(COMPLETE, COMPLETE[-1].end) == parsed_by_lark(COMPLETE, COMPLETE[-1].end)
    assert len(compiles) == 2
    assert _saved_tables(path) == parser._parser()  # and cached again


def test_a_cache_file_for_another_key_is_not_trusted(cache_home, compiles):
    """A file whose name is right but which holds the tables of another
    grammar (a checksum collision, or a file someone renamed)."""
    parser._parser()
    (path,) = cache_home.iterdir()
    other_grammar = parser._grammar().replace("PREAMBLE+", "PREAMBLE*")
    other = {"key": parser._cache_key(other_grammar), "tables": parser.compile_tables(other_grammar).to_json()}
    path.write_text(json.dumps(other), "utf-8")
    parser._parser.cache_clear()
    assert not lalr.ParserState(parser._parser()).accepts(kinds.H1_RESP)  # this grammar's: a preamble first
    assert _saved_tables(path) == parser._parser()


def test_without_a_writable_cache_folder_the_tables_are_compiled_every_time(tmp_path, monkeypatch, compiles):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    parser._parser.cache_clear()
    try:
        for _ in range(2):
            parser._parser.cache_clear()
            assert parser._parser().rules
    finally:
        parser._parser.cache_clear()
    assert len(compiles) == 2


def test_checking_a_file_with_cached_tables_does_not_import_lark(tmp_path):
    complete = str(EXAMPLES / "complete.txt")
    script = ("import sys; from notelint import formats, model; from notelint.normalize import normalize; "
              f"document = formats.read({complete!r}, open({complete!r}, 'rb').read()); "
              "notice = model.build(normalize(document.source, document.removed)); "
              "print(notice.date is not None, 'lark' in sys.modules)")
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env=environment).stdout.split() for _ in range(2)]
    assert runs == [["True", "True"], ["True", "False"]]  # the first run compiles, the second reads the cache
