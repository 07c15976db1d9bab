"""Touchable cards in a list: hosts from the directory, and today's appointments for a mobile number.

A host card shows only what a visitor needs to recognise their host: name, English name and
department. The domain Host carries nothing more, so a phone or e-mail cannot leak here."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from shared.domain.model import Host

from kiosk import style

HOST_ROLE = Qt.ItemDataRole.UserRole
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # (title, subtitle) as painted
CARD_HEIGHT = 80
GAP = 10


def secondary_line(host: Host) -> str:
    parts = [host.name_en] if host.name_en and host.name_en != host.name else []
    if host.department:
        parts.append(host.department)
    return " · ".join(parts)


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), CARD_HEIGHT + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        lines = index.data(CARD_ROLE)
        if not lines:
            return
        title, subtitle = lines
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
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        sub_font = QFont(option.font)
        sub_font.setPixelSize(19)
        painter.setFont(sub_font)
        painter.setPen(style.color("MUTED"))
        sub = painter.fontMetrics().elidedText(subtitle, Qt.TextElideMode.ElideRight, int(text_right - text_left))
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


class CardList(QListWidget):
    """Big cards of a title and a subtitle; the item text is what assistive technology reads."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the search field's input method open
        self.setUniformItemSizes(True)

    def add_card(self, title: str, subtitle: str) -> QListWidgetItem:
        item = QListWidgetItem(" · ".join(p for p in (title, subtitle) if p))
        item.setData(CARD_ROLE, (title, subtitle))
        self.addItem(item)
        return item

    def chosen_row(self) -> int | None:
        item = self.currentItem()
        return self.row(item) if item is not None and item.isSelected() else None


class HostList(CardList):
    """`itemSelectionChanged` tells the page which host is chosen (None after a new search)."""

    def show_hosts(self, hosts: list[Host]) -> None:
        self.clear()
        for host in hosts:
            self.add_card(host.name, secondary_line(host)).setData(HOST_ROLE, host)

    def chosen(self) -> Host | None:
        row = self.chosen_row()
        return self.item(row).data(HOST_ROLE) if row is not None else None
