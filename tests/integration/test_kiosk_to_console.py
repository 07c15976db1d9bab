"""The walking skeleton end to end: a visitor checks in on a real kiosk process, the badge comes
out, and the console in another process shows the visit without a restart."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import zxingcpp
from PIL import Image, ImageChops
from sqlalchemy import select

from console.app import build_console
from printers.layout import render_badge
from shared import config
from shared.config import StationConfig
from shared.qt.feed import ChangeBus
from shared.services.demo import seed_demo
from shared.services.checkin import badge_data
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.images import differing_fraction, ink_crop, reference_text
from tests.support.qt_fixtures import RECEPTIONIST

ROOT = Path(__file__).resolve().parents[2]


def test_kiosk_process_check_in_shows_on_console_and_prints_the_badge(qtbot, tmp_path, make_translations):
    url = f"sqlite:///{tmp_path / 'site.sqlite'}"
    badges = tmp_path / "badges"
    kiosk_cfg = tmp_path / "kiosk.toml"
    config.write(kiosk_cfg, StationConfig(station="kiosk-1", database_url=url, language="zh_CN",
                                          printers={"badge": {"type": "preview", "folder": str(badges)}}))
    store = open_store(url)
    seed_demo(store)
    bus = ChangeBus(store.engine)
    console = build_console(StationConfig(station="desk-1", database_url=url), store,
                            make_translations(["shared", "console"], "zh_CN"), bus, operator=RECEPTIONIST)
    qtbot.addWidget(console)
    bus.start()
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "tests.support.kiosk_driver", str(kiosk_cfg), "欧阳娜娜", "13800138000", "zs", "张三"],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: any(v.visitor_name == "欧阳娜娜" for v in console.model.visits()), timeout=20000)
        out, err = kiosk.communicate(timeout=60)
    finally:
        bus.stop()
        if kiosk.poll() is None:
            kiosk.kill()
    assert kiosk.returncode == 0, err
    assert "done-page" in out
    badge_png = Path(out.split("badge ", 1)[1].strip())

    with store.read() as s:
        visit = s.scalars(select(db.Visit)).one()
        data = badge_data(visit)
        assert visit.station == "kiosk-1" and visit.host.name == "张三"
    image = Image.open(badge_png)
    # The QR decodes to the visit's random token, and to nothing personal.
    assert [r.text for r in zxingcpp.read_barcodes(image.convert("L"))] == [visit.badge_token]
    # The printed badge is the layout of this visit, pixel for pixel ...
    rendered = render_badge(data)
    assert ImageChops.difference(image.convert("1"), rendered.image).getbbox() is None
    # ... and its name box holds the visitor's Chinese name drawn in the shipped font.
    box = rendered.fields["visitor_name"]
    drawn = ink_crop(image.crop(box.bbox))
    assert differing_fraction(drawn, reference_text("欧阳娜娜", box.font_size, bold=True)) < 0.002
    assert differing_fraction(drawn, reference_text("欧阳菲菲", box.font_size, bold=True)) > 0.01
    store.close()
