"""What each role may do. Services check it (a screen hiding a button is not a control)."""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from shared.domain import model as m
from shared.domain.errors import DomainError


class Permission(StrEnum):
    DESK = "desk"  # the desk's daily work: the visit flow, appointments, print jobs, notifications, the lists
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
    SETTINGS = "settings"  # site, notification and reception-level settings (ID printing, retention...)
    REMINDERS = "reminders"  # the desk's own reminder timings (water, late host, tidy room)
    DIRECTORY = "directory"  # add, change or import hosts
    OPERATORS = "operators"  # add operators, change roles and PINs
    PURGE = "purge"  # run the retention purge
    NO_SHOWS = "no_shows"  # close earlier days: open appointments become no-shows
    HOST = "host"  # a host on their own page: their own guests only (the services scope by host)


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "receptionist": frozenset({Permission.DESK, Permission.MARK_CONFIDENTIAL, Permission.EXPORT_LOG,
                               Permission.REMINDERS, Permission.NO_SHOWS}),
    "security": frozenset({Permission.DESK, Permission.SEE_CONFIDENTIAL, Permission.MARK_CONFIDENTIAL,
                           Permission.REVEAL, Permission.APPROVE_ENQUIRY, Permission.WATCHLIST, Permission.GATE,
                           Permission.EXPORT_LOG, Permission.READ_AUDIT}),
    "leader": frozenset({Permission.DESK, Permission.APPROVE_PLAN, Permission.READ_SUMMARY, Permission.EXPORT_LOG,
                         Permission.SEE_CONFIDENTIAL}),
    "admin": frozenset(Permission),
    # A host signed in to the hosts' web page: nothing of the desk's, only their own guests.
    "host": frozenset({Permission.HOST}),
    # The station's own housekeeping: exactly what the daily jobs need, nothing a person could use.
    "system": frozenset({Permission.PURGE, Permission.NO_SHOWS}),
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


F = TypeVar("F", bound=Callable)


def needs(permission: Permission) -> Callable[[F], F]:
    """A service function's gate: its `actor` argument must hold the permission before anything runs.
    The permission is recorded on the function (`__needs__`) so a test can enumerate the gates."""
    def gate(fn: F) -> F:
        params = list(inspect.signature(fn).parameters)
        if "actor" not in params:
            raise TypeError(f"{fn.__qualname__} takes no actor to check")
        index = params.index("actor")

        @functools.wraps(fn)
        def checked(*args, **kwargs):
            actor = args[index] if index < len(args) else kwargs.get("actor")
            if actor is None:  # the gate must never open by leaving the actor out
                raise NotPermitted(permission)
            require(actor, permission)
            return fn(*args, **kwargs)

        checked.__needs__ = permission  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]
    return gate
