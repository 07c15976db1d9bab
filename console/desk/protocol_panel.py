"""The selected visit's reception protocol, for the side column: its level, what to prepare (ticked off
as it is done, by whichever desk does it) and the meal budget for the party."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from shared.changes import Change, Changes
from shared.domain.errors import DomainError, NotFound
from shared.qt.problems import error_text
from shared.services.desk import protocol as checklists
from shared.services.desk.protocol import Protocol
from shared.store.engine import Store

from console.admin.levels_view import ITEM_NAMES, badge_name, item_name, level_name, yuan
from console.common.panel import ActorFn, DeskView

CTX = "ProtocolPanel"
PROTOCOL_STYLE = """
QFrame#protocolPanel { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel#protocolLevel { font-size: 13px; font-weight: 600; color: #1d4ed8; }
QLabel#protocolLevel[level="vip"] { color: #b45309; }
QLabel#protocolDetail { font-size: 12px; color: #4b5563; padding-left: 24px; }
QLabel#protocolBudget { font-size: 12px; color: #374151; background: #f9fafb; border-radius: 6px; padding: 4px 6px; }
QFrame#protocolPanel QCheckBox { font-size: 13px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ElidedLabel(QLabel):
    """One line, cut with "…" to the width it gets; the whole text is the tooltip."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setFullText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.ensurePolished()  # the style sheet's font, not the default one, decides the width
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 20)))


class ProtocolPanel(DeskView):
    """show_visit(visit_id) or show_visit(None); ticking a box records it at once."""

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Reception protocol")
        self.setStyleSheet(PROTOCOL_STYLE)
        self.visit_id: int | None = None
        self.protocol: Protocol | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = QFrame(objectName="protocolPanel")
        outer.addWidget(frame)
        outer.addStretch(1)  # the frame is as tall as its items; any room left stays below it
        self.box = QVBoxLayout(frame)
        self.box.setContentsMargins(12, 10, 12, 10)
        self.box.setSpacing(3)
        self.heading = QLabel(objectName="panelHeading")
        self.level = QLabel(objectName="protocolLevel")
        self.level.setAccessibleName("Reception level")
        self.level.setWordWrap(True)
        self.box.addWidget(self.heading)
        self.box.addWidget(self.level)
        self.items = QVBoxLayout()
        self.items.setSpacing(1)
        self.box.addLayout(self.items)
        self.budget = QLabel(objectName="protocolBudget")
        self.budget.setAccessibleName("Meal budget")
        self.budget.setWordWrap(True)
        self.box.addWidget(self.budget)
        self.checks: dict[str, QCheckBox] = {}
        self.details: dict[str, QLabel] = {}
        self._rows: list[QWidget] = []
        self._shape: tuple = ()
        self.retranslate()
        self.show_visit(None)

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("ProtocolPanel", "Reception protocol"))
        self._show()

    def show_visit(self, visit_id: int | None) -> None:
        self.visit_id = visit_id
        self.protocol = None
        if visit_id is not None:
            try:
                self.protocol = checklists.visit_protocol(self.store, self.actor(), visit_id)
            except NotFound:
                self.visit_id = None
        self._show()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        """Another desk ticked an item, or an admin changed the level's protocol."""
        if self.visit_id is None:
            return
        ours = any(c.entity == "visit" and c.entity_id == self.visit_id for c in changes)
        if ours or flags & Changes.SETTINGS or (flags & Changes.VISITS and not changes):
            self.show_visit(self.visit_id)

    # --- drawing -------------------------------------------------------------------------

    def _clear(self) -> None:
        for row in self._rows:
            self.items.removeWidget(row)
            row.deleteLater()
        self._rows.clear()
        self.checks.clear()
        self.details.clear()
        self._shape = ()

    def _show(self) -> None:
        protocol = self.protocol
        if protocol is None:
            self._clear()
            self.level.setText(QCoreApplication.translate("ProtocolPanel", "Choose a visit to see what to prepare."))
            self.level.setProperty("level", "")
            self.budget.hide()
            self._repolish(self.level)
            return
        # Rebuilt only when the items change: a tick keeps the boxes (and the keyboard focus) in place.
        shape = tuple((i.item, i.text) for i in protocol.items)
        if shape != self._shape:
            self._build(protocol)
            self._shape = shape
        done = sum(i.done for i in protocol.items)
        self.level.setText(QCoreApplication.translate("ProtocolPanel", "%1 guest · %2 of %3 done").replace("%1", level_name(protocol.level))
                           .replace("%2", str(done)).replace("%3", str(len(protocol.items))))
        self.level.setProperty("level", str(protocol.level))
        self._repolish(self.level)
        for item in protocol.items:
            check = self.checks[item.item]
            check.setText(item_name(item.item))
            check.blockSignals(True)
            check.setChecked(item.done)
            check.blockSignals(False)
            tick = protocol.ticks.get(item.item)
            when = QLocale().toString(tick.at.astimezone().time(), QLocale.FormatType.ShortFormat) if tick else ""
            check.setToolTip(QCoreApplication.translate("ProtocolPanel", "Done: %1 at %2").replace("%1", tick.operator).replace("%2", when) if tick else "")
            if item.item in self.details:
                detail = self._detail(item.item, item.text)
                self.details[item.item].setFullText(detail)
                check.setAccessibleDescription(detail)
        budget = protocol.budget
        self.budget.setText(QCoreApplication.translate("ProtocolPanel", "Meal budget, party of %1: lunch ≤ %2, dinner ≤ %3.").replace("%1", str(budget.guests))
                            .replace("%2", yuan(budget.lunch)).replace("%3", yuan(budget.dinner)))
        self.budget.setVisible("meals" in self.checks)

    def _build(self, protocol: Protocol) -> None:
        """One line per item, the box and its name, then what the level asks (cut short: the tooltip
        and the accessible description have it all), so a VIP's seven items fit beside the list."""
        self._clear()
        for item in protocol.items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            check = QCheckBox()
            check.setAccessibleName(f"Protocol: {ITEM_NAMES[item.item]}")
            check.toggled.connect(lambda on, name=item.item: self.tick(name, on))
            self.checks[item.item] = check
            line.addWidget(check)  # only the box and its name take a click
            if self._detail(item.item, item.text):
                detail = ElidedLabel(objectName="protocolDetail")
                self.details[item.item] = detail
                line.addWidget(detail, 1)
            else:
                line.addStretch(1)
            self.items.addWidget(row)
            row.show()  # now, not when the layout gets round to it: the desk may tick at once
            self._rows.append(row)

    @staticmethod
    def _detail(item: str, text: str) -> str:
        if item == "badge":
            return badge_name(text)
        if item == "meals":
            return QCoreApplication.translate("ProtocolPanel", "Booked within the budget below")
        return text

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- acting --------------------------------------------------------------------------

    def tick(self, item: str, done: bool) -> None:
        if self.visit_id is None:
            return
        try:
            self.protocol = checklists.tick(self.store, self.actor(), self.visit_id, item, done).value
        except DomainError as err:
            self.say(error_text(err), "error")
            self.show_visit(self.visit_id)  # show what is really stored
            return
        self.say((QCoreApplication.translate("ProtocolPanel", "%1: done.") if done else QCoreApplication.translate("ProtocolPanel", "%1: not done.")).replace("%1", item_name(item)), "done")
        self._show()
