"""Personal data is kept no longer than the site's retention period (the privacy notice says how long).

Records older than that keep what reports count (dates, times, states, level, party size, host, gate
and alert counts) and lose everything that says who the person was: names, mobiles, companies, ID
numbers, plates, regions, purposes, messages, photos, signed copies, e-mail addresses, the copies in print jobs and
notifications, expected visits' details, gate entries and what they carried, alert subjects and
third-party enquiries, and what was typed into audited actions (audit_detail: reveal and erasure
reasons...). The audit log's entries are never touched (their subjects are masked by rule).

"Gone" means gone from the files too: SQLite overwrites freed space with zeros (secure_delete, set
on every connection in shared.store.engine) and the WAL, which still holds the old page images, is
checkpointed and truncated after the purge commits; while another station reads an older snapshot
that cannot be done, and a pending checkpoint is recorded that the next purge, erasure or housekeeping
run retries even with nothing new to purge (shared.store.scrub). PostgreSQL keeps the old values in dead tuple
versions until VACUUM: the touched tables are vacuumed after the commit (see secure_cleanup)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, exists, or_, select, text, update
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain.permissions import Permission, needs
from shared.domain import model as m
from shared.domain.states import FINAL
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.scrub import pending, scrub_sqlite
from shared.store.visit_index import optimize as optimize_index

from shared.services.site.audit import audit, forget_audit_details
from shared.services.site.settings import load_settings
from shared.services.common.boundary import guard_module

log = logging.getLogger(__name__)

# Gate entries that are over: the person has left, or was never let in.
GATE_FINAL = ("exited", "turned_away")
# Open print jobs still need their payload to print.
_JOB_OPEN = ("queued", "printing")

# Every table a purge or an erasure may overwrite, for PostgreSQL's VACUUM afterwards.
PERSONAL_TABLES = ("visitor", "visit", "visit_group", "visit_event", "visit_photo", "signed_document", "print_job",
                   "notification",
                   "appointment", "gate_entry", "gate_item", "security_alert", "enquiry", "audit_detail")

PURGE_CHANGES = Changes.VISITS | Changes.APPOINTMENTS | Changes.PRINT_JOBS | Changes.NOTIFICATIONS | \
    Changes.GATE | Changes.SECURITY | Changes.AUDIT


@dataclass(frozen=True, slots=True)
class Cleanup:
    """What happened to the old copies after the commit."""

    wal_truncated: bool | None = None  # SQLite: the WAL is now empty (None: not SQLite)
    pending: bool = False  # SQLite: readers kept the old copies; the next purge or housekeeping retries
    vacuumed: tuple[str, ...] = ()  # PostgreSQL: the tables vacuumed


@dataclass(frozen=True, slots=True)
class PurgeReport:
    before: date  # records of days before this one were purged
    visits: int
    appointments: int
    gate_entries: int = 0
    alerts: int = 0
    enquiries: int = 0
    cleanup: Cleanup = field(default_factory=Cleanup)
    audit_details: int = 0  # typed texts of audited actions deleted

    @property
    def total(self) -> int:
        return self.visits + self.appointments + self.gate_entries + self.alerts + self.enquiries + \
            self.audit_details

    def counts(self) -> dict[str, int]:
        return {"visits": self.visits, "appointments": self.appointments, "gate_entries": self.gate_entries,
                "alerts": self.alerts, "enquiries": self.enquiries}


@needs(Permission.PURGE)
def purge_expired(store: Store, actor: m.Actor, today: date | None = None) -> Done[PurgeReport]:
    """Blank personal data older than the retention period, record the purge, then clear old copies.

    Runs daily on a console (and on demand from the privacy screen); a second run finds nothing."""
    today = today or date.today()
    with store.write() as s:
        before = today - timedelta(days=load_settings(s).retention_days)
        cutoff = datetime.combine(before, time.min).astimezone()  # local midnight of the first kept day
        visits = s.scalars(select(db.Visit).join(db.Visitor).where(
            db.Visit.visit_date < before, db.Visit.state.in_([str(x) for x in FINAL]),
            or_(*_visit_not_blank()))).all()
        for visit in visits:
            forget_visit(s, visit)
        appointments = s.scalars(select(db.Appointment).where(
            db.Appointment.expected_on < before, or_(*_appointment_not_blank()))).all()
        for row in appointments:
            forget_appointment(s, row)
        entries = s.scalars(select(db.GateEntry).where(
            db.GateEntry.arrived_at < cutoff, db.GateEntry.state.in_(GATE_FINAL),
            or_(*_gate_not_blank()))).all()
        for entry in entries:
            forget_gate_entry(s, entry)
        forget_gate_passes(s, {e.pass_no for e in entries})
        _forget_loose_print_jobs(s, cutoff)
        alerts = s.scalars(select(db.SecurityAlert).where(
            db.SecurityAlert.at < cutoff, or_(db.SecurityAlert.subject != "", db.SecurityAlert.reason != ""))).all()
        for alert in alerts:
            alert.subject, alert.reason = "", ""
            record(s, "alert", alert.id)
        enquiries = s.scalars(select(db.Enquiry).where(db.Enquiry.at < cutoff, or_(
            db.Enquiry.enquirer_name != "", db.Enquiry.enquirer_org != "", db.Enquiry.about != "",
            db.Enquiry.question != "", db.Enquiry.answer != "", db.Enquiry.enquirer_id_masked != ""))).all()
        for enquiry in enquiries:
            forget_enquiry(s, enquiry)
        details = forget_audit_details(s, before=cutoff)
        report = PurgeReport(before, len(visits), len(appointments), len(entries), len(alerts), len(enquiries),
                             audit_details=details)
        audit(s, actor, "purge", "retention", before=before.isoformat(), **report.counts())
    cleanup = secure_cleanup(store) if report.total or cleanup_pending(store) else Cleanup()
    return Done(replace(report, cleanup=cleanup), PURGE_CHANGES)


# --- what "forgotten" means, shared with erasure (shared.services.privacy.person_data) ---------------------

def _visit_not_blank():
    return (db.Visitor.name != "", db.Visitor.mobile != "", db.Visitor.company != "", db.Visitor.id_number != "",
            db.Visitor.address != "", db.Visitor.nation != "", db.Visit.purpose != "", db.Visit.plate != "", db.Visit.region != "", db.Visit.message != "",
            db.Visit.host_answer_note != "", exists().where(db.HostLink.visit_id == db.Visit.id),
            exists().where(db.VisitPhoto.visit_id == db.Visit.id),
            exists().where(db.SignedDocument.visit_id == db.Visit.id))


def _appointment_not_blank():
    a = db.Appointment
    return (a.visitor_name != "", a.mobile != "", a.company != "", a.purpose != "", a.email != "", a.notes != "",
            a.lodging != "", a.meals != "", a.pickup_place != "", a.pickup_time != "")


def _gate_not_blank():
    g = db.GateEntry
    return (g.person_name != "", g.mobile != "", g.company != "", g.plate != "", g.reception_answer != "",
            g.exit_note != "", exists().where(db.SignedDocument.gate_entry_id == g.id))


def forget_visit(s: Session, visit: db.Visit) -> None:
    """The visit stays for the counts; who came, and what they said, goes."""
    visitor = visit.visitor
    visitor.name, visitor.mobile, visitor.company, visitor.id_number = "", "", "", ""
    visitor.address, visitor.nation = "", ""
    visit.purpose, visit.plate, visit.region, visit.message = "", "", "", ""
    visit.host_answer_note = ""  # the host's words may name or describe the visitor
    s.execute(delete(db.HostLink).where(db.HostLink.visit_id == visit.id))  # no page to open any more
    s.execute(update(db.VisitEvent).where(db.VisitEvent.visit_id == visit.id).values(note=""))
    # The face and the signature are the person: deleted, not blanked (which copies were signed is a count
    # nobody reports on).
    s.execute(delete(db.VisitPhoto).where(db.VisitPhoto.visit_id == visit.id))
    s.execute(delete(db.SignedDocument).where(db.SignedDocument.visit_id == visit.id))
    s.execute(update(db.PrintJob).where(db.PrintJob.visit_id == visit.id).values(payload={}, last_error=""))
    s.execute(update(db.Notification).where(db.Notification.visit_id == visit.id)
              .values(payload={}, last_error=""))
    if visit.group_id is not None and visit.member_no == 1:
        # "欧阳娜娜 一行" or the leader's company: the group is named after its leader.
        s.execute(update(db.VisitGroup).where(db.VisitGroup.id == visit.group_id).values(name=""))
    record(s, "visit", visit.id)


def forget_appointment(s: Session, row: db.Appointment) -> None:
    row.visitor_name, row.mobile, row.company, row.purpose, row.email = "", "", "", "", ""
    row.notes, row.lodging, row.meals, row.pickup_place, row.pickup_time = "", "", "", "", ""
    # An invitation's target is the guest's e-mail address; a failure may quote it.
    s.execute(update(db.Notification).where(db.Notification.appointment_id == row.id)
              .values(payload={}, target="", last_error=""))
    record(s, "appointment", row.id)


def forget_gate_entry(s: Session, entry: db.GateEntry) -> None:
    entry.person_name, entry.mobile, entry.company, entry.plate = "", "", "", ""
    entry.reception_answer, entry.exit_note = "", ""
    # What someone carried in says something about them; how many items stays.
    s.execute(update(db.GateItem).where(db.GateItem.entry_id == entry.id).values(name=""))
    s.execute(delete(db.SignedDocument).where(db.SignedDocument.gate_entry_id == entry.id))
    record(s, "gate", entry.id)


def forget_gate_passes(s: Session, pass_nos: set[str]) -> None:
    """The printed passes' copies (JSON columns cannot be compared on PostgreSQL: matched here)."""
    if not pass_nos:
        return
    for job in s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id.is_(None), db.PrintJob.kind == "gate_pass")):
        if (job.payload or {}).get("pass_no") in pass_nos:
            job.payload, job.last_error = {}, ""


def forget_enquiry(s: Session, enquiry: db.Enquiry) -> None:
    enquiry.enquirer_name, enquiry.enquirer_org, enquiry.enquirer_id_masked = "", "", ""
    enquiry.about, enquiry.question, enquiry.answer = "", "", ""
    record(s, "enquiry", enquiry.id)


def _forget_loose_print_jobs(s: Session, cutoff: datetime) -> None:
    """Old jobs with no visit: gate passes (those of entries still open are kept), evacuation lists
    (everyone on site then), test pages. Finished, and their copies of names go."""
    open_passes = set(s.scalars(select(db.GateEntry.pass_no).where(db.GateEntry.state.not_in(GATE_FINAL))))
    for job in s.scalars(select(db.PrintJob).where(
            db.PrintJob.visit_id.is_(None), db.PrintJob.created_at < cutoff, db.PrintJob.state.not_in(_JOB_OPEN))):
        if job.payload and (job.payload or {}).get("pass_no") not in open_passes:
            job.payload, job.last_error = {}, ""


# --- after the commit: the old copies ------------------------------------------------------------

def secure_cleanup(store: Store, tables: tuple[str, ...] = PERSONAL_TABLES) -> Cleanup:
    """SQLite: merge the log's full-text index (dropping the purged rows' trigrams), checkpoint the WAL
    into the database and truncate it to zero bytes, so the page
    images written before the purge (which still hold the values) are gone. It needs a moment with no
    reader on an older snapshot: it waits a bounded time, and if still blocked says so (pending) and
    leaves a flag the next purge, erasure or housekeeping run acts on.

    PostgreSQL: VACUUM the touched tables (outside a transaction), so the dead tuple versions that
    still hold the old values are pruned and their space marked for reuse. It does not zero those
    bytes at once, nor reach the server's WAL segments, archives, replicas or backups: that is the
    database administrator's retention (see the README)."""
    try:
        if store.dialect == "sqlite":
            with store.engine.begin() as conn:  # the log index's old segments still hold purged trigrams
                optimize_index(conn)
            done = scrub_sqlite(store.engine)
            return Cleanup(wal_truncated=done.wal_truncated, pending=not done.wal_truncated)
        if store.dialect == "postgresql":
            with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for table in tables:
                    conn.exec_driver_sql(f"VACUUM {table}")
            return Cleanup(vacuumed=tables)
    except Exception:  # the purge itself stands; the next purge (or erasure) cleans up again
        log.exception("cleanup after purge failed")
    return Cleanup(pending=store.dialect == "sqlite")


def cleanup_pending(store: Store) -> bool:
    """An earlier cleanup (or an upgrade) left old copies to clear: run it even with nothing new purged."""
    return store.dialect == "sqlite" and any(pending(store.engine).values())


def secure_delete_on(store: Store) -> bool:
    """secure_delete is on for this store's connections (always True on PostgreSQL)."""
    if store.dialect != "sqlite":
        return True
    with store.engine.connect() as conn:
        return bool(conn.execute(text("PRAGMA secure_delete")).scalar())


guard_module(globals())
