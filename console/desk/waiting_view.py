"""The waiting list (候客): who is checked in and not yet with their host, VIPs first, then the
longest wait, minutes ticking live; a row past its level's limit warns.

The window feeds it today's visits (show_visits, or follow() on its VisitsModel); the view picks
and orders the waiting ones itself (shared.services.desk.waiting_list)."""
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QItemSelectionModel, QModelIndex, QObject,
                            QT_TRANSLATE_NOOP, Qt, QTimer, Signal)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.model import ReceptionLevel, Visit
from shared.qt.states import state_name
from shared.services.desk import waiting as desk
from shared.store.engine import Store
from shared.store.types import utcnow

from console.common.panel import ActorFn, DeskView
from console.common.table_model import HeaderedTableModel
from console.desk.visits_model import COL_TOLD as MODEL_COL_TOLD, COL_WAITED as MODEL_COL_WAITED
from console.desk.host_answer_text import answer_overdue, answer_text
from console.desk.visits_model import Clock, VisitsModel

CTX = "WaitingView"
COL_VISITOR, COL_COMPANY, COL_PARTY, COL_HOST, COL_LEVEL, COL_STATE, COL_ROOM, COL_WAITED, COL_ANSWER = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("WaitingView", "Visitor"),
    QT_TRANSLATE_NOOP("WaitingView", "Company"),
    QT_TRANSLATE_NOOP("WaitingView", "Party"),
    QT_TRANSLATE_NOOP("WaitingView", "Host"),
    QT_TRANSLATE_NOOP("WaitingView", "Level"),
    QT_TRANSLATE_NOOP("WaitingView", "State"),
    QT_TRANSLATE_NOOP("WaitingView", "Room"),
    QT_TRANSLATE_NOOP("WaitingView", "Waited (min)"),
    QT_TRANSLATE_NOOP("WaitingView", "Host's answer"),
)
LEVEL_NAMES = {
    ReceptionLevel.STANDARD: QT_TRANSLATE_NOOP("WaitingView", "Standard"),
    ReceptionLevel.SENIOR: QT_TRANSLATE_NOOP("WaitingView", "Senior"),
    ReceptionLevel.VIP: QT_TRANSLATE_NOOP("WaitingView", "VIP"),
}
_HOST_UNKNOWN = QT_TRANSLATE_NOOP("WaitingView", "Host unknown")
_OVER_LIMIT = QT_TRANSLATE_NOOP("WaitingView", "Waiting longer than %1 min, the limit for this level")

TICK_MS = 15_000  # minutes are shown: a quarter-minute keeps them honest
GOLD, GOLD_TEXT = QColor("#f6d365"), QColor("#713f12")
AMBER, AMBER_TEXT = QColor("#fde68a"), QColor("#78350f")  # the host's own time has passed
WARN_BACKGROUND, WARN_TEXT = QColor("#fde8d7"), QColor("#b42318")
VISIT_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def level_name(level: ReceptionLevel) -> str:
    return _tr(LEVEL_NAMES[level])


class WaitingModel(HeaderedTableModel):
    """Rows are desk.WaitingRow values; the order is the desk's, not the person's to sort."""

    context, headers = CTX, HEADERS

    def __init__(self, now: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._visits: list[Visit] = []
        self.thresholds: dict[ReceptionLevel, int] = {}
        self.rows: list[desk.WaitingRow] = []

    def set_visits(self, visits: list[Visit]) -> None:
        self._visits = list(visits)
        self.beginResetModel()
        self.rows = desk.waiting_list(self._visits, self.thresholds, self._now())
        self.endResetModel()

    def tick(self) -> None:
        """New minutes and warnings; the order (by arrival) does not change with the clock."""
        fresh = desk.waiting_list(self._visits, self.thresholds, self._now())
        if [r.visit.id for r in fresh] != [r.visit.id for r in self.rows]:
            self.set_visits(self._visits)  # e.g. a changed threshold: keep it simple and correct
            return
        if fresh != self.rows or any(r.visit.host_eta for r in fresh):  # a host's time may have passed
            self.rows = fresh
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(HEADERS) - 1))

    def row_of(self, visit_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.visit.id == visit_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if col in (COL_PARTY, COL_WAITED) else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == VISIT_ROLE:
            return row.visit.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.FontRole and (row.vip or (row.overdue and col == COL_WAITED)):
            font = QFont()
            font.setBold(True)
            return font
        if col == COL_ANSWER and answer_overdue(row.visit, self._now()):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(AMBER)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(AMBER_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.vip and col == COL_LEVEL:
                return QBrush(GOLD)  # the gold mark, even on a row that also warns
            if row.overdue:
                return QBrush(WARN_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.vip and col == COL_LEVEL:
                return QBrush(GOLD_TEXT)
            if row.overdue and col == COL_WAITED:
                return QBrush(WARN_TEXT)
            if col == COL_HOST and not row.visit.host_name:
                return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ANSWER:
            return answer_text(row.visit, self._now()) or None  # the host's words in full
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return _tr(_OVER_LIMIT).replace("%1", str(self.thresholds.get(row.visit.level, 0)))
        return None

    def _display(self, row: desk.WaitingRow, col: int) -> str:
        visit = row.visit
        if col == COL_VISITOR:
            if visit.group_size:
                return f"{visit.visitor_name}  ({visit.member_no}/{visit.group_size})"
            return visit.visitor_name
        if col == COL_COMPANY:
            return visit.company
        if col == COL_PARTY:
            return str(row.party)
        if col == COL_HOST:
            return visit.host_name or _tr(_HOST_UNKNOWN)
        if col == COL_LEVEL:
            return f"★ {level_name(visit.level)}" if row.vip else level_name(visit.level)
        if col == COL_STATE:
            return state_name(visit.state)
        if col == COL_ROOM:
            return visit.room
        if col == COL_WAITED:
            # Not by colour alone: a warning mark a screen reader can say too.
            return f"⚠ {row.minutes}" if row.overdue else str(row.minutes)
        if col == COL_ANSWER:
            return answer_text(visit, self._now())
        return ""


class _BackgroundDelegate(QStyledItemDelegate):
    """The console's style sheet styles table items, which makes Qt drop the model's background
    colours: paint them first (the gold VIP mark, the warning rows), then the item as usual."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if brush is not None and (not selected or brush.color() == GOLD):  # the selection shows
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)


class WaitingView(DeskView):
    """visit_selected(visit_id) when the person picks a row; select_visit() follows the window's choice."""

    visit_selected = Signal(int)

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 now: Clock = utcnow, tick_ms: int = TICK_MS) -> None:
        super().__init__(store, actor, parent)
        self.model = WaitingModel(now, self)
        self.model.thresholds = desk.thresholds(store)
        self._restoring = False
        self._build()
        self._timer = QTimer(self, interval=tick_ms, timeout=self.tick)
        self._timer.start()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = QLabel(objectName="sectionTitle")
        self.counts = QLabel(objectName="counts")
        self.counts.setAccessibleName("Waiting counts")
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        layout.addLayout(top)
        table = self.table = QTableView(objectName="waitingTable")
        table.setAccessibleName("Waiting list")
        table.setModel(self.model)
        table.setItemDelegate(_BackgroundDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(36)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((150, 0, 60, 100, 90, 120, 160, 110, 0)):
            if width:
                header.resizeSection(col, width)
        # Company and the host's answer share what is left: no sideways scrolling on a 1280 px desk.
        header.setSectionResizeMode(COL_COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ANSWER, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        layout.addWidget(table, 1)
        self.empty = QLabel(objectName="waitingEmpty")
        self.empty.setAccessibleName("Nobody waiting")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7280; font-size: 13px; padding: 4px;")
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._show_counts)
        self.model.dataChanged.connect(lambda *_: self._show_counts())

    # --- feeding -------------------------------------------------------------------------

    def show_visits(self, visits: list[Visit]) -> None:
        """All of today's visits (any state): the waiting ones are shown, the selection kept."""
        selected = self.selected_visit_id()
        self._restoring = True
        try:
            self.model.set_visits(visits)
            if selected is not None:
                self._select_row(self.model.row_of(selected))
        finally:
            self._restoring = False

    def follow(self, visits_model: VisitsModel) -> None:
        """Keep showing the waiting ones of the window's live model of today's visits."""
        def changed(top_left: QModelIndex, bottom_right: QModelIndex, *_):
            if top_left.column() == bottom_right.column() and top_left.column() in (MODEL_COL_WAITED, MODEL_COL_TOLD):
                return  # that model's own minute tick (this view has its own), or a host told: not shown here
            self.show_visits(visits_model.visits())

        visits_model.dataChanged.connect(changed)
        visits_model.rowsInserted.connect(lambda *_: self.show_visits(visits_model.visits()))
        visits_model.rowsRemoved.connect(lambda *_: self.show_visits(visits_model.visits()))
        visits_model.modelReset.connect(lambda: self.show_visits(visits_model.visits()))
        self.show_visits(visits_model.visits())

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & Changes.SETTINGS:  # an admin changed a level's limit
            self.model.thresholds = desk.thresholds(self.store)
            self.tick()

    def tick(self) -> None:
        self.model.tick()

    # --- selection -----------------------------------------------------------------------

    def selected_visit_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].visit.id if rows else None

    def select_visit(self, visit_id: int) -> bool:
        """Show the window's chosen visit here too (no visit_selected back); False when not waiting."""
        self._restoring = True
        try:
            return self._select_row(self.model.row_of(visit_id))
        finally:
            self._restoring = False

    def _select_row(self, row: int | None) -> bool:
        if row is None:
            self.table.clearSelection()
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_selection(self, *_) -> None:
        if self._restoring:
            return
        visit_id = self.selected_visit_id()
        if visit_id is not None:
            self.visit_selected.emit(visit_id)

    # --- text ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Waiting"))
        self.empty.setText(self.tr("Nobody is waiting."))
        self.model.retranslate()
        self._show_counts()

    def _show_counts(self) -> None:
        rows = self.model.rows
        # People, not rows: a party's members have a row each, a walk-in may bring others along.
        people = sum(1 if r.visit.group_size else r.party for r in rows)
        text = self.tr("%1 waiting").replace("%1", str(people))
        if over := sum(r.overdue for r in rows):
            text += " · " + self.tr("%1 over the limit").replace("%1", str(over))
        self.counts.setText(text if rows else "")
        self.empty.setVisible(not rows)
