"""Parse the block stream with the notice grammar, recovering from every error.

The parser is LALR over the block kinds (grammar/notice.lark: Lark compiles
it into the tables notelint ships, notelint.lalr runs them). It is driven
token by token; where a block is not accepted, the repair that costs least
over the next few blocks wins: insert one or two missing parts (each a
*missing* finding, located where the part belongs) or skip the block (a part
out of place). So one run reports every structural problem, never crashes
and stays linear: a repair looks at a bounded window.
"""

import json
import os
from functools import cache
from typing import NamedTuple

import notelint.grammar
from notelint import lexer as kinds
from notelint.lalr import END, ParserState, Tables, Token, Tree
from notelint.lexer import Block

# Parts that recovery may insert, in backbone order (the first that fits wins a tie).
INSERTABLE = (
    kinds.PREAMBLE,
    kinds.H1_RESP,
    kinds.H1_PROGRESS,
    kinds.H1_NEXT,
    kinds.INVITATION,
    kinds.DISCLOSURE,
    kinds.CONTACT,
    kinds.SIGNATURE,
    kinds.DATE,
)
WINDOW = 6  # blocks of look-ahead when comparing repairs
MAX_INSERTIONS = 2


class Missing(NamedTuple):
    kind: str
    offset: int  # where the part belongs: the start of the block it should precede


class ParseResult:
    __slots__ = ("missing", "skipped", "tree")

    def __init__(self, tree: Tree | None) -> None:
        self.tree = tree  # whose tokens carry block indices as values
        self.missing: list[Missing] = []
        self.skipped: list[int] = []  # indices into the block list


@cache
def _parser() -> Tables:
    """The notice grammar's parse tables, shipped beside it (generated from
    grammar/notice.lark by tools/gen_parse_tables.py)."""
    # A file beside notelint.grammar's __init__.py: notelint installs as plain folders.
    path = os.path.join(os.path.dirname(notelint.grammar.__file__), "notice.tables.json")
    with open(path, encoding="utf-8") as file:
        return Tables.from_json(json.load(file))


def _insertions(ip: ParserState, token: Token, depth: int = MAX_INSERTIONS) -> list[tuple[str, ...]]:
    """Every sequence of at most ``depth`` inserted parts after which ``token`` is accepted."""
    found: list[tuple[str, ...]] = []
    for kind in INSERTABLE:
        if kind not in ip.choices():
            continue
        trial = ip.copy()
        if not trial.feeds(Token(kind, "", token.start, token.start)):
            continue
        if trial.copy().feeds(token):
            found.append((kind,))
        elif depth > 1:
            found.extend((kind, *rest) for rest in _insertions(trial, token, depth - 1))
    return found


def _eof_insertions(ip, offset: int, present: frozenset[str] = frozenset()) -> list[str]:
    """The parts to insert so that the document can end here (each at most
    once: a repeatable part such as CONTACT must not be inserted forever).
    Parts the document has are tried last: after a preamble, a second one
    would be accepted too, but what is missing is the section after it."""
    inserted: list[str] = []
    if END in ip.choices():  # most documents may end where they do
        return inserted
    order = sorted(INSERTABLE, key=present.__contains__)
    while END not in ip.choices():
        for kind in order:
            if kind not in inserted and kind in ip.choices() and ip.feeds(Token(kind, "", offset, offset)):
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
        if ip.feeds(token):
            continue
        options = _insertions(ip, token, depth=1)
        if options:
            for kind in options[0]:
                ip.feeds(Token(kind, "", token.start, token.start))
            ip.feeds(token)
        cost += 1
    if end_offset >= 0:
        cost += len(_eof_insertions(ip, end_offset, present))
    return cost


def parse(blocks: list[Block], text_length: int) -> ParseResult:
    ip = ParserState(_parser())
    # Built by tuple.__new__, as Token's Python-level __new__ would build them, without the call.
    tokens = [
        tuple.__new__(Token, (b.kind, str(i), b.start, b.end)) for i, b in enumerate(blocks) if b.kind != kinds.RESIDUE
    ]
    result = ParseResult(tree=None)
    present = frozenset(token.type for token in tokens)
    position = ip.feed_run(tokens)
    while position < len(tokens):
        token = tokens[position]
        window = tokens[position + 1 : position + 1 + WINDOW]
        reaches_end = position + 1 + WINDOW >= len(tokens)
        end_offset = text_length if reaches_end else -1
        best_cost, best = None, None  # None as a repair: skip the token
        for repair in [*_insertions(ip, token), None]:
            trial = ip.copy()
            if repair is None:
                cost = 1
            else:
                for kind in repair:
                    trial.feeds(Token(kind, "", token.start, token.start))
                trial.feeds(token)
                cost = len(repair)
            cost += _greedy_cost(trial, window, end_offset, present)
            if best_cost is None or cost < best_cost:
                best_cost, best = cost, repair
        if best is None:
            result.skipped.append(int(token.value))
        else:
            for kind in best:
                ip.feeds(Token(kind, "", token.start, token.start))
                result.missing.append(Missing(kind, token.start))
            ip.feeds(token)
        position = ip.feed_run(tokens, position + 1)
    end = tokens[-1].end if tokens else text_length
    result.missing.extend(Missing(kind, end) for kind in _eof_insertions(ip, end, present))
    result.tree = ip.feed_eof() if ip.accepts(END) else None
    return result
