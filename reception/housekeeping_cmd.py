"""`reception housekeeping [--database URL]`: the site's daily jobs without an open console.

Earlier days' expected guests who never came become no-shows, and personal data past the site's
retention period is purged, exactly as a console does at start and each midnight; a timer runs it
(packaging/linux/reception-housekeeping.timer) so a site whose consoles are closed still forgets on time.
Running it again, or beside a console, changes nothing more. Exit codes: 0 done; 1 a step failed.
"""
from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_FAILED = 0, 1


def cmd_housekeeping(args, load_config) -> int:
    from shared.services.site.housekeeping import run_housekeeping, site_actor
    from shared.store.engine import open_store

    cfg = load_config(args)
    store = open_store(args.database or cfg.database_url)
    try:
        report = run_housekeeping(store, site_actor(cfg.station))
    finally:
        store.close()
    if report.no_shows is not None:
        print(f"no-shows: {report.no_shows} expected visit(s) of earlier days marked")
    if report.purge is not None:
        counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in report.purge.counts().items())
        print(f"retention purge: personal data before {report.purge.before.isoformat()} removed from {counts}")
    if not report.ok:
        print("reception housekeeping: a step failed (see above); the next run catches up", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def register(sub, db_sub, load_config) -> None:
    h = sub.add_parser("housekeeping", help="mark earlier days' no-shows and purge personal data past retention",
                       description="The daily jobs a console runs, for a site with no console open. "
                                   "Exit code 0: done; 1: a step failed.")
    h.add_argument("--database", "--db", metavar="URL", help="the database; default: the station config's")
    h.add_argument("--config", default=argparse.SUPPRESS, help="station config file (TOML)")
    h.set_defaults(func=lambda args: cmd_housekeeping(args, load_config))
