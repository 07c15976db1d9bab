"""The host directory as the desk keeps it: find, add, edit, deactivate, import the office's list.

Everyone can look a host up (a phone number for a visitor who is waiting); only admins change it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel,
                            QT_TRANSLATE_NOOP, Qt)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError, InvalidInput
from shared.qt.problems import HOSTS, problem_text
from shared.services.directory import hosts
from shared.services.directory.hosts import HostRecord
from shared.services.common.tables import ImportReport
from shared.store.engine import Store

from console.admin.host_dialog import (
    LANGUAGE_NAMES,
    HostDialog,
    channel_name,
    host_error_text,
    phone_display,
)
from console.common.import_report import ImportReportDialog
from console.common.panel import ActorFn, DeskView

CTX = "HostDirectory"
HOST_ROLE = Qt.ItemDataRole.UserRole
COL_NAME, COL_PINYIN, COL_NAME_EN, COL_DEPT, COL_EMAIL, COL_PHONE, COL_ASSISTANT, COL_CHANNEL, COL_STATUS = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("HostDirectory", "Name"),
    QT_TRANSLATE_NOOP("HostDirectory", "Pinyin"),
    QT_TRANSLATE_NOOP("HostDirectory", "English name"),
    QT_TRANSLATE_NOOP("HostDirectory", "Department"),
    QT_TRANSLATE_NOOP("HostDirectory", "E-mail"),
    QT_TRANSLATE_NOOP("HostDirectory", "Mobile"),
    QT_TRANSLATE_NOOP("HostDirectory", "Assistant"),
    QT_TRANSLATE_NOOP("HostDirectory", "Notify by"),
    QT_TRANSLATE_NOOP("HostDirectory", "Status"),
)
_INACTIVE = QT_TRANSLATE_NOOP("HostDirectory", "Inactive")
_INACTIVE_COLOUR = QColor("#9ca3af")
IMPORT_HINT = QT_TRANSLATE_NOOP(
    "HostDirectory", "A CSV or XLSX file with a header row: 姓名 / Name (required), 英文名, 部门 / Department, "
    "邮箱 / E-mail, 手机 / Mobile, 助理 / Assistant, 助理电话, 通知方式 / Channel, 语言 / Language. "
    "A row with the name of a host already listed updates that host; blank cells keep what is there.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class HostsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hosts: list[HostRecord] = []

    def reset(self, hosts_: list[HostRecord]) -> None:
        self.beginResetModel()
        self.hosts = list(hosts_)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hosts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        host = self.hosts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(host, index.column())
        if role == HOST_ROLE:
            return host
        if role == Qt.ItemDataRole.ForegroundRole and not host.active:
            return _INACTIVE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:  # a narrow column still shows all of it on hover
            return self._text(host, index.column()) or None
        return None

    @staticmethod
    def _text(host: HostRecord, col: int) -> str:
        if col == COL_NAME:
            return host.name
        if col == COL_PINYIN:
            return host.pinyin
        if col == COL_NAME_EN:
            return host.name_en
        if col == COL_DEPT:
            return host.department
        if col == COL_EMAIL:
            return host.email
        if col == COL_PHONE:
            return phone_display(host.phone)
        if col == COL_ASSISTANT:
            extra = phone_display(host.assistant_phone)
            return f"{host.assistant} {extra}".strip()
        if col == COL_CHANNEL:
            return f"{channel_name(host.notify_channel)} · {LANGUAGE_NAMES.get(host.language, host.language)}"
        return "" if host.active else _tr(_INACTIVE)


class HostFilter(QSortFilterProxyModel):
    """Name, English name, pinyin (with or without spaces), initials, department."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self._query:
            return True
        host: HostRecord = self.sourceModel().hosts[row]
        q, compact = self._query, self._query.replace(" ", "")
        return (q in host.name.casefold() or q in host.name_en.casefold() or q in host.department.casefold()
                or compact in host.pinyin.replace(" ", "") or host.initials.startswith(compact))


class HostsView(DeskView):
    """The directory table with a filter; Add / Edit / Deactivate / Import for admins."""

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Host directory")
        self.editable = False
        self.dialog: HostDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.model = HostsModel(self)
        self.proxy = HostFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()
        self.set_editable(False)
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.heading = QLabel(objectName="sectionTitle")
        self.counts = QLabel(objectName="counts")
        self.counts.setAccessibleName("Host counts")
        self.filter = QLineEdit(objectName="hostFilter")
        self.filter.setAccessibleName("Filter hosts")
        self.filter.setClearButtonEnabled(True)
        for button in self.filter.findChildren(QToolButton):
            button.setAccessibleName("Clear filter")
        self.filter.setMinimumWidth(340)
        self.filter.textChanged.connect(self._on_filter)
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        top.addWidget(self.filter)
        layout.addLayout(top)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, name, shortcut in (("add", "Add host", "Ctrl+N"), ("edit", "Edit host", "Ctrl+E"),
                                    ("active", "Deactivate host", "Ctrl+D"), ("import", "Import hosts", "Ctrl+I")):
            button = QPushButton(objectName="primary" if key == "add" else "")
            button.setAccessibleName(name)
            self.buttons[key] = button
            buttons.addWidget(button)
            QShortcut(QKeySequence(shortcut), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                      activated=button.animateClick)
        self.read_only_note = QLabel(objectName="counts")
        self.read_only_note.setAccessibleName("Read-only note")
        buttons.addWidget(self.read_only_note)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.buttons["add"].clicked.connect(self.add_host)
        self.buttons["edit"].clicked.connect(self.edit_selected)
        self.buttons["active"].clicked.connect(self.toggle_selected)
        self.buttons["import"].clicked.connect(self.choose_import_file)

        table = self.table = QTableView(objectName="hostTable")
        table.setAccessibleName("Host list")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.horizontalHeader().setAccessibleName("Host list columns")
        table.verticalHeader().setAccessibleName("Host list rows")
        for button in table.findChildren(QAbstractButton):  # the corner button, disabled but still there
            button.setAccessibleName("Select all rows")
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(34)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DEPT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in ((COL_NAME, 130), (COL_PINYIN, 120), (COL_NAME_EN, 130), (COL_EMAIL, 170),
                           (COL_PHONE, 120), (COL_ASSISTANT, 140), (COL_CHANNEL, 140), (COL_STATUS, 95)):
            table.setColumnWidth(col, width)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(table, 1)

    def title(self) -> str:
        return QCoreApplication.translate("HostDirectory", "Host directory")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.filter.setPlaceholderText(QCoreApplication.translate("HostDirectory", "Filter: name, pinyin, initials, department"))
        self.buttons["add"].setText(QCoreApplication.translate("HostDirectory", "Add…"))
        self.buttons["edit"].setText(QCoreApplication.translate("HostDirectory", "Edit…"))
        self.buttons["import"].setText(QCoreApplication.translate("HostDirectory", "Import…"))
        self.buttons["import"].setToolTip(_tr(IMPORT_HINT) + "\nCtrl+I")
        self.buttons["add"].setToolTip("Ctrl+N")
        self.buttons["edit"].setToolTip(QCoreApplication.translate("HostDirectory", "Or double-click a row.") + "\nCtrl+E")
        self.read_only_note.setText(QCoreApplication.translate("HostDirectory", "Only an administrator can change the directory."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self.model.reset(self.model.hosts)  # the channel and status columns are translated text
        self._update_buttons()
        self._show_counts()

    # --- state ---------------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in self.buttons.values():
            button.setVisible(editable)
        self.read_only_note.setVisible(not editable)
        self._update_buttons()

    def reload(self) -> None:
        selected = self.selected_host()
        self.model.reset(hosts.host_directory(self.store, self.actor()))
        if selected is not None:
            self.select_host(selected.id)
        self._show_counts()
        self._update_buttons()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & Changes.HOSTS:
            self.reload()

    def _show_counts(self) -> None:
        active = sum(h.active for h in self.model.hosts)
        inactive = len(self.model.hosts) - active
        text = QCoreApplication.translate("HostDirectory", "Active: %1").replace("%1", str(active))
        if inactive:
            text += " · " + QCoreApplication.translate("HostDirectory", "Inactive: %1").replace("%1", str(inactive))
        self.counts.setText(text)

    def _on_filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_host(self) -> HostRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(HOST_ROLE) if rows else None

    def select_host(self, host_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(HOST_ROLE).id == host_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        host = self.selected_host()
        self.buttons["edit"].setEnabled(host is not None)
        self.buttons["active"].setEnabled(host is not None)
        deactivate = host is None or host.active
        self.buttons["active"].setText(QCoreApplication.translate("HostDirectory", "Deactivate") if deactivate else QCoreApplication.translate("HostDirectory", "Reactivate"))
        self.buttons["active"].setAccessibleName("Deactivate host" if deactivate else "Reactivate host")
        self.buttons["active"].setToolTip(
            (QCoreApplication.translate("HostDirectory", "A host who left: kept for past visits, no longer offered to visitors.") if deactivate
             else QCoreApplication.translate("HostDirectory", "Offer this host to visitors again.")) + "\nCtrl+D")

    # --- actions -------------------------------------------------------------------------

    def add_host(self) -> None:
        if self.editable:
            self._open_dialog(None)

    def edit_selected(self) -> None:
        host = self.selected_host()
        if self.editable and host is not None:
            self._open_dialog(host)

    def _open_dialog(self, host: HostRecord | None) -> None:
        dialog = self.dialog = HostDialog(self, host)
        dialog.submitted.connect(lambda fields: self._save(dialog, fields))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save(self, dialog: HostDialog, fields: dict[str, str]) -> None:
        try:
            if dialog.host is None:
                saved = hosts.create_host(self.store, self.actor(), **fields).value
                self.say(QCoreApplication.translate("HostDirectory", "%1 added to the directory.").replace("%1", saved.name), "done")
            else:
                saved = hosts.update_host(self.store, self.actor(), dialog.host.id, **fields).value
                self.say(QCoreApplication.translate("HostDirectory", "%1 saved.").replace("%1", saved.name), "done")
        except DomainError as err:
            dialog.show_problem(err)
            return
        dialog.accept()
        self.filter.clear()
        self.reload()
        self.select_host(saved.id)

    def toggle_selected(self) -> None:
        host = self.selected_host()
        if not self.editable or host is None:
            return
        try:
            saved = hosts.set_host_active(self.store, self.actor(), host.id, not host.active).value
        except DomainError as err:
            self.say(host_error_text(err), "error")
            return
        self.reload()
        self.say((QCoreApplication.translate("HostDirectory", "%1 deactivated: visitors no longer see this host.") if not saved.active
                  else QCoreApplication.translate("HostDirectory", "%1 is active again.")).replace("%1", saved.name), "done")

    def choose_import_file(self) -> None:
        if not self.editable:
            return
        dialog = self.file_dialog = QFileDialog(self, QCoreApplication.translate("HostDirectory", "Import hosts"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([QCoreApplication.translate("HostDirectory", "Spreadsheets (*.csv *.xlsx)")])
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.fileSelected.connect(self.import_file)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def import_file(self, path: str) -> None:
        try:
            report = hosts.import_hosts(self.store, self.actor(), Path(path)).value
        except InvalidInput as err:
            self._show_report(None, err)
            self.say(QCoreApplication.translate("HostDirectory", "Nothing was imported.") + " " + host_error_text(err), "error")
            return
        self.reload()
        self._show_report(report, None)
        tone = "error" if report.rejected else "done"
        self.say(QCoreApplication.translate("HostDirectory", "Import: %1 added or updated, %2 not imported.").replace("%1", str(report.accepted))
                 .replace("%2", str(len(report.rejected))), tone)

    def _show_report(self, report: ImportReport | None, refusal: DomainError | None) -> None:
        def summary() -> str:
            if report is None:
                return QCoreApplication.translate("HostDirectory", "Nothing was imported.") + " " + host_error_text(refusal)
            text = QCoreApplication.translate("HostDirectory", "Hosts added or updated: %1.").replace("%1", str(report.accepted))
            if report.rejected:
                text += "\n" + QCoreApplication.translate("HostDirectory", "Lines not imported: %1. Please correct them in the file and import it again.").replace(
                    "%1", str(len(report.rejected)))
            return text

        dialog = self.report_dialog = ImportReportDialog(
            self, report, title=lambda: QCoreApplication.translate("HostDirectory", "Import hosts"), summary=summary,
            problem=lambda field, code: problem_text(field, code, HOSTS), list_name="Rejected lines")
        dialog.open()
