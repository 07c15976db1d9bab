"""What the security desk's tabs build and say alike: named fields, lists and forms, times, refusals."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from shared.domain.errors import DomainError
from shared.domain.permissions import NotPermitted
from shared.qt.problems import error_text, problem_text

DATA = Qt.ItemDataRole.UserRole


def security_error_text(err: DomainError) -> str:
    if isinstance(err, NotPermitted):
        return problem_text("permission", "denied")
    return error_text(err)


def when(at: datetime | None) -> str:
    if at is None:
        return ""
    local = at.astimezone()
    return f"{local:%H:%M}" if local.date() == datetime.now().astimezone().date() else f"{local:%m-%d %H:%M}"


def line_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    return edit


def named_button(name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(objectName="primary") if primary else QPushButton()
    button.setAccessibleName(name)
    return button


def list_view(name: str, object_name: str = "") -> QListWidget:
    view = QListWidget(objectName=object_name) if object_name else QListWidget()
    view.setAccessibleName(name)
    view.setWordWrap(True)  # a long reason or organisation wraps instead of hiding past the edge
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def problem_label(name: str) -> QLabel:
    label = QLabel(objectName="dialogProblem")
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def labelled_form(fields: tuple[QWidget, ...], button: QPushButton | None = None) -> tuple[QFormLayout, list[QLabel]]:
    """A form of the fields, each after a label the caller names in retranslate; the button under them."""
    form = QFormLayout()
    labels = [QLabel() for _ in fields]
    for label, field in zip(labels, fields):
        form.addRow(label, field)
    if button is not None:
        form.addRow("", button)
    return form, labels


def top_column(*parts: QWidget | QLayout) -> QVBoxLayout:
    """The parts one under another, kept together at the top when the column is taller."""
    column = QVBoxLayout()
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    return column
