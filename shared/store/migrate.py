"""Schema through Alembic, applied on start. Concurrent starters serialise on a lock.

A station starting on a schema already at head reads the revision with one query and never imports
Alembic (a third of a second of a kiosk's start): each migration file is named after its revision."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
PG_MIGRATION_LOCK = 0x7265_6370  # any constant shared by all stations


class SchemaTooNew(RuntimeError):
    pass


def _config(connection) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return _script().get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_by_file_name() -> str:
    """The newest migration's revision, from the file names (0012_db_roles.py is revision 0012)."""
    return max(p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def _at_head(engine: Engine) -> bool:
    with engine.connect() as conn:
        try:
            revisions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except Exception:  # a new database: no table yet
            return False
    return revisions == [head_by_file_name()]


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def revision_known(revision: str, script: ScriptDirectory | None = None) -> bool:
    """Whether this program has the migration `revision`. A database (or a backup) at one it does
    not know was written by a newer version: upgrade, doctor and restore all refuse it."""
    try:
        return (script or _script()).get_revision(revision) is not None
    except Exception:  # alembic raises ResolutionError (or CommandError) for an unknown id
        return False


def migrations_behind(revision: str) -> int:
    """How many migrations a known revision lacks to reach head."""
    return sum(1 for _ in _script().iterate_revisions(head_revision(), revision))  # excludes revision


def upgrade(engine: Engine) -> None:
    """Bring the schema to head; refuse a database written by a newer version."""
    if _at_head(engine):
        return
    locked = engine.execution_options(sqlite_begin="IMMEDIATE")
    with locked.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # A migration that rebuilds a referenced table needs foreign keys off. SQLite ignores
            # this pragma inside a transaction, so it goes to the driver before BEGIN.
            _driver_exec(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                _upgrade_locked(conn)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("a migration left rows pointing at missing rows")
        finally:
            if sqlite:
                _driver_exec(conn, "PRAGMA foreign_keys = ON")
    if sqlite:
        _scrub_once(engine)


def _scrub_once(engine: Engine) -> None:
    """A migration may ask for the free pages to be cleared (VACUUM cannot run inside the upgrade's
    transaction): done now if no other station is in the way, else by the next purge."""
    from shared.store.scrub import pending, scrub_sqlite

    if pending(engine)["vacuum"]:
        scrub_sqlite(engine, wait_s=1.0)


def _driver_exec(conn, sql: str) -> None:
    cur = conn.connection.dbapi_connection.cursor()  # no SQLAlchemy autobegin
    cur.execute(sql)
    cur.close()


def _upgrade_locked(conn) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATION_LOCK})
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    current = MigrationContext.configure(conn).get_current_revision()
    script = _script()
    if current is not None and not revision_known(current, script):
        raise SchemaTooNew(
            f"the database is at schema {current}, newer than this program knows "
            f"({script.get_current_head()}); install the newer version"
        )
    command.upgrade(_config(conn), "head")
