"""Clearing old copies from SQLite's files: the WAL's page images and free pages written before
secure_delete, with a pending flag (site_setting "storage_cleanup") until it could be done.

A checkpoint that truncates the WAL needs a moment when no reader holds an older snapshot; a station
reading during a purge would otherwise leave the purged values in the -wal file until it closes. So
the attempt waits a bounded time, and if still blocked records a pending checkpoint that the next
purge, erasure or housekeeping run retries even when it has nothing new to purge."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import Engine, select

from shared.store import models as db
from shared.store.engine import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)

KEY = "storage_cleanup"
WAL_WAIT_S = 5.0  # how long one cleanup waits for readers to move on before it leaves it pending
_STEP_MS = 250


@dataclass(frozen=True, slots=True)
class Scrub:
    wal_truncated: bool
    vacuumed: bool  # a pending VACUUM (free pages from before secure_delete) ran now


def pending(engine: Engine) -> dict[str, bool]:
    """{"wal": ..., "vacuum": ...}: what an earlier cleanup (or an upgrade) left to do."""
    with engine.connect() as conn:
        row = conn.execute(select(db.SiteSetting.value).where(db.SiteSetting.key == KEY)).scalar()
    return {k: bool((row or {}).get(k)) for k in ("wal", "vacuum")}


def _set_pending(engine: Engine, flags: dict[str, bool]) -> None:
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        conn.execute(db.SiteSetting.__table__.delete().where(db.SiteSetting.key == KEY))
        if any(flags.values()):
            conn.execute(db.SiteSetting.__table__.insert().values(key=KEY, value=flags))


def scrub_sqlite(engine: Engine, wait_s: float | None = None) -> Scrub:
    """Run a pending VACUUM, then checkpoint and truncate the WAL; leave a pending flag if blocked."""
    flags = pending(engine)
    vacuumed = False
    if flags["vacuum"]:
        vacuumed = _driver(engine, "VACUUM")
    if any(flags.values()):
        _set_pending(engine, {})  # cleared first: the write lands in the WAL the checkpoint then empties
    truncated = truncate_wal(engine, WAL_WAIT_S if wait_s is None else wait_s)
    if not truncated or (flags["vacuum"] and not vacuumed):
        _set_pending(engine, {"wal": not truncated, "vacuum": flags["vacuum"] and not vacuumed})
    return Scrub(truncated, vacuumed)


def truncate_wal(engine: Engine, wait_s: float) -> bool:
    """PRAGMA wal_checkpoint(TRUNCATE), retried until wait_s has passed; True once the WAL is empty."""
    # A raw driver connection: the engine's "begin" hook would wrap the pragma in a transaction.
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"PRAGMA busy_timeout = {_STEP_MS}")
        deadline = time.monotonic() + wait_s
        while True:
            busy, _frames, _done = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            if time.monotonic() >= deadline:
                log.warning("WAL not truncated: another connection is still reading an older snapshot")
                return False
            time.sleep(_STEP_MS / 1000)
    finally:
        # The pool hands this driver connection out again: the engine's wait comes back.
        raw.cursor().execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        raw.close()


def _driver(engine: Engine, sql: str) -> bool:
    raw = engine.raw_connection()
    try:
        raw.cursor().execute(sql)
        return True
    except Exception:  # busy or locked: stays pending
        log.exception("%s failed", sql)
        return False
    finally:
        raw.close()
