"""What every console view shares: the store, who is acting, live refresh, and a word to the status bar.

The window owns the change feed and the status line; a view only says what happened and refreshes
what it shows when the feed reports a change it cares about."""
from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from shared.changes import Change, Changes
from shared.domain.model import Actor
from shared.domain.permissions import Permission, can
from shared.qt.retranslate import Retranslating
from shared.store.engine import Store

ActorFn = Callable[[], Actor]  # the signed-in operator at this station, asked at the moment of acting


def vertical_scroll(widget: QWidget, object_name: str) -> QScrollArea:
    """A frameless area scrolling `widget` up and down, never sideways: panels that may outgrow their room."""
    scroll = QScrollArea(objectName=object_name)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def _when_signed_in(reload: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(reload)
    def guarded(self, *args, **kwargs) -> None:
        if self.signed_in():
            reload(self, *args, **kwargs)
    return guarded


class DeskView(Retranslating, QWidget):
    said = Signal(str, str)  # text, tone: info / done / error

    def __init_subclass__(cls, **kwargs) -> None:
        """A view's `reload` reads nothing before sign-in: the services refuse an actor without a role,
        and signing in reloads every view (ConsoleWindow._reload_all)."""
        super().__init_subclass__(**kwargs)
        if "reload" in cls.__dict__ and not cls.__dict__.get("shows_its_own_notice", False):
            cls.reload = _when_signed_in(cls.__dict__["reload"])

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor

    def signed_in(self) -> bool:
        return can(self.actor(), Permission.DESK)

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        """A change arrived from this or another station; the default reloads nothing."""

    def retranslate(self) -> None:  # views with text override this
        pass

    def say(self, text: str, tone: str = "info") -> None:
        self.said.emit(text, tone)

    def reload_when_shown(self, reload: Callable[[], None]) -> None:
        """Reload now if on screen; otherwise on the next show. A hidden tab that reloads on every
        check-in costs each change its time on a busy desk for a list nobody is looking at."""
        if self.isVisible():
            self._reload_on_show = None
            reload()
        else:
            self._reload_on_show = reload

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if (stale := getattr(self, "_reload_on_show", None)) is not None:
            self._reload_on_show = None
            stale()


def framed_rows(view: QWidget, frame_name: str, title_name: str) -> tuple[QFrame, QLabel, QVBoxLayout]:
    """A side panel's card filling `view`: a frame, its title and the layout its rows go in, ending
    in a stretch that keeps the rows together at the top when the column is taller (insert rows above it)."""
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    frame = QFrame(objectName=frame_name)
    outer.addWidget(frame)
    rows = QVBoxLayout(frame)
    rows.setContentsMargins(12, 10, 12, 10)
    rows.setSpacing(4)
    title = QLabel(objectName=title_name)
    rows.addWidget(title)
    rows.addStretch(1)
    return frame, title, rows

