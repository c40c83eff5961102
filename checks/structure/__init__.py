"""NL1xx: the structure of a notice, from the grammar and the notice model."""

from .nl100_not_a_notice import NotANotice
from .nl101_preamble_missing import PreambleMissing
from .nl102_preamble_incomplete import PreambleIncomplete
from .nl103_responsibility_section_missing import ResponsibilitySectionMissing
from .nl104_progress_section_missing import ProgressSectionMissing
from .nl105_next_steps_missing import NextStepsMissing
from .nl106_invitation_missing import InvitationMissing
from .nl107_disclosure_period_missing import DisclosurePeriodMissing
from .nl108_contact_missing import ContactMissing
from .nl109_contact_incomplete import ContactIncomplete
from .nl110_signature_missing import SignatureMissing
from .nl111_signing_date_missing import SigningDateMissing
from .nl112_section_order import SectionOrder
from .nl113_empty_section import EmptySection
from .nl114_trailing_content import TrailingContent
from .nl115_unfinished_without_plan import UnfinishedWithoutPlan
from .nl116_title_format import TitleFormat

RULES = [
    NotANotice,
    PreambleMissing,
    PreambleIncomplete,
    ResponsibilitySectionMissing,
    ProgressSectionMissing,
    NextStepsMissing,
    InvitationMissing,
    DisclosurePeriodMissing,
    ContactMissing,
    ContactIncomplete,
    SignatureMissing,
    SigningDateMissing,
    SectionOrder,
    EmptySection,
    TrailingContent,
    UnfinishedWithoutPlan,
    TitleFormat,
]
