"""What a kiosk check-in brings besides the typed details: the photo and the documents signed. Both are
written in the check-in's transaction, before the badges are queued (a badge prints the photo and which
documents were signed), so a visit never exists without what its visitor signed."""
from __future__ import annotations

from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.photo import check_photo
from shared.domain.signed_copy import signed_pdf
from shared.domain.signing import check_strokes, for_check_in
from shared.services.site.sign_documents import current_documents
from shared.store import models as db
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module

LANGUAGES = ("zh", "en")


def check_attachments(attachments: m.Attachments | None, party_size: int = 1) -> None:
    """Before anything is written: a photo or why there is none, and signatures that are signatures."""
    if attachments is None:
        return
    if attachments.photo is not None:
        check_photo(attachments.photo.jpeg, attachments.photo.missing)
    seen = set()
    for signature in attachments.signatures:
        if signature.language not in LANGUAGES or not 1 <= signature.member_no <= party_size:
            raise InvalidInput({"signature": "invalid"})
        if (signature.document_id, signature.member_no) in seen:
            raise InvalidInput({"signature": "twice"})
        seen.add((signature.document_id, signature.member_no))
        check_strokes(signature.strokes)


def attach(s: Session, visits: list[db.Visit], attachments: m.Attachments | None, check_in: str,
           level: str = "standard") -> None:
    """The photo on the first visit (the person in front of the camera); each visit's signed copies.

    Every document the site asks this check-in for must be signed by every member, in its current
    version: one changed while the visitor read it is refused (documents=changed), and the kiosk asks
    them to sign again."""
    if attachments is None:
        return
    if attachments.photo is not None:
        s.add(db.VisitPhoto(visit_id=visits[0].id, jpeg=attachments.photo.jpeg, missing=attachments.photo.missing,
                            taken_at=utcnow()))
    wanted = {d.id: d for d in for_check_in(current_documents(s), check_in, level)}
    by_key = {(sig.document_id, sig.member_no): sig for sig in attachments.signatures}
    if any(doc_id not in wanted for doc_id, _ in by_key):
        raise InvalidInput({"documents": "changed"})
    now = utcnow()
    for member_no, visit in enumerate(visits, start=1):
        _sign(s, wanted, by_key, member_no, visit.visitor.name, visit.visit_no, visit_id=visit.id)
    s.flush()
    for visit in visits:
        s.expire(visit, ["photo", "signed"])



def attach_at_gate(s: Session, entry: db.GateEntry, signatures: tuple[m.Signature, ...]) -> None:
    """The gate's documents (audience "gate"), each signed by the person arriving, kept with their entry."""
    wanted = {d.id: d for d in for_check_in(current_documents(s), "gate")}
    by_key = {(sig.document_id, sig.member_no): sig for sig in signatures}
    if any(doc_id not in wanted for doc_id, _ in by_key):
        raise InvalidInput({"documents": "changed"})
    _sign(s, wanted, by_key, 1, entry.person_name, entry.pass_no, gate_entry_id=entry.id)


def _sign(s: Session, wanted: dict, by_key: dict, member_no: int, name: str, number: str, **owner) -> None:
    now = utcnow()
    for document in wanted.values():
        signature = by_key.get((document.id, member_no))
        if signature is None:
            raise InvalidInput({"documents": "unsigned"})
        pdf = signed_pdf(document, signature.language, name, number, now, signature.strokes)
        s.add(db.SignedDocument(document_id=document.id, key=document.key, version=document.version,
                                title=document.title(), pdf=pdf, signed_at=now, **owner))


guard_module(globals())
