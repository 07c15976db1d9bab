"""Check-in (登记): the three ways in (walk-in, invitation, group) and the kiosk's way out.

Each check-in is one transaction: the visit, the host's notification and the badge's print job."""
from .group import check_in_group
from .invitation import (CODE_ALPHABET, CODE_LENGTH, check_in_invitation, create_appointment, find_invitation,
                         invitations_for_mobile, new_invitation_code, normalise_code)
from .leaving import check_out_by_badge, record_feedback
from .throttle import KIOSK, Throttle, wait_left
from .visit import BADGE_CHANGES, RECEPTION, arrive, badge_data, check_consent, find_host
from .walk_in import check_in_walk_in

__all__ = ["BADGE_CHANGES", "KIOSK", "Throttle", "wait_left", "CODE_ALPHABET", "CODE_LENGTH", "RECEPTION", "arrive", "badge_data", "check_consent",
           "check_in_group", "check_in_invitation", "check_in_walk_in", "check_out_by_badge", "create_appointment",
           "find_host", "find_invitation", "invitations_for_mobile", "new_invitation_code", "normalise_code",
           "record_feedback"]
