"""PostgreSQL database roles, one per station role, each granted the least it needs (`reception db roles`).

A lobby kiosk stands where anyone can reach it, so its role reads no watchlist (the check is the owner's
function from migration 0012), no audit log, no gate, plan or operator rows, and only recent rows of
visits, visitors, groups, invitations and print jobs (row-level security). Consoles may read and change
everything but the audit log, which they only append to. The owner (whoever runs migrations) keeps all.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from shared.store.urls import URL

ROLES = {"kiosk": "reception_kiosk", "desk": "reception_desk", "gate": "reception_gate", "web": "reception_web"}
KIOSK, WEB = ROLES["kiosk"], ROLES["web"]
CONSOLES = (ROLES["desk"], ROLES["gate"])
FUNCTIONS = ("reception_watchlist_match(text, text, text)",)

# What the kiosk may do, table by table. A column list is what INSERT ... RETURNING reads back.
KIOSK_GRANTS = {
    "alembic_version": "SELECT",
    "host": "SELECT", "site_setting": "SELECT", "reception_level": "SELECT", "reception_room": "SELECT",
    "visit": "SELECT, INSERT, UPDATE", "visitor": "SELECT, INSERT", "visit_group": "SELECT, INSERT",
    # A clinic's ticket says the wait: the doctors' states and when each last called a patient in.
    "appointment": "SELECT, UPDATE", "feedback": "SELECT, INSERT",
    "visit_event": "INSERT, SELECT (id, visit_id, action, at)", "doctor_state": "SELECT",
    "print_job": "SELECT, INSERT, UPDATE", "printer_state": "SELECT, INSERT, UPDATE",
    "station_heartbeat": "SELECT, INSERT, UPDATE",  # its own row: alive, its printer, its last error
    "notification": "INSERT, SELECT (id, created_at)", "change_log": "SELECT, INSERT",
    "security_alert": "INSERT, SELECT (id)", "audit_log": "INSERT, SELECT (id)",
    "audit_detail": "INSERT, SELECT (id)", "kiosk_throttle": "SELECT, INSERT, UPDATE",
    "visit_search": "INSERT, UPDATE (doc, spell), SELECT (visit_id)",  # a new visit's search index row
    # The photo and the signed copies it took; the badge reads the photo and the titles, never a PDF.
    "sign_document": "SELECT", "visit_photo": "SELECT, INSERT",
    "signed_document": "INSERT, SELECT (id, visit_id, gate_entry_id, document_id, key, version, title, signed_at)",
}
# Tables the kiosk never touches. Every table is in exactly one of the two (a test checks), so a new
# table gets a decision instead of silently no grant or every grant.
KIOSK_NONE = frozenset({
    "operator", "watchlist_entry", "gate_entry", "gate_item", "enquiry", "log_archive", "reminder_ack",
    "checklist_tick", "reception_plan", "plan_step", "plan_budget", "plan_expense", "plan_event",
    "host_link", "host_session",  # the hosts' page and its outbox worker make links; a kiosk sends nothing
})
# The hosts' page (`reception web`, on the company network): the visits its links answer, the hosts' own
# invitations and level requests, its sessions, and the outbox it delivers. No operator, watchlist, gate or
# photo; a visit's answer columns and the state the answer moves, never its visitor's details.
WEB_GRANTS = {
    "alembic_version": "SELECT", "host": "SELECT", "site_setting": "SELECT, INSERT, UPDATE",
    "reception_level": "SELECT", "reception_room": "SELECT, UPDATE (state, since)", "visitor": "SELECT",
    "visit_group": "SELECT",
    "visit": "SELECT, UPDATE (state, host_id, room_id, host_answer, host_answer_note, host_answer_at, host_eta, "
             "updated_at, waited_until, checked_out_at, message)",
    "visit_event": "INSERT, SELECT (id, visit_id, action, at)", "appointment": "SELECT, INSERT, UPDATE",
    "doctor_state": "SELECT, INSERT, UPDATE",  # the treatment room on the doctor's page: status, calling in
    "notification": "SELECT, INSERT, UPDATE", "change_log": "SELECT, INSERT",
    "audit_log": "INSERT, SELECT (id)", "audit_detail": "INSERT, SELECT (id)",
    "host_link": "SELECT, INSERT, UPDATE", "host_session": "SELECT, INSERT, UPDATE",
    "station_heartbeat": "SELECT, INSERT, UPDATE",
    "reception_plan": "SELECT, INSERT, UPDATE (updated_at, plan_no)", "plan_event": "INSERT, SELECT (id)",
}
# Rows a kiosk sees (and writes): today's and yesterday's (server and kiosk may differ in time zone).
KIOSK_RECENT = {
    "visit": "visit_date >= current_date - 1", "visitor": "created_at >= current_date - 1",
    "visit_group": "created_at >= current_date - 1", "appointment": "expected_on >= current_date - 1",
    "print_job": "created_at >= current_date - 1",
    "visit_search": "visit_id IN (SELECT id FROM visit)",  # the visits above (their own policy applies)
    "visit_photo": "visit_id IN (SELECT id FROM visit)", "signed_document": "visit_id IN (SELECT id FROM visit)",
}
CONSOLE_GRANTS = {"alembic_version": "SELECT", "audit_log": "SELECT, INSERT"}  # the rest: read and write
CONSOLE_DEFAULT = "SELECT, INSERT, UPDATE, DELETE"


class NotPostgres(ValueError):
    """Database roles exist only on PostgreSQL."""


class UnlistedTable(RuntimeError):
    """A table in the database that no list above decides about."""


@dataclass(frozen=True)
class RoleUrl:
    station_role: str
    role: str
    url: str  # with the password when it was set now, else with *** in its place
    new_password: bool


def tables(conn: Connection) -> list[str]:
    return list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                  "ORDER BY tablename")).scalars())


def check_lists(names) -> None:
    unlisted = sorted(set(names) - set(KIOSK_GRANTS) - KIOSK_NONE)
    if unlisted:
        raise UnlistedTable(f"no grant decided for table(s) {', '.join(unlisted)}: add each to KIOSK_GRANTS "
                            f"or KIOSK_NONE in {__name__}")


def _ident(conn: Connection, name: str) -> str:
    return conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one()


def _ensure_role(conn: Connection, role: str, password: str | None) -> bool:
    """Create the login role, or set its password when one is given. True: a password was set now."""
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists and password is None:
        return False
    password = password or secrets.token_urlsafe(18)
    literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(f"{verb} ROLE {role} LOGIN NOINHERIT PASSWORD {literal}")
    conn.info.setdefault("passwords", {})[role] = password
    return True


def _grant_tables(conn: Connection, names: list[str]) -> None:
    roles = ", ".join((KIOSK, WEB, *CONSOLES))
    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {roles}")
    for name in names:
        table = _ident(conn, name)
        conn.exec_driver_sql(f"REVOKE ALL ON TABLE {table} FROM {roles}")  # column grants go too
        conn.exec_driver_sql(f"GRANT {CONSOLE_GRANTS.get(name, CONSOLE_DEFAULT)} ON TABLE {table} "
                             f"TO {', '.join(CONSOLES)}")
        if name in KIOSK_GRANTS:
            conn.exec_driver_sql(f"GRANT {KIOSK_GRANTS[name]} ON TABLE {table} TO {KIOSK}")
        if name in WEB_GRANTS:
            conn.exec_driver_sql(f"GRANT {WEB_GRANTS[name]} ON TABLE {table} TO {WEB}")
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).first() \
            if conn.execute(text("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                                 "AND table_name = :t AND column_name = 'id'"), {"t": name}).first() else None
        if sequence and sequence[0]:
            conn.exec_driver_sql(f"REVOKE ALL ON SEQUENCE {sequence[0]} FROM {roles}")
            inserts = [*CONSOLES, *([KIOSK] if "INSERT" in KIOSK_GRANTS.get(name, "") else []),
                       *([WEB] if "INSERT" in WEB_GRANTS.get(name, "") else [])]
            conn.exec_driver_sql(f"GRANT USAGE ON SEQUENCE {sequence[0]} TO {', '.join(inserts)}")


def _row_security(conn: Connection) -> None:
    for name, recent in KIOSK_RECENT.items():
        table = _ident(conn, name)
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS reception_rows ON {table}")
        # One policy for every role but the owner (who bypasses it): a kiosk's member sees recent rows only.
        conn.exec_driver_sql(f"CREATE POLICY reception_rows ON {table} USING "
                             f"(NOT pg_has_role('{KIOSK}', 'MEMBER') OR ({recent}))")


def create_roles(engine: Engine, passwords: dict[str, str | None] | None = None) -> list[RoleUrl]:
    """Create or update the roles and their grants, in one transaction; idempotent.

    passwords: station role -> password to set (None or absent: keep an existing role's, generate for a
    new one). Returns each role's URL; a password appears only when it was set now."""
    if engine.dialect.name != "postgresql":
        raise NotPostgres("database roles are for a PostgreSQL site; a SQLite file has no users")
    passwords = passwords or {}
    with engine.begin() as conn:
        names = tables(conn)
        check_lists(names)
        fresh = {role: _ensure_role(conn, role, passwords.get(station)) for station, role in ROLES.items()}
        _grant_tables(conn, names)
        for function in FUNCTIONS:
            conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {function} TO {KIOSK}, {', '.join(CONSOLES)}")
        _row_security(conn)
        set_now = dict(conn.info.pop("passwords", {}))
    return [RoleUrl(station, role, role_url(engine.url, role, set_now.get(role)), fresh[role])
            for station, role in ROLES.items()]


def role_url(owner: URL, role: str, password: str | None) -> str:
    url = owner.set(drivername="postgresql", username=role, password=password or "***")
    return url.render_as_string(hide_password=False)


def station_url(owner_url: str, station_role: str, password: str | None) -> tuple[str, bool]:
    """A station's URL on a PostgreSQL site: (the role's URL, True) when its role is granted here and a
    password is given; (owner_url, False) when the site has no roles yet (or it is not PostgreSQL, or the URL already
    names another user than the owner). NeedsPassword: the role exists but no password was given."""
    from shared.store.engine import make_engine
    from shared.store.urls import parse_url

    role = ROLES.get(station_role)
    parsed = parse_url(owner_url)
    if role is None or parsed.get_backend_name() != "postgresql" or parsed.username in ROLES.values():
        return owner_url, False
    engine = make_engine(owner_url)
    try:
        with engine.connect() as conn:
            # Roles are the server's, grants this database's: `db roles` ran here if the role may read it.
            exists = conn.execute(text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :r) AND "
                                       "has_table_privilege(:r, 'alembic_version', 'SELECT')"), {"r": role}).scalar()
    finally:
        engine.dispose()
    if not exists:
        return owner_url, False
    if not password:
        raise NeedsPassword(role)
    return parsed.set(username=role, password=password).render_as_string(hide_password=False), True


class NeedsPassword(LookupError):
    """The station's database role exists: its password (from `reception db roles`) is needed."""
