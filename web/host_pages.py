"""Signing in (e-mailed link or the company directory), the host's guest list, inviting, changing and
cancelling. Every form of a signed-in host carries the session's CSRF token; the host is always the
session's, never a field of the page."""
from __future__ import annotations

import secrets
from urllib.parse import quote
from datetime import date

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable, NotFound
from shared.domain.expected import ExpectedVisit
from shared.services.clinic import room
from shared.services.hosts import guests, sessions
from web.app import Site, message, page_lang, render
from web.guard import FORM_COOKIE, SESSION_COOKIE, cookie_flags, same


def _ip(request: Request) -> str:
    return request.client.host if request.client else "?"


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def routes(site: Site) -> list[Route]:
    flags = cookie_flags(site.cfg.secure)

    def signin_form(request: Request, lang: str, status: int = 200, **extra):
        token = secrets.token_urlsafe(24)
        response = render(site, request, "signin.html", lang, status, form_token=token,
                          directory=bool(site.cfg.ldap_sign_in and site.ldap), **extra)
        response.set_cookie(FORM_COOKIE, token, **{**flags, "samesite": "strict"})
        return response

    def signed_in(token: str) -> RedirectResponse:
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(SESSION_COOKIE, token, **flags)
        return response

    async def host_of(request: Request):
        try:
            return await run_in_threadpool(sessions.session_host, site.store, request.cookies.get(SESSION_COOKIE, ""))
        except (NotFound, NotActionable):
            return None

    async def signin_page(request: Request):
        return signin_form(request, page_lang(request))

    async def signin_post(request: Request):
        lang, form = page_lang(request), await request.form()
        if not same(form.get("form_token"), request.cookies.get(FORM_COOKIE)):
            return signin_form(request, lang, 400, problems=["bad_form"])
        email = str(form.get("email", ""))[:200].strip().lower()
        if not site.signins.allow(_ip(request)) or not site.signin_keys.allow("mail:" + email):
            return message(site, request, lang, "too_many", status=429)
        await run_in_threadpool(sessions.request_signin, site.store, email)
        return message(site, request, lang, "signin_head", "link_sent")  # the same words, known or not

    async def directory_post(request: Request):
        lang, form = page_lang(request), await request.form()
        if not (site.cfg.ldap_sign_in and site.ldap):
            return message(site, request, lang, "not_found", status=404)
        if not same(form.get("form_token"), request.cookies.get(FORM_COOKIE)):
            return signin_form(request, lang, 400, problems=["bad_form"])
        login, password = str(form.get("login", ""))[:80].strip(), str(form.get("password", ""))[:200]
        if not site.signins.allow(_ip(request)) or not site.signin_keys.allow("login:" + login.lower()):
            return message(site, request, lang, "too_many", status=429)
        from shared.directory_source.ldap import DirectoryError, authenticate
        try:
            person = await run_in_threadpool(authenticate, site.ldap, login, password)
        except DirectoryError:
            person = None
        if person is None:
            await run_in_threadpool(sessions.sign_in_failed, site.store, login, "directory")
            return signin_form(request, lang, 401, problems=["signin_failed"])
        try:
            token, _view = await run_in_threadpool(sessions.sign_in_from_directory, site.store, person.email,
                                                  person.directory_id)
        except NotFound:
            return signin_form(request, lang, 403, problems=["signin_no_host"])
        return signed_in(token)

    async def link_page(request: Request):
        lang, token = page_lang(request), request.path_params["token"]
        if not site.answers.allow(_ip(request)):  # unguessable tokens: the links' limit, not the forms'
            return message(site, request, lang, "too_many", status=429)
        try:
            name = await run_in_threadpool(sessions.signin_link_host, site.store, token)
        except NotFound:
            return message(site, request, lang, "bad_link", "bad_link_text", status=404)
        except NotActionable as e:
            return message(site, request, lang, e.params.get("reason", "expired"), status=410)
        # A button, not an automatic sign-in: mail scanners open links too, and must not spend them.
        return render(site, request, "signin_confirm.html", lang, host_name=name)

    async def link_post(request: Request):
        lang, token = page_lang(request), request.path_params["token"]
        if not site.answers.allow(_ip(request)):
            return message(site, request, lang, "too_many", status=429)
        try:
            session_token, _view = await run_in_threadpool(sessions.sign_in_with_link, site.store, token)
        except NotFound:
            return message(site, request, lang, "bad_link", "bad_link_text", status=404)
        except NotActionable as e:
            return message(site, request, lang, e.params.get("reason", "expired"), status=410)
        return signed_in(session_token)

    async def sign_out(request: Request):
        form = await request.form()
        view = await host_of(request)
        if view is not None and same(form.get("csrf"), view.csrf):
            await run_in_threadpool(sessions.sign_out, site.store, request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    def actor(view) -> m.Actor:
        return m.Actor(station="web", operator=f"host {view.host_name}"[:80], role="host")

    async def home(request: Request, problems=(), notice=(), status: int = 200, values=None):
        view = await host_of(request)
        if view is None:
            return RedirectResponse("/signin", status_code=303)
        lang = page_lang(request, view.language)
        rows = await run_in_threadpool(guests.my_guests, site.store, actor(view), view.host_id)
        treatment = await run_in_threadpool(room.my_room, site.store, actor(view), view.host_id)
        return render(site, request, "guests.html", lang, status, host=view, today=date.today(), room=treatment,
                      called=request.query_params.get("called", "")[:40],
                      visits=[g for g in rows if g.kind == "visit"],
                      invitations=[g for g in rows if g.kind == "invitation"], problems=list(problems),
                      notice=notice, values=values or {})

    async def invite_post(request: Request):
        view, form = await host_of(request), await request.form()
        if view is None:
            return RedirectResponse("/signin", status_code=303)
        if not same(form.get("csrf"), view.csrf):
            return await home(request, problems=["bad_form"], status=400)
        values = {k: str(v)[:2000] for k, v in form.items() if k != "csrf"}
        expected = ExpectedVisit(
            visitor_name=values.get("name", ""), host_id=view.host_id,
            expected_on=_date(values.get("day", "")) or date.min, mobile=values.get("mobile", ""),
            company=values.get("company", ""), email=values.get("email", ""), time_from=values.get("time_from", ""),
            time_to=values.get("time_to", ""), purpose=values.get("purpose", ""))
        members = [line.strip() for line in values.get("members", "").splitlines() if line.strip()]
        try:
            done = await run_in_threadpool(guests.invite, site.store, actor(view), view.host_id, expected, members,
                                           values.get("level", "standard"))
        except InvalidInput as e:
            return await home(request, problems=["fix_below"] + [f"field_{f}" for f in e.problems], status=422,
                              values=values)
        guest = done.value[0]
        return await home(request, notice=(guest.name, guest.code))

    async def cancel_post(request: Request):
        return await _change(request, "cancel")

    async def change_post(request: Request):
        return await _change(request, "change")

    async def _change(request: Request, what: str):
        view, form = await host_of(request), await request.form()
        if view is None:
            return RedirectResponse("/signin", status_code=303)
        if not same(form.get("csrf"), view.csrf):
            return await home(request, problems=["bad_form"], status=400)
        appointment_id = int(request.path_params["id"])
        try:
            if what == "cancel":
                await run_in_threadpool(guests.cancel_invitation, site.store, actor(view), view.host_id, appointment_id)
            else:
                await run_in_threadpool(
                    guests.change_invitation, site.store, actor(view), view.host_id, appointment_id,
                    _date(str(form.get("day", ""))) or date.min, str(form.get("time_from", ""))[:5],
                    str(form.get("time_to", ""))[:5],
                    str(form["purpose"])[:200] if "purpose" in form else None)
        except NotFound:
            return message(site, request, page_lang(request, view.language), "not_found", status=404)
        except (InvalidInput, NotActionable) as e:
            fields = getattr(e, "problems", {})
            return await home(request, problems=["fix_below"] + [f"field_{f}" for f in fields], status=422)
        return RedirectResponse("/", status_code=303)

    async def room_post(request: Request):
        """A doctor's status, or their next patient called in, from the treatment room."""
        view, form = await host_of(request), await request.form()
        if view is None:
            return RedirectResponse("/signin", status_code=303)
        if not same(form.get("csrf"), view.csrf):
            return await home(request, problems=["bad_form"], status=400)
        try:
            if request.path_params["what"] == "call":
                done = await run_in_threadpool(room.call_my_next, site.store, actor(view), view.host_id)
                return RedirectResponse(f"/?called={quote(done.value.ticket)}", status_code=303)
            await run_in_threadpool(room.set_my_status, site.store, actor(view), view.host_id,
                                    str(form.get("status", ""))[:20])
        except (InvalidInput, NotActionable):
            return await home(request, problems=["nobody_waiting"], status=422)
        return RedirectResponse("/", status_code=303)

    return [Route("/", home, methods=["GET"]),
            Route("/room/{what:str}", room_post, methods=["POST"]),
            Route("/signin", signin_page, methods=["GET"]), Route("/signin", signin_post, methods=["POST"]),
            Route("/signin/directory", directory_post, methods=["POST"]),
            Route("/signin/{token}", link_page, methods=["GET"]), Route("/signin/{token}", link_post, methods=["POST"]),
            Route("/signout", sign_out, methods=["POST"]), Route("/invite", invite_post, methods=["POST"]),
            Route("/invitations/{id:int}/cancel", cancel_post, methods=["POST"]),
            Route("/invitations/{id:int}/change", change_post, methods=["POST"])]
