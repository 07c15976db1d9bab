"""A second process for two-process tests: `python -m tests.support.writer URL N PREFIX [STATION]`.

Checks in N walk-ins and prints each visit id as it commits.
"""
from __future__ import annotations

import sys

from shared.domain.model import Actor, WalkIn
from shared.services.checkin import check_in_walk_in
from shared.store.engine import open_store


def main(url: str, n: int, prefix: str, station: str = "kiosk-2") -> None:
    store = open_store(url)
    for i in range(n):
        visit = check_in_walk_in(store, Actor(station), WalkIn(f"{prefix}{i}", "13800138000", "", 1), "badge").value
        print(visit.id, flush=True)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], *sys.argv[4:])
