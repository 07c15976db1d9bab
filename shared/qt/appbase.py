"""What every Qt entry point does first: one QApplication, the shipped font, translations."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .fonts import register_fonts
from .i18n import Translations


def make_app(argv: list[str], app_name: str, catalogs: list[str], language: str) -> tuple[QApplication, Translations]:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(app_name)
    app.setOrganizationName("reception")
    register_fonts(app)
    translations = Translations(["shared", *catalogs])
    translations.switch(language)
    return app, translations
