"""NL3xx: dates and periods, all read through notelint.dates."""

from .nl301_invalid_date import InvalidDate
from .nl302_date_format import DateFormat
from .nl303_date_after_signing import DateAfterSigning
from .nl304_date_before_inspection import DateBeforeInspection
from .nl305_disclosure_period_invalid import DisclosurePeriodInvalid
from .nl306_deadline_vague import DeadlineVague
from .nl307_disclosure_period_length import DisclosurePeriodLength
from .nl308_chronology import Chronology
from .nl309_range_mark import RangeMark
from .nl310_weekday_mismatch import WeekdayMismatch

RULES = [
    InvalidDate,
    DateFormat,
    DateAfterSigning,
    DateBeforeInspection,
    DisclosurePeriodInvalid,
    DeadlineVague,
    DisclosurePeriodLength,
    Chronology,
    RangeMark,
    WeekdayMismatch,
]
