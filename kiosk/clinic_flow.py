"""A clinic patient's ways through the kiosk (a mixin of VisitorFlow): a first visit says how they heard of
the clinic before the summary; an emergency is one page and one button, the chief doctor and the desk told at
once. The check-in services make each a patient's visit with a queue ticket (shared.services.checkin.patient)."""
from __future__ import annotations

import logging

from shared.domain.clinic import PatientKind
from shared.domain.errors import InvalidInput, WatchlistMatch
from shared.services.checkin import check_in_walk_in

from kiosk import profile

log = logging.getLogger(__name__)


class ClinicFlow:
    """Expects the window's referral and emergency pages, store, actor, config, settings and VisitorFlow's helpers."""

    def connect_clinic(self) -> None:
        self.welcome.emergency_chosen.connect(self.go_emergency)
        self.referral.back.connect(lambda: self.show_page(self.walk_in))
        self.referral.next.connect(self.go_confirm)
        self.emergency.back.connect(self.go_welcome)
        self.emergency.submitted.connect(self.send_emergency)

    def apply_profile(self, site_profile: str) -> None:
        """An office, a gate or a clinic (the site's settings): every page words itself anew on a change."""
        if profile.set_profile(site_profile):
            for page in (self.pages.widget(i) for i in range(self.pages.count())):
                page.retranslate()

    def clear_patient(self) -> None:
        self.referral.clear()
        self.emergency.clear()

    def after_walk_in(self) -> None:
        """A clinic's first visit asks how they heard of it; an office's visitor goes on to the details."""
        if profile.clinic():
            self.show_page(self.referral)
        else:
            self.show_page(self.details)

    def patient_fields(self) -> dict[str, str]:
        """What a first visit adds to the walk-in: its kind and the referral source; nothing at an office."""
        if not profile.clinic():
            return {}
        return {"patient_kind": str(PatientKind.FIRST_VISIT), "referral": self.referral.referral()}

    def go_emergency(self) -> None:
        self.clear_visitor()
        self.emergency.start(self.settings.retention_days)
        self.show_page(self.emergency)

    def send_emergency(self) -> None:
        """Saved at once: no photo, no documents; the consent is the same as anyone's."""
        page = self.emergency
        walk_in, consent = page.walk_in(), page.consent()
        if not consent.privacy:
            page.show_problems({"consent": "required"})
            return
        page.set_busy(True)
        try:
            visit = check_in_walk_in(self.store, self.actor, walk_in, printer=self.config.badge_printer,
                                     consent=consent).value
        except WatchlistMatch:
            self.see_reception_instead()
            return
        except InvalidInput as err:
            page.show_problems(err.problems)
            return
        except Exception:  # the desk must still hear of it: the page says to go there now
            log.exception("emergency check-in failed")
            page.show_failure()
            return
        self._checked_in([visit], host_unknown=True)
