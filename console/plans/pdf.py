"""A reception plan's printouts: the plan (接待方案), the itinerary (接待行程单) and the post-visit expense
sign-off report (食宿费用签单报告). A4 portrait, in the language asked for (zh_CN or en: every label in that
language; names, notes and titles as they were entered), the site's name and the plan number on every
page, page numbers."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from shared.services.plans import Category, PlanDetail, StepView

from console.common.pdf import a4_writer, font, mm, render_pdf_page_png
from console.common.rich_pdf import Body, Column, draw_footer, draw_rule, draw_text, write_pages
from console.plans.pdf_words import CATEGORIES, KINDS, LEVELS, STATES, STATUSES, TRANSPORTS, Words, money, signed

HEADER_MM, FOOTER_MM = 9, 8


def _write(path: str, title: str, detail: PlanDetail, site_name: str, language: str,
           fill: Callable[[Body, Words], None], printed_at: datetime | None) -> int:
    """The body laid out in pages under the site and plan number, over the time and page number."""
    w = Words(language)
    printed_at = printed_at or datetime.now()
    body = Body(a4_writer(path, f"{title} {detail.plan_no}"), font(9), w.colon(), 26 if w.zh else 34)
    fill(body, w)

    def decorate(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        rect = QRectF(page.left(), page.top(), page.width(), mm(HEADER_MM - 2))
        bottom = Qt.AlignmentFlag.AlignBottom
        draw_text(painter, rect, Qt.AlignmentFlag.AlignLeft | bottom, site_name, font(8.5, bold=True))
        draw_text(painter, rect, Qt.AlignmentFlag.AlignRight | bottom,
                  f"{w('plan_no')}{w.colon()}{detail.plan_no}", font(8.5))
        draw_rule(painter, page, page.top() + mm(HEADER_MM - 1))
        draw_footer(painter, page, mm(FOOTER_MM), w("printed", at=f"{printed_at:%Y-%m-%d %H:%M}"),
                    w("page", n=number, total=total))

    return write_pages(path, body, HEADER_MM, FOOTER_MM, decorate)


def _level(w: Words, level: str) -> str:
    return w.of(LEVELS, level)


def _subtitle(w: Words, d: PlanDetail) -> str:
    guest = " · ".join(part for part in (d.request.guest_name, d.request.company) if part)
    return f"{guest}　{w('stay_range', a=w.day(d.request.arrive_on), b=w.day(d.request.leave_on))}"


def _steps_in_order(steps: Sequence[StepView]) -> list[StepView]:
    """By time; steps with no time yet come last, in their own order."""
    timed = sorted((s for s in steps if s.at), key=lambda s: (s.at, s.seq))
    return timed + sorted((s for s in steps if not s.at), key=lambda s: s.seq)


def _step_rows(w: Words, steps: Sequence[StepView], with_day: bool) -> list[list[str]]:
    return [[(w.moment(s.at) if with_day else w.hm(s.at)) or w("no_time"), w.of(KINDS, s.kind), s.title, s.place,
             s.owner, s.driver, w.of(STATUSES, s.status)] for s in steps]


def _step_columns(w: Words, time_mm: float = 28) -> list[Column]:
    return [Column(w("time"), time_mm), Column(w("item"), 24), Column(w("details"), 42), Column(w("place"), 30),
            Column(w("owner"), 20), Column(w("driver"), 18), Column(w("status"), 16)]


def _budget_rows(w: Words, d: PlanDetail) -> tuple[list[list[str]], int]:
    """Category, budget, actual, over/under; then the total. Categories with spending but no budget line
    are listed too (the actual comes from the expenses); those with neither are not."""
    planned = {Category(b.category): b.planned for b in d.budget}
    actual: dict[Category, int] = {}
    for e in d.expenses:
        actual[Category(e.category)] = actual.get(Category(e.category), 0) + e.amount
    for b in d.budget:  # the line's own sum when there are no expenses in the detail
        actual.setdefault(Category(b.category), b.actual)
    rows = []
    for category in Category:
        p, a = planned.get(category, 0), actual.get(category, 0)
        if p or a:  # the approval fills every category; the empty ones are not worth a line
            rows.append([w.of(CATEGORIES, category), money(p), money(a), signed(a - p)])
    total_p, total_a = sum(planned.values()), sum(actual.values())
    rows.append([w("total"), money(total_p), money(total_a), signed(total_a - total_p)])
    return rows, len(rows) - 1


def _budget_columns(w: Words) -> list[Column]:
    return [Column(w("category"), 50), Column(w("budget"), 45, True), Column(w("actual"), 45, True),
            Column(w("difference"), 46, True)]


def _arrival(w: Words, d: PlanDetail) -> str:
    r = d.request
    return " ".join(part for part in (w.of(TRANSPORTS, r.transport) if r.transport else "", r.transport_no,
                                      w.moment(r.arrival_at), r.arrival_place) if part)


def write_plan_pdf(detail: PlanDetail, path: str, language: str, site_name: str = "",
                   printed_at: datetime | None = None) -> int:
    """接待方案: the request, the approval and standards, the itinerary, budget, follow-up and (for readers
    allowed to see it) the summary. Returns the page count; OSError when the file cannot be written."""
    d, r = detail, detail.request

    def body(doc: Body, w: Words) -> None:
        doc.title(w("plan"), _subtitle(w, d))
        doc.fields([(w("plan_no"), d.plan_no), (w("state"), w.of(STATES, d.state)),
                    (w("level"), _level(w, d.level)), (w("reception_person"), d.reception_person)])
        doc.section(w("sec_request"))
        doc.fields([(w("guest"), r.guest_name), (w("company"), r.company), (w("region"), r.guest_region),
                    (w("phone"), r.guest_phone), (w("party"), w("party_n", n=r.party_size)),
                    (w("stay"), w("stay_range", a=w.day(r.arrive_on), b=w.day(r.leave_on))),
                    (w("host"), d.host_name), (w("meet"), r.meet_whom),
                    (w("requested_by"), d.requested_by), (w("requested_at"), w.moment(d.requested_at)),
                    (w("arrival"), _arrival(w, d)), (w("pickup"), w.yes_no(r.pickup)),
                    (w("showroom"), w.yes_no(r.showroom_tour)), (w("leader_meeting"), w.yes_no(r.leader_meeting)),
                    (w("lodging"), r.lodging), (w("meals"), r.meals), (w("purpose"), r.purpose),
                    (w("notes"), r.notes)],
                   wide=(w("arrival"), w("lodging"), w("meals"), w("purpose"), w("notes")))
        if d.decided_by:
            doc.section(w("sec_approval"))
            doc.fields([(w("decided_by"), d.decided_by), (w("decided_at"), w.moment(d.decided_at)),
                        (w("comment"), d.decision_comment)], wide=(w("comment"),))
        s = d.standards
        if any((s.lodging, s.accompany, s.vehicle, s.refreshments, s.extras, s.meal_lunch, s.meal_dinner)):
            doc.section(w("sec_standards"))
            doc.fields([(w("meal_lunch"), money(s.meal_lunch) if s.meal_lunch else ""),
                        (w("meal_dinner"), money(s.meal_dinner) if s.meal_dinner else ""),
                        (w("accompany"), s.accompany), (w("vehicle"), s.vehicle), (w("lodging"), s.lodging),
                        (w("refreshments"), s.refreshments), (w("extras"), s.extras)],
                       wide=(w("accompany"), w("vehicle"), w("lodging"), w("refreshments"), w("extras")))
        doc.section(w("sec_itinerary"))
        doc.table(_step_columns(w), _step_rows(w, _steps_in_order(d.steps), with_day=True), empty=w("none"))
        doc.section(w("sec_budget"))
        rows, total_row = _budget_rows(w, d)
        doc.table(_budget_columns(w), rows, bold_rows=frozenset({total_row}))
        if d.followup_due_at or d.followup_done_at:
            doc.section(w("sec_followup"))
            doc.fields([(w("due"), w.moment(d.followup_due_at)),
                        (w("called_at"), w.moment(d.followup_done_at) or w("not_done")),
                        (w("called_by"), d.followup_by),
                        (w("rating"), f"{d.followup_rating} / 5" if d.followup_rating else ""),
                        (w("outcome"), d.followup_outcome)], wide=(w("outcome"),))
        if d.summary or d.summary_hidden:
            doc.section(w("sec_summary"))
            if d.summary:
                doc.fields([(w("summary_by"), d.summary_by)])
                doc.paragraph(d.summary)
            else:
                doc.paragraph(w("summary_hidden"), muted=True)

    return _write(path, Words(language)("plan"), detail, site_name, language, body, printed_at)


def write_itinerary_pdf(detail: PlanDetail, path: str, language: str, site_name: str = "",
                        printed_at: datetime | None = None) -> int:
    """接待行程单: who, when, where, by whom — the sheet the reception person and the driver carry, day by day.
    Skipped steps are left out."""
    d, r = detail, detail.request

    def body(doc: Body, w: Words) -> None:
        doc.title(w("itinerary"), _subtitle(w, d))
        doc.fields([(w("guest"), r.guest_name), (w("party"), w("party_n", n=r.party_size)),
                    (w("company"), r.company), (w("phone"), r.guest_phone),
                    (w("level"), _level(w, d.level)), (w("reception_person"), d.reception_person),
                    (w("host"), d.host_name), (w("meet"), r.meet_whom),
                    (w("arrival"), _arrival(w, d)), (w("lodging"), d.standards.lodging or r.lodging),
                    (w("vehicle"), d.standards.vehicle), (w("notes"), r.notes)],
                   wide=(w("arrival"), w("lodging"), w("vehicle"), w("notes")))
        steps = [s for s in _steps_in_order(d.steps) if s.status != "skipped"]
        days = [s.at.astimezone().date() if s.at else None for s in steps]

        def band(index: int) -> str:
            if index and days[index] == days[index - 1]:
                return ""
            return w.weekday_day(days[index]) if days[index] else w("no_time")

        doc.section(w("sec_itinerary"))
        doc.table(_step_columns(w, 16), _step_rows(w, steps, with_day=False), band=band, empty=w("none"))

    return _write(path, Words(language)("itinerary"), detail, site_name, language, body, printed_at)


def _signers(d: PlanDetail) -> list[str]:
    names: list[str] = []
    for e in d.expenses:
        if e.signed_by and e.signed_by not in names:
            names.append(e.signed_by)
    return names


def _signed_on(d: PlanDetail) -> datetime | None:
    moments = [e.at for e in d.events if e.action == "signed_off"]
    return max(moments) if moments else None


def write_expense_report_pdf(detail: PlanDetail, path: str, language: str, site_name: str = "",
                             printed_at: datetime | None = None) -> int:
    """食宿费用签单报告: every expense, the totals per category against the budget, and the sign-off (who
    signed, and when; blank lines to sign by hand while not signed)."""
    d, r = detail, detail.request
    steps = {s.id: s for s in d.steps}

    def body(doc: Body, w: Words) -> None:
        doc.title(w("expenses"), _subtitle(w, d))
        doc.fields([(w("plan_no"), d.plan_no), (w("level"), _level(w, d.level)),
                    (w("guest"), r.guest_name), (w("party"), w("party_n", n=r.party_size)),
                    (w("reception_person"), d.reception_person), (w("host"), d.host_name)])
        doc.section(w("sec_expenses"))
        expenses = sorted(d.expenses, key=lambda e: (e.at, e.id))
        rows = []
        for e in expenses:
            step = steps.get(e.step_id) if e.step_id is not None else None
            what = " · ".join(part for part in ((step.title or w.of(KINDS, step.kind)) if step else "", e.note) if part)
            rows.append([w.moment(e.at), w.of(CATEGORIES, e.category), what, money(e.amount), e.entered_by,
                         e.signed_by])
        if expenses:
            rows.append(["", w("total"), "", money(sum(e.amount for e in expenses)), "", ""])
        doc.table([Column(w("time"), 27), Column(w("category"), 18), Column(w("details"), 55),
                   Column(w("amount"), 25, True), Column(w("entered_by"), 22), Column(w("signed_by"), 22)],
                  rows, bold_rows=frozenset({len(rows) - 1}) if expenses else frozenset(), empty=w("none"))
        doc.section(w("sec_totals"))
        totals, total_row = _budget_rows(w, d)
        doc.table(_budget_columns(w), totals, bold_rows=frozenset({total_row}))
        signers = _signers(d)
        doc.space(2)
        doc.signature_line(w("prepared_by"), d.reception_person)
        doc.signature_line(w("signoff"), "、".join(signers) if w.zh else ", ".join(signers))
        doc.signature_line(w("signed_on"), w.moment(_signed_on(d)) if signers else "")
        if not signers:
            doc.paragraph(w("not_signed"), muted=True)

    return _write(path, Words(language)("expenses"), detail, site_name, language, body, printed_at)


def plan_pdf_screenshot(detail: PlanDetail, site_name: str, pdf_path: str, png_path: str,
                        language: str = "zh_CN") -> int:
    """For the README: the plan as a PDF and its first page as a PNG. Returns the page count."""
    pages = write_plan_pdf(detail, pdf_path, language, site_name)
    render_pdf_page_png(pdf_path, png_path)
    return pages
