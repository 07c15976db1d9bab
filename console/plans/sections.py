"""What the selected plan's pages share: the Section base and its tables, buttons and labels.

The pages (request_sections, running_sections, after_sections) each show a PlanDetail and have their
buttons; the plans view connects the buttons and calls the services, so a page only knows how to show."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from shared.domain.model import Actor
from shared.qt.retranslate import Retranslating
from shared.services.plans import PlanDetail, PlanState

S = PlanState
OPEN = (S.REQUESTED, S.RETURNED, S.APPROVED, S.IN_PROGRESS)
RUNNING = (S.APPROVED, S.IN_PROGRESS)


def table(name: str, headers: tuple[str, ...]) -> QTableWidget:
    view = QTableWidget(0, len(headers))
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def fill_table(view: QTableWidget, rows: list[tuple], keys: list | None = None) -> None:
    """Rows of text; `keys` go in each row's first cell (UserRole) so a selection survives a reload."""
    selected = selected_key(view)
    view.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(str(text))
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            view.setItem(r, c, item)
    if keys is not None and selected in keys:
        view.selectRow(keys.index(selected))


def fit_rows(view: QTableWidget) -> None:
    """As tall as its rows: a short table that scrolls hides the last line for nothing."""
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.rowCount()))
    view.setFixedHeight(height + 2)


def selected_key(view: QTableWidget):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    item = view.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def button(name: str, primary: bool = False) -> QPushButton:
    b = QPushButton(objectName="primary" if primary else "")
    b.setAccessibleName(name)
    return b


def plain_label(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes come from people: never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Section(Retranslating, QWidget):
    """A page: `show_plan(plan, actor)` sets what it shows; the language switch shows it again."""

    CONTEXT = "PlanSection"
    HEADERS: dict[str, tuple[str, ...]] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: PlanDetail | None = None
        self.actor: Actor | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.texts: list[tuple[QWidget, str]] = []  # (label or button, source text)
        self.tables: dict[str, QTableWidget] = {}

    def _t(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def texted(self, widget, text: str):
        self.texts.append((widget, text))
        return widget

    def table(self, key: str, name: str) -> QTableWidget:
        self.tables[key] = view = table(name, self.HEADERS[key])
        return view

    def buttons_row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        self.layout_.addLayout(row)
        return row

    def retranslate(self) -> None:
        for widget, text in self.texts:
            widget.setText(self._t(text))
        for key, view in self.tables.items():
            view.setHorizontalHeaderLabels([self._t(h) for h in self.HEADERS[key]])
        self.show_plan(self.plan, self.actor)

    def show_plan(self, plan: PlanDetail | None, actor: Actor | None) -> None:
        self.plan, self.actor = plan, actor
        if self.isEnabled() != (plan is not None):
            self.setEnabled(plan is not None)
        if plan is not None and actor is not None:
            self.update_plan(plan, actor)

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        raise NotImplementedError
