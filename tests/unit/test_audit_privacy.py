"""Every audited action that takes typed text keeps that text out of the append-only audit entry, where
the retention purge and an erasure reach it; the entry still says what happened."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from shared.domain.model import Actor
from shared.services.privacy import person_data, retention
from shared.services.privacy.log_reveal import reveal
from shared.services.privacy.log_rows import LogQuery
from shared.services.privacy.visitor_log import archive_day, export_log
from shared.services.security.enquiries import open_enquiry
from shared.services.site.audit import KEPT_APART, REMOVED, audit_entries
from shared.store import models as db
from tests.support.privacy_data import OTHER, ZHUGE, leave_trail
from tests.support.actors import STAFF

ADMIN = Actor("desk-1", "Boss", "admin")
GUARD = Actor("gate-1", "老赵", "security")
LEADER = Actor("desk-2", "陈总", "leader")
NAME, MOBILE = ZHUGE.name, ZHUGE.e164[3:]


def typed(label: str) -> str:
    """A typed text naming the person: a distinctive marker, their name and their mobile."""
    return f"{label}-7Q3 家属紧急 {NAME} {MOBILE}"


def _reveal(store, trail):
    reveal(store, GUARD, trail.visit_id, "mobile", typed("reveal"))


def _erase_other(store, trail):
    leave_trail(store, OTHER)
    person_data.erase_person(store, ADMIN, mobile=OTHER.mobile, reason=typed("erase"))


def _enquiry(store, trail):
    open_enquiry(store, GUARD, NAME, typed("enquiry"), "", "", NAME, "今天来过吗")


def _archive(store, trail):
    archive_day(store, ADMIN, date.today() - timedelta(days=1), typed("archive"), today=date.today())


def _export(store, trail, tmp_path):
    export_log(store, ADMIN, LogQuery(text=f"{NAME}"), "csv", str(tmp_path / "log.csv"))


def _plan_staff(store, trail):
    from shared.services.plans.demo import seed_plan
    from shared.services.plans.itinerary import assign_reception_person

    assign_reception_person(store, LEADER, seed_plan(store), "王芳", typed("plan_staff"))


# action -> (what it does, the audit action it writes, the detail key its text goes under); None: no
# typed text is kept at all (masked before storing).
ACTIONS = {
    "reveal": (_reveal, "reveal", "reason"),
    "erase": (_erase_other, "erase", "reason"),
    "enquiry": (_enquiry, "enquiry", "org"),
    "archive": (_archive, "archive", "handed_to"),
    "export": (_export, "export", None),
    "plan_staff": (_plan_staff, "plan_staff", "reason"),
}
# Where a text also lives outside the audit by design, and what reaches it there: the plan's own
# history (a business record retention does not touch) and the archive's recipient.
OUTSIDE_AUDIT = {"plan_staff": {"plan_event"}, "archive": {"log_archive"}}


@pytest.fixture
def trail(seeded):
    return leave_trail(seeded, ZHUGE)


def run(name, store, trail, tmp_path):
    do = ACTIONS[name][0]
    do(store, trail, tmp_path) if name == "export" else do(store, trail)


def rows_holding(store, needle: str, skip: set[str] = frozenset()) -> set[str]:
    """The tables with a row whose values (JSON decoded) contain needle."""
    hits = set()
    with store.read() as s:
        for table in db.Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            if any(needle in str(tuple(row)) for row in s.execute(select(table))):
                hits.add(table.name)
    return hits


def first_entry(store, action: str):
    """The action's entry (the first: an erasure test writes a second "erase")."""
    return min((e for e in audit_entries(store, STAFF) if e.action == action), key=lambda e: e.id)


@pytest.mark.parametrize("name", ACTIONS)
def test_the_entry_holds_no_typed_text_and_still_says_what_happened(seeded, trail, tmp_path, name):
    run(name, seeded, trail, tmp_path)
    _, action, key = ACTIONS[name]
    others = set(db.Base.metadata.tables) - {"audit_log"}
    assert not rows_holding(seeded, NAME, others) and not rows_holding(seeded, MOBILE, others)
    entry = first_entry(seeded, action)
    if key is not None:
        with seeded.read() as s:
            raw = s.get(db.AuditEntry, entry.id).detail
        assert raw[key] == KEPT_APART and entry.detail[key] == typed(name)  # the viewer shows the text


@pytest.mark.parametrize("name", ACTIONS)
def test_the_retention_purge_deletes_typed_texts(seeded, trail, tmp_path, name):
    run(name, seeded, trail, tmp_path)
    _, action, key = ACTIONS[name]
    report = retention.purge_expired(seeded, ADMIN, today=date.today() + timedelta(days=400)).value
    assert report.audit_details >= (key is not None)
    assert rows_holding(seeded, typed(name)) <= OUTSIDE_AUDIT.get(name, set())
    entry = first_entry(seeded, action)
    assert key is None or entry.detail[key] == REMOVED  # still there, and says a text was given


@pytest.mark.parametrize("name", ACTIONS)
def test_erasing_the_person_deletes_texts_about_them(seeded, trail, tmp_path, name):
    run(name, seeded, trail, tmp_path)
    _, action, key = ACTIONS[name]
    person_data.erase_person(seeded, ADMIN, mobile=ZHUGE.mobile, reason="本人要求删除")
    outside = OUTSIDE_AUDIT.get(name, set()) | {"enquiry"}  # enquiries hold names only: the purge's
    assert rows_holding(seeded, typed(name)) <= outside
    assert not rows_holding(seeded, MOBILE) - outside
    entry = first_entry(seeded, action)
    assert key is None or entry.detail[key] == REMOVED


def test_a_reveal_reason_without_the_name_goes_with_the_visit(seeded, trail):
    """Linked to the visit revealed, not only by what it says."""
    reveal(seeded, GUARD, trail.visit_id, "id_number", "court order 2026-114")
    person_data.erase_person(seeded, ADMIN, mobile=ZHUGE.mobile, reason="本人要求删除")
    assert rows_holding(seeded, "court order 2026-114") == set()
    (entry,) = [e for e in audit_entries(seeded, STAFF) if e.action == "reveal"]
    assert entry.detail == {"field": "id_number", "reason": REMOVED} and entry.subject.startswith("visit ")
