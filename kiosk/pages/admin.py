"""Staff only, reached by a hidden gesture: the station's admin PIN unlocks "Exit kiosk".

Guessing is slow on purpose: after a few wrong PINs the page waits longer and longer before it
tries another (the window's PinThrottle, which outlives the page), and an Enter that follows the
previous key at machine speed (a keyboard emulator; a scanner's burst shorter than a scan) is ignored."""
from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from kiosk.gestures import PinThrottle
from kiosk.widgets import card, label, set_role, touch_button

MIN_ENTER_GAP_S = 0.05  # an Enter sooner than this after the previous key was not pressed by a person
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AdminPage(Retranslating, QWidget):
    exit_kiosk = Signal()
    back = Signal()

    def __init__(self, throttle: PinThrottle | None = None, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Admin page")
        self._check: Callable[[str], bool] | None = None
        self._state = "locked"  # "locked" | "wrong" | "no_pin" | "unlocked"
        self.throttle = throttle if throttle is not None else PinThrottle()
        self.clock = clock
        self._last_key_at: float | None = None
        self._countdown = QTimer(self)  # while PINs must wait: the seconds left, then Unlock again
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._on_countdown)
        self.title = label("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_caption = label("label")
        self.pin = QLineEdit()
        self.pin.setAccessibleName("Admin PIN")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.unlock_button = touch_button("Unlock", kind="primary")
        self.message = label("hint")
        self.message.setAccessibleName("Admin message")
        self.exit_button = touch_button("Exit kiosk", kind="danger")
        self.back_button = touch_button("Back", kind="secondary")

        box = card()
        box.setFixedWidth(560)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addSpacing(8)
        inner.addWidget(self.pin_caption)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.pin, 1)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.exit_button)
        inner.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.unlock_button.clicked.connect(self._unlock)
        self.pin.returnPressed.connect(self._unlock)
        self.pin.installEventFilter(self)
        self.exit_button.clicked.connect(self.exit_kiosk)
        self.back_button.clicked.connect(self.back)
        self.retranslate()

    def open(self, check: Callable[[str], bool] | None) -> None:
        """check: tells whether an entered PIN is the station's; None: no PIN set, nothing unlocks."""
        self._check = check
        self._state = "locked" if check else "no_pin"
        self.pin.setText("")
        self.retranslate()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def lock(self) -> None:
        """Locked again (the next visitor, an idle reset); the wait for wrong PINs is not reset."""
        self._check, self._state = None, "locked"
        self.pin.setText("")
        self.retranslate()

    @property
    def unlocked(self) -> bool:
        return self._state == "unlocked"

    def _wait_s(self) -> float:
        return self.throttle.wait_s(self.clock())

    def _unlock(self) -> None:
        if self._check is None or self._state == "unlocked" or self._wait_s() > 0:
            return
        entered = self.pin.text().strip()
        self.pin.setText("")
        right = self._check(entered)
        self.throttle.record(right, self.clock())
        self._state = "unlocked" if right else "wrong"
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The PIN field's keys: an Enter at machine speed after the previous key is dropped."""
        if watched is self.pin and event.type() in (QEvent.Type.KeyPress, QEvent.Type.InputMethod):
            now, last = self.clock(), self._last_key_at
            self._last_key_at = now
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.key() in RETURN_KEYS and last is not None and now - last < MIN_ENTER_GAP_S):
                return True
        return super().eventFilter(watched, event)

    def _on_countdown(self) -> None:
        if self._wait_s() <= 0 and self._state == "wrong":
            self._state = "locked"  # the wait is over: a fresh try, no old message
        self._refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only"))
        self.pin_caption.setText(self.tr("Admin PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.exit_button.setText(self.tr("Exit kiosk"))
        self.back_button.setText(self.tr("Back"))
        self._refresh()

    def _refresh(self) -> None:
        unlocked = self._state == "unlocked"
        wait = 0.0 if unlocked or self._state == "no_pin" else self._wait_s()
        if wait > 0:
            text = self.tr("Too many wrong PINs. Try again in {n} s.").format(n=math.ceil(wait))
        else:
            text = {
                "wrong": self.tr("Wrong PIN."),
                "no_pin": self.tr("No admin PIN is set for this station."),
                "unlocked": self.tr("Unlocked."),
            }.get(self._state, "")
        self.message.setText(text)
        set_role(self.message, "error" if wait > 0 or self._state in ("wrong", "no_pin") else "hint")
        self.unlock_button.setEnabled(wait <= 0)
        if wait > 0:
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
        self.exit_button.setVisible(unlocked)
        for widget in (self.pin_caption, self.pin, self.unlock_button):
            widget.setVisible(not unlocked)
