"""Parts Qt builds by itself inside a named widget (a table's headers and corner button, a combo box's
list, a line edit's clear button) get names derived from their owner, so a screen reader can say them."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit, QTableView,
                               QWidget)


def name_qt_parts(root: QWidget) -> None:
    for table in root.findChildren(QTableView):
        owner = table.accessibleName() or "Table"
        table.horizontalHeader().setAccessibleName(f"{owner} columns")
        table.verticalHeader().setAccessibleName(f"{owner} rows")
        for button in table.findChildren(QAbstractButton):
            if not button.accessibleName():
                button.setAccessibleName(f"Select all in {owner}")
    for combo in root.findChildren(QComboBox):
        if not combo.view().accessibleName():
            combo.view().setAccessibleName(f"{combo.accessibleName() or 'Choice'} list")
    for spin in root.findChildren(QAbstractSpinBox):
        for edit in spin.findChildren(QLineEdit):  # the text field inside a spin box or date edit
            if not edit.accessibleName():
                edit.setAccessibleName(spin.accessibleName() or "Value")
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QAbstractButton):
            if not button.accessibleName():
                button.setAccessibleName(f"Clear {edit.accessibleName() or 'text'}")
    for header in root.findChildren(QHeaderView):
        if not header.accessibleName():
            header.setAccessibleName("Columns")
