"""Fixtures every test may use: a store on a fresh SQLite file, or on a real PostgreSQL server."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# What stations keep for themselves (the kiosk's first page, backups) goes to a folder of the run's, not the user's.
os.environ.setdefault("RECEPTION_DATA_DIR", tempfile.mkdtemp(prefix="reception-tests-data-"))

from tests.support.postgres import PostgresServer, find_bin_dir  # noqa: E402

# In CI a missing server is a failure, not a skip: the PostgreSQL tests must really run there.
REQUIRE_POSTGRES = bool(os.environ.get("CI")) or bool(os.environ.get("RECEPTION_REQUIRE_POSTGRES"))


@pytest.fixture(scope="session")
def postgres_server():
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if REQUIRE_POSTGRES:
            pytest.fail("PostgreSQL server binaries not found (install the Debian package 'postgresql')")
        pytest.skip("PostgreSQL server binaries not found; install 'postgresql' to run these tests")
    server = PostgresServer(bin_dir).start()
    yield server
    server.stop()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'reception.sqlite'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """The same test on both databases."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'reception.sqlite'}"
    return request.getfixturevalue("postgres_server").create_database()


@pytest.fixture
def store(db_url):
    from shared.store.engine import open_store

    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def seeded(store):
    from shared.services.demo import seed_demo

    seed_demo(store)
    return store
