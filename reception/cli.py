"""`reception kiosk | console | demo | db upgrade | printer test|status`: one program for every station."""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from pathlib import Path

from reception import __version__


def _config(args):
    from shared import config

    return config.load(Path(args.config) if args.config else None)


def _qt_can_start(keyboard: bool) -> bool:
    """Say what to install (or set) instead of Qt's abort when a system library or the display is missing."""
    from shared.system_libs import preflight

    problem = preflight(keyboard=keyboard)
    if problem:
        print(f"reception: {problem}", file=sys.stderr)
    return not problem


def cmd_kiosk(args) -> int:
    if not _qt_can_start(keyboard=True):
        return 4
    from kiosk.app import run

    return run(_config(args), sys.argv[:1], windowed=args.windowed, exit_when_shown=args.exit_when_shown)


def cmd_console(args) -> int:
    if not _qt_can_start(keyboard=False):
        return 4
    from console.app import run

    return run(_config(args), sys.argv[:1], exit_when_shown=args.exit_when_shown)


def cmd_demo(args) -> int:
    from reception import demo

    if args.screenshots:
        return demo.screenshots(Path(args.screenshots))
    return demo.run(fresh=args.fresh, profile=args.profile)


def cmd_db_upgrade(args) -> int:
    from shared.store.engine import open_store
    from shared.store.migrate import current_revision

    cfg = _config(args)
    store = open_store(cfg.database_url)
    print(f"database {store.engine.url.render_as_string(hide_password=True)} at schema {current_revision(store.engine)}")
    store.close()
    return 0


def cmd_printer(args) -> int:
    from reception import printer_cmd

    run = printer_cmd.run_test if args.printer_command == "test" else printer_cmd.run_status
    return run(_config(args), args.name)


def parser(station_tools: bool = True) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reception", description="Visitor reception: kiosk, console, badges.")
    p.add_argument("--version", action="version", version=f"reception {__version__}")
    p.add_argument("--config", help="station config file (TOML); default: the user's config folder")
    sub = p.add_subparsers(dest="command", required=True)

    k = sub.add_parser("kiosk", help="the lobby self check-in kiosk (full screen)")
    k.add_argument("--windowed", action="store_true", help="run in a window instead of full screen")
    k.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    k.set_defaults(func=cmd_kiosk)

    c = sub.add_parser("console", help="the reception desk console")
    c.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    c.set_defaults(func=cmd_console)

    d = sub.add_parser("demo", help="kiosk and console on a demo database, badges as PNG files")
    d.add_argument("--screenshots", metavar="DIR", help="render every screen offscreen to PNG files and exit")
    d.add_argument("--fresh", action="store_true", help="start from an empty demo database")
    d.add_argument("--profile", choices=("office", "clinic"), default="office",
                   help="office: a company's lobby (kiosk and console); clinic: a dental clinic's front desk "
                        "(kiosk, desk and the waiting-room display)")
    d.set_defaults(func=cmd_demo)

    db = sub.add_parser("db", help="database tasks")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply schema migrations").set_defaults(func=cmd_db_upgrade)

    pr = sub.add_parser("printer", help="check a printer of this station")
    pr_sub = pr.add_subparsers(dest="printer_command", required=True)
    for command, text in (("test", "print the test page"), ("status", "show what the printer reports")):
        c = pr_sub.add_parser(command, help=text)
        c.add_argument("name", nargs="?", help="printer name from the station config; default: the badge printer")
        c.set_defaults(func=cmd_printer)
    for module in _STATION_COMMANDS if station_tools else ():
        importlib.import_module(f"reception.{module}").register(sub, db_sub, _config)
    return p


# Station tools, each in its own module with register(sub, db_sub, load_config) adding its sub-commands.
_STATION_COMMANDS = [m for m in ("setup_cmd", "doctor_cmd", "backup_cmd", "db_copy_cmd", "db_roles_cmd",
                                        "housekeeping_cmd", "web_cmd", "directory_cmd", "display_cmd")
                     if importlib.util.find_spec(f"reception.{m}") is not None]


# Stations that start on every boot: their start-up does not wait for the station tools' modules (a database
# copy alone imports the migrations and SQLAlchemy's DDL before a window could paint).
_STATIONS = {"kiosk", "console"}


def _command(argv: list[str]) -> str | None:
    """The sub-command argv names: its first word that is not an option or --config's value."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser(station_tools=_command(argv) not in _STATIONS).parse_args(argv)
    try:
        return args.func(args) or 0
    except Exception as err:
        from shared.store.migrate import SchemaTooNew  # the only failure told as a sentence, not a traceback

        if not isinstance(err, SchemaTooNew):
            raise
        print(f"reception: {err}", file=sys.stderr)
        return 3
