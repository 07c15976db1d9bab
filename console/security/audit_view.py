"""The audit log, newest first, filtered by action. Read-only: the log is append-only in the database
itself, and nothing here (or anywhere) deletes an entry."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.qt.problems import problem_text
from shared.services.site.audit import AuditView as Entry
from shared.services.site.audit import read_audit
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.common.panel import ActorFn, DeskView

READERS = {"security", "admin"}  # who may read the log (it names operators and what they looked at)
LIMIT = 500

ACTIONS = {
    "sign_in": QT_TRANSLATE_NOOP("AuditView", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditView", "Sign-in failed"),
    "operator_locked": QT_TRANSLATE_NOOP("AuditView", "Operator locked out"),
    "settings": QT_TRANSLATE_NOOP("AuditView", "Settings changed"),
    "reveal": QT_TRANSLATE_NOOP("AuditView", "Revealed"),
    "export": QT_TRANSLATE_NOOP("AuditView", "Exported"),
    "enquiry": QT_TRANSLATE_NOOP("AuditView", "Enquiry"),
    "purge": QT_TRANSLATE_NOOP("AuditView", "Purged"),
    "erase": QT_TRANSLATE_NOOP("AuditView", "Erased"),
    "watchlist": QT_TRANSLATE_NOOP("AuditView", "Watchlist"),
    "alert": QT_TRANSLATE_NOOP("AuditView", "Alert"),
}
COLUMNS = (QT_TRANSLATE_NOOP("AuditView", "Time"), QT_TRANSLATE_NOOP("AuditView", "Operator"),
           QT_TRANSLATE_NOOP("AuditView", "Station"), QT_TRANSLATE_NOOP("AuditView", "Action"),
           QT_TRANSLATE_NOOP("AuditView", "About"), QT_TRANSLATE_NOOP("AuditView", "Details"))


def action_name(action: str) -> str:
    return QCoreApplication.translate("AuditView", ACTIONS[action]) if action in ACTIONS else action


def detail_text(detail: dict) -> str:
    """Keys as the core wrote them: the log is evidence, so it is shown as kept."""
    return " · ".join(f"{k}: {v}" for k, v in detail.items())


class AuditView(DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Audit log")
        self.heading = QLabel(objectName="sectionTitle")
        self.counts = QLabel(objectName="counts")
        self.counts.setAccessibleName("Audit log count")
        self.filter = QComboBox()
        self.filter.setAccessibleName("Audit action filter")
        self.filter.currentIndexChanged.connect(lambda _: self.reload())
        self.notice = QLabel(objectName="selectedVisit")
        self.notice.setAccessibleName("Audit log notice")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Audit entries")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, width in enumerate((170, 110, 90, 130, 150)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        name_qt_parts(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("AuditView", c) for c in COLUMNS])
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All actions"), None)
        for action in sorted(ACTIONS, key=action_name):
            self.filter.addItem(action_name(action), action)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.blockSignals(False)
        self.notice.setText(problem_text("permission", "audit"))
        self.reload()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & Changes.AUDIT and self.isVisible():  # nearly every action writes one: read when looked at
            self.reload()

    def showEvent(self, event) -> None:
        self.reload()  # also: the operator may have changed since
        super().showEvent(event)

    def may_read(self) -> bool:
        return self.actor().role in READERS

    def reload(self) -> None:
        allowed = self.may_read()
        self.notice.setVisible(not allowed)
        self.table.setVisible(allowed)
        self.filter.setEnabled(allowed)
        entries = read_audit(self.store, self.actor(), self.filter.currentData(), LIMIT) if allowed else []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for col, text in enumerate(self._cells(entry)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.counts.setText(self.tr("%1 entries (newest first)").replace("%1", str(len(entries)))
                            if allowed else "")

    def _cells(self, e: Entry) -> tuple[str, ...]:
        return (f"{e.at.astimezone():%Y-%m-%d %H:%M:%S}", e.operator, e.station, action_name(e.action), e.subject,
                detail_text(e.detail))
