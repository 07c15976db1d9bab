"""The hosts' page end to end: `reception web` in its own process, a console in this one, one SQLite file, the
host's e-mail caught by a real SMTP server, and the link opened in Debian's headless chromium."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from sqlalchemy import update

from console.app import build_console
from console.desk.waiting_view import COL_ANSWER
from shared.config import StationConfig
from shared.qt.feed import ChangeBus
from shared.qt.i18n import Translations
from shared.services import notifications as notes
from shared.services.demo import seed_demo
from shared.store import models as db
from shared.store.engine import open_store
from shared.store.types import utcnow
from tests.integration.test_notifications import ADMIN, HOST, check_in, smtp_settings
from tests.support.chrome import DESKTOP, PHONE, chrome, clipped_buttons, fits_width, fonts_of, open_page
from tests.support.qt_fixtures import RECEPTIONIST
from tests.support.servers import SmtpServer, free_port

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"(http://127\.0\.0\.1:\d+/a/[A-Za-z0-9_\-]+)")
SHOTS = Path(os.environ.get("RECEPTION_WEB_SHOTS", "")) if os.environ.get("RECEPTION_WEB_SHOTS") else None


def start_web(tmp_path: Path, url: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    config = tmp_path / "web.toml"
    config.write_text(f'station = "web-1"\ndatabase_url = "{url}"\n[web]\naddress = "127.0.0.1"\nport = {port}\n'
                      f'public_url = "http://127.0.0.1:{port}"\n', encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "reception", "--config", str(config), "web"], cwd=ROOT,
                               env={**os.environ, "PYTHONIOENCODING": "utf-8"}, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return process, base
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.1)
    process.kill()
    pytest.fail("reception web did not start: " + (process.stdout.read() if process.stdout else ""))


@pytest.fixture
def site(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    store = open_store(url)
    seed_demo(store)
    notes.set_host_notification(store, ADMIN, HOST, channel="email", language="zh_CN", email="zhangsan@example.com")
    with SmtpServer() as smtp:
        smtp_settings(store, smtp.port)
        web, base = start_web(tmp_path, url)
        try:
            yield url, store, smtp, base
        finally:
            web.terminate()
            web.wait(timeout=20)
            store.close()


def mailed_link(smtp, timeout=20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for _f, _t, message in list(smtp.received):
            if found := LINK.findall(message.get_content()):
                return found[0]
        time.sleep(0.05)
    pytest.fail("no answer link was e-mailed")


def test_a_host_answers_in_a_browser_and_the_console_shows_it_within_a_second(qtbot, qapp, site):
    url, store, smtp, base = site
    translations = Translations(["shared", "console"])
    translations.switch("en")
    bus = ChangeBus(store.engine)
    bus.start()
    browser = chrome(PHONE)
    try:
        window = build_console(StationConfig(station="desk-1", database_url=url), store, translations, bus,
                               operator=RECEPTIONIST)
        qtbot.addWidget(window)
        window.show()
        visit = check_in(store)  # the web process's own outbox worker e-mails the host
        link = mailed_link(smtp)
        qtbot.waitUntil(lambda: window.waiting.model.row_of(visit.id) is not None, timeout=5000)

        for language in ("en", "zh"):  # every word fits a phone in both languages; Chinese is left chosen
            open_page(browser, f"{link}?lang={language}")
            assert fits_width(browser) and clipped_buttons(browser) == [], language
        shown = open_page(browser, link)
        assert "欧阳娜娜" in shown and "13800138000" not in shown
        browser.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => done(true));")
        assert fonts_of(browser, "h1") == ["Noto Sans CJK SC"]  # the name in Chinese, never tofu boxes
        if SHOTS:
            browser.save_screenshot(str(SHOTS / "web-answer-phone.png"))
        browser.find_element(By.CSS_SELECTOR, "button[name=minutes][value='5']").click()
        clicked = time.monotonic()
        cell = lambda: window.waiting.model.index(window.waiting.model.row_of(visit.id), COL_ANSWER).data()  # noqa: E731
        qtbot.waitUntil(lambda: cell().startswith("coming in 5 min"), timeout=1000)
        assert time.monotonic() - clicked < 1.0
        assert "您已回复" in browser.page_source and "5 分钟后到" in browser.page_source

        assert "5 分钟后到" in open_page(browser, link) and not browser.find_elements(By.CSS_SELECTOR, "form")
        token = link.rsplit("/", 1)[1]
        assert "链接无效" in open_page(browser, link[: -len(token)] + token[::-1])
        with store.write() as s:
            s.execute(update(db.HostLink).values(expires_at=utcnow() - timedelta(seconds=1)))
        assert "链接已过期" in open_page(browser, link)
        if SHOTS:
            browser.set_window_size(*DESKTOP)
            browser.get(base + "/signin")
            browser.save_screenshot(str(SHOTS / "web-signin-desktop.png"))
    finally:
        browser.quit()
        bus.stop()
