"""SQLAlchemy 2.0 typed models, by feature area. Services map these rows to frozen domain data.

Every model is re-exported here (`from shared.store import models as db; db.Visit`) and all share one
Base, so Alembic sees one metadata."""
from __future__ import annotations

from shared.store.models.base import Base
from shared.store.models.directory import DoctorState, Host, Operator, SiteSetting, ReceptionLevelPolicy, ReceptionRoom
from shared.store.models.visits import Visitor, VisitGroup, Feedback, ReminderAck, ChecklistTick, Appointment, Visit, VisitEvent, VisitSearch
from shared.store.models.outbox import PrintJob, PrinterState, StationHeartbeat, Notification, ChangeLog
from shared.store.models.security import (GateEntry, GateItem, WatchlistEntry, SecurityAlert, KioskThrottle,
                                         AuditEntry, AuditDetail, Enquiry, LogArchive)
from shared.store.models.records import VisitPhoto, SignDocument, SignedDocument
from shared.store.models.web import HostLink, HostSession
from shared.store.models.plans import ReceptionPlan, PlanStep, PlanBudget, PlanExpense, PlanEvent

__all__ = [
    "Base",
    "DoctorState",
    "StationHeartbeat",
    "HostLink",
    "HostSession",
    "VisitPhoto",
    "SignDocument",
    "SignedDocument",
    "Host",
    "Visitor",
    "VisitGroup",
    "Feedback",
    "Operator",
    "SiteSetting",
    "ReceptionLevelPolicy",
    "ReminderAck",
    "ChecklistTick",
    "ReceptionRoom",
    "Appointment",
    "Visit",
    "VisitEvent",
    "VisitSearch",
    "PrintJob",
    "PrinterState",
    "Notification",
    "ChangeLog",
    "GateEntry",
    "GateItem",
    "WatchlistEntry",
    "SecurityAlert",
    "KioskThrottle",
    "AuditEntry",
    "AuditDetail",
    "Enquiry",
    "LogArchive",
    "ReceptionPlan",
    "PlanStep",
    "PlanBudget",
    "PlanExpense",
    "PlanEvent",
]
