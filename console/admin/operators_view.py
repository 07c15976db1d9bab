"""Who may sign in at the consoles, and as what: an administrator's page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.services.directory import operators
from shared.services.directory.operators import OperatorRecord, Role
from shared.store.engine import Store

from console.common.panel import ActorFn, DeskView
from console.common.signin import pin_field, role_name

RECORD_ROLE = Qt.ItemDataRole.UserRole


class OperatorsView(DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Operators")
        self.list = QListWidget(objectName="jobs")
        self.list.setAccessibleName("Operators list")
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.name = QLineEdit()
        self.name.setAccessibleName("New operator name")
        self.role = QComboBox()
        self.role.setAccessibleName("New operator role")
        self.role.view().setAccessibleName("Roles")
        self.pin = pin_field("New operator PIN")
        self.add_button = QPushButton(objectName="primary")
        self.add_button.setAccessibleName("Add operator")
        self.add_button.clicked.connect(self.add)
        self.pin_button = QPushButton()
        self.pin_button.setAccessibleName("Set a new PIN")
        self.pin_button.clicked.connect(self.set_pin)
        self.active_button = QPushButton()
        self.active_button.setAccessibleName("Deactivate or reactivate")
        self.active_button.clicked.connect(self.toggle_active)
        self.role_button = QPushButton()
        self.role_button.setAccessibleName("Change role")
        self.role_button.clicked.connect(self.change_role)

        self.heading = QLabel(objectName="panelHeading")
        self.form_heading = QLabel(objectName="groupTitle")
        form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.name, self.role, self.pin)):
            form.addRow(label, field)
        form.addRow("", self.add_button)
        buttons = QHBoxLayout()
        for button in (self.pin_button, self.role_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.form_heading)
        right.addLayout(form)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(left, 3)
        layout.addSpacing(24)
        layout.addLayout(right, 2)
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Operators"))
        self.form_heading.setText(self.tr("Add an operator"))
        for label, text in zip(self.labels, (self.tr("Name"), self.tr("Role"), self.tr("PIN (4 to 8 digits)"))):
            label.setText(text)
        current = self.role.currentData()
        self.role.clear()
        for role in Role:
            self.role.addItem(role_name(role), role)
        if current is not None:
            self.role.setCurrentIndex(self.role.findData(current))
        self.add_button.setText(self.tr("Add"))
        self.pin_button.setText(self.tr("Set a new PIN…"))
        self.role_button.setText(self.tr("Change role…"))
        self.reload()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if any(c.entity == "operator" for c in changes):
            self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.list.clear()
        for record in operators.operator_list(self.store):
            text = f"{record.name} · {role_name(record.role)}"
            if not record.active:
                text += " · " + self.tr("inactive")
            item = QListWidgetItem(text)
            item.setData(RECORD_ROLE, record)
            if not record.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if selected is not None and selected.id == record.id:
                item.setSelected(True)
        self._update_buttons()

    def selected(self) -> OperatorRecord | None:
        items = self.list.selectedItems()
        return items[0].data(RECORD_ROLE) if items else None

    def _update_buttons(self) -> None:
        record = self.selected()
        for button in (self.pin_button, self.role_button, self.active_button):
            button.setEnabled(record is not None)
        self.active_button.setText(self.tr("Reactivate") if record is not None and not record.active
                                   else self.tr("Deactivate"))

    def _call(self, service, *args, done: str, **kwargs) -> bool:
        try:
            service(self.store, self.actor(), *args, **kwargs)
        except DomainError as err:
            self.say(error_text(err), "error")
            return False
        self.say(done, "done")
        self.reload()
        return True

    def add(self) -> None:
        name = self.name.text()
        if self._call(operators.add_operator, name, self.role.currentData(), self.pin.text(),
                      done=self.tr("%1 can now sign in.").replace("%1", name.strip())):
            self.name.clear()
        self.pin.clear()

    def set_pin(self) -> None:
        record = self.selected()
        if record is None:
            return
        pin, ok = QInputDialog.getText(self, self.tr("New PIN"), self.tr("New PIN for %1 (4 to 8 digits):")
                                       .replace("%1", record.name), QLineEdit.EchoMode.Password)
        if ok:
            self._call(operators.update_operator, record.id, pin=pin,
                       done=self.tr("%1 has a new PIN.").replace("%1", record.name))

    def change_role(self) -> None:
        record = self.selected()
        if record is None:
            return
        names = [role_name(r) for r in Role]
        choice, ok = QInputDialog.getItem(self, self.tr("Change role"), record.name, names,
                                          list(Role).index(record.role), False)
        if ok:
            self._call(operators.update_operator, record.id, role=list(Role)[names.index(choice)],
                       done=self.tr("%1 is now %2.").replace("%1", record.name).replace("%2", choice))

    def toggle_active(self) -> None:
        record = self.selected()
        if record is not None:
            self._call(operators.update_operator, record.id, active=not record.active,
                       done=self.tr("Saved."))
