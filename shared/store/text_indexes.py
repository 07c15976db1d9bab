"""The full-text indexes' own structures, which no model declares: FTS5's tables (SQLite) and the pg_trgm
GIN indexes (PostgreSQL). Migrations create them; copies and schema checks leave them out."""
from __future__ import annotations

from shared.store import host_index, visit_index

FTS_TABLES = host_index.FTS_TABLES | visit_index.FTS_TABLES
PG_INDEXES = frozenset(host_index.PG_INDEXES + visit_index.PG_INDEXES)
