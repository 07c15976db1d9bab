"""An invited guest's way through the kiosk (a mixin of VisitorFlow): the code or the mobile number, "Is this
you?", then the steps before saving and the save."""
from __future__ import annotations

import logging

from shared.domain.errors import InvalidInput, TooManyTries, WatchlistMatch
from shared.domain.model import InvitationMatch
from shared.services.checkin import check_in_invitation, find_invitation, invitations_for_mobile

log = logging.getLogger(__name__)


class InvitationFlow:
    """Expects the window's invitation pages, store, actor, config, throttle and VisitorFlow's helpers."""

    def go_invitation(self) -> None:
        self.clear_visitor()
        self.show_page(self.invitation)
        self.invitation.focus_code()

    def lookup_invitation(self, code: str, masked: bool = False) -> None:
        try:
            invitation = find_invitation(self.store, code, station=self.actor.station, throttle=self.throttle)
        except TooManyTries as err:
            self.must_wait(err, self.invitation)
            return
        except InvalidInput as err:
            self.invitation_problem.show_problem(err.problems.get("invitation", "unknown"))
            self.show_page(self.invitation_problem)
            return
        except Exception:
            log.exception("invitation lookup failed")
            self.invitation_problem.show_problem(None)
            self.show_page(self.invitation_problem)
            return
        self.is_this_you.show_invitation(invitation, masked, self.settings.retention_days)
        self.show_page(self.is_this_you)

    def lookup_mobile(self, mobile: str) -> None:
        try:
            matches = invitations_for_mobile(self.store, mobile, station=self.actor.station, throttle=self.throttle)
        except TooManyTries as err:
            self.must_wait(err, self.invitation)
            return
        except InvalidInput:
            self.invitation.show_mobile_invalid()
            return
        except Exception:
            log.exception("appointment lookup failed")
            matches = []
        self.invitation.show_matches(matches)

    def choose_match(self, match: InvitationMatch) -> None:
        self.lookup_invitation(match.code, masked=True)

    def check_in_invitation(self) -> None:
        invitation = self.is_this_you.invitation()
        if invitation is None:
            return
        consent = self.is_this_you.consent()
        if not consent.privacy:
            self.is_this_you.show_consent_problem("consent")
            return
        self.is_this_you.set_busy(True)
        self._start_saving(self.is_this_you, lambda a: self._save_invitation(invitation, consent, a), "invitation",
                           str(invitation.level), [invitation.visitor_name])

    def _save_invitation(self, invitation, consent, attachments) -> None:
        try:
            # Found by mobile number, the guest typed their name: knowing a number is not enough.
            visit = check_in_invitation(self.store, self.actor, invitation.code, printer=self.config.badge_printer,
                                        consent=consent, confirm_name=self.is_this_you.confirm_name(),
                                        throttle=self.throttle, attachments=attachments).value
        except TooManyTries as err:
            self.is_this_you.set_busy(False)
            self.must_wait(err, self.is_this_you)
            return
        except WatchlistMatch:
            self.see_reception_instead()
            return
        except InvalidInput as err:
            if self._documents_changed(err, self.check_in_invitation):
                return
            self.show_page(self.is_this_you)
            if "invitation" in err.problems:  # used meanwhile, e.g. at the desk
                self.invitation_problem.show_problem(err.problems["invitation"])
                self.show_page(self.invitation_problem)
            elif "name" in err.problems:  # not the invitation's name: nothing saved, no hint which part
                self.is_this_you.show_name_problem(err.problems["name"])
            else:
                self.is_this_you.show_consent_problem(next(iter(err.problems)))
            return
        except Exception:
            log.exception("invitation check-in failed")
            self.is_this_you.show_failure()
            self.show_page(self.is_this_you)
            return
        self._checked_in([visit], host_unknown=not invitation.host_name)
