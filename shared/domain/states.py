"""The visit state machine, drawn from the seed flowchart "3接待访客流程图"."""
from __future__ import annotations

from enum import StrEnum

from shared.domain.errors import ForbiddenTransition


class VisitState(StrEnum):
    EXPECTED = "expected"
    CHECKED_IN = "checked_in"
    HOST_NOTIFIED = "host_notified"
    WAITING = "waiting"
    WITH_HOST = "with_host"
    AT_DESK = "at_desk"
    LEFT = "left"
    DECLINED = "declined"
    CHECKED_OUT = "checked_out"
    NO_SHOW = "no_show"


class VisitAction(StrEnum):
    ARRIVE = "arrive"
    NOTIFY_HOST = "notify_host"
    HOST_READY = "host_ready"
    MUST_WAIT = "must_wait"
    HOST_ABSENT_WAITS = "host_absent_waits"
    VISITOR_LEAVES = "visitor_leaves"
    HOST_DECLINES = "host_declines"
    HOST_ARRIVES = "host_arrives"
    ESCORT_OUT = "escort_out"
    BACK_TO_DESK = "back_to_desk"
    SEE_OUT = "see_out"
    CHECK_OUT = "check_out"
    NO_SHOW = "no_show"


S, A = VisitState, VisitAction

# (from, action) -> to. Anything not listed is forbidden.
TRANSITIONS: dict[tuple[VisitState, VisitAction], VisitState] = {
    (S.EXPECTED, A.ARRIVE): S.CHECKED_IN,
    (S.EXPECTED, A.NO_SHOW): S.NO_SHOW,
    (S.CHECKED_IN, A.NOTIFY_HOST): S.HOST_NOTIFIED,
    (S.HOST_NOTIFIED, A.NOTIFY_HOST): S.HOST_NOTIFIED,
    (S.HOST_NOTIFIED, A.HOST_READY): S.WITH_HOST,
    (S.HOST_NOTIFIED, A.MUST_WAIT): S.WAITING,
    (S.HOST_NOTIFIED, A.HOST_ABSENT_WAITS): S.WAITING,
    (S.HOST_NOTIFIED, A.VISITOR_LEAVES): S.LEFT,
    (S.HOST_NOTIFIED, A.HOST_DECLINES): S.DECLINED,
    (S.WAITING, A.NOTIFY_HOST): S.WAITING,
    (S.WAITING, A.HOST_ARRIVES): S.WITH_HOST,
    (S.WAITING, A.VISITOR_LEAVES): S.LEFT,
    (S.WAITING, A.HOST_DECLINES): S.DECLINED,  # the host answered "cannot meet" after the visitor sat down
    (S.WITH_HOST, A.ESCORT_OUT): S.CHECKED_OUT,
    (S.WITH_HOST, A.BACK_TO_DESK): S.AT_DESK,
    (S.AT_DESK, A.SEE_OUT): S.CHECKED_OUT,
}

# A badge scanned at the kiosk, or the desk's "check out", ends any visit still on site.
ON_SITE = frozenset({S.CHECKED_IN, S.HOST_NOTIFIED, S.WAITING, S.WITH_HOST, S.AT_DESK})
for _state in ON_SITE:
    TRANSITIONS.setdefault((_state, A.CHECK_OUT), S.CHECKED_OUT)

FINAL = frozenset({S.LEFT, S.DECLINED, S.CHECKED_OUT, S.NO_SHOW})
# The lobby's clock runs while the visitor is in one of these: it stops when they meet the host or go.
WAITING = frozenset({S.CHECKED_IN, S.HOST_NOTIFIED, S.WAITING})


def next_state(state: VisitState, action: VisitAction) -> VisitState:
    try:
        return TRANSITIONS[(VisitState(state), VisitAction(action))]
    except KeyError:
        raise ForbiddenTransition(VisitState(state), VisitAction(action)) from None


def allowed_actions(state: VisitState) -> frozenset[VisitAction]:
    return frozenset(a for (s, a) in TRANSITIONS if s == state)
