"""Names of the issuing body and when two of them name the same committee.

A party committee is written in several accepted ways: ``中共X委员会`` ≡
``X党委``, ``中共X工作委员会`` ≡ ``X党工委``, ``中共X党组`` ≡ ``X党组``; and X
itself may be shortened: a city prefix dropped (``市国资委`` for
``泉州市国资委``) or the name abbreviated (``国资委`` for
``国有资产监督管理委员会``). Chinese short forms keep characters of the full
name in order, so X is taken as the same body when the shorter form is a
subsequence of the longer one, its leading level (市, 县…) standing for the
place the full name may begin with (``市交投集团`` for ``青禾交通投资集团``).
"""

import re
from typing import NamedTuple

# (pattern, organ); the body is group 1. Non-greedy bodies still reach the
# last 委员会: 中共…管理委员会委员会 is the committee *of* a commission.
_ORGAN_FORMS = (
    (re.compile(r"^中共(.+?)工作委员会$"), "党工委"),
    (re.compile(r"^中共(.+?)委员会$"), "党委"),
    (re.compile(r"^中共(.+?)党组$"), "党组"),
    (re.compile(r"^(.+?)党工委$"), "党工委"),
    (re.compile(r"^(.+?)党委$"), "党委"),
    (re.compile(r"^(.+?)党组$"), "党组"),
)
SHORT_FORM = re.compile(r"(?P<full>[^,;。、()“”]{2,60}?)\((?:以下)?简称“(?P<short>[^”]{2,20})”\)")


class Issuer(NamedTuple):
    body: str  # the organisation the committee leads: 泉州市国资委
    organ: str  # 党委 / 党工委 / 党组, or "" for a name that is not a committee's


def read_issuer(name: str) -> Issuer:
    name = "".join(name.split())
    for pattern, organ in _ORGAN_FORMS:
        match = pattern.match(name)
        if match:
            return Issuer(match.group(1), organ)
    return Issuer(name, "")


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)


# A short form may put the level of the administration where the full name has
# the place: 市交通投资集团 for 青禾交通投资集团有限公司, 县人民医院 for 石门县人民医院
# is already a subsequence.
_LEVELS = "省市县区州旗"


def same_issuer(a: Issuer, b: Issuer) -> bool:
    if a.organ and b.organ and a.organ != b.organ:
        return False
    short, long = sorted((a.body, b.body), key=len)
    if _subsequence(short, long):
        return True
    return len(short) > 3 and short[0] in _LEVELS and _subsequence(short[1:], long)


def short_forms(text: str, start: int, end: int) -> dict[str, str]:
    """Short forms defined with 简称 (``…党委（简称“市国资委党委”）``): short → full."""
    if text.find("简称", start, end) == -1:
        return {}  # most preambles define none: str.find passes over them far faster than the pattern
    return {m.group("short"): m.group("full") for m in SHORT_FORM.finditer(text, start, end)}
