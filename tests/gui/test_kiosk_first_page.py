"""The kiosk paints its welcome page before the database code loads, and that page is the real one's twin."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from kiosk import first_page
from kiosk.first_page import FirstPage, remembered_site
from shared import config as station_config
from shared.config import StationConfig
from shared.domain.model import Actor
from shared.services.site.settings import update_settings
from tests.gui.kiosk_fixtures import SITE, kiosk_store, make_kiosk  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor("desk-1", "admin", "admin")


def differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(1 for y in range(a.height()) for x in range(0, a.width(), 2) if a.pixel(x, y) != b.pixel(x, y))


def first_page_of(qtbot, window, make_translations) -> FirstPage:
    page = FirstPage(window.config, make_translations(["shared", "kiosk"], window.config.language).language)
    qtbot.addWidget(page)
    page.resize(window.size())
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1366, 768)])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_first_page_is_pixel_for_pixel_the_kiosk_welcome_page(qtbot, make_kiosk, make_translations, size,
                                                                   language):
    window = make_kiosk(language)
    window.resize(*size)
    page = first_page_of(qtbot, window, make_translations)
    qtbot.wait(50)
    real, early = window.grab().toImage(), page.grab().toImage()
    assert differing(real, early) == 0
    blank = QImage(real.size(), real.format())
    blank.fill(QColor("#F3F6F8"))
    assert differing(real, blank) > 10_000  # there is a page to compare


def test_a_short_page_is_not_stretched_to_the_tallest_page_and_its_last_line_shows(qtbot, make_kiosk):
    window = make_kiosk("en")
    viewport = window.page_area.viewport()
    shown = [w for w in window.welcome.findChildren(QWidget) if w.isVisible()]
    bottom = max(w.mapTo(viewport, w.rect().bottomLeft()).y() for w in shown)  # the scanner hint's, at 800 px
    assert len(shown) > 5 and bottom < viewport.height(), (bottom, viewport.height())
    assert window.pages.height() == viewport.height()
    window.show_page(window.walk_in)  # a taller page still gets its own height (and scrolls when it must)
    qtbot.wait(20)
    assert window.pages.height() >= window.walk_in.minimumSizeHint().height()


def test_the_first_page_shows_the_site_name_the_kiosk_last_showed(qtbot, make_kiosk, kiosk_store,
                                                                   make_translations, tmp_path):
    window = make_kiosk("en")
    assert remembered_site(window.config) == (SITE, "")  # never told otherwise: the station's config
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#0F766E"))
    QPainter(image).end()
    image.save(str(logo))
    update_settings(kiosk_store, ADMIN, site_name="滨江工厂 Riverside Works", logo_path=str(logo))
    window.next_visitor()  # the settings are read for each visitor
    assert remembered_site(window.config) == ("滨江工厂 Riverside Works", str(logo))
    page = first_page_of(qtbot, window, make_translations)
    assert page.welcome.site.text() == page.top_bar.site.name.text() == "滨江工厂 Riverside Works"
    assert page.welcome.logo.isVisible() and page.windowTitle() == window.windowTitle()
    qtbot.wait(50)  # the window's new logo laid out, as it is before a paint
    assert differing(window.grab().toImage(), page.grab().toImage()) == 0


def test_an_unreadable_memory_falls_back_to_the_station_config(tmp_path, monkeypatch):
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(tmp_path))
    cfg = StationConfig(station="lobby/2", database_url="sqlite://", site_name="前台 Front desk")
    path = first_page._memory_path(cfg.station)
    assert path.parent == station_config.data_dir() and "/" not in path.name
    for text in ("", "{not json", '["a list"]', '{"site_name": "x"}'):
        path.write_text(text, encoding="utf-8")
        assert remembered_site(cfg) == ("前台 Front desk", "")
    first_page.remember_site(cfg.station, "新名字", "")
    assert remembered_site(cfg) == ("新名字", "")
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(path))  # a file where the folder should be
    first_page.remember_site(cfg.station, "其它", "")  # logged, not raised
    assert remembered_site(cfg) == ("前台 Front desk", "")


def test_neither_the_kiosk_entry_nor_its_first_page_loads_the_database_code():
    code = ("import sys, kiosk.app, kiosk.first_page, reception.cli; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'escpos')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_kiosk_process_paints_its_first_page_then_the_ready_window(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    station_config.write(cfg, StationConfig(station="kiosk-1", database_url=f"sqlite:///{tmp_path / 'r.sqlite'}",
                                            printers={"badge": {"type": "preview", "folder": str(tmp_path)}}))
    out = subprocess.run([sys.executable, "-m", "reception", "--config", str(cfg), "kiosk", "--windowed",
                          "--exit-when-shown"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    words = out.stdout.split()
    assert words[0::3][:2] == ["shown", "ready"] and words[1::3][:2] == ["at", "at"], out.stdout
    assert float(words[2]) < float(words[5])
    assert (tmp_path / "r.sqlite").is_file()  # the store was opened (and made) after the first paint
