"""NL2xx: heading numbers and 一是/二是 enumerations."""

from .nl201_numbering_sequence import NumberingSequence
from .nl202_heading_level_skip import HeadingLevelSkip
from .nl203_numbering_mark import NumberingMark
from .nl204_enumeration_sequence import EnumerationSequence
from .nl205_numbering_malformed import NumberingMalformed

RULES = [NumberingSequence, HeadingLevelSkip, NumberingMark, EnumerationSequence, NumberingMalformed]
