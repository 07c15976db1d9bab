"""The visitor's way through the kiosk: which page follows which, and the service calls.

A mixin of KioskWindow (it uses the window's pages, store and timers): the window is the shell,
this is the flow. Nothing is saved before the visitor confirms with the privacy consent ticked."""
from __future__ import annotations

import logging

from shared.devices.idcard.wedge import id_number_from_wedge
from shared.domain.errors import ForbiddenTransition, InvalidInput, NotFound, TooManyTries, WatchlistMatch
from shared.domain.model import Visit, WalkIn
from shared.services.checkin import (
    CODE_ALPHABET,
    KIOSK,
    CODE_LENGTH,
    check_in_group,
    check_out_by_badge,
    normalise_code,
    record_feedback,
)
from shared.services.checkin import check_consent, check_in_walk_in

from kiosk.before_saving import BeforeSaving
from kiosk.card_flow import CardFlow
from kiosk.clinic_flow import ClinicFlow
from kiosk.invitation_flow import InvitationFlow
from kiosk.pages.confirm import Summary
from kiosk.pages.details import FIELDS as DETAIL_FIELDS
from kiosk.pages.walk_in import FIELDS as WALK_IN_FIELDS

log = logging.getLogger(__name__)


def is_invitation_code(text: str) -> bool:
    code = normalise_code(text)
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)


class VisitorFlow(InvitationFlow, ClinicFlow, BeforeSaving, CardFlow):
    """Expects the window's attributes: store, actor, config, settings and every page."""

    throttle = KIOSK  # the core's brake on guessing; tests give it their own clock
    _after_wait = None  # the page to return to when a wait is over

    # Walk-ins ------------------------------------------------------------------------------

    def go_walk_in(self) -> None:
        self.clear_visitor()
        self.show_page(self.walk_in)
        self.walk_in.focus_first_field()

    def go_details(self) -> None:
        if self.walk_in.problems():  # Next is disabled then; this guards a stale tap
            return
        self.after_walk_in()

    def after_details(self) -> None:
        if self.details.problems():
            return
        party_size = self.details.party_size.value()
        if party_size > 1:
            self.group.set_party_size(party_size)
            self.show_page(self.group)
            self.group.focus_first_field()
        else:
            self.go_confirm()

    def walk_in_entered(self) -> WalkIn:
        host = self.walk_in.host()
        details = self.details.values()
        return WalkIn(name=self.walk_in.name.text(), mobile=self.walk_in.mobile.text(),
                      company=self.walk_in.company.text(), host_id=host.id if host else None,
                      host_unknown=self.walk_in.host_unknown(), **details,
                      id_source="card" if self._id_from_card(details.get("id_number", "")) else "typed",
                      **self.card_extras(), **self.patient_fields())

    def go_confirm(self, names_at_desk: bool = False) -> None:
        walk_in = self.walk_in_entered()
        if self.walk_in.problems() or self.details.problems():
            return
        if walk_in.party_size > 1 and not names_at_desk and self.group.problems():
            return
        self._names_at_desk = names_at_desk
        members = self.group.names() if walk_in.party_size > 1 and not names_at_desk else []
        self.confirm.show_summary(Summary(walk_in, self.walk_in.host(), members, names_at_desk),
                                  self.settings.retention_days)
        self.show_page(self.confirm)

    def back_from_confirm(self) -> None:
        if self.patient_fields():
            self.show_page(self.referral)
            return
        self.show_page(self.group if self.details.party_size.value() > 1 else self.details)

    def check_in(self) -> None:
        """The visitor confirmed: the consent first, then the photo and the documents (kiosk/before_saving),
        then the save."""
        walk_in, consent = self.walk_in_entered(), self.confirm.consent()
        try:
            check_consent(walk_in, consent)  # a missing tick is said now, not after the photo and signing
        except InvalidInput as err:
            self.confirm.show_consent_problem(next(iter(err.problems)))
            return
        members = self.group.names() if walk_in.party_size > 1 and not self._names_at_desk else []
        if walk_in.party_size > 1 and self._names_at_desk:
            members = [f"{n} / {walk_in.party_size}" for n in range(2, walk_in.party_size + 1)]
        self.confirm.set_busy(True)
        self._start_saving(self.confirm, lambda a: self._save_walk_in(walk_in, consent, a), "walk_in", "standard",
                           [walk_in.name, *members])

    def _start_saving(self, page, save, check_in: str, level: str, signers: list[str]) -> None:
        try:
            self.before_saving(save, check_in, level, signers)
        except Exception:  # the documents cannot be read: the database is away, as a failed save
            log.exception("documents to sign not read")
            page.show_failure()
            self.show_page(page)

    def _save_walk_in(self, walk_in: WalkIn, consent, attachments) -> None:
        """Saved only now; the badges are queued in the same transaction and printed by the worker."""
        try:
            if walk_in.party_size > 1:
                visits = check_in_group(self.store, self.actor, walk_in, self.group.names(),
                                        printer=self.config.badge_printer, consent=consent,
                                        names_at_desk=self._names_at_desk, attachments=attachments).value
            else:
                visits = [check_in_walk_in(self.store, self.actor, walk_in, printer=self.config.badge_printer,
                                           consent=consent, attachments=attachments).value]
        except WatchlistMatch:
            self.see_reception_instead()
            return
        except InvalidInput as err:
            if self._documents_changed(err, self.check_in):
                return
            self.show_page(self.confirm)
            self._show_walk_in_problems(err.problems)
            return
        except Exception:  # a kiosk must not crash in front of a visitor; the desk can help
            log.exception("walk-in check-in failed")
            self.confirm.show_failure()
            self.show_page(self.confirm)
            return
        self._checked_in(visits, host_unknown=walk_in.host_unknown)

    def _documents_changed(self, err: InvalidInput, again) -> bool:
        """A document was changed at the console while the visitor read it: they sign the new text."""
        if err.problems.get("documents") != "changed":
            return False
        again()
        return True

    def _show_walk_in_problems(self, problems: dict[str, str]) -> None:
        """Back to the page that has the field; consent problems stay on the summary."""
        if consent := next((k for k in ("consent", "id_consent") if k in problems), None):
            self.confirm.show_consent_problem(consent)
        elif any(k in problems for k in (*WALK_IN_FIELDS, "host")):
            self.walk_in.show_problems(problems)
            self.show_page(self.walk_in)
        elif "referral" in problems:
            self.referral.show_problems(problems)
            self.show_page(self.referral)
        elif any(k in problems for k in DETAIL_FIELDS):
            self.details.show_problems(problems)
            self.show_page(self.details)
        elif any(k.startswith("member") for k in problems):
            self.group.show_problems(problems)
            self.show_page(self.group)
        else:
            log.error("check-in refused: %s", problems)
            self.confirm.show_failure()

    def decline(self) -> None:
        """No consent: nothing is saved, nothing of the visitor is kept on screen."""
        self.clear_visitor()
        self.show_page(self.see_reception)

    def see_reception_instead(self) -> None:
        """A watchlist match: security has the alert; the visitor sees exactly what a refusal shows."""
        self.decline()

    def must_wait(self, err: TooManyTries, then) -> None:
        """Too many misses at this station: a countdown, then back to where the visitor was."""
        self._after_wait = then
        self.wait_page.start(err.wait_s)
        self.show_page(self.wait_page)

    def after_wait(self) -> None:
        self.show_page(self._after_wait or self.welcome)

    # After a check-in ----------------------------------------------------------------------

    def _checked_in(self, visits: list[Visit], host_unknown: bool) -> None:
        self.clear_visitor()
        self.done.show_checked_in(len(visits), host_unknown)
        self.show_page(self.done)
        try:
            self.badge_watch.watch(v.id for v in visits)
        except Exception:  # the visit is saved; the desk sees a stuck badge on the console
            log.exception("cannot watch the badge print jobs")
        if self.print_worker is not None:
            self.print_worker.wake()

    # Scanner -------------------------------------------------------------------------------

    def on_scanned(self, text: str) -> None:
        """A scan on any page: an invitation code opens "Is this you?"; an ID number is a card reader in
        keyboard mode (on the start page or the form); anything else is a badge."""
        self.idle_warning.stop()
        number = id_number_from_wedge(text)
        if number is not None:
            self._drop_burst(text)
            if self.current_page() in (self.welcome, self.walk_in, self.details):
                self.on_card_number(number)
        elif is_invitation_code(text):
            self.clear_visitor()
            self.lookup_invitation(text)
        else:
            self.check_out(text)

    # Leaving -------------------------------------------------------------------------------

    def go_check_out(self) -> None:
        self.clear_visitor()
        self.show_page(self.check_out_page)

    def check_out(self, token: str) -> None:
        self.clear_visitor()
        try:
            visit = check_out_by_badge(self.store, self.actor, token, throttle=self.throttle).value
        except TooManyTries as err:
            self.must_wait(err, self.check_out_page)
            return
        except NotFound:
            self.check_out_page.show_problem("unknown")
        except ForbiddenTransition:
            self.check_out_page.show_problem("already_out")
        except Exception:
            log.exception("check-out failed")
            self.check_out_page.show_problem("failed")
        else:
            self._leaving_visit_id = visit.id
            self.feedback.reset()
            self.show_page(self.feedback)
            return
        self.show_page(self.check_out_page)

    def rate_visit(self, rating: int) -> None:
        visit_id, self._leaving_visit_id = self._leaving_visit_id, None
        if visit_id is not None:
            try:
                record_feedback(self.store, visit_id, rating)
            except Exception:  # feedback is a kindness, never a reason to keep a visitor waiting
                log.exception("feedback not recorded")
        self.done_timer.start(self.feedback_thanks_ms)
