"""Every public service function checks the actor's role itself, or is on the short list below saying
why it needs none; a gated one refuses every role lacking its permission and changes nothing."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from sqlalchemy import func, select

import shared.services
from shared.domain.model import Actor
from shared.domain.permissions import ROLE_PERMISSIONS, NotPermitted, Permission, can, needs
from shared.services.site.housekeeping import site_actor
from shared.store import models as db

# Public functions needing no role, by why. Anything else taking the store must carry @needs.
ALLOWED = {
    # The kiosk's own calls: the visitor is the actor, with no role.
    "checkin.walk_in.check_in_walk_in", "checkin.group.check_in_group", "checkin.invitation.check_in_invitation",
    "checkin.invitation.find_invitation", "checkin.invitation.invitations_for_mobile",
    "checkin.leaving.check_out_by_badge", "checkin.leaving.record_feedback", "directory.hosts.search_hosts",
    "directory.operators.sign_in", "directory.operators.has_operators", "directory.operators.create_first_admin",
    "site.settings.site_settings", "directory.levels.levels", "desk.expected.active_hosts",
    "directory.hosts.add_host",  # the kiosk-less demo and setup seeding
    # The station's own workers (print, notify) and the purge's storage upkeep: no person, no personal
    # data returned; and the demo seeding `reception demo` does.
    "printing.queue.mark_in_doubt", "printing.queue.next_due_in", "printing.queue.print_next",
    "printing.queue.record_status", "notifications.outbox.next_due_in", "notifications.worker.deliver_next",
    "privacy.retention.secure_cleanup", "privacy.retention.secure_delete_on", "privacy.retention.cleanup_pending",
    # The kiosk's throttle around its own look-ups: counts per station, no person, no personal data.
    "checkin.throttle.guarded", "checkin.throttle.wait_left",
    "demo.seed_demo", "demo.seed_morning", "demo.seed_security", "plans.demo.seed_plan",
    "clinic.demo.seed_clinic", "clinic.demo.seed_morning",
    # Pass-throughs to gated functions (the gate is checked there): housekeeping, the watch-list alert scope.
    "site.housekeeping.mark_earlier_no_shows", "site.housekeeping.purge_personal_data",
    "site.housekeeping.run_housekeeping", "security.watchlist.alerting",
    # Reads holding no personal data: status and settings, or only ids the caller already has.
    "printing.jobs.printer_states", "notifications.settings.notify_settings", "desk.waiting.thresholds",
    "notifications.deliveries.visits_of_notifications", "plans.reading.plan_for_visit",
    # The documents the kiosk shows visitors to sign: the site's texts, nobody's data.
    "site.sign_documents.sign_documents", "site.sign_documents.documents_for",
    "site.sign_documents.document_titles",
    # The kiosk watching its own visitor's badge print (visit ids it has just checked in).
    "printing.jobs.jobs_for_visit",
    # The sign-in page's list of operators: names and roles, no PIN, no visitor data.
    "directory.operators.operator_list",
    # The hosts' page before a session: the e-mailed link's or the cookie's token is the credential (found by
    # its hash, scoped to one visit or one host); `reception web` announcing its own address.
    "hosts.answering.answer_page", "hosts.answering.answer_visit", "hosts.sessions.request_signin",
    "hosts.sessions.signin_link_host", "hosts.sessions.sign_in_with_link", "hosts.sessions.sign_in_from_directory",
    "hosts.sessions.sign_in_failed", "hosts.sessions.session_host", "hosts.sessions.sign_out",
    "hosts.links.announce_web",
    # The waiting-room display: tickets, masked names, doctors and rooms; nobody's full name or number.
    "clinic.calls.display_board",
    "site.stations.beat",  # a station saying it is alive: its own row only, no personal data
    # The lobby's welcome board: the names and companies of today's approved VIP guests, never a confidential one.
    "site.welcome_board.welcome_board",
}


def _service_functions():
    """(name, function) of every public function in shared.services taking the store first."""
    found = {}
    for info in pkgutil.walk_packages(shared.services.__path__, "shared.services."):
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != info.name:
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:1] == ["store"]:
                found[f"{info.name.removeprefix('shared.services.')}.{name}"] = fn
    return found


FUNCTIONS = _service_functions()
GATED = sorted(name for name, fn in FUNCTIONS.items() if hasattr(fn, "__needs__"))
ROLES = ["", "receptionist", "security", "leader", "admin", "system"]


def test_every_service_function_taking_an_actor_checks_it_or_says_why_not():
    unchecked = sorted(name for name, fn in FUNCTIONS.items() if not hasattr(fn, "__needs__")
                       and name not in ALLOWED)
    assert unchecked == []
    assert ALLOWED <= set(FUNCTIONS)  # no stale entries


def test_no_new_service_function_reads_without_an_actor():
    without = {name for name, fn in FUNCTIONS.items() if "actor" not in inspect.signature(fn).parameters}
    assert sorted(without - ALLOWED) == []


def test_the_defects_are_gated():
    expected = {"privacy.retention.purge_expired": Permission.PURGE, "site.settings.update_settings": Permission.REMINDERS,
                "notifications.settings.update_notify_settings": Permission.SETTINGS,
                "notifications.settings.set_host_notification": Permission.SETTINGS,
                "directory.levels.update_level": Permission.SETTINGS,
                "directory.operators.add_operator": Permission.OPERATORS,
                "directory.operators.update_operator": Permission.OPERATORS,
                "directory.hosts.create_host": Permission.DIRECTORY, "desk.expected.mark_no_shows": Permission.NO_SHOWS,
                "privacy.person_data.erase_person": Permission.PERSON_DATA,
                "privacy.visitor_log.export_log": Permission.EXPORT_LOG}
    assert {name: FUNCTIONS[name].__needs__ for name in expected} == expected


def _fingerprint(store) -> dict[str, int]:
    with store.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in db.Base.metadata.sorted_tables}


@pytest.mark.parametrize("name", GATED)
def test_a_gated_function_refuses_every_role_without_its_permission_and_changes_nothing(seeded, name):
    fn = FUNCTIONS[name]
    before = _fingerprint(seeded)
    params = inspect.signature(fn).parameters
    refused = 0
    for role in ROLES:
        actor = Actor("desk-1", "someone", role)
        if can(actor, fn.__needs__):
            continue
        # The gate runs before anything else, so placeholders for the other arguments never get read.
        args = {p: None for p, spec in params.items() if spec.default is inspect.Parameter.empty
                and spec.kind is not inspect.Parameter.VAR_KEYWORD}
        args.update(store=seeded, actor=actor)
        with pytest.raises(NotPermitted):
            fn(**args, retention_days=1) if name == "site.settings.update_settings" else fn(**args)
        refused += 1
    assert refused >= 2  # at least the kiosk and the system
    assert _fingerprint(seeded) == before


def test_the_gate_does_not_open_when_the_actor_is_left_out():
    @needs(Permission.SETTINGS)
    def change(store, actor=None):
        return "changed"

    with pytest.raises(NotPermitted):
        change(None)
    assert change(None, Actor("desk-1", "boss", "admin")) == "changed"


def test_housekeeping_runs_as_the_system_with_only_the_daily_jobs_rights():
    actor = site_actor("desk-1")
    assert actor.role == "system"
    assert ROLE_PERMISSIONS["system"] == {Permission.PURGE, Permission.NO_SHOWS}
    assert "system" not in {"receptionist", "security", "leader", "admin"}  # no operator can be given it


@pytest.mark.parametrize("changes", [{"retention_days": 1}, {"print_id_number": True}, {"ask_id_number": True},
                                     {"console_lock_min": 240}, {"water_after_min": 5, "retention_days": 1}])
def test_a_receptionist_may_tune_reminders_but_not_the_site(seeded, changes):
    from shared.services.site.settings import site_settings, update_settings
    desk = Actor("desk-1", "amy", "receptionist")
    before = site_settings(seeded)
    with pytest.raises(NotPermitted):
        update_settings(seeded, desk, **changes)
    assert site_settings(seeded) == before
    assert update_settings(seeded, desk, water_after_min=7).value.water_after_min == 7
    assert update_settings(seeded, Actor("desk-1", "boss", "admin"), **changes).value != before
