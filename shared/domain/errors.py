"""Domain errors carry a stable code; screens turn codes into translated text."""
from __future__ import annotations

from typing import Any


class DomainError(Exception):
    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.params = params


class ForbiddenTransition(DomainError):
    code = "visit.forbidden_transition"

    def __init__(self, state: Any, action: Any) -> None:
        super().__init__(f"cannot {action} a visit that is {state}", state=str(state), action=str(action))
        self.state, self.action = state, action


class NotFound(DomainError):
    code = "not_found"


class NotActionable(DomainError):
    """The thing is no longer in a state where this action makes sense (someone else acted first)."""

    code = "not_actionable"


class InvalidInput(DomainError):
    """One or more fields are wrong; `problems` maps field -> problem code."""

    code = "invalid_input"

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{f}: {c}" for f, c in problems.items()))
        self.problems = problems


class TooManyTries(InvalidInput):
    """A kiosk station missed too many look-ups in a row: nothing is looked up until wait_s have passed.

    An InvalidInput, so a screen that knows only those still refuses (and changes nothing)."""

    code = "too_many_tries"

    def __init__(self, wait_s: int) -> None:
        super().__init__({"attempts": "wait"})
        self.wait_s = wait_s
        self.params["wait_s"] = wait_s


class WatchlistMatch(DomainError):
    """Someone on the watchlist tried to check in: nothing is saved, the kiosk says only "please see
    reception" (as for any other refusal) and security gets an alert with the reason."""

    code = "watchlist.match"

    def __init__(self, entry_id: int, reason: str, subject: str) -> None:
        super().__init__("watchlist match", entry_id=entry_id)
        self.entry_id, self.reason, self.subject = entry_id, reason, subject


class StoreUnavailable(DomainError):
    """The database cannot be reached just now (locked, lost connection): a screen keeps what it shows and
    tries again later."""

    code = "store_unavailable"
