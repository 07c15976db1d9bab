"""The privacy page: the retention period, purge now, and one person's data exported or erased."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox

from console.admin.privacy_view import PrivacyView
from shared.domain.model import Actor
from shared.services.site.audit import audit_entries
from shared.services.demo import seed_demo
from shared.services.site.settings import site_settings
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.privacy_data import OTHER, ZHUGE, age, leave_trail
from tests.support.actors import STAFF

ADMIN = Actor("desk-1", "boss", "admin")


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'privacy.sqlite'}")
    seed_demo(store)
    yield store
    store.close()


@pytest.fixture
def view(qtbot, store, make_translations):
    make_translations(["shared", "console"], "en")
    view = PrivacyView(store, lambda: ADMIN)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def on_modal(act, kind=QDialog) -> None:
    """Act on the next modal dialog of this kind once it is up (exec() blocks until it is answered)."""
    def attempt():
        box = QApplication.activeModalWidget()
        if isinstance(box, kind):
            act(box)
        else:
            QTimer.singleShot(10, attempt)
    QTimer.singleShot(0, attempt)


def answer(button_name: str, then=None) -> None:
    def click(box):
        if then is not None:
            then()
        next(b for b in box.buttons() if b.accessibleName() == button_name).click()
    on_modal(click, QMessageBox)


def said(view, qtbot, action):
    with qtbot.waitSignal(view.said, timeout=3000) as blocker:
        action()
    return blocker.args


def test_the_retention_period_is_saved(ui, qtbot, view, store):
    assert ui.find(view, "Retention days", QSpinBox).value() == 90
    ui.find(view, "Retention days", QSpinBox).setValue(30)
    text, tone = said(view, qtbot, lambda: ui.tap(view, "Save retention period"))
    assert tone == "done" and "30" in text
    assert site_settings(store).retention_days == 30
    assert audit_entries(store, STAFF, action="settings")[0].detail == {"retention_days": 30}


def test_purge_now_asks_first_and_shows_the_report(ui, qtbot, view, store):
    trail = leave_trail(store, ZHUGE)
    age(store, trail, 100)
    answer("No")
    ui.tap(view, "Purge now")
    with store.read() as s:
        assert s.get(db.Visit, trail.visit_id).visitor.name == ZHUGE.name
    answer("Yes")
    text, tone = said(view, qtbot, lambda: ui.tap(view, "Purge now"))
    assert tone == "done" and "Visits: 2, expected visits: 1, gate entries: 1, alerts: 1, enquiries: 1." in text
    assert ui.find(view, "Purge result", QLabel).text() == text
    with store.read() as s:
        assert s.get(db.Visit, trail.visit_id).visitor.name == ""
    assert audit_entries(store, STAFF, action="purge")[0].operator == "boss"


def test_export_writes_json_and_csv_into_the_chosen_folder(ui, qtbot, view, store, tmp_path):
    leave_trail(store, ZHUGE)
    leave_trail(store, OTHER)
    ui.type(view, "Person mobile", "13912345678")
    ui.tap(view, "Export person data")
    view.folder_dialog.selectFile(str(tmp_path))
    text, tone = said(view, qtbot, view.folder_dialog.accept)
    assert tone == "done" and "139****5678" in text
    [json_file] = tmp_path.glob("person-139xxxx5678-*.json")
    [csv_file] = tmp_path.glob("person-139xxxx5678-*.csv")
    assert json.loads(json_file.read_text(encoding="utf-8"))["tables"]["visitor"][0]["name"] == ZHUGE.name
    assert OTHER.name not in csv_file.read_text(encoding="utf-8-sig")
    assert audit_entries(store, STAFF, action="export")[0].subject == "person 139****5678"


def test_bad_input_is_told_without_a_dialog(ui, qtbot, view, store):
    assert not ui.find(view, "Export person data", QPushButton).isEnabled()  # nothing entered yet
    ui.type(view, "Person mobile", "12345")
    text, tone = said(view, qtbot, lambda: ui.tap(view, "Export person data"))
    assert tone == "error" and text == "This is not a valid mobile number."
    assert view.folder_dialog is None and audit_entries(store, STAFF, action="export") == []


def test_erase_asks_for_a_reason_and_confirmation(ui, qtbot, view, store):
    trail = leave_trail(store, ZHUGE)
    ui.type(view, "Person ID number", ZHUGE.id_number)

    def give_reason(dialog):
        ui.tap(dialog, "Continue")  # empty: refused, the dialog stays
        assert dialog.isVisible() and ui.find(dialog, "Dialog problem", QLabel).text()
        ui.find(dialog, "Erasure reason", QLineEdit).setText("本人书面申请")
        answer("No")
        ui.tap(dialog, "Continue")
    on_modal(give_reason)
    ui.tap(view, "Erase person data")
    with store.read() as s:
        assert s.get(db.Visit, trail.visit_id).visitor.id_number == ZHUGE.id_number  # "No": nothing changed

    def give_reason_and_confirm(dialog):
        ui.find(dialog, "Erasure reason", QLineEdit).setText("本人书面申请")
        answer("Yes")
        ui.tap(dialog, "Continue")
    on_modal(give_reason_and_confirm)
    text, tone = said(view, qtbot, lambda: ui.tap(view, "Erase person data"))
    assert tone == "done" and text == "Erased the data of 1101**********3456. Visits: 1, expected visits: 0, gate entries: 1."
    with store.read() as s:
        assert s.get(db.Visit, trail.visit_id).visitor.id_number == ""
    (entry,) = audit_entries(store, STAFF, action="erase")
    assert entry.detail["reason"] == "本人书面申请" and ui.find(view, "Person ID number", QLineEdit).text() == ""


def test_erase_is_refused_while_they_are_on_site(ui, qtbot, view, store):
    leave_trail(store, ZHUGE, checked_out=False)
    ui.type(view, "Person mobile", ZHUGE.mobile)

    def give_reason(dialog):
        ui.find(dialog, "Erasure reason", QLineEdit).setText("request")
        answer("Yes")
        ui.tap(dialog, "Continue")
    on_modal(give_reason)
    text, tone = said(view, qtbot, lambda: ui.tap(view, "Erase person data"))
    assert tone == "error" and "on site" in text
    assert audit_entries(store, STAFF, action="erase") == []


def test_a_receptionist_is_told_no(ui, qtbot, store, make_translations):
    view = PrivacyView(store, lambda: Actor("desk-1", "amy", "receptionist"))
    qtbot.addWidget(view)
    view.show()
    ui.type(view, "Person mobile", ZHUGE.mobile)
    view.folder_dialog = None
    text, tone = said(view, qtbot, lambda: view.export_to("/tmp"))
    assert tone == "error" and text == "Only an administrator can do this."
