"""Search results from the host directory as big touchable cards.

A card shows only what a visitor needs to recognise their host: name, English name and
department. The domain Host carries nothing more, so a phone or e-mail cannot leak here."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from shared.domain.model import Host

from . import style

HOST_ROLE = Qt.ItemDataRole.UserRole
CARD_HEIGHT = 88
GAP = 10


def secondary_line(host: Host) -> str:
    parts = [host.name_en] if host.name_en and host.name_en != host.name else []
    if host.department:
        parts.append(host.department)
    return " · ".join(parts)


class HostCardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), CARD_HEIGHT + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        host: Host | None = index.data(HOST_ROLE)
        if host is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -GAP - 1)
        painter.setPen(QPen(style.color("PRIMARY" if selected else "BORDER"), 3 if selected else 1))
        painter.setBrush(style.color("PRIMARY_SOFT" if selected else "SURFACE"))
        painter.drawRoundedRect(rect, 18, 18)

        text_left = rect.left() + 24
        text_right = rect.right() - (72 if selected else 24)
        name_font = QFont(option.font)
        name_font.setPixelSize(26)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(style.color("TEXT"))
        painter.drawText(QRectF(text_left, rect.top() + 10, text_right - text_left, 38),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, host.name)
        sub_font = QFont(option.font)
        sub_font.setPixelSize(19)
        painter.setFont(sub_font)
        painter.setPen(style.color("MUTED"))
        sub = painter.fontMetrics().elidedText(secondary_line(host), Qt.TextElideMode.ElideRight,
                                                int(text_right - text_left))
        painter.drawText(QRectF(text_left, rect.top() + 46, text_right - text_left, 30),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sub)
        if selected:
            self._paint_tick(painter, QPointF(rect.right() - 44, rect.center().y()))
        painter.restore()

    @staticmethod
    def _paint_tick(painter: QPainter, centre: QPointF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color("PRIMARY"))
        painter.drawEllipse(centre, 18, 18)
        tick = QPainterPath(centre + QPointF(-8, 0))
        tick.lineTo(centre + QPointF(-2, 6))
        tick.lineTo(centre + QPointF(9, -6))
        painter.setPen(QPen(Qt.GlobalColor.white, 4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)


class HostList(QListWidget):
    """`currentItemChanged` tells the page which host is chosen (None after a new search)."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setItemDelegate(HostCardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the search field's input method open
        self.setUniformItemSizes(True)

    def show_hosts(self, hosts: list[Host]) -> None:
        self.clear()
        for host in hosts:
            # The display text is what assistive technology reads; the card is painted from the Host.
            item = QListWidgetItem(" · ".join(p for p in (host.name, secondary_line(host)) if p))
            item.setData(HOST_ROLE, host)
            self.addItem(item)

    def chosen(self) -> Host | None:
        item = self.currentItem()
        return item.data(HOST_ROLE) if item is not None and item.isSelected() else None
