"""An old database for upgrade tests: the schema at a given revision, with rows written in raw SQL."""
from __future__ import annotations


def database_at(db_url: str, revision: str, *statements: str) -> None:
    """Migrate db_url only up to revision, then run the statements (rows as that release wrote them)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from shared.store.engine import make_engine
    from shared.store.migrate import MIGRATIONS

    engine = make_engine(db_url)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()
