"""The visitor log's small dialogs: why a number is revealed, the revealed number itself, archiving a day."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shared.services.privacy import visitor_log as vl

from console.common.form_dialog import FormDialog, ProblemLine
from console.common.widgets import date_edit
from console.log.log_texts import FIELDS, _pydate, _qdate, _tr, translate

REVEAL_SHOWN_MS = 60_000  # the revealed number closes itself: it must not stay on an unattended screen


class LogFormDialog(FormDialog):
    """A text on top, labelled fields, a problem line always there, Cancel and OK. OK asks the view's
    callback, which answers "" when done, else the problem to show."""

    CONTEXT = "VisitorLog"
    PROBLEM_BY_BUTTONS, GROW_FIELDS, WINDOW_MODAL, DELETE_ON_CLOSE, SIZING = False, False, False, False, "min"

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.intro = QLabel(wordWrap=True)  # unstyled, unlike INTRO's

    def answer(self) -> str:
        raise NotImplementedError

    def _submit(self) -> None:
        problem = self.answer()
        if problem:
            self.show_error(problem)
            return
        self.accept()


class RevealDialog(LogFormDialog):
    """Which number and why; the answer (or the problem) comes from the view's callback."""

    TITLE = QT_TRANSLATE_NOOP("VisitorLog", "Reveal a full number")
    OK_NAME, OK_TEXT = "Reveal", QT_TRANSLATE_NOOP("VisitorLog", "Reveal")
    PROBLEM = ProblemLine("problem", "Reveal problem", always=True)

    def __init__(self, parent: QWidget, visit: vl.LogRow, reveal) -> None:
        super().__init__(parent)
        self.setObjectName("revealDialog")
        self.visit, self._reveal = visit, reveal
        self.field = self.row("field", "Number to reveal", QT_TRANSLATE_NOOP("VisitorLog", "Number"), QComboBox(),
                              problem_line=False)
        self.reason = self.row("reason", "Reason", QT_TRANSLATE_NOOP("VisitorLog", "Reason"), QLineEdit(),
                               problem_line=False)
        self.reason.setMaxLength(200)
        self.finish(420)

    def retranslate(self) -> None:
        super().retranslate()
        current = self.field.currentData()
        self.field.clear()
        for key, text in FIELDS:
            self.field.addItem(_tr(text), key)
        if current:
            self.field.setCurrentIndex(self.field.findData(current))
        self.reason.setPlaceholderText(translate("VisitorLog", "Why you need it, e.g. the host asks to call the visitor"))
        self.intro.setText(translate("VisitorLog", "%1 (%2). The full number is shown once; your name and reason are recorded.")
                           .replace("%1", self.visit.visitor_name or "—").replace("%2", self.visit.visit_no))

    def choose(self, field: str) -> None:
        self.field.setCurrentIndex(self.field.findData(field))

    def answer(self) -> str:
        return self._reveal(self.visit, self.field.currentData(), self.reason.text())


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


class ArchiveDialog(LogFormDialog):
    """The day to close, who takes it over, where its PDF goes."""

    TITLE = QT_TRANSLATE_NOOP("VisitorLog", "Archive the day's log")
    OK_NAME, OK_TEXT = "Archive", QT_TRANSLATE_NOOP("VisitorLog", "Archive")
    PROBLEM = ProblemLine("problem", "Archive problem", always=True)

    def __init__(self, parent: QWidget, day: date, folder: str, archive) -> None:
        super().__init__(parent)
        self.setObjectName("archiveDialog")
        self._archive = archive
        self.day = self.row("day", "Day to archive", QT_TRANSLATE_NOOP("VisitorLog", "Day"),
                            date_edit("Day to archive"), problem_line=False)
        self.day.setDate(_qdate(day))
        self.day.setMaximumDate(_qdate(date.today()))
        self.handed_to = self.row("handed_to", "Handed over to", QT_TRANSLATE_NOOP("VisitorLog", "Handed over to"),
                                  QLineEdit(), problem_line=False)
        self.handed_to.setMaxLength(80)
        self.folder = folder
        self.path = self.row("path", "PDF file", QT_TRANSLATE_NOOP("VisitorLog", "PDF file"), QLineEdit(),
                             problem_line=False)
        self.day.dateChanged.connect(lambda _d: self._default_path())
        self._default_path()
        self.finish(520)

    def _default_path(self) -> None:
        self.path.setText(str(Path(self.folder) / f"访客登记表-{_pydate(self.day.date()).isoformat()}.pdf"))

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(translate("VisitorLog", "The day's log is closed, saved as a PDF and handed over. "
                                     "A day is archived once."))
        self.handed_to.setPlaceholderText(translate("VisitorLog", "Who takes the log over, e.g. the security shift lead"))

    def answer(self) -> str:
        return self._archive(_pydate(self.day.date()), self.handed_to.text(), self.path.text())
