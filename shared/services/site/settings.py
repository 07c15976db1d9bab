"""Site-wide settings, shared by every station through the database."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import TypeVar

from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain.permissions import Permission, needs, require
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.clinic import ClinicRules
from shared.domain.profiles import PROFILES
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

from shared.services.site.audit import audit
from shared.services.common.boundary import check_changes, guard_module

KEY = "site"
S = TypeVar("S")


def load_setting(s: Session, key: str, cls: type[S]) -> S:
    """A settings dataclass from its site_setting row: defaults when there is none, and fields this
    version does not know (written by a newer one) are left out."""
    row = s.get(db.SiteSetting, key)
    if row is None:
        return cls()
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.value.items() if k in known})


def save_setting(s: Session, key: str, value) -> None:
    """Write a settings dataclass to its row; every station sees it through the change feed."""
    row = s.get(db.SiteSetting, key)
    if row is None:
        s.add(db.SiteSetting(key=key, value=asdict(value)))
    else:
        row.value = asdict(value)
    record(s, "setting", 0)


@dataclass(frozen=True, slots=True)
class SiteSettings:
    site_name: str = "访客接待 Visitor Reception"
    logo_path: str = ""  # a PNG/SVG on the station's disk; empty: the name alone
    ask_plate: bool = False  # optional walk-in fields the site turns on
    ask_region: bool = False
    ask_id_number: bool = False
    print_id_number: bool = False  # and then masked (1101**********1234)
    # What the ID card reader reads beyond name and number, kept only when turned on (the privacy notice
    # then lists it): the home address and the nation (民族) are sensitive and most sites need neither.
    keep_card_address: bool = False
    keep_card_nation: bool = False
    take_photo: bool = False  # the kiosk asks for a photo for the badge (with its own consent)
    retention_days: int = 90  # how long personal data is kept; the privacy notice says so
    idle_timeout_s: int = 60  # kiosk: quiet this long, then "are you still there?"
    idle_warning_s: int = 20  # ... and this long to answer
    # Console reminders; 0 turns one off.
    water_after_min: int = 20  # refill water for a visitor waiting this long (and every as long again)
    host_late_min: int = 10  # the host has not come this long after being told: call the assistant
    tidy_reminder: bool = True  # a room freed after a visit waits for someone to confirm it is tidy
    console_lock_min: int = 5  # the console locks when nobody touched it this long
    # office lobby / factory gate / clinic (shared.domain.profiles): the words, pages and sections
    profile: str = "office"
    # The clinic's rules (shared.domain.clinic.ClinicRules), minutes.
    late_grace_min: int = 10
    slot_min: int = 30
    emergency_min: int = 20
    preparing_min: int = 5
    chief_doctor_id: int = 0  # told at once of an emergency nobody chose a doctor for; 0: the desk decides


def load_settings(s: Session) -> SiteSettings:
    return load_setting(s, KEY, SiteSettings)


def clinic_rules(settings: SiteSettings) -> ClinicRules:
    return ClinicRules(settings.late_grace_min, settings.slot_min, settings.emergency_min, settings.preparing_min)


def site_settings(store: Store) -> SiteSettings:
    with store.read() as s:
        return load_settings(s)


# The desk may tune its own reminders; everything else (ID fields and printing, retention...) is the admin's.
REMINDER_FIELDS = frozenset({"water_after_min", "host_late_min", "tidy_reminder"})


@needs(Permission.REMINDERS)
def update_settings(store: Store, actor: m.Actor, **changes) -> Done[SiteSettings]:
    if set(changes) - REMINDER_FIELDS:
        require(actor, Permission.SETTINGS)
    current = site_settings(store)
    check_changes(current, changes)
    try:
        new = replace(current, **changes)
    except TypeError as err:
        raise InvalidInput({"settings": "unknown"}) from err
    if (new.retention_days < 1 or new.idle_timeout_s < 10 or new.idle_warning_s < 5
            or not 0 <= new.water_after_min <= 240 or not 0 <= new.host_late_min <= 240
            or not 1 <= new.console_lock_min <= 240):
        raise InvalidInput({"settings": "out_of_range"})
    if new.profile not in PROFILES:
        raise InvalidInput({"profile": "unknown"})
    if not (0 <= new.late_grace_min <= 120 and 5 <= new.slot_min <= 240 and 5 <= new.emergency_min <= 240
            and 0 <= new.preparing_min <= 60):
        raise InvalidInput({"clinic": "out_of_range"})
    with store.write() as s:
        if new.chief_doctor_id and s.get(db.Host, new.chief_doctor_id) is None:
            raise InvalidInput({"chief_doctor_id": "unknown"})
        save_setting(s, KEY, new)
        audit(s, actor, "settings", "site", **{k: getattr(new, k) for k in sorted(changes)})
    return Done(new, Changes.SETTINGS)


guard_module(globals())
