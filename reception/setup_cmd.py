"""`reception setup`: ask (or take flags for) a station's role, name, database and printers, test
each, and write the station config. Nothing is written unless the database works.

  reception setup --role kiosk --station lobby-1 --database postgresql://reception@db/reception \
      --printer badge=network:host=192.168.1.50,port=9100 --yes

A printer is [NAME=]TYPE[:ARGS], ARGS comma-separated key=value pairs (the keys of the station
config's [printers.NAME] table), or bare values for the type's main keys in order (see MAIN_KEYS).
Exit codes: 0 written; 1 a check failed or the user stopped, nothing written; 2 bad flags.
"""
from __future__ import annotations

import getpass
import socket
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

from reception import doctor_cmd as doctor

ROLES = ("kiosk", "desk", "gate")
LANGUAGES = ("zh_CN", "en")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PROBLEM_WORDS = {"required": "is needed", "too_long": "is too long", "line_break": "must be one line",
                 "invalid_chars": "holds control or invalid characters", "invalid": "is not valid text"}
# Bare values in a printer spec fill these keys in order: network:192.168.1.50,9100
MAIN_KEYS = {"network": ("host", "port"), "usb": ("vendor_id", "product_id"), "serial": ("devfile", "baudrate"),
             "cups": ("queue",), "file": ("path",), "preview": ("folder",), "dummy": ()}
HEX_KEYS = {"vendor_id", "product_id", "in_ep", "out_ep"}  # stay text: "0202" is hex, not 202
FIRST_PRINTER = {"kiosk": "badge", "desk": "desk", "gate": "gate"}


class Stop(Exception):
    """Setup cannot go on; the message says why. code: the exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


# --- printer specs -------------------------------------------------------------------------

def _value(key: str, text: str):
    if key in HEX_KEYS:
        return text
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def parse_printer(spec: str, default_name: str) -> tuple[str, dict]:
    """'[NAME=]TYPE[:ARGS]' -> (name, config dict). ValueError with a clear message when malformed."""
    from printers.factory import PRINTER_TYPES

    head, _, args = spec.partition(":")
    name, eq, kind = head.rpartition("=")
    name, kind = (name.strip() if eq else default_name), kind.strip()
    if not name or any(ch in name for ch in " .[]\"'"):
        raise ValueError(f"printer {spec!r}: the name {name!r} must be one word (letters, digits, - or _)")
    if kind not in PRINTER_TYPES:
        raise ValueError(f"printer {spec!r}: unknown type {kind!r}; expected one of {', '.join(PRINTER_TYPES)}")
    conf: dict = {"type": kind}
    bare = list(MAIN_KEYS[kind])
    for item in filter(None, (part.strip() for part in args.split(","))):
        key, eq, text = item.partition("=")
        if not eq:
            if not bare:
                raise ValueError(f"printer {spec!r}: {item!r} needs a key (key=value)")
            key, text = bare.pop(0), item
        conf[key.strip()] = _value(key.strip(), text.strip())
    return name, conf


def format_printer(name: str, conf: dict) -> str:
    args = ",".join(f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in conf.items() if k != "type")
    return f"{name}={conf['type']}" + (f":{args}" if args else "")


# --- asking --------------------------------------------------------------------------------

class Asker:
    """Questions on the terminal; with --yes every question takes its default."""

    def __init__(self, yes: bool) -> None:
        self.yes = yes

    def _input(self, prompt: str, secret: bool = False) -> str:
        try:
            if secret and sys.stdin.isatty():
                return getpass.getpass(prompt)
            return input(prompt)
        except EOFError:
            raise Stop("no answer on the terminal: give every value as a flag, or add --yes "
                       "to take the defaults", EXIT_USAGE) from None

    def text(self, question: str, default: str, secret: bool = False) -> str:
        if self.yes:
            return default
        shown = "" if secret or not default else f" [{default}]"
        return self._input(f"{question}{shown}: ", secret).strip() or default

    def choice(self, question: str, choices: tuple[str, ...], default: str) -> str:
        while True:
            answer = self.text(f"{question} ({' / '.join(choices)})", default)
            if answer in choices:
                return answer
            print(f"  please answer one of: {', '.join(choices)}")

    def confirm(self, question: str, default: bool) -> bool:
        if self.yes:
            return default
        while True:
            answer = self._input(f"{question} [{'Y/n' if default else 'y/N'}]: ").strip().lower()
            if not answer:
                return default
            if answer in ("y", "yes", "n", "no", "是", "否"):
                return answer in ("y", "yes", "是")
            print("  please answer y or n")


# --- steps ---------------------------------------------------------------------------------

def test_database(url: str) -> str | None:
    """Connect and migrate to head; None when it worked, else why not. A SQLite file's folder is made."""
    from shared.services.site.health import first_line
    from shared.store.migrate import SchemaTooNew, upgrade
    from shared.store.urls import NotAUrl

    try:
        path = doctor.sqlite_path(url)
    except NotAUrl:  # not a URL at all: connect() below says so
        path = None
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            return f"cannot make the folder for {path}: {err}"
    engine, why = doctor.connect(url, create=True)
    if engine is None:
        return why
    try:
        upgrade(engine)
    except SchemaTooNew as err:
        return str(err)
    except Exception as err:
        return f"{doctor.shown_url(url)} answers, but bringing its schema up to date failed: {first_line(err)}"
    finally:
        engine.dispose()
    return None


def _database(args, ask: Asker, default: str) -> str:
    url = args.database or ask.text("Database URL (sqlite:///FILE or postgresql://user:password@host/name)", default)
    while True:
        print(f"testing database {doctor.shown_url(url)} ...")
        why = test_database(url)
        if why is None:
            print("  OK    database at the latest schema")
            return url
        print(f"  FAIL  {why}")
        if args.database or ask.yes:
            raise Stop(f"reception setup: the database does not work, nothing written: {why}")
        url = ask.text("Database URL (or Ctrl+C to stop)", url)


def _station_database(args, ask: Asker, role: str, url: str) -> str:
    """On a PostgreSQL site with `reception db roles` run, the station connects as its own role, not as
    the owner: a lobby machine holds no master key."""
    import os

    from shared.store.db_roles import ROLES, NeedsPassword, station_url

    if role != "kiosk":
        return url
    password = args.db_role_password or os.environ.get(f"RECEPTION_DB_PASSWORD_{role.upper()}")
    try:
        role_url, changed = station_url(url, role, password)
    except NeedsPassword:
        if ask.yes:
            raise Stop(f"reception setup: the site has a database role {ROLES[role]}: give its password "
                       f"(--db-role-password, as `reception db roles` printed it); nothing written", EXIT_USAGE)
        password = ask.text(f"Password of the database role {ROLES[role]} (from `reception db roles`)", "",
                            secret=True)
        if not password:
            raise Stop("reception setup: no password for the database role, nothing written") from None
        role_url, changed = station_url(url, role, password)
    if not changed:
        shown = doctor.shown_url(url)
        if shown.startswith("postgresql") and f"//{ROLES[role]}:" not in shown:
            print(f"note: this {role} connects as {shown}; `reception db roles` makes it a role "
                  "with only what a kiosk needs")
        return url
    print(f"testing database role {doctor.shown_url(role_url)} ...")
    if (why := test_database(role_url)) is not None:
        raise Stop(f"reception setup: the {role}'s database role does not work, nothing written: {why}")
    print(f"  OK    the {role} connects as {ROLES[role]}")
    return role_url


def _printers(args, ask: Asker, role: str, current: dict, label: str) -> dict[str, dict]:
    specs = list(args.printer or [])
    if not specs and not ask.yes:
        print("Printers: one per line as [NAME=]TYPE:key=value,... (types: network, usb, serial, cups, file, "
              "preview, dummy); an empty line ends the list.")
        for name, conf in current.items():
            print(f"  {label}: {format_printer(name, conf)}")
        names: list[str] = []
        while spec := ask.text("  printer (empty: done" + (f", keep the {label} ones" if current else "") + ")", ""):
            try:
                name, conf = parse_printer(spec, _free_name(role, names))
            except ValueError as err:
                print(f"  {err}")
                continue
            names.append(name)
            specs.append(format_printer(name, conf))
    if not specs:
        return current
    printers: dict[str, dict] = {}
    for spec in specs:
        try:
            name, conf = parse_printer(spec, _free_name(role, printers))
        except ValueError as err:
            raise Stop(f"reception setup: {err}", EXIT_USAGE) from None
        if name in printers:
            raise Stop(f"reception setup: two printers are named {name!r}", EXIT_USAGE)
        check = doctor.check_printer(name, conf)
        print(f"  {check.level:<4}  {check.check}: {check.reason}")
        if check.reason.startswith("bad configuration"):
            raise Stop(f"reception setup: {check.reason}", EXIT_USAGE)
        if check.level == doctor.FAIL and not ask.confirm(f"  Keep printer {name} anyway?", default=True):
            continue
        printers[name] = conf
    return printers


def _card_reader(args, ask: Asker, role: str, current: str) -> str:
    """A kiosk's or gate's ID card reader: a port, "find" (ask every serial port), or "none"."""
    if role == "desk":
        return current
    port = args.card_reader if args.card_reader is not None else ask.text(
        "ID card reader port (e.g. /dev/ttyUSB0 or socket://10.0.0.5:4001; find: look; none)", current or "none")
    port = port.strip()
    if port.lower() in ("", "none"):
        return ""
    if port.lower() == "find":
        from shared.devices.idcard.reader import find_readers

        found = find_readers()
        print(f"  ID card readers found: {', '.join(found) or 'none'}")
        if not found:
            return ""
        port = found[0]
    check = doctor.check_card_reader(port)
    print(f"  {check.level:<4}  {check.check}: {check.reason}")
    if check.level == doctor.FAIL and not ask.confirm(f"  Keep the card reader {port} anyway?", default=True):
        return ""
    return port


def _free_name(role: str, taken) -> str:
    first = FIRST_PRINTER[role]
    if first not in taken:
        return first
    n = 2
    while f"printer{n}" in taken:
        n += 1
    return f"printer{n}"


def _pin_hash(args, ask: Asker, role: str, current: str) -> str:
    from shared.domain.pins import hash_pin

    def good(pin: str) -> bool:
        return pin.isdigit() and 4 <= len(pin) <= 12

    pin = args.admin_pin
    if pin is not None and not good(pin):
        raise Stop("reception setup: the staff PIN must be 4 to 12 digits", EXIT_USAGE)
    while pin is None and role == "kiosk" and not ask.yes:
        pin = ask.text("Staff PIN to leave the kiosk (4-12 digits; empty: keep the current one)", "", secret=True)
        if pin and not good(pin):
            print("  the staff PIN must be 4 to 12 digits")
            pin = None
    return hash_pin(pin) if pin else current


def _existing(path: Path):
    """(config, role) of the file already there, as defaults; (None, '') when there is none."""
    from shared import config

    if not path.exists():
        return None, ""
    try:
        loaded = config.load(path)
        return loaded, loaded.role if loaded.role in ROLES else ""
    except (OSError, tomllib.TOMLDecodeError, ValueError) as err:
        print(f"(the config at {path} cannot be read and will be replaced: {err})")
        return None, ""


def write_config(path: Path, cfg, role: str) -> None:
    from dataclasses import replace

    from shared import config

    config.write(path, replace(cfg, role=role))
    path.chmod(0o640)  # it holds the PIN hash and perhaps the database password


def run(args) -> int:
    from shared import config

    path = Path(args.setup_config or args.config or config.default_config_path())
    old, old_role = _existing(path)
    ask = Asker(args.yes)
    role = args.role or ask.choice("Station role", ROLES, old_role or "kiosk")
    station = args.station or ask.text("Station name", old.station if old else f"{socket.gethostname()}-{role}")
    if problems := config.config_problems(station, args.site_name or ""):
        raise Stop("reception setup: " + ", ".join(f"--{k.replace('_', '-')} {PROBLEM_WORDS.get(v, v)}"
                                                   for k, v in problems.items()), EXIT_USAGE)
    url = _station_database(args, ask, role, _database(args, ask, old.database_url if old else
                                                       config.default_database_url()))
    default_printers = old.printers if old else {
        FIRST_PRINTER[role]: {"type": "preview", "folder": str(config.data_dir() / "badges")}}
    printers = _printers(args, ask, role, default_printers, "current" if old else "default")
    card_reader = _card_reader(args, ask, role, old.card_reader if old else "")
    language = args.language or ask.choice("Language", LANGUAGES, old.language if old else "zh_CN")
    pin_hash = _pin_hash(args, ask, role, old.admin_pin_hash if old else "")
    base = old or config.StationConfig(station=station, database_url=url)
    default_printer = args.default_printer or (base.default_printer if base.default_printer in printers else "")
    if default_printer and default_printer not in printers:
        raise Stop(f"reception setup: --default-printer {default_printer!r} is not one of the printers "
                   f"({', '.join(printers) or 'none'})", EXIT_USAGE)
    cfg = replace(base, station=station, database_url=url, printers=printers, language=language,
                  site_name=args.site_name or base.site_name, default_printer=default_printer,
                  admin_pin_hash=pin_hash, card_reader=card_reader)
    if not printers:
        print(f"note: no printer: badges will be written as PNG files to {config.data_dir() / 'badges'}")
    if role == "kiosk" and not cfg.admin_pin_hash:
        print("note: no staff PIN is set: the kiosk can be left only with RECEPTION_ADMIN_PIN set")
    if not ask.confirm(f"Write the station config to {path}?", default=True):
        raise Stop("reception setup: nothing written")
    write_config(path, cfg, role)
    print(f"wrote {path}: station {station!r}, role {role}, database {doctor.shown_url(url)}, "
          f"printers {', '.join(printers) or 'none'}")
    print(_next_step(role, path))
    return EXIT_OK


def _next_step(role: str, path: Path) -> str:
    check = f"`reception --config {path} doctor` checks the station"
    if role == "kiosk":
        return f"next: {check}; `sudo packaging/linux/setup-kiosk.sh` starts the kiosk on boot (Linux)"
    return f"next: {check}; start the console with `reception console` (or its desktop entry)"


def cmd_setup(args) -> int:
    try:
        return run(args)
    except Stop as stop:
        print(stop, file=sys.stderr)
        return stop.code
    except KeyboardInterrupt:
        print("\nreception setup: stopped, nothing written", file=sys.stderr)
        return EXIT_FAILED


def register(sub, db_sub, load_config) -> None:
    p = sub.add_parser(
        "setup", help="set up this station: role, database, printers; tests each and writes the config",
        description="Asks for what the flags do not give (with --yes: takes the defaults), tests the database "
                    "(connect and migrate) and each printer, then writes the station config. "
                    "Exit code 0: written; 1: a check failed, nothing written; 2: bad flags.")
    p.add_argument("--role", choices=ROLES, help="what this station is: the lobby kiosk, the reception desk "
                                                 "console, or the security gate console")
    p.add_argument("--station", metavar="NAME", help="this station's name, shown in the records")
    p.add_argument("--database", metavar="URL", help="sqlite:///FILE or postgresql://user:password@host/name")
    p.add_argument("--db-role-password", metavar="TEXT",
                   help="PostgreSQL: the password of this station's database role (from `reception db roles`, "
                        "or RECEPTION_DB_PASSWORD_KIOSK); the kiosk then connects as that role, not as --database's "
                        "user")
    p.add_argument("--printer", action="append", metavar="[NAME=]TYPE[:ARGS]",
                   help="a printer, repeatable; e.g. badge=network:host=192.168.1.50,port=9100 or "
                        "usb:04b8,0202 or preview:/var/lib/reception/badges")
    p.add_argument("--default-printer", metavar="NAME", help="the printer badges go to; default: the first")
    p.add_argument("--card-reader", metavar="PORT",
                   help="kiosk or gate: the ID card reader's port (/dev/ttyUSB0, COM3, socket://HOST:PORT for a "
                        "serial server), 'find' to ask every serial port, or 'none'; tested before it is kept")
    p.add_argument("--language", choices=LANGUAGES)
    p.add_argument("--site-name", metavar="TEXT")
    p.add_argument("--admin-pin", metavar="DIGITS", help="staff PIN that leaves the kiosk (kept only as a hash)")
    p.add_argument("--config", dest="setup_config", metavar="PATH", help="where to write the station config")
    p.add_argument("--yes", action="store_true", help="ask nothing: take the defaults for what the flags do not give")
    p.set_defaults(func=cmd_setup)
