"""Qt fixtures shared with the other Qt test folders."""
from tests.support.qt_fixtures import _app_outlives_windows, app_fonts, make_translations, ui  # noqa: F401
