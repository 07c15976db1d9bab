"""ID numbers, vehicle plates and names as the lobby sees them: validated, and masked for display."""
from __future__ import annotations

import re

from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from shared.domain.errors import InvalidInput
from shared.domain.text import clean_text

# Provinces' one-character abbreviations, as on plates.
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# Ordinary plates: province, city letter, 5 characters (no I or O); the last may be 学/警/港/澳/挂/领.
_ORDINARY = re.compile(rf"^[{_PROVINCES}][A-HJ-NP-Z][A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9学警港澳挂领]$")
# New-energy plates (8 characters): D/F first for small cars, or D/F last for large vehicles.
_NEW_ENERGY = re.compile(rf"^[{_PROVINCES}][A-HJ-NP-Z](?:[DF][A-HJ-NP-Z0-9][0-9]{{4}}|[0-9]{{5}}[DF])$")

ID_SOURCES = ("typed", "card")  # how an ID number came in: typed, or read off the card by a reader
# The foreign permanent resident card of 2017: nationality (ISO 3166 alpha-3), then 12 digits.
_FOREIGN_2017 = re.compile(r"^[A-Z]{3}[0-9]{12}$")
# GB 11643 numbers whose first digits are no county: the residence permits of Hong Kong (81), Macao (82),
# Taiwan (83) residents, and the 2023 foreign permanent resident card (9 and the province's code).
_NOT_A_COUNTY = ("81", "82", "83", *(f"9{d}" for d in range(1, 7)))


def normalise_id_number(raw: str) -> str:
    """An 18-character GB 11643 number with a valid check digit (resident ID card, the Hong Kong / Macao /
    Taiwan residence permit, the 2023 foreign permanent resident card), or a 2017 foreign permanent resident
    card's number (country code and 12 digits), or InvalidInput('id_number')."""
    text = clean_text(raw).replace(" ", "").upper()
    if not text:
        raise InvalidInput({"id_number": "required"})
    if _FOREIGN_2017.match(text):
        return text
    if text[:2] in _NOT_A_COUNTY and len(text) == 18:  # stdnum knows counties only: the rest of the checks
        try:
            if text[-1] == ric.calc_check_digit(text) and ric.get_birth_date(text):
                return text
        except ValidationError:
            pass
        raise InvalidInput({"id_number": "invalid"})
    try:
        return ric.validate(text)
    except ValidationError:
        raise InvalidInput({"id_number": "invalid"}) from None


def mask_id_number(id_number: str) -> str:
    """1101**********1234: enough to match a card in hand, not to copy it."""
    if len(id_number) <= 8:
        return "*" * len(id_number)
    return id_number[:4] + "*" * (len(id_number) - 8) + id_number[-4:]


def normalise_plate(raw: str) -> str:
    """粤B·12345 / 粤b 12345 / 粤BD12345 -> 粤B12345 / 粤BD12345, or InvalidInput('plate')."""
    text = clean_text(raw).upper()
    text = re.sub(r"[\s·.\-]", "", text)
    if not text:
        raise InvalidInput({"plate": "required"})
    if not (_ORDINARY.match(text) or _NEW_ENERGY.match(text)):
        raise InvalidInput({"plate": "invalid"})
    return text


def mask_name(name: str) -> str:
    """张*明 / 张* / J*** S****: shown when a mobile number finds an appointment."""
    name = clean_text(name)
    if not name:
        return ""
    if name.isascii():
        return " ".join(w[0] + "*" * (len(w) - 1) for w in name.split())
    if len(name) == 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
