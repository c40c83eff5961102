"""What NL602 and NL607 share: whether a written percentage is the ratio of two counts."""

from decimal import Decimal


def agrees(stated: float, decimals: int, part: int | Decimal, total: int | Decimal) -> bool:
    """Whether ``stated`` (a percentage written with ``decimals`` digits after
    the point) is ``part`` ÷ ``total``, within half a unit of its last digit."""
    return abs(stated - float(part) * 100 / float(total)) <= 0.5 * 10**-decimals + 1e-9
