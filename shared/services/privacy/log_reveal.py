"""Reveal and confidential: a full phone or ID number for a role with a typed reason, audited; marking a
visit confidential (保密)."""
from __future__ import annotations

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.permissions import Permission, needs
from shared.domain.text import clean_text
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.common import mapping
from shared.services.privacy.log_rows import visible_visit
from shared.services.site.audit import audit
from shared.services.common.boundary import guard_module

REASON_MIN = 4  # characters: "查验" is too short to say why; "家属紧急联系" is not
REVEAL_FIELDS = ("mobile", "id_number")


@needs(Permission.REVEAL)
def reveal(store: Store, actor: m.Actor, visit_id: int, field: str, reason: str) -> Done[str]:
    """The full mobile (13800138000) or ID number, for a role that may, with a typed reason; audited."""
    if field not in REVEAL_FIELDS:
        raise InvalidInput({"field": "invalid"})
    reason = clean_text(reason)
    if not reason:
        raise InvalidInput({"reason": "required"})
    if len(reason) < REASON_MIN:
        raise InvalidInput({"reason": "too_short"})
    with store.write() as s:
        visit = visible_visit(s, actor, visit_id)
        value = getattr(visit.visitor, field)
        if not value:
            raise InvalidInput({field: "not_held"})
        audit(s, actor, "reveal", f"visit {visit.visit_no}", visit_id=visit.id, field=field, reason=reason)
        if field == "mobile" and value.startswith("+86"):
            value = value.removeprefix("+86")
        return Done(value, Changes.AUDIT)


@needs(Permission.MARK_CONFIDENTIAL)
def set_confidential(store: Store, actor: m.Actor, visit_id: int, confidential: bool) -> Done[m.Visit]:
    """Mark a visit confidential, or not. Someone who may mark but not see (a receptionist) can hide a
    visit, and afterwards finds it no more than a stranger would."""
    with store.write() as s:
        visit = visible_visit(s, actor, visit_id, lock=True)
        if bool(visit.confidential) == confidential:
            return Done(mapping.visit(visit), Changes.NONE)
        visit.confidential = confidential
        visit.updated_at = utcnow()
        record(s, "visit", visit.id)
        audit(s, actor, "confidential", f"visit {visit.visit_no}", confidential=confidential)
        s.flush()
        return Done(mapping.visit(visit), Changes.VISITS | Changes.AUDIT)


guard_module(globals())
