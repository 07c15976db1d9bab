"""The site's daily housekeeping: earlier days' expected guests who never came become no-shows, and
personal data past the retention period is purged. A console runs it at start and on each new day;
`reception housekeeping` (a timer) runs it where no console is open."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from shared.domain.model import Actor
from shared.services.desk.expected import mark_no_shows
from shared.services.privacy.retention import PurgeReport, purge_expired
from shared.store.engine import Store
from shared.services.common.boundary import guard_module

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HousekeepingReport:
    no_shows: int | None  # expected visits marked; None: the step failed (logged)
    purge: PurgeReport | None  # None: the step failed (logged)

    @property
    def ok(self) -> bool:
        return self.no_shows is not None and self.purge is not None


def site_actor(station: str) -> Actor:
    """Housekeeping is recorded as the system's, at the station that ran it."""
    return Actor(station=station, operator="system", role="system")


def mark_earlier_no_shows(store: Store, actor: Actor, today: date | None = None) -> int | None:
    """Open appointments of days before today become no-shows (today is not over); None if it failed.
    A locked database is no harm: the next run catches up."""
    today = today or date.today()
    try:
        return mark_no_shows(store, actor, today - timedelta(days=1), today=today).value
    except Exception:
        log.exception("marking no-shows failed")
        return None


def purge_personal_data(store: Store, actor: Actor, today: date | None = None) -> PurgeReport | None:
    """The retention purge; None if it failed (the next run catches up). It waits for the WAL checkpoint
    (SQLite) or vacuums (PostgreSQL): a screen runs it off its own thread."""
    try:
        return purge_expired(store, actor, today).value  # what it blanks reaches the lists through the change feed
    except Exception:
        log.exception("retention purge failed")
        return None


def run_housekeeping(store: Store, actor: Actor, today: date | None = None) -> HousekeepingReport:
    """Both daily jobs, one after the other; one failing does not stop the other."""
    return HousekeepingReport(mark_earlier_no_shows(store, actor, today), purge_personal_data(store, actor, today))


guard_module(globals())
