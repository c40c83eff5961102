"""Where a postcode, an area code or an address is: the province-level
division, from the data files shipped in notelint/data."""

from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from notelint.datafiles import entries


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in entries(name)]


# What may follow a place name to say it is one (广东省, 泉州市, 广西壮族自治区).
PLACE_KINDS = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区")


class Regions:
    __slots__ = (
        "area_codes",
        "city_codes",
        "first_city",
        "local_digits",
        "name_lengths",
        "place_names",
        "postcode_prefixes",
    )

    def __init__(
        self,
        postcode_prefixes: dict[str, str],
        area_codes: dict[str, str],
        city_codes: dict[str, list[str]],
        local_digits: dict[str, tuple[int, ...]] | None = None,
        first_city: dict[str, str] | None = None,
    ) -> None:
        self.postcode_prefixes = postcode_prefixes  # 51 → 广东
        self.area_codes = area_codes  # 0755 → 广东
        self.city_codes = city_codes  # 深圳 → [0755]
        self.local_digits = local_digits or {}  # 0755 → (8,): the lengths of a local number there
        self.first_city = first_city or {}  # 0755 → 深圳
        self.place_names = frozenset(postcode_prefixes.values()) | frozenset(city_codes)  # provinces and cities
        self.name_lengths = sorted({len(name) for name in self.place_names}, reverse=True)

    def province_of_postcode(self, postcode: str) -> str | None:
        return self.postcode_prefixes.get(postcode[:2])

    def province_of_area_code(self, code: str) -> str | None:
        return self.area_codes.get(code)

    def local_lengths(self, code: str) -> tuple[int, ...]:
        """How many digits a local number under ``code`` may have: 7 or 8
        unless the data says only 8."""
        return self.local_digits.get(code, (7, 8))

    def address(self, text: str) -> "Place | None":
        """The province and city an address names (广东省深圳市…, 泉州市…): a
        name counts when the address starts with it or it is followed by 省/市/
        自治区, so that 北京路 in a Guangzhou address is not Beijing."""
        province = None
        for start, name, kind in self.place_mentions(text):
            if start != 0 and not kind:
                continue
            codes = self.city_codes.get(name)
            if codes:
                return Place(province or self.area_codes[codes[0]], name, codes)
            province = province or name
        return Place(province, None, []) if province else None

    def place_mentions(self, text: str) -> Iterator[tuple[int, str, str]]:
        """(start, name, kind) of each place name in ``text``, left to right,
        none overlapping: at each position the longest name, with the kind
        (省, 市…) that follows it or "". A set lookup per name length: a
        pattern of the ~350 names would cost more to compile than an
        address takes to scan."""
        position = 0
        while position < len(text):
            name = next(
                (
                    text[position : position + length]
                    for length in self.name_lengths
                    if text[position : position + length] in self.place_names
                ),
                None,
            )
            if name is None:
                position += 1
                continue
            end = position + len(name)
            kind = next((kind for kind in PLACE_KINDS if text.startswith(kind, end)), "")
            yield position, name, kind
            position = end + len(kind)


class Place(NamedTuple):
    province: str
    city: str | None
    area_codes: list[str]  # the city's (empty without a city)


@cache
def regions() -> Regions:
    prefixes = dict(_rows("postcode-regions.tsv"))
    area_codes: dict[str, str] = {}
    city_codes: dict[str, list[str]] = {}
    local_digits: dict[str, tuple[int, ...]] = {}
    first_city: dict[str, str] = {}
    for code, province, cities, digits in _rows("area-codes.tsv"):
        area_codes[code] = province
        local_digits[code] = tuple(range(int(digits[0]), int(digits[-1]) + 1))  # "8" or "7-8"
        first_city[code] = cities.split("、")[0]
        for city in cities.split("、"):
            city_codes.setdefault(city, []).append(code)
    return Regions(prefixes, area_codes, city_codes, local_digits, first_city)
