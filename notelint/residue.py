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
    # Phrases that make any short line chrome, matched in the line itself
    # whatever the white space inside them and the width of their colon (as
    # in the line's key, which most lines are spared).
    inside: re.Pattern | None
    # The characters a line of phrases, an opening or a page number begins
    # with, as written (a keyed colon is either width): most lines begin otherwise.
    leading: frozenset[str]


def _key(line: str) -> str:
    return "".join(line.split()).replace("：", ":")


def _unbracketed(key: str) -> str:
    """``key`` without square brackets. Replacing the few present is many
    times faster than str.translate, which looks up every character."""
    for bracket in _BRACKETS:
        if bracket in key:
            key = key.replace(bracket, "")
    return key


def _alternation(keys, spaced: bool = False) -> str:
    """The keys as alternatives, ``spaced``: matched in a line as written, as
    they match in its key (white space allowed between their characters, a
    colon of either width)."""
    # Longest first, so that a phrase wins over its own beginning; then in order, so that the
    # pattern is the same in every run (a set's order is not) and its compiled form can be kept.
    ordered = sorted(keys, key=lambda key: (-len(key), key))
    if not spaced:
        return "|".join(re.escape(k) for k in ordered)
    return "|".join(r"\s*".join("[:：]" if c == ":" else re.escape(c) for c in key) for key in ordered)


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
    leading = {*(phrase[:1] for phrase in plain), *(opening[:1] for opening in openings), *_BRACKETS}
    if ":" in leading:
        leading.add("：")
    return Chrome(
        frozenset(phrases),
        re.compile(rf"(?:{_alternation(plain)})+"),
        re.compile(rf"(?:{_alternation(labels)})\s*[:：]"),
        tuple(dict.fromkeys(openings)),  # each once: the list repeats some, and every line is tried with them all
        re.compile(_alternation(inside, spaced=True)) if inside else None,
        frozenset(leading),
    )


def phrases() -> frozenset[str]:
    return chrome().phrases


@cache
def widget_pattern() -> re.Pattern:
    """The bracketed phrases of the list, matched inside a line whatever the
    white space inside them and the width of their colon."""
    return re.compile(_alternation((p for p in phrases() if p.startswith("【")), spaced=True))


def is_residue_line(line: str) -> bool:
    """A whole line (a block's text: no white space at either end) that is
    page chrome: phrases of the list only (white space and brackets aside), a
    page field (``浏览次数：…``), a page number, or an opening such as ``扫一扫…``."""
    if len(line) > MAX_CHROME_LINE:
        return False
    found = chrome()
    # A line made of phrases, opening with one or a page number begins with
    # one of their first characters (or a bracket): most lines, headings and
    # sentences, do not, and are asked no more of them.
    if line[:1] in found.leading or line[:1] in _PAGE_NUMBER_STARTS:
        key = _key(line)
        if key[:1] in _PAGE_NUMBER_STARTS and is_page_number(line):
            return True
        if found.line.fullmatch(_unbracketed(key)) is not None or key.startswith(found.openings):
            return True
    # A page field or footer phrase further along the line makes it chrome only
    # when the line is no sentence: a paragraph of the notice that ends with a
    # widget (…研究部署整改工作。【字体：大 中 小】) keeps its text.
    # A field ends with its colon: a line without one (most of a notice's short
    # lines) is chrome only by a footer phrase, looked for before the marks of
    # a sentence, as most lines hold no such phrase.
    if ":" not in line and "：" not in line:
        footer = found.inside is not None and found.inside.search(line) is not None
        return footer and _SENTENCE_MARK.search(line) is None
    if _SENTENCE_MARK.search(line) is not None:
        return found.fields.match(_unbracketed(_key(line))) is not None
    return found.fields.search(line) is not None or (found.inside is not None and found.inside.search(line) is not None)


def is_page_number(line: str) -> bool:
    """A line that is only a page number left by an export (``— 3 —``)."""
    stripped = line.strip()
    # Its first character first: most lines are matched no further.
    return stripped[:1] in _PAGE_NUMBER_STARTS and _PAGE_NUMBER.fullmatch(stripped) is not None


def without_pinyin(text: str) -> str:
    """The user's text with pinyin residue removed: what a message quotes."""
    return without(text, pinyin_residue(text))
