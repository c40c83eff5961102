"""Which regulation of the catalog a cited title (``Notice.citations``)
names, and the revision year written next to it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._catalog import Catalog, Regulation, missing, nearest

if TYPE_CHECKING:
    from notelint.citations import Citation

# The revision year: inside or after the title 《…》（2023年修订）, or before it 2023年修订的《…》.
_YEAR_AFTER = re.compile(r"[(（](\d{4})年(?:修订|修正|修改|版)?[)）]")
_YEAR_BEFORE = re.compile(r"(\d{4})年(?:新)?(?:修订|修正|修改|印发)(?:后)?的?$")


def known(catalog: Catalog, name: str) -> Regulation | None:
    return catalog.regulation_named.get(name)


def garbled(catalog: Catalog, name: str) -> tuple[Regulation, str] | None:
    """The regulation and the form of its title that ``name`` is a garbled
    copy of: at most two characters off (a third of a short form), ending
    in the same kind of document (…条例, …准则), keeping a key word of it
    (《支部工作条例》 is another regulation, not a garbled 《巡视工作条例》)."""
    if catalog.regulation_key.search(name) is None:
        return None  # most titles: one search, not a test per key
    best = None
    kept = {key for key in catalog.regulation_keys if key in name}  # each key looked for once, not per regulation
    for regulation in catalog.regulations:
        if kept.isdisjoint(regulation.keys):
            continue
        for form in regulation.forms:
            limit = min(2, len(form) // 3)
            if abs(len(form) - len(name)) > limit or nearest(form[-2:], name[-3:], 0, 3)[0] > 1:
                continue
            if missing(form, name) > limit:
                continue
            distance, start, end = nearest(form, name, 0, len(name))
            distance += start + len(name) - end  # the whole name counts, not a part of it
            if 0 < distance <= limit and (best is None or distance < best[0]):
                best = (distance, regulation, form)
    return best and best[1:]


def revision_year(text: str, citation: Citation) -> tuple[int, int, int] | None:
    """(year, start, end): the revision year written by the citation, and the
    span from that year to the end of the title."""
    inside = _YEAR_AFTER.match(text, citation.end)  # 《…条例（2023年修订）》
    if inside is not None:
        return int(inside.group(1)), citation.start - 1, citation.close
    after = _YEAR_AFTER.match(text, citation.close)
    if after is not None:
        return int(after.group(1)), citation.start - 1, after.end()
    before = _YEAR_BEFORE.search(text, max(0, citation.start - 13), citation.start - 1)
    if before is not None:
        return int(before.group(1)), before.start(), citation.close
    return None
