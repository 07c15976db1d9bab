"""The gate desk, reception's answer, the exit check and the on-site list, driven as people use them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QTableWidget
from sqlalchemy import select

from console.common.host_picker import host_label
from console.security.gate_arrivals_panel import GateArrivalsPanel
from console.security.gate_view import GateView
from console.security.onsite_view import OnSiteView
from shared.changes import Changes
from shared.domain.model import Actor, WalkIn
from shared.services.security import gate
from shared.services.directory import hosts
from shared.services import checkin
from shared.services.site.audit import audit_entries
from shared.services.demo import seed_demo
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.actors import STAFF

GUARD = Actor("gate-1", "刘卫东", "security")
DESK = Actor("desk-1", "amy", "receptionist")
KIOSK = Actor("kiosk-1")


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'gate.sqlite'}")
    seed_demo(store)
    yield store
    store.close()


def shown(qtbot, widget, width=1280, height=760):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget


def table_texts(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def register(store, **changes):
    fields = dict(person_name="欧阳娜娜", company="华为", host_id=hosts.search_hosts(store, "zs")[0].id,
                  plate="粤BD12345", items=[("笔记本电脑", 1), ("样品箱", 2)])
    fields.update(changes)
    return gate.register_at_gate(store, GUARD, **fields).value


def test_register_with_items_then_reception_turns_them_away(qtbot, ui, store):
    view = shown(qtbot, GateView(store, lambda: GUARD, printer="gate"))
    host = hosts.search_hosts(store, "zs")[0]
    ui.type(view, "Name", "欧阳娜娜")
    ui.type(view, "Company", "华为技术有限公司")
    ui.type(view, "Host search", host_label(host))
    ui.type(view, "Plate", "粤b·d12345")
    ui.type(view, "Parking spot", "B2-017")
    for name, quantity in (("笔记本电脑", 1), ("样品箱", 2)):
        ui.type(view, "Item name", name)
        ui.find(view, "Item quantity", QSpinBox).setValue(quantity)
        ui.tap(view, "Add item")
    with qtbot.waitSignal(view.said) as said:
        ui.tap(view, "Register and print pass")
    assert said.args[1] == "done"
    with store.read() as s:
        entry = s.scalars(select(db.GateEntry)).one()
        job = s.scalars(select(db.PrintJob).where(db.PrintJob.kind == "gate_pass")).one()
        items = [(i.name, i.quantity_in) for i in s.scalars(select(db.GateItem).order_by(db.GateItem.id))]
    assert (entry.plate, entry.host_id, entry.parking_spot, entry.state) == ("粤BD12345", host.id, "B2-017",
                                                                             "waiting")
    assert items == [("笔记本电脑", 1), ("样品箱", 2)]
    assert (job.station, job.printer, job.payload["pass_no"]) == ("gate-1", "gate", entry.pass_no)
    assert ui.find(view, "Name").text() == "" and view.items.rowCount() == 0  # ready for the next one

    panel = GateArrivalsPanel(store, lambda: DESK)
    counts = []
    panel.count_changed.connect(counts.append)
    shown(qtbot, panel, 300, 400)
    panel.reload()
    assert panel.isVisible()
    assert "华为技术有限公司" in " ".join(label.text() for label in panel.findChildren(QLabel))
    ui.tap(panel, "Host can't receive 欧阳娜娜")
    message = ui.find(panel, "Message for the gate about 欧阳娜娜", QPlainTextEdit)
    message.setPlainText("")
    ui.tap(panel, "Send to the gate about 欧阳娜娜")  # an empty message is refused, nothing changes
    assert "polite message" in ui.find(panel, "Problem with 欧阳娜娜", QLabel).text()
    assert gate.waiting_at_gate(store, STAFF)[0].state == "waiting"
    message.setPlainText("张总今天出差，请改日再来，抱歉。")
    ui.tap(panel, "Send to the gate about 欧阳娜娜")
    assert counts[-1] == 0 and not panel.isVisible()

    view.refresh(Changes.GATE, [])
    banner = ui.find(view, "Reception's answer", QLabel)
    assert banner.isVisible() and "张总今天出差，请改日再来，抱歉。" in banner.text()
    assert "Turned away" in table_texts(view.table)[0]


def test_exit_check_with_a_missing_item_is_flagged_and_the_pass_refused_again(qtbot, ui, store):
    entry = register(store)
    gate.answer_gate(store, DESK, entry.id, True)
    view = shown(qtbot, GateView(store, lambda: GUARD, printer="gate"))
    ui.type(view, "Pass code", entry.token)
    QTest.keyClick(ui.find(view, "Pass code"), Qt.Key.Key_Return)  # as the scanner ends a code
    assert [row[:2] for row in table_texts(view.exit_items)] == [["笔记本电脑", "1"], ["样品箱", "2"]]
    assert ui.find(view, "Out: 样品箱", QSpinBox).value() == 2  # what came in, unless the guard changes it
    ui.find(view, "Out: 样品箱", QSpinBox).setValue(1)
    assert "differs" in ui.find(view, "Exit result", QLabel).text()
    ui.type(view, "Exit note", "one case left with the customer")
    ui.tap(view, "Confirm exit")
    result = ui.find(view, "Exit result", QLabel).text()
    assert "difference" in result and "样品箱: 2 → 1" in result
    stored = gate.gate_entry(store, STAFF, entry.id)
    assert stored.state == "exited" and stored.discrepancy and stored.exit_note == "one case left with the customer"
    assert [i.quantity_out for i in stored.items] == [1, 1]
    assert "Items differ at the exit" in table_texts(view.table)[0]

    ui.type(view, "Pass code", entry.token)
    QTest.keyClick(ui.find(view, "Pass code"), Qt.Key.Key_Return)
    assert "already been used" in ui.find(view, "Exit result", QLabel).text()
    assert not ui.find(view, "Confirm exit").isEnabled()
    ui.type(view, "Pass code", "garbage")
    QTest.keyClick(ui.find(view, "Pass code"), Qt.Key.Key_Return)
    assert "not one of our gate passes" in ui.find(view, "Exit result", QLabel).text()


def test_the_on_site_list_after_a_kiosk_check_in(qtbot, ui, store, tmp_path):
    view = shown(qtbot, OnSiteView(store, lambda: DESK, printer="desk"))
    before = len(view.rows())
    visit = checkin.check_in_walk_in(store, KIOSK, WalkIn("李雷", "13600136000", "腾讯",
                                                         hosts.search_hosts(store, "zs")[0].id), "badge").value
    view.refresh(Changes.VISITS, [])
    assert len(view.rows()) == before + 1
    assert any(row[1] == "李雷" and row[7] == visit.visit_no for row in table_texts(view.table))
    assert f"On site: {before + 1} people" in ui.find(view, "On-site counts", QLabel).text()

    with qtbot.waitSignal(view.said) as said:
        ui.tap(view, "Print evacuation list")
    assert said.args[1] == "done"
    with store.read() as s:
        job = s.scalars(select(db.PrintJob).where(db.PrintJob.kind == "evacuation_list")).one()
    assert (job.station, job.printer) == ("desk-1", "desk")
    assert "李雷" in [p["name"] for p in job.payload["people"]]

    target = tmp_path / "drill.csv"
    view.choose_path = lambda: str(target)
    ui.tap(view, "Export CSV")
    assert "李雷" in target.read_text(encoding="utf-8-sig")
    assert [(e.action, e.detail["format"]) for e in audit_entries(store, STAFF, action="export")] == [
        ("export", "csv"), ("export", "print")]


def test_a_receptionist_cannot_register_at_the_gate(qtbot, ui, store):
    view = shown(qtbot, GateView(store, lambda: DESK, printer="gate"))
    ui.type(view, "Name", "王芳")
    with qtbot.waitSignal(view.said) as said:
        ui.tap(view, "Register and print pass")
    problem = ui.find(view, "Gate problem", QLabel)
    assert problem.isVisible() and "Only security staff" in problem.text()
    assert said.args == [problem.text(), "error"]
    with store.read() as s:
        assert s.scalars(select(db.GateEntry)).first() is None
    assert ui.find(view, "Name").text() == "王芳"  # kept, for the guard to take over


def test_bad_plate_is_named_and_nothing_is_registered(qtbot, ui, store):
    view = shown(qtbot, GateView(store, lambda: GUARD, printer="gate"))
    ui.type(view, "Name", "王芳")
    ui.type(view, "Plate", "粤B12I45")
    ui.tap(view, "Register and print pass")
    assert "not a valid vehicle plate" in ui.find(view, "Gate problem", QLabel).text()
    assert gate.gate_entries(store, STAFF) == []


def test_the_gates_documents_are_signed_before_the_pass_prints(qtbot, ui, store):
    from shared.services.site.sign_documents import save_sign_document
    from tests.support.signing import ADMIN
    from tests.support.touch import sign

    save_sign_document(store, ADMIN, "site-rules", "gate", "入厂须知", "Site rules", "厂区限速 5 公里。",
                       "5 km/h on site.")
    view = shown(qtbot, GateView(store, lambda: GUARD, printer="gate"))
    ui.type(view, "Name", "刘师傅")
    ui.tap(view, "Register and print pass")
    dialog = view.sign_dialog
    assert dialog.isVisible() and not dialog.sign.isEnabled()
    dialog.refuse.click()  # does not sign: no entry, no pass
    assert "Not signed" in view.problem.text()
    with store.read() as s:
        assert s.scalars(select(db.GateEntry)).all() == []
    ui.tap(view, "Register and print pass")
    dialog = view.sign_dialog
    sign(dialog.pad)
    dialog.sign.click()
    with store.read() as s:
        (entry,) = s.scalars(select(db.GateEntry)).all()
        (copy,) = s.scalars(select(db.SignedDocument)).all()
        assert entry.person_name == "刘师傅" and copy.gate_entry_id == entry.id and copy.title == "入厂须知 Site rules"
    view.reload()
    assert not view.copies.isVisible()
    view.table.selectRow(0)
    assert view.copies.isVisible() and [b.text() for b in view.copies.buttons] == ["入厂须知 Site rules"]
    view.copies.buttons[0].click()
    assert view.copies.dialog.isVisible() and view.copies.dialog.document.pageCount() >= 1
