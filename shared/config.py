"""Per-machine settings: a TOML file under the user's config folder (platformdirs)."""
from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP = "reception"


def data_dir() -> Path:
    return Path(os.environ.get("RECEPTION_DATA_DIR") or platformdirs.user_data_dir(APP))


def default_config_path() -> Path:
    return Path(os.environ.get("RECEPTION_CONFIG") or Path(platformdirs.user_config_dir(APP)) / "station.toml")


@dataclass(frozen=True)
class StationConfig:
    station: str
    database_url: str
    language: str = "zh_CN"
    site_name: str = "访客接待 Visitor Reception"
    printers: dict[str, dict] = field(default_factory=dict)
    default_printer: str = ""
    admin_pin_hash: str = ""  # shared.domain.pins.hash_pin(...): unlocks the kiosk's staff page
    role: str = ""  # kiosk / desk / gate, as `reception setup` made it ("" for a hand-written file)
    card_reader: str = ""  # the ID card reader's port: /dev/ttyUSB0, COM3, socket://host:port; "" none
    # The kiosk's camera, when the site takes visitors' photos: "" the first camera Qt finds, a camera's
    # name as `reception doctor` lists it, "none", or file:PATH (a picture: the demo and tests).
    camera: str = ""

    @property
    def badge_printer(self) -> str:
        return self.default_printer or next(iter(self.printers), "")


STATION_MAX, SITE_NAME_MAX = 40, 80  # the station columns' width; a header line


def config_problems(station: str, site_name: str) -> dict[str, str]:
    """A station's name goes into every record it writes and the site's name onto every badge: one
    line each, within their widths (the same checks as any typed field)."""
    from shared.domain.validation import line_problem

    problems = {"station": "required"} if not station.strip() else {}
    for field_name, value, limit in (("station", station, STATION_MAX), ("site_name", site_name, SITE_NAME_MAX)):
        if field_name not in problems and (problem := line_problem(value, limit)):
            problems[field_name] = problem
    return problems


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'reception.sqlite'}"


def load(path: Path | None = None) -> StationConfig:
    path = path or default_config_path()
    raw = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    printers = raw.get("printers") or {
        "badge": {"type": "preview", "folder": str(data_dir() / "badges")},
    }
    station = str(raw.get("station") or socket.gethostname()[:STATION_MAX])
    site_name = str(raw.get("site_name", StationConfig.site_name))
    if problems := config_problems(station, site_name):
        raise ValueError(f"{path}: " + ", ".join(f"{k} {v}" for k, v in problems.items()))
    return StationConfig(
        station=station,
        database_url=os.environ.get("RECEPTION_DATABASE_URL") or raw.get("database_url") or default_database_url(),
        language=raw.get("language", "zh_CN"),
        site_name=site_name,
        printers=printers,
        default_printer=raw.get("default_printer", ""),
        admin_pin_hash=raw.get("admin_pin_hash", ""),
        role=raw.get("role", ""),
        card_reader=str(raw.get("card_reader", "")),
        camera=str(raw.get("camera", "")),
    )


def write(path: Path, cfg: StationConfig) -> None:
    import tomli_w

    path.parent.mkdir(parents=True, exist_ok=True)
    body = {
        **({"role": cfg.role} if cfg.role else {}),
        "station": cfg.station, "database_url": cfg.database_url, "language": cfg.language,
        "site_name": cfg.site_name, "default_printer": cfg.default_printer, "printers": cfg.printers,
        "admin_pin_hash": cfg.admin_pin_hash,
        **({"card_reader": cfg.card_reader} if cfg.card_reader else {}),
        **({"camera": cfg.camera} if cfg.camera else {}),
    }
    path.write_text(tomli_w.dumps(body), encoding="utf-8")
