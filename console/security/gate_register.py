"""The gate desk's registration form: who comes in, for whom, with which car and items; the pass prints."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from shared.domain.errors import DomainError
from shared.services.desk.expected import active_hosts
from shared.services.security import gate
from shared.services.site.sign_documents import documents_for

from console.common.host_picker import host_label
from console.security.gate_sign import sign_in_turn
from console.security.gate_texts import line_edit, problem_text, translate


class GateRegistration:
    """GateView's form half (mixed into it): builds the form, keeps its items, registers the entry."""

    def _build_form(self) -> QWidget:
        self.form_box = QGroupBox()
        self.form_box.setMinimumWidth(380)
        self.form_box.setMaximumWidth(460)
        column = QVBoxLayout(self.form_box)
        self.form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind")
        self.kind.addItem("", "visitor")
        self.kind.addItem("", "driver")
        self.name = line_edit("Name", 40)
        self.mobile = line_edit("Mobile", 20)
        self.company = line_edit("Company")
        self.host = QComboBox()
        self.host.setEditable(True)
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.host.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.host.setMinimumContentsLength(14)
        self.host.setAccessibleName("Host")
        self.host.lineEdit().setAccessibleName("Host search")
        completer = QCompleter(self.host.model(), self.host)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.host.setCompleter(completer)
        self.plate = line_edit("Plate", 12)
        self.parking = line_edit("Parking spot", 40)
        self.labels = {key: QLabel() for key in ("kind", "name", "mobile", "company", "host", "plate", "parking")}
        for key, widget in (("kind", self.kind), ("name", self.name), ("mobile", self.mobile),
                            ("company", self.company), ("host", self.host), ("plate", self.plate),
                            ("parking", self.parking)):
            self.labels[key].setBuddy(widget)
            self.form.addRow(self.labels[key], widget)
        column.addLayout(self.form)

        self.items_label = QLabel()
        column.addWidget(self.items_label)
        self.items = QTableWidget(0, 2)
        self.items.setAccessibleName("Carried items")
        self.items.verticalHeader().hide()
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items.setMinimumHeight(120)
        column.addWidget(self.items, 1)
        adding = QHBoxLayout()
        self.item_name = line_edit("Item name", 80)
        self.item_qty = QSpinBox()
        self.item_qty.setAccessibleName("Item quantity")
        self.item_qty.setRange(1, gate.QUANTITY_MAX)
        self.add_item = QPushButton()
        self.add_item.setAccessibleName("Add item")
        self.remove_item = QPushButton()
        self.remove_item.setAccessibleName("Remove item")
        adding.addWidget(self.item_name, 1)
        adding.addWidget(self.item_qty)
        adding.addWidget(self.add_item)
        column.addLayout(adding)
        column.addWidget(self.remove_item, 0, Qt.AlignmentFlag.AlignRight)
        self.problem = QLabel(objectName="gateProblem")
        self.problem.setAccessibleName("Gate problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        self.register = QPushButton()
        self.register.setAccessibleName("Register and print pass")
        self.register.setDefault(True)
        column.addWidget(self.register)

        self.add_item.clicked.connect(self._add_item_clicked)
        self.item_name.returnPressed.connect(self._add_item_clicked)
        self.remove_item.clicked.connect(self._remove_item)
        self.register.clicked.connect(self.register_clicked)
        return self.form_box

    def _add_item_clicked(self) -> None:
        name = self.item_name.text().strip()
        if not name:
            self.item_name.setFocus()
            return
        self.add_item_row(name, self.item_qty.value())
        self.item_name.clear()
        self.item_qty.setValue(1)
        self.item_name.setFocus()

    def add_item_row(self, name: str, quantity: int) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        cell = QTableWidgetItem(name)
        self.items.setItem(row, 0, cell)
        spin = QSpinBox()
        spin.setRange(0, gate.QUANTITY_MAX)
        spin.setValue(quantity)
        spin.setAccessibleName(f"Quantity of item {row + 1}")
        self.items.setCellWidget(row, 1, spin)

    def _remove_item(self) -> None:
        rows = sorted({i.row() for i in self.items.selectedIndexes()}, reverse=True) or (
            [self.items.rowCount() - 1] if self.items.rowCount() else [])
        for row in rows:
            self.items.removeRow(row)
        for row in range(self.items.rowCount()):
            self.items.cellWidget(row, 1).setAccessibleName(f"Quantity of item {row + 1}")

    def item_rows(self) -> list[tuple[str, int]]:
        rows = []
        for row in range(self.items.rowCount()):
            cell = self.items.item(row, 0)
            rows.append((cell.text() if cell else "", self.items.cellWidget(row, 1).value()))
        return rows

    def host_id(self) -> int | None:
        text = self.host.currentText().strip()
        if not text:
            return None
        index = self.host.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.host.itemData(index) if index > 0 else -1  # -1: the service says "not in the directory"

    def register_clicked(self) -> None:
        """The site's gate documents first (each signed in a dialog), then the entry and its pass."""
        try:
            documents = documents_for(self.store, "gate")
        except DomainError as err:
            self._problem(problem_text(err))
            return
        if not documents or not self.name.text().strip():  # nobody named yet: the form's problems first
            self._register(())
            return
        refused = translate("GateView", "Not signed: no pass is printed. %1 may not come in.").replace(
            "%1", self.name.text().strip())
        sign_in_turn(self, documents, self.name.text().strip(), self._register, lambda: self._problem(refused))

    def _register(self, signatures) -> None:
        try:
            entry = gate.register_at_gate(
                self.store, self.actor(), person_name=self.name.text(), mobile=self.mobile.text(),
                company=self.company.text(), host_id=self.host_id(), kind=self.kind.currentData(),
                plate=self.plate.text(), parking_spot=self.parking.text(), items=self.item_rows(),
                printer=self.printer, signatures=signatures).value
        except DomainError as err:
            self._problem(problem_text(err))
            return
        self._problem("")
        for edit in (self.name, self.mobile, self.company, self.plate, self.parking, self.item_name):
            edit.clear()
        self.host.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.items.setRowCount(0)
        self.say(translate("GateView", "Gate pass %1 is printing; reception has been asked about %2.")
                 .replace("%1", entry.pass_no).replace("%2", entry.person_name), "done")
        self.reload()

    def fill_from_card(self, card) -> None:
        """A card on the gate's reader (shared.domain.id_card.IdCard): the person's name, as on the card;
        an expired card is said, not used."""
        if card.expired(date.today()):
            self._problem(translate("GateView", "This ID card has expired: check another document."))
            return
        self._problem("")
        self.name.setText(card.name)
        self.say(translate("GateView", "ID card read: %1.").replace("%1", card.name), "done")

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.say(text, "error")

    def _fill_hosts(self) -> None:
        chosen = self.host.currentText()
        self.host.blockSignals(True)
        self.host.clear()
        self.host.addItem("", None)
        for h in active_hosts(self.store):
            self.host.addItem(host_label(h), h.id)
        self.host.setEditText(chosen)
        self.host.blockSignals(False)
