"""`reception directory sync [--dry-run] [--allow-empty] [--database URL] [--config FILE]`: the host directory
from the site's LDAP / Active Directory (station.toml's [ldap] table), run daily by
packaging/linux/reception-directory-sync.timer.

People of the group are added or updated, people who left are deactivated (never deleted), and --dry-run
lists what would change without writing. Exit codes: 0 done (problems with single people are listed, the
rest is synced); 1 refused: the directory gave nobody (a mistyped group must not empty the directory;
--allow-empty accepts it); 2 the configuration is wrong; 3 the directory could not be reached or read.
"""
from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_CONFIG, EXIT_UNREACHABLE = 0, 1, 2, 3
PROG = "reception directory sync"
# Who the sync is recorded as: an administrator's right to keep the directory, under its own name in the log.
OPERATOR = "directory sync"


def _fail(code: int, message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _ldap_settings(path: Path):
    from shared.directory_source.ldap import settings_from_toml

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"no station config at {path}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ValueError(f"cannot read {path}: {err}") from None
    if "ldap" not in raw:
        raise ValueError(f"{path} has no [ldap] table (where the directory is; see the README)")
    try:
        return settings_from_toml(raw["ldap"])
    except ValueError as err:
        raise ValueError(f"{path}: {err}") from None


def cmd_sync(args, load_config) -> int:
    from shared import config

    path = Path(args.config) if getattr(args, "config", None) else config.default_config_path()
    try:
        cfg = load_config(args)
        settings = _ldap_settings(path)
    except ValueError as err:
        return _fail(EXIT_CONFIG, " ".join(str(err).split()))

    from shared.directory_source.ldap import DirectoryError, read_people

    try:
        people = read_people(settings)
    except DirectoryError as err:
        return _fail(EXIT_UNREACHABLE, " ".join(str(err).split()))

    from shared.domain.errors import InvalidInput
    from shared.domain.model import Actor
    from shared.services.directory.sync import sync_directory
    from shared.store.engine import open_store

    store = open_store(args.database or cfg.database_url)
    try:
        report = sync_directory(store, Actor(cfg.station, OPERATOR, "admin"), people, dry_run=args.dry_run,
                                allow_empty=args.allow_empty).value
    except InvalidInput as err:
        if err.problems.get("people") == "empty":
            return _fail(EXIT_REFUSED, f"the directory gave nobody under {settings.group_dn or settings.base_dn}; "
                                       "nothing changed (check group_dn and user_filter, or pass --allow-empty)")
        raise
    finally:
        store.close()
    for line in report.lines():
        print(line)
    return EXIT_OK


def register(sub, db_sub, load_config) -> None:
    d = sub.add_parser("directory", help="the host directory from LDAP / Active Directory")
    d_sub = d.add_subparsers(dest="directory_command", required=True)
    s = d_sub.add_parser("sync", help="add, update and deactivate hosts from the [ldap] table's group",
                         description="Hosts from the directory group of station.toml's [ldap] table. Exit code "
                                     "0: done; 1: the directory gave nobody (refused); 2: configuration error; "
                                     "3: the directory could not be reached.")
    s.add_argument("--dry-run", action="store_true", help="list what would change, write nothing")
    s.add_argument("--allow-empty", action="store_true",
                   help="accept a directory with nobody in the group (deactivates every synced host)")
    s.add_argument("--database", "--db", metavar="URL", help="the database; default: the station config's")
    s.add_argument("--config", default=argparse.SUPPRESS, help="station config file (TOML)")
    s.set_defaults(func=lambda args: cmd_sync(args, load_config))
