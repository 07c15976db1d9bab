"""Polls the ID card reader on a thread of its own and hands each card to the window's thread.

A read takes ~0.5 s on a real reader and a dead port times out: the screen never waits for either. A port
that cannot be opened (the reader unplugged) is tried again every REOPEN_S, and said once, not every time."""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal

from shared.devices.idcard.protocol import ReaderError
from shared.devices.idcard.reader import CardReader, open_port

log = logging.getLogger(__name__)
POLL_S, REOPEN_S = 0.3, 5.0


class CardReaderWatch(QThread):
    card_read = Signal(object)  # shared.domain.id_card.IdCard
    problem = Signal(str)  # a ReaderError code: no_card never comes here

    def __init__(self, url: str, parent: QObject | None = None, timeout_s: float = 2.0) -> None:
        super().__init__(parent)
        self.url, self._timeout_s = url, timeout_s
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()
        self.wait()

    def run(self) -> None:
        reader: CardReader | None = None
        said_unavailable = False
        while not self._stop.is_set():
            try:
                if reader is None:
                    reader = CardReader(open_port(self.url), timeout_s=self._timeout_s)
                    said_unavailable = False
                card = reader.poll()
            except ReaderError as err:
                if err.code == "unavailable":
                    if reader is not None:
                        reader.close()
                        reader = None
                    if not said_unavailable:
                        log.warning("ID card reader at %s: %s", self.url, err.detail)
                        self.problem.emit(err.code)
                        said_unavailable = True
                    self._stop.wait(REOPEN_S)
                    continue
                log.info("ID card read failed: %s", err)
                self.problem.emit(err.code)
            else:
                if card is not None:
                    self.card_read.emit(card)
            self._stop.wait(POLL_S)
        if reader is not None:
            reader.close()
