"""Site-wide settings, shared by every station through the database."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

KEY = "site"


@dataclass(frozen=True, slots=True)
class SiteSettings:
    site_name: str = "访客接待 Visitor Reception"
    logo_path: str = ""  # a PNG/SVG on the station's disk; empty: the name alone
    ask_plate: bool = False  # optional walk-in fields the site turns on
    ask_region: bool = False
    ask_id_number: bool = False
    print_id_number: bool = False  # and then masked (1101**********1234)
    retention_days: int = 90  # how long personal data is kept; the privacy notice says so
    idle_timeout_s: int = 60  # kiosk: quiet this long, then "are you still there?"
    idle_warning_s: int = 20  # ... and this long to answer


def load_settings(s: Session) -> SiteSettings:
    row = s.get(db.SiteSetting, KEY)
    if row is None:
        return SiteSettings()
    known = {f.name for f in fields(SiteSettings)}
    return SiteSettings(**{k: v for k, v in row.value.items() if k in known})


def site_settings(store: Store) -> SiteSettings:
    with store.read() as s:
        return load_settings(s)


def update_settings(store: Store, actor: m.Actor, **changes) -> Done[SiteSettings]:
    current = site_settings(store)
    try:
        new = replace(current, **changes)
    except TypeError as err:
        raise InvalidInput({"settings": "unknown"}) from err
    if new.retention_days < 1 or new.idle_timeout_s < 10 or new.idle_warning_s < 5:
        raise InvalidInput({"settings": "out_of_range"})
    with store.write() as s:
        row = s.get(db.SiteSetting, KEY)
        if row is None:
            s.add(db.SiteSetting(key=KEY, value=asdict(new)))
        else:
            row.value = asdict(new)
        record(s, "setting", 0)
    return Done(new, Changes.SETTINGS)
