"""`reception kiosk | console | demo | db upgrade | printer test|status`: one program for every station."""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
import tomllib
import traceback
from pathlib import Path

from reception import __version__


def _config(args):
    from shared import config, logs

    cfg = config.load(Path(args.config) if args.config else None)
    logs.set_station(cfg.station)
    return cfg


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
    p.add_argument("--verbose", action="store_true", help="log debug lines too, and echo the log on the terminal")
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


# Exit codes a user can meet (the README's table): 2 a wrong command line (argparse), 3 the database's schema is
# newer than this program, 4 Qt cannot start here, 5 the data folder, a path or the database cannot be used, 6 the
# station's configuration file is not valid, 70 an unexpected error (the trace is in the log), 130 interrupted.
EXIT_SCHEMA, EXIT_DATABASE, EXIT_CONFIG, EXIT_UNEXPECTED, EXIT_INTERRUPTED = 3, 5, 6, 70, 130


def _utf8_locale() -> None:
    """Started with an empty environment (as systemd may), the locale is "C": Qt warns and switches to UTF-8
    itself. Say UTF-8 first; the language of the screens comes from the station's configuration anyway."""
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(name, "")
        if value:
            if "utf-8" not in value.lower() and "utf8" not in value.lower():
                os.environ[name if name != "LANG" else "LC_CTYPE"] = "C.UTF-8"
            return
    os.environ["LC_CTYPE"] = "C.UTF-8"


def _run(args) -> int:
    try:
        return args.func(args) or 0
    except Exception as err:
        return _said(err)


def _said(err: Exception) -> int:
    """A failure the user can cause or fix, said in one line with its exit code; anything else is raised on.
    The store's modules are looked up, not imported: a kiosk must not load SQLAlchemy before its first page."""
    migrate, engine = sys.modules.get("shared.store.migrate"), sys.modules.get("shared.store.engine")
    if migrate is not None and isinstance(err, migrate.SchemaTooNew):
        print(f"reception: {err}", file=sys.stderr)
        return EXIT_SCHEMA
    if engine is not None and isinstance(err, engine.DatabaseUnavailable):
        print(f"reception: cannot open the database {err.where} ({err.reason}). Check that the folder can be "
              "written and the server is up, or choose another with `reception setup`.", file=sys.stderr)
        return EXIT_DATABASE
    if isinstance(err, OSError) and err.filename:  # a folder or file given (or defaulted) that cannot be used
        print(f"reception: cannot use {err.filename} ({err.strerror or err}). Check the path and its permissions, "
              "or set RECEPTION_DATA_DIR to a folder this user can write.", file=sys.stderr)
        return EXIT_DATABASE
    if isinstance(err, (ValueError, tomllib.TOMLDecodeError)) and _from_config(err):
        print(f"reception: the station's configuration is not valid: {err}. Fix it, or write a new one with "
              "`reception setup`.", file=sys.stderr)
        return EXIT_CONFIG
    raise err


def _from_config(err: Exception) -> bool:
    """A configuration file's problem, as shared.config.load raises it (not any ValueError of the program)."""
    frames = traceback.extract_tb(err.__traceback__)
    return any(f.filename.endswith(os.path.join("shared", "config.py")) or "tomllib" in f.filename for f in frames)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser(station_tools=_command(argv) not in _STATIONS).parse_args(argv)
    from shared import logs

    _utf8_locale()
    log_file = logs.setup(verbose=args.verbose)
    try:
        return _run(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as err:  # the user gets one line; the trace goes to the log
        logging.getLogger("reception").exception("%s failed", args.command)
        where = f"; details in {log_file}" if log_file else "; details in the journal"
        print(f"reception: unexpected error ({type(err).__name__}: {logs.mask(str(err))[:200]}){where}",
              file=sys.stderr)
        return EXIT_UNEXPECTED
