"""What both reminder panels (the desk's and the plans') share: a card of rows worked out from the database
every 30 s and on the changes it watches, each row kept per reminder and updated in place, a count for a tab's
badge, and the desk alerted when a reminder appears that was not there.

A panel says how to fetch its reminders, key them, word them and build a row; its words stay in its own
class so its translations do too."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from shared.changes import Change, Changes
from shared.domain.errors import StoreUnavailable
from shared.domain.permissions import Permission, can
from shared.store.engine import Store

from console.common.panel import ActorFn, DeskView, framed_rows

CHECK_MS = 30_000
_STYLE = """
QFrame#{frame} {{ background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }}
QLabel#{title} {{ font-size: 15px; font-weight: 600; color: #111827; }}
QFrame#reminderRow {{ border: none; border-top: 1px solid #f3f4f6; }}
QLabel#reminderText {{ font-size: 13px; color: #111827; }}
QLabel#remindersEmpty {{ font-size: 12px; color: #6b7280; }}
QPushButton#reminderDone {{ font-size: 12px; padding: 3px 10px; }}
"""


class RemindersBase(DeskView):
    """count_changed(n) whenever the number of due reminders changes (for a badge on a tab).

    A row is (frame, text label, *buttons); `WATCHES` are the changes that make the panel check again."""

    count_changed = Signal(int)
    WATCHES = Changes.NONE

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None, now: Callable[[], datetime], check_ms: int,
                 frame_name: str, title_name: str, empty_name: str) -> None:
        super().__init__(store, actor, parent)
        self._now = now
        self.setStyleSheet(_STYLE.format(frame=frame_name, title=title_name))
        self.frame, self.title, self.rows_layout = framed_rows(self, frame_name, title_name)
        self.empty = QLabel(objectName="remindersEmpty")
        self.empty.setAccessibleName(empty_name)
        self.rows_layout.insertWidget(1, self.empty)  # under the title; the rows follow it
        self._rows: dict[tuple, tuple] = {}  # reminder key -> its row
        self._drawn: dict[tuple, object] = {}  # reminder key -> the reminder its row's words were made for
        self._order: list[tuple] = []  # the keys in the order the rows stand
        self._reword = False  # the language changed: every row's words again
        self.reminders: list = []
        self._known: set[tuple] | None = None  # None: nothing shown yet, so nothing is "new"
        self._count = -1
        self._timer = QTimer(self, interval=check_ms, timeout=self.check)
        self._timer.start()
        self._show()
        self.check()

    # --- what a panel says ----------------------------------------------------------------------

    def due(self) -> list:
        raise NotImplementedError

    def key(self, reminder) -> tuple:
        raise NotImplementedError

    def title_text(self, count: int) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def reminder_text(self, reminder) -> str:
        raise NotImplementedError

    def make_row(self, reminder) -> tuple:
        raise NotImplementedError

    def word_buttons(self, buttons: list[QPushButton]) -> None:
        """The buttons' words in the current language."""
        raise NotImplementedError

    # --- the shared part ------------------------------------------------------------------------

    def due_after(self, _changes: list[Change]) -> list | None:
        """The list after these changes, reading only what they touched; None: read everything."""
        return None

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & self.WATCHES:
            self.check(changes if self._known is not None else None)

    def check(self, changes: list[Change] | None = None) -> None:
        """Work the reminders out again (only what `changes` touched, where the panel can); alert the desk
        when one appears that was not there (the window's taskbar entry flashes), though not on the first
        check after start."""
        if not can(self.actor(), Permission.DESK):
            return  # before sign-in: the reminders are the signed-in desk's to see
        try:
            due = self.due_after(changes) if changes else None
            due = self.due() if due is None else due
        except StoreUnavailable:  # a locked or lost database: keep what is shown, the next check tries again
            return
        keys = {self.key(r) for r in due}
        new = self._known is not None and bool(keys - self._known)
        self._known = keys
        if due != self.reminders:
            self.reminders = due
            self._show()
        if len(due) != self._count:
            self._count = len(due)
            self.count_changed.emit(self._count)
        if new:
            QApplication.alert(self.window())

    def retranslate(self) -> None:
        self._reword = True
        self._show()

    def _show(self) -> None:
        """Rows are kept per reminder: only new ones are built and gone ones removed, the others get
        their new text; rebuilding eighty word-wrapped rows on every change would stall the desk."""
        self.title.setText(self.title_text(len(self.reminders)))
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not self.reminders)
        due = {self.key(r) for r in self.reminders}
        for key in [k for k in self._rows if k not in due]:
            row = self._rows.pop(key)[0]
            self.rows_layout.removeWidget(row)
            row.hide()  # gone at once, not when the event loop gets to deleting it
            row.deleteLater()
        first = self.rows_layout.indexOf(self.empty) + 1
        order = [self.key(r) for r in self.reminders]
        moved, self._order = order != self._order, order
        reword, self._reword = self._reword, False
        for position, reminder in enumerate(self.reminders, start=first):
            key = self.key(reminder)
            entry = self._rows.get(key)
            built = entry is None
            if built:
                entry = self._rows[key] = self.make_row(reminder)
            row, text, *buttons = entry
            if built or reword or self._drawn.get(key) != reminder:  # unchanged rows keep their words
                if text.text() != (wanted := self.reminder_text(reminder)):
                    text.setText(wanted)
                self.word_buttons(buttons)
            self._drawn[key] = reminder
            if (built or moved) and self.rows_layout.indexOf(row) != position:
                self.rows_layout.insertWidget(position, row)  # above the closing stretch
                row.setVisible(True)  # a layout shows rows added to a shown panel only later
        self._drawn = {key: self._drawn[key] for key in order}

    def new_row(self, reminder, colour: str, text_name: str,
                buttons: list[tuple[str, str, Callable[[], None]]]) -> tuple:
        """A row: a coloured mark, the reminder's words and buttons of (text, accessible name, slot)."""
        row = QFrame(objectName="reminderRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 6, 0, 2)
        mark = QLabel("●")
        mark.setStyleSheet(f"color: {colour}; font-size: 12px;")
        text = QLabel(self.reminder_text(reminder), objectName="reminderText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)  # names come from people: never markup
        text.setAccessibleName(text_name)
        made = []
        for words, name, slot in buttons:
            button = QPushButton(words, objectName="reminderDone")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, act=slot: act())
            made.append(button)
        line.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(text, 1)
        for button in made:
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return (row, text, *made)

