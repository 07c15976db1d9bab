"""A clinic's month in figures, for the monthly report: patients by kind, and how the day ran against its
plan. The rules, stated once:
- a treatment runs from the call in (the first host_ready or host_arrives event) to the check-out;
- it overran when it took longer than its planned length (ClinicRules: slot_min, or emergency_min for an
  emergency); the mean overrun is over those that overran;
- an appointment started late when its call came after its slot plus the site's grace (late_grace_min).
No-shows are the report's own (appointments that became no-shows)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.domain.clinic import EMERGENCIES, PatientKind
from shared.services.clinic.queue import CALLED_IN
from shared.services.common.boundary import guard_module
from shared.services.site.settings import clinic_rules, load_settings
from shared.store import models as db

@dataclass(frozen=True, slots=True)
class ClinicFigures:
    patients: int = 0
    first_visits: int = 0
    emergencies: int = 0
    treated: int = 0  # called in and gone: the sample the overruns are counted in
    overruns: int = 0
    overrun_minutes: float | None = None  # the mean overrun of those that overran
    late_starts: int = 0  # appointments called in after their slot and the grace


def clinic_figures(s: Session, first: date, after: date) -> ClinicFigures:
    rules = clinic_rules(load_settings(s))
    called = (select(db.VisitEvent.visit_id, func.min(db.VisitEvent.at).label("at"))
              .where(db.VisitEvent.action.in_(CALLED_IN)).group_by(db.VisitEvent.visit_id).subquery())
    rows = s.execute(select(db.Visit.patient_kind, db.Visit.slot, db.Visit.checked_out_at, called.c.at)
                     .outerjoin(called, called.c.visit_id == db.Visit.id)
                     .where(db.Visit.visit_date >= first, db.Visit.visit_date < after,
                            db.Visit.patient_kind != "")).all()
    overran, late, treated = [], 0, 0
    for kind, slot, out, called_at in rows:
        if called_at is None:
            continue
        if kind == PatientKind.APPOINTMENT and slot is not None \
                and called_at > slot + timedelta(minutes=rules.late_grace_min):
            late += 1
        if out is None:
            continue
        treated += 1
        planned = rules.emergency_min if kind in EMERGENCIES else rules.slot_min
        over = (out - called_at).total_seconds() / 60 - planned
        if over > 0:
            overran.append(over)
    return ClinicFigures(len(rows), sum(1 for r in rows if r[0] == PatientKind.FIRST_VISIT),
                         sum(1 for r in rows if r[0] in EMERGENCIES), treated, len(overran),
                         round(sum(overran) / len(overran), 1) if overran else None, late)


guard_module(globals())
