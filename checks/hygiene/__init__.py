"""NL5xx: text hygiene — residue, script, pairs, punctuation, spacing and wording."""

from .nl501_web_residue import WebResidue
from .nl502_pinyin_residue import PinyinResidue
from .nl503_mixed_script import MixedScript
from .nl504_unmatched_pair import UnmatchedPair
from .nl505_halfwidth_punctuation import HalfwidthPunctuation
from .nl506_repeated_punctuation import RepeatedPunctuation
from .nl507_quote_nesting import QuoteNesting
from .nl508_placeholder import Placeholder
from .nl509_invisible_character import InvisibleCharacter
from .nl510_stray_space import StraySpace
from .nl511_cutoff_wording import CutoffWording
from .nl512_html_entity import HtmlEntity

RULES = [
    WebResidue,
    PinyinResidue,
    MixedScript,
    UnmatchedPair,
    HalfwidthPunctuation,
    RepeatedPunctuation,
    QuoteNesting,
    Placeholder,
    InvisibleCharacter,
    StraySpace,
    CutoffWording,
    HtmlEntity,
]
