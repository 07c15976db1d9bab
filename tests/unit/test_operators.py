import pytest
from sqlalchemy import select

from shared.domain.errors import InvalidInput
from shared.domain.model import Actor
from shared.services.directory import operators
from shared.services.directory.operators import Role
from shared.store import models as db
from tests.support.actors import STAFF

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
    entries = [(e.action, e.station, e.subject) for e in reversed(audit_entries(store, STAFF))]
    assert entries == [("sign_in", "desk-1", "Amy"), ("sign_in_failed", "desk-2", "Amy")]


# --- PIN hashing: scrypt for every new PIN, older PBKDF2 hashes upgraded at the next right PIN ---------

def _stored_hash(store, name: str) -> str:
    with store.read() as s:
        return s.scalars(select(db.Operator.pin_hash).where(db.Operator.name == name)).one()


def _set_hash(store, name: str, pin_hash: str) -> None:
    with store.write() as s:
        s.scalars(select(db.Operator).where(db.Operator.name == name)).one().pin_hash = pin_hash


def _pbkdf2(pin: str) -> str:
    """A hash as the previous release stored it (PBKDF2-SHA256, 200k iterations)."""
    import base64
    import hashlib

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")
    salt = b"0123456789abcdef"
    return f"pbkdf2_sha256$200000${b64(salt)}${b64(hashlib.pbkdf2_hmac('sha256', pin.encode(), salt, 200_000))}"


def _is_scrypt(pin_hash: str) -> bool:
    algorithm, n, r, p, salt, digest = pin_hash.split("$")
    return (algorithm, r, p) == ("scrypt", "8", "1") and 2**14 <= int(n) <= 2**15 and salt and digest


@pytest.mark.parametrize("make", ["first_admin", "add", "reset"])
def test_every_new_pin_is_stored_as_scrypt(store, make):
    from shared.domain.pins import verify_pin

    if make == "first_admin":
        operators.create_first_admin(store, "Amy", "2468")
    else:
        amy = operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "1111" if make == "reset" else "2468")
        if make == "reset":
            operators.update_operator(store, ADMIN, amy.value.id, pin="2468")
    stored = _stored_hash(store, "Amy")
    assert _is_scrypt(stored) and verify_pin("2468", stored) and not verify_pin("2469", stored)
    assert operators.sign_in(store, "Amy", "2468").name == "Amy"
    assert _stored_hash(store, "Amy") == stored  # already strong: not rewritten


def test_an_old_pbkdf2_hash_is_upgraded_at_the_next_sign_in(store):
    from shared.domain.pins import verify_pin

    operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "2468")
    _set_hash(store, "Amy", _pbkdf2("2468"))
    assert operators.sign_in(store, "Amy", "2468").name == "Amy"
    upgraded = _stored_hash(store, "Amy")
    assert _is_scrypt(upgraded) and verify_pin("2468", upgraded)
    assert operators.sign_in(store, "Amy", "2468").name == "Amy"
    assert _stored_hash(store, "Amy") == upgraded


def test_a_wrong_or_locked_out_pin_never_upgrades(store):
    operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "2468")
    old = _pbkdf2("2468")
    _set_hash(store, "Amy", old)
    for _ in range(operators.MAX_FAILURES):
        with pytest.raises(InvalidInput) as err:
            operators.sign_in(store, "Amy", "1357")
        assert err.value.problems == {"pin": "wrong"} and _stored_hash(store, "Amy") == old
    with pytest.raises(InvalidInput) as err:
        operators.sign_in(store, "Amy", "2468")  # the right PIN, but locked out
    assert err.value.problems == {"pin": "locked"} and _stored_hash(store, "Amy") == old


def test_sign_in_stays_quick_even_when_upgrading(store):
    import time

    operators.add_operator(store, ADMIN, "Amy", Role.RECEPTIONIST, "2468")
    _set_hash(store, "Amy", _pbkdf2("2468"))
    for _ in range(2):  # the upgrade, then a plain scrypt check; CPU time: other processes may be busy
        start = time.process_time()
        operators.sign_in(store, "Amy", "2468")
        assert time.process_time() - start < 1.0
