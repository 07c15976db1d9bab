"""Visitors' personal data is gone after the retention period; the counts stay."""
from datetime import date, timedelta

from sqlalchemy import func, select

from shared.domain.model import Actor, Consent, WalkIn
from shared.services import arrivals, retention, settings, visits
from shared.store import models as db

KIOSK, DESK = Actor("kiosk-1"), Actor("desk-1", "amy")


def test_old_finished_visits_lose_personal_data_and_keep_their_counts(seeded):
    walk_in = WalkIn("欧阳娜娜", "13800138000", "华为", 1, purpose="面试", plate="粤B12345",
                     id_number="11010519491231002X")
    old = visits.check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    visits.visitor_leaves(seeded, DESK, old.id, "请回电 13800138000")
    still_here = visits.check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    recent = visits.check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    visits.check_out(seeded, DESK, recent.id)
    arrivals.create_appointment(seeded, DESK, "李四", "13900000000", "ACME", 1, date.today() - timedelta(days=100))
    with seeded.write() as s:
        for visit_id in (old.id, still_here.id):
            s.get(db.Visit, visit_id).visit_date = date.today() - timedelta(days=91)

    report = retention.purge_expired(seeded, DESK).value
    assert (report.visits, report.appointments) == (1, 1)
    with seeded.read() as s:
        gone = s.get(db.Visit, old.id)
        assert (gone.visitor.name, gone.visitor.mobile, gone.visitor.id_number, gone.plate, gone.message) == (
            "", "", "", "", "")
        assert gone.state == "left" and gone.checked_in_at is not None  # what reports count stays
        everything = " ".join(str(x) for x in [
            *s.scalars(select(db.PrintJob.payload).where(db.PrintJob.visit_id == old.id)),
            *s.scalars(select(db.Notification.payload).where(db.Notification.visit_id == old.id)),
            *s.scalars(select(db.VisitEvent.note).where(db.VisitEvent.visit_id == old.id))])
        assert "欧阳" not in everything and "13800138000" not in everything
        assert s.get(db.Visit, still_here.id).visitor.name == "欧阳娜娜"  # still on site: kept
        assert s.get(db.Visit, recent.id).visitor.name == "欧阳娜娜"  # within 90 days: kept
        assert s.scalar(select(func.count(db.Visit.id))) == 3
    assert retention.purge_expired(seeded, DESK).value.visits == 0  # nothing twice


def test_the_period_is_the_sites(seeded):
    settings.update_settings(seeded, DESK, retention_days=7)
    visit = visits.check_in_walk_in(seeded, KIOSK, WalkIn("王芳", "13800138000", "", 1), "badge").value
    visits.check_out(seeded, DESK, visit.id)
    with seeded.write() as s:
        s.get(db.Visit, visit.id).visit_date = date.today() - timedelta(days=8)
    assert retention.purge_expired(seeded, DESK).value.visits == 1
