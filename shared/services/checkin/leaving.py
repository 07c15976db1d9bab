"""Leaving at the kiosk: check-out by the badge's QR, and the visitor's rating (客户反馈)."""
from __future__ import annotations

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import ForbiddenTransition, InvalidInput, NotFound
from shared.domain.states import FINAL, ON_SITE
from shared.domain.states import VisitAction as A
from shared.domain.states import VisitState as S
from shared.services.common import mapping
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.services.common.boundary import guard_module

from .throttle import KIOSK, Throttle, guarded
from .visit import apply


def check_out_by_badge(store: Store, actor: m.Actor, token: str, throttle: Throttle = KIOSK) -> Done[m.Visit]:
    """The badge's QR scanned at the kiosk. An unknown badge is NotFound (and the station's miss);
    a finished visit is refused."""
    with guarded(store, actor.station, throttle), store.write() as s:
        visit = s.scalars(select(db.Visit).where(db.Visit.badge_token == token.strip())
                          .with_for_update(of=db.Visit)).first()
        if visit is None:
            raise NotFound("no visit for that badge")
        if S(visit.state) not in ON_SITE:
            raise ForbiddenTransition(S(visit.state), A.CHECK_OUT)
        apply(s, visit, A.CHECK_OUT, actor, note="badge scanned")
        return Done(mapping.visit(visit), Changes.VISITS)


def record_feedback(store: Store, visit_id: int, rating: int) -> Done[int]:
    """客户反馈: 1-5, once per visit, only after the visit."""
    if rating not in range(1, 6):
        raise InvalidInput({"rating": "invalid"})
    with store.write() as s:
        visit = load(s, db.Visit, visit_id, "visit")
        if S(visit.state) not in FINAL:
            raise InvalidInput({"rating": "too_early"})
        if s.scalars(select(db.Feedback).where(db.Feedback.visit_id == visit_id)).first() is not None:
            raise InvalidInput({"rating": "already_given"})
        s.add(db.Feedback(visit_id=visit_id, rating=rating))
        return Done(rating, Changes.NONE)


guard_module(globals())
