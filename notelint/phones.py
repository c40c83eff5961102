"""Reading the phone numbers of a contact field: several may be listed
(0755-12345678、0755-12345679), written 0755-12345678, (0755)12345678,
075512345678, 0755 12345678; mobiles; service numbers like 12388.

A number is read whole even when it is written wrong, so that one defect
gives one finding: ``0739—5123456`` is one number with a dash for its hyphen,
not an area code and a local number; ``0739-XXXXXXX`` is one placeholder."""

import re
from typing import NamedTuple

from notelint.placeholders import PLACEHOLDER
from notelint.regions import regions

# What is not a number to dial: a bracketed note (not an area code), office
# hours (9:00-12:00), an extension (转801).
_NOT_A_NUMBER = re.compile(r"\((?!0\d{2,3}\))[^()]*\)|\d{1,2}:\d{2}|转\d{1,6}")
# Dashes typed where the hyphen belongs (analysis text: ～ and ＿ are folded to ~ and _).
WRONG_SEPARATORS = "—–―‐‑−~_"
# A number: digits, the blank marks of a placeholder (0755-XXXXXXXX), and the
# hyphens or dashes between them.
_NUMBER = re.compile(
    r"\((?P<paren>0\d{2,3})\)\s?[\dXx×*][\dXx×*-]*[\dXx×*]"
    r"|(?P<spaced>0\d{2,3}) \d{7,8}(?!\d)"
    rf"|[\dXx×*](?:[\dXx×*]|[-{WRONG_SEPARATORS}]+(?=[\dXx×*]))*|\d"
)
_DASHES = re.compile(rf"[{WRONG_SEPARATORS}]+")
_PIECES = re.compile(rf"[^{WRONG_SEPARATORS}]+")
_MOBILE = re.compile(r"1[3-9]\d{9}")
# 110/119/120/122, 12388/12345/12315…, 95598/96xxx, 400/800 numbers.
_SERVICE = re.compile(r"1\d{2}|12\d{3}|9[56]\d{3,4}|[48]00\d{7}")
# A local number has 7 or 8 digits and never starts with 0; without an area
# code one starting with 1 is more likely a mobile or service number gone wrong.
_LOCAL = re.compile(r"[1-9]\d{6,7}")
_BARE_LOCAL = re.compile(r"[2-9]\d{6,7}")
_AREA_CODE = re.compile(r"0(?:10|2\d|[3-9]\d{2})")

MOBILE, SERVICE, LANDLINE, LOCAL, INVALID = "mobile", "service", "landline", "local", "invalid"
PLACEHOLDER_NUMBER = "placeholder"  # NL508's
WRONG_SEPARATOR = "wrong separator"  # a landline with a dash between its area code and local number
WRONG_LENGTH = "wrong length"  # a landline whose local number has the wrong length for its area code


class Phone(NamedTuple):
    start: int
    end: int
    kind: str  # one of the kinds above
    area_code: str | None = None
    separator: tuple[int, int] | None = None  # WRONG_SEPARATOR: where the dash is (—— may be two)
    # WRONG_LENGTH (or a WRONG_SEPARATOR whose number is also too long or short):
    # the area code and the local number's length.
    wrong_length: tuple[str, int] | None = None


def _area_code(digits: str, written: str | None) -> str:
    """The area code a number starts with: as written (in brackets, before a
    hyphen or a space), else 010 and 02x have three digits, the rest four."""
    if written:
        return written
    return digits[:3] if digits[1:2] in ("1", "2") else digits[:4]  # a lone "0" has no second digit


def _classify(token: str, paren: str | None, spaced: str | None) -> tuple[str, str | None, tuple[str, int] | None]:
    """(kind, area code, its wrong_length) of a number written with hyphens."""
    groups = re.sub(r"[()\s]", "-", token).strip("-").split("-")
    digits = "".join(groups)
    if _MOBILE.fullmatch(digits) or _SERVICE.fullmatch(digits):
        return (MOBILE if _MOBILE.fullmatch(digits) else SERVICE), None, None
    if digits.startswith("0"):
        written = paren or spaced or (groups[0] if len(groups) > 1 else None)
        code = _area_code(digits, written)
        # 0755-12345678-801: what follows the local number is an extension.
        rest = groups[2] if written and len(groups) > 2 else None
        local = digits[len(code) : len(digits) - len(rest)] if rest else digits[len(code) :]
        if not (_AREA_CODE.fullmatch(code) and _LOCAL.fullmatch(local)):
            return INVALID, None, None
        if len(local) not in regions().local_lengths(code):
            return WRONG_LENGTH, code, (code, len(local))
        return LANDLINE, code, None
    if _BARE_LOCAL.fullmatch(digits) and len(groups) <= 2:
        return LOCAL, None, None
    return INVALID, None, None


def _read(match: re.Match) -> list[Phone]:
    token, start = match.group(), match.start()
    if PLACEHOLDER.search(token):
        return [Phone(start, match.end(), PLACEHOLDER_NUMBER)]
    dashes = list(_DASHES.finditer(token))
    if not dashes:
        kind, code, wrong_length = _classify(token, match.group("paren"), match.group("spaced"))
        return [Phone(start, match.end(), kind, code, wrong_length=wrong_length)]
    if len(dashes) == 1 and "-" not in token:
        dash = dashes[0]
        kind, code, wrong_length = _classify(token[: dash.start()] + "-" + token[dash.end() :], None, None)
        if kind in (LANDLINE, WRONG_LENGTH):  # the length is named too: one finding for the number
            separator = (start + dash.start(), start + dash.end())
            return [Phone(start, match.end(), WRONG_SEPARATOR, code, separator, wrong_length)]
    # Not a landline with a dash for its hyphen: the pieces are numbers of their own.
    found = []
    for piece in _PIECES.finditer(token):
        kind, code, wrong_length = _classify(piece.group(), None, None)
        found.append(Phone(start + piece.start(), start + piece.end(), kind, code, wrong_length=wrong_length))
    return found


def phones(text: str, start: int, end: int) -> list[Phone]:
    """The numbers written in ``text[start:end]`` (a phone or fax field's value)."""
    skipped = [m.span() for m in _NOT_A_NUMBER.finditer(text, start, end)]
    found = []
    for match in _NUMBER.finditer(text, start, end):
        if any(s <= match.start() < e for s, e in skipped):
            continue
        found.extend(_read(match))
    return found


PHONE_FIELDS = ("phone", "fax")  # the contact field kinds that hold numbers (Notice.phones reads them)
