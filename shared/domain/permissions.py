"""What each role may do. Services check it (a screen hiding a button is not a control)."""
from __future__ import annotations

from enum import StrEnum

from shared.domain import model as m
from shared.domain.errors import DomainError


class Permission(StrEnum):
    SEE_CONFIDENTIAL = "see_confidential"  # find and read visits marked confidential
    MARK_CONFIDENTIAL = "mark_confidential"
    REVEAL = "reveal"  # a full ID or mobile number, with a typed reason
    APPROVE_ENQUIRY = "approve_enquiry"  # the security lead's word on a third-party enquiry
    WATCHLIST = "watchlist"
    GATE = "gate"  # register arrivals at the gate, print gate passes, check people out
    EXPORT_LOG = "export_log"
    PERSON_DATA = "person_data"  # export or erase everything held about one person
    DELETE_VISIT = "delete_visit"
    READ_AUDIT = "read_audit"
    APPROVE_PLAN = "approve_plan"  # approve, return or re-level a reception request
    READ_SUMMARY = "read_summary"  # the host's visit summary (到访总结汇报) is confidential


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "receptionist": frozenset({Permission.MARK_CONFIDENTIAL, Permission.EXPORT_LOG}),
    "security": frozenset({Permission.SEE_CONFIDENTIAL, Permission.MARK_CONFIDENTIAL, Permission.REVEAL,
                           Permission.APPROVE_ENQUIRY, Permission.WATCHLIST, Permission.GATE,
                           Permission.EXPORT_LOG, Permission.READ_AUDIT}),
    "leader": frozenset({Permission.APPROVE_PLAN, Permission.READ_SUMMARY, Permission.EXPORT_LOG,
                         Permission.SEE_CONFIDENTIAL}),
    "admin": frozenset(Permission),
}


class NotPermitted(DomainError):
    """The operator's role does not allow this; nothing was done."""

    def __init__(self, permission: Permission) -> None:
        super().__init__(f"not permitted: {permission}")
        self.permission = permission


def can(actor: m.Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: m.Actor, permission: Permission) -> None:
    if not can(actor, permission):
        raise NotPermitted(permission)
