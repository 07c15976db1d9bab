"""Small widgets the console's sections build alike: a row of action buttons, a read-only list table, a date field."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QDateEdit, QHBoxLayout, QPushButton, QTableWidget,
                               QWidget)


def action_row(view: QWidget, actions: Iterable[tuple[str, str]], gap_after: str,
               primary: str = "") -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """One button per (key, accessible name), clicking view._on_<key>; a gap after `gap_after` parts the
    everyday actions from the rest, and a stretch ends the row (the caller may add more after it)."""
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for key, name in actions:
        button = QPushButton(objectName="primary" if key == primary else "")
        button.setAccessibleName(name)
        button.clicked.connect(getattr(view, f"_on_{key}"))
        buttons[key] = button
        row.addWidget(button)
        if key == gap_after:
            row.addSpacing(16)
    row.addStretch(1)
    return row, buttons


def record_table(columns: int, name: str) -> QTableWidget:
    """A read-only table of records, one selected row at a time, no row numbers; `name` is what a
    screen reader calls it, and its headers and corner button are named after it."""
    table = QTableWidget(0, columns)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setAccessibleName(f"{name} columns")
    table.verticalHeader().setAccessibleName(f"{name} rows")
    table.setCornerButtonEnabled(False)
    for button in table.findChildren(QAbstractButton):  # the corner button, even when disabled
        button.setAccessibleName("Select all rows")
    return table


def date_edit(name: str) -> QDateEdit:
    """A yyyy-MM-dd date with a calendar popup; its text field is named "<name> text"."""
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.lineEdit().setAccessibleName(f"{name} text")
    return edit
