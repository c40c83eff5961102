from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from notelint.datafiles import entries
from notelint.diagnostics import Applicability, Edit, Fix, Severity
from notelint.layout import find_all
from notelint.normalize import script_set
from notelint.rules import DOCUMENT, Localized, Rule

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from notelint.diagnostics import Diagnostic
    from notelint.model import Notice
    from notelint.normalize import Normalized
    from notelint.rules import Context

# The converter that writes the document's own script. s2tw rather than s2t: OpenCC's s2t
# writes 羣 for 群, a form no traditional text in use needs.
_CONVERTERS = {"simplified": "t2s", "traditional": "s2tw"}
# The marks that end a clause, none of them in a word of the converters'
# dictionaries (Han characters, a few with 〇, ·, - or Latin letters) or of
# script-keep.txt: a conversion never reads across one, so the text between two
# converts, and holds the kept words, as it does within its whole line.
_WORD_BREAKS = "，。；：、,;:()（）\n"
_WORD_BREAK = re.compile(f"[{_WORD_BREAKS}]")
_SCRIPT_NAMES = {"simplified": Localized("简体", "simplified"), "traditional": Localized("繁体", "traditional")}


@cache
def _kept_words() -> re.Pattern:
    return re.compile("|".join(map(re.escape, entries("script-keep.txt"))))


@cache
def _only_in(script: str) -> re.Pattern:
    """A class of the characters that exist only in ``script``."""
    return re.compile(f"[{''.join(map(re.escape, sorted(script_set(script))))}]")


@cache
def _converter(config: str) -> Any:  # an opencc.OpenCC (untyped)
    import opencc  # slow to load: only when a text is checked

    return opencc.OpenCC(config)


class MixedScript(Rule):
    """繁简混用

    ## 检查什么
    简体稿件中的繁体字，或繁体稿件中的简体字。全文的字体由多数决定；
    只报告在上下文中确实要转换的字（按 OpenCC 的词语转换判断，如繁体稿中
    “關于”的“于”应为“於”，而“于”作姓氏时不报告）。

    ## 为什么
    繁简混用多来自拼接不同来源的文字或不完整的转换，发布出去显得不严谨，
    也可能改变词义（“後”与“后”、“乾”与“干”）。

    ## 示例
    简体稿中的“整改後”“關於”；繁体稿中的“規范”“干部”（应为“規範”“幹部”）。

    ## 如何修复
    改为全文所用的字体。自动修复按 OpenCC 转换，属不安全修复（专名可能另有写法），
    需确认后应用。
    """

    doc_en = """## What it checks
    Traditional characters in a simplified draft, or simplified characters in a traditional
    one. The script of the whole text is decided by the majority; only characters that really
    need converting in their context are reported (judged by OpenCC's phrase conversion: in a
    traditional draft the "于" of "關于" should be "於", but "于" as a surname is not reported).

    ## Why
    Mixed scripts mostly come from splicing text from different sources or from an incomplete
    conversion; published, they look careless, and they may change the meaning ("後" and "后",
    "乾" and "干").

    ## Example
    "整改後" and "關於" in a simplified draft; "規范" and "干部" in a traditional draft (should be
    "規範" and "幹部").

    ## How to fix
    Use the script of the whole text. The fix converts with OpenCC and is unsafe (proper names
    may be written otherwise), so confirm it before applying.
    """

    code = "NL503"
    name = "mixed-script"
    severity = Severity.WARNING
    scope = DOCUMENT
    fix = Applicability.UNSAFE
    message = {
        "zh": "{script}稿件中的“{char}”应为“{expected}”",
        "en": "“{char}” in a {script} text: write “{expected}”",
    }

    def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
        script = notice.normalized.script
        text = notice.source.text
        minority = _minority_offsets(notice.normalized, text)
        if not minority:
            return
        offsets = notice.normalized.offsets
        found = _minority_characters(text, minority, _converter(_CONVERTERS[script]).convert)
        for offset, char, expected in found:
            # A character the engine would map back to itself (not in markup a
            # format reader removed) is reported in the user's text directly.
            start = offsets.to_analysis(offset)
            in_source = offsets.to_source(start) == offset
            if in_source:
                start = offset
            yield self.diagnostic(
                ctx,
                start,
                start + 1,
                fix=Fix.unsafe(Edit(start, start + 1, expected)),
                in_source=in_source,
                script=_SCRIPT_NAMES[script],
                char=char,
                expected=expected,
            )


def _convert(convert: Callable[[str], str], line: str) -> str:
    """``convert(line)``; a text handed over as a string (an editor's buffer)
    may hold a lone surrogate, which OpenCC cannot encode: those are kept as
    they are and the rest converted character by character."""
    try:
        return convert(line)
    except UnicodeEncodeError:
        return "".join(char if "\ud800" <= char <= "\udfff" else convert(char) for char in line)


def _convert_pieces(convert: Callable[[str], str], pieces: list[str]) -> list[str]:
    """``_convert`` of each piece (a text holding no "\\n"), in one call of the
    converter where it can: a call costs more than its characters, and the
    converter's words never hold a "\\n" (one of _WORD_BREAKS), so pieces
    joined by "\\n" convert as each alone does. Piece by piece where the
    joined pieces hold a NUL (the converter stops there, or drops it, as the
    words before it fall) or a lone surrogate (which it cannot encode)."""
    joined = "\n".join(pieces)
    if "\0" not in joined:
        try:
            converted = convert(joined).split("\n")
        except UnicodeEncodeError:
            converted = []
        if len(converted) == len(pieces):
            return converted
    return [_convert(convert, piece) for piece in pieces]


def _clauses(text: str, offsets: list[int]) -> list[tuple[int, int, list[int]]]:
    """The spans of ``text`` between two word breaks (or an end of the text)
    that hold the ``offsets`` (in order, none a break), each with the offsets
    it holds. The break before an offset is searched for forwards in the text
    reversed, from the offset back to the last clause's end: the text is read
    once, whatever the number of offsets."""
    backwards = text[::-1]
    last = len(text) - 1  # text[i] is backwards[last - i]
    clauses: list[tuple[int, int, list[int]]] = []
    end = -1
    for offset in offsets:
        if offset > end:
            before = _WORD_BREAK.search(backwards, last - offset + 1, last - end)
            start = end + 1 if before is None else last - before.start() + 1
            after = _WORD_BREAK.search(text, offset)
            end = len(text) if after is None else after.start()
            held: list[int] = []
            clauses.append((start, end, held))
        held.append(offset)
    return clauses


def _minority_offsets(normalized: Normalized, text: str) -> list[int]:
    """Where the characters of the script other than ``text``'s stand in it, in order."""
    if normalized.script == "simplified":
        # Read while normalising: a simplified draft mostly holds none, and is
        # then not read again.
        return find_all(text, normalized.traditional_only)
    # Searched for as a class: gathering the distinct characters of the text
    # would make a string of each of them.
    return [found.start() for found in _only_in("simplified").finditer(text)]


def _minority_characters(
    text: str, minority: list[int], convert: Callable[[str], str]
) -> Iterator[tuple[int, str, str]]:
    """(offset, character, its conversion) of each character of the other
    script that the converter changes, of those at the ``minority`` offsets.
    Only the clauses holding one are converted, each whole: the converter
    reads words in context."""
    clauses = _clauses(text, minority)
    pieces = [text[start:end] for start, end, _ in clauses]
    for (start, _, held), piece, converted in zip(clauses, pieces, _convert_pieces(convert, pieces)):
        # Unchanged: nothing to report. Changed in length: the converter rewrote words, no 1:1 reading.
        if converted == piece or len(converted) != len(piece):
            continue
        kept = {i for word in _kept_words().finditer(piece) for i in range(*word.span())}
        for offset in held:
            index = offset - start
            if converted[index] != piece[index] and index not in kept:
                yield offset, piece[index], converted[index]
