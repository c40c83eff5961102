"""Reading the phone numbers of a contact field: several may be listed
(0755-12345678、0755-12345679), written 0755-12345678, (0755)12345678,
075512345678, 0755 12345678; mobiles; service numbers like 12388."""

from __future__ import annotations

import re
from typing import NamedTuple

# What is not a number to dial: a bracketed note (not an area code), office
# hours (9:00-12:00), an extension (转801).
_NOT_A_NUMBER = re.compile(r"\((?!0\d{2,3}\))[^()]*\)|\d{1,2}:\d{2}|转\d{1,6}")
_NUMBER = re.compile(r"\((?P<paren>0\d{2,3})\)\s?\d[\d-]*\d|(?P<spaced>0\d{2,3}) \d{7,8}(?!\d)|\d[\d-]*\d|\d")
_MOBILE = re.compile(r"1[3-9]\d{9}")
# 110/119/120/122, 12388/12345/12315…, 95598/96xxx, 400/800 numbers.
_SERVICE = re.compile(r"1\d{2}|12\d{3}|9[56]\d{3,4}|[48]00\d{7}")
# A local number has 7 or 8 digits and never starts with 0; without an area
# code one starting with 1 is more likely a mobile or service number gone wrong.
_LOCAL = re.compile(r"[1-9]\d{6,7}")
_BARE_LOCAL = re.compile(r"[2-9]\d{6,7}")

MOBILE, SERVICE, LANDLINE, LOCAL, INVALID = "mobile", "service", "landline", "local", "invalid"


class Phone(NamedTuple):
    start: int
    end: int
    kind: str  # mobile / service / landline / local (no area code) / invalid
    area_code: str | None = None


def _area_code(digits: str, written: str | None) -> str:
    """The area code a number starts with: as written (in brackets, before a
    hyphen or a space), else 010 and 02x have three digits, the rest four."""
    if written:
        return written
    return digits[:3] if digits[1:2] in ("1", "2") else digits[:4]  # a lone "0" has no second digit


def _classify(token: str, paren: str | None, spaced: str | None) -> tuple[str, str | None]:
    groups = re.sub(r"[()\s]", "-", token).strip("-").split("-")
    digits = "".join(groups)
    if _MOBILE.fullmatch(digits) or _SERVICE.fullmatch(digits):
        return (MOBILE if _MOBILE.fullmatch(digits) else SERVICE), None
    if digits.startswith("0"):
        written = paren or spaced or (groups[0] if len(groups) > 1 else None)
        code = _area_code(digits, written)
        # 0755-12345678-801: what follows the local number is an extension.
        rest = groups[2] if written and len(groups) > 2 else None
        local = digits[len(code):len(digits) - len(rest)] if rest else digits[len(code):]
        valid = re.fullmatch(r"0(?:10|2\d|[3-9]\d{2})", code) and _LOCAL.fullmatch(local)
        return (LANDLINE, code) if valid else (INVALID, None)
    if _BARE_LOCAL.fullmatch(digits) and len(groups) <= 2:
        return LOCAL, None
    return INVALID, None


def phones(text: str, start: int, end: int) -> list[Phone]:
    """The numbers written in ``text[start:end]`` (a phone or fax field's value)."""
    skipped = [m.span() for m in _NOT_A_NUMBER.finditer(text, start, end)]
    found = []
    for match in _NUMBER.finditer(text, start, end):
        if any(s <= match.start() < e for s, e in skipped):
            continue
        kind, code = _classify(match.group(), match.group("paren"), match.group("spaced"))
        found.append(Phone(match.start(), match.end(), kind, code))
    return found


PHONE_FIELDS = ("phone", "fax")  # the contact field kinds that hold numbers


def contact_phones(notice) -> list[Phone]:
    """Every number in the phone and fax fields of the contact details."""
    return [phone for field in notice.contact_fields if field.kind in PHONE_FIELDS
            for phone in phones(notice.text, field.value.start, field.value.end)]
