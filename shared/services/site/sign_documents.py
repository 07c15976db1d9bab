"""The documents a site asks visitors to sign (NDA, safety rules 安全告知), each for some visitors.

Editing a document makes a new version: a visitor's signed copy names the version they signed, and the
version signed stays readable however often the text changes afterwards."""
from __future__ import annotations

import re

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotFound
from shared.domain.permissions import Permission, needs
from shared.domain.signing import KEY_MAX, SIGN_AUDIENCES, TEXT_MAX, TITLE_MAX, for_check_in
from shared.domain.text import clean_text, raw_problem
from shared.domain.validation import line_problem
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

from shared.services.common.boundary import guard_module
from shared.services.site.audit import audit

_KEY = re.compile(r"[a-z][a-z0-9_-]*\Z")


def _text(row: db.SignDocument) -> m.SignText:
    return m.SignText(row.id, row.key, row.version, row.audience, row.title_zh, row.title_en, row.text_zh,
                      row.text_en)


def _current(s: Session) -> list[db.SignDocument]:
    """The newest version of each document still in use, in the order they were first added."""
    newest = select(db.SignDocument.key, func.max(db.SignDocument.version).label("version")).group_by(
        db.SignDocument.key).subquery()
    rows = s.scalars(select(db.SignDocument).join(newest, (db.SignDocument.key == newest.c.key) & (
        db.SignDocument.version == newest.c.version)).where(db.SignDocument.active)).all()
    first = dict(s.execute(select(db.SignDocument.key, func.min(db.SignDocument.id)).group_by(db.SignDocument.key)).all())
    return sorted(rows, key=lambda r: first[r.key])


def current_documents(s: Session) -> list[m.SignText]:
    return [_text(r) for r in _current(s)]


def sign_documents(store: Store) -> list[m.SignText]:
    """Every document in use, newest versions (the kiosk reads them: no operator needed)."""
    with store.read() as s:
        return current_documents(s)


def document_titles(store: Store) -> list[tuple[str, str]]:
    """(key, "安全告知 Safety rules") of every document ever signed or in use, retired ones too (the log
    filters old visits by them), newest title of each."""
    with store.read() as s:
        newest = select(db.SignDocument.key, func.max(db.SignDocument.version).label("version")).group_by(
            db.SignDocument.key).subquery()
        rows = s.scalars(select(db.SignDocument).join(newest, (db.SignDocument.key == newest.c.key) & (
            db.SignDocument.version == newest.c.version)).order_by(db.SignDocument.key)).all()
        return [(r.key, f"{r.title_zh} {r.title_en}") for r in rows]


def documents_for(store: Store, check_in: str, level: str = "standard") -> list[m.SignText]:
    """What a visitor checking in so (walk_in / invitation / gate) at this level signs, in order."""
    if check_in not in ("walk_in", "invitation", "gate") or level not in {str(x) for x in m.ReceptionLevel}:
        raise InvalidInput({"check_in": "invalid"})
    return for_check_in(sign_documents(store), check_in, level)


def _clean(key: str, audience: str, title_zh: str, title_en: str, text_zh: str, text_en: str) -> tuple:
    problems: dict[str, str] = {}
    key = clean_text(key).lower()
    if not key or len(key) > KEY_MAX or not _KEY.match(key):
        problems["key"] = "invalid"
    if audience not in SIGN_AUDIENCES:
        problems["audience"] = "invalid"
    for name, value in (("title_zh", title_zh), ("title_en", title_en)):
        if problem := line_problem(value, TITLE_MAX):
            problems[name] = problem
        elif not clean_text(value):
            problems[name] = "required"
    for name, value in (("text_zh", text_zh), ("text_en", text_en)):
        if problem := raw_problem(value, TEXT_MAX, multiline=True):
            problems[name] = problem
        elif not value.strip():
            problems[name] = "required"
        elif len(value.strip()) > TEXT_MAX:
            problems[name] = "too_long"
    if problems:
        raise InvalidInput(problems)
    return key, audience, clean_text(title_zh), clean_text(title_en), text_zh.strip(), text_en.strip()


@needs(Permission.SETTINGS)
def save_sign_document(store: Store, actor: m.Actor, key: str, audience: str, title_zh: str, title_en: str,
                       text_zh: str, text_en: str) -> Done[m.SignText]:
    """Add a document, or change one: a new version unless nothing changed."""
    values = _clean(key, audience, title_zh, title_en, text_zh, text_en)
    with store.write() as s:
        newest = s.scalars(select(db.SignDocument).where(db.SignDocument.key == values[0]).order_by(
            db.SignDocument.version.desc()).limit(1)).first()
        if newest is not None and newest.active and (newest.key, newest.audience, newest.title_zh, newest.title_en,
                                                     newest.text_zh, newest.text_en) == values:
            return Done(_text(newest), Changes.NONE)
        row = db.SignDocument(key=values[0], version=(newest.version + 1) if newest else 1, audience=values[1],
                              title_zh=values[2], title_en=values[3], text_zh=values[4], text_en=values[5],
                              active=True, created_by=actor.operator)
        s.add(row)
        s.flush()
        record(s, "setting", 0)
        audit(s, actor, "settings", f"document {row.key}", version=row.version, audience=row.audience)
        return Done(_text(row), Changes.SETTINGS)


@needs(Permission.SETTINGS)
def retire_sign_document(store: Store, actor: m.Actor, key: str) -> Done[None]:
    """Visitors stop signing it; the copies already signed stay with their visits."""
    with store.write() as s:
        changed = s.execute(update(db.SignDocument).where(db.SignDocument.key == key, db.SignDocument.active)
                            .values(active=False)).rowcount
        if not changed:
            raise NotFound(f"no document {key!r} in use", key=key)
        record(s, "setting", 0)
        audit(s, actor, "settings", f"document {key}", retired=True)
    return Done(None, Changes.SETTINGS)


guard_module(globals())
