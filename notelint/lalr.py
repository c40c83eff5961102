"""A small LALR(1) runtime for the notice grammar's parse tables.

Lark compiles grammar/notice.lark into the tables notelint ships
(grammar/notice.tables.json, made by tools/gen_parse_tables.py); this module
runs them, so that checking a file never imports Lark. It does what the parser's
recovery needs and no more: a parser state that is cheap to copy, the
terminals it accepts next, feeding a token or the end of input, and the tree
Lark builds for the same input (same node names and children: a ``_rule``'s
children spliced into its parent, a ``?rule`` with one child replaced by it,
filtered tokens dropped).
"""

from collections.abc import Sequence
from typing import NamedTuple

END = "$END"  # the terminal that ends the input (Lark's name for it)


class Token(NamedTuple):
    type: str
    value: str
    start: int
    end: int


def _flattened(parts: list) -> list:
    """The children a splice holds, in order. A splice is a plain list of
    parts (children, or other splices) waiting to be spliced into a parent
    node: those of a ``_rule``, or a node's own. Parts are kept as they come
    and flattened only when read, so a reduction costs the same however long
    a repeated part has grown (``body: (H2 | PARA)*`` is a left-recursive
    list) and never changes what another copy of a parser state holds; the
    values a reduction takes off the stack are its splice as they are, a list
    made by the stack's slice. (No child is a list: tokens are tuples.)"""
    out: list = []
    pending = [iter(parts)]  # a stack, not recursion: left recursion nests as deep as the list is long
    while pending:
        for part in pending[-1]:
            if type(part) is list:
                pending.append(iter(part))
                break
            out.append(part)
        else:
            pending.pop()
    return out


class Tree:
    """A node of the parse tree: ``data`` is the rule's name, ``children`` its
    tokens and subtrees in input order."""

    __slots__ = ("_children", "_flat", "data")

    def __init__(self, data: str, parts: list) -> None:
        self.data = data
        self._children = parts  # a splice, flattened when first read
        self._flat = False

    @property
    def children(self) -> list:
        if not self._flat:
            self._children, self._flat = _flattened(self._children), True
        return self._children

    def __repr__(self) -> str:
        return f"Tree({self.data!r}, {self.children!r})"


class Production(NamedTuple):
    """A grammar production and the node it builds (not a lint rule: those are notelint.rules.Rule)."""

    name: str  # the node it builds (Lark's alias, else the rule's own name)
    origin: str  # the nonterminal it reduces to
    size: int  # the symbols it takes off the stack
    kept: tuple[int, ...]  # the positions of those symbols that become children (tokens Lark filters are not)
    inline: bool  # a ``_rule``: its children are spliced into its parent's
    expand_single: bool  # a ``?rule``: with one child, the node is that child
    # An inline production that keeps every symbol it takes: its value is the
    # values it takes, as they are (see ParserState.feed_run).
    splices_all: bool

    def build(self, values: list):
        """The node (or splice) made of ``values``, a list this production owns."""
        # ``kept`` rises through the positions: as many as the values is all of them, as most productions keep.
        children = values if len(self.kept) == len(values) else [values[i] for i in self.kept]
        if self.inline:
            return children
        if self.expand_single:
            flat = _flattened(children)
            if len(flat) == 1:
                return flat[0]
        return Tree(self.name, children)


class Tables(NamedTuple):
    """The LALR(1) automaton. An action is a shift to state ``n`` (n ≥ 0) or
    a reduction by production ``~n`` (n < 0)."""

    actions: list[dict[str, int]]  # per state: terminal → action
    gotos: list[dict[str, int]]  # per state: nonterminal → the state after a reduction to it
    productions: list[Production]
    start: int
    end: int  # the state reached once the whole input is reduced to the start symbol

    @classmethod
    def from_json(cls, data: dict) -> "Tables":
        """The tables from the layout tools/gen_parse_tables.py writes."""
        productions = [
            Production(name, origin, size, tuple(kept), inline, expand_single, inline and len(kept) == size)
            for name, origin, size, kept, inline, expand_single in data["productions"]
        ]
        return cls(data["actions"], data["gotos"], productions, data["start"], data["end"])


class UnexpectedToken(Exception):
    def __init__(self, token: Token, expected: set[str]):
        super().__init__(f"unexpected {token.type}, expected one of {sorted(expected)}")
        self.token = token
        self.expected = expected


class ParserState:
    """Where the parse is: the stack of automaton states and the values
    (tokens, subtrees) beside them."""

    __slots__ = ("states", "tables", "values")

    def __init__(self, tables: Tables, states: list[int] | None = None, values: list | None = None):
        self.tables = tables
        self.states = states if states is not None else [tables.start]
        self.values = values if values is not None else []

    def copy(self) -> "ParserState":
        """An independent state (values are never mutated, so they are shared)."""
        return ParserState(self.tables, self.states[:], self.values[:])

    def choices(self) -> dict[str, int]:
        """The terminals the current state has an action for (``END`` if the
        input may end). One of them may still be refused after the reductions
        it causes: ``accepts`` tells for sure."""
        return self.tables.actions[self.states[-1]]

    def accepts(self, terminal: str) -> bool:
        """Whether ``terminal`` can come next (for ``END``: whether the input
        may end here); follows the reductions on a copy of the state stack."""
        tables, states = self.tables, self.states
        copied = False  # the stack is copied at the first reduction: most terminals are shifted at once
        while True:
            action = tables.actions[states[-1]].get(terminal)
            if action is None:
                return False
            if action >= 0:
                return True
            if not copied:
                states, copied = states[:], True
            production = tables.productions[~action]
            if production.size:
                del states[-production.size :]
            states.append(tables.gotos[states[-1]][production.origin])
            if terminal == END and states[-1] == tables.end:
                return True

    def feeds(self, token: Token) -> bool:
        """Feed ``token`` if it can come next (True); if it cannot, leave the
        state as it was (False)."""
        return self.feed_run((token,)) == 1

    def feed_token(self, token: Token) -> None:
        """Reduce as ``token`` asks, then shift it. Raises UnexpectedToken if
        it is not accepted (the state left as it was)."""
        if not self.feed_run((token,)):
            raise UnexpectedToken(token, set(self.choices()))

    def feed_eof(self) -> Tree:
        """End the input: the tree of the whole parse."""
        token = Token(END, "", 0, 0)
        if not self.feed_run((token,)):
            raise UnexpectedToken(token, set(self.choices()))
        return self.values[-1]

    def feed_run(self, tokens: Sequence[Token], start: int = 0) -> int:
        """Feed ``tokens[start:]`` in turn up to the first that cannot come
        next, and leave the state as it was before that one: its index, or
        ``len(tokens)`` when all were fed (the end of input, ``END``, reduces
        to the start symbol). The parse feeds the blocks in one call up to a
        block it must repair, which is rare. A token's reductions are made as
        they come and undone if it is refused: asking ``accepts`` first would
        follow them twice for every token."""
        # The tables' parts read once for the run: a token causes a reduction or more.
        tables, states, values = self.tables, self.states, self.values
        actions, gotos, productions = tables.actions, tables.gotos, tables.productions
        for index in range(start, len(tokens)):
            token = tokens[index]
            terminal = token.type
            saved = None  # the stacks before the token's first reduction (most are shifted at once)
            while True:
                action = actions[states[-1]].get(terminal)
                if action is None:
                    if saved is not None:
                        self.states, self.values = saved
                    return index
                if action >= 0:
                    states.append(action)
                    values.append(token)
                    break
                if saved is None:
                    saved = states[:], values[:]
                production = productions[~action]
                size = production.size
                if size:
                    taken = values[-size:]
                    del states[-size:], values[-size:]
                else:
                    taken = []
                # Most reductions grow a repeated part (a section's body) by a block: a splice, as taken.
                values.append(taken if production.splices_all else production.build(taken))
                states.append(gotos[states[-1]][production.origin])
                if terminal == END and states[-1] == tables.end:
                    break
        return len(tokens)
