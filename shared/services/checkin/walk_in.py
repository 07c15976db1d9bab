"""A walk-in (无预约) registers at the kiosk or the desk."""
from __future__ import annotations

from shared.changes import Done
from shared.domain import model as m
from shared.domain.clinic import PatientKind
from shared.domain.validation import validate_walk_in
from shared.services.common import mapping
from shared.services.security.watchlist import alerting, raise_if_watched
from shared.store import models as db
from shared.store.engine import Store
from shared.services.common.boundary import guard_module

from .patient import admit, check_walk_in_patient, is_clinic
from .attachments import attach, check_attachments
from .visit import BADGE_CHANGES, arrive, card_extras, check_consent, find_host, new_visit


def check_in_walk_in(store: Store, actor: m.Actor, walk_in: m.WalkIn, printer: str = "",
                     consent: m.Consent | None = None, attachments: m.Attachments | None = None) -> Done[m.Visit]:
    """Register a walk-in, notify the host and queue the badge, all in one transaction.

    consent: what the visitor accepted at the kiosk (the desk asks in person and passes None);
    attachments: the kiosk's photo and signed documents (shared.services.checkin.attachments)."""
    clean = validate_walk_in(walk_in)
    check_consent(clean, consent)
    check_attachments(attachments)
    with alerting(store, actor), store.write() as s:
        raise_if_watched(s, clean.name, clean.mobile, clean.id_number)
        host = find_host(s, clean)
        visitor = db.Visitor(name=clean.name, mobile=clean.mobile, company=clean.company,
                             id_number=clean.id_number, **card_extras(s, clean))
        visit = new_visit(s, visitor, host, actor, clean, consent)
        if is_clinic(s):  # a first visit or an emergency, with their queue ticket
            check_walk_in_patient(clean)
            admit(s, visit, PatientKind(clean.patient_kind or PatientKind.FIRST_VISIT), referral=clean.referral,
                  cause=clean.cause)
        attach(s, [visit], attachments, "walk_in")
        arrive(s, visit, actor, printer)
        return Done(mapping.visit(visit), BADGE_CHANGES)


guard_module(globals())
