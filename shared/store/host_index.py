"""The host directory's full-text index: SQLite FTS5 (trigram) over host's three search columns, kept by
triggers; PostgreSQL pg_trgm GIN indexes on the same columns. The columns themselves are written by the
host model's write hook (shared.store.models.directory)."""
from __future__ import annotations

from sqlalchemy import Connection

FTS = "host_fts"
FTS_TABLES = frozenset({FTS, f"{FTS}_data", f"{FTS}_idx", f"{FTS}_docsize", f"{FTS}_config"})
COLUMNS = ("search_text", "search_prefix", "search_runs")
PG_INDEXES = tuple(f"ix_host_{column}_trgm" for column in COLUMNS)

_cols = ", ".join(COLUMNS)
_new = ", ".join(f"new.{c}" for c in COLUMNS)
_old = ", ".join(f"old.{c}" for c in COLUMNS)
SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS} USING fts5({_cols}, content='host', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER host_fts_ai AFTER INSERT ON host BEGIN "
    f"INSERT INTO {FTS}(rowid, {_cols}) VALUES (new.id, {_new}); END",
    f"CREATE TRIGGER host_fts_ad AFTER DELETE ON host BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {_cols}) VALUES ('delete', old.id, {_old}); END",
    f"CREATE TRIGGER host_fts_au AFTER UPDATE OF {_cols} ON host BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {_cols}) VALUES ('delete', old.id, {_old}); "
    f"INSERT INTO {FTS}(rowid, {_cols}) VALUES (new.id, {_new}); END",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",  # the hosts already there
)
PG_DDL = ("CREATE EXTENSION IF NOT EXISTS pg_trgm",) + tuple(
    f"CREATE INDEX {index} ON host USING gin ({column} gin_trgm_ops)" for index, column in zip(PG_INDEXES, COLUMNS))


def create_index(conn: Connection) -> None:
    for statement in SQLITE_DDL if conn.dialect.name == "sqlite" else PG_DDL:
        conn.exec_driver_sql(statement)


def drop_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in ("host_fts_ai", "host_fts_ad", "host_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        conn.exec_driver_sql(f"DROP TABLE {FTS}")
    else:
        for index in PG_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX {index}")
