"""The visitor log's full-text index (visit_search + FTS5 / pg_trgm), on both databases: what it finds,
that every write keeps it (check-in, correction, erasure, retention), keyset pages and capped counts."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from shared.domain.model import Actor, WalkIn
from shared.domain.visit_search import visit_doc, visit_spell, wanted
from shared.services.checkin import check_in_walk_in
from shared.services.directory.hosts import add_host
from shared.services.privacy import log_search
from shared.services.privacy import visitor_log as vl
from shared.services.privacy.person_data import erase_person
from shared.services.privacy.retention import purge_expired
from shared.store import models as db
from shared.store.engine import open_store
from shared.store.migrate import upgrade

KIOSK = Actor("kiosk-1")
DESK = Actor("desk-1", "Amy", "receptionist")
ADMIN = Actor("desk-1", "Boss", "admin")
TODAY = date.today()


def arrive(store, name, mobile, company="", host=None, **extra):
    return check_in_walk_in(store, KIOSK, WalkIn(name, mobile, company, host, host_unknown=host is None,
                                                 **extra)).value


def found(store, typed: str, actor=DESK) -> list[str]:
    return [r.visitor_name for r in vl.search_log(store, actor, vl.LogQuery(typed)).rows]


@pytest.fixture
def site(store):
    arrive(store, "王芳华", "13800138000", "华为技术有限公司", plate="京A12345")
    arrive(store, "单田芳", "13912345678", "HP Inc")
    arrive(store, "欧阳娜娜", "13700001111", "Bosch (China) Investment", purpose="设备维修")
    return store


@pytest.mark.parametrize("typed, names", [
    ("芳", ["单田芳", "王芳华"]), ("芳华", ["王芳华"]), ("王芳华", ["王芳华"]), ("华为", ["王芳华"]),
    ("京A", ["王芳华"]), ("hp", ["单田芳"]), ("a1234", ["王芳华"]), ("investment", ["欧阳娜娜"]),
    ("维修", []),  # purpose: three characters or more (a phrase, not a name)
    ("设备维修", ["欧阳娜娜"]),
    ("fanghua", ["王芳华"]), ("anghua", []),  # pinyin from a syllable's start only
    ("wfh", ["王芳华"]), ("fh", ["王芳华"]), ("oynn", ["欧阳娜娜"]),
    ("dantianfang", ["单田芳"]), ("shantian", ["单田芳"]), ("stf", ["单田芳"]),  # both readings of 单
    ("5678", ["单田芳"]), ("139 1234 5678", ["单田芳"]), ("+86 139-1234-5678", ["单田芳"]),
    ('"', []), ("%", []), ("王%", []),
])
def test_what_the_index_finds(site, typed, names):
    assert sorted(found(site, typed)) == sorted(names)


def test_a_correction_rewrites_the_index_and_the_old_name_is_not_found(site):
    with site.write() as s:
        visitor = s.scalars(select(db.Visitor).where(db.Visitor.name == "王芳华")).one()
        visitor.name, visitor.company = "王方华", "美的集团"
    assert found(site, "王芳华") == [] and found(site, "华为") == []
    assert found(site, "王方华") == found(site, "美的") == found(site, "wangfanghua") == ["王方华"]


def test_erasure_and_retention_take_the_text_out_of_the_index(site):
    with site.read() as s:
        visits = s.scalars(select(db.Visit)).unique().all()
    with site.write() as s:  # everyone has left
        s.execute(update(db.Visit).values(state="checked_out"))
    erase_person(site, ADMIN, mobile="13800138000", reason="本人要求删除")
    assert found(site, "王芳华") == found(site, "fanghua") == found(site, "8000") == []
    with site.write() as s:
        s.execute(update(db.Visit).values(visit_date=TODAY - timedelta(days=400)))
    purge_expired(site, ADMIN)
    with site.read() as s:
        docs = s.execute(select(db.Visit.visit_no, db.VisitSearch.doc, db.VisitSearch.spell)
                         .join(db.VisitSearch, db.VisitSearch.visit_id == db.Visit.id)).all()
    assert len(docs) == len(visits)  # the visits stay (for the counts) and so do their rows: the number only
    assert [(doc, spell) for no, doc, spell in docs] == [(visit_doc("", "", "", "", "", no), "") for no, *_ in docs]
    for typed in ("单田芳", "欧阳", "5678", "hp", "设备维修", "oynn"):
        assert found(site, typed) == []


def index_bytes(store) -> bytes:
    with store.engine.begin() as conn:
        return b"".join(conn.exec_driver_sql("SELECT block FROM visit_fts_data").scalars())


def test_purged_text_leaves_the_fts_index_itself(tmp_path):
    """SQLite keeps a rewritten row's trigrams in older index segments until they are merged (a search
    no longer finds them, but the bytes are in the file): the purge's cleanup merges them away."""
    store = open_store(f"sqlite:///{tmp_path / 'site.sqlite'}")
    arrive(store, "诸葛孔明", "13800138000")
    arrive(store, "司马懿", "13900139000")
    with store.write() as s:
        s.execute(update(db.Visit).values(state="checked_out"))
        s.execute(update(db.Visit).where(db.Visit.id == 1).values(visit_date=TODAY - timedelta(days=400)))
    assert "葛孔".encode() in index_bytes(store)
    purge_expired(store, ADMIN)
    left = index_bytes(store)
    assert "葛".encode() not in left and "孔明".encode() not in left
    assert "司马".encode() in left and found(store, "司马懿") == ["司马懿"]  # the others stay found
    store.close()


def test_keyset_pages_cover_every_match_once_and_counts_stop_at_the_cap(store, monkeypatch):
    host = add_host(store, "李娜", "Li Na", "采购部").value
    made = [arrive(store, f"访客{i:02d}", f"1380013{i:04d}", host=host.id).id for i in range(23)]
    with store.write() as s:  # several a day, so the key's id part decides within a day
        for i, visit_id in enumerate(made):
            s.execute(update(db.Visit).where(db.Visit.id == visit_id).values(visit_date=TODAY - timedelta(days=i // 4)))
    monkeypatch.setattr(log_search, "COUNT_CAP", 10)
    seen, key, page_no = [], None, 0
    while True:
        page = vl.search_log(store, DESK, vl.LogQuery("访客", page=page_no, page_size=5, older_than=key))
        assert (page.total, page.more_than_total) == (10, True)
        seen += [r.visit_id for r in page.rows]
        if not page.has_older:
            break
        key, page_no = page.last_key, page_no + 1
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))
    newest_first = [(r.visit_date, r.visit_id) for r in vl.search_log(store, DESK, vl.LogQuery(
        host_id=host.id, page_size=100)).rows]
    assert newest_first == sorted(newest_first, reverse=True) and len(newest_first) == 23
    monkeypatch.setattr(log_search, "COUNT_CAP", 100)
    page = vl.search_log(store, DESK, vl.LogQuery("访客"))
    assert (page.total, page.more_than_total, page.has_older) == (23, False, False)


def test_a_bad_page_key_or_the_index_marks_are_refused(site):
    from shared.domain.errors import InvalidInput

    with pytest.raises(InvalidInput) as err:
        vl.search_log(site, DESK, vl.LogQuery(older_than="yesterday"))
    assert err.value.problems == {"page": "invalid"}
    with pytest.raises(InvalidInput) as err:
        vl.search_log(site, DESK, vl.LogQuery("\x1e\x1e王"))  # typed, it would reach the short runs
    assert err.value.problems == {"text": "invalid_chars"}


def test_an_upgrade_indexes_the_visits_already_there(tmp_path):
    """A site upgrading to the index finds its whole history at once."""
    from alembic import command

    from shared.store.engine import make_engine
    from shared.store.migrate import _config

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0014")
        conn.exec_driver_sql("INSERT INTO visitor (id, name, mobile, company, id_number, created_at) VALUES "
                             "(1, '慕容复', '+8613500135000', '燕子坞', '', '2024-01-02 09:00:00.000000')")
        conn.exec_driver_sql(
            "INSERT INTO visit (id, visit_no, visitor_id, state, level, party_size, badge_token, message, purpose, "
            "plate, region, member_no, id_consent, visit_date, station, confidential, updated_at) VALUES "
            "(1, '240102-0001', 1, 'checked_out', 'standard', 1, 't', '', '拜访', '', '', 0, 0, '2024-01-02', "
            "'kiosk-1', 0, '2024-01-02 09:00:00.000000')")
    upgrade(engine)
    engine.dispose()
    store = open_store(url)
    assert found(store, "慕容") == found(store, "murongfu") == found(store, "5000") == ["慕容复"]
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(db.VisitSearch)) == 1
    store.close()


def test_the_pieces_never_join_across_fields():
    doc = visit_doc("王芳", "华为", "+8613800138000", "", "会议", "251203-0001")
    assert "芳华" not in doc and "芳\x1f华" in doc  # name and company stay apart: no run joins them
    assert visit_spell("Emily") == "" and visit_doc("", "", "", "", "", "") == ""
    assert not wanted("   ") and wanted("王").doc == ("\x1e\x1e王",)
