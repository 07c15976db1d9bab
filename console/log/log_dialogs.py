"""The visitor log's small dialogs: why a number is revealed, the revealed number itself, archiving a day."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating
from shared.services.privacy import visitor_log as vl

from console.common.a11y import name_qt_parts
from console.common.widgets import date_edit
from console.log.log_texts import FIELDS, _pydate, _qdate, _tr, translate

REVEAL_SHOWN_MS = 60_000  # the revealed number closes itself: it must not stay on an unattended screen


def _form_dialog(dialog: QDialog, top: QLabel, fields: tuple[QWidget, ...], ok_name: str, problem_name: str,
                 min_width: int) -> None:
    """The shape both small dialogs share: a text on top, labelled fields, a problem line, Cancel and OK.
    Sets dialog.problem, .ok, .cancel, .labels and .form; OK calls dialog._on_ok."""
    dialog.problem = QLabel(objectName="problem", wordWrap=True)
    dialog.problem.setAccessibleName(problem_name)
    dialog.ok = QPushButton(objectName="primary")
    dialog.ok.setAccessibleName(ok_name)
    dialog.ok.setDefault(True)
    dialog.ok.clicked.connect(dialog._on_ok)
    dialog.cancel = QPushButton()
    dialog.cancel.setAccessibleName("Cancel")
    dialog.cancel.clicked.connect(dialog.reject)
    dialog.labels = {w: QLabel() for w in fields}
    dialog.form = QFormLayout()
    for widget, label in dialog.labels.items():
        label.setBuddy(widget)
        dialog.form.addRow(label, widget)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(dialog.cancel)
    buttons.addWidget(dialog.ok)
    layout = QVBoxLayout(dialog)
    layout.addWidget(top)
    layout.addLayout(dialog.form)
    layout.addWidget(dialog.problem)
    layout.addLayout(buttons)
    dialog.setMinimumWidth(min_width)


class RevealDialog(Retranslating, QDialog):
    """Which number and why; the answer (or the problem) comes from the view's callback."""

    def __init__(self, parent: QWidget, visit: vl.LogRow, reveal) -> None:
        super().__init__(parent, objectName="revealDialog")
        self.visit, self._reveal = visit, reveal
        self.field = QComboBox()
        self.field.setAccessibleName("Number to reveal")
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Reason")
        self.reason.setMaxLength(200)
        self.notice = QLabel(wordWrap=True)
        _form_dialog(self, self.notice, (self.field, self.reason), "Reveal", "Reveal problem", 420)
        self.retranslate()
        name_qt_parts(self)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("VisitorLog", "Reveal a full number"))
        current = self.field.currentData()
        self.field.clear()
        for key, text in FIELDS:
            self.field.addItem(_tr(text), key)
        if current:
            self.field.setCurrentIndex(self.field.findData(current))
        self.labels[self.field].setText(translate("VisitorLog", "Number"))
        self.labels[self.reason].setText(translate("VisitorLog", "Reason"))
        self.reason.setPlaceholderText(translate("VisitorLog", "Why you need it, e.g. the host asks to call the visitor"))
        self.notice.setText(translate("VisitorLog", "%1 (%2). The full number is shown once; your name and reason are recorded.")
                            .replace("%1", self.visit.visitor_name or "—").replace("%2", self.visit.visit_no))
        self.ok.setText(translate("VisitorLog", "Reveal"))
        self.cancel.setText(translate("VisitorLog", "Cancel"))

    def choose(self, field: str) -> None:
        self.field.setCurrentIndex(self.field.findData(field))

    def _on_ok(self) -> None:
        problem = self._reveal(self.visit, self.field.currentData(), self.reason.text())
        if problem:
            self.problem.setText(problem)
            return
        self.accept()


class RevealedDialog(QDialog):
    """The full number, on its own, for a minute: never copied into the table or the clipboard."""

    def __init__(self, parent: QWidget, visit: vl.LogRow, field_text: str, value: str) -> None:
        super().__init__(parent, objectName="revealedDialog")
        self.setWindowTitle(translate("VisitorLog", "Full number"))
        heading = QLabel(f"{visit.visitor_name} · {field_text}")
        self.value = QLabel(value, objectName="revealedValue")
        self.value.setAccessibleName("Revealed number")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        hint = QLabel(translate("VisitorLog", "This window closes by itself in a minute."))
        close = QPushButton(translate("VisitorLog", "Close"))
        close.setAccessibleName("Close")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.value)
        layout.addWidget(hint)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        QTimer.singleShot(REVEAL_SHOWN_MS, self, self.accept)

    def done(self, result: int) -> None:
        self.value.clear()  # gone from memory the screen reader or a grab could read
        super().done(result)


class ArchiveDialog(Retranslating, QDialog):
    """The day to close, who takes it over, where its PDF goes."""

    def __init__(self, parent: QWidget, day: date, folder: str, archive) -> None:
        super().__init__(parent, objectName="archiveDialog")
        self._archive = archive
        self.day = date_edit("Day to archive")
        self.day.setDate(_qdate(day))
        self.day.setMaximumDate(_qdate(date.today()))
        self.handed_to = QLineEdit()
        self.handed_to.setAccessibleName("Handed over to")
        self.handed_to.setMaxLength(80)
        self.folder = folder
        self.path = QLineEdit()
        self.path.setAccessibleName("PDF file")
        self.day.dateChanged.connect(lambda _d: self._default_path())
        self._default_path()
        self.intro = QLabel(wordWrap=True)
        _form_dialog(self, self.intro, (self.day, self.handed_to, self.path), "Archive", "Archive problem", 520)
        self.retranslate()
        name_qt_parts(self)

    def _default_path(self) -> None:
        self.path.setText(str(Path(self.folder) / f"访客登记表-{_pydate(self.day.date()).isoformat()}.pdf"))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("VisitorLog", "Archive the day's log"))
        self.intro.setText(translate("VisitorLog", "The day's log is closed, saved as a PDF and handed over. "
                               "A day is archived once."))
        for widget, text in ((self.day, QT_TRANSLATE_NOOP("VisitorLog", "Day")),
                             (self.handed_to, QT_TRANSLATE_NOOP("VisitorLog", "Handed over to")),
                             (self.path, QT_TRANSLATE_NOOP("VisitorLog", "PDF file"))):
            self.labels[widget].setText(_tr(text))
        self.handed_to.setPlaceholderText(translate("VisitorLog", "Who takes the log over, e.g. the security shift lead"))
        self.ok.setText(translate("VisitorLog", "Archive"))
        self.cancel.setText(translate("VisitorLog", "Cancel"))

    def _on_ok(self) -> None:
        problem = self._archive(_pydate(self.day.date()), self.handed_to.text(), self.path.text())
        if problem:
            self.problem.setText(problem)
            return
        self.accept()
