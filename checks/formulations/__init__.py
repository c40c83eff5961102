"""NL701–NL707: political formulations, anachronisms, regulation titles and the inspection's level."""

from .nl701_series_order import SeriesOrder
from .nl702_damaged_formulation import DamagedFormulation
from .nl703_wrong_pairing import WrongPairing
from .nl704_anachronism import Anachronism
from .nl705_regulation_title import RegulationTitle
from .nl706_regulation_not_in_force import RegulationNotInForce
from .nl707_inspection_level_term import InspectionLevelTerm

RULES = [
    SeriesOrder,
    DamagedFormulation,
    WrongPairing,
    Anachronism,
    RegulationTitle,
    RegulationNotInForce,
    InspectionLevelTerm,
]
