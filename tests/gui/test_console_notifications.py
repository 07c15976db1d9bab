"""The desk delivers host notifications for the whole site: a kiosk's check-in in another store
reaches the host's mailbox on a real SMTP server, once."""
from __future__ import annotations

import time

from console.app import build_console
from shared.config import StationConfig
from shared.domain.model import Actor, WalkIn
from shared.qt.feed import ChangeBus
from shared.services import notifications as notes
from shared.services.demo import seed_demo
from shared.services.checkin import check_in_walk_in
from shared.store.engine import open_store
from tests.support.servers import SmtpServer
from tests.support.qt_fixtures import RECEPTIONIST
from tests.support.actors import STAFF

DESK = Actor("desk-1", "amy", "receptionist")
ADMIN = Actor("desk-1", "boss", "admin")  # site settings are the admin's


def test_a_kiosk_check_in_is_mailed_to_the_host_once_by_the_desk(qtbot, tmp_path, make_translations):
    url = f"sqlite:///{tmp_path / 'site.sqlite'}"
    store = open_store(url)
    seed_demo(store)
    with SmtpServer() as smtp:
        notes.update_notify_settings(store, ADMIN, smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_security="none",
                                     sender="reception@example.com", timeout_s=5)
        notes.set_host_notification(store, ADMIN, 1, channel="email", email="zhangsan@example.com")
        bus = ChangeBus(store.engine)
        window = build_console(StationConfig(station="desk-1", database_url=url), store,
                               make_translations(["shared", "console"], "en"), bus, notify=True, operator=RECEPTIONIST)
        qtbot.addWidget(window)
        bus.start()
        kiosk = open_store(url, migrate=False)
        try:
            visit = check_in_walk_in(kiosk, Actor("kiosk-1"), WalkIn("欧阳娜娜", "13800138000", "华为", 1), "badge").value
            qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10000)
            time.sleep(1.0)  # room for a duplicate, were there one
            assert len(smtp.received) == 1
            _sender, recipients, message = smtp.received[0]
            assert recipients == ["zhangsan@example.com"] and "欧阳娜娜" in message.get_content()
            assert "13800138000" not in message.as_string()
            assert [n.state for n in notes.notifications_for_visit(store, STAFF, visit.id)] == ["sent"]
        finally:
            window.close()
            bus.stop()
            kiosk.close()
            store.close()
