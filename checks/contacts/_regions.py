"""Where a postcode, an area code or an address is: the province-level
division, from the data files shipped in notelint/data."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from notelint.datafiles import entries


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in entries(name)]


class Regions:
    __slots__ = ("postcode_prefixes", "area_codes", "city_codes", "place")

    def __init__(self, postcode_prefixes: dict[str, str], area_codes: dict[str, str],
                 city_codes: dict[str, list[str]], place: re.Pattern) -> None:
        self.postcode_prefixes = postcode_prefixes  # 51 → 广东
        self.area_codes = area_codes  # 0755 → 广东
        self.city_codes = city_codes  # 深圳 → [0755]
        self.place = place  # a province or city name that an address starts with or names as such

    def province_of_postcode(self, postcode: str) -> str | None:
        return self.postcode_prefixes.get(postcode[:2])

    def province_of_area_code(self, code: str) -> str | None:
        return self.area_codes.get(code)

    def address(self, text: str) -> "Place | None":
        """The province and city an address names (广东省深圳市…, 泉州市…): a
        name counts when the address starts with it or it is followed by 省/市/
        自治区, so that 北京路 in a Guangzhou address is not Beijing."""
        province = None
        for match in self.place.finditer(text):
            if match.start() != 0 and not match.group("kind"):
                continue
            name = match.group("name")
            codes = self.city_codes.get(name)
            if codes:
                return Place(province or self.area_codes[codes[0]], name, codes)
            province = province or name
        return Place(province, None, []) if province else None


class Place(NamedTuple):
    province: str
    city: str | None
    area_codes: list[str]  # the city's (empty without a city)


@lru_cache(maxsize=None)
def regions() -> Regions:
    prefixes = {prefix: province for prefix, province in _rows("postcode-regions.tsv")}
    area_codes, city_codes = {}, {}
    for code, province, cities in _rows("area-codes.tsv"):
        area_codes[code] = province
        for city in cities.split("、"):
            city_codes.setdefault(city, []).append(code)
    names = sorted(set(prefixes.values()) | set(city_codes), key=len, reverse=True)
    place = re.compile(rf"(?P<name>{'|'.join(names)})(?P<kind>省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?")
    return Regions(prefixes, area_codes, city_codes, place)
