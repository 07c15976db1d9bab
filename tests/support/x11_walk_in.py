"""A walk-in on a real X display, by a person's pointer and keys synthesised in the X server (xdotool's XTEST).

    DISPLAY=:N python -m tests.support.x11_walk_in STATION.toml NAME MOBILE

The kiosk is built as `reception kiosk` builds it (on-screen keyboard on, full screen); where to click is read
from the live window (the on-screen keyboard moves the page), and every click and key goes out through the X
server, not into Qt's queue. Prints "welcome", "done-page", then "badge <path>", and exits.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from kiosk.app import _show, build_kiosk, build_printers, lean_process  # noqa: E402
from kiosk.keyboard import enable_virtual_keyboard  # noqa: E402
from shared import config  # noqa: E402
from shared.qt.appbase import make_app  # noqa: E402
from shared.store.engine import open_store  # noqa: E402
from tests.support.ui import Ui  # noqa: E402


def wait_until(condition, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        QTest.qWait(20)


def xdotool(*args: str) -> None:
    """Run it while Qt's loop keeps turning: the events come back to this process through the X server."""
    proc = subprocess.Popen(["xdotool", *args])
    wait_until(lambda: proc.poll() is not None, f"xdotool {args}")
    if proc.returncode:
        raise RuntimeError(f"xdotool {args} failed")
    QTest.qWait(150)


def click(widget: QWidget, at: QPoint | None = None) -> None:
    point = widget.mapToGlobal(at if at is not None else widget.rect().center())
    xdotool("mousemove", str(point.x()), str(point.y()), "click", "1")


def main(cfg_path: str, name: str, mobile: str) -> int:
    cfg = config.load(Path(cfg_path))
    lean_process()
    enable_virtual_keyboard()
    app, translations = make_app(sys.argv[:1], "reception-kiosk", ["kiosk"], cfg.language)
    store = open_store(cfg.database_url)
    window = build_kiosk(cfg, store, translations, printers=build_printers(cfg))
    _show(window, windowed=False)
    ui = Ui()
    wait_until(lambda: window.isVisible() and window.welcome.isVisible(), "the welcome page")
    QTest.qWait(500)
    print("welcome", flush=True)
    folder = Path(cfg.printers[cfg.badge_printer]["folder"])
    before = set(folder.glob("*.png")) if folder.exists() else set()

    def type_into(field_name: str, text: str) -> None:
        field = ui.find(window, field_name)
        click(field)
        wait_until(field.hasFocus, f"{field_name} focused")
        xdotool("type", "--delay", "30", text)
        wait_until(lambda: field.text().replace(" ", "") == text.replace(" ", ""), f"{field_name} typed")

    click(ui.find(window, "Walk-in"))
    wait_until(lambda: ui.showing(window, "Visitor name"), "the walk-in page")
    type_into("Visitor name", name)
    type_into("Mobile number", mobile)
    type_into("Host search", "zs")
    results = ui.find(window, "Host results")
    wait_until(lambda: results.count() > 0, "host results")
    item = next(results.item(i) for i in range(results.count()) if "张三" in results.item(i).text())
    click(results.viewport(), results.visualItemRect(item).center())
    next_button = ui.find(window, "Next")
    wait_until(next_button.isEnabled, "Next enabled")
    click(next_button)
    wait_until(lambda: ui.showing(window, "Visit details page"), "the details page")
    click(ui.find(window, "Next"))
    wait_until(lambda: ui.showing(window, "Confirm page"), "the confirm page")
    QTest.qWait(int(window.confirm.tap_guard_s * 1000) + 200)  # a person reads before tapping
    click(ui.find(window, "I agree"))
    confirm = ui.find(window, "Confirm and print badge")
    wait_until(confirm.isEnabled, "confirm enabled")
    click(confirm)
    wait_until(lambda: ui.showing(window, "Done page"), "the done page")
    print("done-page", flush=True)
    wait_until(lambda: set(folder.glob("*.png")) - before, "the badge", timeout=30)
    print("badge", (set(folder.glob("*.png")) - before).pop(), flush=True)
    window.allow_exit()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
