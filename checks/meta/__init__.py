"""NL9xx: about notelint itself."""

from .nl901_unused_suppression import UnusedSuppression

RULES = [UnusedSuppression]
