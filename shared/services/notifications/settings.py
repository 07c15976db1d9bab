"""The site's notification settings (SMTP server, webhook URLs, timeout) and how each host wants
to be told. Both are read by every station from its next notification on."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain.permissions import Permission, needs
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.notify.settings import CHANNELS, LANGUAGES, NotifySettings
from shared.services.common.loading import load
from shared.services.site.audit import audit
from shared.services.site.settings import load_setting, save_setting
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.services.common.boundary import check_changes, guard_module

KEY = "notify"  # site_setting key


def load_notify_settings(s: Session) -> NotifySettings:
    return load_setting(s, KEY, NotifySettings)


def notify_settings(store: Store) -> NotifySettings:
    with store.read() as s:
        return load_notify_settings(s)


@needs(Permission.SETTINGS)
def update_notify_settings(store: Store, actor: m.Actor, **changes) -> Done[NotifySettings]:
    """Change some fields; every station uses them from its next notification on."""
    try:
        if "smtp_port" in changes:
            changes["smtp_port"] = int(changes["smtp_port"])
        if "timeout_s" in changes:
            changes["timeout_s"] = float(changes["timeout_s"])
    except (TypeError, ValueError) as err:
        raise InvalidInput({"settings": "invalid"}) from err
    with store.write() as s:
        current = load_notify_settings(s)
        check_changes(current, changes)
        try:
            new = replace(current, **changes)
        except TypeError as err:
            raise InvalidInput({"settings": "unknown"}) from err
        if problems := new.problems():
            raise InvalidInput(problems)
        audit(s, actor, "settings", "notifications", changed=sorted(changes))  # names only: some are secrets
        save_setting(s, KEY, new)
    return Done(new, Changes.SETTINGS)


@dataclass(frozen=True, slots=True)
class HostNotify:
    host_id: int
    channel: str
    language: str
    email: str


@needs(Permission.SETTINGS)
def set_host_notification(store: Store, actor: m.Actor, host_id: int, *, channel: str | None = None,
                          language: str | None = None, email: str | None = None) -> Done[HostNotify]:
    """How a host wants to be told: channel (email / webhook / wecom / dingtalk / feishu / none),
    language (zh_CN / en), and the e-mail address."""
    problems = {}
    if channel is not None and channel not in CHANNELS:
        problems["channel"] = "invalid"
    if language is not None and language not in LANGUAGES:
        problems["language"] = "invalid"
    if email is not None and (email := email.strip()) and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        problems["email"] = "invalid"
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        host = load(s, db.Host, host_id, "host", host_id=host_id)
        if channel is not None:
            host.notify_channel = channel
        if language is not None:
            host.language = language
        if email is not None:
            host.email = email
        record(s, "host", host.id)
        return Done(HostNotify(host.id, host.notify_channel, host.language, host.email), Changes.HOSTS)


guard_module(globals())
