"""Visitors' personal data is gone after the retention period; the counts stay."""
import base64
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from shared.domain.model import Actor, Consent, WalkIn
from shared.services import checkin
from shared.services.privacy import retention
from shared.services.site import settings
from shared.services.desk import flow
from shared.services.site.audit import audit_entries
from shared.services.demo import seed_demo
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.privacy_data import OTHER, ZHUGE, Person, age, finish, leave_trail
from tests.support.actors import STAFF
from tests.support.signing import photo

KIOSK, DESK = Actor("kiosk-1"), Actor("desk-1", "amy", "receptionist")


def test_old_finished_visits_lose_personal_data_and_keep_their_counts(seeded):
    walk_in = WalkIn("欧阳娜娜", "13800138000", "华为", 1, purpose="面试", plate="粤B12345",
                     id_number="11010519491231002X")
    old = checkin.check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    flow.visitor_leaves(seeded, DESK, old.id, "请回电 13800138000")
    still_here = checkin.check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    recent = checkin.check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    flow.check_out(seeded, DESK, recent.id)
    checkin.create_appointment(seeded, DESK, "李四", "13900000000", "ACME", 1, date.today() - timedelta(days=100))
    with seeded.write() as s:
        for visit_id in (old.id, still_here.id):
            s.get(db.Visit, visit_id).visit_date = date.today() - timedelta(days=91)

    report = retention.purge_expired(seeded, ADMIN).value
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
    assert retention.purge_expired(seeded, ADMIN).value.visits == 0  # nothing twice


def test_the_period_is_the_sites(seeded):
    settings.update_settings(seeded, ADMIN, retention_days=7)
    visit = checkin.check_in_walk_in(seeded, KIOSK, WalkIn("王芳", "13800138000", "", 1), "badge").value
    flow.check_out(seeded, DESK, visit.id)
    with seeded.write() as s:
        s.get(db.Visit, visit.id).visit_date = date.today() - timedelta(days=8)
    assert retention.purge_expired(seeded, ADMIN).value.visits == 1


# --- every table, the audit entry, and the files themselves ---------------------------------------

ADMIN = Actor("desk-1", "boss", "admin")


def personal_text(store) -> str:
    """Every value of every table that may hold personal data, as one string."""
    tables = [db.Visitor, db.Visit, db.VisitGroup, db.VisitEvent, db.PrintJob, db.Notification, db.Appointment,
              db.GateEntry, db.GateItem, db.SecurityAlert, db.Enquiry]
    with store.read() as s:
        return json.dumps([[{c.key: getattr(r, c.key) for c in t.__table__.columns} for r in s.scalars(select(t))]
                           for t in tables], ensure_ascii=False, default=str)


def test_every_table_is_purged_and_what_reports_count_stays(seeded):
    old = leave_trail(seeded, ZHUGE)
    age(seeded, old, 91)
    leave_trail(seeded, OTHER)  # this week's: kept
    with seeded.read() as s:
        counts_before = [s.scalar(select(func.count()).select_from(t)) for t in (
            db.Visit, db.VisitEvent, db.Appointment, db.GateEntry, db.GateItem, db.SecurityAlert, db.Enquiry,
            db.Feedback, db.PrintJob, db.Notification)]

    report = retention.purge_expired(seeded, ADMIN).value

    assert report.counts() == {"visits": 2, "appointments": 1, "gate_entries": 1, "alerts": 1, "enquiries": 1}
    assert report.cleanup.wal_truncated in (True, None) and report.before == date.today() - timedelta(days=90)
    everything = personal_text(seeded)
    for value in (ZHUGE.name, ZHUGE.e164, ZHUGE.id_number, ZHUGE.company, ZHUGE.plate, ZHUGE.email, "诸葛"):
        assert value not in everything
    for value in (OTHER.name, OTHER.e164, OTHER.id_number, OTHER.email):
        assert value in everything
    with seeded.read() as s:
        assert counts_before == [s.scalar(select(func.count()).select_from(t)) for t in (
            db.Visit, db.VisitEvent, db.Appointment, db.GateEntry, db.GateItem, db.SecurityAlert, db.Enquiry,
            db.Feedback, db.PrintJob, db.Notification)]  # nothing deleted
        visit = s.get(db.Visit, old.visit_id)
        assert (visit.state, visit.level, visit.party_size, visit.host_id is not None) == ("left", "standard", 1, True)
        entry = s.get(db.GateEntry, old.gate_entry_id)
        assert (entry.state, entry.parking_spot, entry.guard) == ("exited", "B2-17", "老赵")
        item = s.scalars(select(db.GateItem).where(db.GateItem.entry_id == entry.id)).one()
        assert (item.name, item.quantity_in, item.quantity_out) == ("", 1, 1)
        enquiry = s.get(db.Enquiry, old.enquiry_id)
        assert (enquiry.state, enquiry.enquirer_id_type) == ("answered", "police")
        assert s.get(db.Appointment, old.appointment_id).state == "used"
    (entry,) = audit_entries(seeded, STAFF, action="purge")
    assert (entry.operator, entry.subject) == ("boss", "retention")
    assert entry.detail == {"before": report.before.isoformat(), **report.counts()}
    assert retention.purge_expired(seeded, ADMIN).value.total == 0  # nothing twice


def test_what_is_still_going_on_is_kept(seeded):
    """A visitor still on site, a gate entry still open: their data stays whatever their age."""
    trail = leave_trail(seeded, ZHUGE, checked_out=False)
    age(seeded, trail, 200)
    report = retention.purge_expired(seeded, ADMIN).value
    assert (report.visits, report.gate_entries) == (0, 0)
    with seeded.read() as s:
        assert s.get(db.Visit, trail.visit_id).visitor.id_number == ZHUGE.id_number
        assert s.get(db.GateEntry, trail.gate_entry_id).person_name == ZHUGE.name
        passes = [j.payload for j in s.scalars(select(db.PrintJob).where(db.PrintJob.kind == "gate_pass"))]
        assert passes and all(p.get("visitor_name") == ZHUGE.name for p in passes)  # the open entry's pass


def forms(p: Person) -> dict[str, list[bytes]]:
    """Every way the values could sit in the files: UTF-8 or UTF-16 (SQLite's other text encodings),
    and JSON's \\uXXXX escapes (the JSON columns are written with ensure_ascii)."""
    escaped = json.dumps(p.name)[1:-1]
    out = {}
    for label, value in (("name", p.name), ("id_number", p.id_number), ("mobile", p.e164[3:])):
        out[label] = [value.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    out["name"] += [escaped.encode(), escaped.upper().replace("\\U", "\\u").encode()]
    jpeg = photo(p.name).jpeg  # as stored, and as base64 in the badge's print job
    encoded = base64.b64encode(jpeg)
    out["photo"] = [jpeg[len(jpeg) // 2:][:48], encoded[len(encoded) // 2:][:64]]
    return out


def found_in_files(path, p: Person) -> dict[str, list[str]]:
    """Which values a byte search finds in site.sqlite, its -wal and its -shm."""
    hits: dict[str, list[str]] = {}
    for suffix in ("", "-wal", "-shm"):
        file = path.with_name(path.name + suffix)
        data = file.read_bytes() if file.exists() else b""
        for label, needles in forms(p).items():
            if any(n in data for n in needles):
                hits.setdefault(label, []).append(file.name)
    return hits


@pytest.fixture
def site(tmp_path):
    path = tmp_path / "site.sqlite"
    store = open_store(f"sqlite:///{path}")
    seed_demo(store)
    yield path, store
    store.close()


def print_everything(store) -> None:
    """The station's print worker: each job is claimed, then finished, rewriting its row (payload and all)."""
    from printers.backends.dummy import DummyPrinter
    from shared.services.printing.queue import print_next

    printers = {"badge": DummyPrinter("badge")}
    while print_next(store, "kiosk-1", printers, "badge") is not None:
        pass


def test_a_purged_id_number_is_not_in_the_database_files(site):
    """Not only the rows: the free space in the pages and the WAL's old page images too."""
    path, store = site
    # A morning: they arrive, others arrive after them, then they leave (their rows are rewritten
    # with the others' rows around them, so the old copies sit in the middle of the pages).
    trail = leave_trail(store, ZHUGE, checked_out=False)
    leave_trail(store, OTHER)
    print_everything(store)
    finish(store, trail, ZHUGE)
    with store.engine.connect() as held:  # another station stays connected: the WAL is not removed on close
        held.exec_driver_sql("SELECT 1")
        assert found_in_files(path, ZHUGE).keys() == {"name", "id_number", "mobile", "photo"}  # the search works
        age(store, trail, 91)
        report = retention.purge_expired(store, ADMIN).value
        assert report.cleanup.wal_truncated is True
        assert found_in_files(path, ZHUGE) == {}
        assert found_in_files(path, OTHER).keys() == {"name", "id_number", "mobile", "photo"}  # kept, and findable


def test_secure_delete_is_on_for_every_connection(site):
    _, store = site
    assert retention.secure_delete_on(store)
