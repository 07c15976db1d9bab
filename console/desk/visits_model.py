"""Today's visits as a table model, updated row by row as changes arrive."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor, QFont

from shared.domain.profiles import CLINIC
from shared.domain.model import Visit
from shared.domain.pinyin import pinyin_keys
from shared.services.notifications import NotificationView
from shared.domain.states import ON_SITE, WAITING, VisitState
from shared.qt.states import state_name

from console.common.table_model import HeaderedTableModel

Clock = Callable[[], datetime]

COL_VISIT_NO, COL_VISITOR, COL_COMPANY, COL_HOST, COL_STATE, COL_CHECKED_IN, COL_WAITED, COL_TOLD = range(8)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # lower-case text the search box matches: names, pinyin, company, host

# A walk-in whose host was not in the directory: reception finds the host.
_HOST_UNKNOWN = QT_TRANSLATE_NOOP("VisitsModel", "Host unknown: please find")

HEADERS = (
    QT_TRANSLATE_NOOP("VisitsModel", "Visit no."),
    QT_TRANSLATE_NOOP("VisitsModel", "Visitor"),
    QT_TRANSLATE_NOOP("VisitsModel", "Company"),
    QT_TRANSLATE_NOOP("VisitsModel", "Host"),
    QT_TRANSLATE_NOOP("VisitsModel", "State"),
    QT_TRANSLATE_NOOP("VisitsModel", "Checked in"),
    QT_TRANSLATE_NOOP("VisitsModel", "Waited"),
    QT_TRANSLATE_NOOP("VisitsModel", "Host told"),
)
# A clinic's lists name patients and doctors (shared.domain.profiles).
CLINIC_HEADERS = (HEADERS[0], QT_TRANSLATE_NOOP("VisitsModel", "Patient"), HEADERS[2],
                  QT_TRANSLATE_NOOP("VisitsModel", "Doctor"), *HEADERS[4:7], QT_TRANSLATE_NOOP("VisitsModel", "Doctor told"))

# The newest notification to the host, as the desk needs to know it: did the host get word?
_TOLD = {
    "queued": QT_TRANSLATE_NOOP("VisitsModel", "Sending…"),
    "sending": QT_TRANSLATE_NOOP("VisitsModel", "Sending…"),
    "sent": QT_TRANSLATE_NOOP("VisitsModel", "✓ %1"),
    "failed": QT_TRANSLATE_NOOP("VisitsModel", "✗ Failed: call"),
    "skipped": QT_TRANSLATE_NOOP("VisitsModel", "Not sent"),
}
_TOLD_COLOURS = {"failed": "#b91c1c", "skipped": "#b45309", "sent": "#047857"}

TICK_MS = 15_000  # minutes are shown, so a quarter-minute keeps them honest without churn

# Colour by what the desk has to do: on site needs attention, finished visits fade.
_STATE_COLOURS = {
    VisitState.CHECKED_IN: "#1d4ed8",
    VisitState.HOST_NOTIFIED: "#1d4ed8",
    VisitState.WAITING: "#b45309",
    VisitState.WITH_HOST: "#047857",
    VisitState.AT_DESK: "#b45309",
}
_FINISHED_COLOUR = "#6b7280"


def _utcnow() -> datetime:
    return datetime.now(UTC)


def waited_minutes(visit: Visit, now: datetime) -> int | None:
    """Minutes in the lobby: still ticking while the visitor waits, fixed once they met the host or left."""
    if visit.checked_in_at is None:
        return None
    if visit.state in WAITING:
        end = now
    elif visit.waited_until is not None:
        end = visit.waited_until
    else:
        return None
    return max(0, int((end - visit.checked_in_at).total_seconds() // 60))


class VisitsModel(HeaderedTableModel):
    """Rows are frozen Visit values; an update replaces one value, never the whole list."""

    context, headers = "VisitsModel", HEADERS

    def __init__(self, now: Clock = _utcnow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._visits: list[Visit] = []
        self._row_of: dict[int, int] = {}
        self._told: dict[int, NotificationView] = {}
        self._search: dict[int, str] = {}  # visit id -> search text, built when first asked
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def word_for(self, profile: str) -> None:
        """The site's profile words the columns: a clinic's patients and doctors."""
        self.headers = CLINIC_HEADERS if profile == CLINIC else HEADERS
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    # --- updates -------------------------------------------------------------------------

    def reset(self, visits: list[Visit]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self._search.clear()
        self._reindex()
        self.endResetModel()

    def set_notifications(self, told: dict[int, NotificationView], replace_all: bool = False) -> None:
        """The newest host notification per visit; repaints only the rows whose word changed."""
        if replace_all:
            changed = set(self._told) | set(told)
            self._told = dict(told)
        else:
            changed = {vid for vid, note in told.items() if self._told.get(vid) != note}
            self._told.update(told)
        rows = [row for vid in changed if (row := self._row_of.get(vid)) is not None]
        if rows:  # one signal for the column: a signal per row makes every listener run per row
            self.dataChanged.emit(self.index(min(rows), COL_TOLD), self.index(max(rows), COL_TOLD))

    def notification_of(self, visit_id: int) -> NotificationView | None:
        return self._told.get(visit_id)

    def upsert(self, visits: list[Visit]) -> None:
        """Replace known visits in place; add new ones only if they are today's."""
        fresh = []
        for visit in visits:
            row = self._row_of.get(visit.id)
            if row is not None:
                if self._visits[row] == visit:
                    continue  # nothing to repaint
                self._visits[row] = visit
                self._search.pop(visit.id, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
            elif self.is_today(visit):
                fresh.append(visit)
        if fresh:
            first = len(self._visits)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._visits.extend(fresh)
            self._reindex()
            self.endInsertRows()

    def remove(self, visit_ids: set[int]) -> None:
        """Visits the desk may no longer see (marked confidential meanwhile) leave the list."""
        for row in sorted((r for vid in visit_ids if (r := self._row_of.get(vid)) is not None), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            gone = self._visits.pop(row)
            self._search.pop(gone.id, None)
            self._told.pop(gone.id, None)
            self.endRemoveRows()
        self._reindex()

    def tick(self) -> None:
        """Only the Waited column depends on the clock."""
        if self._visits:  # the sort key too, so a table sorted by Waited re-sorts
            self.dataChanged.emit(self.index(0, COL_WAITED), self.index(len(self._visits) - 1, COL_WAITED),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole])

    def is_today(self, visit: Visit) -> bool:
        """Today's arrivals, and anyone still on site from an earlier day (the desk must see them out)."""
        if visit.state in ON_SITE:
            return True
        if visit.checked_in_at is None:
            return False
        return visit.checked_in_at.astimezone().date() == self._now().astimezone().date()

    def _reindex(self) -> None:
        self._row_of = {v.id: row for row, v in enumerate(self._visits)}

    # --- reading -------------------------------------------------------------------------

    def visit_at(self, row: int) -> Visit:
        return self._visits[row]

    def row_of(self, visit_id: int) -> int | None:
        return self._row_of.get(visit_id)

    def visits(self) -> list[Visit]:
        return list(self._visits)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visits)

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if col == COL_WAITED else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self._visits[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, col)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(visit, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(visit, col)
        if role == SEARCH_ROLE:
            return self.search_text(visit)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TOLD and (note := self._told.get(visit.id)):
            return " · ".join(x for x in (note.channel, note.target, note.last_error) if x)
        if role == Qt.ItemDataRole.FontRole and col == COL_STATE and visit.state in ON_SITE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, visit: Visit, col: int) -> str:
        if col == COL_VISIT_NO:
            return visit.visit_no
        if col == COL_VISITOR:
            if visit.group_size:  # a party: which member, of how many
                return f"{visit.visitor_name}  ({visit.member_no}/{visit.group_size})"
            return visit.visitor_name
        if col == COL_COMPANY:
            return visit.company
        if col == COL_HOST:
            return visit.host_name or QCoreApplication.translate("VisitsModel", _HOST_UNKNOWN)
        if col == COL_STATE:
            return state_name(visit.state)
        if col == COL_CHECKED_IN:
            return visit.checked_in_at.astimezone().strftime("%H:%M") if visit.checked_in_at else ""
        if col == COL_WAITED:
            minutes = waited_minutes(visit, self._now())
            return "" if minutes is None else QCoreApplication.translate("VisitsModel", "%1 min").replace("%1", str(minutes))
        if col == COL_TOLD and (note := self._told.get(visit.id)) is not None:
            text = QCoreApplication.translate("VisitsModel", _TOLD.get(note.state, note.state))
            at = note.sent_at.astimezone().strftime("%H:%M") if note.sent_at else ""
            return text.replace("%1", at)
        return ""

    def search_text(self, visit: Visit) -> str:
        """Everything a receptionist might type to find the visit: hanzi, full pinyin or initials of the
        visitor and the host, the company, the visit number."""
        text = self._search.get(visit.id)
        if text is None:
            parts = [visit.visitor_name, visit.company, visit.host_name, visit.visit_no, visit.group_name]
            for name in (visit.visitor_name, visit.host_name):
                full, initials = pinyin_keys(name)
                parts += [full.replace(" ", ""), initials]
            text = self._search[visit.id] = " ".join(parts).casefold()
        return text

    def _sort_key(self, visit: Visit, col: int):
        # Times and minutes sort as numbers; a missing value sorts first.
        if col == COL_CHECKED_IN:
            return visit.checked_in_at.timestamp() if visit.checked_in_at else 0.0
        if col == COL_WAITED:
            minutes = waited_minutes(visit, self._now())
            return -1 if minutes is None else minutes
        if col == COL_STATE:
            return list(VisitState).index(visit.state)
        return self._display(visit, col)

    def _foreground(self, visit: Visit, col: int) -> QColor | None:
        if visit.state not in ON_SITE:
            return QColor(_FINISHED_COLOUR)
        if col == COL_STATE:
            return QColor(_STATE_COLOURS.get(visit.state, "#111827"))
        if col == COL_HOST and not visit.host_name:
            return QColor("#b45309")  # amber: the desk has something to do
        if col == COL_TOLD and (note := self._told.get(visit.id)) and note.state in _TOLD_COLOURS:
            return QColor(_TOLD_COLOURS[note.state])
        return None

