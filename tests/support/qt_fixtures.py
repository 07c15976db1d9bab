"""Qt fixtures for GUI and integration tests: the person-like driver, the shipped font, catalogues."""
from __future__ import annotations

import pytest

from shared.qt.fonts import register_fonts
from shared.services.directory.operators import OperatorView, Role
from shared.qt.i18n import Translations
from tests.support.ui import Ui


@pytest.fixture
def ui(qtbot) -> Ui:
    return Ui()


@pytest.fixture(scope="session", autouse=True)
def _app_outlives_windows(qapp):
    """A test's window closed or garbage-collected after some test ran app.exec() makes Qt quit the
    app; the pending quit then ends every later qtbot.wait/waitUntil/waitSignal at once. A real app
    quits with its last window; a test session must not."""
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture(scope="session")
def app_fonts(qapp) -> str:
    """The shipped CJK font, registered once: it is large."""
    return register_fonts(qapp)


@pytest.fixture
def make_translations(qapp, app_fonts):
    """make_translations(["shared", "kiosk"], "zh_CN"): the shipped font and catalogues, as an app has them.

    The app is left in English afterwards, for whatever test runs next."""
    made: list[Translations] = []

    def make(catalogs: list[str], language: str = "en") -> Translations:
        translations = Translations(catalogs)
        translations.switch(language)
        made.append(translations)
        return translations

    yield make
    for translations in made:
        translations.switch("en")


# A receptionist already at the desk, for tests about what the desk does rather than signing in.
RECEPTIONIST = OperatorView(0, "amy", Role.RECEPTIONIST)
