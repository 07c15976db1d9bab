"""The kiosk's photo and signing steps, between "confirm" and the save: a picture file as the camera, a
finger's touch events on the signature pad, the signed copy's PDF read back with QtPdf."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from sqlalchemy import func, select

from assets import DEMO_PHOTO
from shared.domain.documents import document_from_dict
from shared.services.checkin import create_appointment
from shared.services.desk.records import signed_copy_pdf, visit_records
from shared.services.site.settings import update_settings
from shared.store import models as db
from tests.gui.kiosk_fixtures import (NAME, agree_and_confirm, fill_form, kiosk_store, make_kiosk,  # noqa: F401
                                      to_confirm, wait_for)
from tests.support.signing import ADMIN, nda, safety_rules
from tests.support.touch import sign

CAMERA = f"file:{DEMO_PHOTO}"


def only_visit(store):
    with store.read() as s:
        (visit_id,) = s.scalars(select(db.Visit.id)).all()
        job = s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id == visit_id)).one()
        return visit_id, document_from_dict(job.payload)


def visits(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(db.Visit))


def to_photo(ui, w):
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Photo page")


def read_pdf(pdf: bytes) -> tuple[str, QImage, QPdfDocument]:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    last = document.pageCount() - 1
    text = "".join(document.getAllText(i).text() for i in range(document.pageCount()))
    image = document.render(last, QSize(827, 1170))
    document.close()
    return text, image, document


@pytest.fixture
def photo_site(kiosk_store):
    update_settings(kiosk_store, ADMIN, take_photo=True)
    return kiosk_store


def test_a_photo_needs_its_own_consent_then_prints_on_the_badge(ui, make_kiosk, photo_site, tmp_path):
    w = make_kiosk(camera=CAMERA)
    to_photo(ui, w)
    wait_for(lambda: not ui.find(w, "Camera preview").image.isNull())  # the live picture runs
    assert not ui.find(w, "Take photo").isEnabled()  # not before the consent
    ui.tap(w, "Photo consent")
    ui.tap(w, "Take photo")
    assert ui.showing(w, "Retake") and not ui.showing(w, "Take photo")
    w.grab().save(str(tmp_path / "photo-page.png"))
    ui.tap(w, "Retake")
    ui.tap(w, "Take photo")
    ui.tap(w, "Use this photo")
    assert ui.showing(w, "Done page")
    visit_id, badge = only_visit(photo_site)
    assert visit_records(photo_site, ADMIN, visit_id).photo.jpeg == badge.photo != b""
    assert not w.camera.running  # the camera is off once the photo is taken


@pytest.mark.parametrize(("camera", "missing"), [("none", "no_camera"), ("file:/nonexistent/camera.png", "camera_failed")])
def test_with_no_camera_or_a_failing_one_the_visitor_goes_on_without_a_photo(ui, make_kiosk, photo_site, camera,
                                                                             missing):
    w = make_kiosk(camera=camera)
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    wait_for(lambda: ui.showing(w, "Done page"))
    visit_id, badge = only_visit(photo_site)
    assert visit_records(photo_site, ADMIN, visit_id).photo.missing == missing and badge.photo == b""


def test_no_photo_is_the_visitors_choice(ui, make_kiosk, photo_site):
    w = make_kiosk(camera=CAMERA)
    to_photo(ui, w)
    ui.tap(w, "No photo")
    assert ui.showing(w, "Done page")
    visit_id, _ = only_visit(photo_site)
    assert visit_records(photo_site, ADMIN, visit_id).photo.missing == "declined"


def test_without_the_site_setting_there_is_no_photo_step(ui, make_kiosk, kiosk_store):
    w = make_kiosk(camera=CAMERA)
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    visit_id, _ = only_visit(kiosk_store)
    assert visit_records(kiosk_store, ADMIN, visit_id).photo is None


def test_a_signature_drawn_with_a_finger_makes_a_readable_signed_copy(ui, make_kiosk, kiosk_store, tmp_path):
    safety_rules(kiosk_store)
    w = make_kiosk()
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Sign page")
    assert ui.find(w, "Document text").text().startswith("一、进入厂区请佩戴安全帽。")
    pad = ui.find(w, "Signature pad")
    scroll = ui.find(w, "Document")
    bar = scroll.verticalScrollBar()
    if bar.maximum() > 0:  # the pad sleeps until the text has been read to its end
        assert not pad.isEnabled() and not ui.find(w, "I agree and sign").isEnabled()
        bar.setValue(bar.maximum())
    wait_for(pad.isEnabled)
    assert not ui.find(w, "I agree and sign").isEnabled()  # nothing drawn yet
    sign(pad)
    w.grab().save(str(tmp_path / "sign-page.png"))
    ui.tap(w, "I agree and sign")
    assert ui.showing(w, "Done page")
    visit_id, badge = only_visit(kiosk_store)
    assert badge.signed == ("安全告知 Safety rules",)
    (copy,) = visit_records(kiosk_store, ADMIN, visit_id).signed
    text, page, _ = read_pdf(signed_copy_pdf(kiosk_store, ADMIN, copy.id))
    for expected in ("安全告知", "一、进入厂区请佩戴安全帽。", NAME, "签署人", "版本 1"):
        assert expected in text
    page.save(str(tmp_path / "signed-copy.png"))
    # The signature box: ink inside it (the strokes), under the signature label.
    gray = page.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(1 for y in range(0, gray.height(), 2) for x in range(0, gray.width(), 2)
               if gray.pixelColor(x, y).value() < 100)
    assert dark > 500


def test_not_signing_ends_the_check_in_politely_and_saves_nothing(ui, make_kiosk, kiosk_store):
    safety_rules(kiosk_store)
    w = make_kiosk()
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    ui.tap(w, "I do not agree")
    assert ui.showing(w, "See reception page")
    assert visits(kiosk_store) == 0


def test_each_document_in_turn_in_english(ui, make_kiosk, kiosk_store):
    safety_rules(kiosk_store)
    nda(kiosk_store)
    w = make_kiosk("en")
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    for title in ("Safety rules", "Non-disclosure agreement"):
        assert ui.showing(w, "Sign page") and title in ui.visible_texts(w)
        bar = ui.find(w, "Document").verticalScrollBar()
        bar.setValue(bar.maximum())
        wait_for(ui.find(w, "Signature pad").isEnabled)
        sign(ui.find(w, "Signature pad"))
        ui.tap(w, "I agree and sign")
    assert ui.showing(w, "Done page")
    visit_id, _ = only_visit(kiosk_store)
    copies = visit_records(kiosk_store, ADMIN, visit_id).signed
    text, _, _ = read_pdf(signed_copy_pdf(kiosk_store, ADMIN, copies[0].id))
    assert "Wear a helmet on site." in text and "Signed by" in text


def test_a_document_changed_while_read_is_shown_again(ui, make_kiosk, kiosk_store):
    from shared.services.site.sign_documents import save_sign_document

    safety_rules(kiosk_store)
    w = make_kiosk()
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    save_sign_document(kiosk_store, ADMIN, "safety", "all", "安全告知", "Safety rules", "新规定：戴好安全帽。",
                       "New: wear a helmet.")
    bar = ui.find(w, "Document").verticalScrollBar()
    bar.setValue(bar.maximum())
    wait_for(ui.find(w, "Signature pad").isEnabled)
    sign(ui.find(w, "Signature pad"))
    ui.tap(w, "I agree and sign")
    assert ui.showing(w, "Sign page") and ui.find(w, "Document text").text() == "新规定：戴好安全帽。"
    assert visits(kiosk_store) == 0
    wait_for(ui.find(w, "Signature pad").isEnabled)
    sign(ui.find(w, "Signature pad"))
    ui.tap(w, "I agree and sign")
    assert ui.showing(w, "Done page")
    visit_id, _ = only_visit(kiosk_store)
    assert visit_records(kiosk_store, ADMIN, visit_id).signed[0].version == 2


def test_an_invited_vip_signs_the_documents_of_their_level(ui, make_kiosk, kiosk_store):
    from datetime import date

    from shared.domain.model import Actor
    from shared.services.site.sign_documents import save_sign_document

    save_sign_document(kiosk_store, ADMIN, "vip", "level:vip", "贵宾须知", "VIP notes", "欢迎。", "Welcome.")
    nda(kiosk_store)  # walk-ins only
    code = create_appointment(kiosk_store, Actor("desk-1", "amy", "receptionist"), "李四", "13900000000", "ACME",
                              1, date.today(), level="vip").value
    w = make_kiosk()
    w.lookup_invitation(code)
    ui.tap(w, "I agree")
    ui.tap(w, "Yes, check me in")
    assert ui.showing(w, "Sign page") and ui.find(w, "Document text").text() == "欢迎。"
    wait_for(ui.find(w, "Signature pad").isEnabled)
    sign(ui.find(w, "Signature pad"))
    ui.tap(w, "I agree and sign")
    assert ui.showing(w, "Done page")
    visit_id, badge = only_visit(kiosk_store)
    assert badge.signed == ("贵宾须知 VIP notes",)
