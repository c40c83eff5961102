"""Parse the block stream with the notice grammar, recovering from every error.

The parser is LALR over the block kinds (grammar/notice.lark: Lark compiles
it once, notelint.lalr runs the cached tables). It is driven
token by token; where a block is not accepted, the repair that costs least
over the next few blocks wins: insert one or two missing parts (each a
*missing* finding, located where the part belongs) or skip the block (a part
out of place). So one run reports every structural problem, never crashes
and stays linear: a repair looks at a bounded window.
"""

from __future__ import annotations

import importlib.util
import json
import os
import zlib
from functools import lru_cache
from typing import NamedTuple

import notelint.grammar
from notelint import cache
from notelint import lexer as kinds
from notelint.lalr import END, ParserState, Rule, Tables, Token, Tree
from notelint.lexer import Block

# Parts that recovery may insert, in backbone order (the first that fits wins a tie).
INSERTABLE = (kinds.PREAMBLE, kinds.H1_RESP, kinds.H1_PROGRESS, kinds.H1_NEXT, kinds.INVITATION,
              kinds.DISCLOSURE, kinds.CONTACT, kinds.SIGNATURE, kinds.DATE)
WINDOW = 6  # blocks of look-ahead when comparing repairs
MAX_INSERTIONS = 2
TABLES_LAYOUT = 1  # the layout of the cached tables (Tables.to_json): change it when that changes


class Missing(NamedTuple):
    kind: str
    offset: int  # where the part belongs: the start of the block it should precede


class ParseResult:
    __slots__ = ("tree", "missing", "skipped")

    def __init__(self, tree: Tree | None) -> None:
        self.tree = tree  # whose tokens carry block indices as values
        self.missing: list[Missing] = []
        self.skipped: list[int] = []  # indices into the block list


def _grammar() -> str:
    # A file beside notelint.grammar's __init__.py: notelint installs as plain folders.
    path = os.path.join(os.path.dirname(notelint.grammar.__file__), "notice.lark")
    with open(path, encoding="utf-8") as file:
        return file.read()


def _cache_key(grammar: str) -> str:
    """What decides the tables: their layout, the grammar and the Lark that
    compiled it. Lark's version is read from its ``__init__.py``, which
    states it, since importing Lark is what the cache avoids."""
    lark = importlib.util.find_spec("lark")
    lark_source = ""
    if lark and lark.origin:
        with open(lark.origin, encoding="utf-8") as file:
            lark_source = file.read()
    return f"{TABLES_LAYOUT}\0{grammar}\0{lark_source}"


def _cache_file(key: str) -> str | None:
    """The cached tables, named after a checksum of their key (the file holds
    the key itself: a name is no proof of what is inside)."""
    folder = cache.folder()
    if folder is None:
        return None
    return os.path.join(folder, f"notice-{zlib.crc32(key.encode()):08x}.tables.json")


@lru_cache(maxsize=None)
def _parser() -> Tables:
    """The notice grammar's parse tables: from the cache folder when Lark has
    compiled this grammar before, else compiled now (and cached if the folder
    can be written)."""
    grammar = _grammar()
    key = _cache_key(grammar)
    path = _cache_file(key)
    if path is not None:
        try:
            with open(path, "rb") as file:
                saved = json.loads(file.read())
            if saved["key"] == key:  # else another grammar's or Lark's tables whose name is the same
                return Tables.from_json(saved["tables"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not there yet, or damaged: compile again
    tables = compile_tables(grammar)
    if path is not None:
        cache.write_atomically(path, json.dumps({"key": key, "tables": tables.to_json()}, ensure_ascii=False))
    return tables


def compile_tables(grammar: str) -> Tables:
    """Lark's LALR tables for ``grammar``, with how each rule shapes the tree
    (as Lark's own tree builder would)."""
    import lark  # only here: importing Lark costs more than checking a notice
    from lark.parsers.lalr_analysis import Shift

    class BlockLexer(lark.lexer.Lexer):
        """Tokens are fed one by one; the grammar never sees characters."""

        def __init__(self, conf):
            pass

        def lex(self, data):
            return iter(data)

    # Without placeholders, an optional ``[x]`` leaves no None child: none of our rules has one.
    compiled = lark.Lark(grammar, parser="lalr", lexer=BlockLexer, maybe_placeholders=False)
    conf = compiled.parse_interactive().parser_state.parse_conf
    rules = {rule: index for index, rule in enumerate(compiled.rules)}
    nonterminals = {rule.origin.name for rule in rules}
    number = {state: index for index, state in enumerate(conf.states)}
    actions: list[dict[str, int]] = [{} for _ in number]
    gotos: list[dict[str, int]] = [{} for _ in number]
    for state, row in conf.states.items():
        for symbol, (action, target) in row.items():
            if symbol in nonterminals:
                gotos[number[state]][symbol] = number[target]
            else:
                actions[number[state]][symbol] = number[target] if action is Shift else ~rules[target]
    shapes = [Rule(name=rule.alias or rule.options.template_source or rule.origin.name,
                   origin=rule.origin.name,
                   size=len(rule.expansion),
                   kept=tuple(i for i, symbol in enumerate(rule.expansion)
                              if rule.options.keep_all_tokens or not (symbol.is_term and symbol.filter_out)),
                   inline=rule.origin.name.startswith("_"),
                   expand_single=bool(rule.options.expand1 and not rule.alias))
              for rule in rules]
    return Tables(actions, gotos, shapes, number[conf.start_state], number[conf.end_state])


def _feeds(ip: ParserState, token: Token) -> bool:
    """Feed ``token`` to ``ip`` if it is accepted; leave ``ip`` as it was if not."""
    if not ip.accepts(token.type):
        return False
    ip.feed_token(token)
    return True


def _insertions(ip, token, depth: int = MAX_INSERTIONS) -> list[tuple[str, ...]]:
    """Every sequence of at most ``depth`` inserted parts after which ``token`` is accepted."""
    found = []
    for kind in INSERTABLE:
        if kind not in ip.choices():
            continue
        trial = ip.copy()
        if not _feeds(trial, Token(kind, "", token.start, token.start)):
            continue
        if _feeds(trial.copy(), token):
            found.append((kind,))
        elif depth > 1:
            found.extend((kind,) + rest for rest in _insertions(trial, token, depth - 1))
    return found


def _eof_insertions(ip, offset: int, present: frozenset[str] = frozenset()) -> list[str]:
    """The parts to insert so that the document can end here (each at most
    once: a repeatable part such as CONTACT must not be inserted forever).
    Parts the document has are tried last: after a preamble, a second one
    would be accepted too, but what is missing is the section after it."""
    inserted: list[str] = []
    order = sorted(INSERTABLE, key=lambda kind: kind in present)
    while END not in ip.choices():
        for kind in order:
            if kind not in inserted and kind in ip.choices() and _feeds(ip, Token(kind, "", offset, offset)):
                inserted.append(kind)
                break
        else:
            break
    return inserted


def _greedy_cost(ip, tokens, end_offset: int, present: frozenset[str]) -> int:
    """Repairs needed to take ``tokens`` (and the end, if they run to it) by
    the simple policy: cheapest insertion, else skip."""
    ip = ip.copy()
    cost = 0
    for token in tokens:
        if _feeds(ip, token):
            continue
        options = _insertions(ip, token, depth=1)
        if options:
            for kind in options[0]:
                _feeds(ip, Token(kind, "", token.start, token.start))
            _feeds(ip, token)
        cost += 1
    if end_offset >= 0:
        cost += len(_eof_insertions(ip, end_offset, present))
    return cost


def parse(blocks: list[Block], text_length: int) -> ParseResult:
    ip = ParserState(_parser())
    tokens = [Token(b.kind, str(i), b.start, b.end) for i, b in enumerate(blocks) if b.kind not in kinds.OUTSIDE_TEXT]
    result = ParseResult(tree=None)
    present = frozenset(token.type for token in tokens)
    for position, token in enumerate(tokens):
        if _feeds(ip, token):
            continue
        window = tokens[position + 1:position + 1 + WINDOW]
        reaches_end = position + 1 + WINDOW >= len(tokens)
        end_offset = text_length if reaches_end else -1
        best_cost, best = None, None  # None as a repair: skip the token
        for repair in _insertions(ip, token) + [None]:
            trial = ip.copy()
            if repair is None:
                cost = 1
            else:
                for kind in repair:
                    _feeds(trial, Token(kind, "", token.start, token.start))
                _feeds(trial, token)
                cost = len(repair)
            cost += _greedy_cost(trial, window, end_offset, present)
            if best_cost is None or cost < best_cost:
                best_cost, best = cost, repair
        if best is None:
            result.skipped.append(int(token.value))
            continue
        for kind in best:
            _feeds(ip, Token(kind, "", token.start, token.start))
            result.missing.append(Missing(kind, token.start))
        _feeds(ip, token)
    end = tokens[-1].end if tokens else text_length
    result.missing.extend(Missing(kind, end) for kind in _eof_insertions(ip, end, present))
    result.tree = ip.feed_eof() if ip.accepts(END) else None
    return result
