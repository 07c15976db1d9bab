"""Input rules for what a visitor types. Problems are codes; screens translate them."""
from __future__ import annotations

import unicodedata

import phonenumbers

from .errors import InvalidInput
from .model import WalkIn

NAME_MAX = 40
COMPANY_MAX = 80


def clean_text(text: str) -> str:
    """NFKC folds full-width letters and digits a CJK input method may type; spaces collapse."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def normalise_mobile(raw: str, region: str = "CN") -> str:
    """Return E.164 form, or raise InvalidInput for field 'mobile'."""
    text = clean_text(raw).replace(" ", "").replace("-", "")
    if not text:
        raise InvalidInput({"mobile": "required"})
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise InvalidInput({"mobile": "invalid"}) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidInput({"mobile": "invalid"})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask_mobile(e164: str) -> str:
    """+8613800138000 -> 138****8000: enough for the desk to recognise, not to call."""
    digits = e164.removeprefix("+86") if e164.startswith("+86") else e164.lstrip("+")
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def field_problems(walk_in: WalkIn) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = clean_text(walk_in.name)
    if not name:
        problems["name"] = "required"
    elif len(name) > NAME_MAX:
        problems["name"] = "too_long"
    elif any(unicodedata.category(ch).startswith(("C", "S")) for ch in name):
        problems["name"] = "invalid"
    try:
        normalise_mobile(walk_in.mobile)
    except InvalidInput as err:
        problems.update(err.problems)
    if len(clean_text(walk_in.company)) > COMPANY_MAX:
        problems["company"] = "too_long"
    if walk_in.host_id is None:
        problems["host"] = "required"
    return problems


def validate_walk_in(walk_in: WalkIn) -> WalkIn:
    """Return the cleaned walk-in, or raise InvalidInput naming every wrong field."""
    problems = field_problems(walk_in)
    if problems:
        raise InvalidInput(problems)
    return WalkIn(
        name=clean_text(walk_in.name),
        mobile=normalise_mobile(walk_in.mobile),
        company=clean_text(walk_in.company),
        host_id=walk_in.host_id,
    )
