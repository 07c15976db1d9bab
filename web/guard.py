"""The page's defences: rate limits on the answer and sign-in endpoints, security headers on every reply,
the session cookie's flags and the CSRF check of every form a signed-in host posts."""
from __future__ import annotations

import hmac
import threading
import time
from collections import deque

SESSION_COOKIE = "reception_session"
FORM_COOKIE = "reception_form"  # the sign-in forms' double-submit token, before there is a session
HEADERS = {
    # No script at all; styles and images from this server only; never framed; links carry tokens, so no
    # Referer leaves the page and nothing is cached on the way.
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


class RateLimit:
    """At most `limit` hits per `window_s` for one key (an address, an e-mail): a sliding window in memory.
    One web process serves the site, so its memory is the whole picture."""

    def __init__(self, limit: int, window_s: float = 60.0, clock=time.monotonic) -> None:
        self.limit, self.window_s, self._clock = limit, window_s, clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            if len(self._hits) > 50_000:  # a flood of made-up keys must not grow memory without end
                self._forget(now)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True

    def _forget(self, now: float) -> None:
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window_s]:
            del self._hits[key]


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def cookie_flags(secure: bool) -> dict:
    return dict(httponly=True, samesite="lax", secure=secure, path="/")


class SecurityHeaders:
    """ASGI middleware: the headers above on every response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, with_headers)
