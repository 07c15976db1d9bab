"""The Waiting tab: who waits, the reminders, the selected visit's protocol and plan link, and the rooms."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from shared.services.plans import plan_for_visit
from shared.store.engine import Store

from console.common.panel import ActorFn, DeskView, vertical_scroll
from console.desk.protocol_panel import ProtocolPanel
from console.desk.reminder_settings import ReminderSettingsDialog
from console.desk.reminders_panel import RemindersPanel
from console.desk.rooms_panel import RoomsPanel
from console.desk.visits_model import VisitsModel
from console.desk.waiting_view import WaitingView
from console.plans.reminders_panel import PlanRemindersPanel
from console.security.gate_arrivals_panel import GateArrivalsPanel

translate = QCoreApplication.translate  # the window's catalogue context: its translations stay as they are


WAITING_ROWS = 8  # shown at 1366 x 768 with an attention banner
LOWER_MIN_PX = 100


class _WaitingPage(QWidget):
    def __init__(self, tab: "WaitingTab") -> None:
        super().__init__()
        self._tab = tab

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._tab.fit(event.size().height())
        super().resizeEvent(event)


class WaitingTab(QObject):
    """Builds the busy-morning page; the window wires what it says and where its links lead."""

    said = Signal(str, str)  # text, tone: what any of its panels says
    open_plan = Signal(int)

    def __init__(self, store: Store, actor: ActorFn, model: VisitsModel, is_admin: Callable[[], bool],
                 window: QWidget) -> None:
        super().__init__(window)
        self._store = store
        self._actor = actor
        self._model = model
        self._is_admin = is_admin
        self._window = window  # the settings dialog's parent: a lock closes it
        self.views: list[DeskView] = []  # the panels that refresh on changes, in the window's order
        self._selected_plan: int | None = None
        self._shown_visit_id: int | None = None  # the visit the protocol and the plan link show

    def build(self) -> QWidget:
        """VIPs first, then the longest wait; what to do; which rooms."""
        actor = self._actor
        tab = _WaitingPage(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        self.waiting = WaitingView(self._store, actor)
        self.waiting.follow(self._model)
        self.waiting.table.setMinimumHeight(150)  # five rows; the window must still fit 1280 x 800
        layout.addWidget(self.waiting, 3)
        lower_widget = QWidget(objectName="lowerPanels")
        lower = QHBoxLayout(lower_widget)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.setSpacing(12)
        self.reminders = RemindersPanel(self._store, actor)
        self.rooms_panel = RoomsPanel(self._store, actor)
        self.gate_arrivals = GateArrivalsPanel(self._store, actor)
        reminders_column = QVBoxLayout()
        reminders_column.addWidget(self.gate_arrivals)
        reminders_column.addWidget(self.reminders)
        self.plan_reminders = PlanRemindersPanel(self._store, actor)
        self.plan_reminders.open_plan.connect(self.open_plan)
        reminders_column.addWidget(self.plan_reminders)
        self.reminder_settings_button = QPushButton()
        self.reminder_settings_button.setAccessibleName("Reminder settings")
        self.reminder_settings_button.clicked.connect(self.edit_reminder_settings)
        reminders_column.addWidget(self.reminder_settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        reminders_column.addStretch(1)
        lower.addLayout(reminders_column, 3)
        self.protocol = ProtocolPanel(self._store, actor)
        self.plan_button = QPushButton()
        self.plan_button.setAccessibleName("Open the reception plan")
        self.plan_button.clicked.connect(self._open_selected_plan)
        self.plan_button.hide()
        for panel in (self.protocol, self.rooms_panel):
            column = QVBoxLayout()
            column.addWidget(panel)
            if panel is self.protocol:
                column.addWidget(self.plan_button)
            column.addStretch(1)
            lower.addLayout(column, 2)
        self.views = [self.waiting, self.reminders, self.rooms_panel, self.gate_arrivals, self.plan_reminders,
                      self.protocol]
        for view in self.views:
            view.said.connect(self.said)
        # On a bad morning the attention panels below take room: these panels then scroll, the list stays.
        scroll = self.lower_scroll = vertical_scroll(lower_widget, "lowerScroll")
        scroll.setMinimumHeight(LOWER_MIN_PX)
        scroll.setAccessibleName("Reminders, protocol and rooms")
        layout.addWidget(scroll, 2)
        return tab

    def fit(self, height: int) -> None:
        """The lower panels give up room until WAITING_ROWS rows of the list show (a laptop's 768 px included);
        below that they keep LOWER_MIN_PX and the list shrinks to its five."""
        table = self.waiting.table
        rows = table.verticalHeader().defaultSectionSize() * WAITING_ROWS
        list_px = rows + table.horizontalHeader().height() + 2 * table.frameWidth() + self.waiting.title.sizeHint().height() + self.waiting.layout().spacing()
        self.lower_scroll.setMaximumHeight(max(LOWER_MIN_PX, height - list_px - 18))

    def retranslate(self) -> None:
        self.reminder_settings_button.setText(translate("ConsoleWindow", "Reminder settings…"))
        self.plan_button.setText(translate("ConsoleWindow", "Open the reception plan…"))

    def edit_reminder_settings(self) -> None:
        if not self._is_admin():
            return
        dialog = ReminderSettingsDialog(self._store, self._actor, self._window)
        dialog.saved.connect(lambda _settings: self.said.emit(
            translate("ConsoleWindow", "Reminder settings saved."), "done"))
        dialog.open()

    def show_visit(self, visit_id: int | None) -> None:
        """Another visit selected in a list: its protocol and, if it has one, its plan's link."""
        self._shown_visit_id = visit_id
        self.protocol.show_visit(visit_id)
        self.show_plan_link()

    def show_plan_link(self) -> None:
        visit_id = self._shown_visit_id
        self._selected_plan = plan_for_visit(self._store, visit_id) if visit_id is not None else None
        self.plan_button.setVisible(self._selected_plan is not None)

    def _open_selected_plan(self) -> None:
        if self._selected_plan is not None:
            self.open_plan.emit(self._selected_plan)
