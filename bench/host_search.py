"""The kiosk's host search on a big directory: 22,000 active hosts with Chinese and English names.

host_search_ms_p95_20k: p95 of search_hosts over SAMPLES queries of each kind a visitor types (initials,
a run of full pinyin, one or two characters of a Chinese name, part of an English name), on SQLite.
host_search_ms_p95_20k_<kind>: the same for each kind alone."""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from shared.domain.pinyin import host_search_columns, host_search_runs, pinyin_keys, surname_keys
from shared.services.directory.hosts import search_hosts
from shared.store import models as db
from shared.store.engine import open_store

from bench.stats import percentile

HOSTS = 22_000
SOURCES = ("name", "name_en", "pinyin", "initials", "pinyin_alt", "initials_alt")
SAMPLES = 200
ROOT = Path(__file__).resolve().parent.parent
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
EN_FIRST = ["Emily", "James", "Olivia", "Liam", "Sophia", "Noah", "Mia", "Lucas", "Anna", "David", "Grace", "Peter"]
EN_LAST = ["Carter", "Smith", "Schmidt", "Nguyen", "Garcia", "Müller", "Rossi", "Tanaka", "Kim", "Dubois", "Novak"]


def _given_characters() -> str:
    table = ROOT / "tests" / "data" / "general-standard-chinese-characters-8105.txt"
    return "".join(line.strip() for line in table.read_text(encoding="utf-8").splitlines()[:3500])


def build(url: str, rng: random.Random) -> list[dict]:
    given = _given_characters()
    rows = []
    for i in range(HOSTS):
        if i % 8 == 0:
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
            rows.append({"name": name, "name_en": name, "pinyin": "", "initials": "", "pinyin_alt": "",
                         "initials_alt": ""})
            continue
        name = rng.choice(SURNAMES) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2, 2))))
        full, initials = pinyin_keys(name)
        alt_full, alt_initials = surname_keys(name)
        rows.append({"name": name, "name_en": "", "pinyin": full, "initials": initials, "pinyin_alt": alt_full,
                     "initials_alt": alt_initials})
    for row in rows:  # a bulk insert skips the ORM's write hook: derive the search columns here
        row["search_text"], row["search_prefix"] = host_search_columns(*(row[c] for c in SOURCES))
        row["search_runs"] = host_search_runs(row["search_text"])
    store = open_store(url)
    with store.write() as s:
        s.execute(insert(db.Host), rows)
    store.close()
    return rows


def queries(rows: list[dict], rng: random.Random) -> dict[str, list[str]]:
    chinese = [r for r in rows if r["pinyin"]]
    english = [r for r in rows if r["name_en"]]
    pick = lambda pool: [rng.choice(pool) for _ in range(SAMPLES)]  # noqa: E731
    return {
        "initials": [r["initials"][:rng.randint(2, max(2, len(r["initials"])))] for r in pick(chinese)],
        "pinyin": [r["pinyin"].replace(" ", "")[:rng.randint(3, 9)] for r in pick(chinese)],
        "hanzi": [r["name"][:rng.randint(1, 2)] for r in pick(chinese)],
        "english": [r["name_en"].split()[rng.randint(0, 1)][:rng.randint(3, 6)] for r in pick(english)],
    }


def run() -> dict[str, float]:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'hosts.sqlite'}"
        rows = build(url, rng)
        store = open_store(url)
        try:
            figures, every = {}, []
            for kind, texts in queries(rows, rng).items():
                search_hosts(store, texts[0])  # warm-up: pages cached, statements compiled
                times = []
                for text in texts:
                    start = time.perf_counter()
                    found = search_hosts(store, text)
                    times.append((time.perf_counter() - start) * 1000)
                    if not found:
                        raise RuntimeError(f"host search found nothing for {text!r}, made from a host's name")
                figures[f"host_search_ms_p95_20k_{kind}"] = percentile(times, 95)
                every += times
            figures["host_search_ms_p95_20k"] = percentile(every, 95)
            return figures
        finally:
            store.close()
