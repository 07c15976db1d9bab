"""A station's print worker in its own process, for crash tests:

    python -m tests.support.print_station URL PRINTER_PORT STATUS_TIMEOUT

Prints "running" once started; runs until killed.
"""
from __future__ import annotations

import sys

from printers.factory import make_printer
from shared.services.printing.queue import Worker
from shared.store.engine import open_store


def main(url: str, port: str, status_timeout: str) -> None:
    store = open_store(url)
    printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": int(port),
                            "status_timeout": float(status_timeout), "timeout": 30})
    worker = Worker(store, "kiosk-1", {"lobby": printer}, "lobby")
    worker.STATUS_EVERY_S = 3600  # only job traffic reaches the printer
    print("running", flush=True)
    worker.run()


if __name__ == "__main__":
    main(*sys.argv[1:4])
