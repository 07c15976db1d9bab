"""Third-party enquiries (police, a court, a family member asking whether someone is here).

The desk never says whether a person is on site by itself: an enquiry is recorded with the enquirer's
ID (kept masked only), answered only with a security lead's approval (their own name and PIN), and a
confidential guest is always answered "no record found", whatever is typed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.identity import mask_id_number, mask_name, normalise_id_number
from shared.domain.text import clean_text
from shared.domain.validation import name_problem
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.site.audit import audit
from shared.services.directory.operators import sign_in
from shared.domain.permissions import NotPermitted, Permission, can, needs
from shared.services.security.watchlist import normalise_key
from shared.services.common.boundary import guard_module

ORG_MAX = 120
QUESTION_MAX = 1000
ANSWER_MAX = 1000
OTHER_ID_MAX = 40
ENQUIRY_CHANGES = Changes.SECURITY | Changes.AUDIT


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证: checked against GB 11643
    POLICE_CARD = "police_card"  # 人民警察证
    PASSPORT = "passport"
    OTHER = "other"  # a court officer's card, a lawyer's licence...


class Answer(StrEnum):
    """The standard answers; the console translates them. Anything else is an approved free text."""

    NO_RECORD = "no_record"
    CANNOT_DISCLOSE = "cannot_disclose"


@dataclass(frozen=True, slots=True)
class EnquiryView:
    id: int
    at: datetime
    enquirer_name: str
    enquirer_org: str
    id_type: str
    id_masked: str
    about: str
    question: str
    state: str  # open / answered / refused
    approved_by: str
    answer: str  # "no_record" / "cannot_disclose" / the approved text; "" while open or refused
    operator: str
    station: str
    answered_at: datetime | None


def _view(row: db.Enquiry) -> EnquiryView:
    return EnquiryView(row.id, row.at, row.enquirer_name, row.enquirer_org, row.enquirer_id_type,
                       row.enquirer_id_masked, row.about, row.question, row.state, row.approved_by, row.answer,
                       row.operator, row.station, row.answered_at)


def _require_operator(actor: m.Actor) -> None:
    """The desk records enquiries; a kiosk or the system never does."""
    if not actor.role:
        raise NotPermitted(Permission.APPROVE_ENQUIRY)


def _masked_id(id_type: str, id_number: str, problems: dict[str, str]) -> str:
    if not id_number:
        if id_type:
            problems["enquirer_id"] = "required"
        return ""
    if id_type not in set(IdType):
        problems["id_type"] = "required" if not id_type else "invalid"
        return ""
    if id_type == IdType.RESIDENT_ID:
        try:
            return mask_id_number(normalise_id_number(id_number))
        except InvalidInput:
            problems["enquirer_id"] = "invalid"
            return ""
    number = normalise_key(id_number).upper()
    if len(number) > OTHER_ID_MAX or not (number.isascii() and number.isalnum()):
        problems["enquirer_id"] = "invalid"
        return ""
    return mask_id_number(number)


@needs(Permission.DESK)
def open_enquiry(store: Store, actor: m.Actor, enquirer_name: str, enquirer_org: str, id_type: str,
                 id_number: str, about: str, question: str) -> Done[EnquiryView]:
    """Record who asked, about whom, and what. The ID may follow (an enquiry by telephone has none),
    but only an enquiry with a valid ID can be answered."""
    _require_operator(actor)
    enquirer_name, enquirer_org, about = clean_text(enquirer_name), clean_text(enquirer_org), clean_text(about)
    question = (question or "").strip()
    id_type, id_number = clean_text(id_type), clean_text(id_number)
    problems: dict[str, str] = {}
    if problem := name_problem(enquirer_name):
        problems["enquirer_name"] = problem
    if len(enquirer_org) > ORG_MAX:
        problems["enquirer_org"] = "too_long"
    masked = _masked_id(id_type, id_number, problems)
    if problem := name_problem(about):
        problems["about"] = problem
    if len(question) > QUESTION_MAX:
        problems["question"] = "too_long"
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        row = db.Enquiry(at=utcnow(), enquirer_name=enquirer_name, enquirer_org=enquirer_org,
                         enquirer_id_type=id_type if masked else "", enquirer_id_masked=masked, about=about,
                         question=question, operator=actor.operator, station=actor.station)
        s.add(row)
        s.flush()
        record(s, "enquiry", row.id)
        shown = {k: v for k, v in (("org", enquirer_org), ("id_type", row.enquirer_id_type)) if v}
        audit(s, actor, "enquiry", mask_name(about), step="open", enquiry=row.id,
              enquirer=mask_name(enquirer_name), **shown)
        return Done(_view(row), ENQUIRY_CHANGES)


def _open_row(s, enquiry_id: int, lock: bool = False) -> db.Enquiry:
    row = load(s, db.Enquiry, enquiry_id, "enquiry", lock=lock)
    if row.state != "open":
        raise NotActionable(f"enquiry {enquiry_id} is {row.state}")
    return row


def is_confidential_guest(s, about: str) -> bool:
    """Anyone by this name on a confidential visit or expected visit, kept or past."""
    key = normalise_key(about)
    names = [*s.scalars(select(db.Visitor.name).join(db.Visit, db.Visit.visitor_id == db.Visitor.id)
                        .where(db.Visit.confidential.is_(True))),
             *s.scalars(select(db.Appointment.visitor_name).where(db.Appointment.confidential.is_(True)))]
    return any(normalise_key(n) == key for n in names)


@needs(Permission.DESK)
def answer_enquiry(store: Store, actor: m.Actor, enquiry_id: int, approver_name: str, approver_pin: str,
                   answer: str) -> Done[EnquiryView]:
    """answer: Answer.NO_RECORD / Answer.CANNOT_DISCLOSE / an approved free text. The approver signs
    with their own name and PIN (wrong PINs count towards their lock-out, like a sign-in)."""
    _require_operator(actor)
    answer = (answer or "").strip()
    if not answer:
        raise InvalidInput({"answer": "required"})
    if len(answer) > ANSWER_MAX:
        raise InvalidInput({"answer": "too_long"})
    with store.read() as s:  # a closed or ID-less enquiry costs the approver no PIN attempt
        if not _open_row(s, enquiry_id).enquirer_id_masked:
            raise InvalidInput({"enquirer_id": "required"})
    try:
        approver = sign_in(store, approver_name, approver_pin, station=actor.station)
    except InvalidInput as err:
        raise InvalidInput({"approver_pin": err.problems.get("pin", "wrong")}) from None
    if not can(approver.actor(actor.station), Permission.APPROVE_ENQUIRY):
        raise InvalidInput({"approver": "not_permitted"})
    with store.write() as s:
        row = _open_row(s, enquiry_id, lock=True)
        if is_confidential_guest(s, row.about):
            answer = Answer.NO_RECORD  # as for a stranger: nothing to tell them apart
        row.state, row.answer, row.approved_by, row.answered_at = "answered", str(answer), approver.name, utcnow()
        record(s, "enquiry", row.id)
        kind = answer if answer in set(Answer) else "approved_text"  # the log outlives the answer's words
        audit(s, actor, "enquiry", mask_name(row.about), step="answer", enquiry=row.id, approver=approver.name,
              answer=str(kind))
        return Done(_view(row), ENQUIRY_CHANGES)


@needs(Permission.DESK)
def refuse_enquiry(store: Store, actor: m.Actor, enquiry_id: int) -> Done[EnquiryView]:
    """No valid ID shown: nothing is said about anyone, and the refusal is recorded."""
    _require_operator(actor)
    with store.write() as s:
        row = _open_row(s, enquiry_id, lock=True)
        row.state, row.answered_at = "refused", utcnow()
        record(s, "enquiry", row.id)
        audit(s, actor, "enquiry", mask_name(row.about), step="refuse", enquiry=row.id)
        return Done(_view(row), ENQUIRY_CHANGES)


@needs(Permission.DESK)
def enquiries(store: Store, actor: m.Actor, limit: int = 200) -> list[EnquiryView]:
    """Newest first."""
    _require_operator(actor)
    with store.read() as s:
        return [_view(r) for r in s.scalars(select(db.Enquiry).order_by(db.Enquiry.id.desc()).limit(limit))]


guard_module(globals())
