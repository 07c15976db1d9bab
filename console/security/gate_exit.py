"""The gate desk's exit check: a scanned pass lists what came in; the guard counts what leaves."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from shared.domain.errors import DomainError
from shared.services.security import gate
from shared.services.security.gate import GateEntryView, plate_text

from console.security.gate_texts import (EXIT_COLUMNS, GREEN, RED, line_edit, plain_label, problem_text, translate,
                                         with_button)


class GateExitCheck:
    """GateView's exit half (mixed into it): look a pass up, mark differing counts, record the exit."""

    def _build_exit(self) -> QWidget:
        self.exit_box = QGroupBox()
        column = QVBoxLayout(self.exit_box)
        self.pass_code = line_edit("Pass code", 64)
        scan, self.look_up = with_button(self.pass_code, "Look up pass")
        column.addLayout(scan)
        self.exit_who = plain_label("exitWho", "Leaving")
        column.addWidget(self.exit_who)
        self.exit_items = QTableWidget(0, len(EXIT_COLUMNS))
        self.exit_items.setAccessibleName("Items leaving")
        self.exit_items.verticalHeader().hide()
        self.exit_items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exit_items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.exit_items.setMinimumHeight(100)
        self.exit_items.setMaximumHeight(140)
        column.addWidget(self.exit_items, 1)
        self.exit_note = line_edit("Exit note", 200)
        bottom, self.confirm_exit = with_button(self.exit_note, "Confirm exit")
        column.addLayout(bottom)
        self.exit_result = plain_label("exitResult", "Exit result")
        column.addWidget(self.exit_result)
        self.pass_code.returnPressed.connect(self.look_up_pass)  # the scanner's Enter
        self.look_up.clicked.connect(self.look_up_pass)
        self.confirm_exit.clicked.connect(self.confirm_exit_clicked)
        self._show_exit(None)
        return self.exit_box

    def look_up_pass(self) -> None:
        token = self.pass_code.text().strip()
        if not token:
            return
        try:
            entry = gate.find_pass(self.store, self.actor(), token)
        except DomainError as err:
            self._show_exit(None)
            self._exit_message(problem_text(err), RED)
            self.say(problem_text(err), "error")
            return
        self._show_exit(entry)
        self.confirm_exit.setFocus()

    def _show_exit(self, entry: GateEntryView | None) -> None:
        self._exit_entry = entry
        self.exit_items.setRowCount(0)
        self._exit_spins = []
        self.confirm_exit.setEnabled(entry is not None)
        self.exit_note.setEnabled(entry is not None)
        if entry is None:
            self.exit_who.setText(translate("GateView", "Scan a gate pass to see what came in."))
            return
        plate = f" · {plate_text(entry.plate)}" if entry.plate else ""
        self.exit_who.setText(f"{entry.pass_no} · {entry.person_name} · {entry.company or '—'}{plate}")
        self.exit_result.clear()
        self.exit_items.setRowCount(len(entry.items))
        for row, item in enumerate(entry.items):
            self.exit_items.setItem(row, 0, QTableWidgetItem(item.name))
            self.exit_items.setItem(row, 1, QTableWidgetItem(str(item.quantity_in)))
            spin = QSpinBox()
            spin.setRange(0, gate.QUANTITY_MAX)
            spin.setValue(item.quantity_in)
            spin.setAccessibleName(f"Out: {item.name}")
            spin.valueChanged.connect(lambda _=0, r=row: self._mark_row(r))
            self.exit_items.setCellWidget(row, 2, spin)
            self._exit_spins.append(spin)
        if not entry.items:
            self.exit_result.setText(translate("GateView", "No items came in with this pass."))
            self.exit_result.setStyleSheet("")

    def _mark_row(self, row: int) -> None:
        item = self._exit_entry.items[row]
        differs = self._exit_spins[row].value() != item.quantity_in
        colour = QColor(RED) if differs else QColor("#111827")
        for col in (0, 1):
            self.exit_items.item(row, col).setForeground(colour)
        self._exit_spins[row].setStyleSheet(f"color: {RED}; font-weight: 600;" if differs else "")
        if any(s.value() != i.quantity_in for s, i in zip(self._exit_spins, self._exit_entry.items)):
            self._exit_message(translate("GateView", "What leaves differs from what came in: it will be recorded."), RED)
        else:
            self.exit_result.clear()

    def _exit_message(self, text: str, colour: str) -> None:
        self.exit_result.setText(text)
        self.exit_result.setStyleSheet(f"color: {colour};")

    def confirm_exit_clicked(self) -> None:
        entry = self._exit_entry
        if entry is None:
            return
        counts = {item.id: spin.value() for item, spin in zip(entry.items, self._exit_spins)}
        try:
            done = gate.check_out_at_gate(self.store, self.actor(), entry.id, counts, self.exit_note.text()).value
        except DomainError as err:
            self._exit_message(problem_text(err), RED)
            self.say(problem_text(err), "error")
            return
        self._show_exit(None)
        self.pass_code.clear()
        self.exit_note.clear()
        if done.discrepancy:
            lines = [f"{i.name}: {i.quantity_in} → {i.quantity_out}" for i in done.items if i.differs]
            self._exit_message(translate("GateView", "Exit recorded for %1, with a difference:").replace("%1", done.person_name)
                               + "\n" + "\n".join(lines), RED)
            self.say(translate("GateView", "Exit recorded with a difference: %1").replace("%1", done.person_name), "error")
        else:
            self._exit_message(translate("GateView", "Exit recorded for %1: everything accounted for.")
                               .replace("%1", done.person_name), GREEN)
            self.say(translate("GateView", "Exit recorded: %1").replace("%1", done.person_name), "done")
        self.pass_code.setFocus()
        self.reload()
