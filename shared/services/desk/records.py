"""A visit's photo and signed copies, for the console: read one visit at a time, never with lists."""
from __future__ import annotations

from sqlalchemy import or_, select

from shared.domain import model as m
from shared.domain.errors import NotFound
from shared.domain.permissions import Permission, needs
from shared.services.common.boundary import guard_module
from shared.services.privacy.log_rows import visible_clause
from shared.store import models as db
from shared.store.engine import Store


@needs(Permission.DESK)
def visit_records(store: Store, actor: m.Actor, visit_id: int) -> m.VisitRecords:
    with store.read() as s:
        visit = s.scalars(select(db.Visit).where(db.Visit.id == visit_id, visible_clause(actor))).one_or_none()
        if visit is None:
            raise NotFound("no such visit", visit_id=visit_id)
        photo = visit.photo
        return m.VisitRecords(
            visit.id, visit.id_source,
            m.VisitorPhoto(photo.jpeg, photo.missing) if photo is not None else None,
            tuple(m.SignedCopy(d.id, d.visit_id, d.key, d.version, d.title, d.signed_at) for d in visit.signed))


@needs(Permission.DESK)
def gate_signed_copies(store: Store, actor: m.Actor, entry_id: int) -> tuple[m.SignedCopy, ...]:
    """What the person arriving at the gate signed there (the PDFs are read one at a time)."""
    with store.read() as s:
        rows = s.scalars(select(db.SignedDocument).where(db.SignedDocument.gate_entry_id == entry_id)
                         .order_by(db.SignedDocument.id)).all()
        return tuple(m.SignedCopy(d.id, None, d.key, d.version, d.title, d.signed_at) for d in rows)


@needs(Permission.DESK)
def signed_copy_pdf(store: Store, actor: m.Actor, copy_id: int) -> bytes:
    """The PDF of one signed copy (a visit hidden from the actor hides its copies too)."""
    with store.read() as s:
        # A visit's copy follows the visit's confidentiality; a gate arrival's copy has no visit.
        pdf = s.scalars(select(db.SignedDocument.pdf).outerjoin(db.Visit, db.Visit.id == db.SignedDocument.visit_id)
                        .where(db.SignedDocument.id == copy_id,
                               or_(db.SignedDocument.visit_id.is_(None), visible_clause(actor)))).one_or_none()
        if pdf is None:
            raise NotFound("no such signed copy", copy_id=copy_id)
        return pdf


guard_module(globals())
