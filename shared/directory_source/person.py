"""A person as a directory gives them: plain data, so the services take it without loading a client library."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DirectoryPerson:
    """Text already one line. A field the site does not map is None: the host's own value is left alone."""

    directory_id: str  # stable across renames: entryUUID, AD's objectGUID
    login: str
    name: str
    name_en: str | None = None
    email: str | None = None
    phone: str | None = None
    department: str | None = None
    assistant: str | None = None  # the assistant's name (their DN resolved)
    assistant_phone: str | None = None  # the assistant's own mobile, from their entry
