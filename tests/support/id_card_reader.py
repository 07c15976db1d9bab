"""A resident ID card reader simulated at the byte level, on a pty (as a USB-serial reader appears) or a TCP port
(as a serial server does). It answers the GA 467 commands the way the readers do, and can misbehave as they do:
a card pulled away mid-read, a bad checksum, silence, half a frame, a status word.

`lay(card)` puts a card on the reader: the next FIND finds it once (a card stays "already read" until it is
laid again, as on the real readers). `faults` lists what the next exchanges do wrong, in order."""
from __future__ import annotations

import os
import socket
import threading
import tty
from collections import deque

from shared.devices.idcard.protocol import FIND, FOUND, OK, PREAMBLE, READ_BASE, SAM_STATUS, SELECT, response
from shared.domain.id_card import IdCard, encode_record

PHOTO = bytes(range(256)) * 4  # 1,024 bytes, as the vendor-encoded photo: never decoded

# A fault is named for what the reader does instead of answering READ_BASE (or any command, for "silent"):
FAULTS = ("removed_mid_read", "bad_checksum", "silent", "partial", "read_failed")


class SimulatedReader:
    def __init__(self) -> None:
        self.cards: deque[IdCard] = deque()
        self.faults: deque[str] = deque()
        self.commands: list[bytes] = []
        self._selected: IdCard | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._closers: list = []

    def lay(self, card: IdCard, fault: str | None = None) -> None:
        self.cards.append(card)
        if fault:
            self.faults.append(fault)

    # Answers ------------------------------------------------------------------------------

    def answer(self, code: bytes) -> bytes:
        self.commands.append(code)
        if code == SAM_STATUS:
            return response(OK)
        if code == FIND:
            if not self.cards:
                return response(0x80)
            self._selected = self.cards.popleft()
            return response(FOUND)
        if code == SELECT:
            return response(OK if self._selected else 0x81)
        if code == READ_BASE:
            card, self._selected = self._selected, None
            if card is None:
                return response(0x41)
            text = encode_record(card)
            full = response(OK, len(text).to_bytes(2, "big") + len(PHOTO).to_bytes(2, "big") + text + PHOTO)
            return self._misbehave(full)
        return response(0x21)  # a command it does not know

    def _misbehave(self, full: bytes) -> bytes:
        fault = self.faults.popleft() if self.faults else None
        if fault is None:
            return full
        if fault in ("removed_mid_read", "partial"):
            return full[:len(full) // 3]  # the rest never comes
        if fault == "bad_checksum":
            return full[:-1] + bytes([full[-1] ^ 0x5A])
        if fault == "silent":
            return b""
        if fault == "read_failed":
            return response(0x41)
        raise ValueError(fault)

    # Serving ------------------------------------------------------------------------------

    def _serve(self, read, write) -> None:
        pending = b""
        while not self._stop.is_set():
            try:
                chunk = read()
            except OSError:
                return
            if not chunk:
                if chunk == b"":
                    return
                continue
            pending += chunk
            while True:
                start = pending.find(PREAMBLE)
                if start < 0 or len(pending) < start + 8:
                    break
                frame, pending = pending[start:start + 10], pending[start + 10:]
                try:
                    write(self.answer(frame[7:9]))
                except OSError:
                    return

    def on_pty(self) -> str:
        """The device path a pyserial port opens, as /dev/ttyUSB0 would be."""
        master, slave = os.openpty()
        tty.setraw(slave)
        path = os.ttyname(slave)
        self._closers += [lambda: os.close(master), lambda: os.close(slave)]

        def read():
            import select

            ready, _, _ = select.select([master], [], [], 0.1)
            return os.read(master, 4096) if ready else None

        self._start(lambda: self._serve(read, lambda data: os.write(master, data)))
        return path

    def on_tcp(self) -> str:
        """A serial server's port: socket://127.0.0.1:PORT."""
        server = socket.create_server(("127.0.0.1", 0))
        server.settimeout(0.1)
        self._closers.append(server.close)

        def accept():
            while not self._stop.is_set():
                try:
                    conn, _ = server.accept()
                except (TimeoutError, OSError):
                    continue
                conn.settimeout(0.1)
                self._closers.append(conn.close)

                def read(conn=conn):
                    try:
                        return conn.recv(4096)
                    except TimeoutError:
                        return None

                self._start(lambda: self._serve(read, conn.sendall))

        self._start(accept)
        return f"socket://127.0.0.1:{server.getsockname()[1]}"

    def _start(self, target) -> None:
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        self._threads.append(thread)

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2)
        for close in self._closers:
            try:
                close()
            except OSError:
                pass
