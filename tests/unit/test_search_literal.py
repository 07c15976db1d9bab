"""Every text search matches what was typed literally: % _ and \\ find only names holding them, never every
row; and names are found by their surname's reading (单 shan, 曾 zeng) as well as the everyday one. Both
databases."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from shared.domain.model import Actor, WalkIn
from shared.services import checkin
from shared.services.common import search
from shared.services.directory import hosts
from shared.services.privacy.log_rows import LogQuery
from shared.services.privacy.log_search import search_log
from shared.store import models as db

ROOT = Path(__file__).resolve().parents[2]
HELPER = "shared/services/common/search.py"
KIOSK = Actor("kiosk-1")
ADMIN = Actor("desk-1", "boss", "admin")
WILD = ("%", "_", "\\", "%%", "a%", "_a", "\\%")

# A LIKE written by hand, anywhere SQL is built (a str.startswith is no SQL: only columns and functions count).
RAW = re.compile(r"\.(not_?)?i?like\(|\.(icontains|istartswith|iendswith|regexp_match)\(|[\"'][^\"'\n]*\bI?LIKE\b"
                 r"|(db\.\w+\.\w+|func\.\w+\(.*\))\.(contains|startswith|endswith)\(")


def _sources():
    for top in ("shared", "reception", "bench"):
        for path in sorted((ROOT / top).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_no_like_is_written_by_hand():
    offenders = [(name, m.group()) for name, text in _sources() if name != HELPER for m in RAW.finditer(text)]
    assert offenders == []


def _hosts_search(store):
    literal = {w: hosts.add_host(store, f"何{w}平", f"He {w} Ping").value.id for w in ("%", "_", "\\")}
    hosts.add_host(store, "张三", "Zhang San")
    hosts.add_host(store, "李_四".replace("_", ""), "Li Si")
    for typed in WILD:
        found = {h.id for h in hosts.search_hosts(store, typed, limit=50)}
        assert found == {i for w, i in literal.items() if typed in f"何{w}平" or typed in f"he {w} ping"}, typed


def _log_search(store):
    host_id = hosts.add_host(store, "赵敏").value.id
    ids = {}
    for index, company in enumerate(("百分%公司", "下划_公司", "斜杠\\公司", "普通公司")):
        visit = checkin.check_in_walk_in(store, KIOSK, WalkIn("来宾", f"139{index:08d}", company, host_id),
                                         "badge").value
        ids[company] = visit.id
    for typed in WILD:
        page = search_log(store, ADMIN, LogQuery(text=typed, page_size=100))
        assert {r.visit_id for r in page.rows} == {i for c, i in ids.items() if typed in c}, typed
        assert page.total == len(page.rows)


def _plan_numbers(store):
    """Plan numbers are found by a prefix the program makes (a date), never typed: the helper's literal
    starts_with is what the approval uses; shown here on the column it searches."""
    with store.read() as s:
        assert s.scalars(select(db.ReceptionPlan.id).where(search.starts_with(db.ReceptionPlan.plan_no, "%"))).all() == []


def _audit_erasure(store):
    """An erasure forgets the typed texts mentioning the person: a name holding % forgets only those."""
    from shared.services.site.audit import audit, forget_audit_details

    values = ("百分%之百", "下划_线", "斜杠\\杠", "普通")
    with store.write() as s:
        for value in values:
            audit(s, ADMIN, "enquiry", "x", reason=value)
    for typed in ("%", "_", "\\"):
        with store.write() as s:
            assert forget_audit_details(s, mentioning=[typed]) == 1, typed
    with store.read() as s:
        assert list(s.scalars(select(db.AuditDetail.value))) == ["普通"]


def _index_searches(store):
    """The trigram indexes' searches (hosts, and the log's hosts and visits) on PostgreSQL are LIKEs."""
    _hosts_search(store)
    _log_search(store)


# Every module that searches through the helper -> the test that runs its searches with wildcards.
SEARCHES = {
    "shared/services/common/text_index.py": _index_searches,
    "shared/services/privacy/log_search.py": _log_search,
    "shared/services/plans/approval.py": _plan_numbers,
    "shared/services/site/audit.py": _audit_erasure,
}


def test_every_search_is_run_with_wildcards_here():
    users = {name for name, text in _sources()
             if name != HELPER and re.search(r"common import (\w+, )*search\b|common\.search\b", text)}
    assert users == set(SEARCHES)


@pytest.mark.parametrize("module", sorted(SEARCHES))
def test_every_search_matches_wildcards_literally(store, module):
    SEARCHES[module](store)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(alphabet="%_\\ab", min_size=1, max_size=4))
def test_the_helper_matches_any_text_literally(store, typed):
    names = ["a%b", "a_b", "a\\b", "ab", "%", "_", "\\", "ba%"]
    with store.write() as s:
        if not s.scalar(select(db.Host.id).limit(1)):
            s.add_all(db.Host(name=f"n{i}", name_en=n, pinyin="", initials=n) for i, n in enumerate(names))
    with store.read() as s:
        def found(clause):
            return set(s.scalars(select(db.Host.name_en).where(clause)))
        assert found(search.contains(db.Host.name_en, typed)) == {n for n in names if typed in n}
        assert found(search.contains(db.Host.name_en, typed.upper(), ignore_case=True)) == {
            n for n in names if typed in n}
        assert found(search.starts_with(db.Host.initials, typed)) == {n for n in names if n.startswith(typed)}


# --- surnames ----------------------------------------------------------------------------------------

FOUND_BY = {
    "单田芳": ("shan", "shantianfang", "stf", "dan", "dtf", "tianfang"),
    "曾伟": ("zeng", "zengwei", "zw", "ceng", "cw"),
    "覃明": ("qin", "qinming", "qm", "tan"),
    "尉迟恭": ("yuchi", "ycg", "yuchigong"),
    "解缙": ("xie", "xj", "jie"),
    "查良镛": ("zha", "zly", "zhaliang"),
    "仇英": ("qiu", "qy", "chou"),
    "区志": ("ou", "oz"),
    "朴树": ("piao", "ps"),
    "盖聂": ("ge", "genie", "gai"),
    "乐嘉": ("yue", "yj", "le"),
    "缪杰": ("miao", "mj"),
}


def test_hosts_are_found_by_their_surname_reading_and_the_everyday_one(store):
    ids = {name: hosts.add_host(store, name).value.id for name in FOUND_BY}
    zhang = hosts.add_host(store, "张三").value.id
    for name, keys in FOUND_BY.items():
        for key in keys:
            assert ids[name] in {h.id for h in hosts.search_hosts(store, key, limit=50)}, (name, key)
    assert [h.id for h in hosts.search_hosts(store, "zs")] == [zhang]
    assert hosts.search_hosts(store, "tf") == []  # initials match from the start, as before


def test_a_renamed_host_gets_the_new_name_s_readings(store):
    host = hosts.add_host(store, "张三").value
    hosts.update_host(store, ADMIN, host.id, name="单田芳")
    assert [h.id for h in hosts.search_hosts(store, "stf")] == [host.id]
    hosts.update_host(store, ADMIN, host.id, name="王五")
    assert hosts.search_hosts(store, "stf") == [] and hosts.search_hosts(store, "shan") == []


def test_the_visitor_log_finds_visitors_and_hosts_by_the_surname_reading(store):
    host_id = hosts.add_host(store, "曾伟").value.id
    other = hosts.add_host(store, "张三").value.id
    shan = checkin.check_in_walk_in(store, KIOSK, WalkIn("单田芳", "13900000001", "评书社", other), "badge").value
    qin = checkin.check_in_walk_in(store, KIOSK, WalkIn("覃明", "13900000002", "", host_id), "badge").value
    yu = checkin.check_in_walk_in(store, KIOSK, WalkIn("尉迟恭", "13900000003", "", other), "badge").value

    def ids(text):
        return {r.visit_id for r in search_log(store, ADMIN, LogQuery(text=text, page_size=100)).rows}
    assert shan.id in ids("shantian") and shan.id in ids("stf") and shan.id in ids("dantian")
    assert qin.id in ids("qinming") and qin.id in ids("zengwei") and qin.id in ids("cengwei")
    assert ids("yuchi") == {yu.id}


def test_an_old_directory_gets_the_surname_readings_on_upgrade(db_url):
    from shared.store.engine import open_store
    from tests.support.migrations import database_at

    database_at(db_url, "0010", "INSERT INTO host (id, name, name_en, pinyin, initials, department, email, phone, "
                "assistant, assistant_phone, active, notify_channel, language) VALUES (1, '单田芳', '', "
                "'dan tian fang', 'dtf', '', '', '', '', '', true, 'email', 'zh_CN')")
    store = open_store(db_url)
    assert [h.id for h in hosts.search_hosts(store, "shan")] == [1]
    assert [h.id for h in hosts.search_hosts(store, "stf")] == [1]
    store.close()
