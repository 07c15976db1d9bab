"""Read-only questions the screens ask.

actor: the person looking. Confidential visits exist only for roles that may see them (the same rule as
the visitor log); None is the system itself (a kiosk scanning a badge, a worker) and sees every visit."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import or_, select

from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import NotFound
from shared.domain.states import ON_SITE
from shared.store import models as db
from shared.store.engine import Store

from shared.services.common import mapping
from shared.services.privacy.visitor_log import visible_clause
from shared.services.common.boundary import guard_module


@needs(Permission.DESK)
def todays_visits(store: Store, day: date | None = None, actor: m.Actor | None = None) -> list[m.Visit]:
    """The day's visits, plus anyone still on site from an earlier day: the desk must see them out."""
    day = day or date.today()
    on_site = [str(state) for state in ON_SITE]
    with store.read() as s:
        rows = s.scalars(select(db.Visit)
                         .where(or_(db.Visit.visit_date == day, db.Visit.state.in_(on_site)))
                         .where(visible_clause(actor))
                         .order_by(db.Visit.id)).all()
        return [mapping.visit(r) for r in rows]


@needs(Permission.DESK)
def visits_by_ids(store: Store, ids: Iterable[int], actor: m.Actor | None = None) -> list[m.Visit]:
    """Those of the visits the actor may see: a visit marked confidential since drops out, as if gone."""
    ids = sorted(set(ids))
    if not ids:
        return []
    with store.read() as s:
        rows = s.scalars(select(db.Visit).where(db.Visit.id.in_(ids), visible_clause(actor))
                         .order_by(db.Visit.id)).all()
        return [mapping.visit(r) for r in rows]


@needs(Permission.DESK)
def visit_by_badge(store: Store, token: str, actor: m.Actor | None = None) -> m.Visit:
    with store.read() as s:
        row = s.scalars(select(db.Visit).where(db.Visit.badge_token == token.strip(),
                                               visible_clause(actor))).one_or_none()
        if row is None:
            raise NotFound("no visit for that badge", token="")
        return mapping.visit(row)


guard_module(globals())
