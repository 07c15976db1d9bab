"""Rows to frozen domain data: the only place that knows both."""
from __future__ import annotations

from shared.domain import model as m
from shared.domain.states import VisitState
from shared.domain.validation import mask_mobile
from shared.store import models as db


def host(row: db.Host) -> m.Host:
    return m.Host(id=row.id, name=row.name, name_en=row.name_en, department=row.department)


def visit(row: db.Visit) -> m.Visit:
    return m.Visit(
        id=row.id,
        visit_no=row.visit_no,
        visitor_name=row.visitor.name,
        company=row.visitor.company,
        mobile_masked=mask_mobile(row.visitor.mobile) if row.visitor.mobile else "",
        host_name=row.host.name if row.host else "",
        state=VisitState(row.state),
        level=m.ReceptionLevel(row.level),
        party_size=row.party_size,
        room=row.room.name if row.room else "",
        checked_in_at=row.checked_in_at,
        checked_out_at=row.checked_out_at,
        waited_until=row.waited_until,
        group_name=row.group.name if row.group else "",
        member_no=row.member_no,
        group_size=row.group.size if row.group else 0,
        purpose=row.purpose,
        confidential=bool(row.confidential),
        id_source=row.id_source or "",
        host_answer=row.host_answer or "",
        host_answer_note=row.host_answer_note or "",
        host_eta=row.host_eta,
        host_answer_at=row.host_answer_at,
    )
