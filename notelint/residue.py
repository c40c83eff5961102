"""Web page chrome pasted with a notice (the list is data: data/web-residue.txt).

Two shapes: a whole line of chrome (``手机扫一扫打开当前界面``, ``浏览次数：…``,
``朗读 字号 大 中 小 打印 关闭``) and a bracketed widget inside a line
(``【打印正文】``). The lexer keeps residue lines out of the parse; NL501
reports both shapes.
"""

import re
from functools import cache
from typing import NamedTuple

from notelint.datafiles import entries
from notelint.normalize import pinyin_residue, without

# A chrome line is short; a longer line is the notice's own text even when it
# quotes a field label, and the length bound keeps the whole-line pattern's
# work per line constant.
MAX_CHROME_LINE = 120
_SENTENCE_MARK = re.compile("[。，；！？,;!?]")
# A page number a Word or PDF export leaves between pages: — 3 —, -3-, 第3页 共12页.
_PAGE_NUMBER = re.compile(r"[—－\-–]+\s*\d{1,3}\s*[—－\-–]+|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?")
# What a page number (_PAGE_NUMBER) begins with.
_PAGE_NUMBER_STARTS = frozenset("—－-–第")
_BRACKETS = "【】[]"


class Chrome(NamedTuple):
    phrases: frozenset[str]  # whole-line phrases, keyed (see _key)
    line: re.Pattern  # a line made of phrases only (brackets removed)
    fields: re.Pattern  # a field label followed by a colon, anywhere in the line
    openings: tuple[str, ...]
    inside: re.Pattern | None  # phrases that make any short line chrome


def _key(line: str) -> str:
    return "".join(line.split()).replace("：", ":")


def _unbracketed(key: str) -> str:
    """``key`` without square brackets. Replacing the few present is many
    times faster than str.translate, which looks up every character."""
    for bracket in _BRACKETS:
        if bracket in key:
            key = key.replace(bracket, "")
    return key


def _alternation(keys) -> str:
    # Longest first, so that a phrase wins over its own beginning; then in order, so that the
    # pattern is the same in every run (a set's order is not) and its compiled form can be kept.
    return "|".join(re.escape(k) for k in sorted(keys, key=lambda key: (-len(key), key)))


@cache
def chrome() -> Chrome:
    phrases, labels, openings, inside = set(), set(), [], set()
    for entry in entries("web-residue.txt"):
        if entry.startswith("…") and entry.endswith("…"):
            inside.add(_key(entry[1:-1]))
        elif entry.endswith(("：…", ":…")):
            labels.add(_key(entry[:-2]))
        elif entry.endswith("…"):
            openings.append(_key(entry[:-1]))
        else:
            phrases.add(_key(entry))
    plain = {_unbracketed(p) for p in phrases}
    return Chrome(
        frozenset(phrases),
        re.compile(rf"(?:{_alternation(plain)})+"),
        re.compile(rf"(?:{_alternation(labels)})\s*[:：]"),
        tuple(dict.fromkeys(openings)),  # each once: the list repeats some, and every line is tried with them all
        re.compile(_alternation(inside)) if inside else None,
    )


@cache
def _leading() -> frozenset[str]:
    """The characters a line of chrome phrases or a chrome opening begins with (as keyed)."""
    found = chrome()
    return frozenset(
        [*(_unbracketed(phrase)[:1] for phrase in found.phrases), *(opening[:1] for opening in found.openings)]
    ).union(_BRACKETS)


def phrases() -> frozenset[str]:
    return chrome().phrases


@cache
def widget_pattern() -> re.Pattern:
    """The bracketed phrases of the list, matched inside a line whatever the
    white space inside them and the width of their colon."""
    alternatives = []
    for phrase in sorted((p for p in phrases() if p.startswith("【")), key=lambda p: (-len(p), p)):
        alternatives.append(r"\s*".join("[:：]" if c == ":" else re.escape(c) for c in phrase))
    return re.compile("|".join(alternatives))


def is_residue_line(line: str) -> bool:
    """A whole line that is page chrome: phrases of the list only (white space
    and brackets aside), a page field (``浏览次数：…``), or an opening such as
    ``扫一扫…``."""
    if len(line) > MAX_CHROME_LINE:
        return False
    key = _key(line)
    # The key's first character is the line's first one but white space: a
    # page number's opening, told here without a call for most lines.
    if key[:1] in _PAGE_NUMBER_STARTS and is_page_number(line):
        return True
    found = chrome()
    # A line made of phrases or opening with one begins with a phrase's first
    # character (or a bracket): most lines, headings and sentences, do not.
    if key[:1] in _leading() and (
        found.line.fullmatch(_unbracketed(key)) is not None or key.startswith(found.openings)
    ):
        return True
    # A page field or footer phrase further along the line makes it chrome only
    # when the line is no sentence: a paragraph of the notice that ends with a
    # widget (…研究部署整改工作。【字体：大 中 小】) keeps its text.
    # A field ends with its colon: a line without one (most of a notice's short
    # lines) is chrome only by a footer phrase, looked for before the marks of
    # a sentence, as most lines hold no such phrase.
    if ":" not in line and "：" not in line:
        footer = found.inside is not None and found.inside.search(key) is not None
        return footer and _SENTENCE_MARK.search(line) is None
    if _SENTENCE_MARK.search(line) is not None:
        return found.fields.match(_unbracketed(key)) is not None
    return found.fields.search(line) is not None or (found.inside is not None and found.inside.search(key) is not None)


def is_page_number(line: str) -> bool:
    """A line that is only a page number left by an export (``— 3 —``)."""
    stripped = line.strip()
    # Its first character first: most lines are matched no further.
    return stripped[:1] in _PAGE_NUMBER_STARTS and _PAGE_NUMBER.fullmatch(stripped) is not None


def without_pinyin(text: str) -> str:
    """The user's text with pinyin residue removed: what a message quotes."""
    return without(text, pinyin_residue(text))
