"""The audit log is append-only in the database itself, and roles decide who may do what."""
import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DBAPIError

from shared.domain.model import Actor
from shared.services.site.audit import audit, audit_entries
from shared.domain.permissions import NotPermitted, Permission, can, require
from shared.store import models as db
from tests.support.actors import STAFF

DESK = Actor("desk-1", "Amy", "receptionist")
GUARD = Actor("gate-1", "老赵", "security")
ADMIN = Actor("desk-1", "Boss", "admin")


def test_an_entry_records_who_where_when_and_what(store):
    with store.write() as s:
        audit(s, GUARD, "reveal", "visit 261127-0003", field="mobile", reason="family emergency")
    (entry,) = audit_entries(store, STAFF)
    assert (entry.operator, entry.station, entry.action, entry.subject) == ("老赵", "gate-1", "reveal",
                                                                             "visit 261127-0003")
    assert entry.detail == {"field": "mobile", "reason": "family emergency"} and entry.at is not None


@pytest.mark.parametrize("statement", [update(db.AuditEntry).values(operator="someone else"),
                                       delete(db.AuditEntry)])
def test_nobody_can_change_or_remove_an_entry(store, statement):
    with store.write() as s:
        audit(s, DESK, "export", "visitor log 2026-11-27")
    with pytest.raises(DBAPIError, match="append-only"):
        with store.write() as s:
            s.execute(statement)
    assert [e.operator for e in audit_entries(store, STAFF)] == ["Amy"]


def test_roles_decide(store):
    assert not can(DESK, Permission.SEE_CONFIDENTIAL) and can(GUARD, Permission.SEE_CONFIDENTIAL)
    assert not can(DESK, Permission.DELETE_VISIT) and not can(GUARD, Permission.DELETE_VISIT)
    assert can(ADMIN, Permission.DELETE_VISIT) and not can(Actor("kiosk-1"), Permission.EXPORT_LOG)
    with pytest.raises(NotPermitted):
        require(DESK, Permission.REVEAL)


def test_settings_changes_are_audited_without_secrets(store):
    from shared.services.directory.levels import update_level
    from shared.services.notifications import update_notify_settings
    from shared.services.site.settings import update_settings

    update_settings(store, ADMIN, retention_days=30)
    update_notify_settings(store, ADMIN, smtp_host="mail.example.com", smtp_password="s3cret")
    update_level(store, ADMIN, "vip", meal_lunch=400)
    entries = [(e.action, e.subject, e.detail) for e in reversed(audit_entries(store, STAFF))]
    assert entries == [("settings", "site", {"retention_days": 30}),
                       ("settings", "notifications", {"changed": ["smtp_host", "smtp_password"]}),
                       ("settings", "reception level vip", {"meal_lunch": 400})]
    assert "s3cret" not in str(entries)


def test_only_security_and_admins_read_the_log(store):
    from shared.services.site.audit import read_audit

    with store.write() as s:
        audit(s, DESK, "export", "visitor log 2026-11-27")
    assert [e.action for e in read_audit(store, GUARD)] == ["export"]
    assert [e.action for e in read_audit(store, ADMIN)] == ["export"]
    with pytest.raises(NotPermitted):
        read_audit(store, DESK)
