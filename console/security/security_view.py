"""The security desk: open alerts on top, the watchlist, and third-party enquiries.

Alerts and the watchlist are for security and administrators (the services refuse anyone else; this
view says so instead of showing empty lists). Enquiries are recorded at any desk but answered only
with a security lead's own name and PIN."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.qt.problems import error_text, problem_text
from shared.services.security import enquiries as enq
from shared.services.security import watchlist as wl
from shared.domain.permissions import NotPermitted, Permission, can
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.common.panel import ActorFn, DeskView
from console.common.signin import pin_field

DATA = Qt.ItemDataRole.UserRole
FREE_TEXT = "text"  # the answer combo's third choice: the approved words typed below it

ID_TYPES = {
    enq.IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("SecurityView", "Resident ID card"),
    enq.IdType.POLICE_CARD: QT_TRANSLATE_NOOP("SecurityView", "Police ID card"),
    enq.IdType.PASSPORT: QT_TRANSLATE_NOOP("SecurityView", "Passport"),
    enq.IdType.OTHER: QT_TRANSLATE_NOOP("SecurityView", "Other official ID"),
}
ANSWERS = {  # the first is the combo's default: the desk never says whether someone is here
    enq.Answer.CANNOT_DISCLOSE: QT_TRANSLATE_NOOP("SecurityView", "We cannot say whether this person is here."),
    enq.Answer.NO_RECORD: QT_TRANSLATE_NOOP("SecurityView", "No record found."),
}
STATES = {
    "open": QT_TRANSLATE_NOOP("SecurityView", "open"),
    "answered": QT_TRANSLATE_NOOP("SecurityView", "answered"),
    "refused": QT_TRANSLATE_NOOP("SecurityView", "refused: no valid ID"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SecurityView", text)


def answer_text(answer: str) -> str:
    """The standard answers in the desk's language; an approved free text as it was typed."""
    return _tr(ANSWERS[answer]) if answer in ANSWERS else answer


def security_error_text(err: DomainError) -> str:
    if isinstance(err, NotPermitted):
        return problem_text("permission", "denied")
    return error_text(err)


def when(at: datetime | None) -> str:
    if at is None:
        return ""
    local = at.astimezone()
    return f"{local:%H:%M}" if local.date() == datetime.now().astimezone().date() else f"{local:%m-%d %H:%M}"


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    return edit


def _button(name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(objectName="primary") if primary else QPushButton()
    button.setAccessibleName(name)
    return button


def _list(name: str, object_name: str = "") -> QListWidget:
    view = QListWidget(objectName=object_name) if object_name else QListWidget()
    view.setAccessibleName(name)
    view.setWordWrap(True)  # a long reason or organisation wraps instead of hiding past the edge
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def _problem_label(name: str) -> QLabel:
    label = QLabel(objectName="dialogProblem")
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.hide()
    return label


class SecurityView(DeskView):
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
        self.alert_list = _list("Security alerts", "jobs")
        self.alert_list.setMaximumHeight(110)
        self.alert_list.itemSelectionChanged.connect(self._update_buttons)
        self.handled_button = _button("Mark alert handled", primary=True)
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
        self.entry_list = _list("Watchlist entries")
        self.entry_list.itemSelectionChanged.connect(self._update_buttons)
        self.deactivate_button = _button("Deactivate watchlist entry")
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.watch_name, self.watch_mobile = _line("Watchlist name"), _line("Watchlist mobile")
        self.watch_id, self.watch_reason = _line("Watchlist ID number"), _line("Watchlist reason")
        self.add_button = _button("Add to watchlist", primary=True)
        self.add_button.clicked.connect(self.add_entry)
        self.watch_problem = _problem_label("Watchlist problem")
        self.watch_heading, self.watch_form_heading = QLabel(objectName="panelHeading"), QLabel(objectName="panelHeading")
        self.watch_hint = QLabel(objectName="selectedVisit")
        self.watch_hint.setWordWrap(True)
        form = QFormLayout()
        self.watch_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.watch_labels, (self.watch_name, self.watch_mobile, self.watch_id,
                                                    self.watch_reason)):
            form.addRow(label, field)
        form.addRow("", self.add_button)
        left = QVBoxLayout()
        left.addWidget(self.watch_heading)
        left.addWidget(self.entry_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.watch_form_heading)
        right.addWidget(self.watch_hint)
        right.addLayout(form)
        right.addWidget(self.watch_problem)
        right.addStretch(1)
        row = QHBoxLayout(page)
        row.addLayout(left, 3)
        row.addSpacing(24)
        row.addLayout(right, 2)
        return page

    def _build_enquiries(self) -> QWidget:
        page = QWidget()
        self.enquiry_list = _list("Enquiries")
        self.enquiry_list.itemSelectionChanged.connect(self._show_selected_enquiry)
        self.enquiry_detail = QLabel(objectName="selectedVisit")
        self.enquiry_detail.setAccessibleName("Enquiry details")
        self.enquiry_detail.setWordWrap(True)
        self.enquiry_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approver_name = _line("Approver name")
        self.approver_pin = pin_field("Approver PIN")
        self.answer_choice = QComboBox()
        self.answer_choice.setAccessibleName("Answer choice")
        self.answer_choice.currentIndexChanged.connect(self._update_buttons)
        self.answer_text = _line("Approved answer")
        self.answer_button = _button("Answer enquiry", primary=True)
        self.answer_button.clicked.connect(self.answer_selected)
        self.refuse_button = _button("Refuse enquiry")
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.answer_problem = _problem_label("Answer problem")

        self.enquirer_name, self.enquirer_org = _line("Enquirer name"), _line("Enquirer organisation")
        self.id_type = QComboBox()
        self.id_type.setAccessibleName("Enquirer ID type")
        self.id_number = _line("Enquirer ID number")
        self.about, self.question = _line("Enquiry about"), _line("Enquiry question")
        self.record_button = _button("Record enquiry", primary=True)
        self.record_button.clicked.connect(self.record_enquiry)
        self.enquiry_problem = _problem_label("Enquiry problem")

        self.enquiry_heading = QLabel(objectName="panelHeading")
        self.answer_heading = QLabel(objectName="panelHeading")
        self.new_heading = QLabel(objectName="panelHeading")
        self.rule = QLabel(objectName="selectedVisit")
        self.rule.setWordWrap(True)
        answer_form = QFormLayout()
        self.answer_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.answer_labels, (self.approver_name, self.approver_pin, self.answer_choice,
                                                     self.answer_text)):
            answer_form.addRow(label, field)
        answer_buttons = QHBoxLayout()
        answer_buttons.addWidget(self.answer_button)
        answer_buttons.addWidget(self.refuse_button)
        answer_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.enquiry_heading)
        left.addWidget(self.enquiry_list, 1)
        middle = QVBoxLayout()
        middle.addWidget(self.answer_heading)
        middle.addWidget(self.enquiry_detail)
        middle.addLayout(answer_form)
        middle.addLayout(answer_buttons)
        middle.addWidget(self.answer_problem)
        middle.addStretch(1)

        new_form = QFormLayout()
        self.new_labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.new_labels, (self.enquirer_name, self.enquirer_org, self.id_type,
                                                  self.id_number, self.about, self.question)):
            new_form.addRow(label, field)
        new_form.addRow("", self.record_button)
        right = QVBoxLayout()
        right.addWidget(self.new_heading)
        right.addWidget(self.rule)
        right.addLayout(new_form)
        right.addWidget(self.enquiry_problem)
        right.addStretch(1)
        row = QHBoxLayout(page)
        row.addLayout(left, 4)
        row.addSpacing(20)
        row.addLayout(middle, 3)
        row.addSpacing(20)
        row.addLayout(right, 3)
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
        self.enquiry_heading.setText(self.tr("Enquiries"))
        self.answer_heading.setText(self.tr("Answer the enquiry"))
        for label, text in zip(self.answer_labels, (self.tr("Security lead"), self.tr("Lead's PIN"),
                                                    self.tr("Answer"), self.tr("Approved answer"))):
            label.setText(text)
        chosen = self.answer_choice.currentData()
        self.answer_choice.clear()
        for code in ANSWERS:
            self.answer_choice.addItem(answer_text(code), str(code))
        self.answer_choice.addItem(self.tr("An approved answer (type it below)"), FREE_TEXT)
        if chosen is not None:
            self.answer_choice.setCurrentIndex(max(0, self.answer_choice.findData(chosen)))
        self.answer_text.setPlaceholderText(self.tr("Only for an official enquiry the lead approved"))
        self.answer_button.setText(self.tr("Give answer"))
        self.refuse_button.setText(self.tr("Refuse: no valid ID"))
        self.new_heading.setText(self.tr("Record an enquiry"))
        self.rule.setText(self.tr("Never say whether someone is here. Record who asks, see their ID, and call "
                                  "the security lead."))
        for label, text in zip(self.new_labels, (self.tr("Enquirer"), self.tr("Organisation"), self.tr("ID type"),
                                                 self.tr("ID number"), self.tr("About whom"), self.tr("Question"))):
            label.setText(text)
        id_type = self.id_type.currentData()
        self.id_type.clear()
        self.id_type.addItem(self.tr("No ID shown"), "")
        for code, text in ID_TYPES.items():
            self.id_type.addItem(_tr(text), str(code))
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(id_type)) if id_type is not None else 1)
        self.record_button.setText(self.tr("Record enquiry"))
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
        return self.tr("%1 · %2 · %3 — %4").replace("%1", when(alert.at)).replace("%2", alert.station) \
            .replace("%3", alert.subject).replace("%4", alert.reason)

    def _entry_text(self, entry: wl.WatchEntry) -> str:
        keys = " · ".join(k for k in (entry.name, entry.mobile_masked, entry.id_masked) if k)
        return f"{keys} — {entry.reason}"

    def _enquiry_text(self, e: enq.EnquiryView) -> str:
        who = self.tr("%1 (%2)").replace("%1", e.enquirer_name).replace("%2", e.enquirer_org) if e.enquirer_org \
            else e.enquirer_name
        return self.tr("%1 · %2 asks about %3 · %4").replace("%1", when(e.at)).replace("%2", who) \
            .replace("%3", e.about).replace("%4", _tr(STATES.get(e.state, e.state)))

    def _selected(self, view: QListWidget):
        items = view.selectedItems()
        return items[0].data(DATA) if items else None

    def _show_selected_enquiry(self) -> None:
        e = self._selected(self.enquiry_list)
        if e is None:
            self.enquiry_detail.setText(self.tr("Choose an enquiry to answer it."))
        else:
            lines = [self.tr("Question: %1").replace("%1", e.question or "—"),
                     self.tr("ID shown: %1").replace("%1", f"{_tr(ID_TYPES[e.id_type])} {e.id_masked}"
                                                     if e.id_masked else self.tr("none"))]
            lines.append(self.tr("Recorded by %1 at %2").replace("%1", e.operator).replace("%2", e.station))
            if e.state == "answered":
                lines.append(self.tr("Answer approved by %1: %2").replace("%1", e.approved_by)
                             .replace("%2", answer_text(e.answer)))
            self.enquiry_detail.setText("\n".join(lines))
        self._update_buttons()

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

    def record_enquiry(self) -> None:
        if self._call(enq.open_enquiry, self.enquirer_name.text(), self.enquirer_org.text(),
                      self.id_type.currentData() or "", self.id_number.text(), self.about.text(),
                      self.question.text(), problem=self.enquiry_problem,
                      done=self.tr("Enquiry recorded. Call the security lead to approve an answer.")):
            for field in (self.enquirer_name, self.enquirer_org, self.id_number, self.about, self.question):
                field.clear()
            self.enquiry_list.setCurrentRow(0)  # the new one, newest first: ready to answer

    def answer_selected(self) -> None:
        e = self._selected(self.enquiry_list)
        if e is None:
            return
        code = self.answer_choice.currentData()
        answer = self.answer_text.text() if code == FREE_TEXT else code
        ok = self._call(enq.answer_enquiry, e.id, self.approver_name.text(), self.approver_pin.text(), answer,
                        problem=self.answer_problem, done=self.tr("Answered."))
        self.approver_pin.clear()  # never left behind for the next person at the desk
        if ok:
            self.approver_name.clear()
            self.answer_text.clear()
            self._show_given_answer(e.id)

    def _show_given_answer(self, enquiry_id: int) -> None:
        """What to tell the enquirer, exactly (for a confidential guest: no record found)."""
        for i in range(self.enquiry_list.count()):
            row = self.enquiry_list.item(i).data(DATA)
            if row.id == enquiry_id:
                self.enquiry_list.setCurrentRow(i)
                self.say(self.tr("Tell the enquirer: %1").replace("%1", answer_text(row.answer)), "done")

    def refuse_selected(self) -> None:
        e = self._selected(self.enquiry_list)
        if e is not None:
            self._call(enq.refuse_enquiry, e.id, problem=self.answer_problem,
                       done=self.tr("Refused and recorded: nothing was said about anyone."))
