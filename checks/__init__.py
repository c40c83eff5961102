"""notelint's built-in checks, one module per rule, grouped by family.

Installed as ``notelint.checks``; registered through the ``notelint.checks``
entry-point group exactly as a third-party plugin is (see pyproject.toml).
To add a rule: copy a neighbour in its family folder, give it the next free
code, and list it in the family's ``RULES``.
"""

from .arithmetic import RULES as _ARITHMETIC
from .consistency import RULES as _CONSISTENCY
from .contacts import RULES as _CONTACTS
from .dates import RULES as _DATES
from .formulations import RULES as _FORMULATIONS
from .hygiene import RULES as _HYGIENE
from .meta import RULES as _META
from .numbering import RULES as _NUMBERING
from .structure import RULES as _STRUCTURE

RULES = _STRUCTURE + _NUMBERING + _DATES + _CONTACTS + _HYGIENE + _ARITHMETIC + _CONSISTENCY + _FORMULATIONS + _META
