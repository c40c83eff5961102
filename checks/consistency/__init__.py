"""NL604–NL606: consistency — the issuer, the inspection's name, cited documents."""

from .nl604_issuer_mismatch import IssuerMismatch
from .nl605_inspection_term_mismatch import InspectionTermMismatch
from .nl606_citation_mismatch import CitationMismatch

RULES = [IssuerMismatch, InspectionTermMismatch, CitationMismatch]
