"""One card read over a reader's port: find the card, select it, read its base record.

The port is a pyserial URL: a device (/dev/ttyUSB0, COM3) or a serial server's TCP port
(socket://10.0.0.5:4001). A read either returns the card or raises ReaderError with a code the kiosk
turns into a sentence; nothing is kept of a read that failed."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from shared.domain.id_card import IdCard, UnreadableCard, decode_record
from shared.devices.idcard.protocol import (FIND, FOUND, OK, READ_BASE, SAM_STATUS, SELECT, STATUS, FrameBuffer,
                                            ReaderError, Response, command, split_base_record)

BAUD = 115200  # the readers' default; some are set to 9600 (the port URL's ?baudrate= is not pyserial's)


class Port(Protocol):
    def write(self, data: bytes) -> int | None: ...
    def read(self, size: int) -> bytes: ...
    def reset_input_buffer(self) -> None: ...
    def close(self) -> None: ...


def open_port(url: str, baud: int = BAUD, timeout_s: float = 0.05) -> Port:
    import serial  # pyserial: only a station with a reader needs it

    try:
        return serial.serial_for_url(url, baudrate=baud, timeout=timeout_s, write_timeout=1.0)
    except (serial.SerialException, ValueError, OSError) as err:
        raise ReaderError("unavailable", f"{url}: {err}") from None


class CardReader:
    """timeout_s bounds each exchange: a reader that stops answering mid-frame (a card pulled away, a cable
    unplugged) gives ReaderError("timeout"), never a hang."""

    def __init__(self, port: Port, timeout_s: float = 2.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._port, self._timeout_s, self._clock = port, timeout_s, clock

    def close(self) -> None:
        self._port.close()

    def check(self) -> None:
        """The reader answers and its security module is fine (reception doctor / setup)."""
        self._expect(self._exchange(SAM_STATUS), OK)

    def poll(self) -> IdCard | None:
        """A card if one was laid on the reader since the last read, else None."""
        found = self._exchange(FIND)
        if found.sw3 == 0x80:
            return None
        self._expect(found, FOUND)
        self._expect(self._exchange(SELECT), OK)
        base = self._expect(self._exchange(READ_BASE), OK)
        text, _photo = split_base_record(base.data)  # the photo is vendor-encoded: not decoded, not kept
        try:
            return decode_record(text)
        except UnreadableCard as err:
            raise ReaderError("unreadable", str(err)) from None

    def _expect(self, answer: Response, wanted: int) -> Response:
        if answer.sw3 != wanted:
            raise ReaderError(STATUS.get(answer.sw3, "read_failed"), f"status {answer.sw3:#04x}")
        return answer

    def _exchange(self, code: bytes) -> Response:
        self._port.reset_input_buffer()  # a late answer to an earlier command is not this one's
        try:
            self._port.write(command(code))
        except OSError as err:
            raise ReaderError("unavailable", str(err)) from None
        frames = FrameBuffer()
        deadline = self._clock() + self._timeout_s
        while self._clock() < deadline:
            try:
                chunk = self._port.read(2048)
            except OSError as err:
                raise ReaderError("unavailable", str(err)) from None
            if chunk:
                answer = frames.feed(chunk)
                if answer is not None:
                    return answer
        raise ReaderError("timeout", "part of a response came, then nothing" if frames.partial else "no response")


def find_readers(timeout_s: float = 0.5) -> list[str]:
    """The serial ports with an ID card reader behind them: each port the system lists (USB-serial adapters,
    built-in RS-232) asked for its security module's status; the ones that answer in the readers' frames."""
    from serial.tools import list_ports

    found = []
    for port in list_ports.comports():
        try:
            reader = CardReader(open_port(port.device), timeout_s=timeout_s)
        except ReaderError:
            continue
        try:
            reader.check()
            found.append(port.device)
        except ReaderError:
            pass
        finally:
            reader.close()
    return found
