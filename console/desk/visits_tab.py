"""The Today's visits tab: the searchable list, the selected visit's action panel and every reception-flow action."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QTableView,
                               QVBoxLayout, QWidget)

from shared.config import StationConfig
from shared.domain.errors import DomainError, InvalidInput
from shared.domain.model import Visit
from shared.domain.states import ON_SITE
from shared.qt.problems import error_text
from shared.services.desk import flow as visit_flow
from shared.services.desk.queries import visits_by_ids
from shared.services.desk.rooms import rooms
from shared.services.printing import jobs as print_jobs
from shared.store.engine import Store

from console.common.panel import ActorFn, vertical_scroll
from console.common.visit_records import VisitRecordsPanel
from console.desk.visit_actions import MessageDialog, RoomDialog, VisitActionsPanel
from console.desk.visits_model import COL_CHECKED_IN, COL_COMPANY, SEARCH_ROLE, VisitsModel

# The texts were the window's: they keep its catalogue context, so the translations stay as they are.
translate = QCoreApplication.translate  # lupdate reads translate("ConsoleWindow", "literal") calls


class VisitFilter(QSortFilterProxyModel):
    """The search box: every word typed must appear in the visit's names, pinyin, company or host."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)


class VisitsTab(QObject):
    """Builds the tab's page and the action panel beside it (the window places both) and acts on the selection."""

    said = Signal(str, str)  # text, tone
    visit_selected = Signal(int)  # the list's selection, for the waiting list to follow
    visit_shown = Signal(object)  # another visit (or None) selected: the protocol and plan link follow
    show_requested = Signal()  # a search: the list comes to the front
    reprint_requested = Signal()

    def __init__(self, store: Store, config: StationConfig, actor: ActorFn, model: VisitsModel,
                 window: QWidget) -> None:
        super().__init__(window)
        self._store = store
        self._config = config
        self._actor = actor
        self._window = window  # the dialogs' parent: a lock closes them
        self.model = model
        self._shown_visit_id: int | None = None

    # --- layout --------------------------------------------------------------------------

    def build_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.counts = QLabel(objectName="counts")
        self.counts.setAccessibleName("Visit counts")
        row.addWidget(self.counts, 1)
        layout.addLayout(row)
        layout.addWidget(self._build_table(), 1)
        return page

    def _build_table(self) -> QTableView:
        self.proxy = VisitFilter(self._window)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setAccessibleName("Today's visits")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CHECKED_IN, Qt.SortOrder.DescendingOrder)  # newest arrival on top
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((150, 150, 0, 120, 120, 90, 80, 120)):
            if width:
                header.resizeSection(col, width)
        header.setSectionResizeMode(COL_COMPANY, QHeaderView.ResizeMode.Stretch)  # the company takes what is left
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.dataChanged.connect(lambda *_: self.refresh_summary())
        self.model.rowsInserted.connect(lambda *_: self.refresh_summary())
        self.model.modelReset.connect(self.refresh_summary)
        return self.table

    def build_action_panel(self) -> QScrollArea:
        """The selected visit's actions, beside the list; it scrolls if the print panel needs the room."""
        panel = self.actions = VisitActionsPanel()
        panel.chosen.connect(self.act_on_selected)
        scroll = vertical_scroll(panel, "actionScroll")
        scroll.setFixedWidth(240)  # a scroll bar, when needed, narrows the panel a little
        return scroll

    def build_records_panel(self) -> VisitRecordsPanel:
        """The shown visit's photo, ID source and signed copies, above its actions (as wide)."""
        panel = VisitRecordsPanel(self._store, self._actor)
        panel.setFixedWidth(240)
        self.visit_shown.connect(panel.show_visit)
        return panel

    def retranslate(self) -> None:
        self.actions.set_extra_tip("reprint", "" if self._config.badge_printer
                                   else translate("ConsoleWindow", "This desk has no printer configured."))

    # --- search --------------------------------------------------------------------------

    def find(self, text: str) -> None:
        self.proxy.set_query(text)
        if text:
            self.show_requested.emit()
            if self.proxy.rowCount() == 1:
                self.table.selectRow(0)

    def select_first_found(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    # --- selection -----------------------------------------------------------------------

    def reload(self, ids: set[int]) -> None:
        """Those the operator may see are updated; one marked confidential meanwhile leaves the list."""
        visible = visits_by_ids(self._store, ids, actor=self._actor())
        self.model.upsert(visible)
        self.model.remove(set(ids) - {v.id for v in visible})

    def selected_visit(self) -> Visit | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.visit_at(self.proxy.mapToSource(rows[0]).row())

    def select_visit(self, visit_id: int) -> bool:
        row = self.model.row_of(visit_id)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.visit_selected.emit(visit.id)
        self.update_actions()

    def update_actions(self) -> None:
        """Runs on every change of the list (and its minute tick): the protocol and the plan link are read
        only when another visit is selected; the protocol panel follows its visit's changes itself."""
        visit = self.selected_visit()
        visit_id = visit.id if visit is not None else None
        if visit_id != self._shown_visit_id:
            self._shown_visit_id = visit_id
            self.visit_shown.emit(visit_id)
        can_reprint = visit is not None and visit.state in ON_SITE and bool(self._config.badge_printer)
        self.actions.show_visit(visit, can_reprint)

    def refresh_summary(self) -> None:
        visits = self.model.visits()
        on_site = sum(v.state in ON_SITE for v in visits)
        self.counts.setText(translate("ConsoleWindow", "Today: %1 · On site: %2")
                            .replace("%1", str(len(visits))).replace("%2", str(on_site)))
        self.update_actions()  # a change from elsewhere may end the selected visit

    # --- the reception flow --------------------------------------------------------------

    def reprint_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        try:
            print_jobs.reprint_badge(self._store, self._actor(), visit.id, self._config.station,
                                     self._config.badge_printer)
        except DomainError as err:
            self.said.emit(error_text(err), "error")
        else:
            self.said.emit(translate("ConsoleWindow", "A new badge for %1 is being printed at this desk.")
                           .replace("%1", visit.visitor_name), "done")
            self.reprint_requested.emit()

    def check_out_selected(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.check_out_visit(visit.id)

    def check_out_visit(self, visit_id: int) -> None:
        self._transition(visit_flow.check_out, visit_id)

    def act_on_selected(self, key: str) -> None:
        """One of the action panel's buttons (or its shortcut), on the selected visit."""
        visit = self.selected_visit()
        if visit is None:
            return
        if key == "reprint":
            self.reprint_selected()
        elif key in ("must_wait", "absent_waits"):
            service = visit_flow.visitor_must_wait if key == "must_wait" else visit_flow.host_absent_visitor_waits
            self._ask_room(visit, service)
        elif key == "leaves":
            self._ask_message(visit)
        else:
            service = {"notify": visit_flow.notify_host, "ready": visit_flow.host_ready, "declines": visit_flow.host_declines,
                       "arrived": visit_flow.host_arrives, "escorted": visit_flow.escort_out, "back": visit_flow.back_to_desk,
                       "seen_out": visit_flow.see_out, "check_out": visit_flow.check_out}[key]
            self._transition(service, visit.id)

    def _ask_room(self, visit: Visit, service) -> None:
        dialog = RoomDialog(self._window, visit.visitor_name, rooms(self._store, self._actor()))

        def submit(room_id: int | None) -> None:
            outcome = self._transition(service, visit.id, room_id=room_id)
            if outcome is True:
                dialog.accept()
            elif outcome is False:
                dialog.reject()
            else:  # the room was taken meanwhile: choose again from what is free now
                dialog.set_rooms(rooms(self._store, self._actor()))
                dialog.show_problem(outcome)
        dialog.submitted.connect(submit)
        dialog.open()

    def _ask_message(self, visit: Visit) -> None:
        dialog = MessageDialog(self._window, visit.visitor_name)

        def submit(message: str) -> None:
            outcome = self._transition(visit_flow.visitor_leaves, visit.id, message=message)
            if outcome is True:
                dialog.accept()
            elif outcome is False:
                dialog.reject()
            else:
                dialog.show_problem(outcome)
        dialog.submitted.connect(submit)
        dialog.open()

    def _transition(self, service, visit_id: int, **kwargs) -> bool | str:
        """Call one transition service: True when done; for input the person can correct, the problem
        text (nothing changed); False when refused (the row is reloaded to show the truth)."""
        try:
            done = service(self._store, self._actor(), visit_id, **kwargs)
        except InvalidInput as err:
            text = self._problem_text(err)
            self.said.emit(text, "error")
            return text
        except DomainError as err:
            # Another desk or the kiosk may have moved the visit: show the truth, not the stale row.
            self.reload({visit_id})
            self.said.emit(error_text(err), "error")
            self.update_actions()
            return False
        visit = done.value
        self.model.upsert([visit])
        self.said.emit(self._confirmation(service, visit), "done")
        self.update_actions()
        return True

    @staticmethod
    def _problem_text(err: InvalidInput) -> str:
        if "room" in err.problems:
            return translate("ConsoleWindow", "That room is no longer free. Please choose another.")
        return error_text(err)

    @staticmethod
    def _confirmation(service, visit: Visit) -> str:
        if service in (visit_flow.visitor_must_wait, visit_flow.host_absent_visitor_waits):
            text = (translate("ConsoleWindow", "%1 waits in %3.") if visit.room
                    else translate("ConsoleWindow", "%1 waits in the lobby."))
        else:
            text = {
                visit_flow.notify_host: translate("ConsoleWindow", "The host of %1 (%2) has been notified again."),
                visit_flow.host_ready: translate(
                    "ConsoleWindow", "The host is ready: lead %1 to the host, or the host comes to collect them."),
                visit_flow.visitor_leaves: translate(
                    "ConsoleWindow", "%1 (%2) has left. Their message goes to the host."),
                visit_flow.host_declines: translate("ConsoleWindow", "The host declines: please tell %1 politely."),
                visit_flow.host_arrives: translate("ConsoleWindow", "The host has met %1 (%2)."),
                visit_flow.escort_out: translate("ConsoleWindow", "The host saw %1 (%2) out. The visit is over."),
                visit_flow.back_to_desk: translate("ConsoleWindow", "%1 is back at the desk: please see them out."),
                visit_flow.see_out: translate("ConsoleWindow", "%1 (%2) has been seen out. The visit is over."),
                visit_flow.check_out: translate("ConsoleWindow", "%1 (%2) is checked out."),
            }[service]
        return text.replace("%1", visit.visitor_name).replace("%2", visit.visit_no).replace("%3", visit.room)


class VisitsSurface:
    """Mixed into the window: the tab's actions as the window's own, where the app and the tests drive them."""

    visits: VisitsTab

    def selected_visit(self) -> Visit | None:
        return self.visits.selected_visit()

    def select_visit(self, visit_id: int) -> bool:
        return self.visits.select_visit(visit_id)

    def act_on_selected(self, key: str) -> None:
        self.visits.act_on_selected(key)

    def check_out_selected(self) -> None:
        self.visits.check_out_selected()

    def check_out_visit(self, visit_id: int) -> None:
        self.visits.check_out_visit(visit_id)

    def reprint_selected(self) -> None:
        self.visits.reprint_selected()
