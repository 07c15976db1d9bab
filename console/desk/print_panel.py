"""Badges that need a person: failed jobs, jobs in doubt, and printers that need paper.

Shown only when there is something to do, so an empty desk is a calm desk."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from shared.qt.retranslate import Retranslating
from shared.services.printing.jobs import JobView, PrinterView

from console.desk.banner import Fold

JOB_ROLE = Qt.ItemDataRole.UserRole

_STATES = {
    "failed": QT_TRANSLATE_NOOP("PrintPanel", "Not printed"),
    "in_doubt": QT_TRANSLATE_NOOP("PrintPanel", "Printed? Please check"),
}
_PAPER = {
    "near_end": QT_TRANSLATE_NOOP("PrintPanel", "paper running low"),
    "out": QT_TRANSLATE_NOOP("PrintPanel", "out of paper"),
    "unknown": QT_TRANSLATE_NOOP("PrintPanel", "not answering"),
}


_OFFLINE = QT_TRANSLATE_NOOP("PrintPanel", "offline")
_NEEDS_A_LOOK = QT_TRANSLATE_NOOP("PrintPanel", "needs a look")

# The printers' own reasons, in the desk's language; anything else is shown as the printer said it.
_REASONS = {
    "paper out": QT_TRANSLATE_NOOP("PrintPanel", "out of paper"),
    "paper near end": QT_TRANSLATE_NOOP("PrintPanel", "paper running low"),
    "cover open": QT_TRANSLATE_NOOP("PrintPanel", "printer cover open"),
    "printer error": QT_TRANSLATE_NOOP("PrintPanel", "printer error"),
    "printer offline": QT_TRANSLATE_NOOP("PrintPanel", "printer offline"),
}
_REASON_PREFIXES = {
    "printing interrupted": QT_TRANSLATE_NOOP("PrintPanel", "printing was interrupted; the badge may be partly printed"),
    "cannot open printer": QT_TRANSLATE_NOOP("PrintPanel", "the printer cannot be reached"),
    "the station stopped while printing": QT_TRANSLATE_NOOP(
        "PrintPanel", "the station stopped while printing; the badge may or may not have printed"),
}


def reason_text(reason: str) -> str:
    if reason in _REASONS:
        return _tr(_REASONS[reason])
    for prefix, text in _REASON_PREFIXES.items():
        if reason.startswith(prefix):
            return _tr(text)
    return reason


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPanel", text)


def printer_line(p: PrinterView) -> str:
    if p.online is False:
        problem = _tr(_OFFLINE)
    elif p.paper in _PAPER:
        problem = _tr(_PAPER[p.paper])
    else:
        problem = _tr(_NEEDS_A_LOOK)
    return f"{p.station} · {p.printer}: {problem}"


class PrintPanel(Retranslating, QFrame):
    """Signals carry the chosen job id; the window calls the services."""

    retry = Signal(int)
    print_here = Signal(int)
    printed_ok = Signal(int)
    print_again = Signal(int)

    def __init__(self) -> None:
        super().__init__(objectName="printPanel")
        self.title = QLabel(objectName="panelTitle")
        self.printers = QLabel(objectName="printerWarning")
        self.printers.setAccessibleName("Printer warnings")
        self.printers.setWordWrap(True)
        self.jobs = QListWidget(objectName="jobs")
        self.jobs.setAccessibleName("Print jobs needing attention")
        self.buttons = {
            "retry": QPushButton(), "print_here": QPushButton(),
            "printed_ok": QPushButton(), "print_again": QPushButton(),
        }
        names = {"retry": "Retry", "print_here": "Print at this desk",
                 "printed_ok": "It printed", "print_again": "Print again"}
        self.fold = Fold(self.title, [self.printers, self.jobs], "badges that need attention")
        row = QHBoxLayout()  # title and buttons share a line: the lists above keep the height
        row.addWidget(self.title, 1)
        row.addWidget(self.fold.toggle)
        for key, button in self.buttons.items():
            button.setAccessibleName(names[key])
            button.clicked.connect(lambda _=False, k=key: self._act(k))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 4)  # a banner: one slim line while folded
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.printers)
        layout.addWidget(self.jobs)
        self.jobs.itemSelectionChanged.connect(self._update_buttons)
        self._views: list[JobView] = []
        self._printer_views: list[PrinterView] = []
        self.can_print_here = False
        self.retranslate()
        self.show_state([], [])

    def retranslate(self) -> None:
        self.buttons["retry"].setText(self.tr("Retry"))
        self.buttons["print_here"].setText(self.tr("Print at this desk"))
        self.buttons["printed_ok"].setText(self.tr("It printed"))
        self.buttons["print_again"].setText(self.tr("Print again"))
        self.show_state(self._views, self._printer_views)

    def show_state(self, jobs: list[JobView], printers: list[PrinterView]) -> None:
        selected = self.selected_job()
        self._views, self._printer_views = jobs, printers
        self.jobs.clear()
        for job in jobs:
            text = f"{_tr(_STATES[job.state])} — {job.title} ({job.station} · {job.printer})"
            if job.last_error:
                text += f"\n    {reason_text(job.last_error)}"
            item = QListWidgetItem(text)
            item.setToolTip(job.last_error)  # the printer's own words, for whoever fixes it
            item.setData(JOB_ROLE, job)
            self.jobs.addItem(item)
            if selected is not None and selected.id == job.id:
                item.setSelected(True)
        # As tall as its rows (three at most, then it scrolls): the visit list keeps the room.
        shown_rows = range(min(len(jobs), 3))
        self.jobs.setFixedHeight(sum(self.jobs.sizeHintForRow(i) for i in shown_rows) + 2 * self.jobs.frameWidth() + 8)
        if jobs and not self.jobs.selectedItems():
            self.jobs.item(0).setSelected(True)  # one tap on the action, on a busy morning
        warnings = [printer_line(p) for p in printers if p.warning]
        self.printers.setText("\n".join(warnings))
        self.printers.setProperty("hasContent", bool(warnings))
        self.jobs.setProperty("hasContent", bool(jobs))
        for button in self.buttons.values():
            button.setVisible(bool(jobs))
        self.setVisible(bool(jobs or warnings))
        self._update_buttons()

    def _fold(self) -> None:
        items = self.jobs.selectedItems()
        warnings = self.printers.text()
        self.fold.show(self.tr("Badges that need attention"), items[0].text() if items else warnings,
                       self.jobs.count() + (len(warnings.splitlines()) if warnings else 0))

    def selected_job(self) -> JobView | None:
        items = self.jobs.selectedItems()
        return items[0].data(JOB_ROLE) if items else None

    def _update_buttons(self) -> None:
        self._fold()
        job = self.selected_job()
        state = job.state if job else ""
        self.buttons["retry"].setEnabled(state == "failed")
        self.buttons["print_here"].setEnabled(state == "failed" and self.can_print_here)
        self.buttons["printed_ok"].setEnabled(state == "in_doubt")
        self.buttons["print_again"].setEnabled(state == "in_doubt")

    def _act(self, key: str) -> None:
        job = self.selected_job()
        if job is not None:
            getattr(self, key).emit(job.id)
