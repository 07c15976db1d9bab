"""The Starlette application: routes, templates, the language of each page, and the error pages."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from assets import font_path as cjk_font_path
from shared.store.engine import Store
from web.config import WebConfig
from web.guard import RateLimit, SecurityHeaders
from web.words import lang_of, t

HERE = Path(__file__).parent


@dataclass
class Site:
    """What every page handler needs: the store, the station's [web] settings and the rate limits."""

    store: Store
    cfg: WebConfig
    ldap: object | None = None  # shared.directory_source LdapSettings when hosts sign in with the directory
    answers: RateLimit = field(default_factory=lambda: RateLimit(30))  # per address, a minute
    # per address, a minute: an office behind one NAT address shares it, so it bounds a flood, not a person
    signins: RateLimit = field(default_factory=lambda: RateLimit(20))
    signin_keys: RateLimit = field(default_factory=lambda: RateLimit(3, 600.0))  # per e-mail or login, 10 min
    templates: Jinja2Templates = field(default_factory=lambda: Jinja2Templates(directory=str(HERE / "templates")))


def page_lang(request: Request, default: str = "") -> str:
    """?lang= (remembered in a cookie), else the cookie, else the given default, else the browser's."""
    asked = request.query_params.get("lang") or request.cookies.get("lang")
    if asked:
        return lang_of(asked)
    if default:
        return lang_of(default)
    accept = request.headers.get("accept-language", "")
    return "en" if accept.lower().startswith("en") else "zh"


def local(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def render(site: Site, request: Request, name: str, lang: str, status: int = 200, **context) -> HTMLResponse:
    other = "zh" if lang == "en" else "en"
    response = site.templates.TemplateResponse(
        request, name, {"lang": lang, "other": other, "tr": lambda key, **f: t(lang, key, **f), "local": local,
                        **context}, status_code=status)
    if request.query_params.get("lang"):
        response.set_cookie("lang", lang, max_age=365 * 86400, httponly=True, samesite="lax", path="/")
    return response


def message(site: Site, request: Request, lang: str, head: str, text: str = "", status: int = 200) -> HTMLResponse:
    return render(site, request, "message.html", lang, status, head=t(lang, head), text=t(lang, text) if text else "")


def create_app(store: Store, cfg: WebConfig, ldap=None) -> Starlette:
    from web import answer_pages, host_pages

    site = Site(store, cfg, ldap)

    async def health(request: Request):
        return PlainTextResponse("ok")

    async def font(request: Request):
        # The shipped CJK font, for browsers with none of their own (a bare Linux desktop); phones and
        # office PCs use theirs first (style.css), so most never fetch these 16 MB.
        return FileResponse(cjk_font_path(), media_type="font/otf",
                            headers={"cache-control": "public, max-age=31536000, immutable"})

    async def not_found(request: Request, exc):
        return message(site, request, page_lang(request), "not_found", status=404)

    routes = [Route("/healthz", health), Route("/fonts/cjk.otf", font), Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
              *answer_pages.routes(site), *host_pages.routes(site)]
    app = Starlette(routes=routes, exception_handlers={404: not_found})
    app.add_middleware(SecurityHeaders)
    app.state.site = site
    return app
