"""One person's whole trail through the product, in every table that holds personal data, for the
retention purge and per-person export/erasure tests. Gate rows are written directly (the gate's own
service is not what these tests are about)."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from shared.domain.host_answer import Answer, HostAnswer
from shared.services.hosts.answering import answer_visit
from shared.services.hosts.links import ANSWER, new_link

from shared.domain.documents import document_to_dict
from shared.domain.model import Actor, Attachments, CarriedItem, Consent, GatePass, Signature, WalkIn
from shared.services import checkin
from shared.services.desk import flow
from shared.store import models as db
from shared.store.types import utcnow
from tests.support.signing import photo, safety_rules, strokes

KIOSK, DESK = Actor("kiosk-1"), Actor("desk-1", "amy", "receptionist")


@dataclass(frozen=True)
class Person:
    name: str
    mobile: str  # as typed
    e164: str
    id_number: str
    company: str
    plate: str
    email: str


# Distinctive values: a byte search must not find them by accident elsewhere.
ZHUGE = Person("诸葛云翔", "139 1234 5678", "+8613912345678", "110108198705123456", "翔云精密仪器",
               "粤B7Q9K2", "yunxiang@example.cn")
OTHER = Person("司马清扬", "13700001111", "+8613700001111", "440304199003076612", "清扬贸易", "川A12345",
               "qingyang@example.cn")


@dataclass
class Trail:
    visit_id: int
    appointment_id: int
    invited_visit_id: int
    gate_entry_id: int
    alert_id: int
    enquiry_id: int


def leave_trail(store, p: Person, checked_out: bool = True) -> Trail:
    """A walk-in visit with ID and plate (and a message), an expected visit with every detail and its
    invitation e-mail (then used to check in), a gate entry with items and a pass, a watchlist alert and a
    third-party enquiry about them."""
    walk_in = WalkIn(p.name, p.mobile, p.company, 1, purpose=f"{p.name}来面试", plate=p.plate,
                     id_number=p.id_number)
    # With a photo and the signed safety rules: the face and the signature are personal data the purge and
    # the erasure must take too.
    rules = safety_rules(store)
    visit = checkin.check_in_walk_in(store, KIOSK, walk_in, "badge", Consent(True, True),
                                     attachments=Attachments(photo(p.name), (Signature(rules.id, strokes()),))).value
    if checked_out:
        flow.visitor_leaves(store, DESK, visit.id, f"{p.name}请回电 {p.mobile}")
    code = checkin.create_appointment(store, DESK, p.name, p.mobile, p.company, 1, date.today()).value
    with store.write() as s:
        row = s.scalars(select(db.Appointment).where(db.Appointment.code == code)).one()
        row.email, row.notes, row.lodging, row.meals = p.email, f"{p.name} 素食", f"{p.name} 住凯宾斯基", "午餐 素食"
        row.pickup_place, row.pickup_time, row.purpose = f"{p.name} 宝安机场", "08:30", "年度审计"
        s.add(db.Notification(appointment_id=row.id, kind="invitation", channel="email", state="sent",
                              target=p.email, payload={"code": row.code}, last_error=f"<{p.email}> deferred"))
        appointment_id = row.id
    invited = checkin.check_in_invitation(store, KIOSK, code, "badge").value
    # The host answered on their page, in words naming the visitor: the purge and the erasure take those too.
    with store.write() as s:
        token = new_link(s, ANSWER, 1, invited.id)
    answer_visit(store, token, HostAnswer(Answer.WAIT, message=f"{p.name}先在接待室等我"))
    if checked_out:
        flow.check_out(store, DESK, invited.id)
    with store.write() as s:
        entry = db.GateEntry(pass_no=f"G-{secrets.token_hex(3)}", token=secrets.token_urlsafe(16),
                             person_name=p.name, mobile=p.e164, company=p.company, visit_id=visit.id, plate=p.plate,
                             parking_spot="B2-17", state="exited" if checked_out else "admitted",
                             reception_answer=f"{p.name} 的接待人已确认", station="gate-1", guard="老赵",
                             arrived_at=utcnow(), exited_at=utcnow() if checked_out else None,
                             exit_note=f"{p.name} 笔记本已带出")
        s.add(entry)
        s.flush()
        s.add(db.GateItem(entry_id=entry.id, name=f"{p.name}的笔记本电脑", quantity_in=1,
                          quantity_out=1 if checked_out else None))
        gate_pass = GatePass(entry.pass_no, p.name, p.company, "张三", p.plate, "B2-17",
                             (CarriedItem("笔记本电脑", 1),), utcnow(), "老赵", entry.token)
        s.add(db.PrintJob(kind="gate_pass", station="gate-1", state="done", payload=document_to_dict(gate_pass)))
        alert = db.SecurityAlert(kind="watchlist", subject=p.name, reason=f"{p.name} 曾有纠纷", station="kiosk-1",
                                 at=utcnow())
        enquiry = db.Enquiry(at=utcnow(), enquirer_name="派出所民警", enquirer_org="福田派出所",
                             enquirer_id_type="police", enquirer_id_masked="0123**89", about=p.name,
                             question=f"{p.name} 今天来过吗", state="answered", answer=f"{p.name} 10:05 到访",
                             operator="amy", station="desk-1", answered_at=utcnow())
        s.add_all([alert, enquiry])
        s.flush()
        return Trail(visit.id, appointment_id, invited.id, entry.id, alert.id, enquiry.id)


def finish(store, trail: Trail, p: Person) -> None:
    """The visits of a trail left with checked_out=False end, and the gate entry exits."""
    flow.visitor_leaves(store, DESK, trail.visit_id, f"{p.name}请回电 {p.mobile}")
    flow.check_out(store, DESK, trail.invited_visit_id)
    with store.write() as s:
        entry = s.get(db.GateEntry, trail.gate_entry_id)
        entry.state, entry.exited_at = "exited", utcnow()
        for item in s.scalars(select(db.GateItem).where(db.GateItem.entry_id == entry.id)):
            item.quantity_out = item.quantity_in


def age(store, trail: Trail, days: int) -> None:
    """Move the whole trail `days` into the past."""
    shift = timedelta(days=days)
    with store.write() as s:
        for visit_id in (trail.visit_id, trail.invited_visit_id):
            visit = s.get(db.Visit, visit_id)
            visit.visit_date -= shift
            visit.checked_in_at -= shift
        s.get(db.Appointment, trail.appointment_id).expected_on -= shift
        for row in (s.get(db.GateEntry, trail.gate_entry_id), ):
            row.arrived_at -= shift
        s.get(db.SecurityAlert, trail.alert_id).at -= shift
        s.get(db.Enquiry, trail.enquiry_id).at -= shift
        for job in s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id.is_(None))):
            job.created_at = _minus(job.created_at, shift)


def _minus(value: datetime | None, shift: timedelta) -> datetime:
    return (value or utcnow()) - shift
