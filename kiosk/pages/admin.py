"""Staff only, reached by a hidden gesture: the station's admin PIN unlocks "Exit kiosk"."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from ..widgets import card, label, set_role, touch_button


class AdminPage(Retranslating, QWidget):
    exit_kiosk = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Admin page")
        self._check: Callable[[str], bool] | None = None
        self._state = "locked"  # "locked" | "wrong" | "no_pin" | "unlocked"
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
        self._check, self._state = None, "locked"
        self.pin.setText("")
        self.retranslate()

    @property
    def unlocked(self) -> bool:
        return self._state == "unlocked"

    def _unlock(self) -> None:
        if self._check is None:
            return
        entered = self.pin.text().strip()
        self.pin.setText("")
        self._state = "unlocked" if self._check(entered) else "wrong"
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only"))
        self.pin_caption.setText(self.tr("Admin PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.exit_button.setText(self.tr("Exit kiosk"))
        self.back_button.setText(self.tr("Back"))
        self.message.setText({
            "wrong": self.tr("Wrong PIN."),
            "no_pin": self.tr("No admin PIN is set for this station."),
            "unlocked": self.tr("Unlocked."),
        }.get(self._state, ""))
        set_role(self.message, "error" if self._state in ("wrong", "no_pin") else "hint")
        unlocked = self._state == "unlocked"
        self.exit_button.setVisible(unlocked)
        for widget in (self.pin_caption, self.pin, self.unlock_button):
            widget.setVisible(not unlocked)
