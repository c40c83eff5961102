"""The 《…》 titles a notice cites (regulations, documents): where each name
is, as the analysis text has it. Read once per notice (``Notice.citations``)
for the rules that check cited regulations."""

import re
from typing import NamedTuple

# 《…（试行）》《…（2024年修订）》: a bracketed note that is not part of the name.
_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]$")
_NOTE_ENDS = (")", "）")
# A 《 with no 》 within this many characters opens no title (a stray mark).
LONGEST_TITLE = 40


class Citation(NamedTuple):
    start: int  # the name inside 《》
    end: int
    name: str  # as the analysis text has it, the bracketed note left out
    close: int  # after the closing 》


def citations(text: str) -> list[Citation]:
    """The 《…》 titles of ``text``, in order."""
    found = []
    # Built by tuple.__new__, as Citation's Python-level __new__ would build
    # them, without the call per title: a notice cites dozens.
    build = tuple.__new__
    opened = text.find("《")
    while opened != -1:
        following = text.find("《", opened + 1)
        closed = text.find("》", opened + 1, opened + 2 + LONGEST_TITLE)
        if closed != -1 and (following == -1 or following > closed):
            name = text[opened + 1 : closed]
            if name.endswith(_NOTE_ENDS):  # most names have no note to look for
                note = _NOTE.search(name)
                if note is not None:
                    name = name[: note.start()]
            found.append(build(Citation, (opened + 1, opened + 1 + len(name), name, closed + 1)))
        opened = following
    return found
