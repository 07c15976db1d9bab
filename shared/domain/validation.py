"""Input rules for what a visitor types. Problems are codes; screens translate them."""
from __future__ import annotations

import unicodedata
from dataclasses import replace

import phonenumbers

from shared.domain.errors import InvalidInput
from shared.domain.identity import ID_SOURCES, normalise_id_number, normalise_plate
from shared.domain.text import clean_text, raw_problem
from shared.domain.model import WalkIn
from shared.domain.scripts import undrawable

NAME_MAX = 40
COMPANY_MAX = 80
PURPOSE_MAX = 100
REGION_MAX = 60
ADDRESS_MAX = 120  # a resident card holds 70 characters of address; a permit more
NATION_MAX = 16
PARTY_MAX = 50
MOBILE_MAX = 24  # +86 138 0013 8000 with spaces or dashes fits


def normalise_mobile(raw: str, region: str = "CN") -> str:
    """Return E.164 form, or raise InvalidInput for field 'mobile'."""
    if problem := raw_problem(raw, MOBILE_MAX):
        raise InvalidInput({"mobile": "invalid" if problem != "too_long" else problem})
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
    if problem := name_problem(walk_in.name):
        problems["name"] = problem
    try:
        normalise_mobile(walk_in.mobile)
    except InvalidInput as err:
        problems.update(err.problems)
    for field, limit in (("company", COMPANY_MAX), ("purpose", PURPOSE_MAX), ("region", REGION_MAX),
                         ("address", ADDRESS_MAX), ("nation", NATION_MAX)):
        if problem := line_problem(getattr(walk_in, field), limit):
            problems[field] = problem
    if walk_in.host_id is None and not walk_in.host_unknown:
        problems["host"] = "required"
    if not isinstance(walk_in.party_size, int) or not 1 <= walk_in.party_size <= PARTY_MAX:
        problems["party_size"] = "invalid"
    for field, check in (("plate", normalise_plate), ("id_number", normalise_id_number)):
        if problem := raw_problem(getattr(walk_in, field), 24):
            problems[field] = "invalid"
        elif clean_text(getattr(walk_in, field)):
            try:
                check(getattr(walk_in, field))
            except InvalidInput as err:
                problems.update(err.problems)
    if walk_in.id_source not in ID_SOURCES:
        problems["id_source"] = "invalid"
    return problems


def validate_walk_in(walk_in: WalkIn) -> WalkIn:
    """Return the cleaned walk-in, or raise InvalidInput naming every wrong field."""
    problems = field_problems(walk_in)
    if problems:
        raise InvalidInput(problems)
    return replace(
        walk_in,
        name=clean_text(walk_in.name),
        mobile=normalise_mobile(walk_in.mobile),
        company=clean_text(walk_in.company),
        purpose=clean_text(walk_in.purpose),
        region=clean_text(walk_in.region),
        address=clean_text(walk_in.address),
        nation=clean_text(walk_in.nation),
        plate=normalise_plate(walk_in.plate) if clean_text(walk_in.plate) else "",
        id_number=normalise_id_number(walk_in.id_number) if clean_text(walk_in.id_number) else "",
        host_id=None if walk_in.host_unknown else walk_in.host_id,
    )


def name_problem(name: str) -> str | None:
    """A group member's name: the same rule as the visitor's own."""
    if problem := raw_problem(name, NAME_MAX):
        return "invalid" if problem != "too_long" else problem
    name = clean_text(name)
    if not name:
        return "required"
    if len(name) > NAME_MAX:
        return "too_long"
    if any(unicodedata.category(ch).startswith(("C", "S")) for ch in name):
        return "invalid"
    if undrawable(name):  # a script no shipped font has: it would print as empty boxes
        return "script"
    return None


def line_problem(raw: str, limit: int) -> str | None:
    """One line of optional text: its raw problem, else "too_long" once cleaned, else None."""
    if problem := raw_problem(raw, limit):
        return problem
    return "too_long" if len(clean_text(raw)) > limit else None
