"""The kiosk's other ways in and out: invitations, groups, check-out by badge, feedback."""
from __future__ import annotations

import secrets
from datetime import date

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import ForbiddenTransition, InvalidInput, NotFound
from shared.domain.identity import mask_name
from shared.domain.states import FINAL, ON_SITE
from shared.domain.states import VisitAction as A
from shared.domain.states import VisitState as S
from shared.domain.validation import clean_text, name_problem, normalise_mobile, validate_walk_in
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

from . import mapping
from .visits import BADGE_CHANGES, _apply, _new_visit, _queue_badge, arrive, check_consent, find_host
from .watchlist import alerting, raise_if_watched

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or typed without doubt
CODE_LENGTH = 8


# --- invitations -------------------------------------------------------------------------

def new_invitation_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    return clean_text(raw).replace(" ", "").replace("-", "").upper()


def create_appointment(store: Store, actor: m.Actor, visitor_name: str, mobile: str, company: str,
                       host_id: int, expected_on: date, level: m.ReceptionLevel = m.ReceptionLevel.STANDARD,
                       purpose: str = "") -> Done[str]:
    """An expected visit with its invitation code (pre-registration builds on this)."""
    if problem := name_problem(visitor_name):
        raise InvalidInput({"name": problem})
    mobile = normalise_mobile(mobile)
    with store.write() as s:
        row = db.Appointment(code=new_invitation_code(), visitor_name=clean_text(visitor_name), mobile=mobile,
                             company=clean_text(company), host_id=host_id, expected_on=expected_on,
                             level=str(level), purpose=clean_text(purpose))
        s.add(row)
        s.flush()
        record(s, "appointment", row.id)
        return Done(row.code, Changes.APPOINTMENTS)


def _open_appointment(s, code: str, today: date, lock: bool = False) -> db.Appointment:
    """Today's open appointment for the code; a clear problem otherwise.

    lock: checking in takes the row, so two kiosks confirming one code at once can't both use it."""
    query = select(db.Appointment).where(db.Appointment.code == normalise_code(code))
    row = s.scalars(query.with_for_update() if lock else query).first()
    if row is None or row.state == "cancelled":
        raise InvalidInput({"invitation": "unknown"})
    if row.state == "used":
        raise InvalidInput({"invitation": "used"})
    if row.expected_on < today:
        raise InvalidInput({"invitation": "expired"})
    if row.expected_on > today:
        raise InvalidInput({"invitation": "not_today"})
    return row


def _active_host(s, appointment: db.Appointment) -> db.Host | None:
    """A host who left the directory since the invitation: reception finds someone else."""
    host = s.get(db.Host, appointment.host_id) if appointment.host_id else None
    return host if host is not None and host.active else None


def find_invitation(store: Store, code: str, today: date | None = None) -> m.Invitation:
    """What "Is this you?" shows; nothing is saved."""
    with store.read() as s:
        row = _open_appointment(s, code, today or date.today())
        host = _active_host(s, row)
        return m.Invitation(row.code, row.visitor_name, row.company, host.name if host else "",
                            m.ReceptionLevel(row.level))


def _folded(name: str) -> str:
    return clean_text(name).replace(" ", "").casefold()


def invitations_for_mobile(store: Store, mobile: str, today: date | None = None) -> list[m.InvitationMatch]:
    """Today's open appointments for a mobile number, names masked (张*明)."""
    number = normalise_mobile(mobile)
    with store.read() as s:
        # A confidential guest is found by their code only: by number, they are as unknown as a stranger.
        rows = s.scalars(select(db.Appointment).where(
            db.Appointment.mobile == number, db.Appointment.state == "open",
            db.Appointment.confidential.is_(False),
            db.Appointment.expected_on == (today or date.today())).order_by(db.Appointment.id)).all()
        hosts = {h.id: h.name for h in s.scalars(select(db.Host).where(db.Host.id.in_([r.host_id for r in rows])))}
        return [m.InvitationMatch(r.code, mask_name(r.visitor_name), hosts.get(r.host_id, "")) for r in rows]


def check_in_invitation(store: Store, actor: m.Actor, code: str, printer: str = "",
                        consent: m.Consent | None = None, today: date | None = None,
                        confirm_name: str | None = None) -> Done[m.Visit]:
    """The invited guest confirmed "this is me": the visit, the host told, the badge (VIP by level).

    confirm_name: found by mobile number, the guest types their full name, so someone who only
    knows the number cannot take the guest's badge."""
    if consent is not None and not consent.privacy:
        raise InvalidInput({"consent": "required"})
    with alerting(store, actor), store.write() as s:
        appointment = _open_appointment(s, code, today or date.today(), lock=True)
        if confirm_name is not None and _folded(confirm_name) != _folded(appointment.visitor_name):
            raise InvalidInput({"name": "mismatch"})
        raise_if_watched(s, appointment.visitor_name, appointment.mobile, subject=confirm_name or "")
        host = _active_host(s, appointment)
        visitor = db.Visitor(name=appointment.visitor_name, mobile=appointment.mobile, company=appointment.company)
        visit = _new_visit(s, visitor, host, actor, consent=consent, appointment_id=appointment.id,
                           level=appointment.level, purpose=appointment.purpose)
        visit.confidential = appointment.confidential
        appointment.state = "used"
        record(s, "appointment", appointment.id)
        arrive(s, visit, actor, printer)
        return Done(mapping.visit(visit), BADGE_CHANGES | Changes.APPOINTMENTS)


# --- groups --------------------------------------------------------------------------------

def check_in_group(store: Store, actor: m.Actor, leader: m.WalkIn, member_names: list[str], printer: str = "",
                   consent: m.Consent | None = None, names_at_desk: bool = False) -> Done[list[m.Visit]]:
    """The person in front registers the party: a visit and a badge for every member.

    member_names: the others' names (party_size - 1 of them), unless names_at_desk, when the
    desk fills them in later and the badges say "member n of N"."""
    clean = validate_walk_in(leader)
    check_consent(clean, consent)
    others = clean.party_size - 1
    if others < 1:
        raise InvalidInput({"party_size": "invalid"})
    names = [f"同行 {i + 2}/{clean.party_size}" for i in range(others)] if names_at_desk else [
        clean_text(n) for n in member_names]
    if len(names) != others:
        raise InvalidInput({"members": "count"})
    problems = {f"member_{i}": p for i, n in enumerate(names) if (p := name_problem(n))}
    if problems:
        raise InvalidInput(problems)
    with alerting(store, actor), store.write() as s:
        raise_if_watched(s, clean.name, clean.mobile, clean.id_number)
        for name in ([] if names_at_desk else names):  # each member, named as the leader typed them
            raise_if_watched(s, name)
        host = find_host(s, clean)
        group = db.VisitGroup(name=clean.company or f"{clean.name} 一行", size=clean.party_size,
                              names_at_desk=names_at_desk)
        s.add(group)
        s.flush()
        visits = []
        for member_no, name in enumerate([clean.name, *names], start=1):
            visitor = db.Visitor(name=name, mobile=clean.mobile if member_no == 1 else "", company=clean.company,
                                 id_number=clean.id_number if member_no == 1 else "")
            visits.append(_new_visit(s, visitor, host, actor, clean, consent, group_id=group.id,
                                     member_no=member_no))
        s.flush()
        for visit in visits:
            s.refresh(visit)  # load the group relationship for badges
        # One notification for the party, on the leader's visit; every member gets a badge.
        arrive(s, visits[0], actor, printer)
        for visit in visits[1:]:
            if visit.host is not None:
                _apply(s, visit, A.NOTIFY_HOST, actor, note="with the group")
            _queue_badge(s, visit, actor, printer)
        return Done([mapping.visit(v) for v in visits], BADGE_CHANGES)


# --- leaving -------------------------------------------------------------------------------

def check_out_by_badge(store: Store, actor: m.Actor, token: str) -> Done[m.Visit]:
    """The badge's QR scanned at the kiosk. An unknown badge is NotFound; a finished visit is refused."""
    with store.write() as s:
        visit = s.scalars(select(db.Visit).where(db.Visit.badge_token == token.strip())
                          .with_for_update(of=db.Visit)).first()
        if visit is None:
            raise NotFound("no visit for that badge")
        if S(visit.state) not in ON_SITE:
            raise ForbiddenTransition(S(visit.state), A.CHECK_OUT)
        _apply(s, visit, A.CHECK_OUT, actor, note="badge scanned")
        return Done(mapping.visit(visit), Changes.VISITS)


def record_feedback(store: Store, visit_id: int, rating: int) -> Done[int]:
    """客户反馈: 1-5, once per visit, only after the visit."""
    if rating not in range(1, 6):
        raise InvalidInput({"rating": "invalid"})
    with store.write() as s:
        visit = s.get(db.Visit, visit_id)
        if visit is None:
            raise NotFound(f"no visit {visit_id}")
        if S(visit.state) not in FINAL:
            raise InvalidInput({"rating": "too_early"})
        if s.scalars(select(db.Feedback).where(db.Feedback.visit_id == visit_id)).first() is not None:
            raise InvalidInput({"rating": "already_given"})
        s.add(db.Feedback(visit_id=visit_id, rating=rating))
        return Done(rating, Changes.NONE)
