"""An expected guest's invitation on screen: the QR code to scan, the code to read aloud, Save PNG…."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from shared.domain.expected import AppointmentView
from shared.qt.retranslate import Retranslating
from shared.services.desk import expected as pre


def time_window(v: AppointmentView) -> str:
    return f"{v.time_from}–{v.time_to}" if v.time_from else QCoreApplication.translate("ExpectedVisits", "Any time")


class InvitationDialog(Retranslating, QDialog):
    """The QR code large enough to scan from the screen, the code to read aloud, and Save PNG…."""

    def __init__(self, parent: QWidget | None, view: AppointmentView) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("invitationDialog")
        self.view = view
        self.png = pre.invitation_qr_png(view.code)
        pixmap = QPixmap()
        pixmap.loadFromData(self.png, "PNG")
        self.qr = QLabel()
        self.qr.setAccessibleName("Invitation QR code")
        self.qr.setPixmap(pixmap.scaled(320, 320, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.FastTransformation))  # sharp modules
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel(" ".join((view.code[:4], view.code[4:])))
        self.code.setAccessibleName("Invitation code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("font-size: 32px; font-weight: 700; letter-spacing: 4px; font-family: monospace;")
        self.details = QLabel()
        self.details.setAccessibleName("Invitation details")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.save = QPushButton()
        self.save.setAccessibleName("Save PNG")
        self.save.clicked.connect(self.choose_file)
        self.close_button = QPushButton(objectName="primary")
        self.close_button.setAccessibleName("Close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr)
        layout.addWidget(self.code)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self.file_dialog: QFileDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        v = self.view
        self.setWindowTitle(QCoreApplication.translate("ExpectedVisits", "Invitation for %1").replace("%1", v.visitor_name))
        lines = [v.visitor_name + (f" · {v.company}" if v.company else ""),
                 f"{v.expected_on:%Y-%m-%d} {time_window(v)}"]
        if v.host_name:
            lines.append(QCoreApplication.translate("ExpectedVisits", "Host: %1").replace("%1", v.host_name))
        self.details.setText("\n".join(lines))
        self.save.setText(QCoreApplication.translate("ExpectedVisits", "Save PNG…"))
        self.close_button.setText(QCoreApplication.translate("ExpectedVisits", "Close"))

    def choose_file(self) -> None:
        """Not blocking: the file dialog answers through fileSelected."""
        self.file_dialog = QFileDialog(self, QCoreApplication.translate("ExpectedVisits", "Save the invitation's QR code"), f"invitation-{self.view.code}.png",
                                       QCoreApplication.translate("ExpectedVisits", "PNG images (*.png)"))
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix("png")
        self.file_dialog.fileSelected.connect(self.save_to)
        self.file_dialog.open()

    def save_to(self, path: str) -> None:
        try:
            Path(path).write_bytes(self.png)
        except OSError as err:
            QMessageBox.warning(self, self.windowTitle(), QCoreApplication.translate("ExpectedVisits", "Could not save the file: %1").replace("%1", str(err)))
