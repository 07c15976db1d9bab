"""A dental clinic's demo (口腔门诊): three doctors in their rooms, the day's appointments, and a morning under
way: a patient in the chair, two waiting, an injury just in, a first visit registered. `reception demo
--profile clinic` runs on it."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from shared.domain import model as m
from shared.domain.clinic import DoctorStatus, PatientKind as K
from shared.services.clinic.calls import call_next
from shared.services.clinic.desk import Registration, register_patient, set_doctor_status
from shared.services.common.boundary import guard_module
from shared.services.demo import DEMO_OPERATORS, SETUP
from shared.services.desk.expected import ExpectedVisit, pre_register
from shared.services.directory.hosts import add_host
from shared.services.directory.operators import add_operator
from shared.services.site.settings import update_settings
from shared.store import models as db
from shared.store.engine import Store

CLINIC_NAME = "明德口腔门诊 Mingde Dental"
DOCTORS = [("刘明远", "Liu Mingyuan", "主任医师 Chief dentist", "1 号诊室"),
           ("陈静", "Chen Jing", "正畸科 Orthodontics", "2 号诊室"),
           ("王浩", "Wang Hao", "口腔外科 Oral surgery", "3 号诊室")]
BOOKED = [("周小红", "13912340001", "刘明远", -20), ("孙立", "13912340002", "陈静", 10),
          ("吴佳怡", "13912340003", "刘明远", 25), ("郑强", "13912340004", "王浩", 60),
          ("Emma Wilson", "+44 7911 123456", "陈静", 90)]


def _slot(minutes: int) -> tuple[str, str, datetime]:
    at = (datetime.now().astimezone() + timedelta(minutes=minutes)).replace(second=0, microsecond=0)
    at = at - timedelta(minutes=at.minute % 5)
    return at.strftime("%H:%M"), (at + timedelta(minutes=30)).strftime("%H:%M"), at


def seed_clinic(store: Store) -> bool:
    """Seed once (False when the directory has doctors already): the clinic's settings, doctors, the day."""
    with store.read() as s:
        if s.scalar(select(func.count(db.Host.id))):
            return False
    doctors = {name: add_host(store, name, name_en, dept).value.id for name, name_en, dept, _ in DOCTORS}
    for name, role, pin in DEMO_OPERATORS:
        add_operator(store, SETUP, name, role, pin)
    update_settings(store, SETUP, profile="clinic", site_name=CLINIC_NAME, chief_doctor_id=doctors["刘明远"])
    for name, _, _, room in DOCTORS:
        set_doctor_status(store, SETUP, doctors[name], DoctorStatus.FREE, room=room)
    today = datetime.now().astimezone().date()
    for patient, mobile, doctor, minutes in BOOKED:  # booked by phone: the kiosk finds them by number
        start, end, _ = _slot(minutes)
        if end > start:  # not across midnight
            pre_register(store, SETUP, ExpectedVisit(patient, doctors[doctor], today, mobile=mobile,
                                                     time_from=start, time_to=end))
    seed_morning(store, doctors)
    return True


def seed_morning(store: Store, doctors: dict[str, int]) -> None:
    """Registered at the desk this morning: one in the chair, the next waiting, an injury, a first visit."""
    chief = doctors["刘明远"]
    for name, mobile, minutes in (("林晓", "13812340011", -30), ("黄涛", "13812340012", 0)):
        register_patient(store, SETUP, Registration(m.WalkIn(name, mobile, "", chief), K.APPOINTMENT,
                                                    _slot(minutes)[2]))
    call_next(store, SETUP, chief)  # 林晓 is in the chair
    register_patient(store, SETUP, Registration(m.WalkIn("马超", "13812340013", "", chief), K.INJURY,
                                                cause="骑车摔倒，门牙折断"))
    register_patient(store, SETUP, Registration(m.WalkIn("何雨", "13812340014", "", doctors["陈静"]),
                                                K.FIRST_VISIT, referral="亲友介绍"))


guard_module(globals())
