"""The ID card reader at the kiosk: a simulated reader on a pty (as a USB-serial reader appears) speaking the
frames byte for byte; the kiosk polls it as it would a real one."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from shared.domain.model import Actor
from shared.services.site.settings import update_settings
from shared.store import models as db
from tests.gui.kiosk_fixtures import kiosk_store, make_kiosk, scan, wait_for  # noqa: F401
from tests.support.id_card_reader import SimulatedReader
from tests.unit.test_id_card import FOREIGN, RESIDENT

ADMIN = Actor("desk-1", "admin", "admin")
MASKED = "1101**********002X"


@pytest.fixture
def reader():
    simulated = SimulatedReader()
    yield simulated
    simulated.close()


@pytest.fixture
def kiosk_with_reader(make_kiosk, reader):
    def make(language="zh_CN"):
        return make_kiosk(language, start_worker=True, card_reader=reader.on_pty())
    return make


def rest_of_form(ui, w):
    """What a card does not fill: the mobile and the host; then on to the visit details."""
    ui.type(w, "Mobile number", "13800138000")
    ui.type(w, "Host search", "zs")
    ui.choose(w, "Host results", "张三")
    ui.tap(w, "Next")


def visits(store):
    with store.read() as s:
        return s.scalars(select(db.Visit).order_by(db.Visit.id)).all()


def test_a_card_on_the_start_page_begins_a_walk_in_with_name_and_number_filled_in(ui, kiosk_with_reader, reader,
                                                                                 kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_id_number=True)
    w = kiosk_with_reader("en")
    assert ui.showing(w, "Welcome page")
    assert "Or just lay your ID card on the reader." in ui.visible_texts(w)
    reader.lay(RESIDENT)
    wait_for(lambda: ui.showing(w, "Walk-in page"))
    assert ui.find(w, "Visitor name").text() == "欧阳娜娜"
    note = ui.find(w, "ID card reader").text()
    assert MASKED in note and RESIDENT.number not in " ".join(ui.visible_texts(w))
    rest_of_form(ui, w)
    assert ui.find(w, "ID number").text() == RESIDENT.number
    ui.tap(w, "Next")
    assert ui.showing(w, "Confirm page")
    assert ui.find(w, "ID number consent").isVisible()  # the card does not stand for the consent
    ui.tap(w, "I agree")
    ui.tap(w, "ID number consent")
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    [visit] = visits(kiosk_store)
    assert (visit.id_source, visit.visitor.id_number, visit.visitor.name) == ("card", RESIDENT.number, "欧阳娜娜")
    assert "维吾尔" not in repr(visit.__dict__) and "建国路" not in repr(visit.visitor.__dict__)


def test_a_site_that_keeps_the_cards_address_says_so_and_keeps_it(ui, kiosk_with_reader, reader, kiosk_store):
    update_settings(kiosk_store, ADMIN, keep_card_address=True)  # the nation stays dropped
    w = kiosk_with_reader("en")
    reader.lay(RESIDENT)
    wait_for(lambda: ui.showing(w, "Walk-in page"))
    rest_of_form(ui, w)
    ui.tap(w, "Next")
    assert "the address on your ID card" in ui.find(w, "What is kept").text()
    assert "ethnic group" not in ui.find(w, "What is kept").text()
    ui.tap(w, "I agree")
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    [visit] = visits(kiosk_store)
    assert (visit.visitor.address, visit.visitor.nation) == (RESIDENT.address, "")
    w.next_visitor()
    assert w.card_extras() == {"address": "", "nation": ""}  # the next visitor starts without it


def test_a_number_changed_after_the_read_is_a_typed_one(ui, kiosk_with_reader, reader, kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_id_number=True)
    w = kiosk_with_reader("en")
    ui.tap(w, "Walk-in")
    reader.lay(RESIDENT)
    wait_for(lambda: ui.find(w, "Visitor name").text() == "欧阳娜娜")
    rest_of_form(ui, w)
    ui.type(w, "ID number", "USA110079031011")
    ui.tap(w, "Next")
    ui.tap(w, "I agree")
    ui.tap(w, "ID number consent")
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    assert visits(kiosk_store)[0].id_source == "typed"


def test_a_site_that_keeps_no_id_numbers_gets_the_name_only(ui, kiosk_with_reader, reader, kiosk_store):
    w = kiosk_with_reader("zh_CN")
    reader.lay(FOREIGN)
    wait_for(lambda: ui.showing(w, "Walk-in page"))
    assert ui.find(w, "Visitor name").text() == "马克"
    rest_of_form(ui, w)
    ui.tap(w, "Next")
    assert not [t for t in w.findChildren(QWidget) if t.accessibleName() == "ID number consent" and t.isVisible()]
    ui.tap(w, "I agree")
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    [visit] = visits(kiosk_store)
    assert (visit.visitor.id_number, visit.id_source) == ("", "")


def test_an_expired_card_is_refused_politely_and_fills_nothing(ui, kiosk_with_reader, reader, kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_id_number=True)
    w = kiosk_with_reader("zh_CN")
    reader.lay(replace(RESIDENT, valid_until=date(2020, 1, 1)))
    wait_for(lambda: ui.showing(w, "Walk-in page"))
    wait_for(lambda: "过期" in ui.find(w, "ID card reader").text())
    assert ui.find(w, "Visitor name").text() == ""
    assert not ui.find(w, "Next").isEnabled() and visits(kiosk_store) == []


@pytest.mark.parametrize("fault", ["removed_mid_read", "bad_checksum", "read_failed"])
def test_a_failed_read_asks_for_the_card_again_and_the_next_read_fills_the_form(ui, kiosk_with_reader, reader,
                                                                               fault, kiosk_store):
    w = kiosk_with_reader("en")
    ui.tap(w, "Walk-in")
    reader.lay(RESIDENT, fault=fault)
    wait_for(lambda: "could not be read" in ui.find(w, "ID card reader").text(), timeout_s=8)
    assert ui.find(w, "Visitor name").text() == "" and visits(kiosk_store) == []
    reader.lay(FOREIGN)
    wait_for(lambda: ui.find(w, "Visitor name").text() == "马克", timeout_s=8)
    assert "could not be read" not in ui.find(w, "ID card reader").text()


def test_the_prompt_shows_only_with_a_reader_and_goes_when_it_is_unplugged(ui, make_kiosk, tmp_path):
    without = make_kiosk("en")
    ui.tap(without, "Walk-in")
    assert not ui.find(without, "ID card reader").isVisible()
    unplugged = make_kiosk("en", start_worker=True, card_reader=str(tmp_path / "ttyNOREADER"))
    wait_for(lambda: "Register as a walk-in visitor in under a minute." in ui.visible_texts(unplugged))
    ui.tap(unplugged, "Walk-in")
    wait_for(lambda: not ui.find(unplugged, "ID card reader").isVisible())
    ui.type(unplugged, "Visitor name", "张伟")  # typing still works
    assert ui.find(unplugged, "Visitor name").text() == "张伟"


def test_a_card_laid_during_confirmation_changes_nothing_on_that_page(ui, kiosk_with_reader, reader, kiosk_store):
    w = kiosk_with_reader("en")
    ui.tap(w, "Walk-in")
    ui.type(w, "Visitor name", "张伟")
    rest_of_form(ui, w)
    ui.tap(w, "Next")
    assert ui.showing(w, "Confirm page")
    reader.lay(RESIDENT)
    wait_for(lambda: not reader.cards)  # read
    assert ui.showing(w, "Confirm page") and "欧阳娜娜" not in " ".join(ui.visible_texts(w))


def test_a_reader_in_keyboard_mode_fills_the_number_and_its_keys_leave_no_trace(ui, make_kiosk, kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_id_number=True)
    w = make_kiosk("en")
    scan(w, RESIDENT.number.lower())  # on the start page: a walk-in begins
    assert ui.showing(w, "Walk-in page")
    ui.type(w, "Visitor name", "欧阳娜娜")
    ui.find(w, "Visitor name").setFocus()
    scan(w, RESIDENT.number)  # typed into the focused name field, then taken back out
    assert ui.find(w, "Visitor name").text() == "欧阳娜娜"
    assert MASKED in ui.find(w, "ID card reader").text()
    rest_of_form(ui, w)
    assert ui.find(w, "ID number").text() == RESIDENT.number
    ui.tap(w, "Next")
    ui.tap(w, "I agree")
    ui.tap(w, "ID number consent")
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    assert visits(kiosk_store)[0].id_source == "card"
