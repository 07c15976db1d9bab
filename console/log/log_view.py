"""访客登记表 The visitor log: all history searched by name, pinyin, mobile, company, host and dates;
exported (PDF, Excel, CSV), archived day by day with who took it over; a full number revealed only with a
reason; visits marked confidential.

Numbers are masked here as everywhere; a revealed number shows in its own small dialog and never in the
table. The services check every permission; the buttons only follow the signed-in role."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDateEdit, QDialog, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.qt.retranslate import Retranslating
from shared.qt.states import state_name
from shared.services.privacy import visitor_log as vl
from shared.services.directory.hosts import host_directory
from shared.domain.permissions import NotPermitted, Permission, can
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.log.log_pdf import write_log_pdf
from console.common.panel import ActorFn, DeskView

CONTEXT = "VisitorLog"


translate = QCoreApplication.translate  # lupdate reads translate("VisitorLog", "literal") calls


def _tr(text: str) -> str:
    """For text marked with QT_TRANSLATE_NOOP("VisitorLog", ...)."""
    return QCoreApplication.translate(CONTEXT, text)


HEADERS = (
    QT_TRANSLATE_NOOP("VisitorLog", "Visit no."),
    QT_TRANSLATE_NOOP("VisitorLog", "Date"),
    QT_TRANSLATE_NOOP("VisitorLog", "In"),
    QT_TRANSLATE_NOOP("VisitorLog", "Out"),
    QT_TRANSLATE_NOOP("VisitorLog", "Visitor"),
    QT_TRANSLATE_NOOP("VisitorLog", "Company"),
    QT_TRANSLATE_NOOP("VisitorLog", "Mobile"),
    QT_TRANSLATE_NOOP("VisitorLog", "ID number"),
    QT_TRANSLATE_NOOP("VisitorLog", "Host"),
    QT_TRANSLATE_NOOP("VisitorLog", "Purpose"),
    QT_TRANSLATE_NOOP("VisitorLog", "Plate"),
    QT_TRANSLATE_NOOP("VisitorLog", "State"),
)
# key, stable accessible name, text
PERIODS = (
    ("all", "All history", QT_TRANSLATE_NOOP("VisitorLog", "All history")),
    ("today", "Today", QT_TRANSLATE_NOOP("VisitorLog", "Today")),
    ("week", "Last 7 days", QT_TRANSLATE_NOOP("VisitorLog", "Last 7 days")),
    ("month", "Last 30 days", QT_TRANSLATE_NOOP("VisitorLog", "Last 30 days")),
    ("custom", "Dates", QT_TRANSLATE_NOOP("VisitorLog", "From – to")),
)
FIELDS = (("mobile", QT_TRANSLATE_NOOP("VisitorLog", "Mobile number")),
          ("id_number", QT_TRANSLATE_NOOP("VisitorLog", "ID number")))
_NOT_PERMITTED = QT_TRANSLATE_NOOP("VisitorLog", "Your role does not allow this. Please ask security or an administrator.")
REFRESH_ON = Changes.VISITS | Changes.HOSTS
_BUTTON_TEXTS = (
    ("export", QT_TRANSLATE_NOOP("VisitorLog", "Export…"), "Ctrl+E"),
    ("archive", QT_TRANSLATE_NOOP("VisitorLog", "Archive the day…"), ""),
    ("reveal", QT_TRANSLATE_NOOP("VisitorLog", "Reveal…"), ""),
    ("confidential", QT_TRANSLATE_NOOP("VisitorLog", "Mark confidential"), ""),
    ("not_confidential", QT_TRANSLATE_NOOP("VisitorLog", "Not confidential"), ""),
)
MAX_COLUMN_PX = 200
REVEAL_SHOWN_MS = 60_000  # the revealed number closes itself: it must not stay on an unattended screen


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.lineEdit().setAccessibleName(f"{name} text")
    return edit



def _form_dialog(dialog: QDialog, top: QLabel, fields: tuple[QWidget, ...], ok_name: str, problem_name: str,
                 min_width: int) -> None:
    """The shape both small dialogs share: a text on top, labelled fields, a problem line, Cancel and OK.
    Sets dialog.problem, .ok, .cancel, .labels and .form; OK calls dialog._on_ok."""
    dialog.problem = QLabel(objectName="problem", wordWrap=True)
    dialog.problem.setAccessibleName(problem_name)
    dialog.ok = QPushButton(objectName="primary")
    dialog.ok.setAccessibleName(ok_name)
    dialog.ok.setDefault(True)
    dialog.ok.clicked.connect(dialog._on_ok)
    dialog.cancel = QPushButton()
    dialog.cancel.setAccessibleName("Cancel")
    dialog.cancel.clicked.connect(dialog.reject)
    dialog.labels = {w: QLabel() for w in fields}
    dialog.form = QFormLayout()
    for widget, label in dialog.labels.items():
        label.setBuddy(widget)
        dialog.form.addRow(label, widget)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(dialog.cancel)
    buttons.addWidget(dialog.ok)
    layout = QVBoxLayout(dialog)
    layout.addWidget(top)
    layout.addLayout(dialog.form)
    layout.addWidget(dialog.problem)
    layout.addLayout(buttons)
    dialog.setMinimumWidth(min_width)

class RevealDialog(Retranslating, QDialog):
    """Which number and why; the answer (or the problem) comes from the view's callback."""

    def __init__(self, parent: QWidget, visit: vl.LogRow, reveal) -> None:
        super().__init__(parent, objectName="revealDialog")
        self.visit, self._reveal = visit, reveal
        self.field = QComboBox()
        self.field.setAccessibleName("Number to reveal")
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Reason")
        self.reason.setMaxLength(200)
        self.notice = QLabel(wordWrap=True)
        _form_dialog(self, self.notice, (self.field, self.reason), "Reveal", "Reveal problem", 420)
        self.retranslate()
        name_qt_parts(self)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("VisitorLog", "Reveal a full number"))
        current = self.field.currentData()
        self.field.clear()
        for key, text in FIELDS:
            self.field.addItem(_tr(text), key)
        if current:
            self.field.setCurrentIndex(self.field.findData(current))
        self.labels[self.field].setText(translate("VisitorLog", "Number"))
        self.labels[self.reason].setText(translate("VisitorLog", "Reason"))
        self.reason.setPlaceholderText(translate("VisitorLog", "Why you need it, e.g. the host asks to call the visitor"))
        self.notice.setText(translate("VisitorLog", "%1 (%2). The full number is shown once; your name and reason are recorded.")
                            .replace("%1", self.visit.visitor_name or "—").replace("%2", self.visit.visit_no))
        self.ok.setText(translate("VisitorLog", "Reveal"))
        self.cancel.setText(translate("VisitorLog", "Cancel"))

    def choose(self, field: str) -> None:
        self.field.setCurrentIndex(self.field.findData(field))

    def _on_ok(self) -> None:
        problem = self._reveal(self.visit, self.field.currentData(), self.reason.text())
        if problem:
            self.problem.setText(problem)
            return
        self.accept()


class RevealedDialog(QDialog):
    """The full number, on its own, for a minute: never copied into the table or the clipboard."""

    def __init__(self, parent: QWidget, visit: vl.LogRow, field_text: str, value: str) -> None:
        super().__init__(parent, objectName="revealedDialog")
        self.setWindowTitle(translate("VisitorLog", "Full number"))
        heading = QLabel(f"{visit.visitor_name} · {field_text}")
        self.value = QLabel(value, objectName="revealedValue")
        self.value.setAccessibleName("Revealed number")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        hint = QLabel(translate("VisitorLog", "This window closes by itself in a minute."))
        close = QPushButton(translate("VisitorLog", "Close"))
        close.setAccessibleName("Close")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.value)
        layout.addWidget(hint)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        QTimer.singleShot(REVEAL_SHOWN_MS, self, self.accept)

    def done(self, result: int) -> None:
        self.value.clear()  # gone from memory the screen reader or a grab could read
        super().done(result)


class ArchiveDialog(Retranslating, QDialog):
    """The day to close, who takes it over, where its PDF goes."""

    def __init__(self, parent: QWidget, day: date, folder: str, archive) -> None:
        super().__init__(parent, objectName="archiveDialog")
        self._archive = archive
        self.day = _date_edit("Day to archive")
        self.day.setDate(_qdate(day))
        self.day.setMaximumDate(_qdate(date.today()))
        self.handed_to = QLineEdit()
        self.handed_to.setAccessibleName("Handed over to")
        self.handed_to.setMaxLength(80)
        self.folder = folder
        self.path = QLineEdit()
        self.path.setAccessibleName("PDF file")
        self.day.dateChanged.connect(lambda _d: self._default_path())
        self._default_path()
        self.intro = QLabel(wordWrap=True)
        _form_dialog(self, self.intro, (self.day, self.handed_to, self.path), "Archive", "Archive problem", 520)
        self.retranslate()
        name_qt_parts(self)

    def _default_path(self) -> None:
        self.path.setText(str(Path(self.folder) / f"访客登记表-{_pydate(self.day.date()).isoformat()}.pdf"))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("VisitorLog", "Archive the day's log"))
        self.intro.setText(translate("VisitorLog", "The day's log is closed, saved as a PDF and handed over. "
                               "A day is archived once."))
        for widget, text in ((self.day, QT_TRANSLATE_NOOP("VisitorLog", "Day")),
                             (self.handed_to, QT_TRANSLATE_NOOP("VisitorLog", "Handed over to")),
                             (self.path, QT_TRANSLATE_NOOP("VisitorLog", "PDF file"))):
            self.labels[widget].setText(_tr(text))
        self.handed_to.setPlaceholderText(translate("VisitorLog", "Who takes the log over, e.g. the security shift lead"))
        self.ok.setText(translate("VisitorLog", "Archive"))
        self.cancel.setText(translate("VisitorLog", "Cancel"))

    def _on_ok(self) -> None:
        problem = self._archive(_pydate(self.day.date()), self.handed_to.text(), self.path.text())
        if problem:
            self.problem.setText(problem)
            return
        self.accept()


class LogView(DeskView):
    """Search, page, export, archive, reveal, mark confidential. Calls the services itself."""

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(store, actor, parent)
        self._today = today
        self._page = vl.LogPage((), 0, 0, vl.PAGE_SIZE)
        self._page_no = 0
        self._stale = True
        self.file_dialog: QFileDialog | None = None
        self.reveal_dialog: RevealDialog | None = None
        self.revealed_dialog: RevealedDialog | None = None
        self.archive_dialog: ArchiveDialog | None = None
        self.confirm_box: QMessageBox | None = None

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
        self.date_from = _date_edit("From date")
        self.date_to = _date_edit("To date")
        for edit in (self.date_from, self.date_to):
            edit.setDate(_qdate(self._today()))
            edit.dateChanged.connect(lambda _d: self.run_search())
        self.host = QComboBox()
        self.host.setAccessibleName("Host filter")
        self.host.setMinimumWidth(140)
        self.host.currentIndexChanged.connect(lambda _i: self.run_search())
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
        top.addWidget(self.search_button)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, name in (("export", "Export"), ("archive", "Archive the day"), ("reveal", "Reveal"),
                          ("confidential", "Mark confidential"), ("not_confidential", "Not confidential")):
            button = QPushButton()
            button.setAccessibleName(name)
            button.clicked.connect(getattr(self, f"_on_{key}"))
            self.buttons[key] = button
            actions.addWidget(button)
            if key == "archive":
                actions.addSpacing(16)
        actions.addStretch(1)
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

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName("Visitor log")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName("Visitor log columns")
        self.table.verticalHeader().setAccessibleName("Visitor log rows")
        self.table.setCornerButtonEnabled(False)
        for button in self.table.findChildren(QAbstractButton):
            button.setAccessibleName("Select all rows")
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
        return vl.LogQuery(self.search.text(), start, end, self.host.currentData(), page)

    def _on_period(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.run_search()

    def _load_hosts(self) -> None:
        current = self.host.currentData()
        self.host.blockSignals(True)
        self.host.clear()
        self.host.addItem(translate("VisitorLog", "All hosts"), None)
        for host in host_directory(self.store):
            self.host.addItem(host.name if not host.department else f"{host.name} · {host.department}", host.id)
        index = self.host.findData(current) if current is not None else 0
        self.host.setCurrentIndex(max(0, index))
        self.host.blockSignals(False)

    def run_search(self) -> None:
        self._typing.stop()
        self.show_page(0)

    def show_page(self, page: int) -> None:
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
            texts = [row.visit_no, row.visit_date.isoformat(), vl.local_hm(row.checked_in_at),
                     vl.local_hm(row.checked_out_at), row.visitor_name, row.company, row.mobile_masked, row.id_masked,
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
            self.counts.setText(translate("VisitorLog", "%1–%2 of %3 visits").replace("%1", str(first)).replace("%2", str(last))
                                .replace("%3", str(page.total)))
        self.newer.setEnabled(page.page > 0)
        self.older.setEnabled(page.page + 1 < page.pages)

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

    def _error(self, err: DomainError) -> str:
        text = _tr(_NOT_PERMITTED) if isinstance(err, NotPermitted) else error_text(err)
        self.say(text, "error")
        return text

    # --- export ----------------------------------------------------------------------------

    def _on_export(self) -> None:
        """Not blocking: the file dialog answers through fileSelected."""
        name = f"访客登记表-{vl.range_text(self.query()).replace(' – ', '_')}"
        filters = [translate("VisitorLog", "PDF, printable (*.pdf)"), translate("VisitorLog", "Excel workbook (*.xlsx)"), translate("VisitorLog", "CSV for Excel (*.csv)")]
        self.file_dialog = QFileDialog(self, translate("VisitorLog", "Export the visitor log"),
                                       str(Path(user_documents_dir()) / f"{name}.pdf"), ";;".join(filters))
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.filterSelected.connect(self._suffix_for_filter)
        self.file_dialog.setDefaultSuffix("pdf")
        self.file_dialog.fileSelected.connect(self.export_to)
        self.file_dialog.open()

    def _suffix_for_filter(self, name_filter: str) -> None:
        for suffix in vl.FORMATS:
            if f"*.{suffix}" in name_filter and self.file_dialog is not None:
                self.file_dialog.setDefaultSuffix(suffix)

    def export_to(self, path: str) -> int | None:
        """Every visit the current search finds (not only this page), as the file's type says."""
        fmt = Path(path).suffix.lower().lstrip(".")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a month's PDF takes seconds
        try:
            count = vl.export_log(self.store, self.actor(), self.query(), fmt, path,
                                  pdf_writer=write_log_pdf).value
        except DomainError as err:
            self._error(err)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.say(translate("VisitorLog", "Exported %1 visits to %2.").replace("%1", str(count)).replace("%2", Path(path).name), "done")
        return count

    # --- archive ---------------------------------------------------------------------------

    def _on_archive(self) -> None:
        folder = Path(user_documents_dir()) / "访客登记表"
        self.archive_dialog = ArchiveDialog(self, self._today(), str(folder), self.archive)
        self.archive_dialog.open()

    def archive(self, day: date, handed_to: str, pdf_path: str) -> str:
        """"" when done, else the problem, said in the dialog."""
        actor = self.actor()

        def write(rows, title, subtitle, path):
            note = f"交接：{actor.operator} → {handed_to.strip()}"
            write_log_pdf(rows, title, subtitle, path, note=note)

        try:
            if pdf_path:
                Path(pdf_path).parent.mkdir(parents=True, exist_ok=True)
            done = vl.archive_day(self.store, actor, day, handed_to, pdf_path, pdf_writer=write,
                                  today=self._today())
        except DomainError as err:
            return self._error(err)
        except OSError as err:
            self.say(str(err), "error")
            return str(err)
        archive = done.value
        self.say(translate("VisitorLog", "The log of %1 (%2 visits) is archived and handed over to %3.")
                 .replace("%1", archive.day.isoformat()).replace("%2", str(archive.rows))
                 .replace("%3", archive.handed_to), "done")
        return ""

    # --- reveal ----------------------------------------------------------------------------

    def _on_reveal(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.reveal_dialog = RevealDialog(self, row, self.reveal)
        if not row.mobile_masked:
            self.reveal_dialog.choose("id_number")
        self.reveal_dialog.open()

    def reveal(self, row: vl.LogRow, field: str, reason: str) -> str:
        """"" when shown, else the problem, said in the dialog."""
        try:
            value = vl.reveal(self.store, self.actor(), row.visit_id, field, reason).value
        except DomainError as err:
            return self._error(err)
        field_text = _tr(dict(FIELDS)[field])
        self.revealed_dialog = RevealedDialog(self, row, field_text, value)
        self.revealed_dialog.open()
        self.say(translate("VisitorLog", "Full %1 of %2 shown; the reveal is recorded.").replace("%1", field_text)
                 .replace("%2", row.visit_no), "info")
        return ""

    # --- confidential ----------------------------------------------------------------------

    def _on_confidential(self) -> None:
        row = self.selected()
        if row is None:
            return
        if can(self.actor(), Permission.SEE_CONFIDENTIAL):
            self.set_confidential(row.visit_id, True)
            return
        # Who cannot see confidential visits loses this one from sight: say so before.
        box = self.confirm_box = QMessageBox(
            QMessageBox.Icon.Question, translate("VisitorLog", "Mark confidential"),
            translate("VisitorLog", "Mark the visit of %1 confidential? Afterwards only security and administrators can find it; "
                "you will not see it again.").replace("%1", row.visitor_name), parent=self)
        yes = box.addButton(translate("VisitorLog", "Mark confidential"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(translate("VisitorLog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        yes.setAccessibleName("Confirm confidential")
        no.setAccessibleName("Cancel")
        box.setDefaultButton(no)
        box.buttonClicked.connect(lambda b: self.set_confidential(row.visit_id, True) if b is yes else None)
        box.open()

    def _on_not_confidential(self) -> None:
        row = self.selected()
        if row is not None:
            self.set_confidential(row.visit_id, False)

    def set_confidential(self, visit_id: int, confidential: bool) -> bool:
        try:
            visit = vl.set_confidential(self.store, self.actor(), visit_id, confidential).value
        except DomainError as err:
            self._error(err)
            self.reload()
            return False
        self.reload()
        text = (translate("VisitorLog", "%1 is marked confidential.") if confidential else translate("VisitorLog", "%1 is no longer confidential."))
        self.say(text.replace("%1", visit.visit_no), "done")
        return True
