"""What the console's flat table models share: columns named by translated headers, each with its
alignment, repainted in a new language."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class HeaderedTableModel(QAbstractTableModel):
    """A subclass sets `context` and `headers` (QT_TRANSLATE_NOOP sources, one a column) and gives
    rowCount; alignment(col) serves its data() too, so a column's cells line up under its header."""

    context: str
    headers: tuple[str, ...]

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def retranslate(self) -> None:
        """Headers and cells are translated text: repaint them in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if rows := self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.headers) - 1))
