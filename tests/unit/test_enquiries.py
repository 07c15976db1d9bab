"""Third-party enquiries: recorded with the enquirer's ID (masked), approved by a security lead's own
name and PIN, a confidential guest always "no record found", and every step audited; both databases."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.model import Actor, Consent, WalkIn
from shared.services import checkin
from shared.services.directory import operators
from shared.services.security import enquiries as enq
from shared.services.site.audit import audit_entries
from shared.services.directory.operators import Role
from shared.domain.permissions import NotPermitted
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from tests.support.actors import STAFF

DESK = Actor("desk-1", "amy", "receptionist")
ADMIN = Actor("desk-1", "boss", "admin")
KIOSK = Actor("kiosk-1", "kiosk")
POLICE_ID = "11010519491231002X"


@pytest.fixture
def people(seeded):
    operators.add_operator(seeded, ADMIN, "老赵", Role.SECURITY, "2468")
    operators.add_operator(seeded, ADMIN, "amy", Role.RECEPTIONIST, "1357")
    return seeded


def ask(store, about="王小明", id_type="resident_id", id_number=POLICE_ID):
    return enq.open_enquiry(store, DESK, "李警官", "朝阳分局", id_type, id_number, about,
                            "Is this person in the building?").value


def test_an_enquiry_is_recorded_with_the_id_masked_and_answered_with_the_leads_approval(people):
    opened = ask(people)
    assert (opened.state, opened.id_masked, opened.operator, opened.station) == (
        "open", "1101**********002X", "amy", "desk-1")
    with people.read() as s:
        assert POLICE_ID not in str([(r.enquirer_id_masked, r.question) for r in s.query(db.Enquiry)])
    text = "He signed in at 09:10 and is with 张三."
    done = enq.answer_enquiry(people, DESK, opened.id, "老赵", "2468", text).value
    assert (done.state, done.approved_by, done.answer) == ("answered", "老赵", text)
    steps = [(e.action, e.detail.get("step"), e.subject) for e in reversed(audit_entries(people, STAFF))
             if e.action == "enquiry"]
    assert steps == [("enquiry", "open", "王*明"), ("enquiry", "answer", "王*明")]
    answered = [e for e in audit_entries(people, STAFF, action="enquiry")][0]
    assert answered.detail["approver"] == "老赵" and answered.detail["answer"] == "approved_text"
    assert "09:10" not in str(audit_entries(people, STAFF))
    with pytest.raises(NotActionable):
        enq.answer_enquiry(people, DESK, opened.id, "老赵", "2468", "again")


def test_a_wrong_approver_pin_or_a_receptionist_approver_is_refused(people):
    opened = ask(people)
    with pytest.raises(InvalidInput) as wrong:
        enq.answer_enquiry(people, DESK, opened.id, "老赵", "0000", enq.Answer.CANNOT_DISCLOSE)
    assert wrong.value.problems == {"approver_pin": "wrong"}
    with pytest.raises(InvalidInput) as not_lead:
        enq.answer_enquiry(people, DESK, opened.id, "amy", "1357", enq.Answer.CANNOT_DISCLOSE)
    assert not_lead.value.problems == {"approver": "not_permitted"}
    assert enq.enquiries(people, DESK)[0].state == "open"
    assert [e.detail.get("why") for e in audit_entries(people, STAFF, action="sign_in_failed")] == ["wrong"]


def test_a_confidential_guest_is_always_no_record_found(people):
    visit = check_in_walk_in(people, KIOSK, WalkIn("王小明", "13800138000", "", 1), "badge",
                             Consent(privacy=True)).value
    with people.write() as s:
        s.execute(update(db.Visit).where(db.Visit.id == visit.id).values(confidential=True))
    for typed in ("Yes, he is here with 张三.", enq.Answer.CANNOT_DISCLOSE):
        opened = ask(people, about="王 小明")
        done = enq.answer_enquiry(people, DESK, opened.id, "老赵", "2468", typed).value
        assert done.answer == enq.Answer.NO_RECORD == "no_record"


def test_a_confidential_expected_guest_too(people):
    checkin.create_appointment(people, DESK, "欧阳娜娜", "13700137000", "", 1, date.today())
    with people.write() as s:
        s.execute(update(db.Appointment).values(confidential=True))
    opened = ask(people, about="欧阳娜娜")
    assert enq.answer_enquiry(people, DESK, opened.id, "老赵", "2468", "She is expected at 10.").value.answer == "no_record"


def test_no_valid_id_no_answer_only_a_refusal(people):
    by_phone = enq.open_enquiry(people, DESK, "王女士", "", "", "", "王小明", "Is my husband there?").value
    with pytest.raises(InvalidInput) as err:
        enq.answer_enquiry(people, DESK, by_phone.id, "老赵", "2468", enq.Answer.CANNOT_DISCLOSE)
    assert err.value.problems == {"enquirer_id": "required"}
    assert audit_entries(people, STAFF, action="sign_in") == []  # refused before the approver's PIN was tried
    refused = enq.refuse_enquiry(people, DESK, by_phone.id).value
    assert (refused.state, refused.answer) == ("refused", "")
    assert [e.detail["step"] for e in audit_entries(people, STAFF, action="enquiry")] == ["refuse", "open"]


@pytest.mark.parametrize("id_type, id_number, problems", [
    ("resident_id", "110105194912310021", {"enquirer_id": "invalid"}),  # wrong check digit
    ("resident_id", "", {"enquirer_id": "required"}),
    ("", "A1234567", {"id_type": "required"}),
    ("badge", "A1234567", {"id_type": "invalid"}),
    ("police_card", "警 123", {"enquirer_id": "invalid"}),
])
def test_bad_ids_are_refused_and_nothing_is_recorded(store, id_type, id_number, problems):
    with pytest.raises(InvalidInput) as err:
        enq.open_enquiry(store, DESK, "李警官", "", id_type, id_number, "王小明", "")
    assert err.value.problems == problems
    assert enq.enquiries(store, DESK) == [] and audit_entries(store, STAFF) == []


def test_other_ids_are_kept_masked(store):
    opened = enq.open_enquiry(store, DESK, "John Smith", "Embassy", "passport", "e1234 5678", "Jane", "").value
    assert opened.id_masked == "E123*5678" and opened.id_type == "passport"


def test_a_kiosk_cannot_record_or_read_enquiries(store):
    with pytest.raises(NotPermitted):
        enq.open_enquiry(store, KIOSK, "李警官", "", "", "", "王小明", "")
    with pytest.raises(NotPermitted):
        enq.enquiries(store, KIOSK)
