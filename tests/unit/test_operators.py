import pytest
from sqlalchemy import select

from shared.domain.errors import InvalidInput
from shared.domain.model import Actor
from shared.services.directory import operators
from shared.services.directory.operators import Role
from shared.store import models as db

ADMIN = Actor("desk-1", "admin", "admin")


def test_sign_in_with_name_and_pin(store):
    amy = operators.add_operator(store, ADMIN, "Amy 王", Role.RECEPTIONIST, "2468").value
    signed = operators.sign_in(store, " Amy 王 ", "2468")
    assert signed == amy and signed.actor("desk-1") == Actor("desk-1", "Amy 王", "receptionist")
    with store.read() as s:
        assert "2468" not in s.scalars(select(db.Operator.pin_hash)).one()


@pytest.mark.parametrize("name,pin", [("Amy", "1111"), ("Nobody", "2468")])
def test_a_wrong_name_or_pin_says_the_same(store, name, pin):
    operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "2468")
    with pytest.raises(InvalidInput) as err:
        operators.sign_in(store, name, pin)
    assert err.value.problems == {"pin": "wrong"}


def test_five_wrong_pins_lock_the_name_even_for_the_right_pin(store):
    operators.add_operator(store, ADMIN, "Amy", Role.SECURITY, "2468")
    for _ in range(operators.MAX_FAILURES):
        with pytest.raises(InvalidInput):
            operators.sign_in(store, "Amy", "0000")
    with pytest.raises(InvalidInput) as err:
        operators.sign_in(store, "Amy", "2468")
    assert err.value.problems == {"pin": "locked"}


@pytest.mark.parametrize("name,pin,problems", [
    ("", "2468", {"name": "required"}), ("Bo", "12", {"pin": "invalid"}), ("Bo", "abcd", {"pin": "invalid"})])
def test_bad_operator_details_save_nothing(store, name, pin, problems):
    with pytest.raises(InvalidInput) as err:
        operators.add_operator(store, ADMIN, name, Role.ADMIN, pin)
    assert err.value.problems == problems
    with store.read() as s:
        assert s.scalars(select(db.Operator)).all() == []


def test_names_are_unique(store):
    operators.add_operator(store, ADMIN, "Amy", Role.ADMIN, "2468")
    with pytest.raises(InvalidInput) as err:
        operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "1357")
    assert err.value.problems == {"name": "taken"}


def test_the_first_admin_is_made_once(store):
    assert not operators.has_operators(store)
    first = operators.create_first_admin(store, "Li Admin", "9090").value
    assert first.role == Role.ADMIN and operators.has_operators(store)
    with pytest.raises(InvalidInput) as err:
        operators.create_first_admin(store, "Someone Else", "1234")
    assert err.value.problems == {"operator": "exists"}
    assert [o.name for o in operators.operator_list(store)] == ["Li Admin"]


@pytest.mark.parametrize("name, role, pin, field", [("", Role.RECEPTIONIST, "1234", "name"),
                                                    ("Amy", "boss", "1234", "role"),
                                                    ("Amy", Role.SECURITY, "12a4", "pin"),
                                                    ("Amy", Role.SECURITY, "123", "pin")])
def test_bad_operator_details_are_refused(store, name, role, pin, field):
    with pytest.raises(InvalidInput) as err:
        operators.add_operator(store, ADMIN, name, role, pin)
    assert field in err.value.problems
    assert operators.operator_list(store) == []


def test_an_admin_resets_a_pin_which_also_unlocks(store):
    amy = operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "2468").value
    for _ in range(operators.MAX_FAILURES):
        with pytest.raises(InvalidInput):
            operators.sign_in(store, "Amy", "0000")
    operators.update_operator(store, ADMIN, amy.id, pin="1357")
    assert operators.sign_in(store, "Amy", "1357").name == "Amy"


def test_a_deactivated_operator_cannot_sign_in_and_the_last_admin_stays(store):
    boss = operators.create_first_admin(store, "Boss", "9090").value
    amy = operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "2468").value
    operators.update_operator(store, ADMIN, amy.id, active=False)
    with pytest.raises(InvalidInput):
        operators.sign_in(store, "Amy", "2468")
    for change in ({"active": False}, {"role": Role.RECEPTIONIST}):
        with pytest.raises(InvalidInput) as err:
            operators.update_operator(store, ADMIN, boss.id, **change)
        assert err.value.problems == {"operator": "last_admin"}
    assert operators.sign_in(store, "Boss", "9090").role == Role.ADMIN


def test_every_sign_in_attempt_is_audited(store):
    from shared.services.site.audit import audit_entries

    operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "2468")
    operators.sign_in(store, "Amy", "2468", "desk-1")
    with pytest.raises(InvalidInput):
        operators.sign_in(store, "Amy", "0000", "desk-2")
    entries = [(e.action, e.station, e.subject) for e in reversed(audit_entries(store))]
    assert entries == [("sign_in", "desk-1", "Amy"), ("sign_in_failed", "desk-2", "Amy")]
