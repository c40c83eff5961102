"""NL4xx: the contact details (phones, postcodes, e-mail addresses)."""

from .nl401_phone_invalid import PhoneInvalid
from .nl402_phone_area_code_missing import PhoneAreaCodeMissing
from .nl403_postcode_invalid import PostcodeInvalid
from .nl404_email_invalid import EmailInvalid
from .nl405_postcode_region_mismatch import PostcodeRegionMismatch

RULES = [PhoneInvalid, PhoneAreaCodeMissing, PostcodeInvalid, EmailInvalid, PostcodeRegionMismatch]
