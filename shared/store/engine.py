"""Engine and sessions. SQLite: WAL, busy_timeout, foreign keys, secure_delete, IMMEDIATE write transactions."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

import shared.store.visit_index  # noqa: F401  (keeps the log's search index on every flush)
import shared.store.widths  # noqa: F401  (registers the width check on every session)

BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str, **kwargs) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy's "begin" event, not the driver, decide how a transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit survives a power cut. NORMAL could roll back a claimed print job,
        # and the badge would print again after the reboot.
        cur.execute("PRAGMA synchronous = FULL")
        # Freed space is overwritten with zeros, so a value the retention purge (or an erasure)
        # blanks leaves no copy in the file. On every connection, not just the purge's: each update of
        # a row (a visit changing state, a print job finishing) frees the old copy of its values.
        cur.execute("PRAGMA secure_delete = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn) -> None:
        # A writer takes the lock up front, so two writers queue on busy_timeout
        # instead of one failing at commit with "database is locked".
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


@dataclass
class Store:
    """The database as services see it: one session per action."""

    engine: Engine

    def __post_init__(self) -> None:
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write = sessionmaker(writer, expire_on_commit=False)
        self._read = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


class DatabaseUnavailable(Exception):
    """The station's database cannot be opened: its folder cannot be made or written, or the server refuses.
    `where` names it without a password; the command line says it in one line, with the fix."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"cannot open the database {where}: {reason}")
        self.where, self.reason = where, reason


def _sqlite_folder(url: str) -> None:
    """A file database's folder is made on first use (a new machine, a new user account)."""
    engine_url = make_url(url)
    if engine_url.get_backend_name() != "sqlite" or engine_url.database in (None, "", ":memory:"):
        return
    folder = Path(engine_url.database).expanduser().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise DatabaseUnavailable(str(folder), "a file is in the way where a folder should be") from None
    except OSError as err:
        raise DatabaseUnavailable(str(folder), err.strerror or str(err)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnavailable(str(folder), "the folder is not writable") from None


def open_store(url: str, migrate: bool = True) -> Store:
    _sqlite_folder(url)
    store = Store(make_engine(url))
    if migrate:
        from shared.store.migrate import upgrade

        try:
            upgrade(store.engine)
        except OperationalError as err:  # a file that cannot be opened, a server that is away or refuses
            store.close()
            where = store.engine.url.render_as_string(hide_password=True)
            raise DatabaseUnavailable(where, str(err.orig).strip().splitlines()[0]) from None
    return store
