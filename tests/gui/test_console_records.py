"""The console's side of photos and signed documents: beside the selected visit, from the visitor log (with
its "signed the safety rules" filter), and the administrator's page that sets them up."""
from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QPushButton

from console.admin.documents_view import DocumentsView
from console.app import build_console
from console.common.visit_records import SignedCopyDialog
from console.log.log_view import LogView
from shared.config import StationConfig
from shared.domain.model import Actor, Attachments, Consent, VisitorPhoto, WalkIn
from shared.services import checkin
from shared.services.demo import seed_demo
from shared.services.directory.operators import OperatorView, Role
from shared.services.site.settings import site_settings
from shared.services.site.sign_documents import sign_documents
from shared.store.engine import open_store
from tests.gui.kiosk_fixtures import wait_for
from tests.support.signing import ADMIN, photo, safety_rules, signed

KIOSK = Actor("kiosk-1")
DESK = Actor("desk-1", "amy", "receptionist")
RECEPTIONIST = OperatorView(0, "amy", Role.RECEPTIONIST)


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'records.sqlite'}")
    seed_demo(store)
    yield store
    store.close()


@pytest.fixture
def visits(store):
    safety = safety_rules(store)
    with_all = checkin.check_in_walk_in(store, KIOSK, WalkIn("欧阳娜娜", "13800138000", "华为", 1,
                                                             id_number="11010519491231002X", id_source="card"),
                                        "badge", Consent(True, True), attachments=signed([safety], with_photo=True)).value
    safety_rules(store, audience="level:vip")  # from now on, walk-ins sign nothing
    none = checkin.check_in_walk_in(store, KIOSK, WalkIn("李四", "13900000000", "", 1), "badge", Consent(True),
                                    attachments=Attachments(VisitorPhoto(missing="camera_failed"))).value
    return with_all, none


def test_the_selected_visit_shows_its_photo_id_source_and_signed_copies(qtbot, store, visits, make_translations):
    with_all, none = visits
    config = StationConfig(station="desk-1", database_url=str(store.engine.url))
    window = build_console(config, store, make_translations(["shared", "console"], "en"), operator=RECEPTIONIST)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_section(window.today_tab)
    panel = window.records_panel
    assert window.visits.select_visit(with_all.id)
    wait_for(panel.isVisible)
    photo_label = next(w for w in panel.findChildren(QLabel) if w.accessibleName() == "Visitor photo")
    assert not photo_label.pixmap().isNull() and photo_label.pixmap().width() == 96
    assert "ID read from the card" in panel.note.text() and panel.heading.text() == "Signed documents"
    (button,) = [b for b in panel.findChildren(QPushButton) if b.accessibleName() == "Open signed safety"]
    assert button.text() == "安全告知 Safety rules"
    button.click()
    dialog = panel.dialog
    assert isinstance(dialog, SignedCopyDialog) and dialog.isVisible()
    assert dialog.document.status() == QPdfDocument.Status.Ready and dialog.document.pageCount() >= 1
    assert "欧阳娜娜" in "".join(dialog.document.getAllText(i).text() for i in range(dialog.document.pageCount()))
    dialog.close()
    assert window.visits.select_visit(none.id)
    wait_for(lambda: "camera failed" in panel.note.text())
    assert not photo_label.isVisible() and panel.buttons == []  # no photo and nothing signed
    assert "ID" not in panel.note.text()  # no ID number was kept


def test_the_log_filters_on_a_signed_document_and_opens_a_visits_records(qtbot, store, visits, app_fonts):
    with_all, none = visits
    view = LogView(store, lambda: DESK)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.period.setCurrentIndex(view.period.findData("all"))
    assert {view._page.rows[i].visit_id for i in range(len(view._page.rows))} >= {with_all.id, none.id}
    assert view.signed.isVisible() and view.signed.itemData(1) == "safety"
    view.signed.setCurrentIndex(1)
    assert [r.visit_id for r in view._page.rows] == [with_all.id]
    view.select_visit(with_all.id)
    view.buttons["records"].click()
    dialog = view.records_dialog
    assert dialog.isVisible() and dialog.panel.records.signed[0].key == "safety"
    dialog.close()
    view.signed.setCurrentIndex(0)
    view.select_visit(none.id)
    view.buttons["records"].click()
    assert view.records_dialog.isVisible()  # no photo, but why: the camera failed
    assert "camera failed" in view.records_dialog.panel.note.text()


def test_the_admin_adds_changes_and_retires_a_document_and_turns_photos_on(qtbot, store, app_fonts):
    view = DocumentsView(store, lambda: ADMIN)
    qtbot.addWidget(view)
    view.show()
    view.take_photo.click()
    assert site_settings(store).take_photo
    view.add_button.click()
    dialog = view.dialog
    dialog.key.setText("safety")
    dialog.title_zh.setText("安全告知")
    dialog.ok.click()  # no English title, no texts: refused, nothing saved
    assert dialog.isVisible() and dialog.problems["title_en"].isVisible() and sign_documents(store) == []
    dialog.title_en.setText("Safety rules")
    dialog.text_zh.setPlainText("请佩戴安全帽。")
    dialog.text_en.setPlainText("Wear a helmet.")
    dialog.audience.setCurrentIndex(dialog.audience.findData("walk_in"))
    dialog.ok.click()
    assert not dialog.isVisible()
    (saved,) = sign_documents(store)
    assert (saved.key, saved.version, saved.audience) == ("safety", 1, "walk_in")
    view.list.item(0).setSelected(True)
    view.edit_button.click()
    assert view.dialog.key.isReadOnly() and view.dialog.text_zh.toPlainText() == "请佩戴安全帽。"
    view.dialog.text_zh.setPlainText("请佩戴安全帽和护目镜。")
    view.dialog.ok.click()
    assert sign_documents(store)[0].version == 2 and "version 2" in view.list.item(0).text()
    view.list.item(0).setSelected(True)
    view.retire_button.click()
    assert sign_documents(store) == [] and view.list.count() == 0
    view.take_photo.click()
    assert not site_settings(store).take_photo


def test_the_desk_may_not_change_documents(qtbot, store, app_fonts):
    view = DocumentsView(store, lambda: DESK)
    qtbot.addWidget(view)
    view.show()
    said = []
    view.said.connect(lambda text, tone: said.append(tone))
    view.take_photo.click()
    assert said == ["error"] and not view.take_photo.isChecked() and not site_settings(store).take_photo
