"""The gate desk (门岗) for security: register who comes in and print the gate pass, see reception's
answer (a turned-away visitor's polite message to read out), and check people out at the exit.

A barcode scanner types the pass token and Enter into the pass field: the items that came in are
listed with how many leave (what came in, unless the guard changes it); a difference shows in red."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.services.security import gate
from shared.services.security.gate import GateEntryView, plate_text
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.common.panel import ActorFn, DeskView
from console.security.gate_copies import GateCopies
from console.security.gate_exit import GateExitCheck
from console.security.gate_register import GateRegistration
from console.security.gate_texts import (_STYLE, _TEXTS, ANSWER_COL, COLUMNS, EXIT_COLUMNS, GREEN, ITEM_COLUMNS, RED,
                                         STATE_COL, STATE_COLOURS, STATES, _clock, _tr, answer_text, plain_label)


class GateView(GateRegistration, GateExitCheck, DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None, printer: str = "") -> None:
        super().__init__(store, actor, parent)
        self.printer = printer  # this station's printer for gate passes
        self.setStyleSheet(_STYLE)
        self._entries: list[GateEntryView] = []
        self._states: dict[int, str] | None = None  # to notice reception's answers as they arrive
        self._exit_entry: GateEntryView | None = None
        self._exit_spins: list[QSpinBox] = []
        self.sign_dialog = None  # the gate document being signed (console/security/gate_sign.py)

        outer = QHBoxLayout(self)
        outer.addWidget(self._build_form(), 0)
        right = QVBoxLayout()
        self.banner = plain_label("gateBanner", "Reception's answer")
        self.banner.hide()
        right.addWidget(self.banner)
        self.today_box = QGroupBox()
        today = QVBoxLayout(self.today_box)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Gate entries today")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ANSWER_COL, QHeaderView.ResizeMode.Stretch)
        today.addWidget(self.table)
        self.copies = GateCopies(self.store, self.actor)
        today.addWidget(self.copies)
        self.table.itemSelectionChanged.connect(self._show_copies)
        right.addWidget(self.today_box, 1)
        right.addWidget(self._build_exit(), 0)
        outer.addLayout(right, 1)
        name_qt_parts(self)
        self.retranslate()
        self.reload()

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Register at the gate"))
        self.today_box.setTitle(self.tr("At the gate today"))
        self.exit_box.setTitle(self.tr("Exit check"))
        self.kind.setItemText(0, self.tr("Visitor"))
        self.kind.setItemText(1, self.tr("Driver"))
        for key, text in (("kind", self.tr("Kind")), ("name", self.tr("Name")), ("mobile", self.tr("Mobile")),
                          ("company", self.tr("Company")), ("host", self.tr("Host")),
                          ("plate", self.tr("Plate")), ("parking", self.tr("Parking spot"))):
            self.labels[key].setText(text)
        self.mobile.setPlaceholderText(self.tr("Optional"))
        self.plate.setPlaceholderText(self.tr("e.g. 粤B·D12345; empty if on foot"))
        self.host.lineEdit().setPlaceholderText(self.tr("Type a name, pinyin or department"))
        self.items_label.setText(self.tr("Carried items"))
        self.items.setHorizontalHeaderLabels([_tr(c) for c in ITEM_COLUMNS])
        self.item_name.setPlaceholderText(self.tr("Item, e.g. laptop"))
        self.add_item.setText(self.tr("Add item"))
        self.remove_item.setText(self.tr("Remove selected item"))
        self.register.setText(self.tr("Register and print pass"))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.pass_code.setPlaceholderText(self.tr("Scan the gate pass, or type its code and press Enter"))
        self.look_up.setText(self.tr("Look up"))
        self.exit_items.setHorizontalHeaderLabels([_tr(c) for c in EXIT_COLUMNS])
        self.exit_note.setPlaceholderText(self.tr("Note, e.g. why an item stays"))
        self.confirm_exit.setText(self.tr("Confirm exit"))
        self._fill_table()
        if self._exit_entry is None:  # a pass on screen keeps the guard's counts
            self.exit_who.setText(self.tr("Scan a gate pass to see what came in."))

    # --- today's entries -----------------------------------------------------------------------

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.GATE | Changes.HOSTS):
            self.reload()

    def reload(self) -> None:
        self._fill_hosts()
        self._entries = gate.gate_entries(self.store, self.actor())
        self._notice_answers()
        self._fill_table()

    def _show_copies(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        self.copies.show_entry(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def entries(self) -> list[GateEntryView]:
        return list(self._entries)

    def _notice_answers(self) -> None:
        """An answer that came in since the last look goes on the banner, where the guard sees it."""
        now = {e.id: e.state for e in self._entries}
        if self._states is not None:
            answered = [e for e in self._entries if self._states.get(e.id) == "waiting"
                        and e.state in ("admitted", "turned_away")]
            if answered:
                self._show_banner(answered[0])
        self._states = now

    def _show_banner(self, entry: GateEntryView) -> None:
        colour = RED if entry.state == "turned_away" else GREEN
        self.banner.setStyleSheet(f"background: {colour}; color: white;")
        self.banner.setText(f"{entry.person_name} · {entry.company or '—'}\n{answer_text(entry)}")
        self.banner.show()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._entries))
        for row, e in enumerate(self._entries):
            plate = plate_text(e.plate) if e.plate else ""
            who = f"{e.person_name}\n{e.company}" if e.company else e.person_name
            cells = (_clock(e.arrived_at), who, e.host_name, plate, _tr(STATES.get(e.state, e.state)),
                     answer_text(e))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                item.setToolTip(e.pass_no)
                if col in (STATE_COL, ANSWER_COL):
                    item.setForeground(QColor(STATE_COLOURS.get(e.state, "#111827")))
                    if e.state == "turned_away" or (e.state == "exited" and e.discrepancy):
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                if col == ANSWER_COL and e.state == "exited" and e.discrepancy:
                    item.setText(_tr(_TEXTS["differs"]))
                    item.setForeground(QColor(RED))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

