"""The gate's documents (audience "gate": the site rules a driver or contractor signs before coming in), signed
on the desk's screen or signature tablet before the pass prints. Not signing means no pass."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from shared.domain.model import Signature, SignText
from shared.qt.signature_pad import SignaturePad

from console.security.gate_texts import translate


class GateSignDialog(QDialog):
    def __init__(self, parent: QWidget, document: SignText, person: str) -> None:
        super().__init__(parent)
        self.document = document
        self.language = "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
        zh = self.language == "zh"
        self.setWindowTitle(document.title_zh if zh else document.title_en)
        self.setAccessibleName("Gate document")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        who = QLabel(translate("GateView", "To be signed by %1").replace("%1", person))
        text = QLabel(document.text_zh if zh else document.text_en)
        text.setWordWrap(True)
        text.setAccessibleName("Gate document text")
        scroll = QScrollArea()
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(220)
        self.pad = SignaturePad()
        self.pad.placeholder = translate("GateView", "Sign here")
        self.clear = QPushButton(translate("GateView", "Clear"))
        self.clear.setAccessibleName("Clear signature")
        self.refuse = QPushButton(translate("GateView", "Does not sign"))
        self.refuse.setAccessibleName("Does not sign")
        self.sign = QPushButton(translate("GateView", "Signed"), objectName="primary")
        self.sign.setAccessibleName("Signed")
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        buttons.addWidget(self.refuse)
        buttons.addWidget(self.sign)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        self.pad.changed.connect(lambda: self.sign.setEnabled(self.pad.is_signed()))
        self.clear.clicked.connect(self.pad.clear)
        self.refuse.clicked.connect(self.reject)
        self.sign.clicked.connect(self.accept)
        self.sign.setEnabled(False)
        self.resize(680, 640)

    def signature(self) -> Signature:
        return Signature(self.document.id, self.pad.strokes(), 1, self.language)


def sign_in_turn(parent: QWidget, documents: list[SignText], person: str,
                 done: Callable[[tuple[Signature, ...]], None], refused: Callable[[], None]) -> None:
    """Each document in a dialog of its own, one after another; `done` with every signature, or `refused`."""
    signatures: list[Signature] = []

    def next_one() -> None:
        if len(signatures) == len(documents):
            done(tuple(signatures))
            return
        dialog = GateSignDialog(parent, documents[len(signatures)], person)
        parent.sign_dialog = dialog  # a test (or a screen reader) finds the open one

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                signatures.append(dialog.signature())
                next_one()
            else:
                refused()

        dialog.finished.connect(finished)
        dialog.open()

    next_one()
