"""PIN hashes: scrypt, self-describing, compared in constant time; the older PBKDF2 form still verifies;
nothing typed or stored makes a check raise or run away."""
from __future__ import annotations

import hmac

import pytest
from hypothesis import given, settings, strategies as st

from shared.domain import pins


def test_a_new_hash_is_scrypt_with_a_random_salt():
    first, second = pins.hash_pin("2468"), pins.hash_pin("2468")
    assert first.split("$")[:4] == ["scrypt", str(pins.SCRYPT_N), "8", "1"] and first != second
    assert pins.verify_pin("2468", first) and not pins.needs_rehash(first)
    assert pins.needs_rehash("pbkdf2_sha256$200000$c2FsdA$ZGlnZXN0")


def test_verification_compares_in_constant_time(monkeypatch):
    seen = []
    real = hmac.compare_digest
    monkeypatch.setattr(pins.hmac, "compare_digest", lambda a, b: seen.append(1) or real(a, b))
    stored = pins.hash_pin("2468")
    assert pins.verify_pin("2468", stored) and not pins.verify_pin("1111", stored) and len(seen) == 2


@pytest.mark.parametrize("stored", [
    "", "scrypt", "scrypt$32768$8$1$salt", "scrypt$x$8$1$c2FsdA$ZGln", "scrypt$3$8$1$c2FsdA$ZGln",
    "scrypt$1073741824$8$1$c2FsdA$ZGln",  # 1 TiB of memory: refused, not attempted
    "scrypt$32768$800$1$c2FsdA$ZGln", "md5$abc", "pbkdf2_sha256$x$c2FsdA$ZGln", "pbkdf2_sha256$1$!!$ZGln"])
def test_a_malformed_or_unknown_hash_never_verifies(stored):
    assert pins.verify_pin("2468", stored) is False


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=40))
def test_no_typed_pin_verifies_against_another_pins_hash_or_raises(typed):
    stored = HASH_2468
    assert pins.verify_pin(typed, stored) == (typed == "2468")


HASH_2468 = pins.hash_pin("2468")
