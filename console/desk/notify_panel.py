"""Hosts who could not be told: their visitors wait for nothing until the desk acts.

Shown only while such a visitor still waits for the host; Retry sends it again (after the mail
server or the address was fixed), or the desk phones the host and moves the visit on."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from shared.domain.model import Visit
from shared.qt.retranslate import Retranslating
from shared.services.notifications import NotificationView

from console.desk.banner import Fold

NOTE_ROLE = Qt.ItemDataRole.UserRole
MAX_SHOWN_ROWS = 3


class NotifyPanel(Retranslating, QFrame):
    retry = Signal(int)  # notification id
    show_visit = Signal(int)  # visit id: select it in the list

    def __init__(self) -> None:
        super().__init__(objectName="printPanel")  # the same look as the badges that need attention
        self.title = QLabel(objectName="panelTitle")
        self.notes = QListWidget(objectName="jobs")
        self.notes.setAccessibleName("Host notifications that failed")
        self.notes.itemSelectionChanged.connect(lambda: self._fold())
        self.notes.itemDoubleClicked.connect(lambda item: self.show_visit.emit(item.data(NOTE_ROLE)[0].visit_id))
        self.retry_button = QPushButton()
        self.retry_button.setAccessibleName("Retry notification")
        self.retry_button.clicked.connect(self._retry)
        self.fold = Fold(self.title, [self.notes], "failed notifications")
        row = QHBoxLayout()  # title and button share a line: the lists above keep the height
        row.addWidget(self.title, 1)
        row.addWidget(self.fold.toggle)
        row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 4)  # a banner: one slim line while folded
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.notes)
        self._shown: list[tuple[NotificationView, Visit]] = []
        self.retranslate()
        self.show_failed([])

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry sending"))
        self.show_failed(self._shown)

    def show_failed(self, shown: list[tuple[NotificationView, Visit]]) -> None:
        selected = self.selected()
        self._shown = list(shown)
        self.notes.clear()
        for note, visit in shown:
            text = (self.tr("%1 waits for %2: the message did not go out (%3).")
                    .replace("%1", visit.visitor_name).replace("%2", visit.host_name or "?")
                    .replace("%3", note.last_error or note.channel))
            item = QListWidgetItem(text)
            item.setToolTip(" · ".join(x for x in (note.channel, note.target, note.last_error) if x))
            item.setData(NOTE_ROLE, (note, visit))
            self.notes.addItem(item)
            if selected is not None and selected.id == note.id:
                item.setSelected(True)
        rows = range(min(len(shown), MAX_SHOWN_ROWS))
        self.notes.setFixedHeight(sum(self.notes.sizeHintForRow(i) for i in rows) + 2 * self.notes.frameWidth() + 8)
        if shown and not self.notes.selectedItems():
            self.notes.item(0).setSelected(True)
        self.notes.setProperty("hasContent", bool(shown))
        self._fold()
        self.setVisible(bool(shown))

    def _fold(self) -> None:
        items = self.notes.selectedItems()
        self.fold.show(self.tr("Hosts not told: please call them"), items[0].text() if items else "",
                       self.notes.count())

    def selected(self) -> NotificationView | None:
        items = self.notes.selectedItems()
        return items[0].data(NOTE_ROLE)[0] if items else None

    def _retry(self) -> None:
        if (note := self.selected()) is not None:
            self.retry.emit(note.id)
