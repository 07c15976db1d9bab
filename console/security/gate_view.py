"""The gate desk (门岗) for security: register who comes in and print the gate pass, see reception's
answer (a turned-away visitor's polite message to read out), and check people out at the exit.

A barcode scanner types the pass token and Enter into the pass field: the items that came in are
listed with how many leave (what came in, unless the guard changes it); a difference shows in red."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QFormLayout, QFrame, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError, NotFound, WatchlistMatch
from shared.qt.problems import error_text
from shared.services.security import gate
from shared.services.security.gate import GateEntryView, plate_text
from shared.domain.permissions import NotPermitted
from shared.services.desk.expected import active_hosts
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.common.host_picker import host_label
from console.common.panel import ActorFn, DeskView

CTX = "GateView"
RED, GREEN, AMBER = "#b91c1c", "#047857", "#b45309"
STATES = {
    "waiting": QT_TRANSLATE_NOOP("GateView", "Waiting for reception"),
    "admitted": QT_TRANSLATE_NOOP("GateView", "Let in"),
    "turned_away": QT_TRANSLATE_NOOP("GateView", "Turned away"),
    "exited": QT_TRANSLATE_NOOP("GateView", "Left"),
}
STATE_COLOURS = {"waiting": AMBER, "admitted": GREEN, "turned_away": RED, "exited": "#4b5563"}
COLUMNS = (
    QT_TRANSLATE_NOOP("GateView", "Time"), QT_TRANSLATE_NOOP("GateView", "Name and company"),
    QT_TRANSLATE_NOOP("GateView", "Host"), QT_TRANSLATE_NOOP("GateView", "Plate"),
    QT_TRANSLATE_NOOP("GateView", "State"), QT_TRANSLATE_NOOP("GateView", "Reception's answer"),
)
STATE_COL, ANSWER_COL = 4, 5
ITEM_COLUMNS = (QT_TRANSLATE_NOOP("GateView", "Item"), QT_TRANSLATE_NOOP("GateView", "Quantity"))
EXIT_COLUMNS = (QT_TRANSLATE_NOOP("GateView", "Item"), QT_TRANSLATE_NOOP("GateView", "In"),
                QT_TRANSLATE_NOOP("GateView", "Out"))
_TEXTS = {
    "not_permitted": QT_TRANSLATE_NOOP("GateView",
                                       "Only security staff can do this at the gate. Please ask the guard on duty."),
    "not_found": QT_TRANSLATE_NOOP("GateView", "This is not one of our gate passes."),
    "watchlist": QT_TRANSLATE_NOOP("GateView", "On the watchlist: %1 Not registered; the security desk has an alert."),
    "turned_away": QT_TRANSLATE_NOOP("GateView", "Host can't receive them. Please say: “%1”"),
    "receives": QT_TRANSLATE_NOOP("GateView", "Host receives them"),
    "told": QT_TRANSLATE_NOOP("GateView", "Reception has been told…"),
    "differs": QT_TRANSLATE_NOOP("GateView", "Items differ at the exit"),
}
_STYLE = """
QGroupBox { font-weight: 600; }
QLabel#gateBanner { font-size: 15px; font-weight: 600; padding: 8px 10px; border-radius: 6px; }
QLabel#gateProblem { color: #b91c1c; font-weight: 600; }
QLabel#exitResult { font-size: 14px; font-weight: 600; }
QLabel#exitWho { font-size: 14px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _clock(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def problem_text(err: DomainError) -> str:
    """error_text, plus the role refusal, which the shared table does not know."""
    if isinstance(err, NotPermitted):
        return _tr(_TEXTS["not_permitted"])
    if isinstance(err, NotFound):
        return _tr(_TEXTS["not_found"])
    if isinstance(err, WatchlistMatch):  # the guard is security: the reason is theirs to see
        return _tr(_TEXTS["watchlist"]).replace("%1", err.reason)
    return error_text(err)


def answer_text(entry: GateEntryView) -> str:
    """Reception's answer as the guard reads it: a turned-away visitor's message in quotes."""
    if entry.state == "turned_away":
        return _tr(_TEXTS["turned_away"]).replace("%1", entry.reception_answer)
    if entry.state in ("admitted", "exited") and entry.answered_by:
        text = _tr(_TEXTS["receives"])
        return f"{text}: {entry.reception_answer}" if entry.reception_answer else text
    if entry.state == "waiting":
        return _tr(_TEXTS["told"])
    return ""


class GateView(DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None, printer: str = "") -> None:
        super().__init__(store, actor, parent)
        self.printer = printer  # this station's printer for gate passes
        self.setStyleSheet(_STYLE)
        self._entries: list[GateEntryView] = []
        self._states: dict[int, str] | None = None  # to notice reception's answers as they arrive
        self._exit_entry: GateEntryView | None = None
        self._exit_spins: list[QSpinBox] = []

        outer = QHBoxLayout(self)
        outer.addWidget(self._build_form(), 0)
        right = QVBoxLayout()
        self.banner = QLabel(objectName="gateBanner")
        self.banner.setAccessibleName("Reception's answer")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
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
        right.addWidget(self.today_box, 1)
        right.addWidget(self._build_exit(), 0)
        outer.addLayout(right, 1)
        name_qt_parts(self)
        self.retranslate()
        self.reload()

    # --- building ------------------------------------------------------------------------------

    def _line(self, name: str, max_length: int = 80) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(max_length)
        return edit

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
        self.name = self._line("Name", 40)
        self.mobile = self._line("Mobile", 20)
        self.company = self._line("Company")
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
        self.plate = self._line("Plate", 12)
        self.parking = self._line("Parking spot", 40)
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
        self.item_name = self._line("Item name", 80)
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

    def _build_exit(self) -> QWidget:
        self.exit_box = QGroupBox()
        column = QVBoxLayout(self.exit_box)
        scan = QHBoxLayout()
        self.pass_code = self._line("Pass code", 64)
        self.look_up = QPushButton()
        self.look_up.setAccessibleName("Look up pass")
        scan.addWidget(self.pass_code, 1)
        scan.addWidget(self.look_up)
        column.addLayout(scan)
        self.exit_who = QLabel(objectName="exitWho")
        self.exit_who.setAccessibleName("Leaving")
        self.exit_who.setWordWrap(True)
        self.exit_who.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.exit_who)
        self.exit_items = QTableWidget(0, len(EXIT_COLUMNS))
        self.exit_items.setAccessibleName("Items leaving")
        self.exit_items.verticalHeader().hide()
        self.exit_items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exit_items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.exit_items.setMinimumHeight(100)
        self.exit_items.setMaximumHeight(140)
        column.addWidget(self.exit_items, 1)
        bottom = QHBoxLayout()
        self.exit_note = self._line("Exit note", 200)
        self.confirm_exit = QPushButton()
        self.confirm_exit.setAccessibleName("Confirm exit")
        bottom.addWidget(self.exit_note, 1)
        bottom.addWidget(self.confirm_exit)
        column.addLayout(bottom)
        self.exit_result = QLabel(objectName="exitResult")
        self.exit_result.setAccessibleName("Exit result")
        self.exit_result.setWordWrap(True)
        self.exit_result.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.exit_result)
        self.pass_code.returnPressed.connect(self.look_up_pass)  # the scanner's Enter
        self.look_up.clicked.connect(self.look_up_pass)
        self.confirm_exit.clicked.connect(self.confirm_exit_clicked)
        self._show_exit(None)
        return self.exit_box

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

    # --- registration --------------------------------------------------------------------------

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
        try:
            entry = gate.register_at_gate(
                self.store, self.actor(), person_name=self.name.text(), mobile=self.mobile.text(),
                company=self.company.text(), host_id=self.host_id(), kind=self.kind.currentData(),
                plate=self.plate.text(), parking_spot=self.parking.text(), items=self.item_rows(),
                printer=self.printer).value
        except DomainError as err:
            self._problem(problem_text(err))
            return
        self._problem("")
        for edit in (self.name, self.mobile, self.company, self.plate, self.parking, self.item_name):
            edit.clear()
        self.host.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.items.setRowCount(0)
        self.say(self.tr("Gate pass %1 is printing; reception has been asked about %2.")
                 .replace("%1", entry.pass_no).replace("%2", entry.person_name), "done")
        self.reload()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.say(text, "error")

    # --- today's entries -----------------------------------------------------------------------

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.GATE | Changes.HOSTS):
            self.reload()

    def reload(self) -> None:
        self._fill_hosts()
        self._entries = gate.gate_entries(self.store)
        self._notice_answers()
        self._fill_table()

    def entries(self) -> list[GateEntryView]:
        return list(self._entries)

    def _fill_hosts(self) -> None:
        chosen = self.host.currentText()
        self.host.blockSignals(True)
        self.host.clear()
        self.host.addItem("", None)
        for h in active_hosts(self.store):
            self.host.addItem(host_label(h), h.id)
        self.host.setEditText(chosen)
        self.host.blockSignals(False)

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

    # --- the exit check ------------------------------------------------------------------------

    def look_up_pass(self) -> None:
        token = self.pass_code.text().strip()
        if not token:
            return
        try:
            entry = gate.find_pass(self.store, token)
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
            self.exit_who.setText(self.tr("Scan a gate pass to see what came in."))
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
            self.exit_result.setText(self.tr("No items came in with this pass."))
            self.exit_result.setStyleSheet("")

    def _mark_row(self, row: int) -> None:
        item = self._exit_entry.items[row]
        differs = self._exit_spins[row].value() != item.quantity_in
        colour = QColor(RED) if differs else QColor("#111827")
        for col in (0, 1):
            self.exit_items.item(row, col).setForeground(colour)
        self._exit_spins[row].setStyleSheet(f"color: {RED}; font-weight: 600;" if differs else "")
        if any(s.value() != i.quantity_in for s, i in zip(self._exit_spins, self._exit_entry.items)):
            self._exit_message(self.tr("What leaves differs from what came in: it will be recorded."), RED)
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
            self._exit_message(self.tr("Exit recorded for %1, with a difference:").replace("%1", done.person_name)
                               + "\n" + "\n".join(lines), RED)
            self.say(self.tr("Exit recorded with a difference: %1").replace("%1", done.person_name), "error")
        else:
            self._exit_message(self.tr("Exit recorded for %1: everything accounted for.")
                               .replace("%1", done.person_name), GREEN)
            self.say(self.tr("Exit recorded: %1").replace("%1", done.person_name), "done")
        self.pass_code.setFocus()
        self.reload()
