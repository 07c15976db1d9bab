"""The gate desk on both databases: registration with plate and items, the printed pass, reception's
answer, and the exit check that flags a missing item and refuses a used pass."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from shared.domain.documents import document_from_dict
from shared.domain.errors import InvalidInput, NotActionable, NotFound
from shared.domain.model import Actor, GatePass
from shared.services.security import gate
from shared.services.directory import hosts
from shared.domain.permissions import NotPermitted
from shared.store import models as db
from tests.support.actors import STAFF

GUARD = Actor("gate-1", "刘卫东", "security")
RECEPTION = Actor("desk-1", "amy", "receptionist")


def host_id(store) -> int:
    return hosts.search_hosts(store, "zs")[0].id


def register(store, **changes):
    fields = dict(person_name="欧阳娜娜", company="华为技术有限公司", host_id=host_id(store), plate="粤b·d12345",
                  parking_spot="B2-017", items=[("笔记本电脑", 1), ("样品箱", 2)], mobile="13800138000",
                  printer="gate")
    fields.update(changes)
    return gate.register_at_gate(store, GUARD, **fields).value


def count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_registering_prints_the_pass_and_asks_reception(seeded):
    entry = register(seeded)
    assert entry.state == "waiting" and entry.plate == "粤BD12345"  # a new-energy plate, normalised
    assert entry.pass_no.startswith("GP") and entry.guard == "刘卫东" and entry.mobile_masked == "138****8000"
    assert [(i.name, i.quantity_in) for i in entry.items] == [("笔记本电脑", 1), ("样品箱", 2)]
    with seeded.read() as s:
        job = s.scalars(select(db.PrintJob).where(db.PrintJob.kind == "gate_pass")).one()
        assert (job.station, job.printer, job.state) == ("gate-1", "gate", "queued")
        gate_pass = document_from_dict(job.payload)
    assert isinstance(gate_pass, GatePass)
    assert gate_pass.token == entry.token and gate_pass.plate == "粤B·D12345"
    assert [(i.name, i.quantity) for i in gate_pass.items] == [("笔记本电脑", 1), ("样品箱", 2)]
    assert [w.id for w in gate.waiting_at_gate(seeded, STAFF)] == [entry.id]
    assert [e.id for e in gate.gate_entries(seeded, STAFF)] == [entry.id]


def test_a_walker_needs_no_plate_but_a_driver_does(seeded):
    walker = register(seeded, plate="", parking_spot="", items=[])
    assert walker.plate == "" and walker.items == ()
    with pytest.raises(InvalidInput) as err:
        register(seeded, kind="driver", plate="")
    assert err.value.problems == {"plate": "required"}


@pytest.mark.parametrize(("changes", "problems"), [
    (dict(plate="粤B12I45"), {"plate": "invalid"}),
    (dict(person_name=""), {"name": "required"}),
    (dict(mobile="12345"), {"mobile": "invalid"}),
    (dict(items=[("样品箱", 0)]), {"quantity": "invalid"}),
    (dict(items=[("", 3)]), {"item": "required"}),
    (dict(host_id=99999), {"host": "unknown"}),
    (dict(kind="tourist"), {"kind": "invalid"}),
    (dict(parking_spot="P" * 41, plate="京A12345x"), {"parking_spot": "too_long", "plate": "invalid"}),
])
def test_bad_input_is_named_and_changes_nothing(seeded, changes, problems):
    with pytest.raises(InvalidInput) as err:
        register(seeded, **changes)
    assert err.value.problems == problems
    assert count(seeded, db.GateEntry) == count(seeded, db.GateItem) == count(seeded, db.PrintJob) == 0


def test_empty_item_rows_are_dropped(seeded):
    entry = register(seeded, items=[("雨伞", 1), ("", 0), ("  ", 0)])
    assert [i.name for i in entry.items] == ["雨伞"]


def test_only_security_registers_at_the_gate(seeded):
    with pytest.raises(NotPermitted):
        gate.register_at_gate(seeded, RECEPTION, person_name="王芳")
    with pytest.raises(NotPermitted):
        gate.register_at_gate(seeded, Actor("kiosk-1"), person_name="王芳")
    assert count(seeded, db.GateEntry) == 0


def test_reception_turns_them_away_politely(seeded):
    entry = register(seeded)
    with pytest.raises(InvalidInput) as err:
        gate.answer_gate(seeded, RECEPTION, entry.id, receives=False, message="  ")
    assert err.value.problems == {"gate_message": "required"}
    answered = gate.answer_gate(seeded, RECEPTION, entry.id, False, "张总今天出差，请改日再来，抱歉。").value
    assert (answered.state, answered.reception_answer, answered.answered_by) == (
        "turned_away", "张总今天出差，请改日再来，抱歉。", "amy")
    assert gate.waiting_at_gate(seeded, STAFF) == []
    with pytest.raises(NotActionable):  # another desk answered first
        gate.answer_gate(seeded, RECEPTION, entry.id, True)
    with pytest.raises(InvalidInput) as err:
        gate.find_pass(seeded, STAFF, entry.token)
    assert err.value.problems == {"gate_pass": "turned_away"}


def test_exit_with_a_missing_item_is_flagged_and_the_pass_cannot_be_used_again(seeded):
    entry = register(seeded)
    with pytest.raises(InvalidInput) as err:
        gate.find_pass(seeded, STAFF, entry.token)  # reception has not let them in yet
    assert err.value.problems == {"gate_pass": "waiting"}
    gate.answer_gate(seeded, RECEPTION, entry.id, True)
    scanned = gate.find_pass(seeded, STAFF, f"  {entry.token}\n")  # as a scanner types it
    laptop, samples = scanned.items
    out = gate.check_out_at_gate(seeded, GUARD, scanned.id, {laptop.id: 1, samples.id: 1}, "一箱样品留给客户").value
    assert out.state == "exited" and out.discrepancy and out.exit_guard == "刘卫东"
    assert [(i.quantity_in, i.quantity_out, i.differs) for i in out.items] == [(1, 1, False), (2, 1, True)]
    assert gate.gate_entry(seeded, STAFF, entry.id).exit_note == "一箱样品留给客户"
    from shared.services.security.watchlist import alerts

    (alert,) = alerts(seeded, GUARD)  # the security desk follows it up
    assert alert.kind == "gate_items" and "2 → 1" in alert.reason and entry.pass_no in alert.subject
    with pytest.raises(InvalidInput) as err:
        gate.find_pass(seeded, STAFF, entry.token)
    assert err.value.problems == {"gate_pass": "exited"}
    with pytest.raises(InvalidInput):
        gate.check_out_at_gate(seeded, GUARD, entry.id, {laptop.id: 1, samples.id: 2})
    assert gate.gate_entry(seeded, STAFF, entry.id).items[1].quantity_out == 1  # the refusal changed nothing


def test_everything_out_is_no_discrepancy(seeded):
    entry = register(seeded)
    gate.answer_gate(seeded, RECEPTION, entry.id, True)
    out = gate.check_out_at_gate(seeded, GUARD, entry.id, {i.id: i.quantity_in for i in entry.items}).value
    assert out.state == "exited" and not out.discrepancy
    from shared.services.security.watchlist import alerts

    assert alerts(seeded, GUARD) == []


def test_exit_check_rejects_foreign_items_and_negative_counts(seeded):
    entry = register(seeded)
    other = register(seeded, person_name="李雷")
    gate.answer_gate(seeded, RECEPTION, entry.id, True)
    with pytest.raises(InvalidInput) as err:
        gate.check_out_at_gate(seeded, GUARD, entry.id, {other.items[0].id: 1})
    assert err.value.problems == {"item": "unknown"}
    with pytest.raises(InvalidInput) as err:
        gate.check_out_at_gate(seeded, GUARD, entry.id, {entry.items[0].id: -1})
    assert err.value.problems == {"quantity": "invalid"}
    with pytest.raises(NotPermitted):
        gate.check_out_at_gate(seeded, RECEPTION, entry.id, {})
    assert gate.gate_entry(seeded, STAFF, entry.id).state == "admitted"


def test_an_unknown_code_is_not_found(seeded):
    with pytest.raises(NotFound):
        gate.find_pass(seeded, STAFF, "not-a-pass")
    with pytest.raises(NotFound):
        gate.find_pass(seeded, STAFF, "")


def test_a_kiosk_cannot_answer_for_a_host(seeded):
    entry = register(seeded)
    with pytest.raises(NotPermitted):
        gate.answer_gate(seeded, Actor("kiosk-1"), entry.id, True)


def test_someone_on_the_watchlist_is_not_registered_and_security_is_alerted(seeded):
    from shared.domain.errors import WatchlistMatch
    from shared.services.security.watchlist import add_entry, alerts

    add_entry(seeded, GUARD, name="赵 强", reason="曾盗窃样品")
    with pytest.raises(WatchlistMatch) as err:
        register(seeded, person_name="赵强")
    assert err.value.reason == "曾盗窃样品"
    assert gate.gate_entries(seeded, STAFF) == []
    assert [a.kind for a in alerts(seeded, GUARD)] == ["watchlist"]
