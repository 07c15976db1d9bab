"""Privacy (admin): how long personal data is kept, purging it now, and one person's data exported for
them or erased at their request. Every action is audited by the services; this page only asks twice."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.services.privacy import person_data as pd
from shared.domain.permissions import NotPermitted
from shared.services.privacy.retention import PurgeReport, purge_expired
from shared.services.site.settings import site_settings, update_settings
from shared.store.engine import Store

from console.common.form_dialog import RED, FormDialog, ProblemLine
from console.common.panel import ActorFn, DeskView

MAX_DAYS = 3650  # ten years: anything longer is a typo


class EraseReasonDialog(FormDialog):
    """Why this person's data is erased (their request, a letter...): kept in the audit log."""

    CONTEXT = "EraseReasonDialog"
    TITLE = QT_TRANSLATE_NOOP("EraseReasonDialog", "Erase personal data")
    OK_NAME, OK_TEXT = "Continue", QT_TRANSLATE_NOOP("EraseReasonDialog", "Continue")
    INTRO, PROBLEM_BY_BUTTONS, PROBLEM = True, False, ProblemLine(style=RED, wrap=False)
    DELETE_ON_CLOSE, SIZING = False, "text"  # exec'd: erase() reads the reason after it closes

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseReason")
        self.who = who
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Erasure reason")
        self.reason.setMaxLength(pd.REASON_MAX)
        self.reason.returnPressed.connect(self.go_on)
        self.form.addRow(self.reason)
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        self.set_intro(self.tr("Why is the data of %1 erased? (For example: their written request of today.) "
                               "The reason is kept in the audit log.").replace("%1", self.who))

    def _submit(self) -> None:
        self.go_on()

    def go_on(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Please write the reason."))
            self.reason.setFocus()
            return
        self.accept()


class PrivacyView(DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Privacy")
        self.folder_dialog: QFileDialog | None = None
        self._purge_text: Callable[[], str] | None = None  # the last result, in whichever language
        self._person_text: Callable[[], str] | None = None

        self.heading = QLabel(objectName="panelHeading")
        # --- retention
        self.retention_box = QGroupBox()
        self.retention_intro = QLabel(wordWrap=True)
        self.days = QSpinBox(minimum=1, maximum=MAX_DAYS)
        self.days.setAccessibleName("Retention days")
        self.days.setMinimumWidth(90)
        self.days_label, self.days_unit = QLabel(), QLabel()
        self.save_days = QPushButton()
        self.save_days.setAccessibleName("Save retention period")
        self.save_days.clicked.connect(self.save_retention)
        self.purge_button = QPushButton()
        self.purge_button.setAccessibleName("Purge now")
        self.purge_button.clicked.connect(self.purge_now)
        self.purge_result = QLabel(wordWrap=True, objectName="counts")
        self.purge_result.setAccessibleName("Purge result")
        self.purge_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        days_row = QHBoxLayout()
        for widget in (self.days_label, self.days, self.days_unit, self.save_days):
            days_row.addWidget(widget)
        days_row.addStretch(1)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_button)
        purge_row.addStretch(1)
        box = QVBoxLayout(self.retention_box)
        box.addWidget(self.retention_intro)
        box.addLayout(days_row)
        box.addLayout(purge_row)
        box.addWidget(self.purge_result)
        # --- one person
        self.person_box = QGroupBox()
        self.person_intro = QLabel(wordWrap=True)
        self.mobile = QLineEdit()
        self.mobile.setAccessibleName("Person mobile")
        self.id_number = QLineEdit()
        self.id_number.setAccessibleName("Person ID number")
        for edit in (self.mobile, self.id_number):
            edit.setMaximumWidth(280)
            edit.textChanged.connect(self._update_buttons)
        self.mobile_label, self.id_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.mobile_label, self.mobile)
        form.addRow(self.id_label, self.id_number)
        self.export_button = QPushButton()
        self.export_button.setAccessibleName("Export person data")
        self.export_button.clicked.connect(self.choose_export_folder)
        self.erase_button = QPushButton()
        self.erase_button.setAccessibleName("Erase person data")
        self.erase_button.clicked.connect(self.erase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        self.person_result = QLabel(wordWrap=True, objectName="counts")
        self.person_result.setAccessibleName("Person result")
        self.person_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.person_box)
        box.addWidget(self.person_intro)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.person_result)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.retention_box)
        layout.addWidget(self.person_box)
        layout.addStretch(1)
        self.reload()
        self._update_buttons()
        self.retranslate()

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Privacy"))
        self.retention_box.setTitle(self.tr("Retention"))
        self.retention_intro.setText(self.tr(
            "Every day, the names, numbers and other personal details of visits that ended before the retention "
            "period are removed (with expected visits, gate entries, alerts and enquiries of that age). What "
            "reports count stays: dates, times, states, levels, party sizes, hosts. The privacy notice states "
            "this period."))
        self.days_label.setText(self.tr("Keep personal data for"))
        self.days_unit.setText(self.tr("days"))
        self.save_days.setText(self.tr("Save"))
        self.purge_button.setText(self.tr("Purge now…"))
        self.person_box.setTitle(self.tr("One person's data"))
        self.person_intro.setText(self.tr(
            "A person may ask for a copy of what is held about them, or for its erasure. Enter their mobile or ID "
            "number (both: records with either are found). Both actions are recorded in the audit log."))
        self.mobile_label.setText(self.tr("Mobile"))
        self.id_label.setText(self.tr("ID number"))
        self.export_button.setText(self.tr("Export…"))
        self.erase_button.setText(self.tr("Erase…"))
        self.purge_result.setText(self._purge_text() if self._purge_text else "")
        self.person_result.setText(self._person_text() if self._person_text else "")

    def _who(self) -> str:
        e164, id_number = pd.person_key(self.mobile.text(), self.id_number.text())
        return pd.masked_subject(e164, id_number).removeprefix("person ")

    def _error(self, err: DomainError) -> str:
        if isinstance(err, NotPermitted):
            return self.tr("Only an administrator can do this.")
        return error_text(err)

    def _show_person(self, text: Callable[[], str], tone: str) -> None:
        self._person_text = text
        self.person_result.setText(text())
        self.say(text(), tone)

    # --- live ----------------------------------------------------------------------------------

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & Changes.SETTINGS:
            self.reload()

    def reload(self) -> None:
        self.days.setValue(site_settings(self.store).retention_days)

    def _update_buttons(self) -> None:
        given = bool(self.mobile.text().strip() or self.id_number.text().strip())
        self.export_button.setEnabled(given)
        self.erase_button.setEnabled(given)

    # --- retention -----------------------------------------------------------------------------

    def save_retention(self) -> None:
        try:
            days = update_settings(self.store, self.actor(), retention_days=self.days.value()).value.retention_days
        except DomainError as err:
            self.say(self._error(err), "error")
            return
        self.say(self.tr("Personal data is now kept for %1 days.").replace("%1", str(days)), "done")

    def purge_now(self) -> None:
        days = site_settings(self.store).retention_days
        question = self.tr("Remove now the personal data of everything older than %1 days? "
                           "This cannot be undone.").replace("%1", str(days))
        if not self._confirm(self.tr("Purge now"), question):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = purge_expired(self.store, self.actor()).value
        except DomainError as err:
            self.say(self._error(err), "error")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._purge_text = lambda: self._purge_summary(report)
        self.purge_result.setText(self._purge_text())
        self.say(self._purge_text(), "done")

    def _purge_summary(self, r: PurgeReport) -> str:
        text = self.tr("Purged, everything before %1. Visits: %2, expected visits: %3, gate entries: %4, "
                       "alerts: %5, enquiries: %6.")
        for key, value in (("%6", r.enquiries), ("%5", r.alerts), ("%4", r.gate_entries), ("%3", r.appointments),
                           ("%2", r.visits), ("%1", f"{r.before:%Y-%m-%d}")):
            text = text.replace(key, str(value))
        if r.cleanup.wal_truncated is False:
            text += " " + self.tr("Another station was reading, so the database's log file still holds old "
                                  "copies: they are cleared at the next purge.")
        return text

    # --- one person ----------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        try:
            self._who()  # bad input is told before any dialog
        except DomainError as err:
            self._show_person(lambda e=err: self._error(e), "error")
            return
        dialog = self.folder_dialog = QFileDialog(self, self.tr("Export personal data into folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAccessibleName("Export folder")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def export_to(self, folder: str) -> None:
        try:
            data = pd.person_export(self.store, self.actor(), self.mobile.text(), self.id_number.text()).value
        except DomainError as err:
            self._show_person(lambda e=err: self._error(e), "error")
            return
        who = self._who()
        if not data.total:
            self._show_person(lambda: self.tr("Nothing is held about %1.").replace("%1", who), "info")
            return
        stem = pd.export_file_stem(data)
        try:
            pd.write_person_json(data, Path(folder) / f"{stem}.json")
            pd.write_person_csv(data, Path(folder) / f"{stem}.csv")
            files = pd.write_person_files(data, folder, stem)
        except OSError as err:
            msg = err.strerror or str(err)
            self._show_person(lambda: self.tr("Could not write the files: %1").replace("%1", msg),
                              "error")
            return
        if files:  # photos and signed copies, as the files they are
            self._show_person(lambda: self.tr("%1 records about %2 exported to %3 (%4.json and .csv, and %5 "
                                              "photos and signed copies).")
                              .replace("%1", str(data.total)).replace("%2", who).replace("%3", folder)
                              .replace("%4", stem).replace("%5", str(len(files))), "done")
            return
        self._show_person(lambda: self.tr("%1 records about %2 exported to %3 (%4.json and .csv).")
                          .replace("%1", str(data.total)).replace("%2", who).replace("%3", folder)
                          .replace("%4", stem), "done")

    def erase(self) -> None:
        try:
            who = self._who()
            preview = pd.erasure_preview(self.store, self.actor(), self.mobile.text(), self.id_number.text())
        except DomainError as err:
            self._show_person(lambda e=err: self._error(e), "error")
            return
        if not preview.total:
            self._show_person(lambda: self.tr("Nothing is held about %1.").replace("%1", who), "info")
            return
        reason_dialog = EraseReasonDialog(who, self)
        if reason_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        question = (self.tr("Erase the personal data of %1? Visits: %2, expected visits: %3, gate entries: %4. "
                            "Names, numbers and details are blanked for good; visit counts stay. "
                            "This cannot be undone.")
                    .replace("%1", who).replace("%2", str(preview.visits)).replace("%3", str(preview.appointments))
                    .replace("%4", str(preview.gate_entries)))
        if not self._confirm(self.tr("Erase personal data"), question):
            return
        try:
            report = pd.erase_person(self.store, self.actor(), self.mobile.text(), self.id_number.text(),
                                     reason_dialog.reason.text()).value
        except DomainError as err:
            self._show_person(lambda e=err: self._error(e), "error")
            return
        self.mobile.clear()
        self.id_number.clear()
        self._show_person(lambda: self.tr("Erased the data of %4. Visits: %1, expected visits: %2, gate entries: %3.")
                          .replace("%1", str(report.visits)).replace("%2", str(report.appointments))
                          .replace("%3", str(report.gate_entries)).replace("%4", who), "done")

    def _confirm(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=self)
        box.setObjectName("confirm")
        yes = box.addButton(self.tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("No"), QMessageBox.ButtonRole.RejectRole)
        yes.setAccessibleName("Yes")
        no.setAccessibleName("No")
        box.setDefaultButton(no)  # a stray Enter changes nothing
        box.exec()
        return box.clickedButton() is yes
