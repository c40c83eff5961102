"""What a check produces: diagnostics, fixes and the edits a fix is made of.

Offsets here are 0-based code-point offsets into the *analysis* text while a
check runs; the engine maps them into the text the user gave before anything
is reported (see ``notelint.normalize.OffsetMap``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> "Severity":
        return cls[value.upper()]


class Applicability(str, enum.Enum):
    """How safe a fix is: ``safe`` fixes are applied by ``--fix``, ``unsafe``
    ones only with ``--unsafe-fixes`` (the same split as ruff)."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``[start, end)`` by ``replacement``."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Fix:
    applicability: Applicability
    edits: tuple[Edit, ...]

    @classmethod
    def safe(cls, *edits: Edit) -> "Fix":
        return cls(Applicability.SAFE, tuple(edits))

    @classmethod
    def unsafe(cls, *edits: Edit) -> "Fix":
        return cls(Applicability.UNSAFE, tuple(edits))


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: Fix | None = None
    # True when start/end and the fix's edits are already offsets into the
    # user's text: the only way to point at characters the analysis text
    # lacks (pinyin residue, which normalising deletes).
    in_source: bool = False
    # Extra structured data a reporter may show (e.g. the .docx paragraph).
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def with_range(self, start: int, end: int, fix: Fix | None) -> "Diagnostic":
        return replace(self, start=start, end=end, fix=fix)

    def sort_key(self) -> tuple:
        return (self.start, self.end, self.code, self.message)
