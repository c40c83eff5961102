"""What a check produces: diagnostics, fixes and the edits a fix is made of.

Offsets here are 0-based code-point offsets into the *analysis* text while a
check runs; the engine maps them into the text the user gave before anything
is reported (see ``notelint.normalize.OffsetMap``).
"""

import enum
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple, overload


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        return cls[value.upper()]


# Each severity as reports name it, made once: a member's ``name`` is a descriptor
# lookup, and every reporter reads a finding's severity this way.
_LABELS = {severity: severity.name.lower() for severity in Severity}


class Applicability(str, enum.Enum):
    """How safe a fix is: ``safe`` fixes are applied by ``--fix``, ``unsafe``
    ones only with ``--unsafe-fixes`` (the same split as ruff)."""

    SAFE = "safe"
    UNSAFE = "unsafe"


class Edit(NamedTuple):
    """Replace ``[start, end)`` by ``replacement``."""

    start: int
    end: int
    replacement: str = ""


class DeferredEdits(Sequence[Edit]):
    """The edits of a fix, made when they are first read: a fix for a whole
    draft has hundreds, which a lint whose report prints no edits never
    reads. Read, compared and hashed as the tuple of them."""

    __slots__ = ("_edits", "_make")

    def __init__(self, make: Callable[[], tuple[Edit, ...]]) -> None:
        self._make: Callable[[], tuple[Edit, ...]] | None = make
        self._edits: tuple[Edit, ...] = ()

    def _made(self) -> tuple[Edit, ...]:
        if self._make is not None:
            self._edits, self._make = self._make(), None
        return self._edits

    @overload
    def __getitem__(self, index: int) -> Edit: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Edit, ...]: ...

    def __getitem__(self, index: int | slice) -> Edit | tuple[Edit, ...]:
        return self._made()[index]

    def __len__(self) -> int:
        return len(self._made())

    def __iter__(self) -> Iterator[Edit]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        return self._made() == (other._made() if isinstance(other, DeferredEdits) else other)

    def __hash__(self) -> int:
        return hash(self._made())

    def __repr__(self) -> str:
        return repr(self._made())

    def __reduce__(self) -> tuple:
        # Sent to another process (--jobs) as the tuple: ``make`` may be a closure.
        return (tuple, (self._made(),))


class Fix(NamedTuple):
    applicability: Applicability
    edits: Sequence[Edit]  # a tuple, or DeferredEdits

    @classmethod
    def safe(cls, *edits: Edit) -> "Fix":
        return cls(Applicability.SAFE, edits)

    @classmethod
    def unsafe(cls, *edits: Edit) -> "Fix":
        return cls(Applicability.UNSAFE, edits)


class Diagnostic:
    """One finding. Never changed once made: ``replace`` makes a changed copy.

    A plain class rather than a tuple: ``extra`` takes no part in equality, and
    a finding is no sequence of its fields."""

    __slots__ = ("code", "end", "extra", "fix", "in_source", "message", "name", "severity", "start")

    def __init__(
        self,
        code: str,
        name: str,
        severity: Severity,
        message: str,
        start: int,
        end: int,
        fix: Fix | None = None,
        in_source: bool = False,
        extra: dict | None = None,
    ) -> None:
        self.code = code
        self.name = name
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.fix = fix
        # True when start/end and the fix's edits are already offsets into the
        # user's text: the only way to point at characters the analysis text
        # lacks (pinyin residue, which normalising deletes).
        self.in_source = in_source
        # Extra structured data a reporter may show (e.g. the .docx paragraph).
        self.extra = {} if extra is None else extra

    def _compared(self) -> tuple:
        return (self.code, self.name, self.severity, self.message, self.start, self.end, self.fix, self.in_source)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Diagnostic({fields})"

    def replace(self, **changes) -> "Diagnostic":
        """A copy with the fields named in ``changes`` changed."""
        fields = {name: getattr(self, name) for name in self.__slots__}
        fields.update(changes)
        return Diagnostic(**fields)

    def with_range(self, start: int, end: int, fix: Fix | None) -> "Diagnostic":
        """A copy at ``[start, end)`` with ``fix`` (what the engine makes of
        every finding it maps back to the user's text: made directly)."""
        return Diagnostic(
            self.code, self.name, self.severity, self.message, start, end, fix, self.in_source, self.extra
        )

    # The order of a report: by position, then code and message. A C-level
    # getter: a notice may have thousands of findings to sort.
    sort_key = staticmethod(operator.attrgetter("start", "end", "code", "message"))
