"""The host directory: visitors find their host by hanzi, pinyin, initials or English name; the
desk keeps it (add, edit, deactivate, import from the office's spreadsheet)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput
from shared.domain.pinyin import pinyin_keys, surname_keys
from shared.domain.validation import clean_text, name_problem, normalise_mobile
from shared.notify.settings import CHANNELS, LANGUAGES
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record

from shared.services.common import mapping
from shared.services.common.text_index import host_clause
from shared.services.common.tables import ImportReport, RejectedRow, read_sheet
from shared.services.common.boundary import guard_module

SEARCH_LIMIT = 5  # a kiosk shows a few matches, never the whole directory

# field -> longest text the column holds
TEXT_MAX = {"name_en": 120, "department": 80, "email": 200, "assistant": 120}
EDITABLE = ("name", "name_en", "department", "email", "phone", "assistant", "assistant_phone",
            "notify_channel", "language")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
EXTENSION = re.compile(r"[0-9+()\- ]{2,20}")  # an assistant's desk extension need not be a full number

# Header names an office export may use, Chinese or English (matched ignoring case, spaces, "_").
COLUMNS = {
    "name": ("姓名", "名字", "中文名", "中文姓名", "Host", "Host name", "Full name"),
    "name_en": ("英文名", "英文姓名", "English name", "Name (English)", "Name EN"),
    "department": ("部门", "所属部门", "Department", "Dept"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "E-mail", "Email", "Mail"),
    "phone": ("手机", "手机号", "手机号码", "电话", "Mobile", "Phone", "Mobile phone", "Cell"),
    "assistant": ("助理", "秘书", "Assistant", "Secretary"),
    "assistant_phone": ("助理电话", "助理手机", "秘书电话", "Assistant phone", "Assistant mobile"),
    "notify_channel": ("通知方式", "通知渠道", "通知", "Channel", "Notification", "Notify by", "Notify"),
    "language": ("语言", "通知语言", "Language"),
}
# What people type in those columns -> the stored code.
CHANNEL_WORDS = {"邮件": "email", "邮箱": "email", "电子邮件": "email", "e-mail": "email", "mail": "email",
                 "企业微信": "wecom", "企微": "wecom", "wechat work": "wecom", "钉钉": "dingtalk", "飞书": "feishu",
                 "lark": "feishu", "不通知": "none", "无": "none", "no": "none"}
LANGUAGE_WORDS = {"中文": "zh_CN", "简体中文": "zh_CN", "汉语": "zh_CN", "chinese": "zh_CN", "zh": "zh_CN",
                  "zh-cn": "zh_CN", "zh_cn": "zh_CN", "en": "en", "英文": "en", "英语": "en", "english": "en"}


@dataclass(frozen=True, slots=True)
class HostRecord:
    """One directory entry with everything the desk keeps about it."""

    id: int
    name: str
    name_en: str
    pinyin: str
    initials: str
    department: str
    email: str
    phone: str  # E.164, or ""
    assistant: str
    assistant_phone: str
    active: bool
    notify_channel: str
    language: str


def _record(row: db.Host) -> HostRecord:
    return HostRecord(row.id, row.name, row.name_en, row.pinyin, row.initials, row.department, row.email,
                      row.phone, row.assistant, row.assistant_phone, row.active, row.notify_channel, row.language)


def clean_fields(fields: dict[str, object]) -> tuple[dict[str, str], dict[str, str]]:
    """(cleaned fields, problems): every problem at once, so a person fixes them in one go."""
    if unknown := set(fields) - set(EDITABLE):
        return {}, {name: "unknown" for name in sorted(unknown)}
    out = {k: clean_text(str(v if v is not None else "")) for k, v in fields.items()}
    problems: dict[str, str] = {}
    if "name" in out and (problem := name_problem(out["name"])):
        problems["name"] = problem
    for name, limit in TEXT_MAX.items():
        if len(out.get(name, "")) > limit:
            problems[name] = "too_long"
    if out.get("email") and "email" not in problems and not EMAIL.fullmatch(out["email"]):
        problems["email"] = "invalid"
    if out.get("phone"):
        try:
            out["phone"] = normalise_mobile(out["phone"])
        except InvalidInput:
            problems["phone"] = "invalid"
    if out.get("assistant_phone"):
        try:
            out["assistant_phone"] = normalise_mobile(out["assistant_phone"])
        except InvalidInput:
            if not EXTENSION.fullmatch(out["assistant_phone"]):
                problems["assistant_phone"] = "invalid"
    if "notify_channel" in out and out["notify_channel"] not in CHANNELS:
        problems["notify_channel"] = "invalid"
    if "language" in out and out["language"] not in LANGUAGES:
        problems["language"] = "invalid"
    return out, problems


def _apply(row: db.Host, fields: dict[str, str]) -> None:
    for name, value in fields.items():
        setattr(row, name, value)
    if "name" in fields:
        row.pinyin, row.initials = pinyin_keys(row.name)
        row.pinyin_alt, row.initials_alt = surname_keys(row.name)


def _insert(s: Session, fields: dict[str, str]) -> db.Host:
    row = db.Host(name_en="", department="", email="", phone="", assistant="", assistant_phone="",
                  active=True, notify_channel="email", language="zh_CN")
    _apply(row, fields)
    s.add(row)
    s.flush()
    record(s, "host", row.id)
    return row


def add_host(store: Store, name: str, name_en: str = "", department: str = "", **extra: str) -> Done[m.Host]:
    """A new host; InvalidInput lists every problem and nothing is saved."""
    fields, problems = clean_fields({"name": name, "name_en": name_en, "department": department, **extra})
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        return Done(mapping.host(_insert(s, fields)), Changes.HOSTS)


@needs(Permission.DIRECTORY)
def create_host(store: Store, actor: m.Actor, **fields: str) -> Done[HostRecord]:
    """The desk's "Add host": like add_host, answering with the full record."""
    fields, problems = clean_fields({"name": "", **fields})
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        return Done(_record(_insert(s, fields)), Changes.HOSTS)


@needs(Permission.DESK)
def host_directory(store: Store, actor: m.Actor, include_inactive: bool = True) -> list[HostRecord]:
    """The whole directory by name, pinyin order for Chinese names (how people look them up)."""
    with store.read() as s:
        query = select(db.Host)
        if not include_inactive:
            query = query.where(db.Host.active.is_(True))
        rows = [_record(r) for r in s.scalars(query)]
    return sorted(rows, key=lambda h: ((h.pinyin or h.name).casefold(), h.id))


@needs(Permission.DESK)
def host_record(store: Store, actor: m.Actor, host_id: int) -> HostRecord:
    with store.read() as s:
        row = load(s, db.Host, host_id, "host", host_id=host_id)
        return _record(row)


@needs(Permission.DIRECTORY)
def update_host(store: Store, actor: m.Actor, host_id: int, **fields: str) -> Done[HostRecord]:
    """Change some fields; a new name gets new pinyin and initials. Bad input changes nothing."""
    fields, problems = clean_fields(fields)
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        row = load(s, db.Host, host_id, "host", lock=True, host_id=host_id)
        _apply(row, fields)
        record(s, "host", row.id)
        return Done(_record(row), Changes.HOSTS)


@needs(Permission.DIRECTORY)
def set_host_active(store: Store, actor: m.Actor, host_id: int, active: bool) -> Done[HostRecord]:
    """A host who left is deactivated, not deleted: their past visits still name them."""
    with store.write() as s:
        row = load(s, db.Host, host_id, "host", lock=True, host_id=host_id)
        row.active = bool(active)
        record(s, "host", row.id)
        return Done(_record(row), Changes.HOSTS)


def _sheet_fields(values: dict[str, str]) -> dict[str, str]:
    """A row's non-empty cells, with the channel and language words an office types mapped to codes."""
    out = {k: v for k, v in values.items() if v}
    if "notify_channel" in out:
        word = out["notify_channel"].casefold()
        out["notify_channel"] = CHANNEL_WORDS.get(word, word)
    if "language" in out:
        word = out["language"].casefold()
        out["language"] = LANGUAGE_WORDS.get(word, out["language"])
    return out


@needs(Permission.DIRECTORY)
def import_hosts(store: Store, actor: m.Actor, path: str | Path) -> Done[ImportReport]:
    """Hosts from CSV or XLSX. A row naming an existing host updates the cells it fills (blank cells
    keep what is there); any other row adds a host. Bad rows are reported by line and skipped; a file
    that cannot be read at all raises InvalidInput and changes nothing."""
    rows = read_sheet(Path(path), COLUMNS, required=("name",))
    accepted, rejected = 0, []
    with store.write() as s:
        for sheet_row in rows:
            fields, problems = clean_fields(_sheet_fields(sheet_row.values))
            problems.update(sheet_row.problems)
            if "name" not in fields and "name" not in problems:
                problems["name"] = "required"
            if problems:
                rejected.append(RejectedRow(sheet_row.line, problems))
                continue
            same = s.scalars(select(db.Host).where(db.Host.name == fields["name"]).order_by(db.Host.id)).all()
            if len(same) > 1:
                rejected.append(RejectedRow(sheet_row.line, {"name": "ambiguous"}))
                continue
            if same:
                _apply(same[0], fields)
                record(s, "host", same[0].id)
            else:
                _insert(s, fields)
            s.flush()
            accepted += 1
    return Done(ImportReport(accepted, tuple(rejected)), Changes.HOSTS if accepted else Changes.NONE)


def search_hosts(store: Store, query: str, limit: int = SEARCH_LIMIT) -> list[m.Host]:
    q = clean_text(query).lower()
    if not q:
        return []
    compact = q.replace(" ", "")
    # Names match as typed; readings (pinyin, the surname's reading 单 shan) without the spaces; initials
    # from their start. Asked of the hosts' trigram index (shared.store.host_index).
    with store.read() as s:
        rows = s.scalars(
            select(db.Host)
            .where(db.Host.active.is_(True))
            .where(host_clause(s.get_bind().dialect.name, (q, compact), compact))
            .order_by(db.Host.name)
            .limit(limit)
        ).all()
        return [mapping.host(r) for r in rows]


guard_module(globals())
