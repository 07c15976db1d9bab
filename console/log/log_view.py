"""访客登记表 The visitor log: all history searched by name, pinyin, mobile, company, host and dates;
exported (PDF, Excel, CSV), archived day by day with who took it over; a full number revealed only with a
reason; visits marked confidential.

Numbers are masked here as everywhere; a revealed number shows in its own small dialog and never in the
table. The services check every permission; the buttons only follow the signed-in role."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.domain.permissions import Permission, can
from shared.qt.problems import error_text
from shared.qt.states import state_name
from shared.services.directory.hosts import host_directory
from shared.services.privacy import visitor_log as vl
from shared.services.site.sign_documents import document_titles
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.common.panel import ActorFn, DeskView
from console.common.widgets import action_row, date_edit, record_table
from console.log.log_actions import LogActions
from console.log.log_dialogs import ArchiveDialog, RevealDialog, RevealedDialog
from console.log.log_texts import _BUTTON_TEXTS, HEADERS, PERIODS, REFRESH_ON, _pydate, _qdate, _tr, translate

MAX_COLUMN_PX = 200


class LogView(LogActions, DeskView):
    """Search, page, export, archive, reveal, mark confidential. Calls the services itself."""

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(store, actor, parent)
        self._today = today
        self._page = vl.LogPage((), 0, 0, vl.PAGE_SIZE)
        self._page_no = 0
        self._keys: list[tuple[date, int] | None] = [None]  # where each page read so far starts
        self._stale = True
        self.file_dialog: QFileDialog | None = None
        self.reveal_dialog: RevealDialog | None = None
        self.revealed_dialog: RevealedDialog | None = None
        self.archive_dialog: ArchiveDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.records_dialog = None  # the selected visit's photo and signed copies

        self.title = QLabel(objectName="sectionTitle")
        self.search = QLineEdit()
        self.search.setAccessibleName("Search the visitor log")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.returnPressed.connect(self.run_search)
        self._typing = QTimer(self, singleShot=True, interval=400)
        self._typing.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._typing.start())
        self._changed = QTimer(self, singleShot=True, interval=1000)
        self._changed.timeout.connect(self.reload)
        self.period = QComboBox()
        self.period.setAccessibleName("Period")
        self.period.currentIndexChanged.connect(self._on_period)
        self.date_from = date_edit("From date")
        self.date_to = date_edit("To date")
        for edit in (self.date_from, self.date_to):
            edit.setDate(_qdate(self._today()))
            edit.dateChanged.connect(lambda _d: self.run_search())
        self.host = QComboBox()
        self.host.setAccessibleName("Host filter")
        self.host.setMinimumWidth(140)
        self.host.currentIndexChanged.connect(lambda _i: self.run_search())
        self.signed = QComboBox()
        self.signed.setAccessibleName("Signed filter")
        self.signed.currentIndexChanged.connect(lambda _i: self.run_search())
        self.search_button = QPushButton(objectName="primary")
        self.search_button.setAccessibleName("Search")
        self.search_button.clicked.connect(self.run_search)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.search, 2)
        top.addWidget(self.period)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        top.addWidget(self.host, 1)
        top.addWidget(self.signed)
        top.addWidget(self.search_button)

        actions, self.buttons = action_row(self, (("records", "Photo and documents"), ("export", "Export"),
                                                  ("archive", "Archive the day"),
                                                  ("reveal", "Reveal"), ("confidential", "Mark confidential"),
                                                  ("not_confidential", "Not confidential")), "archive")
        self.counts = QLabel(objectName="counts")
        self.counts.setAccessibleName("Log counts")
        self.newer = QPushButton()
        self.newer.setAccessibleName("Newer page")
        self.newer.clicked.connect(lambda: self.show_page(self._page_no - 1))
        self.older = QPushButton()
        self.older.setAccessibleName("Older page")
        self.older.clicked.connect(lambda: self.show_page(self._page_no + 1))
        actions.addWidget(self.counts)
        actions.addWidget(self.newer)
        actions.addWidget(self.older)

        self.table = record_table(len(HEADERS), "Visitor log")
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._load_hosts()
        self._on_period()
        name_qt_parts(self)

    # --- the query -------------------------------------------------------------------------

    def query(self, page: int = 0) -> vl.LogQuery:
        key = self.period.currentData()
        today = self._today()
        start, end = {
            "all": (None, None),
            "today": (today, today),
            "week": (today - timedelta(days=6), today),
            "month": (today - timedelta(days=29), today),
        }.get(key, (_pydate(self.date_from.date()), _pydate(self.date_to.date())))
        key = self._keys[page] if 0 < page < len(self._keys) else None
        return vl.LogQuery(self.search.text(), start, end, self.host.currentData(), page, older_than=key,
                           signed=self.signed.currentData() or "")

    def _on_period(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.run_search()

    def _load_hosts(self) -> None:
        if not self.signed_in():
            return
        current = self.host.currentData()
        self.host.blockSignals(True)
        self.host.clear()
        self.host.addItem(translate("VisitorLog", "All hosts"), None)
        for host in host_directory(self.store, self.actor()):
            self.host.addItem(host.name if not host.department else f"{host.name} · {host.department}", host.id)
        index = self.host.findData(current) if current is not None else 0
        self.host.setCurrentIndex(max(0, index))
        self.host.blockSignals(False)
        self._load_documents()

    def _load_documents(self) -> None:
        """"Signed the safety rules": one entry per document visitors have signed or sign now."""
        current = self.signed.currentData()
        self.signed.blockSignals(True)
        self.signed.clear()
        self.signed.addItem(translate("VisitorLog", "Signed: any or none"), None)
        for key, title in document_titles(self.store):
            self.signed.addItem(translate("VisitorLog", "Signed: %1").replace("%1", title), key)
        self.signed.setCurrentIndex(max(0, self.signed.findData(current)) if current else 0)
        self.signed.setVisible(self.signed.count() > 1)
        self.signed.blockSignals(False)

    def run_search(self) -> None:
        self._typing.stop()
        self._keys = [None]
        self.show_page(0)

    def show_page(self, page: int) -> None:
        """Pages are read from the last row of the one before (keyset): "older" remembers where it was."""
        page = min(max(0, page), len(self._keys))
        if page == len(self._keys):
            self._keys.append(self._page.last_key)
        if not self.isVisible():  # a hidden tab reads nothing: it reads when shown
            self._stale, self._page_no = True, max(0, page)
            return
        selected = self.selected()
        try:
            self._page = vl.search_log(self.store, self.actor(), self.query(max(0, page)))
        except DomainError as err:
            self.say(error_text(err), "error")
            return
        self._page_no = self._page.page
        self._stale = False
        self._fill(selected.visit_id if selected else None)

    def reload(self) -> None:
        self.show_page(self._page_no)

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & Changes.HOSTS:
            self._load_hosts()
        elif flags & Changes.SETTINGS and self.signed_in():  # a document added at the admin's desk
            self._load_documents()
        if flags & REFRESH_ON:
            if self.isVisible():
                self._changed.start()  # a busy morning: one query per second at most
            else:
                self._stale = True  # read again when shown: no queries for a hidden tab

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------

    def _fill(self, keep_id: int | None) -> None:
        rows = self._page.rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            state = state_name(row.state)
            if row.confidential:
                state = translate("VisitorLog", "%1 · confidential").replace("%1", state)
            id_shown = row.id_masked
            if row.id_source == "card":  # read off the card by a reader, not typed
                id_shown = translate("VisitorLog", "%1 · card").replace("%1", id_shown)
            texts = [row.visit_no, row.visit_date.isoformat(), vl.local_hm(row.checked_in_at),
                     vl.local_hm(row.checked_out_at), row.visitor_name, row.company, row.mobile_masked, id_shown,
                     row.host_name, row.purpose, row.plate, state]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.visit_id)
                self.table.setItem(r, c, item)
            if keep_id == row.visit_id:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        for column in range(len(HEADERS) - 1):  # a long company name must not push the state off screen
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_PX))
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        page = self._page
        if page.total == 0:
            self.counts.setText(translate("VisitorLog", "No visits found"))
        else:
            first = page.page * page.page_size + 1
            last = first + len(page.rows) - 1
            shown = translate("VisitorLog", "%1–%2 of more than %3 visits") if page.more_than_total else \
                translate("VisitorLog", "%1–%2 of %3 visits")
            self.counts.setText(shown.replace("%1", str(first)).replace("%2", str(last))
                                .replace("%3", f"{page.total:,}"))
        self.newer.setEnabled(page.page > 0)
        self.older.setEnabled(page.has_older)

    def selected(self) -> vl.LogRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._page.rows):
            return None
        return self._page.rows[rows[0].row()]

    def select_visit(self, visit_id: int) -> bool:
        for r, row in enumerate(self._page.rows):
            if row.visit_id == visit_id:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        actor = self.actor()
        row = self.selected()
        self.buttons["records"].setEnabled(row is not None)
        self.buttons["export"].setVisible(can(actor, Permission.EXPORT_LOG))
        self.buttons["archive"].setVisible(can(actor, Permission.EXPORT_LOG))
        self.buttons["reveal"].setVisible(can(actor, Permission.REVEAL))
        self.buttons["reveal"].setEnabled(row is not None and bool(row.mobile_masked or row.id_masked))
        marks = can(actor, Permission.MARK_CONFIDENTIAL)
        self.buttons["confidential"].setVisible(marks and not (row and row.confidential))
        self.buttons["confidential"].setEnabled(row is not None)
        self.buttons["not_confidential"].setVisible(marks and bool(row and row.confidential))

    def retranslate(self) -> None:
        self.title.setText(translate("VisitorLog", "Visitor log"))
        self.search.setPlaceholderText(translate("VisitorLog", "Name, pinyin, mobile, company, host or visit no."))
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for key, _name, text in PERIODS:
            self.period.addItem(_tr(text), key)
        self.period.setCurrentIndex(max(0, self.period.findData(current)))
        self.period.blockSignals(False)
        if self.host.count():
            self.host.setItemText(0, translate("VisitorLog", "All hosts"))
        self.search_button.setText(translate("VisitorLog", "Search"))
        for key, text, shortcut in _BUTTON_TEXTS:
            self.buttons[key].setText(_tr(text))
            if shortcut:
                self.buttons[key].setShortcut(QKeySequence(shortcut))
        self.buttons["reveal"].setToolTip(translate("VisitorLog", "Show a full mobile or ID number: you give a reason, and it is recorded."))
        self.buttons["confidential"].setToolTip(
            translate("VisitorLog", "Only security and administrators will find this visit; to others it does not exist."))
        self.newer.setText(translate("VisitorLog", "‹ Newer"))
        self.older.setText(translate("VisitorLog", "Older ›"))
        self.table.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        if self.reveal_dialog is not None:
            self.reveal_dialog.retranslate()
        if self.archive_dialog is not None:
            self.archive_dialog.retranslate()
        self._fill(self.selected().visit_id if self.selected() else None)
