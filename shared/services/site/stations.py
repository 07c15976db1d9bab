"""Every running station's health, through the store: each writes a heartbeat (what it is, its version, its
printer, its last error) every half minute; a console lists them all and makes trouble an attention item:
a station silent for two minutes is amber, for five red; a printer that cannot print is amber.

The interval is RECEPTION_HEARTBEAT_S (30 s); the amber and red thresholds scale with it, so a test (or a site
that wants a quicker word) shortens all three at once."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.services.common.boundary import guard_module
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow

OK, AMBER, RED = "ok", "amber", "red"
SILENT_AMBER_BEATS, SILENT_RED_BEATS = 4, 10  # 2 and 5 minutes at the usual interval


def heartbeat_s() -> float:
    try:
        return max(0.2, float(os.environ.get("RECEPTION_HEARTBEAT_S", "30")))
    except ValueError:
        return 30.0


@dataclass(frozen=True, slots=True)
class StationView:
    station: str
    role: str
    version: str
    printer: str  # "" no printer; "ok"; or what is wrong with it
    last_error: str
    started_at: datetime
    beat_at: datetime
    silent_s: int
    health: str  # ok / amber / red

    @property
    def attention(self) -> bool:
        return self.health != OK


def _printer_problem(r: db.PrinterState) -> str:
    """What a guard at the desk would say: an empty printer also reports itself offline, so paper first."""
    if r.paper == "out":
        return "paper out"
    if r.online is False:
        return "offline"
    if r.online is None:
        return "not answering"
    return r.detail or r.paper


def _printer_word(s, station: str) -> str:
    """The station's printers as they last reported (shared.services.printing.queue.record_status)."""
    rows = s.scalars(select(db.PrinterState).where(db.PrinterState.station == station)).all()
    if not rows:
        return ""
    wrong = [f"{r.printer}: {_printer_problem(r)}" for r in rows if r.online is not True or r.paper not in ("ok", "near_end")]
    return "; ".join(wrong)[:80] if wrong else "ok"


def beat(store: Store, station: str, role: str, version: str, last_error: str = "") -> None:
    """A station says it is alive: one row a station, overwritten; nothing in the change feed (a console reads
    the list on its own clock: silence is what it looks for)."""
    now = utcnow()
    with store.write() as s:
        row = s.get(db.StationHeartbeat, station)
        if row is None:
            row = db.StationHeartbeat(station=station, started_at=now)
            s.add(row)
        row.role, row.version, row.beat_at = role[:16], version[:24], now
        row.printer, row.last_error = _printer_word(s, station), last_error[:200]


def health(silent_s: float, printer: str) -> str:
    interval = heartbeat_s()
    if silent_s >= SILENT_RED_BEATS * interval:
        return RED
    if silent_s >= SILENT_AMBER_BEATS * interval or printer not in ("", "ok"):
        return AMBER
    return OK


@needs(Permission.DESK)
def stations(store: Store, actor: m.Actor, now: datetime | None = None) -> list[StationView]:
    """Every station that ever beat, worst first, then by name."""
    now = now or utcnow()
    with store.read() as s:
        rows = s.scalars(select(db.StationHeartbeat).order_by(db.StationHeartbeat.station).limit(500)).all()
        views = []
        for r in rows:
            silent = max(0, int((now - r.beat_at).total_seconds()))
            views.append(StationView(r.station, r.role, r.version, r.printer, r.last_error, r.started_at, r.beat_at,
                                     silent, health(silent, r.printer)))
    order = {RED: 0, AMBER: 1, OK: 2}
    return sorted(views, key=lambda v: (order[v.health], v.station))


guard_module(globals())
