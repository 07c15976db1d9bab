"""An admin sets the desk's reminders: water after N minutes, host late after N minutes (0 = off),
and whether a room freed after a visit must be confirmed tidy. Bad values change nothing."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.qt.retranslate import Retranslating
from shared.services.site.settings import site_settings, update_settings
from shared.store.engine import Store

from console.common.panel import ActorFn

MAX_MINUTES = 240  # as the settings service allows


class ReminderSettingsDialog(Retranslating, QDialog):
    """saved(SiteSettings) after a successful save; the dialog then closes itself."""

    saved = Signal(object)

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowModality(Qt.WindowModality.WindowModal)
        current = site_settings(store)
        layout = QVBoxLayout(self)
        self.intro = QLabel(objectName="dialogPrompt")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = self.form = QFormLayout()
        self.water = QLineEdit(str(current.water_after_min))
        self.water.setAccessibleName("Water after minutes")
        self.host_late = QLineEdit(str(current.host_late_min))
        self.host_late.setAccessibleName("Host late after minutes")
        for edit in (self.water, self.host_late):
            edit.setMaximumWidth(80)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.returnPressed.connect(self.save)
        self.tidy = QCheckBox()
        self.tidy.setAccessibleName("Tidy reminder")
        self.tidy.setChecked(current.tidy_reminder)
        self.water_label, self.host_label = QLabel(), QLabel()
        form.addRow(self.water_label, self._with_unit(self.water))
        form.addRow(self.host_label, self._with_unit(self.host_late))
        form.addRow("", self.tidy)
        layout.addLayout(form)
        self.problem = QLabel(objectName="dialogProblem")
        self.problem.setAccessibleName("Dialog problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c; font-weight: 600;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton()
        self.cancel.setAccessibleName("Cancel")
        self.cancel.clicked.connect(self.reject)
        self.ok = QPushButton(objectName="primary")
        self.ok.setAccessibleName("Save")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.save)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(420, self.sizeHint().height())

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
        self.setWindowTitle(self.tr("Reminders"))
        self.intro.setText(self.tr("When should the desk be reminded? 0 turns a reminder off."))
        self.water_label.setText(self.tr("Refill water after"))
        self.host_label.setText(self.tr("Host has not come after"))
        for unit in self.findChildren(QLabel, "unit"):
            unit.setText(self.tr("min"))
        self.tidy.setText(self.tr("Remind to tidy a room after each visit"))
        self.ok.setText(self.tr("Save"))
        self.cancel.setText(self.tr("Cancel"))

    def _minutes(self, edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        if not text.isascii() or not text.isdigit():
            return None
        value = int(text)
        return value if value <= MAX_MINUTES else None

    def save(self) -> None:
        water, late = self._minutes(self.water), self._minutes(self.host_late)
        bad = [(edit, label) for edit, label, value in ((self.water, self.water_label, water),
                                                         (self.host_late, self.host_label, late)) if value is None]
        if bad:
            edit, label = bad[0]
            self.show_problem(self.tr("%1: please enter whole minutes from 0 to %2 (0 turns the reminder off).")
                              .replace("%1", label.text()).replace("%2", str(MAX_MINUTES)))
            edit.setFocus()
            edit.selectAll()
            return
        try:
            done = update_settings(self.store, self.actor(), water_after_min=water, host_late_min=late,
                                   tidy_reminder=self.tidy.isChecked())
        except DomainError as err:
            self.show_problem(error_text(err))
            return
        self.show_problem("")
        self.saved.emit(done.value)
        self.accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
