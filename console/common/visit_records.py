"""A visit's photo, how its ID number came in, and the documents its visitor signed (each opens as the
signed PDF), beside the selected visit on the desk and from the visitor log."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QBuffer, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from shared.domain import model as m
from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.qt.retranslate import Retranslating
from shared.services.desk.records import signed_copy_pdf, visit_records
from shared.store.engine import Store

from console.common.panel import ActorFn

PHOTO_WIDTH = 96  # 128 px high: the action panel below keeps its room at 768 px


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal") calls


def photo_note(records: m.VisitRecords) -> str:
    photo = records.photo
    if photo is None or photo.jpeg:
        return ""
    return {"declined": translate("VisitRecords", "No photo: the visitor declined."),
            "no_camera": translate("VisitRecords", "No photo: the kiosk has no camera."),
            "camera_failed": translate("VisitRecords", "No photo: the kiosk's camera failed.")}.get(photo.missing, "")


def id_note(records: m.VisitRecords) -> str:
    return {"card": translate("VisitRecords", "ID read from the card"),
            "typed": translate("VisitRecords", "ID typed by the visitor")}.get(records.id_source, "")


class SignedCopyDialog(QDialog):
    """The signed PDF, read from the database into memory: no copy of it is left on the desk's disk."""

    def __init__(self, parent: QWidget, title: str, pdf: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName("Signed copy")
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName("Signed copy pages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(720, 900)


def open_signed_copy(parent: QWidget, store: Store, actor: m.Actor, copy: m.SignedCopy) -> SignedCopyDialog | str:
    """The copy's PDF read and shown in its dialog; or, when it may not be read, the reason as text."""
    try:
        pdf = signed_copy_pdf(store, actor, copy.id)
    except DomainError as err:
        return error_text(err)
    dialog = SignedCopyDialog(parent.window(), copy.title, pdf)
    dialog.open()
    return dialog


class VisitRecordsPanel(Retranslating, QFrame):
    """Empty (hidden) for a visit with nothing of the kind; reads one visit when it is selected."""

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="actionPanel")
        self.store, self.actor = store, actor
        self.records: m.VisitRecords | None = None
        self.dialog: SignedCopyDialog | None = None
        self.photo = QLabel()
        self.photo.setAccessibleName("Visitor photo")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel()
        self.note.setAccessibleName("Photo and ID")
        self.note.setWordWrap(True)
        self.heading = QLabel(objectName="groupTitle")
        self.copies = QVBoxLayout()
        self.copies.setSpacing(4)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.photo)
        layout.addWidget(self.note)
        layout.addWidget(self.heading)
        layout.addLayout(self.copies)
        self.show_visit(None)
        self.retranslate()

    def show_visit(self, visit_id: int | None) -> None:
        self.records = None
        if visit_id is not None:
            try:
                self.records = visit_records(self.store, self.actor(), visit_id)
            except DomainError:  # gone, hidden or not allowed: nothing to show
                self.records = None
        self._fill()

    def _fill(self) -> None:
        records = self.records
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        has_photo = records is not None and records.photo is not None and bool(records.photo.jpeg)
        if has_photo:
            pixmap = QPixmap()
            pixmap.loadFromData(records.photo.jpeg, "JPEG")
            self.photo.setPixmap(pixmap.scaledToWidth(PHOTO_WIDTH, Qt.TransformationMode.SmoothTransformation))
        self.photo.setVisible(has_photo)
        notes = self._notes()
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        copies = records.signed if records else ()
        self.heading.setVisible(bool(copies))
        for copy in copies:
            button = QPushButton(copy.title, objectName="action")
            button.setAccessibleName(f"Open signed {copy.key}")
            button.setToolTip(translate("VisitRecords", "Signed %1 · version %2").replace(
                "%1", copy.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")).replace("%2", str(copy.version)))
            button.clicked.connect(lambda _=False, c=copy: self.open_copy(c))
            self.copies.addWidget(button)
            self.buttons.append(button)
        self.setVisible(has_photo or bool(notes) or bool(copies))

    def _notes(self) -> list[str]:
        records = self.records
        return [n for n in (id_note(records), photo_note(records)) if n] if records else []

    def open_copy(self, copy: m.SignedCopy) -> None:
        opened = open_signed_copy(self, self.store, self.actor(), copy)
        if isinstance(opened, str):
            self.note.setText(opened)
            self.note.show()
        else:
            self.dialog = opened

    def retranslate(self) -> None:
        self.heading.setText(translate("VisitRecords", "Signed documents"))
        self.note.setText("\n".join(self._notes()))


class VisitRecordsDialog(QDialog):
    """The visitor log's view of one visit's photo and signed copies."""

    def __init__(self, parent: QWidget, store: Store, actor: ActorFn, row) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{row.visit_no} · {row.visitor_name}")
        self.setAccessibleName("Photo and documents")
        self.panel = VisitRecordsPanel(store, actor, self)
        self.panel.show_visit(row.visit_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)

    def has_records(self) -> bool:
        return self.panel.isVisibleTo(self)
