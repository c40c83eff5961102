"""NL601–NL603: arithmetic — totals, rates and counted lists."""

from .nl601_sum_mismatch import SumMismatch
from .nl602_rate_mismatch import RateMismatch
from .nl603_list_count_mismatch import ListCountMismatch

RULES = [SumMismatch, RateMismatch, ListCountMismatch]
