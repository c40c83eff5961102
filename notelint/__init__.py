"""notelint: a compliance linter for Chinese rectification progress notices."""

import os as _os

__version__ = "0.1.0"

# checks/ and grammar/ sit beside this folder in the repository and install as
# notelint.checks and notelint.grammar (pyproject's package-dir). When this
# folder itself is imported from a checkout (``python -m notelint`` run in the
# repository, whatever notelint is installed), the same names resolve there.
_checkout = _os.path.dirname(_os.path.dirname(__file__))
if not _os.path.isdir(_os.path.join(_os.path.dirname(__file__), "checks")) and _os.path.isfile(
    _os.path.join(_checkout, "checks", "__init__.py")
):
    __path__.append(_checkout)
