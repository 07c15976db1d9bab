"""The visitor log over five years of history: 1,000,000 visits, every name kept (the worst case: a site
whose retention keeps them), 2,000 hosts, on SQLite.

log_search_ms_p95_1m: p95 of search_log (a full page of 200 rows, its capped count) over SAMPLES searches
of each kind the desk runs: a Chinese name, its pinyin, a full mobile, a mobile's last four digits, one
host's whole history, the first page of all history, a month. log_search_ms_p95_1m_<kind>: each alone.
log_search_ms_p95_1m_postgresql (and _<kind>): the same on PostgreSQL, loaded from the SQLite database.

The databases take minutes to build, so they are built once and kept outside the repository, named after
the schema revision they were built at: the SQLite file in the user's cache folder (or
$RECEPTION_BENCH_CACHE), the PostgreSQL cluster in /var/tmp/reception-bench-pg (or
$RECEPTION_BENCH_PG_CACHE: the postgres user must reach it, which a root's home is not)."""
from __future__ import annotations

import os
import random
import secrets
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import platformdirs

from shared.domain.model import Actor
from shared.domain.visit_search import FORMAT
from shared.domain.pinyin import host_search_columns, host_search_runs, pinyin_keys
from shared.services.privacy.visitor_log import LogQuery, search_log
from shared.store.engine import open_store
from shared.store.migrate import head_revision
from shared.store.visit_index import row as search_row

from bench.stats import percentile

VISITS = 1_000_000
HOSTS = 2_000
DAYS = 5 * 365
SAMPLES = 120
WARM_UP = 40  # other searches of each kind first
ROOT = Path(__file__).resolve().parent.parent
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
COMPANIES = ["华为技术有限公司", "上海宝钢集团", "北京京东方科技", "深圳比亚迪股份", "杭州海康威视", "Siemens China",
             "Bosch (China) Investment", "中国建筑第三工程局", "美的集团", "格力电器", "顺丰速运", "中国移动通信",
             "Accenture", "苏州工业园区管委会", "", "", "个人 Private"]
PURPOSES = ["商务洽谈", "面试 Interview", "设备维修", "送货 Delivery", "审核 Audit", "培训 Training", "会议 Meeting", ""]
DESK = Actor("desk-1", "前台", "receptionist")


def cache_path() -> Path:
    folder = Path(os.environ.get("RECEPTION_BENCH_CACHE") or platformdirs.user_cache_dir("reception-bench"))
    return folder / f"log-{VISITS // 1000}k-r{head_revision()}-f{FORMAT}.sqlite"


def _given() -> str:
    table = ROOT / "tests" / "data" / "general-standard-chinese-characters-8105.txt"
    return "".join(line.strip() for line in table.read_text(encoding="utf-8").splitlines()[:3500])


def build(path: Path, rng: random.Random) -> None:
    """Migrated with the product's own schema, then filled with bulk inserts (the search rows made by
    the product's own function, indexed by its own triggers)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    open_store(f"sqlite:///{partial}").close()
    given = _given()
    conn = sqlite3.connect(partial)
    conn.execute("PRAGMA synchronous = OFF")
    hosts = []
    for i in range(HOSTS):
        name = rng.choice(SURNAMES) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2))))
        full, initials = pinyin_keys(name)
        text, prefix = host_search_columns(name, "", full, initials, "", "")
        hosts.append((i + 1, name, "", full, initials, "", "", text, prefix, host_search_runs(text),
                      f"host{i}@example.com", 1))
    conn.executemany("INSERT INTO host (id, name, name_en, pinyin, initials, pinyin_alt, initials_alt, search_text, "
                     "search_prefix, search_runs, email, active, department, phone, assistant, assistant_phone, "
                     "notify_channel, language) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'','','','','email','zh_CN')",
                     hosts)
    today = date.today()
    for start in range(0, VISITS, 20_000):
        visitors, visits, search = [], [], []
        for vid in range(start + 1, min(VISITS, start + 20_000) + 1):
            day = today - timedelta(days=DAYS * (VISITS - vid) // VISITS)
            name = rng.choice(SURNAMES) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2, 2))))
            mobile = f"+86{rng.choice((138, 139, 186, 150, 177))}{rng.randrange(10**8):08d}"
            company, purpose = rng.choice(COMPANIES), rng.choice(PURPOSES)
            visit_no = f"{day:%y%m%d}-{vid:04d}"
            at = f"{day.isoformat()} 09:30:00.000000"
            visitors.append((vid, name, mobile, company, "", at))
            visits.append((vid, visit_no, vid, rng.randint(1, HOSTS), "checked_out", "standard", 1,
                           secrets.token_urlsafe(12), "", purpose, "", "", 0, at, 0, day.isoformat(), "kiosk-1", at,
                           at, 0, at))
            search.append(tuple(search_row(vid, name, company, mobile, "", purpose, visit_no).values()))
        conn.executemany("INSERT INTO visitor (id, name, mobile, company, id_number, created_at) "
                         "VALUES (?,?,?,?,?,?)", visitors)
        conn.executemany("INSERT INTO visit (id, visit_no, visitor_id, host_id, state, level, party_size, "
                         "badge_token, message, purpose, plate, region, member_no, consent_at, id_consent, "
                         "visit_date, station, checked_in_at, checked_out_at, confidential, updated_at) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", visits)
        conn.executemany("INSERT INTO visit_search (visit_id, doc, spell) VALUES (?,?,?)", search)
        conn.commit()
    conn.execute("INSERT INTO visit_fts(visit_fts) VALUES ('optimize')")
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    partial.rename(path)


def queries(store, rng: random.Random) -> dict[str, list[LogQuery]]:
    from sqlalchemy import text

    with store.read() as s:
        picks = s.execute(text("SELECT v.name, v.mobile, visit.host_id FROM visit JOIN visitor v ON v.id = "
                               "visit.visitor_id WHERE visit.id IN (%s)" % ",".join(
                                   str(rng.randint(1, VISITS)) for _ in range(SAMPLES)))).all()
    picks = (picks * SAMPLES)[:SAMPLES]
    today = date.today()
    months = [today - timedelta(days=rng.randint(30, DAYS)) for _ in range(SAMPLES)]
    return {
        "name": [LogQuery(name) for name, _, _ in picks],
        "pinyin": [LogQuery(pinyin_keys(name)[0].replace(" ", "")) for name, _, _ in picks],
        "mobile": [LogQuery(mobile[3:]) for _, mobile, _ in picks],
        "mobile_tail": [LogQuery(mobile[-4:]) for _, mobile, _ in picks],
        "host": [LogQuery(host_id=host) for _, _, host in picks],
        "first_page": [LogQuery() for _ in picks],
        "month": [LogQuery(date_from=d - timedelta(days=29), date_to=d) for d in months],
    }


# --- PostgreSQL: the same rows, copied -----------------------------------------------------------

COPIED = ("host", "visitor", "visit", "visit_search")


def _load_postgresql(sqlite_path: Path, url: str) -> None:
    """Migrate, copy the four tables with COPY, then build the trigram indexes once over all rows."""
    import psycopg

    from shared.store.visit_index import PG_DDL, PG_INDEXES

    open_store(url).close()
    source = sqlite3.connect(sqlite_path)
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as pg:
        for index in PG_INDEXES:
            pg.execute(f"DROP INDEX {index}")
        for table in COPIED:
            columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
            booleans = {r[0] for r in pg.execute("SELECT column_name FROM information_schema.columns WHERE "
                                                 "table_name = %s AND data_type = 'boolean'", (table,))}
            flips = [i for i, c in enumerate(columns) if c in booleans]
            with pg.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for values in source.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                    values = list(values)
                    for i in flips:
                        values[i] = None if values[i] is None else bool(values[i])
                    copy.write_row(values)
            pg.commit()
        pg.execute("SET maintenance_work_mem = '1GB'")
        for statement in PG_DDL[1:]:
            pg.execute(statement)
        pg.execute("ANALYZE")
        pg.commit()
    source.close()


def _postgresql(sqlite_path: Path) -> dict[str, float]:
    from tests.support.postgres import PostgresServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("log_search: no PostgreSQL server programs found; the PostgreSQL figures are skipped", file=sys.stderr)
        return {}
    folder = Path(os.environ.get("RECEPTION_BENCH_PG_CACHE") or "/var/tmp/reception-bench-pg")
    loaded = folder / f"{sqlite_path.stem}.loaded"
    server = PostgresServer(bin_dir, kept=folder).start()
    try:
        url = server.url("log")
        if not loaded.exists():
            import psycopg

            started = time.perf_counter()
            with psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres",
                                 autocommit=True) as c:
                c.execute("DROP DATABASE IF EXISTS log")
                c.execute("CREATE DATABASE log")
            _load_postgresql(sqlite_path, url)
            loaded.write_text("")
            print(f"log_search: loaded PostgreSQL in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        return _measure(url, "_postgresql")
    finally:
        server.stop()


def _measure(url: str, suffix: str = "") -> dict[str, float]:
    store = open_store(url)
    try:
        figures, every = {}, []
        # A warm-up pass of other searches of each kind (statements compiled, the indexes' pages read in):
        # the figure is a desk's that has been searching, not the first search after the machine started.
        for asked in queries(store, random.Random(10)).values():
            for query in asked[:WARM_UP]:
                search_log(store, DESK, query)
        for kind, asked in queries(store, random.Random(9)).items():
            times = []
            for query in asked:
                start = time.perf_counter()
                page = search_log(store, DESK, query)
                times.append((time.perf_counter() - start) * 1000)
                if not page.rows:
                    raise RuntimeError(f"the log search found nothing for {kind} {query!r}")
            figures[f"log_search_ms_p95_1m{suffix}_{kind}"] = percentile(times, 95)
            every += times
        figures[f"log_search_ms_p95_1m{suffix}"] = percentile(every, 95)
        return figures
    finally:
        store.close()


def run() -> dict[str, float]:
    path = cache_path()
    if not path.exists():
        started = time.perf_counter()
        build(path, random.Random(5))
        print(f"log_search: built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return {**_measure(f"sqlite:///{path}"), **_postgresql(path)}


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure}  {value:.2f}")
