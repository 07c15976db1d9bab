"""An admin sets the desk's reminders: water after N minutes, host late after N minutes (0 = off),
and whether a room freed after a visit must be confirmed tidy. Bad values change nothing."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.services.site.settings import site_settings, update_settings
from shared.store.engine import Store

from console.common.form_dialog import RED, FormDialog, ProblemLine
from console.common.panel import ActorFn

MAX_MINUTES = 240  # as the settings service allows


class ReminderSettingsDialog(FormDialog):
    """saved(SiteSettings) after a successful save; the dialog then closes itself."""

    CONTEXT = "ReminderSettingsDialog"
    TITLE = QT_TRANSLATE_NOOP("ReminderSettingsDialog", "Reminders")
    OK_NAME, OK_TEXT = "Save", QT_TRANSLATE_NOOP("ReminderSettingsDialog", "Save")
    INTRO, PROBLEM_BY_BUTTONS, PROBLEM = True, False, ProblemLine(style=RED)
    GROW_FIELDS, DELETE_ON_CLOSE, SIZING = False, False, "text"
    saved = Signal(object)

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        current = site_settings(store)
        self.water = QLineEdit(str(current.water_after_min))
        self.host_late = QLineEdit(str(current.host_late_min))
        for edit in (self.water, self.host_late):
            edit.setMaximumWidth(80)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.returnPressed.connect(self.save)
        self.tidy = QCheckBox()
        self.tidy.setAccessibleName("Tidy reminder")
        self.tidy.setChecked(current.tidy_reminder)
        self.row("water", "Water after minutes", QT_TRANSLATE_NOOP("ReminderSettingsDialog", "Refill water after"),
                 self.water, self._with_unit(self.water), problem_line=False, buddy=False)
        self.row("host_late", "Host late after minutes",
                 QT_TRANSLATE_NOOP("ReminderSettingsDialog", "Host has not come after"), self.host_late,
                 self._with_unit(self.host_late), problem_line=False, buddy=False)
        self.form.addRow("", self.tidy)
        self.finish(420)

    def _with_unit(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        unit = QLabel()
        unit.setObjectName("unit")
        row.addWidget(unit)
        row.addStretch(1)
        return box

    def retranslate(self) -> None:
        super().retranslate()
        self.set_intro(self.tr("When should the desk be reminded? 0 turns a reminder off."))
        for unit in self.findChildren(QLabel, "unit"):
            unit.setText(self.tr("min"))
        self.tidy.setText(self.tr("Remind to tidy a room after each visit"))

    def _minutes(self, edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        if not text.isascii() or not text.isdigit():
            return None
        value = int(text)
        return value if value <= MAX_MINUTES else None

    def _submit(self) -> None:
        self.save()

    def save(self) -> None:
        water, late = self._minutes(self.water), self._minutes(self.host_late)
        bad = [key for key, value in (("water", water), ("host_late", late)) if value is None]
        if bad:
            edit, label = self.inputs[bad[0]], self.labels[bad[0]][0]
            self.show_error(self.tr("%1: please enter whole minutes from 0 to %2 (0 turns the reminder off).")
                            .replace("%1", label.text()).replace("%2", str(MAX_MINUTES)))
            edit.setFocus()
            edit.selectAll()
            return
        try:
            done = update_settings(self.store, self.actor(), water_after_min=water, host_late_min=late,
                                   tidy_reminder=self.tidy.isChecked())
        except DomainError as err:
            self.show_error(error_text(err))
            return
        self.show_error("")
        self.saved.emit(done.value)
        self.accept()
