"""A reception plan's printouts: the plan (接待方案), the itinerary (接待行程单) and the post-visit expense
sign-off report (食宿费用签单报告). A4 portrait, in the language asked for (zh_CN or en: every label in that
language; names, notes and titles as they were entered), the site's name and the plan number on every
page, page numbers.

The words are tables here, not the console's translator: a document printed for the guest's driver in
Chinese must not turn English because the desk's screen is."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPdfWriter, QPen, QTextLayout

from shared.services.plans import Category, PlanDetail, PlanState, StepKind, StepView

from console.common.pdf import a4_writer, font, mm, paint_rect, render_pdf_page_png

LANGUAGES = ("zh_CN", "en")
PAD_MM = 1.2
MAX_CELL_LINES = 8  # a very long note is cut here: one row must fit on a page
HEADER_MM, FOOTER_MM = 9, 8

# key -> (Chinese, English)
WORDS: dict[str, tuple[str, str]] = {
    "plan": ("接待方案", "Reception plan"),
    "itinerary": ("接待行程单", "Itinerary"),
    "expenses": ("食宿费用签单报告", "Expense sign-off report"),
    "plan_no": ("方案编号", "Plan no."),
    "state": ("状态", "State"),
    "level": ("接待级别", "Reception level"),
    "guest": ("来宾", "Guest"),
    "company": ("单位", "Company"),
    "region": ("地区", "Region"),
    "phone": ("联系电话", "Phone"),
    "party": ("人数", "Party size"),
    "stay": ("来访日期", "Stay"),
    "purpose": ("来访目的", "Purpose"),
    "meet": ("拟会见", "To meet"),
    "host": ("对接人", "Host"),
    "requested_by": ("申请人", "Requested by"),
    "requested_at": ("申请时间", "Requested at"),
    "transport": ("交通方式", "Transport"),
    "arrival": ("抵达", "Arrival"),
    "pickup": ("接车", "Pickup"),
    "lodging": ("住宿", "Lodging"),
    "meals": ("餐饮", "Meals"),
    "showroom": ("参观展厅", "Showroom tour"),
    "leader_meeting": ("领导接见", "Meeting with leaders"),
    "notes": ("备注", "Notes"),
    "sec_request": ("接待申请", "Request"),
    "sec_approval": ("审批", "Approval"),
    "sec_standards": ("接待标准", "Standards"),
    "sec_itinerary": ("行程安排", "Itinerary"),
    "sec_budget": ("预算与实际费用", "Budget and spending"),
    "sec_followup": ("电话回访", "Follow-up call"),
    "sec_summary": ("到访总结汇报", "Visit summary"),
    "sec_expenses": ("费用明细", "Expenses"),
    "sec_totals": ("分类合计与预算对比", "Totals by category against the budget"),
    "decided_by": ("审批人", "Decided by"),
    "decided_at": ("审批时间", "Decided at"),
    "comment": ("审批意见", "Comment"),
    "accompany": ("陪同人员", "Accompanied by"),
    "vehicle": ("用车", "Vehicle"),
    "refreshments": ("茶点", "Refreshments"),
    "extras": ("其他安排", "Extras"),
    "meal_lunch": ("午餐标准", "Lunch limit"),
    "meal_dinner": ("晚餐标准", "Dinner limit"),
    "reception_person": ("接待人员", "Reception person"),
    "time": ("时间", "Time"),
    "item": ("事项", "Item"),
    "details": ("内容", "Details"),
    "place": ("地点", "Place"),
    "owner": ("负责人", "Owner"),
    "driver": ("司机", "Driver"),
    "status": ("状态", "Status"),
    "category": ("类别", "Category"),
    "budget": ("预算（元）", "Budget (yuan)"),
    "actual": ("实际（元）", "Actual (yuan)"),
    "difference": ("差额（元）", "Over / under (yuan)"),
    "amount": ("金额（元）", "Amount (yuan)"),
    "entered_by": ("录入人", "Entered by"),
    "signed_by": ("签单人", "Signed by"),
    "total": ("合计", "Total"),
    "due": ("应回访时间", "Due"),
    "called_at": ("回访时间", "Called at"),
    "called_by": ("回访人", "Called by"),
    "outcome": ("回访结果", "Outcome"),
    "rating": ("客户评分", "Rating"),
    "summary_by": ("汇报人", "Written by"),
    "summary_hidden": ("（到访总结仅限有权限的人员查阅）", "(The summary is confidential and not shown.)"),
    "none": ("（无）", "(none)"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "no_time": ("时间待定", "Time not set"),
    "not_scheduled": ("未安排", "Not scheduled"),
    "not_done": ("未完成", "Not done"),
    "prepared_by": ("经办人", "Prepared by"),
    "signoff": ("签单确认", "Signed off by"),
    "signed_on": ("签单日期", "Signed on"),
    "not_signed": ("（未签单）", "(not signed yet)"),
    "signature": ("签字", "Signature"),
    "page": ("第 {n} 页 / 共 {total} 页", "Page {n} of {total}"),
    "printed": ("打印时间：{at}", "Printed {at}"),
    "party_n": ("{n} 人", "{n}"),
    "stay_range": ("{a} 至 {b}", "{a} to {b}"),
}
STATES = {
    PlanState.REQUESTED: ("待审批", "Awaiting approval"), PlanState.RETURNED: ("已退回", "Returned"),
    PlanState.APPROVED: ("已批准", "Approved"), PlanState.IN_PROGRESS: ("接待中", "In progress"),
    PlanState.DONE: ("已完成", "Done"), PlanState.CANCELLED: ("已取消", "Cancelled"),
}
KINDS = {
    StepKind.PREPARE: ("接待准备", "Preparation"), StepKind.PICKUP: ("接车", "Pickup"),
    StepKind.HOTEL: ("安排住宿", "Hotel"), StepKind.SHOWROOM: ("参观展厅", "Showroom tour"),
    StepKind.LEADER: ("领导接见", "Meeting with leaders"), StepKind.MEAL: ("餐饮", "Meal"),
    StepKind.TALKS: ("会谈", "Talks"), StepKind.SEND_OFF: ("送车", "Send-off"), StepKind.OTHER: ("其他", "Other"),
}
CATEGORIES = {
    Category.MEALS: ("餐饮", "Meals"), Category.LODGING: ("住宿", "Lodging"), Category.VEHICLE: ("用车", "Vehicle"),
    Category.GIFTS: ("礼品", "Gifts"), Category.SIGHTSEEING: ("参观游览", "Sightseeing"),
    Category.OTHER: ("其他", "Other"),
}
STATUSES = {"planned": ("待办", "Planned"), "done": ("已完成", "Done"), "skipped": ("已取消", "Skipped")}
TRANSPORTS = {"flight": ("飞机", "Flight"), "train": ("火车", "Train"), "car": ("汽车", "Car")}
LEVELS = {"standard": ("普通", "Standard"), "senior": ("高级", "Senior"), "vip": ("特级", "VIP")}
WEEKDAYS = (("周一", "Mon"), ("周二", "Tue"), ("周三", "Wed"), ("周四", "Thu"), ("周五", "Fri"), ("周六", "Sat"),
            ("周日", "Sun"))


class _Words:
    def __init__(self, language: str) -> None:
        self.zh = language.lower().startswith("zh")
        self.language = "zh_CN" if self.zh else "en"

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[0] if self.zh else pair[1]

    def __call__(self, key: str, **values) -> str:
        return self.pick(WORDS[key]).format(**values)

    def of(self, table: dict, key, fallback: str = "") -> str:
        return self.pick(table[key]) if key in table else (fallback or str(key))

    def colon(self) -> str:
        return "：" if self.zh else ": "

    def day(self, day: date | None) -> str:
        return f"{day:%Y-%m-%d}" if day else ""

    def weekday_day(self, day: date) -> str:
        return f"{day:%Y-%m-%d} {self.pick(WEEKDAYS[day.weekday()])}"

    def moment(self, at: datetime | None) -> str:
        return f"{at.astimezone():%Y-%m-%d %H:%M}" if at else ""

    def hm(self, at: datetime | None) -> str:
        return f"{at.astimezone():%H:%M}" if at else ""

    def yes_no(self, value: bool) -> str:
        return self("yes") if value else self("no")


def money(amount: int) -> str:
    return f"{amount:,}"


def signed(amount: int) -> str:
    return f"+{amount:,}" if amount > 0 else f"{amount:,}"


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    right: bool = False  # amounts


_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
INK, MUTED, RULE, SHADE, HEAD = (QColor("#111827"), QColor("#4b5563"), QColor("#9ca3af"), QColor("#f9fafb"),
                                 QColor("#e5e7eb"))


class _Doc:
    """A flowing A4 document: blocks go down the page and a new page starts when one does not fit.
    Laid out twice: once without a painter to count the pages (for "page 1 of N"), then painted."""

    def __init__(self, writer: QPdfWriter, painter: QPainter | None, words: _Words, site: str, plan_no: str,
                 printed_at: datetime, total: int) -> None:
        self.writer, self.p, self.w = writer, painter, words
        self.site, self.plan_no, self.printed_at, self.total = site, plan_no, printed_at, total
        self.page = paint_rect(writer)
        self.pad = mm(PAD_MM)
        self.body = font(9)
        self.bold = font(9, bold=True)
        self.number = 0
        self.y = 0.0
        self._start_page()

    # --- measuring -----------------------------------------------------------------------------
    def line_height(self, f: QFont) -> float:
        return QFontMetricsF(f, self.writer).lineSpacing()

    def lines(self, text: str, f: QFont, width: float, limit: int = 0) -> list[str]:
        """The text broken into lines that fit `width` (CJK breaks anywhere, Latin at spaces)."""
        out: list[str] = []
        for paragraph in (text or "").split("\n"):
            if not paragraph:
                out.append("")
                continue
            layout = QTextLayout(paragraph, f, self.writer)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                out.append(paragraph[line.textStart():line.textStart() + line.textLength()].rstrip())
            layout.endLayout()
        if limit and len(out) > limit:
            metrics = QFontMetricsF(f, self.writer)
            out = out[:limit - 1] + [metrics.elidedText(out[limit - 1] + "……", Qt.TextElideMode.ElideRight, width)]
        return out or [""]

    # --- pages ---------------------------------------------------------------------------------
    def _start_page(self) -> None:
        if self.number and self.p:
            self.writer.newPage()
        self.number += 1
        height = mm(HEADER_MM)
        if self.p:
            rect = QRectF(self.page.left(), self.page.top(), self.page.width(), height - mm(2))
            self._text(rect, _LEFT | int(Qt.AlignmentFlag.AlignBottom), self.site, font(8.5, bold=True), MUTED)
            self._text(rect, _RIGHT | int(Qt.AlignmentFlag.AlignBottom),
                       f"{self.w('plan_no')}{self.w.colon()}{self.plan_no}", font(8.5), MUTED)
            self.p.setPen(QPen(RULE, mm(0.25)))
            self.p.drawLine(self.page.left(), height - mm(1), self.page.right(), height - mm(1))
        self.y = self.page.top() + height

    def _end_page(self) -> None:
        if not self.p:
            return
        rect = QRectF(self.page.left(), self.page.bottom() - mm(FOOTER_MM), self.page.width(), mm(FOOTER_MM))
        bottom = int(Qt.AlignmentFlag.AlignBottom)
        self._text(rect, int(Qt.AlignmentFlag.AlignLeft) | bottom,
                   self.w("printed", at=f"{self.printed_at:%Y-%m-%d %H:%M}"), font(8), MUTED)
        self._text(rect, int(Qt.AlignmentFlag.AlignRight) | bottom,
                   self.w("page", n=self.number, total=max(self.total, self.number)), font(8), MUTED)

    def finish(self) -> int:
        self._end_page()
        return self.number

    def room(self) -> float:
        return self.page.bottom() - mm(FOOTER_MM) - self.y

    def need(self, height: float) -> bool:
        """Start a new page unless `height` fits; True when it did."""
        if height <= self.room():
            return False
        self._end_page()
        self._start_page()
        return True

    def _text(self, rect: QRectF, flags: int, text: str, f: QFont, color: QColor = INK) -> None:
        if self.p:
            self.p.setFont(f)
            self.p.setPen(color)
            self.p.drawText(rect, flags, text)

    # --- blocks --------------------------------------------------------------------------------
    def title(self, text: str, subtitle: str = "") -> None:
        big = font(17, bold=True)
        height = self.line_height(big) * 1.4
        self._text(QRectF(self.page.left(), self.y, self.page.width(), height), _CENTER, text, big)
        self.y += height
        if subtitle:
            small = font(10)
            line = self.line_height(small)
            self._text(QRectF(self.page.left(), self.y, self.page.width(), line), _CENTER, subtitle, small, MUTED)
            self.y += line
        self.y += mm(3)

    def section(self, text: str) -> None:
        f = font(11, bold=True)
        height = self.line_height(f) * 1.5
        self.need(height + self.line_height(self.body) * 2.5)  # a heading is not left alone at a page foot
        rect = QRectF(self.page.left(), self.y, self.page.width(), height)
        if self.p:
            self.p.fillRect(QRectF(rect.left(), rect.top() + height * 0.2, mm(1.2), height * 0.6), QColor("#2563eb"))
        self._text(rect.adjusted(mm(3), 0, 0, 0), _LEFT, text, f)
        self.y += height

    def fields(self, pairs: Sequence[tuple[str, str]], wide: Sequence[str] = ()) -> None:
        """Label: value, two to a row; a label in `wide` (long text) gets the whole row. Empty values
        are left out: a plan without a pickup does not print an empty pickup line."""
        pairs = [(label, value) for label, value in pairs if value]
        label_w = mm(26 if self.w.zh else 34)
        half = self.page.width() / 2
        line = self.line_height(self.body)
        row: list[tuple[str, str]] = []

        def flush(items: list[tuple[str, str]], full: bool) -> None:
            value_w = (self.page.width() if full else half) - label_w - 2 * self.pad
            broken = [self.lines(value, self.body, value_w) for _, value in items]
            height = max(len(b) for b in broken) * line + self.pad
            self.need(height)
            for index, ((label, _), value_lines) in enumerate(zip(items, broken)):
                x = self.page.left() + index * half
                self._text(QRectF(x, self.y, label_w, line), _LEFT, label + self.w.colon(), self.bold, MUTED)
                for n, text in enumerate(value_lines):
                    self._text(QRectF(x + label_w, self.y + n * line, value_w, line), _LEFT, text, self.body)
            self.y += height

        for label, value in pairs:
            if label in wide:
                if row:
                    flush(row, False)
                    row = []
                flush([(label, value)], True)
                continue
            row.append((label, value))
            if len(row) == 2:
                flush(row, False)
                row = []
        if row:
            flush(row, False)
        self.y += mm(2)

    def paragraph(self, text: str, color: QColor = INK) -> None:
        line = self.line_height(self.body)
        for text_line in self.lines(text, self.body, self.page.width()):
            self.need(line)
            self._text(QRectF(self.page.left(), self.y, self.page.width(), line), _LEFT, text_line, self.body, color)
            self.y += line
        self.y += mm(2)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], bold_rows: frozenset[int] = frozenset(),
              band: Callable[[int], str] | None = None) -> None:
        """Rows with the header repeated after a page break. band(i): a full-width label before row i
        (a day of the itinerary), or ""."""
        widths = [mm(c.width_mm) for c in columns]
        scale = self.page.width() / sum(widths)
        widths = [w * scale for w in widths]
        line = self.line_height(self.body)
        head_h = line + 2 * self.pad

        def header() -> None:
            x = self.page.left()
            for column, width in zip(columns, widths):
                rect = QRectF(x, self.y, width, head_h)
                if self.p:
                    self.p.fillRect(rect, HEAD)
                    self.p.setPen(QPen(RULE, mm(0.15)))
                    self.p.drawRect(rect)
                self._text(rect.adjusted(self.pad, 0, -self.pad, 0), _RIGHT if column.right else _LEFT,
                           column.title, self.bold)
                x += width
            self.y += head_h

        self.need(head_h + line + 2 * self.pad)
        header()
        if not rows:
            self._text(QRectF(self.page.left(), self.y, self.page.width(), line + 2 * self.pad), _CENTER,
                       self.w("none"), self.body, MUTED)
            self.y += line + 3 * self.pad
            return
        for index, cells in enumerate(rows):
            label = band(index) if band else ""
            f = self.bold if index in bold_rows else self.body
            broken = [self.lines(text, f, width - 2 * self.pad, MAX_CELL_LINES) for text, width in zip(cells, widths)]
            height = max(len(b) for b in broken) * line + 2 * self.pad
            band_h = line + 2 * self.pad if label else 0
            if self.need(band_h + height):
                header()
            if label:
                rect = QRectF(self.page.left(), self.y, self.page.width(), band_h)
                if self.p:
                    self.p.fillRect(rect, QColor("#dbeafe"))
                self._text(rect.adjusted(self.pad, 0, 0, 0), _LEFT, label, self.bold)
                self.y += band_h
            x = self.page.left()
            for column, width, cell_lines in zip(columns, widths, broken):
                rect = QRectF(x, self.y, width, height)
                if self.p:
                    if index % 2:
                        self.p.fillRect(rect, SHADE)
                    self.p.setPen(QPen(RULE, mm(0.15)))
                    self.p.drawRect(rect)
                for n, text in enumerate(cell_lines):
                    self._text(QRectF(x + self.pad, self.y + self.pad + n * line, width - 2 * self.pad, line),
                               _RIGHT if column.right else _LEFT, text, f)
                x += width
            self.y += height
        self.y += mm(3)

    def signature_line(self, label: str, value: str) -> None:
        line = self.line_height(font(10))
        height = line * 2.2
        self.need(height)
        label_w = mm(30)
        rect = QRectF(self.page.left(), self.y, label_w, height)
        self._text(rect, _LEFT | int(Qt.AlignmentFlag.AlignBottom), label + self.w.colon(), font(10, bold=True))
        value_rect = QRectF(self.page.left() + label_w, self.y, mm(70), height)
        self._text(value_rect.adjusted(mm(1), 0, 0, -mm(0.8)), _LEFT | int(Qt.AlignmentFlag.AlignBottom), value,
                   font(10))
        if self.p:
            self.p.setPen(QPen(INK, mm(0.2)))
            self.p.drawLine(value_rect.bottomLeft(), value_rect.bottomRight())
        self.y += height


# --- the three documents ---------------------------------------------------------------------------

def _write(path: str, title: str, detail: PlanDetail, site_name: str, language: str,
           body: Callable[[_Doc], None], printed_at: datetime | None) -> int:
    """Lay out once to count the pages, then paint. Returns the page count."""
    words = _Words(language)
    printed_at = printed_at or datetime.now()
    writer = a4_writer(path, f"{title} {detail.plan_no}")
    dry = _Doc(writer, None, words, site_name, detail.plan_no, printed_at, 0)
    body(dry)
    total = dry.finish()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        doc = _Doc(writer, painter, words, site_name, detail.plan_no, printed_at, total)
        body(doc)
        return doc.finish()
    finally:
        painter.end()


def _level(w: _Words, level: str) -> str:
    return w.of(LEVELS, level)


def _subtitle(w: _Words, d: PlanDetail) -> str:
    guest = " · ".join(part for part in (d.request.guest_name, d.request.company) if part)
    return f"{guest}　{w('stay_range', a=w.day(d.request.arrive_on), b=w.day(d.request.leave_on))}"


def _steps_in_order(steps: Sequence[StepView]) -> list[StepView]:
    """By time; steps with no time yet come last, in their own order."""
    timed = sorted((s for s in steps if s.at), key=lambda s: (s.at, s.seq))
    return timed + sorted((s for s in steps if not s.at), key=lambda s: s.seq)


def _step_rows(w: _Words, steps: Sequence[StepView], with_day: bool) -> list[list[str]]:
    return [[(w.moment(s.at) if with_day else w.hm(s.at)) or w("no_time"), w.of(KINDS, s.kind), s.title, s.place,
             s.owner, s.driver, w.of(STATUSES, s.status)] for s in steps]


def _step_columns(w: _Words, time_mm: float = 28) -> list[Column]:
    return [Column(w("time"), time_mm), Column(w("item"), 24), Column(w("details"), 42), Column(w("place"), 30),
            Column(w("owner"), 20), Column(w("driver"), 18), Column(w("status"), 16)]


def _budget_rows(w: _Words, d: PlanDetail) -> tuple[list[list[str]], int]:
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


def _budget_columns(w: _Words) -> list[Column]:
    return [Column(w("category"), 50), Column(w("budget"), 45, True), Column(w("actual"), 45, True),
            Column(w("difference"), 46, True)]


def _arrival(w: _Words, d: PlanDetail) -> str:
    r = d.request
    return " ".join(part for part in (w.of(TRANSPORTS, r.transport) if r.transport else "", r.transport_no,
                                      w.moment(r.arrival_at), r.arrival_place) if part)


def write_plan_pdf(detail: PlanDetail, path: str, language: str, site_name: str = "",
                   printed_at: datetime | None = None) -> int:
    """接待方案: the request, the approval and standards, the itinerary, budget, follow-up and (for readers
    allowed to see it) the summary. Returns the page count; OSError when the file cannot be written."""
    d, r = detail, detail.request

    def body(doc: _Doc) -> None:
        w = doc.w
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
        doc.table(_step_columns(w), _step_rows(w, _steps_in_order(d.steps), with_day=True))
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
                doc.paragraph(w("summary_hidden"), MUTED)

    return _write(path, _Words(language)("plan"), detail, site_name, language, body, printed_at)


def write_itinerary_pdf(detail: PlanDetail, path: str, language: str, site_name: str = "",
                        printed_at: datetime | None = None) -> int:
    """接待行程单: who, when, where, by whom — the sheet the reception person and the driver carry, day by day.
    Skipped steps are left out."""
    d, r = detail, detail.request

    def body(doc: _Doc) -> None:
        w = doc.w
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
        doc.table(_step_columns(w, 16), _step_rows(w, steps, with_day=False), band=band)

    return _write(path, _Words(language)("itinerary"), detail, site_name, language, body, printed_at)


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

    def body(doc: _Doc) -> None:
        w = doc.w
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
                  rows, bold_rows=frozenset({len(rows) - 1}) if expenses else frozenset())
        doc.section(w("sec_totals"))
        totals, total_row = _budget_rows(w, d)
        doc.table(_budget_columns(w), totals, bold_rows=frozenset({total_row}))
        signers = _signers(d)
        doc.y += mm(4)
        doc.signature_line(w("prepared_by"), d.reception_person)
        doc.signature_line(w("signoff"), "、".join(signers) if w.zh else ", ".join(signers))
        doc.signature_line(w("signed_on"), w.moment(_signed_on(d)) if signers else "")
        if not signers:
            doc.paragraph(w("not_signed"), MUTED)

    return _write(path, _Words(language)("expenses"), detail, site_name, language, body, printed_at)


def plan_pdf_screenshot(detail: PlanDetail, site_name: str, pdf_path: str, png_path: str,
                        language: str = "zh_CN") -> int:
    """For the README: the plan as a PDF and its first page as a PNG. Returns the page count."""
    pages = write_plan_pdf(detail, pdf_path, language, site_name)
    render_pdf_page_png(pdf_path, png_path)
    return pages
