"""`reception db copy --to URL`: move a site's data to another database (SQLite -> PostgreSQL).

The copying itself is shared.store.copy_site; this is the command around it.
"""
from __future__ import annotations

import argparse
import sys

from shared.store.copy_site import BATCH, TargetNotEmpty, copy_database


def cmd_db_copy(args, load_config) -> int:
    cfg = load_config(args)
    try:
        counts = copy_database(cfg.database_url, args.to, batch=args.batch)
    except TargetNotEmpty as err:
        print(f"reception db copy: {err}", file=sys.stderr)
        return 2
    differ = {name: c for name, c in counts.items() if c[0] != c[1]}
    if differ:
        for name, (a, b) in sorted(differ.items()):
            print(f"reception db copy: {name}: {a} rows in the source, {b} in the target", file=sys.stderr)
        return 1
    total = sum(a for a, _ in counts.values())
    print(f"copied {total} rows in {len(counts)} tables; row counts match. "
          f"Point every station's database_url at the new database, then start them.")
    return 0


def register(sub, db_sub, load_config) -> None:
    c = db_sub.add_parser("copy", help="copy this station's database into a new, empty one (e.g. PostgreSQL)")
    c.add_argument("--to", required=True, metavar="URL",
                   help="the target database, e.g. postgresql://user:password@server/reception")
    c.add_argument("--config", default=argparse.SUPPRESS, help="station config file (TOML) naming the source")
    c.add_argument("--batch", type=int, default=BATCH, help=f"rows per insert (default {BATCH})")
    c.set_defaults(func=lambda args: cmd_db_copy(args, load_config))
