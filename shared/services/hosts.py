"""The host directory: visitors find their host by hanzi, pinyin, initials or English name."""
from __future__ import annotations

from pypinyin import Style, lazy_pinyin
from sqlalchemy import func, or_, select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.validation import clean_text
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

from . import mapping

SEARCH_LIMIT = 5  # a kiosk shows a few matches, never the whole directory


def pinyin_keys(name: str) -> tuple[str, str]:
    syllables = [s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore")]
    return " ".join(syllables), "".join(s[0] for s in syllables if s)


def add_host(store: Store, name: str, name_en: str = "", department: str = "", **extra: str) -> Done[m.Host]:
    name = clean_text(name)
    full, initials = pinyin_keys(name)
    with store.write() as s:
        row = db.Host(name=name, name_en=clean_text(name_en), department=clean_text(department),
                      pinyin=full, initials=initials, **extra)
        s.add(row)
        s.flush()
        record(s, "host", row.id)
        return Done(mapping.host(row), Changes.HOSTS)


def search_hosts(store: Store, query: str, limit: int = SEARCH_LIMIT) -> list[m.Host]:
    q = clean_text(query).lower()
    if not q:
        return []
    compact = q.replace(" ", "")
    like = f"%{q}%"
    with store.read() as s:
        rows = s.scalars(
            select(db.Host)
            .where(db.Host.active.is_(True))
            .where(or_(
                db.Host.name.like(like),
                db.Host.name_en.ilike(like),
                func.replace(db.Host.pinyin, " ", "").like(f"%{compact}%"),
                db.Host.initials.like(f"{compact}%"),
            ))
            .order_by(db.Host.name)
            .limit(limit)
        ).all()
        return [mapping.host(r) for r in rows]
