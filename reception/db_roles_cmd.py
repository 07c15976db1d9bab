"""`reception db roles`: on a PostgreSQL site, a database role per station role with the least it needs.

The granting is shared.store.db_roles; this is the command around it. Run it as the owner (the user that
runs migrations) after `reception db upgrade`, and again after each upgrade: it is idempotent.
"""
from __future__ import annotations

import argparse
import os
import sys

from shared.store.db_roles import ROLES, NotPostgres, UnlistedTable, create_roles

ENV = "RECEPTION_DB_PASSWORD_{}"  # e.g. RECEPTION_DB_PASSWORD_KIOSK


def cmd_db_roles(args, load_config) -> int:
    from shared.store.engine import open_store
    from shared.store.urls import shown_url

    url = args.database or load_config(args).database_url
    passwords = {station: getattr(args, f"{station}_password") or os.environ.get(ENV.format(station.upper()))
                 for station in ROLES}
    store = open_store(url)  # at the latest schema first: its tables and functions are what is granted
    try:
        urls = create_roles(store.engine, passwords)
    except (NotPostgres, UnlistedTable) as err:
        print(f"reception db roles: {err}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"roles on {shown_url(url)} (the owner, who runs upgrades and backups, keeps this URL):")
    for role in urls:
        note = "password set now: shown only this once" if role.new_password else "password unchanged"
        print(f"  {role.station_role:<6} {role.url}   ({note})")
    print("give each station its role's URL: reception setup --role ROLE --database URL")
    return 0


def register(sub, db_sub, load_config) -> None:
    c = db_sub.add_parser("roles", help="PostgreSQL: create or update the kiosk, desk, gate and web database roles")
    c.add_argument("--config", default=argparse.SUPPRESS, help="station config file (TOML) naming the database")
    c.add_argument("--database", metavar="URL", help="the owner's URL; default: the station config's")
    for station in ROLES:
        c.add_argument(f"--{station}-password", metavar="TEXT",
                       help=f"set the {station} role's password (or {ENV.format(station.upper())}); "
                            "default: generate one for a new role, keep an existing role's")
    c.set_defaults(func=lambda args: cmd_db_roles(args, load_config))
