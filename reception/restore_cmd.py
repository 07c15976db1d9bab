"""`reception restore FILE [--yes]`: put a backup made by `reception backup` in place of the
station's database. Refused while any station uses the database, and for a backup from a newer
version of the program; the database as it was is kept as a backup first.

Exit codes as `reception backup`'s, and 3: the backup is from a newer version of the program.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from reception.backup_cmd import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_TOO_NEW,
    EXIT_USAGE,
    BackupError,
    _check,
    _copy_out,
    _is_sqlite,
    _new_name,
    _pg_conn_args,
    _run_pg,
    _server_major,
    _sqlite_path,
    _sqlite_revision,
    _url,
    backup_postgres,
    default_backup_dir,
    find_pg_tool,
)

# A station holds its connection open; give a station that is mid-write this long to finish.
IN_USE_WAIT_S = 2.0


class InUse(BackupError):
    pass


# --- SQLite -------------------------------------------------------------------------------------

def _lock_sqlite_exclusive(live: Path) -> sqlite3.Connection:
    """A connection holding the live file exclusively: refused while any station has it open
    (each open connection keeps a shared lock on the file), and no station can open it meanwhile."""
    conn = sqlite3.connect(live, isolation_level=None, timeout=IN_USE_WAIT_S)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ROLLBACK")  # the exclusive lock stays: locking_mode keeps it until close
    except sqlite3.OperationalError as err:
        conn.close()
        if "locked" in str(err) or "busy" in str(err):
            raise InUse(f"the database {live} is in use; stop the kiosks and consoles on this machine "
                        "(and any other program using the file), then restore again") from err
        raise
    return conn


def restore_sqlite(backup: Path, live: Path, keep_before: Path | None = None) -> None:
    """Copy the backup into the live file under an exclusive lock; with keep_before, first save the
    state being replaced there (a restore of the wrong file can be undone)."""
    live.parent.mkdir(parents=True, exist_ok=True)
    dst = _lock_sqlite_exclusive(live)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if keep_before is not None:
            _copy_out(dst, keep_before)
        # Out of WAL while the copy runs (allowed: the lock is exclusive): the old WAL is checkpointed
        # and removed, so none of its frames can outlive the restore, and a page size that differs
        # from the backup's is no obstacle. The backup API then writes through a rollback journal:
        # a copy cut short by a power cut rolls back to the old database, never a mix.
        dst.execute("PRAGMA journal_mode = DELETE")
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode = WAL")
        _check(dst, live)
    finally:
        src.close()
        dst.close()


# --- PostgreSQL ---------------------------------------------------------------------------------

def restore_postgres(backup: Path, database_url: str, keep_before: Path | None = None) -> None:
    url = _url(database_url)
    from shared.services.site.health import other_sessions

    if other_sessions(database_url):
        raise InUse(f"the database {url.database} is in use by other sessions; stop every kiosk and "
                    "console that uses it, then restore again")
    if keep_before is not None:
        backup_postgres(database_url, keep_before)
    tool = find_pg_tool("pg_restore", _server_major(database_url))
    # One transaction: a restore that fails half-way leaves the database as it was.
    _run_pg([tool, "--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges",
             *_pg_conn_args(url), str(backup)], url)


# --- the command ---------------------------------------------------------------------------------

def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        print(f"{question} -- not confirmed (no terminal); run again with --yes", file=sys.stderr)
        return False
    answer = input(f"{question} Type yes to continue: ")
    return answer.strip().lower() in ("yes", "y")


def cmd_restore(args, config) -> int:
    from shared.store.migrate import SchemaTooNew

    backup = Path(args.file)
    url = _url(config.database_url)
    shown = url.render_as_string(hide_password=True)
    if not backup.is_file():
        print(f"reception: no backup file {backup}", file=sys.stderr)
        return EXIT_USAGE
    sqlite = _is_sqlite(url)
    if sqlite != (backup.suffix == ".sqlite"):
        kind = "SQLite" if sqlite else "PostgreSQL"
        print(f"reception: {backup} is not a {kind} backup, and the station's database {shown} is {kind}",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        if sqlite:
            _refuse_newer(_sqlite_revision(backup))
        if not args.yes and not _confirm(f"This replaces everything in {shown} with {backup}."):
            print("reception: restore cancelled", file=sys.stderr)
            return EXIT_FAILED
        folder = default_backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if sqlite:
            live = _sqlite_path(url)
            before = _new_name(folder, "sqlite") if live.exists() else None
            restore_sqlite(backup, live, keep_before=before)
        else:
            before = _new_name(folder, "dump")
            restore_postgres(backup, config.database_url, keep_before=before)
    except SchemaTooNew as err:
        print(f"reception: {err}", file=sys.stderr)
        return EXIT_TOO_NEW
    except InUse as err:
        print(f"reception: restore refused: {err}", file=sys.stderr)
        return EXIT_FAILED
    except (BackupError, OSError, sqlite3.Error) as err:
        print(f"reception: restore failed: {err}", file=sys.stderr)
        return EXIT_FAILED
    if before is not None:
        print(f"the database as it was before: {before}")
    print(f"restored {shown} from {backup}")
    return EXIT_OK


def _refuse_newer(revision: str | None) -> None:
    """The stations would refuse a database from a newer version: refuse to put one in place."""
    from shared.store.migrate import SchemaTooNew, head_revision, revision_known

    if revision is not None and not revision_known(revision):
        raise SchemaTooNew(f"the backup is at schema {revision}, newer than this program knows "
                           f"({head_revision()}); install the newer version")
