"""`reception demo`: kiosk and console as two processes on one demo SQLite file."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from shared import config
from shared.config import StationConfig
from reception import __version__
from shared.paths import reception_command


def demo_dir(profile: str = "office") -> Path:
    """Each profile its own demo database: a clinic's directory is its doctors."""
    return config.data_dir() / ("demo" if profile == "office" else f"demo-{profile}")


def demo_configs(base: Path) -> tuple[Path, Path]:
    """Two stations on one database; the kiosk's badges land as PNG files."""
    url = f"sqlite:///{base / 'demo.sqlite'}"
    printers = {"badge": {"type": "preview", "folder": str(base / "badges")}}
    kiosk = StationConfig(station="kiosk-1", database_url=url, printers=printers)
    desk = StationConfig(station="desk-1", database_url=url, printers=printers)
    paths = base / "kiosk.toml", base / "console.toml"
    config.write(paths[0], kiosk)
    config.write(paths[1], desk)
    return paths


def seed(url: str, profile: str = "office") -> None:
    """A new demo database gets the directory, the operators and a busy morning; a kept one is left as is."""
    from shared.services.clinic.demo import seed_clinic
    from shared.services.demo import seed_demo, seed_morning, seed_security
    from shared.services.plans.demo import seed_plan
    from shared.store.engine import open_store

    store = open_store(url)
    if profile == "clinic":
        seed_clinic(store)
    elif seed_demo(store):
        seed_morning(store)
        seed_security(store)
        seed_plan(store)  # the VIP of the morning has a reception plan in progress
    store.close()


def run(fresh: bool = False, profile: str = "office") -> int:
    base = demo_dir(profile)
    if fresh and base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True, exist_ok=True)
    kiosk_cfg, console_cfg = demo_configs(base)
    seed(config.load(kiosk_cfg).database_url, profile)
    paper = "queue tickets" if profile == "clinic" else "badges"
    print(f"demo database: {base / 'demo.sqlite'}\n{paper} (PNG): {base / 'badges'}", flush=True)
    cmd = reception_command()
    procs = [
        subprocess.Popen([*cmd, "--config", str(console_cfg), "console"]),
        subprocess.Popen([*cmd, "--config", str(kiosk_cfg), "kiosk", "--windowed"]),
    ]
    if profile == "clinic":  # the waiting room's screen, on the kiosk's configuration (the same database)
        procs.append(subprocess.Popen([*cmd, "--config", str(kiosk_cfg), "display", "--windowed"]))
    try:
        return max(p.wait() for p in procs)
    except KeyboardInterrupt:  # the stations got the same Ctrl-C and are closing; give them time
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.terminate()
        return 130


def screenshots(out: Path) -> int:
    """Render each kiosk page, the console and a badge offscreen, for the README."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from console.app import console_screenshots
    from display.app import display_screenshots
    from kiosk.app import kiosk_screenshots
    from printers.factory import make_printer
    from shared.domain.model import Actor, WalkIn
    from shared.qt.appbase import make_app
    from shared.services.directory import hosts
    from shared.services import checkin
    from console.log.log_pdf import log_pdf_screenshot
    from console.plans.pdf import plan_pdf_screenshot
    from shared.services.plans.demo import seed_plan
    from shared.services.plans import plan_detail
    from shared.services.demo import seed_demo, seed_morning, seed_security
    from shared.services.security.onsite import queue_evacuation_list
    from shared.services.printing.queue import print_next
    from shared.store.engine import open_store

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config.load(demo_configs(Path(tmp))[0])
        app, translations = make_app(sys.argv[:1], "reception-demo", ["kiosk", "console", "display"], "zh_CN")
        store = open_store(cfg.database_url)
        seed_demo(store)
        paths = kiosk_screenshots(cfg, store, translations, out)
        host = hosts.search_hosts(store, "zs")[0]
        checkin.check_in_walk_in(store, Actor("kiosk-1"), WalkIn("欧阳娜娜", "13800138000", "华为技术有限公司", host.id),
                                "badge")
        with_photo = _a_visitor_with_photo_and_signature(store, host.id)
        seed_morning(store)
        seed_security(store)
        plan_id = seed_plan(store)
        printer = make_printer({"name": "badge", "type": "preview", "folder": str(out / "badges")})
        while print_next(store, "kiosk-1", {"badge": printer}, "badge"):
            pass
        # The security desk's paper: a gate pass and the evacuation list, printed at the desk.
        guard = Actor("desk-1", "保安老赵", "security")
        queue_evacuation_list(store, guard, "badge")
        desk_printer = make_printer({"name": "badge", "type": "preview", "folder": str(Path(tmp) / "desk")})
        while print_next(store, "desk-1", {"badge": desk_printer}, "badge"):
            pass
        for pattern, name in (("gate-pass-*.png", "gate_pass.png"), ("evacuation-list-*.png", "evacuation_list.png")):
            shutil.copyfile(min((Path(tmp) / "desk").glob(pattern)), out / name)
            paths.append(out / name)
        log_pdf_screenshot(store, guard, str(Path(tmp) / "log.pdf"), str(out / "visitor_log_pdf.png"))
        paths.append(out / "visitor_log_pdf.png")
        leader = Actor("desk-1", "陈总", "leader")
        plan_pdf_screenshot(plan_detail(store, leader, plan_id), cfg.site_name, str(Path(tmp) / "plan.pdf"),
                            str(out / "plan_pdf.png"))
        paths.append(out / "plan_pdf.png")
        _a_morning_with_an_empty_printer(store)
        paths += console_screenshots(cfg, store, translations, out)
        boards = _each_language(translations, lambda: display_screenshots(cfg, store, translations, Path(tmp)))
        paths += [Path(shutil.copyfile(p, out / p.name)) for p in boards if p.name.startswith("display-02-welcome")]
        store.close()
        paths += _clinic_screenshots(Path(tmp), translations, out)
    first_badge = min((out / "badges").glob("*.png"))
    shutil.copyfile(first_badge, out / "badge.png")
    paths.append(out / "badge.png")
    shutil.copyfile(min((out / "badges").glob(f"{with_photo}-*.png")), out / "badge-photo.png")
    paths.append(out / "badge-photo.png")
    for p in paths:
        print(p)
    return 0


def _a_visitor_with_photo_and_signature(store, host_id: int) -> str:
    """A walk-in at a site that takes photos and has its safety rules signed: the badge with a photo.
    Returns the visit's number (the badge file's name starts with it)."""
    from PIL import Image

    from assets import DEMO_PHOTO
    from kiosk.screenshots import SAMPLE_DOCUMENT, sample_signature
    from shared.domain.model import Actor, Attachments, Consent, Signature, VisitorPhoto, WalkIn
    from shared.domain.photo import photo_jpeg
    from shared.services import checkin
    from shared.services.site.sign_documents import save_sign_document

    d = SAMPLE_DOCUMENT
    document = save_sign_document(store, Actor("desk-1", "admin", "admin"), d.key, d.audience, d.title_zh, d.title_en,
                                  d.text_zh, d.text_en).value
    with Image.open(DEMO_PHOTO) as frame:
        photo = VisitorPhoto(photo_jpeg(frame))
    visit = checkin.check_in_walk_in(store, Actor("kiosk-1"), WalkIn("李雷", "13900001111", "星河科技 Galaxy Tech",
                                                                     host_id), "badge", Consent(True),
                                     attachments=Attachments(photo, (Signature(document.id, sample_signature()),)))
    return visit.value.visit_no


def _a_morning_with_an_empty_printer(store) -> None:
    """A second kiosk runs out of paper: the console shows the failed badge and the warning."""
    from printers.factory import make_printer
    from shared.domain.model import Actor, WalkIn
    from shared.services.directory import hosts
    from shared.services import checkin
    from shared.services.printing.queue import print_next, record_status

    host = hosts.search_hosts(store, "lisi")[0]
    checkin.check_in_walk_in(store, Actor("kiosk-2"), WalkIn("王建军", "13711112222", "宏远物流", host.id), "lobby")
    empty = make_printer({"name": "lobby", "type": "dummy", "paper": "out"})
    while (job := print_next(store, "kiosk-2", {"lobby": empty}, "lobby", backoff=())) and job.state != "failed":
        pass
    record_status(store, "kiosk-2", "lobby", empty.status())
    from shared.services.site.stations import beat  # the stations list: two kiosks and this desk, one printer empty

    for station, role in (("kiosk-1", "kiosk"), ("kiosk-2", "kiosk"), ("desk-1", "desk")):
        beat(store, station, role, __version__)


def _each_language(translations, shoot) -> list[Path]:
    before, paths = translations.language, []
    try:
        for language in ("zh_CN", "en"):
            translations.switch(language)
            paths += shoot()
    finally:
        translations.switch(before)
    return paths


def _clinic_screenshots(tmp: Path, translations, out: Path) -> list[Path]:
    """A dental clinic's demo: the kiosk's clinic pages, the desk, the waiting-room display and a queue ticket."""
    from console.app import clinic_console_screenshots
    from display.app import display_screenshots
    from kiosk.clinic_screenshots import clinic_kiosk_screenshots
    from printers.factory import make_printer
    from shared.services.clinic.demo import seed_clinic
    from shared.services.demo import SETUP
    from shared.services.printing.queue import print_next
    from shared.store.engine import open_store

    base = tmp / "clinic"
    base.mkdir()
    cfg = config.load(demo_configs(base)[1])  # the desk's station: its tickets print there
    store = open_store(cfg.database_url)
    seed_clinic(store)
    paths = clinic_kiosk_screenshots(cfg, store, translations, out)
    paths += clinic_console_screenshots(cfg, store, translations, out)
    shots = _each_language(translations, lambda: display_screenshots(cfg, store, translations, base / "display"))
    for shot in (p for p in shots if p.name.startswith("display-01-clinic")):  # the office's board is shot already
        paths.append(Path(shutil.copyfile(shot, out / shot.name.replace("display-01-clinic", "clinic-display"))))
    printer = make_printer({"name": "badge", "type": "preview", "folder": str(base / "tickets")})
    while print_next(store, SETUP.station, {"badge": printer}, "badge"):  # printed where the demo registered them
        pass
    store.close()
    shutil.copyfile(min((base / "tickets").glob("ticket-*.png")), out / "queue_ticket.png")
    return [*paths, out / "queue_ticket.png"]
