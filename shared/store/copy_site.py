"""Copying a site's data into another, empty database (SQLite -> PostgreSQL): `reception db copy`.

The target must be empty. It is migrated to the current schema first, then every table is copied
in foreign-key order, in batches, inside one transaction: a failure leaves the target empty.
On PostgreSQL the id sequences then continue after the copied rows. Row counts are compared at the end.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, MetaData, Table, func, inspect, select, text, update

from shared.store.text_indexes import FTS_TABLES
from shared.store.engine import make_engine, open_store
from shared.store.migrate import upgrade
from shared.store.models import Base

BATCH = 1000
# Rows the migrations themselves insert (the reception levels' defaults): the source's replace them.
SEEDED_BY_MIGRATIONS = frozenset({"reception_level"})
# Written by the migration of the target; the FTS tables by its triggers as visit_search is copied.
NOT_COPIED = frozenset({"alembic_version"}) | FTS_TABLES


class TargetNotEmpty(RuntimeError):
    pass


def _shown(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _count(conn, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _rows_in_target(engine: Engine, metadata: MetaData) -> dict[str, int]:
    """Tables of ours that already hold data (a target not yet migrated has none)."""
    existing = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        counts = {t.name: _count(conn, t) for t in metadata.sorted_tables
                  if t.name in existing and t.name not in SEEDED_BY_MIGRATIONS}
    return {name: n for name, n in counts.items() if n}


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(src, dst, table: Table, batch: int) -> int:
    """Rows in primary-key order; a column pointing into its own table is filled in afterwards."""
    own = _self_references(table)
    pk = list(table.primary_key.columns)
    later: list[dict] = []
    copied = 0
    result = src.execution_options(stream_results=True, yield_per=batch).execute(
        select(table).order_by(*pk))
    for part in result.mappings().partitions(batch):
        rows = [dict(r) for r in part]
        for row in rows:
            links = {c: row[c] for c in own if row[c] is not None}
            if links:
                later.append({**{c.name: row[c.name] for c in pk}, **links})
                row.update(dict.fromkeys(links))
        dst.execute(table.insert(), rows)
        copied += len(rows)
    for links in later:
        where = [c == links[c.name] for c in pk]
        dst.execute(update(table).where(*where).values({c: links[c] for c in own if c in links}))
    return copied


def _reset_sequences(dst, metadata: MetaData) -> None:
    """PostgreSQL: the next id of each table comes after the copied rows, not at 1."""
    for table in metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].type.python_type is not int:
            continue
        name = pk[0].name
        seq = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": name}).scalar()
        if seq:
            dst.execute(text(f'SELECT setval(:s, coalesce((SELECT max("{name}") FROM "{table.name}"), 0) + 1, false)'),
                        {"s": seq})


def copy_database(source_url: str, target_url: str, batch: int = BATCH,
                  say: Callable[[str], None] = print) -> dict[str, tuple[int, int]]:
    """Copy everything; returns table -> (rows in source, rows in target) after the copy.

    TargetNotEmpty: the target already holds data (nothing was changed)."""
    metadata = Base.metadata
    source = open_store(source_url)  # at the current schema, as a station would bring it on start
    target = make_engine(target_url)
    try:
        unknown = set(inspect(source.engine).get_table_names()) - set(metadata.tables) - NOT_COPIED
        if unknown:
            raise RuntimeError(f"the source has tables this version does not know: {', '.join(sorted(unknown))}")
        full = _rows_in_target(target, metadata)
        if full:
            listed = ", ".join(f"{name} ({n})" for name, n in sorted(full.items()))
            raise TargetNotEmpty(f"{_shown(target)} is not empty: {listed}. "
                                 "Copy only into a new, empty database.")
        say(f"migrating {_shown(target)} to the current schema")
        upgrade(target)
        say(f"copying from {_shown(source.engine)}")
        with source.engine.connect() as src, target.begin() as dst:
            for table in metadata.sorted_tables:
                if table.name in SEEDED_BY_MIGRATIONS:
                    dst.execute(table.delete())
                n = _copy_table(src, dst, table, batch)
                if n:
                    say(f"  {table.name}: {n}")
            if dst.dialect.name == "postgresql":
                _reset_sequences(dst, metadata)
        with source.engine.connect() as src, target.connect() as dst:
            return {t.name: (_count(src, t), _count(dst, t)) for t in metadata.sorted_tables}
    finally:
        source.close()
        target.dispose()
