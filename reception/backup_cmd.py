"""`reception backup [--to DIR] [--keep N]` and `reception restore FILE [--yes]`.

SQLite: SQLite's online backup API copies a consistent snapshot while stations keep writing
(WAL lets them); the copy is checked with `PRAGMA integrity_check` before it gets its final name.
PostgreSQL: `pg_dump --format=custom`, and `pg_restore --clean --if-exists` back. The password goes to
the tools through PGPASSWORD, never on a command line other users can read.

Exit codes: 0 done; 1 failed, refused (database in use) or not confirmed; 2 bad arguments;
3 the backup is from a newer version of the program.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TOO_NEW = 0, 1, 2, 3
PREFIX = "reception-"
_NAME = re.compile(r"^reception-\d{8}-\d{6}(-\d+)?\.(sqlite|dump)$")
# A station holds its connection open; give a station that is mid-write this long to finish.
IN_USE_WAIT_S = 2.0


class BackupError(RuntimeError):
    pass


def register(sub, db_sub, load_config) -> None:
    b = sub.add_parser("backup", help="copy the database while stations run (SQLite backup API / pg_dump)")
    b.add_argument("--to", metavar="DIR", help="folder for the backup files; default: the data folder's backups")
    b.add_argument("--keep", metavar="N", type=int, help="keep only the newest N backups in that folder")
    b.set_defaults(func=lambda args: cmd_backup(args, load_config(args)))

    r = sub.add_parser("restore", help="replace the database with a backup (stop every station first)")
    r.add_argument("file", metavar="FILE", help="a backup file made by `reception backup`")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    r.set_defaults(func=lambda args: cmd_restore(args, load_config(args)))


def default_backup_dir() -> Path:
    from shared.config import data_dir

    return data_dir() / "backups"


def _url(database_url: str) -> URL:
    return make_url(database_url)


def _is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(url.database)


def _human(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def _new_name(folder: Path, ext: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path, n = folder / f"{PREFIX}{stamp}.{ext}", 1
    while path.exists():  # two backups in the same second
        path, n = folder / f"{PREFIX}{stamp}-{n}.{ext}", n + 1
    return path


def backups_in(folder: Path, ext: str) -> list[Path]:
    """This program's backups in the folder, oldest first (the names sort by time)."""
    found = [p for p in folder.glob(f"{PREFIX}*.{ext}") if _NAME.match(p.name)]
    return sorted(found, key=lambda p: _sort_key(p.name))


def _sort_key(name: str) -> tuple[str, int]:
    m = re.match(r"^reception-(\d{8}-\d{6})(?:-(\d+))?\.", name)
    return (m.group(1), int(m.group(2) or 0)) if m else (name, 0)


def prune(folder: Path, ext: str, keep: int) -> list[Path]:
    old = backups_in(folder, ext)[:-keep] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


# --- SQLite -------------------------------------------------------------------------------------

def backup_sqlite(live: Path, target: Path) -> None:
    """A consistent snapshot of the live file (writers may continue), checked, then renamed into place."""
    if not live.exists():
        raise BackupError(f"no database file at {live}")
    # Not read-only: a read-only connection cannot open a WAL database no station has open.
    src = sqlite3.connect(live, timeout=30)
    try:
        _copy_out(src, target)
    finally:
        src.close()


def _check(conn: sqlite3.Connection, path: Path) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        raise BackupError(f"{path} failed the integrity check: {'; '.join(rows[:5])}")


def _sqlite_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        _check(conn, path)
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.DatabaseError as err:
        raise BackupError(f"{path} is not a reception SQLite backup ({err})") from err
    finally:
        conn.close()


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


def _copy_out(conn: sqlite3.Connection, target: Path) -> None:
    # One step (pages=-1): the whole copy is read inside one read transaction, so it is one moment
    # of the database; in steps, each write by a station would restart the copy. The copy stands
    # alone (journal_mode DELETE): no -wal/-shm files appear next to it when it is opened later.
    partial = target.with_name(target.name + ".partial")
    _private(partial)
    out = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.backup(out, pages=-1)
        out.execute("PRAGMA journal_mode = DELETE")
        _check(out, partial)
    except BaseException:
        out.close()
        partial.unlink(missing_ok=True)
        raise
    out.close()
    partial.replace(target)


class InUse(BackupError):
    pass


def _private(path: Path) -> None:
    """A backup holds visitors' personal data: readable by this account only, from the first byte."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


# --- PostgreSQL ---------------------------------------------------------------------------------

def _pg_env(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    for key, var in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if key in url.query:
            env[var] = str(url.query[key])
    return env


def _pg_conn_args(url: URL) -> list[str]:
    args = []
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    return args + ["--no-password", "--dbname", url.database or "postgres"]


def _server_major(database_url: str) -> int | None:
    from shared.store.engine import make_engine

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SHOW server_version_num").scalar()) // 10000
    except Exception:
        return None
    finally:
        engine.dispose()


def find_pg_tool(name: str, server_major: int | None = None) -> str:
    """The tool matching the server's major version if installed (an older pg_dump refuses a newer
    server), else the one on PATH, else the newest under /usr/lib/postgresql."""
    versioned = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                       key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if server_major is not None:
        for path in versioned:
            if Path(path).parent.parent.name == str(server_major):
                return path
    on_path = shutil.which(name)
    if on_path:
        return on_path
    if versioned:
        return versioned[-1]
    raise BackupError(f"{name} not found; install the PostgreSQL client tools "
                      f"(Debian: apt install postgresql-client)")


def _run_pg(cmd: list[str], url: URL) -> None:
    proc = subprocess.run(cmd, env=_pg_env(url), capture_output=True, text=True)
    if proc.returncode != 0:
        raise BackupError(f"{Path(cmd[0]).name} failed: {proc.stderr.strip() or proc.returncode}")


def backup_postgres(database_url: str, target: Path) -> None:
    url = _url(database_url)
    tool = find_pg_tool("pg_dump", _server_major(database_url))
    partial = target.with_name(target.name + ".partial")
    _private(partial)
    try:
        # pg_dump reads in one repeatable-read snapshot: consistent while stations write.
        _run_pg([tool, "--format=custom", "--file", str(partial), *_pg_conn_args(url)], url)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def postgres_sessions(database_url: str) -> int:
    """Other sessions on the database (the stations)."""
    from shared.store.engine import make_engine

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()").scalar())
    finally:
        engine.dispose()


def restore_postgres(backup: Path, database_url: str, keep_before: Path | None = None) -> None:
    url = _url(database_url)
    if postgres_sessions(database_url):
        raise InUse(f"the database {url.database} is in use by other sessions; stop every kiosk and "
                    "console that uses it, then restore again")
    if keep_before is not None:
        backup_postgres(database_url, keep_before)
    tool = find_pg_tool("pg_restore", _server_major(database_url))
    # One transaction: a restore that fails half-way leaves the database as it was.
    _run_pg([tool, "--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges",
             *_pg_conn_args(url), str(backup)], url)


# --- commands -----------------------------------------------------------------------------------

def make_backup(database_url: str, folder: Path) -> Path:
    url = _url(database_url)
    folder.mkdir(parents=True, exist_ok=True)
    if _is_sqlite(url):
        target = _new_name(folder, "sqlite")
        backup_sqlite(_sqlite_path(url), target)
    elif url.get_backend_name() == "postgresql":
        target = _new_name(folder, "dump")
        backup_postgres(database_url, target)
    else:
        raise BackupError(f"no backup method for {url.get_backend_name()} databases")
    return target


def cmd_backup(args, config) -> int:
    if args.keep is not None and args.keep < 1:
        print("reception: --keep must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    folder = Path(args.to) if args.to else default_backup_dir()
    try:
        target = make_backup(config.database_url, folder)
    except (BackupError, OSError, sqlite3.Error) as err:
        print(f"reception: backup failed: {err}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{target}  {_human(target.stat().st_size)}")
    if args.keep is not None:
        for old in prune(folder, target.suffix.lstrip("."), args.keep):
            print(f"removed {old}")
    return EXIT_OK


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
    from alembic.script import ScriptDirectory

    from shared.store.migrate import MIGRATIONS, SchemaTooNew, head_revision

    script = ScriptDirectory(str(MIGRATIONS))
    if revision is None:
        return
    try:
        known = script.get_revision(revision) is not None
    except Exception:  # alembic raises ResolutionError (or CommandError) for an unknown id
        known = False
    if not known:
        raise SchemaTooNew(f"the backup is at schema {revision}, newer than this program knows "
                           f"({head_revision()}); install the newer version")
