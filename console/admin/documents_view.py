"""The administrator's page for what the kiosk asks of visitors besides their details: a photo for the
badge, and the documents they sign (NDA, safety rules), each for some visitors, in Chinese and English."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain import model as m
from shared.domain.errors import DomainError, InvalidInput
from shared.domain.signing import SIGN_AUDIENCES
from shared.qt.problems import error_text
from shared.services.site import sign_documents as docs
from shared.services.site.settings import site_settings, update_settings
from shared.store.engine import Store

from console.common.form_dialog import FormDialog
from console.common.panel import ActorFn, DeskView

CONTEXT = "SignDocuments"
AUDIENCE_TEXT = {
    "all": QT_TRANSLATE_NOOP("SignDocuments", "every visitor at the kiosk"),
    "walk_in": QT_TRANSLATE_NOOP("SignDocuments", "walk-ins"),
    "gate": QT_TRANSLATE_NOOP("SignDocuments", "the gate"),
    "level:standard": QT_TRANSLATE_NOOP("SignDocuments", "standard-level guests"),
    "level:senior": QT_TRANSLATE_NOOP("SignDocuments", "senior-level guests"),
    "level:vip": QT_TRANSLATE_NOOP("SignDocuments", "VIP guests"),
}


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal") calls


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DocumentDialog(FormDialog):
    CONTEXT = CONTEXT
    TITLE = QT_TRANSLATE_NOOP("SignDocuments", "Document to sign")
    OK_NAME, OK_TEXT = "Save document", QT_TRANSLATE_NOOP("SignDocuments", "Save (a new version)")

    def __init__(self, parent: QWidget, current: m.SignText | None = None) -> None:
        super().__init__(parent)
        self.key = QLineEdit(current.key if current else "")
        self.key.setReadOnly(current is not None)  # the key ties the versions together
        self.audience = QComboBox()
        for audience in SIGN_AUDIENCES:
            self.audience.addItem(_tr(AUDIENCE_TEXT[audience]), audience)
        self.audience.setCurrentIndex(max(0, self.audience.findData(current.audience if current else "all")))
        self.title_zh = QLineEdit(current.title_zh if current else "")
        self.title_en = QLineEdit(current.title_en if current else "")
        self.text_zh = QPlainTextEdit(current.text_zh if current else "")
        self.text_en = QPlainTextEdit(current.text_en if current else "")
        for edit in (self.text_zh, self.text_en):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(140)
        self.row("key", "Document key", QT_TRANSLATE_NOOP("SignDocuments", "Key (letters, e.g. safety)"), self.key)
        self.row("audience", "Who signs", QT_TRANSLATE_NOOP("SignDocuments", "Who signs"), self.audience)
        self.row("title_zh", "Chinese title", QT_TRANSLATE_NOOP("SignDocuments", "Title (Chinese)"), self.title_zh)
        self.row("title_en", "English title", QT_TRANSLATE_NOOP("SignDocuments", "Title (English)"), self.title_en)
        self.row("text_zh", "Chinese text", QT_TRANSLATE_NOOP("SignDocuments", "Text (Chinese)"), self.text_zh)
        self.row("text_en", "English text", QT_TRANSLATE_NOOP("SignDocuments", "Text (English)"), self.text_en)
        self.finish(640, 640)

    def value(self) -> dict:
        return dict(key=self.key.text(), audience=self.audience.currentData(), title_zh=self.title_zh.text(),
                    title_en=self.title_en.text(), text_zh=self.text_zh.toPlainText(),
                    text_en=self.text_en.toPlainText())


class DocumentsView(DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Photo and documents settings")
        self.documents: list[m.SignText] = []
        self.dialog: DocumentDialog | None = None
        self.heading = QLabel(objectName="panelHeading")
        self.take_photo = QCheckBox()
        self.take_photo.setAccessibleName("Take visitor photos")
        self.take_photo.toggled.connect(self._on_take_photo)
        self.photo_note = QLabel()
        self.photo_note.setWordWrap(True)
        self.list_heading = QLabel(objectName="groupTitle")
        self.list = QListWidget(objectName="jobs")
        self.list.setAccessibleName("Documents to sign")
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(objectName="primary")
        self.add_button.setAccessibleName("Add a document")
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton()
        self.edit_button.setAccessibleName("Edit document")
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.retire_button = QPushButton()
        self.retire_button.setAccessibleName("Stop asking for document")
        self.retire_button.clicked.connect(self.retire)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.take_photo)
        layout.addWidget(self.photo_note)
        layout.addSpacing(12)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()
        self.retranslate()

    def reload(self) -> None:
        if not self.signed_in():
            return
        self.take_photo.blockSignals(True)
        self.take_photo.setChecked(site_settings(self.store).take_photo)
        self.take_photo.blockSignals(False)
        selected = self.selected()
        self.documents = docs.sign_documents(self.store)
        self.list.clear()
        for document in self.documents:
            item = QListWidgetItem(translate("SignDocuments", "%1 · for %2 · version %3").replace("%1", document.title()).replace(
                "%2", _tr(AUDIENCE_TEXT[document.audience])).replace("%3", str(document.version)))
            item.setData(Qt.ItemDataRole.UserRole, document.key)
            self.list.addItem(item)
            if selected is not None and selected.key == document.key:
                item.setSelected(True)
        self._update_buttons()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & Changes.SETTINGS:
            self.reload_when_shown(self.reload)

    def selected(self) -> m.SignText | None:
        items = self.list.selectedItems()
        key = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return next((d for d in self.documents if d.key == key), None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen)

    def _on_take_photo(self, on: bool) -> None:
        try:
            update_settings(self.store, self.actor(), take_photo=on)
        except DomainError as err:
            self.say(error_text(err), "error")
            self.reload()
            return
        self.say(translate("SignDocuments", "The kiosk now asks visitors for a photo.") if on
                 else translate("SignDocuments", "The kiosk no longer asks for a photo."), "done")

    def edit(self, current: m.SignText | None) -> None:
        self.dialog = DocumentDialog(self, current)
        self.dialog.submitted.connect(self._save)
        self.dialog.open()

    def _save(self, values: dict) -> None:
        try:
            saved = docs.save_sign_document(self.store, self.actor(), **values).value
        except InvalidInput as err:
            self.dialog.show_problems(err.problems)
            return
        except DomainError as err:
            self.dialog.show_problems({"document": "failed"})
            self.say(error_text(err), "error")
            return
        self.dialog.accept()
        self.reload()
        self.say(translate("SignDocuments", "%1 saved as version %2: visitors sign this text from now on.").replace(
            "%1", saved.title()).replace("%2", str(saved.version)), "done")

    def retire(self) -> None:
        document = self.selected()
        if document is None:
            return
        try:
            docs.retire_sign_document(self.store, self.actor(), document.key)
        except DomainError as err:
            self.say(error_text(err), "error")
            return
        self.reload()
        self.say(translate("SignDocuments", "Visitors no longer sign %1; the copies already signed are kept.").replace(
            "%1", document.title()), "done")

    def retranslate(self) -> None:
        self.heading.setText(translate("SignDocuments", "Photo and documents"))
        self.take_photo.setText(translate("SignDocuments", "Ask each visitor at the kiosk for a photo for their badge"))
        self.photo_note.setText(translate("SignDocuments", "The visitor agrees to the photo separately and may say no. The photo is "
                                    "deleted with the visit's other details after the retention period."))
        self.list_heading.setText(translate("SignDocuments", "Documents visitors sign at the kiosk"))
        self.add_button.setText(translate("SignDocuments", "Add a document…"))
        self.edit_button.setText(translate("SignDocuments", "Edit…"))
        self.retire_button.setText(translate("SignDocuments", "Stop asking"))
        self.reload()
