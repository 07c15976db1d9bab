"""Under the gate's list: what the selected arrival signed at the gate, each copy opening as its PDF."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from shared.domain.errors import DomainError
from shared.services.desk.records import gate_signed_copies
from shared.store.engine import Store

from console.common.panel import ActorFn
from console.common.visit_records import SignedCopyDialog, open_signed_copy
from console.security.gate_texts import translate


class GateCopies(QWidget):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.dialog: SignedCopyDialog | None = None
        self.buttons: list[QPushButton] = []
        self.label = QLabel()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.label)
        self.row.addStretch(1)
        self.show_entry(None)

    def show_entry(self, entry_id: int | None) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        copies = ()
        if entry_id is not None:
            try:
                copies = gate_signed_copies(self.store, self.actor(), entry_id)
            except DomainError:
                copies = ()
        self.label.setText(translate("GateView", "Signed at the gate:"))
        for copy in copies:
            button = QPushButton(copy.title)
            button.setAccessibleName(f"Open signed {copy.key}")
            button.clicked.connect(lambda _=False, c=copy: self.open_copy(c))
            self.row.insertWidget(self.row.count() - 1, button)
            self.buttons.append(button)
        self.setVisible(bool(copies))

    def open_copy(self, copy) -> None:
        opened = open_signed_copy(self, self.store, self.actor(), copy)
        if isinstance(opened, str):
            self.label.setText(opened)
        else:
            self.dialog = opened
