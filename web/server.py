"""`reception web` at run time: publish the page's address, deliver the outbox (sign-in e-mails and a
colleague's notification must not wait for a console), and serve the app with uvicorn."""
from __future__ import annotations

import logging
import threading

import uvicorn

from shared.services.hosts.links import announce_web
from shared.services.notifications.worker import NotifyWorker
from shared.store.engine import Store
from web.app import create_app
from web.config import WebConfig

log = logging.getLogger(__name__)


def serve(store: Store, cfg: WebConfig, station: str, ldap=None) -> None:
    announce_web(store, cfg.base_url)
    worker = NotifyWorker(store, f"{station}-web")
    thread = threading.Thread(target=worker.run, name="notify", daemon=True)
    thread.start()
    config = uvicorn.Config(
        create_app(store, cfg, ldap), host=cfg.address, port=cfg.port, log_level="warning",
        ssl_certfile=cfg.tls_cert or None, ssl_keyfile=cfg.tls_key or None,
        proxy_headers=cfg.behind_proxy, forwarded_allow_ips=cfg.proxy_ips if cfg.behind_proxy else "",
        server_header=False, timeout_graceful_shutdown=5)
    try:
        uvicorn.Server(config).run()
    finally:
        worker.stop()
        thread.join(timeout=10)
