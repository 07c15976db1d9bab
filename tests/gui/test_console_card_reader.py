"""The gate desk's ID card reader: a card fills the gate form's name (a simulated reader on a pty)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtTest import QTest

from console.app import build_console
from console.security.gate_card import card_to_gate
from console.security.gate_view import GateView
from shared.config import StationConfig
from shared.qt.card_reader import CardReaderWatch
from shared.services.demo import seed_demo
from shared.services.directory.operators import OperatorView, Role
from shared.store.engine import open_store
from tests.gui.kiosk_fixtures import wait_for
from tests.support.id_card_reader import SimulatedReader
from tests.unit.test_id_card import RESIDENT

GUARD = OperatorView(0, "老赵", Role.SECURITY)
RECEPTIONIST = OperatorView(1, "amy", Role.RECEPTIONIST)


@pytest.fixture
def desk(qtbot, tmp_path, make_translations):
    url = f"sqlite:///{tmp_path / 'gate.sqlite'}"
    store = open_store(url)
    seed_demo(store)
    reader = SimulatedReader()
    made = []

    def make(operator):
        config = StationConfig(station="gate-1", database_url=url, language="en", card_reader=reader.on_pty())
        window = build_console(config, store, make_translations(["shared", "console"], "en"), operator=operator)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        watch = CardReaderWatch(config.card_reader, parent=window)
        watch.card_read.connect(lambda card: card_to_gate(window, card))
        watch.start()
        made.append(watch)
        return window, next(v for v in window.views if isinstance(v, GateView))

    yield reader, make
    for watch in made:
        watch.stop()
    reader.close()
    store.close()


def test_a_card_on_the_gate_reader_opens_the_gate_form_with_the_name_filled(ui, desk):
    reader, make = desk
    window, gate = make(GUARD)
    window.show_section(window.waiting_tab)
    assert not gate.isVisible()
    reader.lay(RESIDENT)
    wait_for(lambda: gate.name.text() == "欧阳娜娜")
    assert gate.isVisible()
    reader.lay(replace(RESIDENT, name="张伟", valid_until=date(2021, 5, 1)))
    wait_for(lambda: gate.problem.isVisible())
    assert "expired" in gate.problem.text() and gate.name.text() == "欧阳娜娜"  # not taken from the old card


def test_an_operator_who_may_not_use_the_gate_form_gets_nothing_from_the_reader(ui, desk):
    reader, make = desk
    window, gate = make(RECEPTIONIST)
    reader.lay(RESIDENT)
    wait_for(lambda: not reader.cards)
    QTest.qWait(300)  # the read's signal crosses to this thread
    assert gate.name.text() == "" and not gate.isVisible()
