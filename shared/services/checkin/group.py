"""A group (团队): the person in front registers the party, and every member gets a visit and a badge."""
from __future__ import annotations

from shared.changes import Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.states import VisitAction as A
from shared.domain.validation import clean_text, name_problem, validate_walk_in
from shared.services.common import mapping
from shared.services.security.watchlist import alerting, raise_if_watched
from shared.store import models as db
from shared.store.engine import Store
from shared.services.common.boundary import guard_module

from .attachments import attach, check_attachments
from .visit import BADGE_CHANGES, apply, arrive, card_extras, check_consent, find_host, new_visit, queue_badge


def check_in_group(store: Store, actor: m.Actor, leader: m.WalkIn, member_names: list[str], printer: str = "",
                   consent: m.Consent | None = None, names_at_desk: bool = False,
                   attachments: m.Attachments | None = None) -> Done[list[m.Visit]]:
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
    check_attachments(attachments, clean.party_size)
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
                                 id_number=clean.id_number if member_no == 1 else "",
                                 **(card_extras(s, clean) if member_no == 1 else {}))
            visits.append(new_visit(s, visitor, host, actor, clean, consent, group_id=group.id,
                                     member_no=member_no))
        s.flush()
        for visit in visits:
            s.refresh(visit)  # load the group relationship for badges
        attach(s, visits, attachments, "walk_in")  # each member signs their own copy
        # One notification for the party, on the leader's visit; every member gets a badge.
        arrive(s, visits[0], actor, printer)
        for visit in visits[1:]:
            if visit.host is not None:
                apply(s, visit, A.NOTIFY_HOST, actor, note="with the group")
            queue_badge(s, visit, actor, printer)
        return Done([mapping.visit(v) for v in visits], BADGE_CHANGES)


guard_module(globals())
