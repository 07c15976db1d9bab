"""Reports (报表): a month of receptions per level — held, spending against budget, follow-up calls on time,
the guests' ratings — the lobby's average wait and the no-show rate, with charts over the last six months;
exported to CSV or Excel (audited by the core)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries,
                              QValueAxis)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.services.plans import reports as pr
from shared.domain.permissions import Permission, can
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.admin.levels_view import level_name
from console.common.panel import ActorFn, DeskView

CTX = "ReportsView"
TREND_MONTHS = 6
REFRESH_ON = Changes.PLANS | Changes.VISITS | Changes.APPOINTMENTS
COLUMNS = (
    QT_TRANSLATE_NOOP("ReportsView", "Level"),
    QT_TRANSLATE_NOOP("ReportsView", "Receptions"),
    QT_TRANSLATE_NOOP("ReportsView", "Budget (yuan)"),
    QT_TRANSLATE_NOOP("ReportsView", "Spent (yuan)"),
    QT_TRANSLATE_NOOP("ReportsView", "Over / under"),
    QT_TRANSLATE_NOOP("ReportsView", "Follow-ups on time"),
    QT_TRANSLATE_NOOP("ReportsView", "Average rating"),
)
BUDGET_COLOR, SPENT_COLOR, WAIT_COLOR, NO_SHOW_COLOR, ON_TIME_COLOR = (
    "#93c5fd", "#2563eb", "#0f766e", "#dc2626", "#16a34a")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


class _Chart:
    """A chart with its two axes, made once: a refill replaces the series and relabels the axes (axes
    removed and added again leave their old labels painted until the scene is cleaned up)."""

    def __init__(self, name: str) -> None:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setAccessibleName(name)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.x = QBarCategoryAxis()
        self.x.setLabelsFont(_small_font())
        self.y = QValueAxis()
        self.y.setLabelFormat("%.0f")
        self.chart.addAxis(self.x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y, Qt.AlignmentFlag.AlignLeft)

    def fill(self, title: str, series, categories: list[str], top: float, unit: str, nice: bool = True) -> None:
        self.chart.removeAllSeries()
        self.chart.setTitle(title)
        self.x.clear()
        self.x.append(categories)
        self.y.setRange(0, top)
        if nice:
            self.y.applyNiceNumbers()
        self.y.setTitleText(unit)
        self.chart.addSeries(series)
        series.attachAxis(self.x)
        series.attachAxis(self.y)


def _small_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.5)
    return font


class ReportsView(DeskView):
    shows_its_own_notice = True  # reload says why a role without EXPORT_LOG sees no figures

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Reports")
        self.report: pr.MonthReport | None = None
        self.trend: list[pr.MonthReport] = []
        self.file_dialog: QFileDialog | None = None
        today = today or date.today()
        self.heading = QLabel(objectName="sectionTitle")
        self.month = QDateEdit()
        self.month.setAccessibleName("Report month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.dateChanged.connect(lambda _: self.reload())
        self.previous = QPushButton()
        self.previous.setAccessibleName("Previous month")
        self.previous.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(-1)))
        self.next = QPushButton()
        self.next.setAccessibleName("Next month")
        self.next.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(1)))
        self.export_csv = QPushButton()
        self.export_csv.setAccessibleName("Export CSV")
        self.export_csv.clicked.connect(lambda: self.ask_path("csv"))
        self.export_xlsx = QPushButton()
        self.export_xlsx.setAccessibleName("Export Excel")
        self.export_xlsx.clicked.connect(lambda: self.ask_path("xlsx"))
        self.notice = QLabel(objectName="selectedVisit", wordWrap=True)
        self.notice.setAccessibleName("Reports notice")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Receptions by level")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.visits = QLabel(wordWrap=True)
        self.visits.setAccessibleName("Lobby figures")
        self.spending = _Chart("Budget and spending chart")
        self.wait = _Chart("Lobby wait chart")
        self.wait.chart.legend().setVisible(False)  # one line, named by the title
        self.rates = _Chart("No-shows and follow-ups chart")
        self.spending_chart, self.wait_chart, self.rates_chart = self.spending.chart, self.wait.chart, self.rates.chart
        self.spending_view, self.wait_view, self.rates_view = self.spending.view, self.wait.view, self.rates.view

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.previous)
        top.addWidget(self.month)
        top.addWidget(self.next)
        top.addStretch(1)
        top.addWidget(self.export_csv)
        top.addWidget(self.export_xlsx)
        charts = QGridLayout()
        charts.addWidget(self.spending_view, 0, 0)
        charts.addWidget(self.wait_view, 0, 1)
        charts.addWidget(self.rates_view, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table)
        layout.addWidget(self.visits)
        layout.addLayout(charts, 1)
        name_qt_parts(self)
        self.retranslate()

    # --- text -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.previous.setText(self.tr("‹ Previous"))
        self.next.setText(self.tr("Next ›"))
        self.export_csv.setText(self.tr("Export CSV…"))
        self.export_xlsx.setText(self.tr("Export Excel…"))
        self.notice.setText(self.tr("Your role does not allow reading the reports."))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.reload()

    # --- data -----------------------------------------------------------------------------------
    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & REFRESH_ON:
            self.reload_when_shown(self.reload)

    def selected_month(self) -> tuple[int, int]:
        value = self.month.date()
        return value.year(), value.month()

    def reload(self) -> None:
        allowed = can(self.actor(), Permission.EXPORT_LOG)
        self.notice.setVisible(not allowed)
        for widget in (self.table, self.visits, self.spending_view, self.wait_view, self.rates_view):
            widget.setVisible(allowed)
        self.export_csv.setEnabled(allowed)
        self.export_xlsx.setEnabled(allowed)
        if not allowed:
            self.report, self.trend = None, []
            return
        year, month = self.selected_month()
        try:
            self.trend = pr.report_range(self.store, self.actor(), pr.months_back(year, month, TREND_MONTHS),
                                         (year, month))
        except DomainError as err:
            self.say(error_text(err), "error")
            return
        self.report = self.trend[-1]
        self._fill_table(self.report)
        self._fill_visits(self.report)
        self._fill_spending(self.report)
        self._fill_trend(self.trend)

    def _fill_table(self, report: pr.MonthReport) -> None:
        rows = (*report.levels, report.total)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = self.tr("Total") if row is report.total else (
                level_name(row.level) if row.level in pr.LEVEL_ORDER else row.level)
            over = f"{row.over_budget:+,}" if row.budget or row.spent else "0"
            on_time = (self.tr("%1 of %2 (%3)").replace("%1", str(row.followups_on_time))
                       .replace("%2", str(row.followups_due)).replace("%3", _percent(row.on_time_rate))
                       if row.followups_due else "—")
            rating = f"{row.rating:.1f} / 5 ({row.ratings})" if row.rating is not None else "—"
            cells = (name, str(row.receptions), f"{row.budget:,}", f"{row.spent:,}", over, on_time, rating)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row is report.total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if col == 4 and row.over_budget > 0:
                    item.setForeground(QColor("#b91c1c"))
                self.table.setItem(index, col, item)
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    def _fill_visits(self, r: pr.MonthReport) -> None:
        wait = (self.tr("%1 min").replace("%1", f"{r.average_wait_minutes:.1f}")
                if r.average_wait_minutes is not None else "—")
        self.visits.setText(
            self.tr("Visits: %1 · Average lobby wait: %2 (%3 met their host) · No-shows: %4 of %5 appointments (%6)")
            .replace("%1", str(r.visits)).replace("%2", wait).replace("%3", str(r.met_host))
            .replace("%4", str(r.no_shows)).replace("%5", str(r.appointments)).replace("%6", _percent(r.no_show_rate)))
        c = r.clinic
        if c.patients:  # a clinic's month: the patients and the treatments that overran
            over = self.tr("%1 min").replace("%1", f"{c.overrun_minutes:.1f}") if c.overrun_minutes else "—"
            self.visits.setText(self.visits.text() + "\n" + self.tr(
                "Patients: %1 (%2 first visits, %3 emergencies) · Treatments that overran: %4 of %5 (by %6 on "
                "average) · Appointments started late: %7").replace("%1", str(c.patients))
                .replace("%2", str(c.first_visits)).replace("%3", str(c.emergencies)).replace("%4", str(c.overruns))
                .replace("%5", str(c.treated)).replace("%6", over).replace("%7", str(c.late_starts)))

    def _fill_spending(self, r: pr.MonthReport) -> None:
        budget, spent = QBarSet(self.tr("Budget")), QBarSet(self.tr("Spent"))
        budget.setColor(QColor(BUDGET_COLOR))
        spent.setColor(QColor(SPENT_COLOR))
        for row in r.levels:
            budget.append(row.budget)
            spent.append(row.spent)
        series = QBarSeries()
        series.append(budget)
        series.append(spent)
        names = [level_name(row.level) if row.level in pr.LEVEL_ORDER else row.level for row in r.levels]
        top = max([100] + [row.budget for row in r.levels] + [row.spent for row in r.levels])
        self.spending.fill(self.tr("Budget and spending by level, %1").replace("%1", r.label), series, names,
                           top * 1.1, self.tr("yuan"))

    def _fill_trend(self, months: list[pr.MonthReport]) -> None:
        labels = [f"{m.month}/{m.year % 100:02d}" for m in months]  # "10/26": six fit under a small chart
        line = QLineSeries()
        line.setName(self.tr("Wait"))
        line.setColor(QColor(WAIT_COLOR))
        line.setPointsVisible(True)
        for index, m in enumerate(months):
            if m.average_wait_minutes is not None:
                line.append(index, m.average_wait_minutes)
        top = max([10.0] + [m.average_wait_minutes or 0 for m in months])
        self.wait.fill(self.tr("Average lobby wait (minutes)"), line, labels, top * 1.1, self.tr("min"))

        no_shows, on_time = QBarSet(self.tr("No-show rate")), QBarSet(self.tr("Follow-ups on time"))
        no_shows.setColor(QColor(NO_SHOW_COLOR))
        on_time.setColor(QColor(ON_TIME_COLOR))
        for m in months:
            no_shows.append(round((m.no_show_rate or 0) * 100, 1))
            on_time.append(round((m.total.on_time_rate or 0) * 100, 1))
        series = QBarSeries()
        series.append(no_shows)
        series.append(on_time)
        self.rates.fill(self.tr("No-shows and follow-ups on time (%)"), series, labels, 100, "%", nice=False)

    # --- export ---------------------------------------------------------------------------------
    def ask_path(self, fmt: str) -> None:
        """Not blocking: the dialog answers through fileSelected."""
        label = self.report.label if self.report else "%04d-%02d" % self.selected_month()
        name = f"接待月报-{label}.{fmt}"
        filters = self.tr("CSV for Excel (*.csv)") if fmt == "csv" else self.tr("Excel workbook (*.xlsx)")
        self.file_dialog = QFileDialog(self, self.tr("Export the report"), str(Path(user_documents_dir()) / name),
                                       filters)
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix(fmt)
        self.file_dialog.fileSelected.connect(lambda path: self.export_to(path, fmt))
        self.file_dialog.open()

    def export_to(self, path: str, fmt: str | None = None) -> bool:
        """The month shown, to `path` (its suffix says the format unless `fmt` does)."""
        if self.report is None:
            return False
        fmt = fmt or Path(path).suffix.lower().lstrip(".")
        try:
            pr.export_report(self.store, self.actor(), self.report, fmt, path)
        except DomainError as err:
            self.say(error_text(err), "error")
            return False
        self.say(self.tr("Report %1 exported to %2").replace("%1", self.report.label).replace("%2", path), "done")
        return True
