"""The change feed: lets one process see what another committed, without polling tables.

Writers add a change_log row in the same transaction (and, on PostgreSQL, a NOTIFY that is
delivered on commit). Readers wake on LISTEN, or on SQLite's PRAGMA data_version (looked at when the
database's files are written, on Linux, and on a slow poll everywhere), then read only what is new.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from sqlalchemy import Engine, event, insert, text
from sqlalchemy.orm import Session

from shared.changes import Change

from shared.store.models import ChangeLog

CHANNEL = "reception_changes"


_KEY = "change_log"  # session.info: the changes this transaction records, written as it commits


def record(session: Session, entity: str, entity_id: int) -> None:
    """Note a change; it is written (once, however often noted) in the same transaction, at its commit."""
    session.info.setdefault(_KEY, {})[(entity, entity_id)] = None


@event.listens_for(Session, "before_commit")
def _write_changes(session: Session) -> None:
    """All of a transaction's change rows in one INSERT (and, on PostgreSQL, the NOTIFYs delivered on commit)."""
    noted = session.info.pop(_KEY, None)
    if not noted:
        return
    changes = [{"entity": entity, "entity_id": entity_id} for entity, entity_id in noted]
    conn = session.connection()
    conn.execute(insert(ChangeLog.__table__), changes)
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_notify(:c, :p)"),
                     [{"c": CHANNEL, "p": f"{c['entity']}:{c['entity_id']}"} for c in changes])


@event.listens_for(Session, "after_rollback")
def _forget_changes(session: Session) -> None:
    session.info.pop(_KEY, None)


class _FileWatch:
    """Wakes when a file of the database (main, -wal, -journal) is written: Linux inotify on its folder.

    A write comes a moment before the commit is visible (the WAL index is updated after the frames are
    written and synced), so a wake is followed by a short quick poll."""

    def __init__(self, database: Path) -> None:
        from inotify_simple import INotify, flags  # Linux only; elsewhere the feed polls

        self._inotify = INotify()
        self._name = database.name
        self._inotify.add_watch(str(database.parent), flags.MODIFY | flags.CREATE | flags.MOVED_TO)

    def wait(self, timeout_s: float) -> bool:
        """True when a database file was written within timeout_s."""
        events = self._inotify.read(timeout=max(0, round(timeout_s * 1000)))
        return any(event.name.startswith(self._name) for event in events)

    def close(self) -> None:
        self._inotify.close()


def _watch(engine: Engine) -> _FileWatch | None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    try:
        return _FileWatch(Path(os.path.abspath(database)))
    except (ImportError, OSError):  # not Linux, or out of inotify watches: polling still sees every commit
        return None


class SqliteFeed:
    """Cheap to poll: PRAGMA data_version changes only when another connection commits. It is looked at
    when the database's files are written (at once, not up to a poll later) and every poll_s regardless."""

    QUICK_POLL_S = 0.001  # after a write: until the commit shows (its sync done), for up to SETTLE_S
    SETTLE_S = 0.1

    def __init__(self, engine: Engine, poll_s: float = 0.02) -> None:
        # A raw driver connection in autocommit: no transaction is left open between polls,
        # so data_version moves and the WAL can be checkpointed.
        self._raw = engine.raw_connection()
        self._watch = _watch(engine)
        self._poll_s = poll_s if self._watch is None else max(poll_s, 0.25)
        self._version = self._data_version()
        self._last_id = self._query("SELECT coalesce(max(id), 0) FROM change_log")[0][0]

    def _query(self, sql: str, *params) -> list[tuple]:
        cur = self._raw.cursor()
        try:
            cur.execute(sql, params)
            return cur.fetchall()
        finally:
            cur.close()

    def _data_version(self) -> int:
        return self._query("PRAGMA data_version")[0][0]

    def wait(self, timeout: float) -> list[Change]:
        deadline = time.monotonic() + timeout
        settle_until = 0.0
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                changes = self._read_new()
                if changes:
                    return changes
            now = time.monotonic()
            if now >= deadline:
                return []
            pause = min(self._poll_s, deadline - now)
            if now < settle_until:
                time.sleep(min(self.QUICK_POLL_S, pause))
            elif self._watch is None:
                time.sleep(pause)
            elif self._watch.wait(pause):
                settle_until = time.monotonic() + self.SETTLE_S

    def _read_new(self) -> list[Change]:
        rows = self._query(
            "SELECT id, entity, entity_id FROM change_log WHERE id > ? ORDER BY id", self._last_id
        )
        if rows:
            self._last_id = rows[-1][0]
        return [Change(entity, entity_id) for _id, entity, entity_id in rows]

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
        self._raw.close()


class PostgresFeed:
    """LISTEN on a dedicated autocommit connection; payloads name the changed rows."""

    def __init__(self, engine: Engine) -> None:
        import psycopg

        url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._conn = psycopg.connect(url, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Change]:
        changes: list[Change] = []
        for note in self._conn.notifies(timeout=timeout, stop_after=1):
            changes.append(_parse(note.payload))
        # Drain what else arrived in the same burst without waiting again.
        for note in self._conn.notifies(timeout=0.0):
            changes.append(_parse(note.payload))
        return changes

    def close(self) -> None:
        self._conn.close()


def _parse(payload: str) -> Change:
    entity, _, entity_id = payload.partition(":")
    return Change(entity, int(entity_id))


def open_feed(engine: Engine) -> SqliteFeed | PostgresFeed:
    if engine.dialect.name == "postgresql":
        return PostgresFeed(engine)
    return SqliteFeed(engine)
