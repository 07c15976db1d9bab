"""A clinic's kiosk check-in through the same services as an office's: an appointment found by its code is the
patient's appointment at its time, a walk-in is a first visit that must say how they heard of the clinic, an
emergency with nobody chosen goes to the chief doctor, who is told at once; each gets a queue ticket, not a badge."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from printers.layout import render_document
from shared.domain.documents import document_from_dict
from shared.domain.errors import InvalidInput
from shared.domain.model import Actor, Consent, QueueTicket, WalkIn
from shared.services import checkin
from shared.services.desk.expected import ExpectedVisit, pre_register
from shared.services.site.settings import update_settings
from shared.store import models as db
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1")
DOCTOR, CHIEF = 1, 2


@pytest.fixture
def clinic(seeded):
    update_settings(seeded, STAFF, profile="clinic", chief_doctor_id=CHIEF, site_name="明德口腔 Mingde Dental")
    return seeded


def jobs(store, visit_id):
    with store.read() as s:
        return [(j.kind, dict(j.payload)) for j in s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id == visit_id))]


def test_an_appointment_found_by_code_keeps_its_time_and_prints_a_ticket(clinic):
    [view] = pre_register(clinic, STAFF, ExpectedVisit("李小娜", DOCTOR, date.today(), mobile="13800000001",
                                                       time_from="09:30", time_to="10:00")).value
    visit = checkin.check_in_invitation(clinic, KIOSK, view.code, printer="badge", consent=Consent(True)).value
    with clinic.read() as s:
        row = s.get(db.Visit, visit.id)
        assert (row.patient_kind, row.ticket) == ("appointment", "A001")
        assert row.slot.astimezone().strftime("%H:%M") == "09:30"
    [(kind, payload)] = jobs(clinic, visit.id)
    ticket = document_from_dict(payload)
    assert kind == "queue_ticket" and isinstance(ticket, QueueTicket)
    assert (ticket.ticket, ticket.patient_name, ticket.doctor, ticket.ahead) == ("A001", "李*娜", "张三", 0)
    assert "李小娜" not in repr(payload) and ticket.site_name == "明德口腔 Mingde Dental"
    assert render_document(ticket, 384).width == 384


def test_a_first_visit_must_say_how_they_heard_of_the_clinic(clinic):
    walk_in = WalkIn("陈晓", "13800000004", "", DOCTOR, patient_kind="first_visit")
    with clinic.read() as s:
        before = s.scalar(select(func.count()).select_from(db.Visit))
    with pytest.raises(InvalidInput) as refused:
        checkin.check_in_walk_in(clinic, KIOSK, walk_in, consent=Consent(True))
    assert refused.value.problems == {"referral": "required"}
    with clinic.read() as s:
        assert s.scalar(select(func.count()).select_from(db.Visit)) == before
    from dataclasses import replace
    visit = checkin.check_in_walk_in(clinic, KIOSK, replace(walk_in, referral="朋友介绍"), consent=Consent(True)).value
    with clinic.read() as s:
        row = s.get(db.Visit, visit.id)
        assert (row.patient_kind, row.referral, row.ticket) == ("first_visit", "朋友介绍", "B001")
    assert [k for k, _ in jobs(clinic, visit.id)] == ["queue_ticket"]


def test_an_emergency_goes_to_the_chief_doctor_who_is_told_at_once(clinic):
    walk_in = WalkIn("赵六", "13800000003", "", None, host_unknown=True, patient_kind="injury", cause="摔伤门牙")
    visit = checkin.check_in_walk_in(clinic, KIOSK, walk_in, consent=Consent(True)).value
    with clinic.read() as s:
        row = s.get(db.Visit, visit.id)
        assert (row.host_id, row.ticket, row.cause, row.state) == (CHIEF, "E001", "摔伤门牙", "host_notified")
        told = s.scalars(select(db.Notification).where(db.Notification.visit_id == visit.id)).all()
        assert [n.host_id for n in told] == [CHIEF]
    general = WalkIn("钱七", "13800000009", "", None, host_unknown=True, patient_kind="emergency")
    with pytest.raises(InvalidInput) as refused:
        checkin.check_in_walk_in(clinic, KIOSK, general, consent=Consent(True))
    assert refused.value.problems == {"cause": "required"}
    with pytest.raises(InvalidInput) as refused:
        checkin.check_in_walk_in(clinic, KIOSK, WalkIn("孙八", "13800000008", "", DOCTOR, patient_kind="appointment"),
                                 consent=Consent(True))
    assert refused.value.problems == {"patient_kind": "unknown"}


def test_an_office_walk_in_still_gets_a_badge_whatever_a_station_sends(seeded):
    visit = checkin.check_in_walk_in(seeded, KIOSK, WalkIn("陈晓", "13800000004", "", DOCTOR, patient_kind="injury"),
                                     consent=Consent(True)).value
    with seeded.read() as s:
        assert (s.get(db.Visit, visit.id).patient_kind, s.get(db.Visit, visit.id).ticket) == ("", None)
    assert [k for k, _ in jobs(seeded, visit.id)] == ["badge"]


def test_a_chief_doctor_must_be_in_the_directory(seeded):
    with pytest.raises(InvalidInput) as refused:
        update_settings(seeded, STAFF, chief_doctor_id=999_999)
    assert refused.value.problems == {"chief_doctor_id": "unknown"}
