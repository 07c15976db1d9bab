"""The visitor log's full-text index, kept by the same flush that writes a visit or its visitor.

Each visit has a visit_search row (its searchable text, shared.domain.visit_search). On SQLite an FTS5
table with the trigram tokenizer indexes those rows, kept by triggers; on PostgreSQL, pg_trgm GIN indexes
on the row itself. A transaction that adds a visit inserts its row as it commits; one that changes a
searched field of a visit or its visitor (a correction, retention, an erasure) writes the row again, so
purged text leaves the index with it. Bulk writes that skip the ORM call `reindex` themselves."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, event, insert, inspect, select, update
from sqlalchemy.orm import Session

from shared.domain.visit_search import visit_doc, visit_spell
from shared.store import models as db

FTS = "visit_fts"
# What FTS5 adds beside its own virtual table: not model tables, never copied between databases.
FTS_TABLES = frozenset({FTS, f"{FTS}_data", f"{FTS}_idx", f"{FTS}_docsize", f"{FTS}_config"})
PG_INDEXES = ("ix_visit_search_doc_trgm", "ix_visit_search_spell_trgm")
VISIT_FIELDS = ("visit_no", "plate", "purpose", "visitor_id")
VISITOR_FIELDS = ("name", "company", "mobile")
BATCH = 2000

SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS} USING fts5(doc, spell, content='visit_search', content_rowid='visit_id', "
    "tokenize='trigram')",
    f"CREATE TRIGGER visit_search_ai AFTER INSERT ON visit_search BEGIN "
    f"INSERT INTO {FTS}(rowid, doc, spell) VALUES (new.visit_id, new.doc, new.spell); END",
    f"CREATE TRIGGER visit_search_ad AFTER DELETE ON visit_search BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, doc, spell) VALUES ('delete', old.visit_id, old.doc, old.spell); END",
    f"CREATE TRIGGER visit_search_au AFTER UPDATE ON visit_search BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, doc, spell) VALUES ('delete', old.visit_id, old.doc, old.spell); "
    f"INSERT INTO {FTS}(rowid, doc, spell) VALUES (new.visit_id, new.doc, new.spell); END",
)
PG_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX {PG_INDEXES[0]} ON visit_search USING gin (doc gin_trgm_ops)",
    f"CREATE INDEX {PG_INDEXES[1]} ON visit_search USING gin (spell gin_trgm_ops)",
)


def create_index(conn: Connection) -> None:
    for statement in SQLITE_DDL if conn.dialect.name == "sqlite" else PG_DDL:
        conn.exec_driver_sql(statement)


def row(visit_id: int, name: str, company: str, mobile: str, plate: str, purpose: str, visit_no: str) -> dict:
    return {"visit_id": visit_id, "doc": visit_doc(name, company, mobile, plate, purpose, visit_no),
            "spell": visit_spell(name)}


def _rows_from_db(conn: Connection, visit_ids: Iterable[int]) -> list[dict]:
    v, p = db.Visit, db.Visitor
    query = (select(v.id, p.name, p.company, p.mobile, v.plate, v.purpose, v.visit_no)
             .join(p, v.visitor_id == p.id))
    ids = list(visit_ids)
    out = []
    for start in range(0, len(ids), BATCH):
        out += [row(*r) for r in conn.execute(query.where(v.id.in_(ids[start:start + BATCH])))]
    return out


def reindex(conn: Connection, visit_ids: Iterable[int], *, new: bool = False) -> int:
    """Write the index rows of these visits from what the database holds now. new: they have none yet.
    Rows are rewritten in place (a kiosk may insert and update the rows of recent visits, never delete)."""
    rows = _rows_from_db(conn, visit_ids)
    table = db.VisitSearch.__table__
    missing = rows if new else [r for r in rows if not conn.execute(
        update(table).where(table.c.visit_id == r["visit_id"]).values(doc=r["doc"], spell=r["spell"])).rowcount]
    for start in range(0, len(missing), BATCH):
        conn.execute(insert(table), missing[start:start + BATCH])
    return len(rows)


def reindex_all(conn: Connection) -> int:
    """Every visit's row again (a migration, a bench database built with bulk inserts)."""
    conn.execute(delete(db.VisitSearch.__table__))
    ids = conn.execute(select(db.Visit.id).order_by(db.Visit.id)).scalars().all()
    return reindex(conn, ids, new=True)


def _changed(obj, fields: tuple[str, ...]) -> bool:
    state = inspect(obj)
    return any(state.attrs[f].history.has_changes() for f in fields)


_KEY = "visit_search"  # session.info: what this transaction's flushes changed, written at the commit


@event.listens_for(Session, "after_flush")
def _note(session: Session, _context) -> None:
    """Each flush notes new visits and changed searched fields; the index rows are written once, at the
    commit (a check-in flushes twice: its number is known only after the first)."""
    noted = session.info.setdefault(_KEY, {"new": {}, "stale": set(), "visitors": set()})
    for obj in session.new:
        if isinstance(obj, db.Visit):
            noted["new"][obj.id] = obj
    for obj in session.dirty:
        if isinstance(obj, db.Visit) and obj.id not in noted["new"] and _changed(obj, VISIT_FIELDS):
            noted["stale"].add(obj.id)
        elif isinstance(obj, db.Visitor) and _changed(obj, VISITOR_FIELDS):
            noted["visitors"].add(obj.id)
    gone = [obj.id for obj in session.deleted if isinstance(obj, db.Visit)]
    if gone:
        session.connection().execute(delete(db.VisitSearch.__table__).where(db.VisitSearch.visit_id.in_(gone)))


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    """In the committing transaction: one INSERT for the new visits, an UPDATE per changed one."""
    if session.new or session.dirty or session.deleted:
        session.flush()  # the commit would flush after this hook: the changes are noted now
    noted = session.info.pop(_KEY, None)
    if noted is None:
        return
    conn = session.connection()
    fresh, unloaded = [], set()
    for visit_id, obj in noted["new"].items():
        if not inspect(obj).persistent:
            continue  # added inside a savepoint that rolled back
        visitor = obj.__dict__.get("visitor")
        if visitor is None:
            unloaded.add(visit_id)
            continue
        fresh.append(row(visit_id, visitor.name or "", visitor.company or "", visitor.mobile or "", obj.plate or "",
                         obj.purpose or "", obj.visit_no or ""))
    if fresh:
        conn.execute(insert(db.VisitSearch.__table__), fresh)
    if unloaded:
        reindex(conn, unloaded, new=True)
    stale = noted["stale"]
    if noted["visitors"]:
        stale |= set(conn.execute(select(db.Visit.id).where(db.Visit.visitor_id.in_(noted["visitors"]))).scalars())
    if stale - set(noted["new"]):
        reindex(conn, stale - set(noted["new"]))


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)


def optimize(conn: Connection) -> None:
    """SQLite: merge the FTS index into one segment, dropping the entries of deleted and rewritten rows
    (until then the old trigrams of a purged name stay in older segments)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")
