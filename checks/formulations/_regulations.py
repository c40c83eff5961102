"""Where a notice cites a regulation of the catalog: the 《…》 titles, and
the revision year written next to a title."""

from __future__ import annotations

import re
from typing import NamedTuple

from ._catalog import Regulation, nearest

# 《…（试行）》《…（2024年修订）》: a bracketed note that is not part of the name.
_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]$")
# The revision year: inside or after the title 《…》（2023年修订）, or before it 2023年修订的《…》.
_YEAR_AFTER = re.compile(r"[(（](\d{4})年(?:修订|修正|修改|版)?[)）]")
_YEAR_BEFORE = re.compile(r"(\d{4})年(?:新)?(?:修订|修正|修改|印发)(?:后)?的?$")
_LONGEST_TITLE = 40


class Citation(NamedTuple):
    start: int  # the name inside 《》
    end: int
    name: str  # as the analysis text has it, the bracketed note left out
    close: int  # after the closing 》


def citations(text: str) -> list[Citation]:
    """The 《…》 titles of ``text`` (a notice's reader: see Notice.shared)."""
    found = []
    opened = text.find("《")
    while opened != -1:
        closed = text.find("》", opened + 1, opened + 2 + _LONGEST_TITLE)
        if closed == -1 or "《" in text[opened + 1 : closed]:
            opened = text.find("《", opened + 1)
            continue
        name = text[opened + 1 : closed]
        note = _NOTE.search(name)
        if note is not None:
            name = name[: note.start()]
        found.append(Citation(opened + 1, opened + 1 + len(name), name, closed + 1))
        opened = text.find("《", closed + 1)
    return found


def known(regulations: list[Regulation], name: str) -> Regulation | None:
    return next((regulation for regulation in regulations if name in regulation.forms), None)


def garbled(regulations: list[Regulation], name: str) -> tuple[Regulation, str] | None:
    """The regulation and the form of its title that ``name`` is a garbled
    copy of: at most two characters off (a third of a short form), ending
    in the same kind of document (…条例, …准则), keeping a key word of it
    (《支部工作条例》 is another regulation, not a garbled 《巡视工作条例》)."""
    best = None
    for regulation in regulations:
        if not any(key in name for key in regulation.keys):
            continue
        for form in regulation.forms:
            limit = min(2, len(form) // 3)
            if abs(len(form) - len(name)) > limit or nearest(form[-2:], name[-3:], 0, 3)[0] > 1:
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
