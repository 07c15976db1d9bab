"""Qt Linguist catalogues (.qm) from assets/i18n, switchable while the app runs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assets import I18N_DIR

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


class Translations:
    """Owns the installed translators; widgets retranslate on QEvent.LanguageChange."""

    def __init__(self, catalogs: list[str]) -> None:
        self._catalogs = catalogs
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> None:
        app = QCoreApplication.instance()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":  # the source strings are English
            app.installTranslator(QTranslator(app))  # still sends LanguageChange
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in [(c, str(I18N_DIR)) for c in self._catalogs] + [("qtbase", qt_dir)]:
            tr = QTranslator(app)
            if tr.load(f"{name}_{language}", folder):
                app.installTranslator(tr)
                self._installed.append(tr)
