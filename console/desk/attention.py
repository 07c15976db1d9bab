"""The attention panels under the lists: badges that failed or are in doubt, and failed host notifications."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from shared.config import StationConfig
from shared.domain.errors import DomainError
from shared.domain.states import WAITING
from shared.qt.problems import error_text
from shared.services import notifications as notes
from shared.services.notifications.deliveries import latest_for_visits
from shared.services.printing import jobs as print_jobs
from shared.store.engine import Store

from console.common.panel import ActorFn
from console.desk.notify_panel import NotifyPanel
from console.desk.print_panel import PrintPanel
from console.desk.visits_model import VisitsModel

translate = QCoreApplication.translate  # the window's catalogue context: its translations stay as they are


class AttentionPanels(QObject):
    """Builds both panels (the window places them) and keeps them true; a new problem alerts the desk."""

    said = Signal(str, str)  # text, tone

    def __init__(self, store: Store, config: StationConfig, actor: ActorFn, model: VisitsModel,
                 wake_notifier: Callable[[], None], window: QWidget) -> None:
        super().__init__(window)
        self._store = store
        self._config = config
        self._actor = actor
        self._model = model
        self._wake_notifier = wake_notifier
        self._window = window  # what QApplication.alert flashes
        self._attention_ids: set[int] = set()
        self._failed: list | None = None  # failed notifications (NotificationView), as last read
        self._failed_shown: list | None = None
        self._printers: list | None = None  # printer states (PrinterView), as last read
        self._shown_jobs: list | None = None

    def build_notify_panel(self) -> NotifyPanel:
        panel = self.notify_panel = NotifyPanel()
        panel.retry.connect(self._retry_notification)
        return panel

    def build_print_panel(self) -> PrintPanel:
        panel = self.print_panel = PrintPanel()
        panel.can_print_here = bool(self._config.badge_printer)
        panel.retry.connect(lambda job_id: self._job_action(print_jobs.retry_job, job_id))
        panel.print_here.connect(lambda job_id: self._job_action(
            print_jobs.reroute_job, job_id, self._config.station, self._config.badge_printer))
        panel.printed_ok.connect(lambda job_id: self._job_action(print_jobs.resolve_in_doubt, job_id, True))
        panel.print_again.connect(lambda job_id: self._job_action(print_jobs.resolve_in_doubt, job_id, False))
        return panel

    # --- notifications -------------------------------------------------------------------

    def refresh_notifications(self, ids: set[int] | None = None, *, requery: bool = True) -> None:
        """Failed host notifications of visitors still waiting for their host: the desk phones.

        requery=False (only visits changed): the failed ones read last time, shown for who waits now."""
        if ids is None:
            shown = [v.id for v in self._model.visits()]
            self._model.set_notifications(latest_for_visits(self._store, self._actor(), shown), replace_all=True)
        if requery or self._failed is None:
            self._failed = notes.notifications_needing_attention(self._store, self._actor())
        waiting = {v.id: v for v in self._model.visits() if v.state in WAITING}
        shown = [(n, waiting[n.visit_id]) for n in self._failed if n.visit_id in waiting]
        if requery or shown != self._failed_shown:  # a full refresh redraws (a new language, say)
            self._failed_shown = shown
            self.notify_panel.show_failed(shown)

    def _retry_notification(self, notification_id: int) -> None:
        try:
            notes.retry_notification(self._store, self._actor(), notification_id)
        except DomainError as err:
            self.said.emit(error_text(err), "error")
        else:
            self.said.emit(translate("ConsoleWindow", "The notification is being sent again."), "done")
            self._wake_notifier()
        self.refresh_notifications()

    # --- printing ------------------------------------------------------------------------

    def refresh_printing(self, alert: bool = True, printers: bool = True) -> None:
        """Failed jobs and jobs in doubt, from every station; a new one alerts the desk.

        printers=False (only jobs changed, e.g. a badge queued at a check-in): the printers' states as
        last read, and the panel left alone when the jobs needing attention are the same."""
        jobs = print_jobs.jobs_needing_attention(self._store, self._actor())
        if printers or self._printers is None:
            self._printers = print_jobs.printer_states(self._store)
        elif jobs == self._shown_jobs:
            return
        self._shown_jobs = jobs
        self.print_panel.show_state(jobs, self._printers)
        new = {j.id for j in jobs} - self._attention_ids
        self._attention_ids = {j.id for j in jobs}
        if alert and new:
            self.said.emit(translate("ConsoleWindow", "A badge needs your attention: see the list below."), "error")
            QApplication.alert(self._window)

    def _job_action(self, service, job_id: int, *args) -> None:
        try:
            service(self._store, self._actor(), job_id, *args)
        except DomainError as err:
            self.said.emit(error_text(err), "error")
        else:
            self.said.emit(translate("ConsoleWindow", "Done."), "done")
        self.refresh_printing(alert=False)
