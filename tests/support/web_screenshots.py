"""Screenshots of the hosts' page in headless chromium, phone-sized and desktop, on the demo data:
`python -m tests.support.web_screenshots docs/screenshots`."""
from __future__ import annotations

import sys
import time
import tempfile
from datetime import date, timedelta
from pathlib import Path

from shared.domain.expected import ExpectedVisit
from shared.domain.model import Actor, WalkIn
from shared.services import checkin
from shared.services.demo import seed_demo
from shared.services.hosts import guests, sessions
from shared.services.hosts.links import ANSWER, new_link
from shared.services.notifications import set_host_notification
from shared.store.engine import open_store
from tests.support.chrome import DESKTOP, PHONE, chrome
from tests.support.web import WebServer

ADMIN = Actor("desk-1", "boss", "admin")
HOST = 1  # 张三


def shoot(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite")
    seed_demo(store)
    set_host_notification(store, ADMIN, HOST, channel="email", language="zh_CN", email="zhangsan@example.com")
    visit = checkin.check_in_walk_in(store, Actor("kiosk-1"), WalkIn("欧阳娜娜", "13800138000", "华为技术有限公司", HOST,
                                                                     party_size=3), "badge").value
    actor = Actor("web", "host 张三", "host")
    guests.invite(store, actor, HOST, ExpectedVisit("陈晓", HOST, date.today() + timedelta(days=1), company="腾讯",
                                                    time_from="10:00", time_to="11:30", purpose="项目评审"))
    guests.invite(store, actor, HOST, ExpectedVisit("Anna Schmidt", HOST, date.today() + timedelta(days=3),
                                                    company="Siemens AG"), ["Jonas Weber"], level="vip")
    with store.write() as s:
        token = new_link(s, ANSWER, HOST, visit.id)
    cookie, _view = sessions.sign_in_from_directory(store, "zhangsan@example.com")
    written = []
    with WebServer(store) as web:
        for size, tag in ((PHONE, "phone"), (DESKTOP, "desktop")):
            browser = chrome(size)
            try:
                browser.get(f"{web.base_url}/a/{token}")
                written.append(_save(browser, folder / f"web-answer-{tag}.png"))
                browser.get(web.base_url + "/signin")
                browser.add_cookie({"name": "reception_session", "value": cookie, "path": "/"})
                browser.get(web.base_url + "/")
                written.append(_save(browser, folder / f"web-guests-{tag}.png"))
            finally:
                browser.quit()
    store.close()
    return written


def _save(browser, path: Path) -> Path:
    browser.set_script_timeout(60)
    browser.execute_async_script(  # the shipped CJK font is 16 MB: shoot once it is in, not its tofu
        "const done = arguments[0]; document.fonts.load('16px \"Reception CJK\"', '访客')"
        ".then(() => document.fonts.ready).then(() => done(true));")
    time.sleep(1.0)  # the text laid out before the font arrived is painted again
    height = browser.execute_script("return document.documentElement.scrollHeight")
    width = browser.execute_script("return window.innerWidth")
    browser.set_window_size(browser.get_window_size()["width"], max(height + 120, 600))
    browser.save_screenshot(str(path))
    browser.set_window_size(browser.get_window_size()["width"], 844 if width < 500 else 900)
    return path


if __name__ == "__main__":
    for written in shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(written)
