"""A real kiosk process for two-process tests, driven by accessible names as a visitor would.

    python -m tests.support.kiosk_driver STATION.toml NAME MOBILE HOST_QUERY HOST_NAME

Prints "done-page" when the visitor (having agreed to the privacy notice) sees "please take your badge", then "badge <path>" once the
print worker has written the badge, and exits.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from kiosk.app import build_kiosk  # noqa: E402
from shared import config  # noqa: E402
from shared.qt.appbase import make_app  # noqa: E402
from shared.store.engine import open_store  # noqa: E402
from tests.support.ui import Ui  # noqa: E402


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the kiosk did not get there in time")
        QTest.qWait(20)


def main(cfg_path: str, name: str, mobile: str, host_query: str, host_name: str) -> int:
    cfg = config.load(Path(cfg_path))
    app, translations = make_app(sys.argv[:1], "reception-kiosk", ["kiosk"], cfg.language)
    store = open_store(cfg.database_url)
    window = build_kiosk(cfg, store, translations)
    window.confirm.tap_guard_s = 0  # the driver taps faster than a person
    window.resize(1280, 800)
    window.show()
    ui = Ui()
    folder = Path(cfg.printers[cfg.badge_printer]["folder"])
    before = set(folder.glob("*.png")) if folder.exists() else set()

    ui.tap(window, "Walk-in")
    ui.type(window, "Visitor name", name)
    ui.type(window, "Mobile number", mobile)
    ui.type(window, "Host search", host_query)
    wait_until(lambda: ui.find(window, "Host results").count() > 0)
    ui.choose(window, "Host results", host_name)
    wait_until(lambda: ui.find(window, "Next").isEnabled())
    ui.tap(window, "Next")
    wait_until(lambda: ui.showing(window, "Visit details page"))
    ui.tap(window, "Next")
    wait_until(lambda: ui.showing(window, "Confirm page"))
    ui.tap(window, "I agree")
    ui.tap(window, "Confirm and print badge")
    wait_until(lambda: ui.showing(window, "Done page"))
    print("done-page", flush=True)
    wait_until(lambda: set(folder.glob("*.png")) - before, timeout=20)
    print("badge", (set(folder.glob("*.png")) - before).pop(), flush=True)
    window.allow_exit()  # the kiosk ignores a close until an admin unlocks it
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
