"""notelint: a compliance linter for Chinese rectification progress notices."""

__version__ = "0.1.0"
