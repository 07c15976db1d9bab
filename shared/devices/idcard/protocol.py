"""The frames resident ID card readers speak (GA 467): over RS-232, USB-serial or a serial server's TCP port.

A command:  AA AA AA 96 69 | length (2, big-endian) | command | parameter | checksum
A response: AA AA AA 96 69 | length (2) | SW1 SW2 SW3 | data | checksum
The length counts what follows it, checksum included; the checksum XORs the length bytes and everything
after them. SW3 carries the outcome (STATUS)."""
from __future__ import annotations

from dataclasses import dataclass

PREAMBLE = b"\xaa\xaa\xaa\x96\x69"
FIND, SELECT, READ_BASE, SAM_STATUS = b"\x20\x01", b"\x20\x02", b"\x30\x01", b"\x11\xff"
MAX_LENGTH = 4096  # a base record with its photo is ~1,300 bytes: longer is line noise

OK, FOUND = 0x90, 0x9F
# SW3 values and what they mean to the kiosk (ReaderError codes).
STATUS = {0x10: "checksum", 0x11: "read_failed", 0x21: "read_failed", 0x23: "read_failed", 0x24: "read_failed",
          0x31: "read_failed", 0x32: "reader_fault", 0x33: "read_failed", 0x40: "read_failed",
          0x41: "read_failed", 0x47: "reader_fault", 0x60: "reader_fault", 0x66: "reader_fault",
          0x80: "no_card", 0x81: "read_failed"}


class ReaderError(Exception):
    """code: no_card, read_failed (a card moved or removed mid-read), checksum, timeout, reader_fault,
    unreadable (a record that is not a card's), unavailable (no reader at that port)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class Response:
    sw1: int
    sw2: int
    sw3: int
    data: bytes


def _checksum(body: bytes) -> int:
    value = 0
    for byte in body:
        value ^= byte
    return value


def command(code: bytes) -> bytes:
    body = (len(code) + 1).to_bytes(2, "big") + code
    return PREAMBLE + body + bytes([_checksum(body)])


def response(sw3: int, data: bytes = b"", sw1: int = 0, sw2: int = 0) -> bytes:
    """A reader's answer: for the simulated readers."""
    payload = bytes([sw1, sw2, sw3]) + data
    body = (len(payload) + 1).to_bytes(2, "big") + payload
    return PREAMBLE + body + bytes([_checksum(body)])


class FrameBuffer:
    """Bytes in as they arrive, whole responses out: skips noise before a preamble, waits for the rest of a
    partial frame, refuses a frame whose checksum does not add up."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> Response | None:
        self._pending += data
        return self._take()

    @property
    def partial(self) -> bool:
        return bool(self._pending)

    def _take(self) -> Response | None:
        start = self._pending.find(PREAMBLE)
        if start < 0:  # noise: keep only a tail that may begin a preamble
            self._pending = self._pending[-(len(PREAMBLE) - 1):]
            return None
        self._pending = self._pending[start:]
        head = len(PREAMBLE)
        if len(self._pending) < head + 2:
            return None
        length = int.from_bytes(self._pending[head:head + 2], "big")
        if length < 4 or length > MAX_LENGTH:
            self._pending = self._pending[1:]  # not a frame: look for the next preamble
            return self._take()
        end = head + 2 + length
        if len(self._pending) < end:
            return None
        body, check = self._pending[head:end - 1], self._pending[end - 1]
        self._pending = self._pending[end:]
        if _checksum(body) != check:
            raise ReaderError("checksum", "a response's checksum does not match")
        payload = body[2:]
        return Response(payload[0], payload[1], payload[2], payload[3:])


def split_base_record(data: bytes) -> tuple[bytes, bytes]:
    """READ_BASE's data: text length (2), photo length (2), the text record, the photo (left encoded)."""
    if len(data) < 4:
        raise ReaderError("read_failed", "the base record is cut short")
    text_len, photo_len = int.from_bytes(data[:2], "big"), int.from_bytes(data[2:4], "big")
    if len(data) < 4 + text_len + photo_len:
        raise ReaderError("read_failed", "the base record is cut short")
    return data[4:4 + text_len], data[4 + text_len:4 + text_len + photo_len]
