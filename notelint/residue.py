"""Web page chrome pasted with a notice (the list is data: data/web-residue.txt).

Two shapes: a whole line of chrome (``手机扫一扫打开当前界面``, ``浏览次数：…``)
and a bracketed widget inside a line (``【打印正文】``). The lexer keeps residue
lines out of the parse; NL501 reports both shapes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notelint.datafiles import entries

from notelint.normalize import pinyin_residue, without

# Prefixes of page chrome lines whose tail varies (counts, breadcrumbs).
_CHROME_PREFIX = re.compile(r"(?:浏览次数|访问次数|阅读次数|点击数|当前位置)\s*[:：]")


@lru_cache(maxsize=None)
def phrases() -> frozenset[str]:
    return frozenset(_key(line) for line in entries("web-residue.txt"))


def _key(line: str) -> str:
    return "".join(line.split()).replace("：", ":")


@lru_cache(maxsize=None)
def widget_pattern() -> re.Pattern:
    """The bracketed phrases of the list, matched inside a line whatever the
    white space inside them and the width of their colon."""
    alternatives = []
    for phrase in sorted((p for p in phrases() if p.startswith("【")), key=len, reverse=True):
        alternatives.append(r"\s*".join("[:：]" if c == ":" else re.escape(c) for c in phrase))
    return re.compile("|".join(alternatives))


def is_residue_line(line: str) -> bool:
    """A whole line that is page chrome (white space and 【】 aside), or
    nothing but bracketed widgets."""
    key = _key(line)
    if key in phrases() or key.strip("【】[]") in phrases() or _CHROME_PREFIX.match(key) is not None:
        return True
    return key.startswith("【") and not widget_pattern().sub("", key)


def without_pinyin(text: str) -> str:
    """The user's text with pinyin residue removed: what a message quotes."""
    return without(text, pinyin_residue(text))
