"""The first thing a visitor sees: a greeting and three clear ways in (or out)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from kiosk import profile
from kiosk.top_bar import logo_pixmap
from kiosk.widgets import Reflow, label, touch_button

HERO_WIDTH = 500


class WelcomePage(Retranslating, QWidget):
    invitation_chosen = Signal()
    walk_in_chosen = Signal()
    check_out_chosen = Signal()
    emergency_chosen = Signal()  # a clinic's third way in

    def __init__(self, site_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Welcome page")
        self.logo = QLabel()
        self.logo.hide()
        self.greeting = label("display")
        self.site = label("subtitle", site_name)
        self.invitation = touch_button("Invitation", kind="hero")
        self.invitation_hint = label("hint")
        self.walk_in = touch_button("Walk-in", kind="hero")
        self.walk_in_hint = label("hint")
        self.emergency = touch_button("Emergency", kind="danger")
        self.emergency.setMinimumWidth(360)
        self.emergency.hide()
        self.check_out = touch_button("Check out", kind="secondary")
        self.check_out.setMinimumWidth(360)
        self.scan_hint = label("hint")
        for widget in (self.greeting, self.site, self.invitation_hint, self.walk_in_hint, self.scan_hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.invitation, self.walk_in):
            button.setMinimumWidth(HERO_WIDTH)

        cells = []
        for button, hint in ((self.invitation, self.invitation_hint), (self.walk_in, self.walk_in_hint)):
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(14)
            column.addWidget(button)
            column.addWidget(hint)
            cells.append(cell)
        self.ways = Reflow(cells, spacing=40, centred=True)  # stacked on a portrait screen

        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 36)
        layout.addStretch(3)
        layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.greeting)
        layout.addSpacing(6)
        layout.addWidget(self.site)
        layout.addStretch(3)
        layout.addWidget(self.ways)
        layout.addStretch(2)
        layout.addWidget(self.emergency, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.check_out, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(self.scan_hint)

        self.invitation.clicked.connect(self.invitation_chosen)
        self.walk_in.clicked.connect(self.walk_in_chosen)
        self.check_out.clicked.connect(self.check_out_chosen)
        self.emergency.clicked.connect(self.emergency_chosen)
        self._card_reader = False
        self.retranslate()

    def show_card_reader(self, present: bool) -> None:
        """With an ID card reader, the walk-in's hint says a card is the quickest way in."""
        self._card_reader = present
        self.retranslate()

    def show_site(self, name: str, logo_path: str) -> None:
        self.site.setText(name)
        pixmap = logo_pixmap(logo_path, 96)
        self.logo.setVisible(pixmap is not None)
        if pixmap is not None:
            self.logo.setPixmap(pixmap)

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Welcome"))
        self.invitation.setText(self.tr("I have an invitation"))
        self.invitation_hint.setText(self.tr("Scan or type your invitation code."))
        self.walk_in.setText(self.tr("I don't have an appointment"))
        self.walk_in_hint.setText(self.tr("Or just lay your ID card on the reader.") if self._card_reader else
                                  self.tr("Register as a walk-in visitor in under a minute."))
        self.check_out.setText(self.tr("Leaving? Check out"))
        self.scan_hint.setText(self.tr("Have a QR code? Hold it to the scanner at any time."))
        self.emergency.setVisible(profile.clinic())
        if profile.clinic():  # 口腔门诊: an appointment, a first visit, or an emergency
            self.invitation.setText(self.tr("I have an appointment"))
            self.invitation_hint.setText(self.tr("Find it by your mobile number or its code."))
            self.walk_in.setText(self.tr("First visit"))
            self.walk_in_hint.setText(self.tr("Register in a minute and get your queue ticket."))
            self.emergency.setText(self.tr("Emergency: I need help now"))
            self.check_out.setText(self.tr("Leaving? Scan your ticket"))
            self.scan_hint.setText(self.tr("Have your appointment's QR code? Hold it to the scanner."))
