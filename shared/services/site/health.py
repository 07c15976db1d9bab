"""What the doctor (and setup) ask the store: does the database answer, is its schema this
program's, which channels the hosts want, what time the database holds. The station tools ask here
instead of running SQL; a failure while reading comes out as the domain's StoreUnavailable."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from shared.notify.settings import NotifySettings
from shared.services.common.unavailable import first_line, store_unavailable
from shared.store import models as db
from shared.store.engine import Store, make_engine
from shared.store.migrate import current_revision, head_revision, migrations_behind, revision_known
from shared.store.urls import shown_url, sqlite_path
from shared.services.common.boundary import guard_module


def connect(url: str, timeout_s: float, create: bool = False):
    """(engine, None) when the database answers; (None, reason) when not. timeout_s: PostgreSQL's
    connect timeout. SQLite files are not created unless create=True."""
    try:
        path = sqlite_path(url)
        if path is not None and not create and not path.exists():
            return None, f"no database file at {path}"
        kwargs = {"connect_args": {"connect_timeout": timeout_s}} if "postgresql" in url.split(":", 1)[0] else {}
        engine = make_engine(url, **kwargs)
    except (ArgumentError, ImportError) as err:  # not a URL, or no driver for it
        return None, f"not a usable database URL {shown_url(url)!r}: {first_line(err)}"
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError) as err:
        engine.dispose()
        return None, f"cannot reach {shown_url(url)}: {first_line(err)}"
    return engine, None


@dataclass(frozen=True, slots=True)
class SchemaState:
    current: str | None  # None: no schema yet
    head: str  # the newest this program knows
    known: bool  # False: written by a newer version
    behind: int  # migrations still to apply (0 at head or when unknown)


def schema_state(engine: Engine) -> SchemaState:
    with store_unavailable():
        current, head = current_revision(engine), head_revision()
    if current is None or current == head:
        return SchemaState(current, head, True, 0)
    if not revision_known(current):
        return SchemaState(current, head, False, 0)
    return SchemaState(current, head, True, migrations_behind(current))


def notification_needs(engine: Engine) -> tuple[NotifySettings, dict[str, int]]:
    """The site's notification settings, and how many active hosts want each channel."""
    from shared.services.notifications import notify_settings

    store = Store(engine)
    with store_unavailable():
        cfg = notify_settings(store)
        with store.read() as s:
            wanted = dict(s.execute(select(db.Host.notify_channel, func.count()).where(db.Host.active)
                                    .group_by(db.Host.notify_channel)).all())
    return cfg, wanted


def takes_photos(engine: Engine) -> bool:
    """Whether the site asks kiosk visitors for a photo (the doctor then wants a camera)."""
    from shared.services.site.settings import site_settings

    with store_unavailable():
        return site_settings(Store(engine)).take_photo


def web_address(engine: Engine) -> str:
    """The hosts' page address `reception web` announced: what notifications link to ("" none yet)."""
    from shared.services.hosts.links import WEB_KEY, WebSettings
    from shared.services.site.settings import load_setting

    with store_unavailable(), Store(engine).read() as s:
        return load_setting(s, WEB_KEY, WebSettings).base_url


def clock_reference(engine: Engine) -> tuple[bool, datetime | None]:
    """(True, the server's now) on a database server (PostgreSQL); (False, the newest recorded
    change's time, None if none) on SQLite, which has no clock of its own."""
    with store_unavailable(), engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            return True, conn.execute(text("SELECT now()")).scalar_one()
        return False, conn.execute(select(db.ChangeLog.at).order_by(db.ChangeLog.id.desc()).limit(1)).scalar()


def server_major_version(url: str) -> int | None:
    """PostgreSQL's major version (its tools must match it); None when it cannot be asked."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SHOW server_version_num").scalar()) // 10000
    except Exception:
        return None
    finally:
        engine.dispose()


def other_sessions(url: str) -> int:
    """PostgreSQL: the other sessions on the database (the stations)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()").scalar())
    finally:
        engine.dispose()


guard_module(globals())
