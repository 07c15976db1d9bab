"""The waiting list (候客名单): who is checked in and not yet with their host, VIPs first, then the longest
wait, a party's members kept together. A pure ordering of visits the desk already holds: it runs on every
change at the desk, so it lives here, beside the domain's other rules, not behind the services' edge."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from shared.domain import model as m
from shared.domain.states import WAITING


def minutes_between(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds() // 60))


@dataclass(frozen=True, slots=True)
class WaitingRow:
    visit: m.Visit
    minutes: int  # in the lobby so far
    overdue: bool  # at or past the warning threshold of the visit's level

    @property
    def vip(self) -> bool:
        return self.visit.level == m.ReceptionLevel.VIP

    @property
    def party(self) -> int:
        """People this row stands for: the group's size for a member, else the visit's party size."""
        return self.visit.group_size or self.visit.party_size


def is_waiting(visit: m.Visit) -> bool:
    """Checked in and not yet with the host."""
    return visit.state in WAITING and visit.checked_in_at is not None


def party_key(visit: m.Visit) -> tuple:
    # m.Visit carries no group id: members share the group's name, size and host.
    if visit.group_size:
        return ("group", visit.group_name, visit.group_size, visit.host_name)
    return ("visit", visit.id)


def waiting_list(visits: Iterable[m.Visit], thresholds: Mapping[m.ReceptionLevel, int],
                 now: datetime) -> list[WaitingRow]:
    """Visits checked in and not yet with their host: VIPs first, then the longest wait.

    thresholds: minutes per level after which the row warns; a level missing (or 0) never warns."""
    rows = []
    for visit in visits:
        if not is_waiting(visit):
            continue
        minutes = minutes_between(visit.checked_in_at, now)
        limit = thresholds.get(visit.level, 0)
        rows.append(WaitingRow(visit, minutes, bool(limit) and minutes >= limit))
    # A party sorts by its most important member and its first arrival; members stay in order.
    parties: dict[tuple, tuple[bool, datetime]] = {}
    for row in rows:
        key = party_key(row.visit)
        vip, first = parties.get(key, (False, row.visit.checked_in_at))
        parties[key] = (vip or row.vip, min(first, row.visit.checked_in_at))

    def order(row: WaitingRow):
        vip, first = parties[party_key(row.visit)]
        return (not vip, first, party_key(row.visit), row.visit.member_no, row.visit.id)

    return sorted(rows, key=order)
