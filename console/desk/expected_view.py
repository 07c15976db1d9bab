"""Expected visits (预约登记): the day's list, new guests and groups, imports, invitations, day-end no-shows.

The view calls the pre-registration services itself and says what happened through `said`; the
window only places it and passes on live changes."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError, InvalidInput
from shared.domain.expected import AppointmentView, ExpectedVisit
from shared.domain.model import ReceptionLevel
from shared.qt.problems import error_text
from shared.services.desk import expected as pre
from shared.store.engine import Store

from console.desk.expected_dialog import ExpectedDialog, level_name
from console.common.import_report import ImportReportDialog, expected_import_report, file_problem_text
from console.common.panel import ActorFn, DeskView
from console.common.widgets import action_row, date_edit, record_table
from console.desk.invitation_dialog import InvitationDialog, time_window

CONTEXT = "ExpectedVisits"
ROW_ROLE = Qt.ItemDataRole.UserRole
REFRESH_ON = Changes.APPOINTMENTS | Changes.NOTIFICATIONS | Changes.HOSTS

COLUMNS = (
    QT_TRANSLATE_NOOP("ExpectedVisits", "Time"),
    QT_TRANSLATE_NOOP("ExpectedVisits", "Visitor"),
    QT_TRANSLATE_NOOP("ExpectedVisits", "Company"),
    QT_TRANSLATE_NOOP("ExpectedVisits", "Host"),
    QT_TRANSLATE_NOOP("ExpectedVisits", "Level"),
    QT_TRANSLATE_NOOP("ExpectedVisits", "Party"),
    QT_TRANSLATE_NOOP("ExpectedVisits", "State"),
    QT_TRANSLATE_NOOP("ExpectedVisits", "Invitation e-mail"),
)
STATES = {
    "open": QT_TRANSLATE_NOOP("ExpectedVisits", "Expected"),
    "used": QT_TRANSLATE_NOOP("ExpectedVisits", "Arrived"),
    "cancelled": QT_TRANSLATE_NOOP("ExpectedVisits", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("ExpectedVisits", "No-show"),
}
INVITATIONS = {
    "": QT_TRANSLATE_NOOP("ExpectedVisits", "—"),
    "queued": QT_TRANSLATE_NOOP("ExpectedVisits", "Waiting to be sent"),
    "sending": QT_TRANSLATE_NOOP("ExpectedVisits", "Sending"),
    "sent": QT_TRANSLATE_NOOP("ExpectedVisits", "Sent"),
    "failed": QT_TRANSLATE_NOOP("ExpectedVisits", "Not sent: failed"),
    "skipped": QT_TRANSLATE_NOOP("ExpectedVisits", "Not sent"),
}
# key, stable accessible name, button text, shortcut
BUTTONS = (
    ("new", "New expected visit", QT_TRANSLATE_NOOP("ExpectedVisits", "New expected visit…"), "Ctrl+N"),
    ("import", "Import", QT_TRANSLATE_NOOP("ExpectedVisits", "Import…"), "Ctrl+I"),
    ("show", "Show invitation", QT_TRANSLATE_NOOP("ExpectedVisits", "Show invitation"), "Ctrl+Return"),
    ("cancel", "Cancel invitation", QT_TRANSLATE_NOOP("ExpectedVisits", "Cancel invitation…"), "Ctrl+Delete"),
    ("no_shows", "Mark no-shows", QT_TRANSLATE_NOOP("ExpectedVisits", "Mark no-shows…"), "Ctrl+Shift+N"),
)
VIP_BACKGROUND = QColor("#fef3c7")  # amber: the whole row, so a VIP is seen from across the desk
VIP_TEXT = QColor("#92400e")
FADED_TEXT = QColor("#9ca3af")  # cancelled and no-shows stay listed, quietly


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def party_text(v: AppointmentView) -> str:
    if v.leader_id is not None:
        return QCoreApplication.translate("ExpectedVisits", "with %1").replace("%1", v.leader_name)
    if v.party_size > 1:
        return QCoreApplication.translate("ExpectedVisits", "leader, %1 people").replace("%1", str(v.party_size))
    return ""


class ExpectedView(DeskView):
    """The day's expected guests; VIP rows stand out. Calls the services itself."""

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 today=date.today) -> None:
        super().__init__(store, actor, parent)
        self._today = today
        self._views: list[AppointmentView] = []
        self.dialog: ExpectedDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.report: ImportReportDialog | None = None
        self.invitation: InvitationDialog | None = None

        self.title = QLabel(objectName="sectionTitle")
        self.day = date_edit("Day")
        self._set_day(self._today())
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.today_button = QPushButton()
        self.today_button.setAccessibleName("Today")
        self.today_button.clicked.connect(lambda: self._set_day(self._today()))
        self.counts = QLabel(objectName="counts")
        self.counts.setAccessibleName("Expected counts")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)

        actions, self.buttons = action_row(self, ((key, name) for key, name, _text, _shortcut in BUTTONS), "import",
                                           primary="new")

        self.table = record_table(len(COLUMNS), "Expected visits")
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_show())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.reload()

    # --- showing ---------------------------------------------------------------------------

    def _set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def selected_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & REFRESH_ON:
            self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self._views = pre.expected_visits(self.store, self.actor(), self.selected_day())
        self._fill(selected.id if selected else None)

    def _fill(self, keep_id: int | None) -> None:
        self.table.setRowCount(len(self._views))
        bold = QFont()
        bold.setBold(True)
        for row, v in enumerate(self._views):
            name = v.visitor_name if v.leader_id is None else f"    {v.visitor_name}"
            cells = (time_window(v), name, v.company, v.host_name or QCoreApplication.translate("ExpectedVisits", "(not in the directory)"),
                     level_name(v.level), party_text(v), _tr(STATES.get(v.state, v.state)),
                     _tr(INVITATIONS.get(v.invitation, v.invitation)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROW_ROLE, v.id)
                if v.level == ReceptionLevel.VIP and v.state == "open":
                    item.setBackground(QBrush(VIP_BACKGROUND))
                    item.setForeground(QBrush(VIP_TEXT))
                    item.setFont(bold)
                elif v.state in ("cancelled", "no_show"):
                    item.setForeground(QBrush(FADED_TEXT))
                if column == 7 and v.invitation_error:
                    item.setToolTip(v.invitation_error)  # the mail server's own words, for whoever fixes it
                self.table.setItem(row, column, item)
            if v.id == keep_id:
                self.table.selectRow(row)
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        states = [v.state for v in self._views]
        self.counts.setText(QCoreApplication.translate("ExpectedVisits", "%1 expected · %2 arrived · %3 no-shows").replace(
            "%1", str(states.count("open"))).replace("%2", str(states.count("used"))).replace(
            "%3", str(states.count("no_show"))))

    def selected(self) -> AppointmentView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        wanted = self.table.item(rows[0].row(), 0).data(ROW_ROLE)
        return next((v for v in self._views if v.id == wanted), None)

    def select_code(self, code: str) -> bool:
        for row, v in enumerate(self._views):
            if v.code == code:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        v = self.selected()
        self.buttons["show"].setEnabled(v is not None and v.state == "open")
        self.buttons["cancel"].setEnabled(v is not None and v.state == "open")
        day_over = self.selected_day() <= self._today()
        self.buttons["no_shows"].setEnabled(day_over and any(x.state == "open" for x in self._views))

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("ExpectedVisits", "Expected visits"))
        self.today_button.setText(QCoreApplication.translate("ExpectedVisits", "Today"))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        for key, _name, text, shortcut in BUTTONS:
            button = self.buttons[key]
            button.setText(_tr(text))
            button.setShortcut(QKeySequence(shortcut))  # setText resets it
            button.setToolTip(QCoreApplication.translate("ExpectedVisits", "Shortcut: %1").replace(
                "%1", QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)))
        if self._views:
            self._fill(self.selected().id if self.selected() else None)
        else:
            self._show_counts()

    # --- new -------------------------------------------------------------------------------

    def _on_new(self) -> None:
        day = max(self.selected_day(), self._today())
        self.dialog = ExpectedDialog(self, pre.active_hosts(self.store), day)
        self.dialog.submitted.connect(self._save)
        self.dialog.open()

    def _save(self, expected: ExpectedVisit, members: list[str]) -> None:
        dialog = self.dialog
        try:
            views = pre.pre_register(self.store, self.actor(), expected, members, today=self._today()).value
        except InvalidInput as err:
            dialog.show_problems(err.problems)
            return
        except DomainError as err:
            dialog.show_problems({})
            self.say(error_text(err), "error")
            return
        dialog.accept()
        self.dialog = None
        leader = views[0]
        self._set_day(leader.expected_on)
        self.reload()
        self.select_code(leader.code)
        text = (QCoreApplication.translate("ExpectedVisits", "%1 is expected; invitation code %2.") if len(views) == 1 else
                QCoreApplication.translate("ExpectedVisits", "%1 and %3 others are expected; invitation code %2.")).replace(
            "%1", leader.visitor_name).replace("%2", leader.code).replace("%3", str(len(views) - 1))
        if leader.email:
            text += " " + QCoreApplication.translate("ExpectedVisits", "The invitation will be e-mailed to %1.").replace("%1", leader.email)
        self.say(text, "done")

    # --- import ----------------------------------------------------------------------------

    def _on_import(self) -> None:
        """Not blocking: the file dialog answers through fileSelected."""
        self.file_dialog = QFileDialog(self, QCoreApplication.translate("ExpectedVisits", "Import expected visits"), "",
                                       QCoreApplication.translate("ExpectedVisits", "Spreadsheets (*.csv *.xlsx)"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(self.import_file)
        self.file_dialog.open()

    def import_file(self, path: str) -> None:
        try:
            report = pre.import_expected(self.store, self.actor(), path, today=self._today()).value
        except InvalidInput as err:
            self.say(file_problem_text(err), "error")
            QMessageBox.warning(self, QCoreApplication.translate("ExpectedVisits", "Import expected visits"), file_problem_text(err))
            return
        self.reload()
        self.report = expected_import_report(self, Path(path).name, report)
        self.report.open()
        tone = "error" if report.rejected else "done"
        self.say(QCoreApplication.translate("ExpectedVisits", "Imported %1 expected visits; %2 lines not imported.").replace(
            "%1", str(report.accepted)).replace("%2", str(len(report.rejected))), tone)

    # --- one invitation --------------------------------------------------------------------

    def _on_show(self) -> None:
        v = self.selected()
        if v is None or v.state != "open":
            return
        self.invitation = InvitationDialog(self, v)
        self.invitation.open()

    def _on_cancel(self) -> None:
        v = self.selected()
        if v is None:
            return
        question = (QCoreApplication.translate("ExpectedVisits", "Cancel the invitation of %1 and of their group (%2 people)?")
                    .replace("%2", str(v.party_size)) if v.is_leader else
                    QCoreApplication.translate("ExpectedVisits", "Cancel the invitation of %1?")).replace("%1", v.visitor_name)
        if not self._confirm(QCoreApplication.translate("ExpectedVisits", "Cancel invitation"), question):
            return
        try:
            count = pre.cancel_appointment(self.store, self.actor(), v.id).value
        except DomainError as err:
            self.reload()
            self.say(error_text(err), "error")
            return
        self.reload()
        self.say(QCoreApplication.translate("ExpectedVisits", "Invitation cancelled: %1 (%2).").replace("%1", v.visitor_name).replace("%2", str(count)), "done")

    # --- day end ---------------------------------------------------------------------------

    def _on_no_shows(self) -> None:
        day = self.selected_day()
        waiting = sum(1 for v in self._views if v.state == "open")
        question = QCoreApplication.translate("ExpectedVisits", "The day is over: mark the %1 guests still expected on %2 and earlier as no-shows? "
                       "Their codes will no longer work.").replace("%1", str(waiting)).replace("%2", f"{day:%Y-%m-%d}")
        if not self._confirm(QCoreApplication.translate("ExpectedVisits", "Mark no-shows"), question):
            return
        try:
            count = pre.mark_no_shows(self.store, self.actor(), day, today=self._today()).value
        except DomainError as err:
            self.say(error_text(err), "error")
            return
        self.reload()
        self.say(QCoreApplication.translate("ExpectedVisits", "%1 marked as no-shows.").replace("%1", str(count)), "done")

    def _confirm(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setObjectName("confirm")
        yes = box.addButton(QCoreApplication.translate("ExpectedVisits", "Yes"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QCoreApplication.translate("ExpectedVisits", "No"), QMessageBox.ButtonRole.RejectRole)
        yes.setAccessibleName("Yes")
        no.setAccessibleName("No")
        box.setDefaultButton(no)  # a stray Enter changes nothing
        box.exec()
        return box.clickedButton() is yes
