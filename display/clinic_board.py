"""The waiting room's board: the call just made, big; the few before it; each doctor's queue by ticket. Only what
the service gives a display: tickets, masked names, doctors and rooms."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating
from shared.services.clinic.calls import Board, Call

from display.fit import FitLabel
from display.style import ACCENT, MUTED, set_size

PREVIOUS = 4  # calls shown under the latest, as many as fit
QUEUES = 8  # doctors' queues shown (a clinic has a few; past this the desk calls them anyway)
TICKETS = 5  # the next few tickets per queue, then "+3"
SMALLEST = 0.5  # the queues shrink to fit, down to half their size


def call_rich(call: Call, language: str) -> tuple[str, str]:
    """(plain, rich) text of a call, the ticket in the accent colour."""
    text = call.text(language)
    head, rest = (call.ticket, text[len(call.ticket):]) if call.ticket and text.startswith(call.ticket) else ("", text)
    return text, f'<span style="color:{ACCENT}">{escape(head)}</span>{escape(rest)}'


def _height(widget: QWidget) -> int:
    return widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else widget.sizeHint().height()


class QueueCard(QFrame):
    """One doctor (and room) with the tickets waiting, in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "queue")
        layout = QVBoxLayout(self)
        self.doctor, self.tickets = FitLabel("doctor"), FitLabel("tickets", wrap=False)
        self._tickets: tuple[str, ...] = ()
        layout.addWidget(self.doctor)
        layout.addWidget(self.tickets)

    def show_queue(self, doctor: str, room: str, tickets: tuple[str, ...]) -> None:
        self.doctor.set_line(" · ".join(x for x in (doctor, room) if x))
        self._tickets = tickets
        self._break_tickets()

    def _break_tickets(self) -> None:
        """As many tickets a line as fit at full size (never fewer than two), so every queue reads alike."""
        shown, more = self._tickets[:TICKETS], len(self._tickets) - TICKETS
        ticket = QFontMetrics(self.tickets.full_font()).horizontalAdvance("A000  ")
        per_line = max(2, self.tickets.room() // max(1, ticket))
        lines = ["  ".join(shown[i:i + per_line]) for i in range(0, len(shown), per_line)] or [""]
        lines[-1] += f"  +{more}" if more > 0 else ""  # how many more wait behind, on the last line
        self.tickets.set_line("\n".join(lines))

    def set_scale(self, scale: float) -> None:
        margin = round(22 * scale)
        self.layout().setContentsMargins(margin, round(margin * 0.7), margin, round(margin * 0.7))
        self.layout().setSpacing(round(6 * scale))
        self.doctor.set_scale(scale)
        self.tickets.set_scale(scale)
        self._break_tickets()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._break_tickets()


class ClinicBoard(Retranslating, QWidget):
    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Clinic board")
        self._language, self._board, self._scale = language, Board((), ()), 1.0
        self._portrait, self._per_row = False, 0
        self._shown: tuple[Board, str] | None = None
        self.now_caption, self.waiting_caption = QLabel(), QLabel()
        for caption in (self.now_caption, self.waiting_caption):
            caption.setProperty("role", "caption")
        self.quiet_waiting = FitLabel("quiet")
        self.latest = FitLabel("call")
        self.latest.setTextFormat(Qt.TextFormat.RichText)
        self.previous = [FitLabel("previous") for _ in range(PREVIOUS)]
        self.cards = [QueueCard() for _ in range(QUEUES)]
        self._rule = QFrame()
        self._rule.setProperty("role", "rule")
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self._calls = QVBoxLayout()
        for widget in (self.now_caption, self.latest, self._rule, *self.previous):
            self._calls.addWidget(widget)
        self._calls.addStretch(1)
        self._waiting = QVBoxLayout()
        self._waiting.addWidget(self.waiting_caption)
        self._grid = QGridLayout()
        self._waiting.addLayout(self._grid)
        self._waiting.addWidget(self.quiet_waiting)
        self._waiting.addStretch(1)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addLayout(self._calls, 3)
        self._columns.addLayout(self._waiting, 2)
        self.set_portrait(False)

    def set_portrait(self, portrait: bool) -> None:
        """Side by side on a wide screen; on a tall one the calls above and the queues right under them."""
        self._portrait = portrait
        self._columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._columns.setStretch(0, 0 if portrait else 3)
        self._columns.setStretch(1, 1 if portrait else 2)
        self._place_cards()

    def _place_cards(self) -> None:
        """One queue a row; on a tall screen with more than a few queues, two abreast."""
        per_row = 2 if self._portrait and len(self._board.waiting) > 3 else 1
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for card in self.cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // per_row, i % per_row)

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        set_size(self.now_caption, "caption", scale)
        set_size(self.waiting_caption, "caption", scale)
        for label in (self.latest, self.quiet_waiting, *self.previous):
            label.set_scale(scale)
        gap = round(28 * scale)
        self._columns.setSpacing(round(56 * scale))
        for layout in (self._grid, self._calls, self._waiting):
            layout.setSpacing(gap)
        self._fit()

    def show_board(self, board: Board) -> None:
        language = self._language()
        if (board, language) == self._shown:
            return  # the same as two seconds ago: nothing to lay out again
        self._board, self._shown = board, (board, language)
        if board.calls:
            self.latest.set_line(*call_rich(board.calls[0], language))
        else:
            text = self.tr("Please wait for your number to be called")
            self.latest.set_line(text, f'<span style="color:{MUTED}">{escape(text)}</span>')
        for label, call in zip(self.previous, (*board.calls[1:], *([None] * PREVIOUS))):
            label.set_line(call.text(language) if call else "")
        self._rule.setVisible(len(board.calls) > 1)
        for card, queue in zip(self.cards, (*board.waiting, *([None] * QUEUES))):
            card.setVisible(queue is not None)
            if queue is not None:
                card.show_queue(*queue)
        self.quiet_waiting.setVisible(not board.waiting)
        self._place_cards()
        self._fit()

    # Fitting the screen --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Nothing cut in half: the earlier calls that do not fit are left out (on a tall screen one stays as long
        as it can; the latest always), then the queues shrink. Measured on the laid-out widgets."""
        if self.height() < 100:
            return
        room = self.height()
        earlier = min(PREVIOUS, max(0, len(self._board.calls) - 1))
        factor = 1.0
        while True:
            for i, label in enumerate(self.previous):
                label.setVisible(i < earlier)
            for card in self.cards:
                card.set_scale(self._scale * factor)
            self._columns.activate()  # lay out now: the heights below depend on the widths it gives
            calls, waiting = self._calls_height(), self._waiting_height()
            over = (calls + self._columns.spacing() + waiting if self._portrait else max(calls, waiting)) - room
            if over <= 0:
                return
            helps = calls > room or self._portrait  # fewer earlier calls make room only where they take it
            if helps and earlier > (1 if self._portrait else 0):
                earlier -= 1
            elif factor > SMALLEST:
                factor = max(SMALLEST, factor * 0.9)
            elif helps and earlier:
                earlier -= 1
            else:
                return

    def _stacked(self, widgets: list[QWidget], spacing: int) -> int:
        shown = [w for w in widgets if not w.isHidden()]
        return sum(_height(w) for w in shown) + spacing * max(0, len(shown) - 1)

    def _calls_height(self) -> int:
        return self._stacked([self.now_caption, self.latest, self._rule, *self.previous], self._calls.spacing())

    def _waiting_height(self) -> int:
        shown = [c for c in self.cards if not c.isHidden()]
        rows = [max(_height(c) for c in shown[i:i + self._per_row]) for i in range(0, len(shown), self._per_row)]
        grid = sum(rows) + self._grid.spacing() * max(0, len(rows) - 1)
        return self._stacked([self.waiting_caption, self.quiet_waiting], self._waiting.spacing()) \
            + (grid + self._waiting.spacing() if rows else 0)

    def retranslate(self) -> None:
        self.now_caption.setText(self.tr("Now calling"))
        self.waiting_caption.setText(self.tr("Waiting"))
        self.quiet_waiting.set_line(self.tr("No one is waiting"))
        self.latest.setAccessibleName(self.tr("Now calling"))
        self._shown = None
        self.show_board(self._board)
