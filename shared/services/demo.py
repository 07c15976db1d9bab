"""Demo data: a small host directory with Chinese and English names, and reception rooms."""
from __future__ import annotations

from sqlalchemy import func, select

from shared.store import models as db
from shared.store.engine import Store

from .hosts import add_host

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


def seed_demo(store: Store) -> bool:
    """Seed once; returns False when the directory already has hosts."""
    with store.read() as s:
        if s.scalar(select(func.count(db.Host.id))):
            return False
    for name, name_en, dept in DEMO_HOSTS:
        add_host(store, name, name_en, dept)
    with store.write() as s:
        s.add_all(db.ReceptionRoom(name=r) for r in DEMO_ROOMS)
    return True
