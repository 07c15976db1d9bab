"""A document to sign (NDA, safety rules): read to the end, then sign with a finger.

The pad wakes once the text has been scrolled to its end. "I do not agree" ends the check-in politely:
nothing is saved and the visitor is asked to see reception. A group's members sign one after another,
each named at the top."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared.domain.model import SignText
from shared.qt.retranslate import Retranslating

from shared.qt.signature_pad import SignaturePad
from kiosk.widgets import card, label, page_frame, touch_button, touch_scroll_area


class SignPage(Retranslating, QWidget):
    signed = Signal(object, str)  # the strokes, and the language the text was read in (zh / en)
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Sign page")
        self.document: SignText | None = None
        self._who = ""  # "李堃 (2 / 3)" when a group signs one by one
        self._read = False
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.text = label("notice")
        self.text.setAccessibleName("Document text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(24, 16, 24, 16)
        holder_layout.addWidget(self.text)
        holder_layout.addStretch(1)
        self.scroll = touch_scroll_area(holder)
        self.scroll.setAccessibleName("Document")
        self.scroll.setMinimumHeight(180)
        self.hint = label("notice")
        self.hint.setAccessibleName("Signing hint")
        self.pad = SignaturePad()
        self.clear_button = touch_button("Clear signature", kind="secondary")
        self.decline_button = touch_button("I do not agree", kind="secondary")
        self.sign_button = touch_button("I agree and sign", kind="primary")
        self.sign_button.setMinimumWidth(320)
        paper = card()
        column = QVBoxLayout(paper)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.scroll)
        body = QVBoxLayout()
        body.setSpacing(10)
        body.addWidget(paper, 1)
        body.addWidget(self.hint)
        body.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        page_frame(self, self.title, self.subtitle, body, [self.decline_button, self.clear_button], self.sign_button)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._check_read())
        self.scroll.verticalScrollBar().rangeChanged.connect(lambda *_: self._check_read())
        self.pad.changed.connect(self._fill)
        self.clear_button.clicked.connect(self.pad.clear)
        self.decline_button.clicked.connect(self.declined)
        self.sign_button.clicked.connect(self._on_sign)
        self.retranslate()

    @staticmethod
    def language() -> str:
        """The kiosk's language now (Translations.switch sets the default locale): the text shown in it."""
        return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"

    def show_document(self, document: SignText, who: str = "") -> None:
        self.document, self._who, self._read = document, who, False
        self.set_busy(False)
        self.pad.clear()
        self.retranslate()
        self.scroll.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self._check_read)  # a short text fits: nothing to scroll

    def clear(self) -> None:
        self.document, self._who, self._read = None, "", False
        self.set_busy(False)
        self.pad.clear()
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        for button in (self.sign_button, self.clear_button, self.decline_button):
            button.setEnabled(not busy)
        self.pad.setEnabled(not busy and self._read)
        if busy:
            self.hint.setText(self.tr("Thank you. Your badge is being prepared…"))
        else:
            self._fill()

    def has_read(self) -> bool:
        return self._read

    def _check_read(self) -> None:
        bar = self.scroll.verticalScrollBar()
        if self.document is not None and not self._read and bar.value() >= bar.maximum() and self.scroll.isVisible():
            self._read = True
            self._fill()

    def _on_sign(self) -> None:
        if self._read and self.pad.is_signed():
            self.signed.emit(self.pad.strokes(), self.language())

    def _fill(self) -> None:
        self.pad.setEnabled(self._read)
        self.clear_button.setEnabled(bool(self.pad.strokes()))
        self.sign_button.setEnabled(self._read and self.pad.is_signed())
        self.hint.setText(self.tr("Sign in the box below with your finger.") if self._read
                          else self.tr("Please read to the end: the box to sign in opens there."))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self._check_read)

    def retranslate(self) -> None:
        doc = self.document
        zh = self.language() == "zh"
        title = (doc.title_zh if zh else doc.title_en) if doc else ""
        self.title.setText(title)
        self.text.setText((doc.text_zh if zh else doc.text_en) if doc else "")
        self.subtitle.setText(self.tr("Signing: {who}").format(who=self._who) if self._who else "")
        self.pad.placeholder = self.tr("Sign here")
        self.clear_button.setText(self.tr("Clear"))
        self.decline_button.setText(self.tr("I do not agree"))
        self.sign_button.setText(self.tr("I agree and sign"))
        self._fill()
