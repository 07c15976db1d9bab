"""Demo data: a host directory with Chinese and English names, reception rooms, three operators, and
a realistic morning at the desk (a VIP waiting, a host away, a room to tidy, a host not reached)."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select, update

from shared.domain import model as m
from shared.store import models as db
from shared.store.engine import Store

from shared.services import checkin
from shared.services.desk import flow
from shared.services.checkin import check_in_group, check_in_invitation, create_appointment
from shared.services.directory.hosts import add_host, search_hosts
from shared.services.directory.operators import Role, add_operator
from shared.services.desk.expected import ExpectedVisit, pre_register

DEMO_HOSTS = [
    ("张三", "Zhang San", "销售部 Sales"),
    ("李四", "Li Si", "采购部 Purchasing"),
    ("王芳", "Wang Fang", "人事部 HR"),
    ("陈建国", "Chen Jianguo", "总经理办公室 General Manager's Office"),
    ("欧阳明", "Ouyang Ming", "研发部 R&D"),
    ("赵丽娟", "Zhao Lijuan", "财务部 Finance"),
    ("周杰", "Zhou Jie", "行政部 Administration"),
    ("Emily Carter", "Emily Carter", "国际业务部 International"),
    ("David Müller", "David Müller", "质量部 Quality"),
]
DEMO_ROOMS = ["接待室一 Room 1", "接待室二 Room 2", "贵宾室 VIP Lounge"]
# name, role, PIN: the README lists them, so whoever tries the demo can sign in.
DEMO_OPERATORS = [("前台小李", Role.RECEPTIONIST, "1234"), ("保安老赵", Role.SECURITY, "2345"),
                  ("陈总", Role.LEADER, "8888"), ("管理员", Role.ADMIN, "9999")]
DEMO_ASSISTANTS = {"陈建国": ("刘秘书", "13800001111"), "李四": ("孙敏", "13800002222")}

SETUP = m.Actor("demo", "demo", "admin")  # seeding a new site is the admin's work


def seed_demo(store: Store) -> bool:
    """Seed once; returns False when the directory already has hosts."""
    with store.read() as s:
        if s.scalar(select(func.count(db.Host.id))):
            return False
    for name, name_en, dept in DEMO_HOSTS:
        assistant, phone = DEMO_ASSISTANTS.get(name, ("", ""))
        add_host(store, name, name_en, dept, assistant=assistant, assistant_phone=phone)
    with store.write() as s:
        s.add_all(db.ReceptionRoom(name=r) for r in DEMO_ROOMS)
    for name, role, pin in DEMO_OPERATORS:
        add_operator(store, SETUP, name, role, pin)
    return True


def _host(store: Store, query: str) -> int:
    return search_hosts(store, query)[0].id


def _room(store: Store, name: str) -> int:
    with store.read() as s:
        return s.scalars(select(db.ReceptionRoom.id).where(db.ReceptionRoom.name == name)).one()


def _backdate(store: Store, visit_id: int, minutes: int) -> None:
    """The demo's visitors arrived earlier this morning: move their times back, events and all."""
    shift = timedelta(minutes=minutes)
    with store.write() as s:
        visit = s.get(db.Visit, visit_id)
        visit.checked_in_at = visit.checked_in_at - shift
        if visit.waited_until is not None:
            visit.waited_until = visit.waited_until - shift
        if visit.room is not None and visit.room.since is not None:
            visit.room.since = visit.room.since - shift
        for event in s.scalars(select(db.VisitEvent).where(db.VisitEvent.visit_id == visit_id)):
            event.at = event.at - shift
        for note in s.scalars(select(db.Notification).where(db.Notification.visit_id == visit_id)):
            note.created_at = note.created_at - shift


def seed_morning(store: Store, kiosk: str = "kiosk-1") -> None:
    """A busy morning as the desk would find it at about ten; run once, after seed_demo."""
    k = m.Actor(kiosk)
    desk = m.Actor("desk-1", "前台小李", "receptionist")
    today = date.today()
    # A VIP invited by the general manager, who has been told but not come: the row warns.
    code = create_appointment(store, desk, "周永康", "13900139000", "华信集团", _host(store, "chenjianguo"), today,
                              m.ReceptionLevel.VIP, "年度合作会谈").value
    vip = check_in_invitation(store, k, code, consent=m.Consent(True)).value
    _backdate(store, vip.id, 9)
    # The host is away: the visitor waits in Room 1 (long enough for the water reminder).
    away = checkin.check_in_walk_in(store, k, m.WalkIn("刘洋", "13600136000", "顺丰速运", _host(store, "lisi"))).value
    flow.host_absent_visitor_waits(store, desk, away.id, room_id=_room(store, "接待室一 Room 1"))
    _backdate(store, away.id, 24)
    # An earlier visitor waited in Room 2 and has gone up: the room waits to be tidied.
    done = checkin.check_in_walk_in(store, k, m.WalkIn("孙丽", "13500135000", "德勤", _host(store, "zhaolijuan"))).value
    flow.visitor_must_wait(store, desk, done.id, room_id=_room(store, "接待室二 Room 2"))
    flow.host_arrives(store, desk, done.id)
    _backdate(store, done.id, 40)
    # A host whose e-mail bounced: the desk must phone.
    lost = checkin.check_in_walk_in(store, k, m.WalkIn("Anna Schmidt", "+49 151 23456789", "Siemens AG",
                                                  _host(store, "wangfang"))).value
    with store.write() as s:
        s.execute(update(db.Notification).where(db.Notification.visit_id == lost.id)
                  .values(state="failed", channel="email", target="wangfang@example.com", attempts=5,
                          last_error="mail server refused the address (550 mailbox unavailable)"))
    _backdate(store, lost.id, 6)
    # A group with its host, and a visitor who has already left.
    leader = m.WalkIn("黄磊", "13700137000", "明达电子", _host(store, "zs"), party_size=3)
    party = check_in_group(store, k, leader, ["吴刚", "郑爽"], consent=m.Consent(True)).value
    for visit in party:
        flow.host_ready(store, desk, visit.id)
        _backdate(store, visit.id, 35)
    gone = checkin.check_in_walk_in(store, k, m.WalkIn("Emily Carter", "+44 7911 123456", "Acme Ltd",
                                                  _host(store, "david"))).value
    flow.host_ready(store, desk, gone.id)
    flow.escort_out(store, desk, gone.id)
    _backdate(store, gone.id, 70)
    # Still expected later today: a senior guest picked up at the station, and a visitor from abroad.
    pre_register(store, desk, ExpectedVisit(
        "马丽", _host(store, "zhouj"), today, mobile="13300133000", company="招商银行", time_from="14:00",
        time_to="15:30", level="senior", purpose="季度结算", transport="pickup", pickup_time="13:20",
        pickup_place="深圳北站 B 出口", meals="午餐后到，不需安排"))
    pre_register(store, desk, ExpectedVisit(
        "Kenji Sato", _host(store, "ouyang"), today, mobile="+81 90 1234 5678", company="Panasonic",
        time_from="16:00", time_to="17:00", purpose="Lab tour", notes="Needs an English-speaking guide"))


def seed_security(store: Store, station: str = "desk-1", printer: str = "badge") -> None:
    """The security side of the same morning: the gate, the watchlist, an enquiry, a confidential guest,
    and a few past days in the visitor log. Gate passes print at `station`'s `printer`."""
    from shared.services.security import enquiries
    from shared.services.security import gate
    from shared.services.security import watchlist
    from shared.services.privacy.visitor_log import set_confidential

    guard = m.Actor(station, "保安老赵", "security")
    desk = m.Actor(station, "前台小李", "receptionist")
    today = date.today()
    # A delivery driver, let in; a visitor the gate is asking about; a salesman the host will not see.
    van = gate.register_at_gate(store, guard, person_name="王师傅", company="顺丰速运", kind="driver",
                                plate="沪AD12345", parking_spot="卸货区 3 Dock 3", host_id=_host(store, "lisi"),
                                items=[("货箱 Cartons", 4), ("手推车 Trolley", 1)], printer=printer).value
    gate.answer_gate(store, desk, van.id, True)
    gate.register_at_gate(store, guard, person_name="孙工", company="中建三局", host_id=_host(store, "zhouj"),
                          plate="粤B12345", parking_spot="访客车位 A-07", items=[("笔记本电脑 Laptop", 1)],
                          printer=printer)
    pitch = gate.register_at_gate(store, guard, person_name="马先生", company="某保险公司",
                                  host_id=_host(store, "wangfang"), printer=printer).value
    gate.answer_gate(store, desk, pitch.id, False, "王经理今天不方便接待，请改日预约。")
    # Someone reception must see in person tried the kiosk: security has an alert with the reason.
    watchlist.add_entry(store, guard, name="张伟", mobile="13700001111",
                        reason="曾强行进入生产车间；来访须由保安陪同 Entered the workshop uninvited; escort only")
    try:
        checkin.check_in_walk_in(store, m.Actor("kiosk-1"), m.WalkIn("张 伟", "13700001111", "", _host(store, "zs")))
    except Exception:  # WatchlistMatch: the kiosk showed "please see reception"
        pass
    enquiries.open_enquiry(store, desk, "李警官", "朝阳分局", "police_card", "110123456", "刘洋",
                           "询问此人今天是否来访 Asked whether this person visited today")
    # A board member expected this afternoon, confidential; and earlier days in the log.
    pre_register(store, desk, ExpectedVisit("吴董事", _host(store, "chenjianguo"), today, company="集团董事会",
                                            time_from="15:00", time_to="16:00", level="vip", confidential=True))
    for days_ago, name, company, host in [(1, "林海", "华润万家", "zs"), (1, "Maria Rossi", "Ferrero", "emily"),
                                          (2, "高峰", "中国移动", "lisi"), (3, "周敏", "平安保险", "wangfang")]:
        visit = checkin.check_in_walk_in(store, m.Actor("kiosk-1"), m.WalkIn(name, "13512345678", company,
                                                                         _host(store, host))).value
        flow.check_out(store, desk, visit.id)
        with store.write() as s:
            row = s.get(db.Visit, visit.id)
            row.visit_date = today - timedelta(days=days_ago)
            shift = timedelta(days=days_ago)
            row.checked_in_at, row.checked_out_at = row.checked_in_at - shift, row.checked_out_at - shift
    secret = checkin.check_in_walk_in(store, m.Actor("kiosk-1"), m.WalkIn("某投资人", "13698765432", "",
                                                                     _host(store, "chenjianguo"))).value
    set_confidential(store, guard, secret.id, True)
