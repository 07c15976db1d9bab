"""The welcome page as the kiosk last showed it, painted before the database code is imported.

A kiosk's start is mostly SQLAlchemy and the models (0.3 s of a 0.6 s start on two slow cores); the visitor
sees this page meanwhile, and the real window, identical, replaces it once it is built. Nothing here may
import the store: tests/unit/test_kiosk_first_page.py checks that."""
from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared import config as station_config
from shared.config import StationConfig

from kiosk import style
from kiosk.pages.welcome import WelcomePage
from kiosk.top_bar import TopBar
from kiosk.widgets import page_area

log = logging.getLogger(__name__)


def _memory_path(station: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in station) or "kiosk"
    return station_config.data_dir() / f"kiosk-first-page-{safe}.json"


def remembered_site(config: StationConfig) -> tuple[str, str]:
    """(site name, logo path) the kiosk last showed; the station's config before it ever ran."""
    try:
        said = json.loads(_memory_path(config.station).read_text(encoding="utf-8"))
        return str(said["site_name"]), str(said["logo_path"])
    except (OSError, ValueError, KeyError, TypeError):
        return config.site_name, ""


def remember_site(station: str, site_name: str, logo_path: str) -> None:
    """Kept for the next start; a kiosk that cannot write it still runs (it starts with the config's name)."""
    path = _memory_path(station)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".first-page-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"site_name": site_name, "logo_path": logo_path}, out, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        log.warning("cannot keep the site's name for the next start in %s", path, exc_info=True)


class FirstPage(QWidget):
    """The top bar and welcome page, styled as the kiosk's; its buttons answer once the real window is up."""

    def __init__(self, config: StationConfig, language: str) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setAccessibleName("Kiosk starting")
        name, logo = remembered_site(config)
        self.setWindowTitle(name)
        self.top_bar = TopBar(name, language)
        self.welcome = WelcomePage(name)
        self.top_bar.site.show_site(name, logo)
        self.welcome.show_site(name, logo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        self.pages, area = page_area([self.welcome])  # as the window holds its pages, so both look the same
        layout.addWidget(area, 1)
        style.apply(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        style.fit(self, event.size().width(), event.size().height())  # as the window does: the same look
        super().resizeEvent(event)
