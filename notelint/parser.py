"""Parse the block stream with the notice grammar, recovering from every error.

The parser is LALR over the block kinds (grammar/notice.lark). It is driven
token by token; where a block is not accepted, the repair that costs least
over the next few blocks wins: insert one or two missing parts (each a
*missing* finding, located where the part belongs) or skip the block (a part
out of place). So one run reports every structural problem, never crashes
and stays linear: a repair looks at a bounded window.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import lark
from lark.exceptions import UnexpectedToken
from lark.lexer import Lexer, Token

from notelint import cache
from notelint import lexer as kinds
from notelint.lexer import Block

# Parts that recovery may insert, in backbone order (the first that fits wins a tie).
INSERTABLE = (kinds.PREAMBLE, kinds.H1_RESP, kinds.H1_PROGRESS, kinds.H1_NEXT, kinds.INVITATION,
              kinds.DISCLOSURE, kinds.CONTACT, kinds.SIGNATURE, kinds.DATE)
WINDOW = 6  # blocks of look-ahead when comparing repairs
MAX_INSERTIONS = 2


@dataclass(frozen=True, slots=True)
class Missing:
    kind: str
    offset: int  # where the part belongs: the start of the block it should precede


@dataclass
class ParseResult:
    tree: object  # lark.Tree whose tokens carry block indices as values
    missing: list[Missing] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # indices into the block list


def _cache_file(grammar: str) -> str | None:
    """Lark's parse-table cache, named after the grammar and Lark's version."""
    folder = cache.folder()
    if folder is None:
        return None
    digest = hashlib.sha256((grammar + lark.__version__).encode()).hexdigest()[:16]
    return str(folder / f"notice-{digest}.lark-cache")


class BlockLexer(Lexer):
    """Tokens are fed one by one; the grammar never sees characters."""

    def __init__(self, conf):
        pass

    def lex(self, data):
        return iter(data)


@lru_cache(maxsize=None)
def _parser() -> lark.Lark:
    grammar = (resources.files("notelint.grammar") / "notice.lark").read_text("utf-8")
    options = dict(parser="lalr", lexer=BlockLexer, propagate_positions=True)
    cache = _cache_file(grammar)
    if cache:
        try:
            return lark.Lark(grammar, cache=cache, **options)
        except (OSError, EOFError, ValueError):
            pass
    return lark.Lark(grammar, **options)


def _token(kind: str, value: str, start: int, end: int) -> Token:
    return Token(kind, value, start_pos=start, end_pos=end)


def _feeds(ip, token) -> bool:
    """Feed ``token`` to ``ip`` if it is accepted; leave ``ip`` as it was if not."""
    if token.type not in ip.choices():
        return False
    trial = ip.copy(deepcopy_values=False)
    try:
        trial.feed_token(token)
    except UnexpectedToken:
        return False
    ip.parser_state = trial.parser_state
    return True


def _insertions(ip, token, depth: int = MAX_INSERTIONS) -> list[tuple[str, ...]]:
    """Every sequence of at most ``depth`` inserted parts after which ``token`` is accepted."""
    found = []
    for kind in INSERTABLE:
        if kind not in ip.choices():
            continue
        trial = ip.copy(deepcopy_values=False)
        if not _feeds(trial, _token(kind, "", token.start_pos, token.start_pos)):
            continue
        if _feeds(trial.copy(deepcopy_values=False), token):
            found.append((kind,))
        elif depth > 1:
            found.extend((kind,) + rest for rest in _insertions(trial, token, depth - 1))
    return found


def _eof_insertions(ip, offset: int) -> list[str]:
    """The parts to insert so that the document can end here (each at most
    once: a repeatable part such as CONTACT must not be inserted forever)."""
    inserted: list[str] = []
    while "$END" not in ip.choices():
        for kind in INSERTABLE:
            if kind not in inserted and kind in ip.choices() and _feeds(ip, _token(kind, "", offset, offset)):
                inserted.append(kind)
                break
        else:
            break
    return inserted


def _greedy_cost(ip, tokens, end_offset: int) -> int:
    """Repairs needed to take ``tokens`` (and the end, if they run to it) by
    the simple policy: cheapest insertion, else skip."""
    ip = ip.copy(deepcopy_values=False)
    cost = 0
    for token in tokens:
        if _feeds(ip, token):
            continue
        options = _insertions(ip, token, depth=1)
        if options:
            for kind in options[0]:
                _feeds(ip, _token(kind, "", token.start_pos, token.start_pos))
            _feeds(ip, token)
        cost += 1
    if end_offset >= 0:
        cost += len(_eof_insertions(ip, end_offset))
    return cost


def parse(blocks: list[Block], text_length: int) -> ParseResult:
    ip = _parser().parse_interactive()
    tokens = [_token(b.kind, str(i), b.start, b.end) for i, b in enumerate(blocks) if b.kind != kinds.RESIDUE]
    result = ParseResult(tree=None)
    for position, token in enumerate(tokens):
        if _feeds(ip, token):
            continue
        window = tokens[position + 1:position + 1 + WINDOW]
        reaches_end = position + 1 + WINDOW >= len(tokens)
        end_offset = text_length if reaches_end else -1
        best_cost, best = None, None  # None as a repair: skip the token
        for repair in _insertions(ip, token) + [None]:
            trial = ip.copy(deepcopy_values=False)
            if repair is None:
                cost = 1
            else:
                for kind in repair:
                    _feeds(trial, _token(kind, "", token.start_pos, token.start_pos))
                _feeds(trial, token)
                cost = len(repair)
            cost += _greedy_cost(trial, window, end_offset)
            if best_cost is None or cost < best_cost:
                best_cost, best = cost, repair
        if best is None:
            result.skipped.append(int(token.value))
            continue
        for kind in best:
            _feeds(ip, _token(kind, "", token.start_pos, token.start_pos))
            result.missing.append(Missing(kind, token.start_pos))
        _feeds(ip, token)
    end = tokens[-1].end_pos if tokens else text_length
    result.missing.extend(Missing(kind, end) for kind in _eof_insertions(ip, end))
    result.tree = ip.feed_eof() if "$END" in ip.choices() else None
    return result
