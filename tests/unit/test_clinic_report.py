"""A clinic's month in the monthly report, on both databases, through the clinic's own services: patients by
kind, the treatments that ran past their planned length, the appointments that started late, and the no-shows;
in the exported sheet too."""
from __future__ import annotations

import csv
from datetime import timedelta

from sqlalchemy import select

from shared.domain.clinic import PatientKind as K
from shared.domain.model import WalkIn
from shared.services.clinic.calls import call_next
from shared.services.clinic.desk import Registration, patient_leaves, register_patient
from shared.services.plans import reports as pr
from shared.services.site.settings import update_settings
from shared.store import models as db
from shared.store.types import utcnow
from tests.support.actors import STAFF

DOCTOR = 1


def shift(store, visit_id: int, minutes: int) -> None:
    """Move a visit's call in and check-out: the treatment took `minutes`."""
    with store.write() as s:
        called = s.scalars(select(db.VisitEvent.at).where(db.VisitEvent.visit_id == visit_id, db.VisitEvent.action.in_(
            ("host_ready", "host_arrives")))).first()
        s.get(db.Visit, visit_id).checked_out_at = called + timedelta(minutes=minutes)


def test_overruns_late_starts_and_kinds_in_the_month(seeded, tmp_path):
    update_settings(seeded, STAFF, profile="clinic", slot_min=30, emergency_min=20, late_grace_min=10)
    now = utcnow()
    on_time = register_patient(seeded, STAFF, Registration(WalkIn("李娜", "13800000001", "", DOCTOR),
                                                           K.APPOINTMENT, now + timedelta(minutes=5))).value
    call_next(seeded, STAFF, DOCTOR)
    patient_leaves(seeded, STAFF, on_time.id)
    shift(seeded, on_time.id, 45)  # 15 minutes over its 30
    late = register_patient(seeded, STAFF, Registration(WalkIn("王强", "13800000002", "", DOCTOR),
                                                        K.APPOINTMENT, now - timedelta(minutes=40))).value
    call_next(seeded, STAFF, DOCTOR)  # called 40 minutes after the slot: a late start
    patient_leaves(seeded, STAFF, late.id)
    shift(seeded, late.id, 25)  # within its 30
    hurt = register_patient(seeded, STAFF, Registration(WalkIn("赵六", "13800000003", "", DOCTOR), K.INJURY,
                                                        cause="摔伤")).value
    call_next(seeded, STAFF, DOCTOR)
    patient_leaves(seeded, STAFF, hurt.id)
    shift(seeded, hurt.id, 25)  # 5 over its 20
    register_patient(seeded, STAFF, Registration(WalkIn("陈晓", "13800000004", "", DOCTOR), K.FIRST_VISIT,
                                                 referral="网络搜索"))  # still waiting: not in the sample

    today = now.astimezone()
    c = pr.monthly_report(seeded, STAFF, today.year, today.month).clinic
    assert (c.patients, c.first_visits, c.emergencies) == (4, 1, 1)
    assert (c.treated, c.overruns, c.overrun_minutes, c.late_starts) == (3, 2, 10.0, 1)

    report = pr.monthly_report(seeded, STAFF, today.year, today.month)
    path = tmp_path / "month.csv"
    pr.export_report_csv(seeded, STAFF, report, str(path))
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    heading = rows.index(list(pr.CLINIC_HEADER))
    assert rows[heading + 1] == ["4", "1", "1", str(report.no_shows), "3", "2", "10", "1"]


def test_an_office_month_has_no_clinic_rows(seeded):
    today = utcnow().astimezone()
    report = pr.monthly_report(seeded, STAFF, today.year, today.month)
    assert report.clinic.patients == 0 and list(pr.CLINIC_HEADER) not in pr.report_table(report)
