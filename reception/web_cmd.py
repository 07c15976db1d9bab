"""`reception web [--config FILE] [--database URL]`: the hosts' web page on the company network.

Reads station.toml's [web] table (web/config.py) and, for directory sign-in, its [ldap] table.
Exit codes: 0 stopped; 2 the configuration is wrong (one line says what)."""
from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

EXIT_OK, EXIT_CONFIG = 0, 2


def cmd_web(args, load_config) -> int:
    from reception.directory_cmd import _ldap_settings as ldap_settings
    from shared.config import default_config_path
    from web.config import web_config

    path = Path(args.config) if getattr(args, "config", None) else default_config_path()
    try:
        cfg = load_config(args)
        web = web_config(path)
        ldap = ldap_settings(path) if web.ldap_sign_in else None  # the same [ldap] table the sync reads
    except (ValueError, OSError, tomllib.TOMLDecodeError) as e:
        print(f"reception web: {e}", file=sys.stderr)
        return EXIT_CONFIG
    from shared.store.engine import open_store
    from web.server import serve

    store = open_store(args.database or cfg.database_url)
    print(f"reception web: serving {web.base_url} (listening on {web.address}:{web.port})", flush=True)
    try:
        serve(store, web, cfg.station, ldap)
    finally:
        store.close()
    return EXIT_OK


def register(sub, db_sub, load_config) -> None:
    w = sub.add_parser("web", help="the hosts' web page: answer arrivals, sign in, invite guests",
                       description="Serves the hosts' page on the address in station.toml's [web] table. "
                                   "Exit code 2: the configuration is wrong.")
    w.add_argument("--database", "--db", metavar="URL", help="the database; default: the station config's")
    w.add_argument("--config", default=argparse.SUPPRESS, help="station config file (TOML)")
    w.set_defaults(func=lambda args: cmd_web(args, load_config))
