"""Raw TCP (JetDirect, port 9100) ESC/POS printer."""
from __future__ import annotations

import socket
import time
from typing import TYPE_CHECKING

from printers.backends.capabilities import prepare as prepare_capabilities
from printers.backends.base import EscposBackend, ReadWrite, escpos_profile

if TYPE_CHECKING:
    from escpos.escpos import Escpos


class NetworkPrinter(EscposBackend):
    answers_status = True

    def __init__(self, name: str, host: str, port: int = 9100, timeout: float = 5.0,
                 width_dots: int = 576, status_timeout: float = 1.0) -> None:
        super().__init__(name, width_dots)
        self.host, self.port, self.timeout = host, port, timeout
        self.status_timeout = status_timeout  # 0 skips the DLE EOT status check

    def _open(self) -> Escpos:
        # We connect ourselves: escpos 3.1 Network.open() drops (leaks) its socket when connect fails.
        sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        prepare_capabilities()
        from escpos.printer import Network  # here: escpos loads its capabilities on import

        printer = Network(self.host, self.port, self.timeout, profile=escpos_profile(self.width_dots))
        printer.device = sock
        return printer

    def _read_write(self, printer: Escpos) -> ReadWrite:
        sock: socket.socket = printer.device

        def read(seconds: float) -> bytes:
            sock.settimeout(seconds)
            try:
                data = sock.recv(16)
            except TimeoutError:
                return b""
            finally:
                sock.settimeout(self.timeout)
            if not data:
                raise ConnectionError("the printer closed the connection")
            return data

        return sock.sendall, read

    def _finish(self, printer: Escpos) -> None:
        """Half-close, then read until the printer hangs up.

        Closing a socket with unread input (a late status byte) makes Linux send RST and drop
        data still queued for sending, which would cut the badge short. Waiting for the peer's
        close also tells us the printer has received every byte.
        """
        sock: socket.socket = printer.device
        sock.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + min(self.timeout, 2.0)
        try:
            while (left := deadline - time.monotonic()) > 0:
                sock.settimeout(left)
                if not sock.recv(4096):
                    break
        except TimeoutError:
            pass  # a printer that keeps the connection open: the data was sent, close anyway
        printer.close()

    def __repr__(self) -> str:
        return f"NetworkPrinter({self.name!r}, {self.host!r}, {self.port})"
