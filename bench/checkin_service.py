"""The walk-in check-in service call alone, as the kiosk makes it: one transaction on the site's SQLite file
(synchronous=FULL kept: a committed visit survives a power cut), with the demo site's hosts and settings.

checkin_service_ms_p50 / _p95 over SAMPLES check-ins with varied names; checkin_statements: the SQL
statements one check-in sends (counted on the engine)."""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from shared.domain.model import Actor, Consent, WalkIn
from shared.services.checkin import check_in_walk_in
from shared.services.demo import seed_demo
from shared.store.engine import open_store

from bench.stats import percentile

SAMPLES = 200
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文斌海波红梅鹏飞晓东慧玲宇浩然思雨子涵欣怡梓轩"


def run() -> dict[str, float]:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        try:
            seed_demo(store)
            kiosk = Actor("kiosk-1")
            statements: list[int] = []
            event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(1))

            def one(i: int) -> float:
                name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
                walk_in = WalkIn(name, f"139{rng.randrange(10**8):08d}", "华为技术有限公司", 1, purpose="会议")
                start = time.perf_counter()
                check_in_walk_in(store, kiosk, walk_in, "lobby", Consent(privacy=True))
                return (time.perf_counter() - start) * 1000

            one(0)  # warm-up: statements compiled, pages cached
            statements.clear()
            one(1)
            per_check_in = len(statements)
            times = [one(i) for i in range(SAMPLES)]
        finally:
            store.close()
    return {"checkin_service_ms_p50": percentile(times, 50), "checkin_service_ms_p95": percentile(times, 95),
            "checkin_statements": float(per_check_in)}
