"""The site's stations (站点状态): every kiosk, desk and display that runs, with its role, version, printer and
last error; one silent for two minutes turns amber, for five red, and one whose printer cannot print is amber.
A station turning amber or red is said at once on the status line (and the window flashes), on any tab."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from shared.services.site.stations import (AMBER, OK, RED, SILENT_AMBER_BEATS, SILENT_RED_BEATS, StationView,
                                           heartbeat_s, stations)
from shared.store.engine import Store

from console.common.panel import ActorFn, DeskView
from console.common.widgets import record_table

CTX = "StationsView"
COLUMNS = (QT_TRANSLATE_NOOP("StationsView", "Station"), QT_TRANSLATE_NOOP("StationsView", "Role"),
           QT_TRANSLATE_NOOP("StationsView", "State"), QT_TRANSLATE_NOOP("StationsView", "Last heard"),
           QT_TRANSLATE_NOOP("StationsView", "Printer"), QT_TRANSLATE_NOOP("StationsView", "Version"),
           QT_TRANSLATE_NOOP("StationsView", "Last error"))
HEALTH = {OK: QT_TRANSLATE_NOOP("StationsView", "Running"), AMBER: QT_TRANSLATE_NOOP("StationsView", "Needs a look"),
          RED: QT_TRANSLATE_NOOP("StationsView", "Not heard from")}
COLOURS = {OK: "#047857", AMBER: "#b45309", RED: "#b91c1c"}


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate(CTX, text)


def _span(seconds: int) -> str:
    return translate("StationsView", "%1 min").replace("%1", str(seconds // 60)) if seconds >= 60 else translate("StationsView", "%1 s").replace("%1", str(seconds))


def _ago(silent_s: int) -> str:
    if silent_s < 60:
        return translate("StationsView", "%1 s ago").replace("%1", str(silent_s))
    return translate("StationsView", "%1 min ago").replace("%1", str(silent_s // 60))


class StationsView(DeskView):
    attention_changed = Signal(int)  # how many stations need a look

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Stations")
        self.note = QLabel(wordWrap=True)
        self.table = record_table(len(COLUMNS), "Stations list")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.rows: list[StationView] = []
        self._health: dict[str, str] = {}  # as last seen: a change to amber or red is said once
        self.attention = 0
        # Silence is what this list looks for: it reads on its own clock, not the change feed's.
        self.timer = QTimer(self, interval=max(500, int(heartbeat_s() * 500)), timeout=self.reload)
        self.timer.start()
        self.retranslate()

    def reload(self) -> None:
        self.rows = stations(self.store, self.actor())
        self._say_changes()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.station, row.role, _tr(HEALTH[row.health]), _ago(row.silent_s),
                     row.printer or "—", row.version, row.last_error)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setForeground(QColor(COLOURS[row.health]))
                self.table.setItem(r, c, item)
        attention = sum(1 for row in self.rows if row.attention)
        if attention != self.attention:
            self.attention = attention
            self.attention_changed.emit(attention)

    def _say_changes(self) -> None:
        worse = []
        for row in self.rows:
            before = self._health.get(row.station)
            if row.health != OK and before is not None and before != row.health:
                worse.append(row)
            self._health[row.station] = row.health
        for row in worse:
            text = translate("StationsView", "Station %1: %2").replace("%1", row.station).replace("%2", _tr(HEALTH[row.health]))
            self.say(text + (f" ({row.printer})" if row.printer not in ("", "ok") else ""), "error")
        if worse:
            QApplication.alert(self.window())

    def retranslate(self) -> None:
        amber, red = (round(beats * heartbeat_s()) for beats in (SILENT_AMBER_BEATS, SILENT_RED_BEATS))
        self.note.setText(translate("StationsView", "Every station of the site that runs, as it last reported. Silent for %1: needs a "
                              "look; for %2: not heard from.").replace("%1", _span(amber)).replace("%2", _span(red)))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        if self.signed_in():
            self.reload()
