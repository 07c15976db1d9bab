"""The host directory kept from the site's LDAP / Active Directory (`reception directory sync`, daily).

People are matched by their directory id; a host added by hand with the same e-mail is adopted, not doubled.
Only fields the site maps are written (names through the desk's own cleaning and pinyin). People who left
are deactivated, never deleted: their visits still name them. A field the directory gives wrong is left
empty and reported; the person is still synced."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.directory_source.person import DirectoryPerson
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.permissions import Permission, needs
from shared.domain.text import clean_text
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

from shared.services.common.boundary import guard_module
from shared.services.directory.hosts import _apply, _insert, clean_fields
from shared.services.site.audit import audit

SYNCED = ("name", "name_en", "email", "phone", "department", "assistant", "assistant_phone")
ID_MAX = 64  # host.directory_id's width


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a sync changed (or, in a dry run, would change); people as "name (login)"."""

    added: tuple[str, ...] = ()
    adopted: tuple[str, ...] = ()  # hand-made hosts now kept from the directory (same e-mail)
    updated: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (person, the fields that changed)
    deactivated: tuple[str, ...] = ()
    reactivated: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.adopted or self.updated or self.deactivated or self.reactivated)

    def lines(self) -> list[str]:
        counts = (f"{len(self.added)} added, {len(self.adopted)} adopted, {len(self.updated)} updated, "
                  f"{len(self.deactivated)} deactivated, {len(self.reactivated)} reactivated, "
                  f"{len(self.problems)} problem(s)")
        head = f"directory sync (dry run, nothing written): would be {counts}" if self.dry_run \
            else f"directory sync: {counts}"
        return [head,
                *(f"added {who}" for who in sorted(self.added)),
                *(f"adopted {who} (a host with the same e-mail)" for who in sorted(self.adopted)),
                *(f"updated {who}: {', '.join(fields)}" for who, fields in sorted(self.updated)),
                *(f"deactivated {who}" for who in sorted(self.deactivated)),
                *(f"reactivated {who}" for who in sorted(self.reactivated)),
                *(f"problem: {text}" for text in self.problems)]


@dataclass
class _Plan:
    adds: list[dict[str, str]] = field(default_factory=list)
    writes: dict[int, tuple[db.Host, dict[str, object]]] = field(default_factory=dict)  # host id -> (row, fields)
    added: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)
    updated: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    reactivated: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def write(self, row: db.Host, **fields: object) -> None:
        self.writes.setdefault(row.id, (row, {}))[1].update(fields)


@needs(Permission.DIRECTORY)
def sync_directory(store: Store, actor: m.Actor, people: list[DirectoryPerson], dry_run: bool = False,
                   allow_empty: bool = False) -> Done[SyncReport]:
    """Bring the hosts in line with the directory's people. No people at all is refused (InvalidInput)
    unless allow_empty: a mistyped group must not deactivate the whole directory."""
    people = list(people or [])
    if not people and not allow_empty:
        raise InvalidInput({"people": "empty"})
    with store.read() if dry_run else store.write() as s:
        plan = _plan(s, people)
        report = SyncReport(tuple(plan.added), tuple(plan.adopted), tuple(plan.updated), tuple(plan.deactivated),
                            tuple(plan.reactivated), tuple(plan.problems), dry_run)
        if dry_run:
            return Done(report, Changes.NONE)
        _carry_out(s, plan)
        audit(s, actor, "directory_sync", "hosts", added=len(plan.added), adopted=len(plan.adopted),
              updated=len(plan.updated), deactivated=len(plan.deactivated), reactivated=len(plan.reactivated),
              problems=len(plan.problems))
    return Done(report, Changes.AUDIT | (Changes.HOSTS if report.changed else Changes.NONE))


def _plan(s: Session, people: list[DirectoryPerson]) -> _Plan:
    plan = _Plan()
    rows = list(s.scalars(select(db.Host).order_by(db.Host.id)))
    by_id = {r.directory_id: r for r in rows if r.directory_id}
    by_email: dict[str, list[db.Host]] = {}
    for r in rows:
        if not r.directory_id and r.email:
            by_email.setdefault(r.email.casefold(), []).append(r)
    seen: set[str] = set()
    for person in people:
        directory_id = clean_text(person.directory_id or "")
        who = _who(person)
        if not directory_id or len(directory_id) > ID_MAX:
            plan.problems.append(f"{who}: no usable directory id ({len(directory_id)} characters); skipped")
            continue
        if directory_id in seen:
            plan.problems.append(f"{who}: the directory gives id {directory_id} twice; the second skipped")
            continue
        seen.add(directory_id)
        fields = _fields(person, who, plan.problems)
        if fields is None:
            continue
        row = by_id.get(directory_id)
        if row is None and fields.get("email"):
            same = by_email.pop(fields["email"].casefold(), [])
            if len(same) > 1:
                plan.problems.append(f"{who}: {len(same)} hosts added by hand have the e-mail {fields['email']}; "
                                     "none adopted, nothing added (merge them at the desk)")
                continue
            if same:
                row = same[0]
                plan.write(row, directory_id=directory_id)
                plan.adopted.append(who)
        if row is None:
            plan.adds.append({"directory_id": directory_id, **fields})
            plan.added.append(who)
            continue
        changed = {k: v for k, v in fields.items() if (getattr(row, k) or "") != v}
        if changed:
            plan.write(row, **changed)
            plan.updated.append((who, tuple(changed)))
        if not row.active:
            plan.write(row, active=True)
            plan.reactivated.append(who)
    for row in rows:
        if row.directory_id and row.directory_id not in seen and row.active:
            plan.write(row, active=False)
            plan.deactivated.append(_who_row(row))
    return plan


def _fields(person: DirectoryPerson, who: str, problems: list[str]) -> dict[str, str] | None:
    """The mapped fields, cleaned as the desk's edits are; a bad field left empty (and said), a bad
    name skips the person (None)."""
    given = {k: getattr(person, k) for k in SYNCED if getattr(person, k) is not None}
    fields, wrong = clean_fields(given)
    if "name" in wrong:
        problems.append(f"{who}: name {wrong['name']}; not added or updated")
        return None
    for name, code in wrong.items():
        problems.append(f"{who}: {name} {code} ({given[name]!r}); left empty")
        fields[name] = ""
    return fields


def _carry_out(s: Session, plan: _Plan) -> None:
    for fields in plan.adds:
        _insert(s, fields)
    for row, fields in plan.writes.values():
        _apply(row, {k: v for k, v in fields.items() if k != "active"})
        if "active" in fields:
            row.active = bool(fields["active"])
        record(s, "host", row.id)
    s.flush()


def _who(person: DirectoryPerson) -> str:
    name = clean_text(person.name or "")[:80] or "(no name)"
    login = clean_text(person.login or "")[:80]
    return f"{name} ({login})" if login else name


def _who_row(row: db.Host) -> str:
    return f"{row.name} <{row.email}>" if row.email else row.name


guard_module(globals())
