"""The lobby's welcome board (热烈欢迎 … 莅临指导): today's VIP guests by name and company; with none, the site's
name and a quiet welcome."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating
from shared.services.site.welcome_board import WelcomeGuest

from display.fit import FitLabel

GUESTS = 4  # more than this on one screen would no longer read from across the lobby
# The guests' lines shrink as there are more of them: one guest fills the screen, four share it.
GUEST_SCALE = {1: 1.0, 2: 0.8}
OTHERWISE = 0.62


class WelcomeView(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Welcome board")
        self._guests: tuple[WelcomeGuest, ...] = ()
        self._site, self._scale = "", 1.0
        self._shown: tuple[tuple[WelcomeGuest, ...], str] | None = None
        self.welcome, self.honour = FitLabel("welcome"), FitLabel("honour")
        self.names = [FitLabel("guest") for _ in range(GUESTS)]
        self.companies = [FitLabel("company") for _ in range(GUESTS)]
        self.site, self.quiet = FitLabel("site-big"), FitLabel("quiet")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.welcome)
        for name, company in zip(self.names, self.companies):
            layout.addWidget(name)
            layout.addWidget(company)
        layout.addWidget(self.honour)
        layout.addWidget(self.site)
        layout.addWidget(self.quiet)
        layout.addStretch(3)
        for label in self._labels():
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def _labels(self) -> list[FitLabel]:
        return [self.welcome, self.honour, self.site, self.quiet, *self.names, *self.companies]

    def show_guests(self, guests: tuple[WelcomeGuest, ...], site_name: str) -> None:
        if (guests, site_name) == self._shown:
            return  # the same as two seconds ago
        self._guests, self._site, self._shown = guests, site_name, (guests, site_name)
        shown = guests[:GUESTS]
        for label in (self.welcome, self.honour):
            label.setVisible(bool(shown))
        for label in (self.site, self.quiet):
            label.setVisible(not shown)
        self.site.set_line(site_name)
        for i, (name, company) in enumerate(zip(self.names, self.companies)):
            guest = shown[i] if i < len(shown) else None
            name.setVisible(guest is not None)
            company.setVisible(bool(guest and guest.company))
            if guest is not None:
                name.set_line(self.tr("%1 and party").replace("%1", guest.name) if guest.party_size > 1 else guest.name)
                company.set_line(guest.company)
        self._apply_scale()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._apply_scale()

    def _apply_scale(self) -> None:
        """The sizes for this many guests, all smaller again while the lines would not fit the height."""
        share = GUEST_SCALE.get(len(self._guests[:GUESTS]), OTHERWISE)
        margin = round(64 * self._scale)
        self.layout().setContentsMargins(margin, 0, margin, 0)
        fit = 1.0
        while True:
            for label in (self.welcome, self.honour, self.site, self.quiet):
                label.set_scale(self._scale * fit)
            for label in (*self.names, *self.companies):
                label.set_scale(self._scale * share * fit)
            self.layout().setSpacing(round(24 * self._scale * share * fit))
            if fit < 0.4 or self.height() < 100 or self._content_height() <= self.height():
                break
            fit *= 0.9

    def _content_height(self) -> int:
        shown = [x for x in self._labels() if not x.isHidden()]
        lines = sum(x.heightForWidth(x.width()) if x.wordWrap() else x.sizeHint().height() for x in shown)
        return lines + self.layout().spacing() * (len(shown) + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def retranslate(self) -> None:
        self.welcome.set_line(self.tr("A warm welcome to"))
        self.honour.set_line(self.tr("Thank you for honouring us with your visit"))
        self.quiet.set_line(self.tr("Welcome"))
        self._shown = None
        self.show_guests(self._guests, self._site)
