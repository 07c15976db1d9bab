"""The kiosk's photo and signed documents: kept with the visit in the check-in's transaction, printed on
the badge, read one visit at a time, and gone with the visit's personal data."""
from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from shared.domain.documents import document_from_dict
from shared.domain.errors import InvalidInput, NotFound
from shared.domain.model import Actor, Attachments, Consent, Signature, VisitorPhoto, WalkIn
from shared.domain.permissions import NotPermitted
from shared.domain.photo import PHOTO_SIZE, crop_to_guide, guide_box
from shared.domain.signing import applies
from shared.services import checkin
from shared.services.desk import flow
from shared.services.desk.records import signed_copy_pdf, visit_records
from shared.services.privacy import person_data as pd
from shared.services.privacy import retention
from shared.services.privacy.log_reveal import set_confidential
from shared.services.site import sign_documents as docs
from shared.store import models as db
from tests.support.signing import ADMIN, nda, photo, safety_rules, signed

KIOSK = Actor("kiosk-1")
DESK = Actor("desk-1", "amy", "receptionist")
GUARD = Actor("gate-1", "liu", "security")
ANNA = WalkIn("欧阳娜娜", "13800138000", "华为", 1, id_number="11010519491231002X")


def count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def walk_in(store, attachments, walk=ANNA):
    return checkin.check_in_walk_in(store, KIOSK, walk, "badge", Consent(True, True), attachments=attachments).value


def badge_of(store, visit_id):
    with store.read() as s:
        job = s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id == visit_id)).one()
        return document_from_dict(job.payload)


# -- the photo ---------------------------------------------------------------------------------------

def test_the_photo_is_the_guide_box_of_the_frame():
    frame = Image.new("RGB", (1280, 720), (0, 0, 255))
    box = guide_box(*frame.size)
    frame.paste((255, 0, 0), box)  # the guide's box red, everything outside it blue
    assert abs((box[2] - box[0]) / (box[3] - box[1]) - 0.75) < 0.01  # 3 wide by 4 high
    cropped = crop_to_guide(frame)
    assert cropped.size == PHOTO_SIZE
    reds = [cropped.getpixel((x, y)) for x in (2, 150, 297) for y in (2, 200, 397)]
    assert all(r > 200 and b < 60 for r, _, b in reds)  # nothing of the blue outside the guide


def test_a_photo_is_kept_and_printed_on_the_badge(seeded):
    taken = photo()
    visit = walk_in(seeded, Attachments(taken))
    records = visit_records(seeded, DESK, visit.id)
    assert records.photo == taken and records.id_source == "typed" and records.signed == ()
    badge = badge_of(seeded, visit.id)
    assert badge.photo == taken.jpeg  # through the print job's JSON and back
    with Image.open(io.BytesIO(badge.photo)) as image:
        assert image.size == PHOTO_SIZE


def test_no_photo_says_why_and_the_badge_prints_without_one(seeded):
    visit = walk_in(seeded, Attachments(VisitorPhoto(missing="camera_failed")))
    assert visit_records(seeded, DESK, visit.id).photo == VisitorPhoto(b"", "camera_failed")
    assert badge_of(seeded, visit.id).photo == b""
    desk_visit = checkin.check_in_walk_in(seeded, DESK, ANNA, "badge").value  # the desk: no photo asked
    assert visit_records(seeded, DESK, desk_visit.id).photo is None


@pytest.mark.parametrize("bad", [
    VisitorPhoto(b"", ""), VisitorPhoto(b"not a jpeg", ""), VisitorPhoto(photo().jpeg, "declined"),
    VisitorPhoto(b"", "smiled"), VisitorPhoto(b"\xff\xd8" + b"\0" * 300_000, ""),
])
def test_a_bad_photo_is_refused_and_nothing_is_saved(seeded, bad):
    before = count(seeded, db.Visit)
    with pytest.raises(InvalidInput) as err:
        walk_in(seeded, Attachments(bad))
    assert set(err.value.problems) == {"photo"}
    assert count(seeded, db.Visit) == before and count(seeded, db.VisitPhoto) == 0


def test_a_png_is_not_a_photo(seeded):
    out = io.BytesIO()
    Image.new("RGB", PHOTO_SIZE).save(out, format="PNG")
    with pytest.raises(InvalidInput):
        walk_in(seeded, Attachments(VisitorPhoto(out.getvalue())))


# -- documents to sign ------------------------------------------------------------------------------

def test_editing_a_document_makes_a_new_version_and_an_unchanged_save_does_not(seeded):
    first = safety_rules(seeded)
    assert (first.key, first.version) == ("safety", 1)
    assert safety_rules(seeded) == first  # the same text again: still version 1
    second = docs.save_sign_document(seeded, ADMIN, "safety", "all", "安全告知", "Safety rules", "新的规定。",
                                     "New rules.").value
    assert second.version == 2 and docs.sign_documents(seeded) == [second]
    docs.retire_sign_document(seeded, ADMIN, "safety")
    assert docs.sign_documents(seeded) == []
    with pytest.raises(NotFound):
        docs.retire_sign_document(seeded, ADMIN, "safety")
    with pytest.raises(NotPermitted):  # the admin's, not the desk's
        docs.save_sign_document(seeded, DESK, "x", "all", "a", "b", "c", "d")


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("key", "安全", "invalid"), ("key", "", "invalid"), ("audience", "everyone", "invalid"),
    ("title_zh", "", "required"), ("title_en", "a\nb", "line_break"), ("text_zh", "  ", "required"),
    ("text_en", "x" * 20_001, "too_long"),
])
def test_a_bad_document_is_refused(seeded, field, value, problem):
    values = dict(key="safety", audience="all", title_zh="安全告知", title_en="Safety", text_zh="规定",
                  text_en="Rules")
    values[field] = value
    with pytest.raises(InvalidInput) as err:
        docs.save_sign_document(seeded, ADMIN, **values)
    assert err.value.problems.get(field) == problem
    assert docs.sign_documents(seeded) == []


def test_who_signs_what():
    assert applies("all", "walk_in") and applies("all", "invitation", "vip") and not applies("all", "gate")
    assert applies("walk_in", "walk_in") and not applies("walk_in", "invitation")
    assert applies("gate", "gate") and not applies("gate", "walk_in")
    assert applies("level:vip", "invitation", "vip") and not applies("level:vip", "invitation", "standard")
    assert applies("level:standard", "walk_in")  # a walk-in is received at the standard level


def test_a_walk_in_signs_every_document_for_them_and_the_badge_says_so(seeded):
    safety, agreement = safety_rules(seeded), nda(seeded)
    docs.save_sign_document(seeded, ADMIN, "vip-welcome", "level:vip", "贵宾须知", "VIP notes", "须知", "Notes")
    visit = walk_in(seeded, signed([safety, agreement], with_photo=True))
    records = visit_records(seeded, DESK, visit.id)
    assert [(c.key, c.version, c.title) for c in records.signed] == [
        ("safety", 1, "安全告知 Safety rules"), ("nda", 1, "保密协议 Non-disclosure agreement")]
    assert badge_of(seeded, visit.id).signed == ("安全告知 Safety rules", "保密协议 Non-disclosure agreement")
    pdf = signed_copy_pdf(seeded, DESK, records.signed[0].id)
    assert pdf.startswith(b"%PDF-") and b"NotoSansCJK" in pdf


def test_a_missing_signature_refuses_the_check_in_and_saves_nothing(seeded):
    safety, agreement = safety_rules(seeded), nda(seeded)
    for attachments in (signed([safety]), Attachments(), signed([agreement])):
        with pytest.raises(InvalidInput) as err:
            walk_in(seeded, attachments)
        assert err.value.problems == {"documents": "unsigned"}
    assert count(seeded, db.Visit) == 0 and count(seeded, db.SignedDocument) == 0
    assert count(seeded, db.PrintJob) == 0


def test_a_document_changed_while_the_visitor_read_it_must_be_signed_again(seeded):
    old = safety_rules(seeded)
    docs.save_sign_document(seeded, ADMIN, "safety", "all", "安全告知", "Safety rules", "改了。", "Changed.")
    with pytest.raises(InvalidInput) as err:
        walk_in(seeded, signed([old]))
    assert err.value.problems == {"documents": "changed"}
    assert count(seeded, db.Visit) == 0


@pytest.mark.parametrize(("strokes_", "problem"), [
    ((), "empty"), ((((0.5, 0.5),),), "empty"), ((((0.1, 0.5), (0.12, 0.5)),), "empty"),
    ((((0.1, 0.5), (1.5, 0.5)),), "invalid"), ((((0.1, float("nan")), (0.9, 0.5)),), "invalid"),
    ((tuple((i / 7000, 0.5) for i in range(7000)),), "invalid"),
])
def test_a_scribble_that_is_not_a_signature_is_refused(seeded, strokes_, problem):
    safety = safety_rules(seeded)
    with pytest.raises(InvalidInput) as err:
        walk_in(seeded, Attachments(None, (Signature(safety.id, strokes_),)))
    assert err.value.problems == {"signature": problem}


def test_a_group_signs_member_by_member(seeded):
    safety = safety_rules(seeded)
    party = WalkIn("欧阳娜娜", "13800138000", "华为", 1, party_size=3)
    with pytest.raises(InvalidInput) as err:  # the third member has not signed
        checkin.check_in_group(seeded, KIOSK, party, ["李堃", "张䶮"], "badge", Consent(True),
                               attachments=signed([safety], members=2))
    assert err.value.problems == {"documents": "unsigned"} and count(seeded, db.Visit) == 0
    with pytest.raises(InvalidInput) as err:  # a member number beyond the party
        checkin.check_in_group(seeded, KIOSK, party, ["李堃", "张䶮"], "badge", Consent(True),
                               attachments=signed([safety], members=4))
    assert err.value.problems == {"signature": "invalid"}
    visits = checkin.check_in_group(seeded, KIOSK, party, ["李堃", "张䶮"], "badge", Consent(True),
                                    attachments=signed([safety], members=3, with_photo=True)).value
    copies = [visit_records(seeded, DESK, v.id) for v in visits]
    assert [len(r.signed) for r in copies] == [1, 1, 1]
    assert copies[0].photo is not None and copies[1].photo is None  # the camera saw the person in front
    pdfs = {signed_copy_pdf(seeded, DESK, r.signed[0].id) for r in copies}
    assert len(pdfs) == 3  # each their own name and signature


def test_an_invitation_signs_the_documents_of_its_level(seeded):
    vip_notes = docs.save_sign_document(seeded, ADMIN, "vip", "level:vip", "贵宾须知", "VIP notes", "须知",
                                        "Notes").value
    walk_in_only = nda(seeded)  # not for invited guests
    code = checkin.create_appointment(seeded, DESK, "李四", "13900000000", "ACME", 1, date.today(),
                                      level="vip").value
    with pytest.raises(InvalidInput):
        checkin.check_in_invitation(seeded, KIOSK, code, "badge", Consent(True), attachments=Attachments())
    with pytest.raises(InvalidInput) as err:
        checkin.check_in_invitation(seeded, KIOSK, code, "badge", Consent(True),
                                    attachments=signed([vip_notes, walk_in_only]))
    assert err.value.problems == {"documents": "changed"}  # a document not for them
    visit = checkin.check_in_invitation(seeded, KIOSK, code, "badge", Consent(True),
                                        attachments=signed([vip_notes], language="en")).value
    assert [c.key for c in visit_records(seeded, DESK, visit.id).signed] == ["vip"]


# -- who reads them, and how long they are kept ------------------------------------------------------

def test_a_confidential_visits_photo_and_copies_are_hidden_from_the_desk(seeded):
    safety = safety_rules(seeded)
    visit = walk_in(seeded, signed([safety], with_photo=True))
    copy_id = visit_records(seeded, DESK, visit.id).signed[0].id
    set_confidential(seeded, GUARD, visit.id, True)
    with pytest.raises(NotFound):
        visit_records(seeded, DESK, visit.id)
    with pytest.raises(NotFound):
        signed_copy_pdf(seeded, DESK, copy_id)
    assert visit_records(seeded, GUARD, visit.id).photo is not None
    with pytest.raises(NotPermitted):
        visit_records(seeded, KIOSK, visit.id)


def test_retention_and_erasure_take_the_photo_and_the_signed_copies(seeded):
    safety = safety_rules(seeded)
    old = walk_in(seeded, signed([safety], with_photo=True))
    kept = walk_in(seeded, signed([safety], with_photo=True), WalkIn("李四", "13900000000", "", 1))
    for visit in (old, kept):
        flow.check_out(seeded, DESK, visit.id)
    with seeded.write() as s:
        s.get(db.Visit, old.id).visit_date = date.today() - timedelta(days=91)
    report = retention.purge_expired(seeded, ADMIN).value
    assert report.visits == 1
    purged = visit_records(seeded, DESK, old.id)
    assert purged.photo is None and purged.signed == ()
    assert visit_records(seeded, DESK, kept.id).photo is not None
    with seeded.read() as s:
        assert s.scalars(select(db.PrintJob.payload).where(db.PrintJob.visit_id == old.id)).one() == {}
    data = pd.person_export(seeded, ADMIN, mobile="13900000000").value
    assert {"visit_photo", "signed_document"} <= data.tables.keys()
    pd.erase_person(seeded, ADMIN, mobile="13900000000", reason="本人申请")
    assert count(seeded, db.VisitPhoto) == 0 and count(seeded, db.SignedDocument) == 0
    assert retention.purge_expired(seeded, ADMIN).value.visits == 0  # nothing left to take


def test_the_cards_address_and_nation_are_kept_only_where_the_site_keeps_them(seeded):
    from shared.services.site.settings import update_settings

    card = WalkIn("欧阳娜娜", "13800138000", "", 1, id_number="11010519491231002X", id_source="card",
                  address="北京市朝阳区建国路88号", nation="维吾尔")
    dropped = walk_in(seeded, None, card)
    update_settings(seeded, ADMIN, keep_card_address=True, keep_card_nation=True)
    kept = walk_in(seeded, None, card)
    with pytest.raises(InvalidInput) as err:
        walk_in(seeded, None, WalkIn("李四", "13900000000", "", 1, address="x" * 121, nation="汉"))
    assert err.value.problems == {"address": "too_long"}
    with seeded.read() as s:
        assert (s.get(db.Visit, dropped.id).visitor.address, s.get(db.Visit, dropped.id).visitor.nation) == ("", "")
        assert s.get(db.Visit, kept.id).visitor.address == "北京市朝阳区建国路88号"
        assert s.get(db.Visit, kept.id).visitor.nation == "维吾尔"
    flow.check_out(seeded, DESK, kept.id)
    with seeded.write() as s:
        s.get(db.Visit, kept.id).visit_date = date.today() - timedelta(days=91)
    assert retention.purge_expired(seeded, ADMIN).value.visits == 1
    with seeded.read() as s:
        assert (s.get(db.Visit, kept.id).visitor.address, s.get(db.Visit, kept.id).visitor.nation) == ("", "")


def test_the_gate_signs_its_own_documents_with_the_entry(seeded):
    from shared.services.security import gate

    rules = docs.save_sign_document(seeded, ADMIN, "site-rules", "gate", "入厂须知", "Site rules", "限速 5 公里。",
                                    "5 km/h on site.").value
    safety_rules(seeded)  # for kiosk visitors: not asked at the gate
    fields = dict(person_name="刘师傅", company="顺丰速运", kind="driver", plate="沪AD12345", mobile="13700001111")
    with pytest.raises(InvalidInput) as err:
        gate.register_at_gate(seeded, GUARD, **fields)
    assert err.value.problems == {"documents": "unsigned"}
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(db.GateEntry)) == 0
    entry = gate.register_at_gate(seeded, GUARD, **fields, signatures=signed([rules]).signatures).value
    with seeded.read() as s:
        (copy,) = s.scalars(select(db.SignedDocument).where(db.SignedDocument.gate_entry_id == entry.id)).all()
        assert copy.visit_id is None and copy.key == "site-rules"
        copy_id = copy.id
    assert signed_copy_pdf(seeded, DESK, copy_id).startswith(b"%PDF-")
    data = pd.person_export(seeded, ADMIN, mobile="13700001111").value
    assert [r["key"] for r in data.tables["signed_document"]] == ["site-rules"]
    gate.answer_gate(seeded, DESK, entry.id, False, "今天不收货")  # turned away: the entry is over
    with seeded.write() as s:
        s.get(db.GateEntry, entry.id).arrived_at -= timedelta(days=91)
    assert retention.purge_expired(seeded, ADMIN).value.gate_entries == 1
    assert count(seeded, db.SignedDocument) == 0
