"""The hosts' web page for tests: served by uvicorn in a thread (or `reception web` in a process), and a small
HTTP client with cookies that does not follow redirects, so a test sees each answer as the browser would."""
from __future__ import annotations

import html
import http.cookiejar
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import uvicorn

from tests.support.servers import free_port


class WebServer:
    def __init__(self, store, cfg=None, ldap=None) -> None:
        from web.app import create_app
        from web.config import WebConfig

        self.port = cfg.port if cfg else free_port()
        self.cfg = cfg or WebConfig(address="127.0.0.1", port=self.port, public_url=f"http://127.0.0.1:{self.port}")
        self.base_url = self.cfg.base_url
        self.app = create_app(store, self.cfg, ldap)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> WebServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "the web server did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@dataclass
class Reply:
    status: int
    headers: dict
    text: str

    def has(self, words: str) -> bool:
        return words in html.unescape(self.text)

    def field(self, name: str) -> str:
        found = re.search(rf'name="{name}" value="([^"]*)"', self.text)
        assert found, f"no field {name} in the page"
        return html.unescape(found.group(1))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def _open(self, request) -> Reply:
        try:
            with self.opener.open(request, timeout=20) as r:
                return Reply(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            return Reply(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode("utf-8"))

    def url(self, path: str) -> str:
        return path if path.startswith("http") else self.base_url + path

    def get(self, path: str) -> Reply:
        return self._open(urllib.request.Request(self.url(path)))

    def post(self, path: str, **fields) -> Reply:
        return self.post_pairs(path, list(fields.items()))

    def post_pairs(self, path: str, pairs: list[tuple[str, str]]) -> Reply:
        data = urllib.parse.urlencode(pairs).encode()
        return self._open(urllib.request.Request(self.url(path), data=data, method="POST"))

    def cookie(self, name: str):
        return next((c for c in self.jar if c.name == name), None)
