"""A confidential expected guest is a stranger to roles without SEE_CONFIDENTIAL in every read of the
expected list (list, one appointment, count, cancel), and is there for those with it."""
from __future__ import annotations

import inspect
from datetime import date

import pytest

from shared.domain.errors import NotFound
from shared.domain.model import Actor
from shared.domain.permissions import NotPermitted
from shared.services.desk import expected as pre
from shared.services.desk.expected import ExpectedVisit

SECRET, PLAIN = "欧阳保密", "王公开"
TODAY = date.today()
BLIND = [Actor("desk-1", "amy", "receptionist")]
REFUSED = [Actor("kiosk-1"), Actor("desk-1", "system", "system")]  # no desk role: no reads at all
SEEING = [Actor("gate-1", "老赵", "security"), Actor("desk-1", "boss", "admin"), Actor("desk-1", "王总", "leader")]


def _expect(store, name, confidential):
    return pre.pre_register(store, Actor("desk-1", "amy", "receptionist"),
                            ExpectedVisit(visitor_name=name, host_id=1, expected_on=TODAY, mobile="13912345678",
                                          confidential=confidential)).value[0]


# Every read of appointments, as (what it returns for this actor) -> anything the test can search for the name.
READS = {
    "expected_visits": lambda store, actor, secret_id: pre.expected_visits(store, actor, TODAY),
    "appointment": lambda store, actor, secret_id: pre.appointment(store, actor, secret_id),
    "count_open": lambda store, actor, secret_id: pre.count_open(store, actor, TODAY),
}


@pytest.mark.parametrize("read", sorted(READS))
def test_a_confidential_appointment_is_a_stranger_to_the_desk(seeded, read):
    secret = _expect(seeded, SECRET, True)
    plain = _expect(seeded, PLAIN, False)
    for actor in BLIND:
        try:
            seen = READS[read](seeded, actor, secret.id)
        except NotFound as err:
            assert read == "appointment" and SECRET not in str(err)
            with pytest.raises(NotFound):  # the same answer as an id that never existed
                READS[read](seeded, actor, 999_999)
            continue
        assert SECRET not in repr(seen)
        if read == "count_open":
            assert seen == 1
        if read == "expected_visits":
            assert [v.id for v in seen] == [plain.id]
    for actor in SEEING:
        seen = READS[read](seeded, actor, secret.id)
        assert seen == 2 if read == "count_open" else SECRET in repr(seen)


@pytest.mark.parametrize("read", sorted(READS))
def test_a_station_without_a_desk_role_reads_no_appointment_at_all(seeded, read):
    secret = _expect(seeded, SECRET, True)
    plain = _expect(seeded, PLAIN, False)
    for actor in REFUSED:
        for appointment_id in (secret.id, plain.id):
            with pytest.raises(NotPermitted):
                READS[read](seeded, actor, appointment_id)


def test_the_desk_cannot_cancel_what_it_cannot_see(seeded):
    secret = _expect(seeded, SECRET, True)
    with pytest.raises(NotFound):
        pre.cancel_appointment(seeded, Actor("desk-1", "amy", "receptionist"), secret.id)
    guard = Actor("gate-1", "老赵", "security")
    assert pre.appointment(seeded, guard, secret.id).state == "open"  # nothing changed
    assert pre.cancel_appointment(seeded, guard, secret.id).value == 1


def test_every_read_of_appointments_is_covered():
    """A new function reading appointments must join READS (or be a write, checked above)."""
    writes = {"pre_register", "cancel_appointment", "mark_no_shows", "import_expected"}
    not_appointments = {"active_hosts"}  # the host directory for the dialog
    public = {name for name, fn in inspect.getmembers(pre, inspect.isfunction)
              if fn.__module__ == pre.__name__ and not name.startswith("_")
              and list(inspect.signature(fn).parameters)[:1] == ["store"]}
    assert public - writes - not_appointments == set(READS)
