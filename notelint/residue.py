"""Web page chrome pasted with a notice (the list is data: data/web-residue.txt)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Prefixes of page chrome lines whose tail varies (counts, breadcrumbs).
_CHROME_PREFIX = re.compile(r"(?:浏览次数|访问次数|阅读次数|点击数|当前位置)\s*[:：]")


@lru_cache(maxsize=None)
def phrases() -> frozenset[str]:
    data = resources.files("notelint") / "data" / "web-residue.txt"
    lines = data.read_text("utf-8").splitlines()
    return frozenset(_key(line) for line in lines if line.strip() and not line.startswith("#"))


def _key(line: str) -> str:
    return "".join(line.split()).replace("：", ":")


def is_residue_line(line: str) -> bool:
    """A whole line that is page chrome (white space and 【】 aside)."""
    key = _key(line)
    return key in phrases() or key.strip("【】[]") in phrases() or _CHROME_PREFIX.match(key) is not None
