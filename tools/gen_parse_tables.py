"""Generate the notice grammar's parse tables (grammar/notice.tables.json).

Lark compiles grammar/notice.lark; notelint ships the tables it makes and
runs them with its own runtime (notelint.lalr), so that a run never imports
Lark. Run this after changing the grammar:

    python tools/gen_parse_tables.py

``--check`` writes nothing and exits 1 if the shipped tables are out of date
(tests/test_parse_tables.py checks the same).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

GRAMMAR_FOLDER = Path(__file__).resolve().parent.parent / "grammar"
GRAMMAR = GRAMMAR_FOLDER / "notice.lark"
TABLES = GRAMMAR_FOLDER / "notice.tables.json"
COMMAND = "python tools/gen_parse_tables.py"


def compile_tables(grammar: str) -> dict:
    """Lark's LALR tables for ``grammar``, with how each production shapes
    the tree (as Lark's own tree builder would), in the layout
    notelint.lalr.Tables.from_json reads.

    States are numbered breadth first from the start state, following
    symbols in sorted order, so the same grammar always gives the same file
    (Lark's own numbering follows the iteration order of its sets)."""
    import lark
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
    productions = {rule: index for index, rule in enumerate(compiled.rules)}
    nonterminals = {rule.origin.name for rule in productions}

    number = {conf.start_state: 0}
    order = [conf.start_state]
    for state in order:  # grows as states are reached
        for symbol in sorted(conf.states[state]):
            action, target = conf.states[state][symbol]
            if (symbol in nonterminals or action is Shift) and target not in number:
                number[target] = len(order)
                order.append(target)
    actions: list[dict[str, int]] = []
    gotos: list[dict[str, int]] = []
    for state in order:
        row = conf.states[state]
        gotos.append({symbol: number[target] for symbol, (_, target) in sorted(row.items()) if symbol in nonterminals})
        actions.append(
            {
                symbol: number[target] if action is Shift else ~productions[target]
                for symbol, (action, target) in sorted(row.items())
                if symbol not in nonterminals
            }
        )
    shapes = [
        [
            rule.alias or rule.options.template_source or rule.origin.name,
            rule.origin.name,
            len(rule.expansion),
            [
                i
                for i, symbol in enumerate(rule.expansion)
                if rule.options.keep_all_tokens or not (symbol.is_term and symbol.filter_out)
            ],
            rule.origin.name.startswith("_"),
            bool(rule.options.expand1 and not rule.alias),
        ]
        for rule in productions
    ]
    return {
        "actions": actions,
        "gotos": gotos,
        "productions": shapes,
        "start": number[conf.start_state],
        "end": number[conf.end_state],
    }


def render(tables: dict) -> str:
    """The file's text: one state per line, so a grammar change reads as a diff."""

    def rows(name: str) -> str:
        return ",\n".join(f"    {json.dumps(row, ensure_ascii=False)}" for row in tables[name])

    return (
        f'{{"generated": "by {COMMAND} from grammar/notice.lark: do not edit",\n'
        f' "start": {tables["start"]}, "end": {tables["end"]},\n'
        f' "productions": [\n{rows("productions")}\n ],\n'
        f' "actions": [\n{rows("actions")}\n ],\n'
        f' "gotos": [\n{rows("gotos")}\n ]}}\n'
    )


def generate() -> str:
    return render(compile_tables(GRAMMAR.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--check", action="store_true", help="exit 1 if the shipped tables are out of date")
    check = options.parse_args(argv).check
    text = generate()
    current = TABLES.read_text(encoding="utf-8") if TABLES.exists() else None
    if check:
        if text != current:
            print(f"{TABLES.name} is out of date with {GRAMMAR.name}: run {COMMAND}", file=sys.stderr)
            return 1
        return 0
    if text != current:
        TABLES.write_text(text, encoding="utf-8")
        print(f"wrote {TABLES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
