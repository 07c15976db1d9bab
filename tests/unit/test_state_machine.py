"""The visit state machine as drawn in the handbook (seed flowchart 3接待访客流程图)."""
import pytest

from shared.domain.errors import ForbiddenTransition
from shared.domain.states import FINAL, ON_SITE, TRANSITIONS, VisitAction as A, VisitState as S, allowed_actions, next_state

HANDBOOK = [
    (S.EXPECTED, A.ARRIVE, S.CHECKED_IN),
    (S.CHECKED_IN, A.NOTIFY_HOST, S.HOST_NOTIFIED),
    (S.HOST_NOTIFIED, A.HOST_READY, S.WITH_HOST),
    (S.HOST_NOTIFIED, A.MUST_WAIT, S.WAITING),
    (S.HOST_NOTIFIED, A.HOST_ABSENT_WAITS, S.WAITING),
    (S.HOST_NOTIFIED, A.VISITOR_LEAVES, S.LEFT),
    (S.HOST_NOTIFIED, A.HOST_DECLINES, S.DECLINED),
    (S.WAITING, A.HOST_ARRIVES, S.WITH_HOST),
    (S.WITH_HOST, A.ESCORT_OUT, S.CHECKED_OUT),
    (S.WITH_HOST, A.BACK_TO_DESK, S.AT_DESK),
    (S.AT_DESK, A.SEE_OUT, S.CHECKED_OUT),
    (S.EXPECTED, A.NO_SHOW, S.NO_SHOW),
]


@pytest.mark.parametrize("state,action,expected", HANDBOOK)
def test_every_branch_of_the_flowchart(state, action, expected):
    assert next_state(state, action) == expected


@pytest.mark.parametrize("state", sorted(ON_SITE))
def test_anyone_on_site_can_check_out(state):
    assert next_state(state, A.CHECK_OUT) == S.CHECKED_OUT


@pytest.mark.parametrize("state", sorted(FINAL))
def test_a_finished_visit_accepts_no_action(state):
    assert allowed_actions(state) == frozenset()
    for action in A:
        with pytest.raises(ForbiddenTransition):
            next_state(state, action)


def test_forbidden_transition_names_state_and_action():
    with pytest.raises(ForbiddenTransition) as err:
        next_state(S.CHECKED_IN, A.ESCORT_OUT)
    assert err.value.state == S.CHECKED_IN and err.value.action == A.ESCORT_OUT
    assert err.value.code == "visit.forbidden_transition"


def test_no_transition_leaves_a_final_state_or_enters_expected():
    for (src, _action), dst in TRANSITIONS.items():
        assert src not in FINAL
        assert dst != S.EXPECTED
