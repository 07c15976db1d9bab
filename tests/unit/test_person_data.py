"""Everything about one person, exported for them or erased, by mobile or ID number; audited, admins only."""
import base64
import csv
import json

import pytest
from sqlalchemy import select

from shared.domain.errors import InvalidInput
from shared.domain.model import Actor
from shared.services.privacy import person_data as pd
from shared.services.checkin import record_feedback
from shared.services.site.audit import audit_entries
from shared.domain.permissions import NotPermitted
from shared.store import models as db
from tests.support.privacy_data import OTHER, ZHUGE, finish, leave_trail
from tests.support.actors import STAFF

ADMIN = Actor("desk-1", "boss", "admin")
RECEPTIONIST = Actor("desk-1", "amy", "receptionist")


@pytest.fixture
def trails(seeded):
    mine, theirs = leave_trail(seeded, ZHUGE), leave_trail(seeded, OTHER)
    record_feedback(seeded, mine.visit_id, 5)
    return mine, theirs


def flat(data: pd.PersonData) -> str:
    return json.dumps(data.tables, ensure_ascii=False)


@pytest.mark.parametrize("key", [{"mobile": ZHUGE.mobile}, {"id_number": ZHUGE.id_number.lower()}])
def test_export_finds_everything_about_them_and_nothing_of_others(seeded, trails, key):
    mine, _ = trails
    data = pd.person_export(seeded, ADMIN, **key).value
    text = flat(data)
    for value in (ZHUGE.name, ZHUGE.id_number, ZHUGE.e164, ZHUGE.plate):
        assert value in text
    for value in (OTHER.name, OTHER.e164, OTHER.id_number):
        assert value not in text
    assert [r["id"] for r in data.tables["gate_entry"]] == [mine.gate_entry_id]  # by mobile, or by its visit
    assert data.tables["feedback"][0]["rating"] == 5
    assert {"visitor", "visit_event", "print_job", "notification", "gate_item"} <= data.tables.keys()
    if "mobile" in key:  # the expected visit and the visit it became carry the mobile, not the ID number
        assert [r["id"] for r in data.tables["visit"]] == [mine.visit_id, mine.invited_visit_id]
        assert [r["id"] for r in data.tables["appointment"]] == [mine.appointment_id]
        assert ZHUGE.email in text  # the invitation went there
    else:
        assert [r["id"] for r in data.tables["visit"]] == [mine.visit_id]
    assert "badge_token" not in text and '"token"' not in text  # credentials are not data about them
    (entry,) = audit_entries(seeded, STAFF, action="export")
    assert entry.subject in ("person 139****5678", "person 1101**********3456")
    assert entry.detail["kind"] == "person" and entry.detail["visit"] == data.counts()["visit"]
    assert ZHUGE.id_number not in json.dumps(entry.detail) and ZHUGE.name not in entry.subject


def test_json_and_csv_files(seeded, trails, tmp_path):
    data = pd.person_export(seeded, ADMIN, mobile=ZHUGE.mobile).value
    stem = pd.export_file_stem(data)
    assert stem.startswith("person-139xxxx5678-")
    doc = json.loads(pd.write_person_json(data, tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
    assert doc["mobile"] == ZHUGE.e164 and doc["tables"]["visitor"][0]["name"] == ZHUGE.name
    with pd.write_person_csv(data, tmp_path / f"{stem}.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {"table", "id", "field", "value"} == set(rows[0])
    assert {"table": "visitor", "field": "id_number", "value": ZHUGE.id_number} in [
        {k: r[k] for k in ("table", "field", "value")} for r in rows]
    assert len(rows) == sum(len(set(r) - {"id"}) for rows_ in data.tables.values() for r in rows_)
    # The photo is a file of its own, named in the CSV, and the same bytes as the visit's photo.
    (photo_row,) = [r for r in rows if r["table"] == "visit_photo" and r["field"] == "jpeg"]
    (pdf_row,) = [r for r in rows if r["table"] == "signed_document" and r["field"] == "pdf"]
    files = pd.write_person_files(data, tmp_path, stem)
    assert [f.name for f in files] == [photo_row["value"], pdf_row["value"]]
    assert photo_row["value"].endswith(".jpg") and pdf_row["value"].endswith(".pdf")
    with seeded.read() as s:
        assert files[0].read_bytes() == s.get(db.VisitPhoto, trails[0].visit_id).jpeg
        assert files[1].read_bytes() == s.scalars(select(db.SignedDocument.pdf)).first()
    assert files[1].read_bytes().startswith(b"%PDF-")
    assert base64.b64decode(doc["tables"]["visit_photo"][0]["jpeg"]) == files[0].read_bytes()


def test_erase_blanks_everything_about_them_and_is_audited(seeded, trails):
    mine, theirs = trails
    report = pd.erase_person(seeded, ADMIN, id_number=ZHUGE.id_number, reason="本人书面申请").value
    assert (report.visits, report.appointments, report.gate_entries) == (1, 0, 1)  # by ID: the walk-in visit
    report = pd.erase_person(seeded, ADMIN, mobile=ZHUGE.mobile, reason="本人书面申请").value
    assert (report.visits, report.appointments, report.gate_entries) == (1, 1, 0)  # the rest
    assert report.cleanup.wal_truncated is True or report.cleanup.vacuumed
    assert pd.person_export(seeded, ADMIN, mobile=ZHUGE.mobile).value.total == 0
    with seeded.read() as s:
        visit = s.get(db.Visit, mine.visit_id)
        assert (visit.visitor.name, visit.visitor.id_number, visit.plate, visit.purpose) == ("", "", "", "")
        assert visit.state == "left"  # the count stays
        entry = s.get(db.GateEntry, mine.gate_entry_id)
        assert (entry.person_name, entry.mobile, entry.plate) == ("", "", "")
        appointment = s.get(db.Appointment, mine.appointment_id)
        assert (appointment.visitor_name, appointment.email, appointment.notes) == ("", "", "")
        payloads = json.dumps([j.payload for j in s.scalars(select(db.PrintJob))] +
                              [n.payload for n in s.scalars(select(db.Notification))], ensure_ascii=False)
        assert ZHUGE.name not in payloads and OTHER.name in payloads
        assert s.get(db.Visit, theirs.visit_id).visitor.name == OTHER.name
    first, second = audit_entries(seeded, STAFF, action="erase")[::-1]
    assert first.subject == "person 1101**********3456" and second.subject == "person 139****5678"
    assert second.detail == {"reason": "本人书面申请", "visits": 1, "appointments": 1, "gate_entries": 0}


def test_an_open_invitation_is_cancelled_by_erasure(seeded):
    from datetime import date, timedelta

    from shared.services.checkin import create_appointment

    code = create_appointment(seeded, ADMIN, ZHUGE.name, ZHUGE.mobile, "", 1, date.today() + timedelta(days=3)).value
    pd.erase_person(seeded, ADMIN, mobile=ZHUGE.mobile, reason="request")
    with seeded.read() as s:
        row = s.scalars(select(db.Appointment).where(db.Appointment.code == code)).one()
        assert (row.state, row.visitor_name, row.mobile) == ("cancelled", "", "")


def test_erase_is_refused_while_they_are_on_site(seeded):
    trail = leave_trail(seeded, ZHUGE, checked_out=False)
    with pytest.raises(InvalidInput) as err:
        pd.erase_person(seeded, ADMIN, mobile=ZHUGE.mobile, reason="request")
    assert err.value.problems == {"person": "on_site"}
    with seeded.read() as s:
        assert s.get(db.Visit, trail.visit_id).visitor.name == ZHUGE.name
    assert audit_entries(seeded, STAFF, action="erase") == []
    finish(seeded, trail, ZHUGE)
    assert pd.erase_person(seeded, ADMIN, mobile=ZHUGE.mobile, reason="request").value.visits == 2


def test_bad_input_changes_nothing(seeded, trails):
    for kwargs, problems in (({}, {"person": "required"}),
                             ({"mobile": "12345"}, {"mobile": "invalid"}),
                             ({"id_number": "110108198705123457"}, {"id_number": "invalid"})):
        with pytest.raises(InvalidInput) as err:
            pd.person_export(seeded, ADMIN, **kwargs)
        assert err.value.problems == problems
    with pytest.raises(InvalidInput) as err:
        pd.erase_person(seeded, ADMIN, mobile=ZHUGE.mobile, reason="  ")
    assert err.value.problems == {"reason": "required"}
    assert audit_entries(seeded, STAFF, action="erase") == [] and audit_entries(seeded, STAFF, action="export") == []


def test_a_receptionist_may_not(seeded, trails):
    with pytest.raises(NotPermitted):
        pd.person_export(seeded, RECEPTIONIST, mobile=ZHUGE.mobile)
    with pytest.raises(NotPermitted):
        pd.erase_person(seeded, RECEPTIONIST, mobile=ZHUGE.mobile, reason="asked")
    with seeded.read() as s:
        assert s.get(db.Visit, trails[0].visit_id).visitor.name == ZHUGE.name
