"""The kiosk with its on-screen keyboard, in a process of its own (Qt picks the input method at start).

    python -m tests.support.kiosk_keyboard_check

Opens the walk-in form, focuses the company field (below the keyboard's top edge once it opens)
and prints JSON: is the keyboard shown, and is the focused field inside the visible page area."""
from __future__ import annotations

import json
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.keyboard import enable_virtual_keyboard  # noqa: E402

enable_virtual_keyboard()

from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from kiosk.app import build_kiosk  # noqa: E402
from shared.config import StationConfig  # noqa: E402
from shared.qt.appbase import make_app  # noqa: E402
from shared.services.demo import seed_demo  # noqa: E402
from shared.store.engine import open_store  # noqa: E402
from tests.support.ui import Ui  # noqa: E402


def main() -> None:
    tmp = tempfile.mkdtemp()
    cfg = StationConfig(station="k", database_url=f"sqlite:///{tmp}/k.sqlite", language="zh_CN",
                        printers={"badge": {"type": "dummy"}})
    _app, translations = make_app([], "kiosk-check", ["kiosk"], cfg.language)
    store = open_store(cfg.database_url)
    seed_demo(store)
    window = build_kiosk(cfg, store, translations, start_worker=False)
    window.resize(1280, 800)
    window.show()
    ui = Ui()
    ui.tap(window, "Walk-in")
    field = ui.find(window, "Company")
    field.setFocus()
    QTest.qWait(400)
    viewport = window.page_area.viewport()
    top_left = field.mapTo(viewport, QPoint(0, 0))
    in_view = viewport.rect().contains(QRect(top_left, field.size()))
    print(json.dumps({"keyboard": window.keyboard.isVisible() and window.keyboard.height() > 200,
                      "field_in_view": in_view}))
    window.allow_exit()
    window.close()
    store.close()


if __name__ == "__main__":
    main()
