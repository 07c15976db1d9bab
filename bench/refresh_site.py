"""The console-refresh bench's site: hosts, rooms, 500 visits on site today and 100,000 in its history."""
from __future__ import annotations

import json
import random
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter

from pypinyin import lazy_pinyin
from sqlalchemy import func, insert, select

from shared.domain.pinyin import host_search_columns, host_search_runs
from shared.domain.states import ON_SITE, WAITING
from shared.domain.states import VisitState as S
from shared.store import models as db
from shared.store.engine import Store, open_store

HISTORY = 100_000
ON_SITE_TODAY = 500
HISTORY_DAYS = 730  # two years of visits, about 137 a day
RETENTION_DAYS = 90  # the site default: older visits have lost their personal data
ROOMS = 20
HOSTS = 200
RECEPTIONIST, PIN = "前台小周", "2468"  # the desk is signed in, as it is all day

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文斌海波红梅鹏飞晓东慧玲宇浩然思雨子涵欣怡梓轩"
COMPANIES = ["华为技术有限公司", "上海宝钢集团", "北京京东方科技", "深圳比亚迪股份", "杭州海康威视", "Siemens China",
             "Bosch (China) Investment", "中国建筑第三工程局", "美的集团", "格力电器", "顺丰速运", "中国移动通信",
             "Accenture", "苏州工业园区管委会", "", "", "个人 Private"]
PURPOSES = ["商务洽谈", "面试 Interview", "设备维修", "送货 Delivery", "审核 Audit", "培训 Training", "会议 Meeting", ""]
DEPARTMENTS = ["销售部 Sales", "采购部 Purchasing", "人事部 HR", "研发部 R&D", "财务部 Finance", "行政部 Administration",
               "质量部 Quality", "生产部 Production", "物流部 Logistics", "法务部 Legal"]


# action -> the state it leads to (shared.domain.states.TRANSITIONS, by action alone)
AFTER = {"check_in": S.CHECKED_IN, "notify_host": S.HOST_NOTIFIED, "must_wait": S.WAITING,
         "host_absent_waits": S.WAITING, "host_ready": S.WITH_HOST, "back_to_desk": S.AT_DESK,
         "host_arrives": S.WITH_HOST, "escort_out": S.CHECKED_OUT, "see_out": S.CHECKED_OUT,
         "visitor_leaves": S.LEFT, "host_declines": S.DECLINED}


# --- the site ------------------------------------------------------------------------------

@dataclass
class Site:
    history: int
    on_site: int
    today_done: int
    groups: int


def build_site(url: str, history: int = HISTORY, on_site: int = ON_SITE_TODAY, seed: int = 7) -> Site:
    """A migrated database with a host directory, rooms, a receptionist, `history` finished visits of past
    days and `on_site` visits on site today (plus a fifth as many finished today), all written with bulk
    inserts but shaped as the services write them: visitor, visit, events, badge job, host notification,
    change-log rows, groups for a share of the visits."""
    from shared.domain.model import Actor
    from shared.services.directory.operators import Role, add_operator

    store = open_store(url)
    try:
        add_operator(store, Actor("desk-1", "admin", "admin"), RECEPTIONIST, Role.RECEPTIONIST, PIN)
        return _Builder(store, random.Random(seed)).build(history, on_site)
    finally:
        store.close()


@dataclass(frozen=True)
class _Visit:
    day: date
    arrived: datetime
    state: S
    host_id: int | None
    company: str
    group_id: int | None
    member_no: int
    size: int
    room_id: int | None
    purged: bool


class _Builder:
    def __init__(self, store: Store, rng: random.Random) -> None:
        self.store = store
        self.rng = rng
        self.rows: dict[str, list[dict]] = {t: [] for t in
                                            ("visitor", "visit_group", "visit", "visit_event", "print_job",
                                             "notification", "change_log")}
        self.groups = 0

    def build(self, history: int, on_site: int) -> Site:
        with self.store.write() as s:
            self._more_hosts_and_rooms(s)
            self.hosts = s.scalars(select(db.Host.id)).all()
            self.rooms = s.scalars(select(db.ReceptionRoom.id).order_by(db.ReceptionRoom.id)).all()
            self.visit_id = (s.scalar(select(func.max(db.Visit.id))) or 0)
            self.visitor_id = (s.scalar(select(func.max(db.Visitor.id))) or 0)
            self.group_id = (s.scalar(select(func.max(db.VisitGroup.id))) or 0)
        today = date.today()
        now = datetime.now(UTC)
        purged_before = today - timedelta(days=RETENTION_DAYS)
        made = 0
        while made < history:
            day = today - timedelta(days=self.rng.randint(1, HISTORY_DAYS))
            made += self._party(day, self._past_time(day), self._final_state(), history - made,
                                purged=day < purged_before)
        self._flush()
        done_today = on_site // 5
        made = 0
        while made < done_today:
            made += self._party(today, self._today_time(now), self._final_state(), done_today - made)
        waiting_rooms = iter(self.rooms[:max(0, len(self.rooms) - 5)])  # a few rooms stay free or need tidying
        made = 0
        while made < on_site:
            # Most are in their meetings; the lobby holds those who arrived in the last 45 minutes.
            state = self.rng.choices([S.CHECKED_IN, S.HOST_NOTIFIED, S.WAITING, S.WITH_HOST, S.AT_DESK],
                                     [2, 6, 6, 80, 6])[0]
            arrived = self._today_time(now, 45 * 60 if state in WAITING else 8 * 3600)
            made += self._party(today, arrived, state, on_site - made, rooms=waiting_rooms)
        self._flush()
        with self.store.write() as s:  # the rooms the waiting visitors occupy; of the others, some need tidying
            used = set(s.scalars(select(db.Visit.room_id).where(db.Visit.state == str(S.WAITING),
                                                               db.Visit.room_id.is_not(None))).all())
            for i, room in enumerate(s.scalars(select(db.ReceptionRoom))):
                room.state = "occupied" if room.id in used else ("tidying" if i % 3 == 0 else "free")
                room.since = now - timedelta(minutes=10)
        return Site(history, on_site, done_today, self.groups)

    def _more_hosts_and_rooms(self, s) -> None:
        rng = self.rng
        hosts = []
        for i in range(HOSTS - s.scalar(select(func.count(db.Host.id)))):
            name = self._name()
            syllables = lazy_pinyin(name)
            hosts.append({"name": name, "name_en": " ".join(syllables).title(), "pinyin": " ".join(syllables),
                          "initials": "".join(x[0] for x in syllables), "department": rng.choice(DEPARTMENTS),
                          "email": f"host{i}@example.com", "phone": "", "assistant": "", "assistant_phone": "",
                          "active": rng.random() > 0.05, "notify_channel": "email", "language": "zh_CN"})
        for host in hosts:  # a bulk insert skips the ORM's write hook
            host["search_text"], host["search_prefix"] = host_search_columns(
                host["name"], host["name_en"], host["pinyin"], host["initials"], "", "")
            host["search_runs"] = host_search_runs(host["search_text"])
        s.execute(insert(db.Host), hosts)
        have = s.scalar(select(func.count(db.ReceptionRoom.id)))
        s.execute(insert(db.ReceptionRoom),
                  [{"name": f"接待室 {i} Room {i}", "state": "free"} for i in range(have + 1, ROOMS + 1)])

    def _name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choices(GIVEN, k=self.rng.choice((1, 2))))

    # --- one party: a visitor alone, or a group whose members each have a visit ---------------

    def _party(self, day: date, arrived: datetime, state: S, most: int, purged: bool = False,
               rooms=None) -> int:
        rng = self.rng
        size = min(rng.randint(2, 6), most) if rng.random() < 0.04 and most >= 2 else 1
        host_id = None if state == S.CHECKED_IN or rng.random() < 0.02 else rng.choice(self.hosts)
        company = rng.choice(COMPANIES)
        group_id = None
        if size > 1:
            self.group_id += 1
            self.groups += 1
            group_id = self.group_id
            self.rows["visit_group"].append({"id": group_id, "name": company or "访客一行", "size": size,
                                             "names_at_desk": int(rng.random() < 0.3), "created_at": _ts(arrived)})
        room_id = None
        if state == S.WAITING and rooms is not None:
            room_id = next(rooms, None)  # a party waits together; when the rooms are full, in the lobby
        elif state in (S.CHECKED_OUT, S.LEFT) and rng.random() < 0.3:
            room_id = rng.choice(self.rooms)
        for member in range(1, size + 1):
            self._visit(_Visit(day, arrived, state, host_id, company, group_id, member if group_id else 0, size,
                               room_id, purged))
        return size

    def _visit(self, v: _Visit) -> None:
        rng = self.rng
        at = _ts(v.arrived)
        self.visitor_id += 1
        self.visit_id += 1
        vid = self.visit_id
        name = "" if v.purged else self._name()
        mobile = "" if v.purged else f"+86{rng.choice((138, 139, 186, 150, 177))}{rng.randrange(10**8):08d}"
        company = "" if v.purged else v.company
        self.rows["visitor"].append({"id": self.visitor_id, "name": name, "mobile": mobile, "company": company,
                                     "id_number": "", "created_at": at})
        events, waited_until, ended = self._events(vid, v)
        token = secrets.token_urlsafe(16)
        visit_no = f"{v.day:%y%m%d}-{vid:04d}"
        self.rows["visit"].append({
            "id": vid, "visit_no": visit_no, "visitor_id": self.visitor_id, "host_id": v.host_id,
            "appointment_id": None, "room_id": v.room_id, "state": str(v.state),
            "level": rng.choices(("standard", "senior", "vip"), (90, 8, 2))[0], "party_size": v.size,
            "badge_token": token, "message": "改天再来" if v.state == S.LEFT and not v.purged else "",
            "purpose": "" if v.purged else rng.choice(PURPOSES), "plate": "", "region": "",
            "group_id": v.group_id, "member_no": v.member_no, "consent_at": at, "id_consent": 0,
            "visit_date": v.day.isoformat(), "station": rng.choice(("kiosk-1", "kiosk-2", "desk-1")),
            "checked_in_at": at, "checked_out_at": ended, "waited_until": waited_until,
            "updated_at": ended or events[-1]["at"]})
        self.rows["visit_event"].extend(events)
        badge = {"kind": "badge", "visit_no": visit_no, "visitor_name": name, "company": company, "token": token,
                 "visit_date": v.day.isoformat()}
        printed = _ts(v.arrived + timedelta(seconds=4))
        self.rows["print_job"].append({
            "visit_id": vid, "kind": "badge", "station": "kiosk-1", "printer": "badge", "state": "done",
            "attempts": 1, "payload": "{}" if v.purged else json.dumps(badge), "last_error": "", "updated_by": "",
            "printed_at": printed, "created_at": at, "updated_at": printed})
        log = [("visit", vid)] * len(events) + [("print_job", 0)]
        if v.host_id is not None:
            sent = _ts(v.arrived + timedelta(seconds=2))
            told = {"visit_no": visit_no, "visitor": name, "company": company}
            self.rows["notification"].append({
                "visit_id": vid, "kind": "arrival", "host_id": v.host_id, "channel": "email", "state": "sent",
                "attempts": 1, "payload": "{}" if v.purged else json.dumps(told), "lease_owner": "",
                "last_error": "", "target": "host@example.com", "updated_by": "", "created_at": at,
                "updated_at": sent, "sent_at": sent})
            log.append(("notification", 0))
        # one row per entity per commit, as the services record them; `at` is the server's now
        self.rows["change_log"].extend({"entity": e, "entity_id": i or vid} for e, i in log)
        if len(self.rows["visit"]) >= 20_000:
            self._flush()

    def _events(self, vid: int, v: _Visit) -> tuple[list[dict], str | None, str | None]:
        """The path through the state machine that ends in the visit's state, as _apply records it."""
        rng = self.rng
        path = ["check_in"] + (["notify_host"] if v.host_id is not None else [])
        path += {S.CHECKED_IN: [], S.HOST_NOTIFIED: [], S.WAITING: [rng.choice(["must_wait", "host_absent_waits"])],
                 S.WITH_HOST: ["host_ready"], S.AT_DESK: ["host_ready", "back_to_desk"],
                 S.CHECKED_OUT: rng.choice([["host_ready", "escort_out"], ["must_wait", "host_arrives", "escort_out"],
                                            ["host_ready", "back_to_desk", "see_out"]]),
                 S.LEFT: ["host_absent_waits", "visitor_leaves"], S.DECLINED: ["host_declines"]}[v.state]
        now = datetime.now(UTC)
        past = v.arrived < now - timedelta(days=1)
        events, before, waited_until, at = [], "", None, v.arrived
        for action in path:
            after = AFTER[action]
            events.append({"visit_id": vid, "action": action, "from_state": before, "to_state": str(after),
                           "at": _ts(at), "station": "kiosk-1" if action == "check_in" else "desk-1",
                           "operator": "visitor" if action == "check_in" else "reception",
                           "note": "改天再来" if action == "visitor_leaves" and not v.purged else ""})
            if waited_until is None and before in WAITING and after not in WAITING:
                waited_until = _ts(at)
            before = str(after)
            step = timedelta(minutes=rng.randint(1, 40)) if past else timedelta(seconds=rng.randint(0, 180))
            at = min(now, at + step)
        ended = events[-1]["at"] if v.state not in ON_SITE else None
        return events, waited_until, ended

    def _past_time(self, day: date) -> datetime:
        local = datetime.combine(day, datetime.min.time()).astimezone()
        return (local + timedelta(hours=8, seconds=self.rng.randrange(9 * 3600))).astimezone(UTC)

    def _today_time(self, now: datetime, within_s: float = 8 * 3600) -> datetime:
        """Earlier today, within the last `within_s` seconds."""
        midnight = datetime.combine(date.today(), datetime.min.time()).astimezone()
        elapsed = (now - midnight).total_seconds()
        return now - timedelta(seconds=self.rng.uniform(0, min(within_s, elapsed * 0.9)))

    def _final_state(self) -> S:
        return self.rng.choices([S.CHECKED_OUT, S.LEFT, S.DECLINED], [93, 5, 2])[0]

    def _flush(self) -> None:
        """One executemany per table through the connection's driver: the values are already in the form
        SQLAlchemy stores on SQLite (see _ts), so the per-row bind processing, most of the time, is skipped."""
        tables = {"visitor": db.Visitor, "visit_group": db.VisitGroup, "visit": db.Visit,
                  "visit_event": db.VisitEvent, "print_job": db.PrintJob, "notification": db.Notification,
                  "change_log": db.ChangeLog}
        with self.store.write() as s:
            conn = s.connection()
            for name, model in tables.items():  # parents first: foreign keys are on
                rows = self.rows[name]
                if rows:
                    cols = list(rows[0])
                    sql = f"INSERT INTO {model.__tablename__} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                    conn.exec_driver_sql(sql, list(map(itemgetter(*cols), rows)))
                    self.rows[name] = []


def _ts(at: datetime) -> str:
    """An aware time as SQLAlchemy's UTCDateTime stores it on SQLite: naive UTC text."""
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
