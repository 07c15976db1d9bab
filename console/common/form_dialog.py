"""The console's form dialogs share one shape: labelled rows, each input with its problem line under it,
a problem line by the buttons, Cancel and OK. A dialog only collects: OK emits `submitted`, the view calls
the service and either closes the dialog or shows the problems next to their fields (nothing saved)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from shared.qt.problems import VISITOR, problem_text
from shared.qt.retranslate import Retranslating

from console.common.a11y import name_qt_parts

RED = "color: #b91c1c; font-weight: 600;"


@dataclass(frozen=True)
class ProblemLine:
    """The dialog's own problem line, as each dialog had it before they shared this class."""
    name: str = "dialogProblem"
    accessible: str = "Dialog problem"
    style: str = ""
    wrap: bool = True
    always: bool = False  # shown even when empty (its room kept)


class FormDialog(Retranslating, QDialog):
    """Subclasses add rows with `row(key, accessible name, label source, widget)`, the label a source in
    their CONTEXT, then call `finish()`."""

    CONTEXT = "FormDialog"
    TITLE = ""
    OK_NAME, OK_TEXT = "OK", QT_TRANSLATE_NOOP("FormDialog", "OK")
    WORDING = VISITOR  # the problems' wording (shared.qt.problems)
    ROW_OF: dict[str, str] = {}  # a problem's field -> the row that shows it, when they differ
    LOOSE_ROW: str | None = None  # the row for a problem that has none; None: by the buttons
    INTRO = False  # a text above the form (set_intro)
    PROBLEM_BY_BUTTONS = True  # else the dialog's problem has its own line above them
    PROBLEM = ProblemLine()
    GROW_FIELDS = True  # else the fields grow as the style says
    WINDOW_MODAL = True
    DELETE_ON_CLOSE = True  # False when the caller reads the dialog after it closes
    SIZING = "blank"  # finish's size from the layout before any text is in; "text": after; "min": a minimum width
    submitted = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        if self.DELETE_ON_CLOSE:
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.WINDOW_MODAL:
            self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        if self.GROW_FIELDS:
            self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, tuple[QLabel, str]] = {}
        self.problems: dict[str, QLabel] = {}
        self._shown: dict[str, str] = {}
        self.intro: QLabel | None = None
        if self.INTRO:
            self.intro = QLabel(objectName="dialogPrompt")
            self.intro.setWordWrap(True)
            self.intro.setTextFormat(Qt.TextFormat.PlainText)
            self.intro.hide()
        self.problem = QLabel(objectName=self.PROBLEM.name)
        self.problem.setAccessibleName(self.PROBLEM.accessible)
        if self.PROBLEM.style:
            self.problem.setStyleSheet(self.PROBLEM.style)
        self.problem.setWordWrap(self.PROBLEM.wrap)
        if not self.PROBLEM.always:
            self.problem.hide()
        self.ok = QPushButton(objectName="primary")
        self.ok.setAccessibleName(self.OK_NAME)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._submit)
        self.cancel = QPushButton()
        self.cancel.setAccessibleName("Cancel")
        self.cancel.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        if self.PROBLEM_BY_BUTTONS:
            self.buttons.addWidget(self.problem, 1)
        else:
            self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel)
        self.buttons.addWidget(self.ok)

    def _t(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def row(self, key: str, name: str, label: str, widget: QWidget, field: QWidget | None = None,
            problem_line: bool = True, buddy: bool = True) -> QWidget:
        """`field`: what goes in the form when it is more than the input (a line of several)."""
        widget.setAccessibleName(name)
        self.inputs[key] = widget
        text = QLabel()
        if buddy:
            text.setBuddy(widget)
        self.labels[key] = (text, label)
        if not problem_line:
            self.form.addRow(text, field or widget)
            return widget
        problem = QLabel(objectName="fieldProblem")
        problem.setAccessibleName(f"{name} problem")
        problem.setWordWrap(True)
        problem.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
        problem.setStyleSheet(RED)
        problem.hide()
        self.problems[key] = problem
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field or widget)
        column.addWidget(problem)
        self.form.addRow(text, cell)
        return widget

    def section(self, text: str) -> None:
        """A heading across the form (text: a source in CONTEXT)."""
        heading = QLabel(objectName="formSection")
        heading.setStyleSheet("font-weight: 600; color: #374151; padding-top: 6px;")
        self.labels[f"section:{text}"] = (heading, text)
        self.form.addRow(heading)

    def finish(self, width: int = 460, height: int | None = None, scroll: bool | None = None) -> None:
        """height: the dialog's (else its size hint's, see SIZING); the form scrolls inside it unless
        scroll=False."""
        layout = QVBoxLayout(self)
        if self.intro is not None:
            layout.addWidget(self.intro)
        if not (height is not None if scroll is None else scroll):
            layout.addLayout(self.form)
        else:
            page = QWidget()
            page.setLayout(self.form)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(page)
            layout.addWidget(area, 1)
        if not self.PROBLEM_BY_BUTTONS:
            layout.addWidget(self.problem)
        layout.addLayout(self.buttons)
        name_qt_parts(self)
        if self.SIZING == "blank":
            self.resize(width, self.sizeHint().height() if height is None else height)
        self.retranslate()
        if self.SIZING == "text":
            self.resize(width, self.sizeHint().height() if height is None else height)
        elif self.SIZING == "min":
            self.setMinimumWidth(width)

    def retranslate(self) -> None:
        self.setWindowTitle(self._t(self.TITLE))
        for label, text in self.labels.values():
            label.setText(self._t(text))
        self.ok.setText(self._t(self.OK_TEXT))
        self.cancel.setText(QCoreApplication.translate("FormDialog", "Cancel"))
        if self._shown:
            self.show_problems(self._shown)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def _submit(self) -> None:
        self.submitted.emit(self.value())

    def value(self):
        raise NotImplementedError

    def row_of(self, field: str) -> str | None:
        key = self.ROW_OF.get(field, field)
        return key if key in self.problems else self.LOOSE_ROW

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each problem under its row, the first such row focused; one without a row goes by the buttons."""
        self._shown = dict(problems)
        texts: dict[str, list[str]] = {}
        loose: list[str] = []
        for field, code in problems.items():
            key = self.row_of(field)
            text = problem_text(field, code, self.WORDING)
            (texts.setdefault(key, []) if key in self.problems else loose).append(text)
        first = None
        for key, label in self.problems.items():
            label.setText("\n".join(texts.get(key, [])))
            label.setVisible(key in texts)
            if key in texts and first is None:
                first = key
        summary = " ".join(loose) or (QCoreApplication.translate("FormDialog", "Please correct the marked fields.")
                                      if texts else "")
        self.problem.setText(summary)
        self.problem.setVisible(bool(summary) or self.PROBLEM.always)
        if first is not None:
            self.inputs[first].setFocus()

    def show_error(self, text: str) -> None:
        """A refusal that is no field's (a role, a state): by the buttons, the dialog stays open."""
        self._shown = {}
        for label in self.problems.values():
            label.hide()
        self.problem.setText(text)
        self.problem.setVisible(bool(text) or self.PROBLEM.always)

    def problem_texts(self) -> dict[str, str]:
        """What is shown under each row now (for tests and screen readers)."""
        return {k: v.text() for k, v in self.problems.items() if not v.isHidden()}
