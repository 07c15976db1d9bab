"""Who is on site (在场人员), live: visitors, group members and people let in at the gate, with counts
of people and vehicles. For a fire drill: print the evacuation list at this desk, or export a CSV."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.services.security import onsite
from shared.services.security.gate import plate_text
from shared.services.security.onsite import OnSiteRow
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.security.gate_texts import problem_text
from console.common.panel import ActorFn, DeskView

CTX = "OnSiteView"
KINDS = {
    "visitor": QT_TRANSLATE_NOOP("OnSiteView", "Visitor"),
    "group": QT_TRANSLATE_NOOP("OnSiteView", "Group member"),
    "gate": QT_TRANSLATE_NOOP("OnSiteView", "Let in at the gate"),
    "driver": QT_TRANSLATE_NOOP("OnSiteView", "Driver"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("OnSiteView", "Since"), QT_TRANSLATE_NOOP("OnSiteView", "Name"),
    QT_TRANSLATE_NOOP("OnSiteView", "Kind"), QT_TRANSLATE_NOOP("OnSiteView", "Company"),
    QT_TRANSLATE_NOOP("OnSiteView", "Host"), QT_TRANSLATE_NOOP("OnSiteView", "Plate"),
    QT_TRANSLATE_NOOP("OnSiteView", "Where"), QT_TRANSLATE_NOOP("OnSiteView", "Number"),
)
CONFIDENTIAL = QT_TRANSLATE_NOOP("OnSiteView", "Confidential visitor")
_STYLE = """
QLabel#onsiteCounts { font-size: 22px; font-weight: 700; color: #111827; }
QLabel#onsiteNote { color: #4b5563; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _since(at: datetime | None) -> str:
    if at is None:
        return ""
    local = at.astimezone()
    today = datetime.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%m-%d %H:%M")


class OnSiteView(DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None, printer: str = "") -> None:
        super().__init__(store, actor, parent)
        self.printer = printer  # this desk's printer: the evacuation list prints here
        self.setStyleSheet(_STYLE)
        self._rows: list[OnSiteRow] = []
        # Where the CSV goes: a file dialog, replaceable where no one can answer one (tests, drills).
        self.choose_path = self._ask_path
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counts = QLabel(objectName="onsiteCounts")
        self.counts.setAccessibleName("On-site counts")
        top.addWidget(self.counts, 1)
        self.print_button = QPushButton()
        self.print_button.setAccessibleName("Print evacuation list")
        self.export_button = QPushButton()
        self.export_button.setAccessibleName("Export CSV")
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        column.addLayout(top)
        self.note = QLabel(objectName="onsiteNote")
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("On site")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        self.print_button.clicked.connect(self.print_clicked)
        self.export_button.clicked.connect(self.export_clicked)
        name_qt_parts(self)
        self.retranslate()
        self.reload()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.VISITS | Changes.GATE):
            self.reload_when_shown(self.reload)

    def reload(self) -> None:
        self._rows = onsite.on_site(self.store, self.actor())
        self._fill()

    def rows(self) -> list[OnSiteRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print evacuation list"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.note.setText(self.tr("Everyone checked in and not out: visitors, group members and people let in "
                                  "at the gate. For a fire drill, print the list and count at the assembly point."))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self._fill()

    def _fill(self) -> None:
        tally = onsite.counts(self._rows)
        self.counts.setText(self.tr("On site: %1 people · vehicles: %2")
                            .replace("%1", str(tally.people)).replace("%2", str(tally.vehicles)))
        self.table.setRowCount(len(self._rows))
        for row, r in enumerate(self._rows):
            name = _tr(CONFIDENTIAL) if r.hidden else r.name
            kind = _tr(KINDS.get(r.kind, r.kind))
            if r.group_name:
                kind = f"{kind} · {r.group_name}"
            cells = (_since(r.since), name, kind, r.company, r.host_name, plate_text(r.plate) if r.plate else "",
                     r.where, r.ref)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.hidden and col == 1:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, col, item)

    def print_clicked(self) -> None:
        try:
            job = onsite.queue_evacuation_list(self.store, self.actor(), self.printer).value
        except DomainError as err:
            self.say(problem_text(err), "error")
            return
        self.say(self.tr("The evacuation list is printing at this desk (%1 people).")
                 .replace("%1", str(len(self._rows))), "done")
        return job

    def _ask_path(self) -> str:
        name = f"onsite-{datetime.now():%Y%m%d-%H%M}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the on-site list"), name,
                                              self.tr("CSV files (*.csv)"))
        return path

    def export_clicked(self) -> None:
        path = self.choose_path()
        if not path:
            return
        try:
            people = onsite.evacuation_csv(self.store, self.actor(), path).value
        except DomainError as err:
            self.say(problem_text(err), "error")
            return
        except OSError as err:
            self.say(self.tr("Could not write %1: %2").replace("%1", path).replace("%2", err.strerror or str(err)),
                     "error")
            return
        self.say(self.tr("Exported %1 people to %2").replace("%1", str(people)).replace("%2", path), "done")
