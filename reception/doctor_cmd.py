"""`reception doctor`: check a running station, one line per check: OK / WARN / FAIL and why.

Exit code 0 all OK, 1 warnings, 2 failures. It never changes the database (no migration) and never
creates a database file: a doctor that "fixes" by creating an empty SQLite file would hide the fault.
"""
from __future__ import annotations

import json
import shutil
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from shared.store.urls import shown_url, sqlite_path

OK, WARN, FAIL = "OK", "WARN", "FAIL"
EXIT = {OK: 0, WARN: 1, FAIL: 2}
GIB = 1024 ** 3
DISK_WARN, DISK_FAIL = 1 * GIB, 100 * 1024 ** 2
CLOCK_WARN_S, CLOCK_FAIL_S = 30.0, 300.0
CONNECT_TIMEOUT_S = 5  # the database's and the SMTP server's


@dataclass(frozen=True)
class Check:
    check: str
    level: str  # OK / WARN / FAIL
    reason: str


def exit_code(checks: list[Check]) -> int:
    return max((EXIT[c.level] for c in checks), default=0)


# --- database ------------------------------------------------------------------------------

def connect(url: str, create: bool = False):
    """(engine, None) when the database answers; (None, reason) when not. SQLite files are not
    created unless create=True."""
    from shared.services.site import health

    return health.connect(url, CONNECT_TIMEOUT_S, create=create)


def check_database(url: str):
    engine, why = connect(url)
    if engine is None:
        return Check("database", FAIL, why), None
    return Check("database", OK, f"{shown_url(url)} answers ({engine.dialect.name})"), engine


def check_schema(engine) -> Check:
    from shared.services.site.health import schema_state

    state = schema_state(engine)
    current, head = state.current, state.head
    if current == head:
        return Check("schema", OK, f"at the latest schema {head}")
    if current is None:
        return Check("schema", FAIL, f"the database has no schema yet (latest is {head}): "
                                     "run `reception db upgrade` or start the station once")
    if not state.known:
        return Check("schema", FAIL, f"the database is at schema {current}, newer than this program "
                                     f"knows ({head}): install the newer version on this station")
    return Check("schema", WARN, f"at schema {current}, {state.behind} migration(s) behind {head}: they apply on "
                                 "the next start, or run `reception db upgrade`")


# --- printers ------------------------------------------------------------------------------

def check_printer(name: str, conf: dict) -> Check:
    from printers.factory import make_printer

    label = f"printer {name}"
    try:
        printer = make_printer({**conf, "name": name})
    except ValueError as err:
        return Check(label, FAIL, f"bad configuration: {err}")
    status = printer.status()
    detail = f" ({status.detail})" if status.detail else ""
    if status.can_print is None:
        if getattr(printer, "answers_status", False) and getattr(printer, "status_timeout", 0) > 0:
            return Check(label, FAIL, f"did not answer a status query{detail}")
        return Check(label, WARN, f"cannot report its status, so whether it can print is unknown{detail}")
    if not status.can_print:
        faults = [text for bad, text in ((not status.online, "offline"), (status.paper == "out", "paper out"),
                                         (status.cover_open, "cover open"), (status.error, "in error"))
                  if bad]
        return Check(label, FAIL, f"cannot print: {', '.join(faults) or 'not ready'}{detail}")
    if status.paper == "near_end":
        return Check(label, WARN, "paper near end: put in a new roll soon")
    return Check(label, OK, f"ready{detail}")


# --- notifications -------------------------------------------------------------------------

def check_notifications(engine) -> list[Check]:
    from shared.services.notifications import WEBHOOK_CHANNELS
    from shared.services.site.health import notification_needs

    cfg, wanted = notification_needs(engine)
    problems = cfg.problems()
    if problems:
        listed = ", ".join(f"{field} {code}" for field, code in sorted(problems.items()))
        return [Check("notifications", FAIL, f"the site's notification settings have problems: {listed}")]
    configured = (["email"] if cfg.smtp_host else []) + [c for c in WEBHOOK_CHANNELS if cfg.url_for(c)]
    missing = {ch: n for ch, n in wanted.items() if ch not in ("none", *configured)}
    checks = []
    if missing:
        listed = ", ".join(f"{n} host(s) by {ch}" for ch, n in sorted(missing.items()))
        checks.append(Check("notifications", WARN, f"not set up for {listed}: they are not told of arrivals"))
    elif not configured:
        checks.append(Check("notifications", OK, "no channel set up, and no host needs one yet"))
    else:
        checks.append(Check("notifications", OK, f"set up: {', '.join(configured)}"))
    if cfg.smtp_host:
        checks.append(_reach_smtp(cfg.smtp_host, int(cfg.smtp_port), min(float(cfg.timeout_s), CONNECT_TIMEOUT_S)))
    for channel in WEBHOOK_CHANNELS:
        if cfg.url_for(channel):
            checks.append(_resolve_webhook(channel, cfg.url_for(channel)))
    return checks


def _reach_smtp(host: str, port: int, timeout: float) -> Check:
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as err:
        return Check("smtp", FAIL, f"cannot connect to {host}:{port}: {err}")
    return Check("smtp", OK, f"{host}:{port} accepts connections")


def _resolve_webhook(channel: str, url: str) -> Check:
    host = urlsplit(url).hostname or ""
    try:
        socket.getaddrinfo(host, None)
    except (OSError, UnicodeError) as err:
        return Check(channel, FAIL, f"the {channel} URL's host {host!r} does not resolve: {err}")
    return Check(channel, OK, f"host {host} resolves")


# --- machine -------------------------------------------------------------------------------

def check_disk(url: str) -> Check:
    from shared.config import data_dir

    folder = (sqlite_path(url) or data_dir() / "x").parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    text = f"{free / GIB:.1f} GiB free in {folder}"
    if free < DISK_FAIL:
        return Check("disk", FAIL, f"only {text}: the database may fail to write")
    if free < DISK_WARN:
        return Check("disk", WARN, f"only {text}: free some space")
    return Check("disk", OK, text)


def check_clock(engine, now: datetime | None = None) -> Check:
    """PostgreSQL: against the server's clock. SQLite: the newest change recorded must not lie in
    this machine's future (a clock set back makes new visits sort before old ones)."""
    from shared.services.site.health import clock_reference

    now = now or datetime.now(UTC)
    server_clock, reference = clock_reference(engine)
    if server_clock:
        off = (now - reference).total_seconds()
        where = "the database server's"
    else:
        newest = reference
        if newest is None:
            return Check("clock", OK, f"{now:%Y-%m-%d %H:%M:%S} UTC; nothing recorded yet to compare with")
        if newest.tzinfo is None:
            newest = newest.replace(tzinfo=UTC)
        off = min((now - newest).total_seconds(), 0.0)  # only a change "from the future" shows a fault
        where = "the newest recorded change's"
    if abs(off) >= CLOCK_FAIL_S:
        level = FAIL
    elif abs(off) >= CLOCK_WARN_S:
        level = WARN
    else:
        return Check("clock", OK, f"within {CLOCK_WARN_S:g} s of {where} time")
    direction = "behind" if off < 0 else "ahead of"
    return Check("clock", level, f"this machine's clock is {round(abs(off))} s {direction} {where} time: "
                                 "set the time (NTP) on this machine")


# --- system libraries ------------------------------------------------------------------------

def check_system_libraries(cfg) -> list[Check]:
    """What Qt loads from the machine for the platform this station's screen uses (from a remote shell, where
    no display is set, X11's); a kiosk's on-screen keyboard too. A PostgreSQL site's backups need pg_dump."""
    from shared import system_libs

    platform = system_libs.platform_in_use()
    lacking = system_libs.missing(platform, keyboard=cfg.role in ("kiosk", ""))
    checks = [Check("system libraries", FAIL, f"Qt ({platform}) cannot start: "
                    + system_libs.install_advice(lacking).replace("\n  ", "; "))
              if lacking else Check("system libraries", OK, f"what Qt needs for {platform} is installed")]
    if cfg.database_url.startswith("postgresql"):
        from reception.backup_cmd import BackupError, find_pg_tool

        try:
            find_pg_tool("pg_dump")
        except BackupError as err:
            checks.append(Check("backup tool", WARN, f"`reception backup` cannot copy this database: {err}; "
                                                     "Fedora: dnf install postgresql"))
    return checks


def check_card_reader(url: str, timeout_s: float = 2.0) -> Check:
    """The station's ID card reader: its port opens and its security module answers ready."""
    from shared.devices.idcard.protocol import ReaderError
    from shared.devices.idcard.reader import CardReader, open_port

    label = f"ID card reader {url}"
    try:
        reader = CardReader(open_port(url), timeout_s=timeout_s)
    except ReaderError as err:
        return Check(label, FAIL, f"cannot open the port: {err.detail}")
    try:
        reader.check()
    except ReaderError as err:
        why = {"timeout": "did not answer (a reader at another speed than 115200 baud, or not a card reader)",
               "reader_fault": "its security module reports a fault (SAM): the vendor must service it",
               "checksum": "answered garbled frames (cable or speed)"}.get(err.code, str(err))
        return Check(label, FAIL, why)
    finally:
        reader.close()
    return Check(label, OK, "answers; its security module is ready")


def check_camera(spec: str, photos: bool) -> Check:
    """The kiosk's camera for visitors' photos: the cameras Qt Multimedia sees, and the configured one among
    them. No camera is a warning only where the site takes photos (visitors then go on without one)."""
    spec = spec.strip()
    if spec.lower() == "none":
        return Check("camera", WARN if photos else OK, "none configured" + (
            ": the site takes photos, but this kiosk's visitors go on without one" if photos else ""))
    if spec.startswith("file:"):
        picture = Path(spec.removeprefix("file:"))
        return Check("camera", OK if picture.is_file() else FAIL,
                     f"a picture stands in for the camera: {picture}" if picture.is_file() else f"no picture {picture}")
    from PySide6.QtCore import QCoreApplication

    from kiosk.camera import camera_names

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # Qt Multimedia needs one  # noqa: F841
    names = camera_names()
    seen = f"Qt sees: {', '.join(repr(n) for n in names)}" if names else "Qt sees no camera"
    if spec and spec not in names:
        return Check("camera", FAIL, f"{spec!r} is not connected; {seen} (set camera = one of them)")
    if not names:
        return Check("camera", WARN if photos else OK, seen + (
            ": the site takes photos, visitors go on without one" if photos else " (needed only for photos)"))
    return Check("camera", OK, f"{seen}; using {spec or names[0]!r}")


def check_logs(now: datetime | None = None) -> list[Check]:
    """Where this station's log is, and its last errors: a warning when one is from the last hour."""
    from shared import logs

    where = "the journal (journalctl)" if logs.under_systemd() else str(logs.log_path())
    errors = logs.last_errors(5)
    if not errors:
        return [Check("logs", OK, f"in {where}; no error logged")]
    recent = (now or datetime.now()) - timedelta(hours=1)
    fresh = any(line[:19] >= recent.strftime("%Y-%m-%d %H:%M:%S") for line in errors)
    level = WARN if fresh else OK
    return [Check("logs", level, f"in {where}; the last {len(errors)} error(s) follow"),
            *(Check("logs", level, line) for line in errors)]


# --- the command ---------------------------------------------------------------------------

def run_checks(cfg, config_path: Path) -> list[Check]:
    from shared.domain.errors import StoreUnavailable

    checks = [Check("config", OK, f"station {cfg.station!r} from {config_path}") if config_path.exists()
              else Check("config", WARN, f"no station config at {config_path}: defaults in use; "
                                         "run `reception setup`")]
    from shared.services.site.health import takes_photos

    from reception.doctor_web import check_web, has_web

    photos, web = False, has_web(config_path, cfg.role)
    db_check, engine = check_database(cfg.database_url)
    checks.append(db_check)
    if engine is not None:
        try:
            schema = check_schema(engine)
            checks.append(schema)
            if schema.level != FAIL:
                checks += check_notifications(engine)
                photos = takes_photos(engine)
                checks += check_web(config_path, engine) if web else []
            checks.append(check_clock(engine))
        except StoreUnavailable as err:
            checks.append(Check("database", FAIL, f"reading it failed: {err}"))
        finally:
            engine.dispose()
    if web and engine is None:
        checks += check_web(config_path, None)
    if not cfg.printers:
        checks.append(Check("printers", WARN, "no printer configured"))
    checks += [check_printer(name, conf) for name, conf in cfg.printers.items()]
    if cfg.card_reader:
        checks.append(check_card_reader(cfg.card_reader))
    if cfg.role in ("", "kiosk"):  # consoles take no photos
        checks.append(check_camera(cfg.camera, photos))
    checks.append(check_disk(cfg.database_url))
    checks += check_system_libraries(cfg)
    checks += check_logs()
    return checks


def print_checks(checks: list[Check], out=sys.stdout) -> None:
    width = max((len(c.check) for c in checks), default=0)
    for c in checks:
        print(f"{c.level:<4}  {c.check:<{width}}  {c.reason}", file=out)


def cmd_doctor(args, load_config) -> int:
    from shared.config import default_config_path

    args.config = getattr(args, "doctor_config", None) or args.config
    path = Path(args.config) if args.config else default_config_path()
    checks = run_checks(load_config(args), path)
    code = exit_code(checks)
    if args.json:
        print(json.dumps({"config": str(path), "checks": [asdict(c) for c in checks], "exit": code},
                         ensure_ascii=False, indent=2))
    else:
        print_checks(checks)
        print({0: "all checks passed", 1: "warnings: see WARN lines", 2: "failures: see FAIL lines"}[code])
    return code


def register(sub, db_sub, load_config) -> None:
    p = sub.add_parser("doctor", help="check this station: database, schema, printers, notifications, the hosts' page, "
                                            "disk, clock, system libraries",
                       description="Each check prints OK, WARN or FAIL with the reason. "
                                   "Exit code 0: all OK; 1: warnings; 2: failures.")
    p.add_argument("--config", dest="doctor_config", metavar="PATH", help="station config file (TOML)")
    p.add_argument("--json", action="store_true", help="print the checks as JSON")
    p.set_defaults(func=lambda args: cmd_doctor(args, load_config))
