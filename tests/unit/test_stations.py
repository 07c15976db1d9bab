"""Stations' health through the store, on SQLite and PostgreSQL: each heartbeat overwrites its station's row;
silence turns a station amber then red at the stated times; a printer that cannot print is amber; the list is
worst first and only for the desk."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from shared.domain.model import PrinterStatus
from shared.domain.permissions import NotPermitted
from shared.services.printing.queue import record_status
from shared.services.site.stations import AMBER, OK, RED, beat, heartbeat_s, stations
from shared.store import models as db
from shared.store.types import utcnow
from tests.support.actors import STAFF


def test_a_beat_overwrites_its_row_and_silence_turns_amber_then_red(store):
    beat(store, "lobby-kiosk-1", "kiosk", "0.1.0")
    beat(store, "lobby-kiosk-1", "kiosk", "0.1.1", last_error="kiosk.flow: check-in failed")
    beat(store, "desk-1", "desk", "0.1.1")
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(db.StationHeartbeat)) == 2
    now = utcnow()
    [desk, kiosk] = stations(store, STAFF, now)
    assert (kiosk.station, kiosk.version, kiosk.last_error, kiosk.health) == (
        "lobby-kiosk-1", "0.1.1", "kiosk.flow: check-in failed", OK)
    interval = heartbeat_s()
    assert stations(store, STAFF, now + timedelta(seconds=4 * interval - 1))[0].health == OK
    assert stations(store, STAFF, now + timedelta(seconds=4 * interval + 1))[0].health == AMBER
    assert stations(store, STAFF, now + timedelta(seconds=10 * interval + 1))[0].health == RED


def test_a_printer_that_cannot_print_is_amber_and_listed_first(store):
    beat(store, "desk-1", "desk", "0.1.0")
    record_status(store, "lobby-kiosk-1", "badge", PrinterStatus(online=True, paper="ok"))
    beat(store, "lobby-kiosk-1", "kiosk", "0.1.0")
    assert [v.health for v in stations(store, STAFF)] == [OK, OK]
    record_status(store, "lobby-kiosk-1", "badge", PrinterStatus(online=True, paper="out"))
    beat(store, "lobby-kiosk-1", "kiosk", "0.1.0")
    first = stations(store, STAFF)[0]
    assert (first.station, first.health, first.printer) == ("lobby-kiosk-1", AMBER, "badge: paper out")


def test_only_the_desk_reads_the_list(store):
    from shared.domain.model import Actor

    with pytest.raises(NotPermitted):
        stations(store, Actor("kiosk-1"))
