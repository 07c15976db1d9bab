"""A card read over a real port: a pty as a USB-serial reader appears, and a TCP port as a serial server's,
each served by a simulated reader that speaks the frames byte for byte and misbehaves as readers do."""
from __future__ import annotations

import pytest

from shared.devices.idcard.protocol import (FIND, READ_BASE, SELECT, FrameBuffer, ReaderError, command,
                                            response)
from shared.devices.idcard.reader import CardReader, open_port
from tests.support.id_card_reader import SimulatedReader
from tests.unit.test_id_card import FOREIGN, PERMIT, RESIDENT


@pytest.fixture(params=["pty", "tcp"])
def reader(request):
    simulated = SimulatedReader()
    url = simulated.on_pty() if request.param == "pty" else simulated.on_tcp()
    card_reader = CardReader(open_port(url), timeout_s=0.5)
    yield simulated, card_reader
    card_reader.close()
    simulated.close()


def test_a_card_laid_on_the_reader_is_read_once(reader):
    simulated, card_reader = reader
    assert card_reader.poll() is None  # nothing on the reader yet
    simulated.lay(RESIDENT)
    assert card_reader.poll() == RESIDENT
    assert card_reader.poll() is None  # still lying there: not read again
    assert simulated.commands[-4:-1] == [FIND, SELECT, READ_BASE]


def test_two_cards_in_a_row_are_two_reads(reader):
    simulated, card_reader = reader
    simulated.lay(FOREIGN)
    simulated.lay(PERMIT)
    assert [card_reader.poll(), card_reader.poll(), card_reader.poll()] == [FOREIGN, PERMIT, None]


@pytest.mark.parametrize("fault, code", [("removed_mid_read", "timeout"), ("partial", "timeout"),
                                         ("silent", "timeout"), ("bad_checksum", "checksum"),
                                         ("read_failed", "read_failed")])
def test_each_fault_is_a_named_error_and_the_next_card_still_reads(reader, fault, code):
    simulated, card_reader = reader
    simulated.lay(RESIDENT, fault=fault)
    with pytest.raises(ReaderError) as raised:
        card_reader.poll()
    assert raised.value.code == code
    simulated.lay(PERMIT)  # what was left of the broken answer is not taken for this one
    assert card_reader.poll() == PERMIT


def test_the_reader_check_asks_the_security_module(reader):
    simulated, card_reader = reader
    card_reader.check()
    assert simulated.commands == [b"\x11\xff"]


def test_a_port_with_no_reader_behind_it_is_unavailable():
    with pytest.raises(ReaderError) as raised:
        open_port("/dev/ttyNOSUCHREADER")
    assert raised.value.code == "unavailable"


def test_frames_split_anywhere_and_after_noise_are_put_back_together():
    frame = response(0x90, b"\x01\x02\x03")
    frames = FrameBuffer()
    assert frames.feed(b"\x00\xff\xaa" + frame[:4]) is None
    assert frames.feed(frame[4:9]) is None
    answer = frames.feed(frame[9:])
    assert (answer.sw3, answer.data) == (0x90, b"\x01\x02\x03")


def test_a_command_frame_is_what_the_standard_gives():
    assert command(FIND) == bytes.fromhex("AAAAAA9669000320 01 22".replace(" ", ""))


def test_a_length_no_frame_can_have_is_skipped_as_noise():
    frames = FrameBuffer()
    good = response(0x9F)
    assert frames.feed(b"\xaa\xaa\xaa\x96\x69\xff\xff" + good).sw3 == 0x9F


@pytest.mark.parametrize("typed, number", [("11010519491231002x", "11010519491231002X"),
                                           ("USA110079031011", "USA110079031011"),
                                           ("11010519491231002", None),  # one short
                                           ("110105194912310021", None),  # wrong check digit
                                           ("ABCD2345", None),  # an invitation code
                                           ("Zq3v9mK1pL0xYb7NcT2wRg", None)])  # a badge token
def test_a_reader_in_keyboard_mode_types_a_number_and_only_an_id_number_is_taken_for_one(typed, number):
    from shared.devices.idcard.wedge import id_number_from_wedge

    assert id_number_from_wedge(typed) == number
