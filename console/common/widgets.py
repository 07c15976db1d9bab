"""Small widgets the console's sections build alike: a read-only list table and a date field."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDateEdit, QTableWidget


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
