"""The security desk: open alerts on top, the watchlist, and third-party enquiries.

Alerts and the watchlist are for security and administrators (the services refuse anyone else; this
view says so instead of showing empty lists). Enquiries are recorded at any desk but answered only
with a security lead's own name and PIN."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.domain.permissions import Permission, can
from shared.qt.problems import problem_text
from shared.services.security import enquiries as enq
from shared.services.security import watchlist as wl
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.common.panel import ActorFn, DeskView
from console.security.enquiries_tab import FREE_TEXT, EnquiriesTab
from console.security.security_parts import (DATA, labelled_form, line_edit, list_view, named_button, problem_label,
                                             security_error_text, top_column, when)


class SecurityView(EnquiriesTab, DeskView):
    alert_count = Signal(int)  # open alerts, for the window's badge (0 for roles that may not see them)

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Security")
        self._alerts: list[wl.AlertView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._build_alerts())
        self.notice = QLabel(objectName="selectedVisit")
        self.notice.setAccessibleName("Security only notice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notice)
        self.sections = QTabWidget()
        self.sections.setAccessibleName("Security sections")
        self.sections.addTab(self._build_watchlist(), "")
        self.sections.addTab(self._build_enquiries(), "")
        layout.addWidget(self.sections, 1)
        name_qt_parts(self)
        self.retranslate()

    # --- building ------------------------------------------------------------------------

    def _build_alerts(self) -> QFrame:
        self.alert_panel = QFrame(objectName="printPanel")
        self.alert_panel.setAccessibleName("Security alerts panel")
        self.alert_title = QLabel(objectName="panelTitle")
        self.alert_list = list_view("Security alerts", "jobs")
        self.alert_list.setMaximumHeight(110)
        self.alert_list.itemSelectionChanged.connect(self._update_buttons)
        self.handled_button = named_button("Mark alert handled", primary=True)
        self.handled_button.clicked.connect(self.handle_selected_alert)
        box = QVBoxLayout(self.alert_panel)
        top = QHBoxLayout()
        top.addWidget(self.alert_title, 1)
        top.addWidget(self.handled_button)
        box.addLayout(top)
        box.addWidget(self.alert_list)
        return self.alert_panel

    def _build_watchlist(self) -> QWidget:
        page = QWidget()
        self.entry_list = list_view("Watchlist entries")
        self.entry_list.itemSelectionChanged.connect(self._update_buttons)
        self.deactivate_button = named_button("Deactivate watchlist entry")
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.watch_name, self.watch_mobile = line_edit("Watchlist name"), line_edit("Watchlist mobile")
        self.watch_id, self.watch_reason = line_edit("Watchlist ID number"), line_edit("Watchlist reason")
        self.add_button = named_button("Add to watchlist", primary=True)
        self.add_button.clicked.connect(self.add_entry)
        self.watch_problem = problem_label("Watchlist problem")
        self.watch_heading, self.watch_form_heading = QLabel(objectName="panelHeading"), QLabel(objectName="panelHeading")
        self.watch_hint = QLabel(objectName="selectedVisit")
        self.watch_hint.setWordWrap(True)
        form, self.watch_labels = labelled_form((self.watch_name, self.watch_mobile, self.watch_id, self.watch_reason),
                                                self.add_button)
        left = QVBoxLayout()
        left.addWidget(self.watch_heading)
        left.addWidget(self.entry_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        right = top_column(self.watch_form_heading, self.watch_hint, form, self.watch_problem)
        row = QHBoxLayout(page)
        row.addLayout(left, 3)
        row.addSpacing(24)
        row.addLayout(right, 2)
        return page

    # --- text ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.sections.setTabText(0, self.tr("Watchlist"))
        self.sections.setTabText(1, self.tr("Third-party enquiries"))
        self.handled_button.setText(self.tr("Handled"))
        self.watch_heading.setText(self.tr("On the watchlist"))
        self.watch_form_heading.setText(self.tr("Add someone"))
        self.watch_hint.setText(self.tr("Any one of name, mobile or ID number is enough. A match at a kiosk "
                                        "shows the visitor only “Please see reception” and alerts security here."))
        for label, text in zip(self.watch_labels, (self.tr("Name"), self.tr("Mobile"), self.tr("ID number"),
                                                   self.tr("Reason"))):
            label.setText(text)
        self.add_button.setText(self.tr("Add to watchlist"))
        self.deactivate_button.setText(self.tr("Deactivate"))
        self._retranslate_enquiries()
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & Changes.SECURITY:
            self.reload()

    def showEvent(self, event) -> None:  # the operator may have changed since the last reload
        self.reload()
        super().showEvent(event)

    def is_security(self) -> bool:
        return can(self.actor(), Permission.WATCHLIST)

    def reload(self) -> None:
        actor = self.actor()
        security = self.is_security()
        self.alert_panel.setVisible(security)
        self.notice.setVisible(not security)
        self.notice.setText(problem_text("permission", "watchlist"))
        self.sections.setTabVisible(0, security)
        self._alerts = wl.alerts(self.store, actor) if security else []
        self._fill_alerts()
        if security:
            self._fill(self.entry_list, wl.entries(self.store, actor), self._entry_text)
        if actor.role:
            self._fill(self.enquiry_list, enq.enquiries(self.store, actor), self._enquiry_text)
        self._show_selected_enquiry()
        self.alert_count.emit(len(self._alerts))

    def _fill_alerts(self) -> None:
        n = len(self._alerts)
        self.alert_title.setText(self.tr("Open alerts: %1").replace("%1", str(n)) if n else self.tr("No open alerts"))
        self.alert_list.setVisible(bool(n))
        self.handled_button.setVisible(bool(n))
        self._fill(self.alert_list, self._alerts, self._alert_text)

    def _fill(self, view: QListWidget, rows: list, text) -> None:
        selected = view.selectedItems()[0].data(DATA).id if view.selectedItems() else None
        view.clear()
        for row in rows:
            item = QListWidgetItem(text(row))
            item.setData(DATA, row)
            view.addItem(item)
            if row.id == selected:
                item.setSelected(True)
        if view.selectedItems() == [] and view is self.alert_list and view.count():
            view.item(0).setSelected(True)  # the newest: "Handled" works without a click first
        self._update_buttons()

    def _alert_text(self, alert: wl.AlertView) -> str:
        if alert.kind == wl.GUESSING:  # the reason is the count; nobody's name is known
            return self.tr("%1 · %2 · Possible guessing at the kiosk: %3 failed look-ups").replace(
                "%1", when(alert.at)).replace("%2", alert.station).replace("%3", alert.reason)
        return self.tr("%1 · %2 · %3 — %4").replace("%1", when(alert.at)).replace("%2", alert.station) \
            .replace("%3", alert.subject).replace("%4", alert.reason)

    def _entry_text(self, entry: wl.WatchEntry) -> str:
        keys = " · ".join(k for k in (entry.name, entry.mobile_masked, entry.id_masked) if k)
        return f"{keys} — {entry.reason}"

    def _selected(self, view: QListWidget):
        items = view.selectedItems()
        return items[0].data(DATA) if items else None

    def _update_buttons(self) -> None:
        self.handled_button.setEnabled(self._selected(self.alert_list) is not None)
        self.deactivate_button.setEnabled(self._selected(self.entry_list) is not None)
        e = self._selected(self.enquiry_list)
        for widget in (self.answer_button, self.refuse_button, self.approver_name, self.approver_pin,
                       self.answer_choice):
            widget.setEnabled(e is not None and e.state == "open")
        self.answer_text.setEnabled(self.answer_button.isEnabled() and self.answer_choice.currentData() == FREE_TEXT)

    # --- acting --------------------------------------------------------------------------

    def _call(self, service, *args, problem: QLabel | None = None, done: str = "") -> bool:
        try:
            service(self.store, self.actor(), *args)
        except DomainError as err:
            text = security_error_text(err)
            if problem is not None:
                problem.setText(text)
                problem.show()
            self.say(text, "error")
            self.reload()  # e.g. handled at another console meanwhile: show how it is now
            return False
        if problem is not None:
            problem.hide()
        self.say(done, "done")
        self.reload()
        return True

    def handle_selected_alert(self) -> None:
        alert = self._selected(self.alert_list)
        if alert is not None:
            self._call(wl.handle_alert, alert.id, done=self.tr("Alert marked handled."))

    def add_entry(self) -> None:
        if self._call(wl.add_entry, self.watch_name.text(), self.watch_mobile.text(), self.watch_id.text(),
                      self.watch_reason.text(), problem=self.watch_problem, done=self.tr("Added to the watchlist.")):
            for field in (self.watch_name, self.watch_mobile, self.watch_id, self.watch_reason):
                field.clear()

    def deactivate_selected(self) -> None:
        entry = self._selected(self.entry_list)
        if entry is not None:
            self._call(wl.deactivate_entry, entry.id, problem=self.watch_problem,
                       done=self.tr("Taken off the watchlist."))

