"""The contact fields the rules read, by kind."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from notelint.model import ContactField, Notice

POSTCODE = re.compile(r"\d{6}")


def fields(notice: Notice, kind: str) -> list[ContactField]:
    return [field for field in notice.contact_fields if field.kind == kind]


def postcodes(notice: Notice) -> list[tuple[ContactField, bool]]:
    """(field, well formed) for each postcode field: six digits and nothing else."""
    return [
        (field, POSTCODE.fullmatch(notice.text, field.value.start, field.value.end) is not None)
        for field in fields(notice, "postcode")
    ]
