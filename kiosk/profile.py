"""The site's profile as the kiosk's pages word it (shared.domain.profiles): a clinic's patient gets a queue
ticket from a doctor where an office's visitor gets a badge from a host. The window sets it from the site's
settings; the pages read it when they retranslate."""
from __future__ import annotations

from shared.domain.profiles import CLINIC, FACTORY, OFFICE

_current = [OFFICE]


def set_profile(profile: str) -> bool:
    """True when it changed (the pages then retranslate)."""
    changed = profile != _current[0]
    _current[0] = profile
    return changed


def clinic() -> bool:
    return _current[0] == CLINIC


def factory() -> bool:
    """A factory gate: a site pass (出入证) from a contact (接待人), where an office gives a badge from a host."""
    return _current[0] == FACTORY
