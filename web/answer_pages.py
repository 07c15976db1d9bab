"""/a/<token>: the host's answer page for one visit, opened from the link in their notification."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.routing import Route

from shared.domain.errors import InvalidInput, NotActionable, NotFound
from shared.domain.host_answer import MINUTES, Answer, HostAnswer
from shared.services.directory.hosts import search_hosts
from shared.services.hosts.answering import OPEN, answer_page, answer_visit
from web.app import Site, message, page_lang, render

PROBLEM_WORDS = {("minutes", "out_of_range"): "problem_minutes", ("message", "required"): "problem_message",
                 ("message", "too_long"): "problem_message_long", ("colleague", "required"): "problem_colleague",
                 ("colleague", "unknown"): "problem_colleague"}


def _number(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() and len(text) <= 4 else None


def _minutes(values: list) -> int:
    """A pressed "5 min" button and the empty "other" box both send minutes: the first number given counts."""
    return next((n for n in map(_number, values) if n is not None), 0)


def routes(site: Site) -> list[Route]:
    def refused(request: Request, error: Exception, lang: str):
        if isinstance(error, NotFound):
            return message(site, request, lang, "bad_link", "bad_link_text", status=404)
        if getattr(error, "params", {}).get("reason") == "expired":
            return message(site, request, lang, "expired", status=410)
        return message(site, request, lang, "over", status=410)

    def show(request: Request, page, lang: str, status: int = 200, **extra):
        template = "answer.html" if page.status == OPEN else "answered.html"
        return render(site, request, template, lang, status, page=page, minutes=MINUTES, **extra)

    async def get(request: Request):
        token, lang = request.path_params["token"], page_lang(request)
        if not site.answers.allow(request.client.host if request.client else "?"):
            return message(site, request, lang, "too_many", status=429)
        try:
            page = await run_in_threadpool(answer_page, site.store, token)
        except (NotFound, NotActionable) as e:
            return refused(request, e, lang)
        return show(request, page, page_lang(request, page.language))

    async def post(request: Request):
        token, lang = request.path_params["token"], page_lang(request)
        if not site.answers.allow(request.client.host if request.client else "?"):
            return message(site, request, lang, "too_many", status=429)
        form = await request.form()
        kind = str(form.get("answer", ""))
        try:
            page = await run_in_threadpool(answer_page, site.store, token)
            lang = page_lang(request, page.language)
            if kind == Answer.COLLEAGUE and not form.get("colleague_id"):
                return await _find_colleague(request, page, lang, str(form.get("colleague_query", "")))
            if kind not in set(Answer):
                raise InvalidInput({"answer": "unknown"})
            given = HostAnswer(Answer(kind), minutes=_minutes(form.getlist("minutes")),
                               message=str(form.get("message", ""))[:2000],
                               colleague_id=_number(form.get("colleague_id")))
            done = await run_in_threadpool(answer_visit, site.store, token, given)
        except (NotFound, NotActionable) as e:
            return refused(request, e, lang)
        except InvalidInput as e:
            words = [PROBLEM_WORDS.get((f, c), "bad_form") for f, c in e.problems.items()]
            return show(request, page, lang, 422, problems=words)
        return show(request, done.value, lang)

    async def _find_colleague(request: Request, page, lang: str, query: str):
        found = await run_in_threadpool(search_hosts, site.store, query[:80], 8) if query.strip() else []
        found = [h for h in found if h.name != page.host_name]
        return show(request, page, lang, colleagues=found, colleague_query=query,
                    problems=[] if found else ["colleague_none"])

    return [Route("/a/{token}", get, methods=["GET"]), Route("/a/{token}", post, methods=["POST"])]
