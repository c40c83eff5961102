"""NL601–NL603, NL607: arithmetic — totals, rates, counted lists and shares."""

from .nl601_sum_mismatch import SumMismatch
from .nl602_rate_mismatch import RateMismatch
from .nl603_list_count_mismatch import ListCountMismatch
from .nl607_share_mismatch import ShareMismatch

RULES = [SumMismatch, RateMismatch, ListCountMismatch, ShareMismatch]
