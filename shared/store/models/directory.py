"""Who and where: hosts, operators, site settings, reception levels and rooms."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from shared.domain.pinyin import host_search_columns, host_search_runs

from shared.store.models.base import Base, now_col
from shared.store.types import UTCDateTime


class Host(Base):
    __tablename__ = "host"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    pinyin: Mapped[str] = mapped_column(String(200), default="")  # "zhang san", for search
    initials: Mapped[str] = mapped_column(String(40), default="")  # "zs"
    # 单田芳 is read "shan" as a surname: those readings too, compact, space-separated
    pinyin_alt: Mapped[str] = mapped_column(String(200), default="")  # "shantianfang"
    initials_alt: Mapped[str] = mapped_column(String(40), default="")  # "stf"
    # Derived from the six above on every write (see _searchable): what the kiosk's search scans.
    search_text: Mapped[str] = mapped_column(String(700), default="")
    search_prefix: Mapped[str] = mapped_column(String(100), default="")
    search_runs: Mapped[str] = mapped_column(Text, default="")  # search_text's short runs (host_search_runs)
    department: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    assistant: Mapped[str] = mapped_column(String(120), default="")  # called when the host does not come
    assistant_phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)
    # How the host is told a visitor arrived: email / webhook / wecom / dingtalk / feishu / none
    notify_channel: Mapped[str] = mapped_column(String(16), default="email")
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")  # of the message: zh_CN / en
    # The person's stable id in the LDAP / AD directory (`reception directory sync`); None: added by hand.
    directory_id: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)


@event.listens_for(Host, "before_insert")
@event.listens_for(Host, "before_update")
def _searchable(_mapper, _connection, host: Host) -> None:
    host.search_text, host.search_prefix = host_search_columns(
        host.name or "", host.name_en or "", host.pinyin or "", host.initials or "", host.pinyin_alt or "",
        host.initials_alt or "")
    host.search_runs = host_search_runs(host.search_text)


class Operator(Base):
    """A person who signs in at a console: receptionist, security or admin. Only a PIN hash is kept."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = now_col()


class SiteSetting(Base):
    """Site-wide settings every station shares (site name, optional kiosk fields, retention)."""

    __tablename__ = "site_setting"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)


class ReceptionLevelPolicy(Base):
    """接待级别: how a level of guest is received (the seed's 普通 / 高级 / 特级 standard), editable
    by admins. Meal limits cover two guests; each guest beyond two adds meal_extra per meal."""

    __tablename__ = "reception_level"
    key: Mapped[str] = mapped_column(String(16), primary_key=True)  # standard / senior / vip
    badge: Mapped[str] = mapped_column(String(8), default="visitor")  # visitor / vip
    accompany: Mapped[str] = mapped_column(Text, default="")  # who accompanies (陪同人员)
    room: Mapped[str] = mapped_column(Text, default="")
    refreshments: Mapped[str] = mapped_column(Text, default="")
    vehicle: Mapped[str] = mapped_column(Text, default="")
    lodging: Mapped[str] = mapped_column(Text, default="")
    meal_lunch: Mapped[int] = mapped_column(Integer, default=0)  # yuan, for two guests
    meal_dinner: Mapped[int] = mapped_column(Integer, default=0)
    meal_extra: Mapped[int] = mapped_column(Integer, default=0)  # yuan per extra guest per meal
    wait_warn_minutes: Mapped[int] = mapped_column(Integer, default=15)  # the waiting row turns amber
    updated_by: Mapped[str] = mapped_column(String(80), default="")


class ReceptionRoom(Base):
    __tablename__ = "reception_room"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="free")  # free / occupied / tidying
    since: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DoctorState(Base):
    """A clinic doctor's status as the desk or the treatment room last set it, and their room."""

    __tablename__ = "doctor_state"
    host_id: Mapped[int] = mapped_column(ForeignKey("host.id"), primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(16))  # shared.domain.clinic.DoctorStatus
    since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    room: Mapped[str] = mapped_column(String(20), default="", server_default="")
    current_kind: Mapped[str] = mapped_column(String(16), default="", server_default="")
