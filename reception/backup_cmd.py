"""`reception backup [--to DIR] [--keep N]`, and the parser of `reception restore FILE [--yes]`
(the restore itself: restore_cmd).

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

from shared.store.urls import URL, parse_url

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TOO_NEW = 0, 1, 2, 3
PREFIX = "reception-"
_NAME = re.compile(r"^reception-\d{8}-\d{6}(-\d+)?\.(sqlite|dump)$")


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
    r.set_defaults(func=lambda args: _restore(args, load_config(args)))


def _restore(args, config) -> int:
    from reception.restore_cmd import cmd_restore  # it builds on this module

    return cmd_restore(args, config)


def default_backup_dir() -> Path:
    from shared.config import data_dir

    return data_dir() / "backups"


def _url(database_url: str) -> URL:
    return parse_url(database_url)


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
    from shared.services.site.health import server_major_version

    return server_major_version(database_url)


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


