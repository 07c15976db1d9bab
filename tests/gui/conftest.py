"""Qt fixtures shared with the other Qt test folders, and the demo site for the console's views."""
import pytest

from shared.services.demo import seed_demo
from shared.store.engine import open_store
from tests.support.qt_fixtures import _app_outlives_windows, app_fonts, make_translations, ui  # noqa: F401


@pytest.fixture
def demo_store(tmp_path):
    """The demo site (hosts, rooms, levels) in a SQLite file of the test's own. Not named `store`:
    that one runs a test on SQLite and PostgreSQL, and a view's test needs only one database."""
    store = open_store(f"sqlite:///{tmp_path / 'desk.sqlite'}")
    seed_demo(store)
    yield store
    store.close()
