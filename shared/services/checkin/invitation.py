"""Invited guests (预约): the invitation code, "is this you?" and checking in by code or mobile number."""
from __future__ import annotations

import secrets
from datetime import date

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.clinic import PatientKind
from shared.domain.errors import InvalidInput
from shared.domain.identity import mask_name
from shared.domain.validation import clean_text, name_problem, normalise_mobile
from shared.services.common import mapping
from shared.services.security.watchlist import alerting, raise_if_watched
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.services.common.boundary import guard_module

from .attachments import attach, check_attachments
from .throttle import KIOSK, Throttle, guarded
from .patient import admit, appointment_slot, is_clinic
from .visit import BADGE_CHANGES, arrive, new_visit

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or typed without doubt


CODE_LENGTH = 8


def new_invitation_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    return clean_text(raw).replace(" ", "").replace("-", "").upper()


@needs(Permission.DESK)
def create_appointment(store: Store, actor: m.Actor, visitor_name: str, mobile: str, company: str,
                       host_id: int, expected_on: date, level: m.ReceptionLevel = m.ReceptionLevel.STANDARD,
                       purpose: str = "") -> Done[str]:
    """An expected visit with its invitation code (pre-registration builds on this)."""
    if problem := name_problem(visitor_name):
        raise InvalidInput({"name": problem})
    mobile = normalise_mobile(mobile)
    with store.write() as s:
        host = s.get(db.Host, host_id)
        if host is None or not host.active:  # the same answer as pre-registration's
            raise InvalidInput({"host": "unknown"})
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


def find_invitation(store: Store, code: str, today: date | None = None, *, station: str = "",
                    throttle: Throttle = KIOSK) -> m.Invitation:
    """What "Is this you?" shows; only a miss is saved (the station's count, see throttle)."""
    with guarded(store, station, throttle), store.read() as s:
        row = _open_appointment(s, code, today or date.today())
        host = _active_host(s, row)
        return m.Invitation(row.code, row.visitor_name, row.company, host.name if host else "",
                            m.ReceptionLevel(row.level))


def _folded(name: str) -> str:
    return clean_text(name).replace(" ", "").casefold()


def invitations_for_mobile(store: Store, mobile: str, today: date | None = None, *, station: str = "",
                           throttle: Throttle = KIOSK) -> list[m.InvitationMatch]:
    """Today's open appointments for a mobile number, names masked (张*明); none found is a miss."""
    with guarded(store, station, throttle) as lookup, store.read() as s:
        number = normalise_mobile(mobile)
        # A confidential guest is found by their code only: by number, they are as unknown as a stranger.
        rows = s.scalars(select(db.Appointment).where(
            db.Appointment.mobile == number, db.Appointment.state == "open",
            db.Appointment.confidential.is_(False),
            db.Appointment.expected_on == (today or date.today())).order_by(db.Appointment.id)).all()
        hosts = {h.id: h.name for h in s.scalars(select(db.Host).where(db.Host.id.in_([r.host_id for r in rows])))}
        if not rows:
            lookup.missed()
        return [m.InvitationMatch(r.code, mask_name(r.visitor_name), hosts.get(r.host_id, "")) for r in rows]


def check_in_invitation(store: Store, actor: m.Actor, code: str, printer: str = "",
                        consent: m.Consent | None = None, today: date | None = None,
                        confirm_name: str | None = None, throttle: Throttle = KIOSK,
                        attachments: m.Attachments | None = None) -> Done[m.Visit]:
    """The invited guest confirmed "this is me": the visit, the host told, the badge (VIP by level).

    confirm_name: found by mobile number, the guest types their full name, so someone who only
    knows the number cannot take the guest's badge. A wrong code or name counts as the station's miss."""
    if consent is not None and not consent.privacy:
        raise InvalidInput({"consent": "required"})
    check_attachments(attachments)
    with guarded(store, actor.station, throttle), alerting(store, actor), store.write() as s:
        appointment = _open_appointment(s, code, today or date.today(), lock=True)
        if confirm_name is not None and _folded(confirm_name) != _folded(appointment.visitor_name):
            raise InvalidInput({"name": "mismatch"})
        raise_if_watched(s, appointment.visitor_name, appointment.mobile, subject=confirm_name or "")
        host = _active_host(s, appointment)
        visitor = db.Visitor(name=appointment.visitor_name, mobile=appointment.mobile, company=appointment.company)
        visit = new_visit(s, visitor, host, actor, consent=consent, appointment_id=appointment.id,
                           level=appointment.level, purpose=appointment.purpose)
        visit.confidential = appointment.confidential
        appointment.state = "used"
        record(s, "appointment", appointment.id)
        if is_clinic(s):  # the patient's appointment, in the doctor's queue by its time
            admit(s, visit, PatientKind.APPOINTMENT, slot=appointment_slot(appointment.expected_on,
                                                                           appointment.time_from))
        attach(s, [visit], attachments, "invitation", appointment.level)
        arrive(s, visit, actor, printer)
        return Done(mapping.visit(visit), BADGE_CHANGES | Changes.APPOINTMENTS)


guard_module(globals())
