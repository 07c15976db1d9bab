"""The clinic day through the services, on SQLite and PostgreSQL: two appointments, a late patient, an injury that
pushes the doctor's next appointment (shown as delayed, with the set phrase for the desk), a first visit with its
referral source, and every problem named with nothing saved."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from shared.domain.clinic import DoctorStatus, PatientKind as K
from shared.domain.errors import InvalidInput
from shared.domain.model import WalkIn
from shared.services.clinic.desk import Registration, clinic_queues, register_patient, set_doctor_status
from shared.services.site.settings import update_settings
from shared.store import models as db
from shared.store.types import utcnow
from tests.support.actors import STAFF

DOCTOR = 1  # 张三 in the demo directory, a dentist here
ADMIN = STAFF


def patient(name, mobile, kind, slot=None, referral="", cause=""):
    return Registration(WalkIn(name, mobile, "", DOCTOR), kind, slot, referral, cause)


def queue(store, now, language="zh_CN"):
    [q] = clinic_queues(store, STAFF, language, now=now)
    return q


def test_a_clinic_day(seeded):
    now = utcnow()
    update_settings(seeded, ADMIN, profile="clinic")
    early = register_patient(seeded, STAFF, patient("李娜", "13800000001", K.APPOINTMENT, now - timedelta(minutes=5))).value
    later = register_patient(seeded, STAFF, patient("王强", "13800000002", K.APPOINTMENT, now + timedelta(minutes=30))).value
    q = queue(seeded, now)
    assert [p.patient.name for p in q.places] == ["李娜", "王强"] and [p.wait_min for p in q.places] == [0, 35]
    assert [q.tickets[early.id], q.tickets[later.id]] == ["A001", "A002"]

    # The doctor is with 李娜; an injury arrives and goes first; 王强's appointment is pushed and the desk is told
    # what to say.
    set_doctor_status(seeded, STAFF, DOCTOR, DoctorStatus.WITH_PATIENT, room="3号诊室", kind=K.APPOINTMENT)
    with seeded.write() as s:
        s.get(db.Visit, early.id).state = "with_host"
    injured = register_patient(seeded, STAFF, patient("赵六", "13800000003", K.INJURY, cause="摔伤门牙")).value
    q = queue(seeded, now + timedelta(minutes=1))
    assert [p.patient.name for p in q.places] == ["赵六", "王强"] and q.tickets[injured.id] == "E001"
    assert q.room == "3号诊室"
    pushed = q.places[1]
    # The doctor is free in 30 + 5 (just started, then preparing), the injury takes 20 + 5: 王强 (due at +30) starts
    # at +61, 31 minutes late.
    assert (pushed.wait_min, pushed.delayed_min) == (60, 31)
    assert "请您稍候，我马上为您安排医生。" in q.phrases
    # The set words tell the patient how long from now (告之可能需等待的时间): the wait, not the delay.
    assert "王强，您预约的医生现在正在紧急救治一位急诊患者，大约需要60分钟" in " ".join(q.phrases)

    # A first visit must say how they heard of the clinic; the desk is reminded and nothing is saved until then.
    with pytest.raises(InvalidInput) as refused:
        register_patient(seeded, STAFF, patient("陈晓", "13800000004", K.FIRST_VISIT))
    assert refused.value.problems == {"referral": "required"}
    first = register_patient(seeded, STAFF, patient("陈晓", "13800000004", K.FIRST_VISIT, referral="朋友介绍")).value
    q = queue(seeded, now + timedelta(minutes=2), "en")
    # No appointment: their arrival is their slot, before 王强's later one.
    assert q.tickets[first.id] == "B001" and [p.patient.name for p in q.places] == ["赵六", "陈晓", "王强"]


def test_a_late_patient_loses_the_slot_to_the_next_one_present(seeded):
    now = utcnow()
    late = register_patient(seeded, STAFF, patient("迟到", "13800000005", K.APPOINTMENT, now - timedelta(minutes=20))).value
    on_time = register_patient(seeded, STAFF, patient("准时", "13800000006", K.APPOINTMENT, now)).value
    with seeded.write() as s:  # 准时 was here first; 迟到 came 20 minutes after their slot
        s.get(db.Visit, on_time.id).checked_in_at = now - timedelta(minutes=3)
    assert [p.patient.name for p in queue(seeded, now).places] == ["准时", "迟到"]
    assert queue(seeded, now).places[1].late


@pytest.mark.parametrize("registration, problems", [
    (patient("急诊", "13800000007", K.EMERGENCY), {"cause": "required"}),
    (patient("无约", "13800000008", K.APPOINTMENT), {"slot": "required"}),
    (patient("长", "13800000009", K.FIRST_VISIT, referral="长" * 61), {"referral": "too_long"}),
])
def test_every_problem_is_named_and_nothing_saved(seeded, registration, problems):
    with seeded.read() as s:
        before = s.scalar(select(func.count()).select_from(db.Visit))
    with pytest.raises(InvalidInput) as refused:
        register_patient(seeded, STAFF, registration)
    assert refused.value.problems == problems
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(db.Visit)) == before


def test_a_wrong_profile_or_rule_is_refused(seeded):
    with pytest.raises(InvalidInput):
        update_settings(seeded, ADMIN, profile="hospital")
    with pytest.raises(InvalidInput):
        update_settings(seeded, ADMIN, slot_min=0)


def test_calling_in_turn_and_the_display_shows_tickets_and_masked_names_only(seeded):
    from shared.services.clinic.calls import call_next, display_board
    from shared.domain.errors import NotActionable
    now = utcnow()
    set_doctor_status(seeded, STAFF, DOCTOR, DoctorStatus.FREE, room="3号诊室")
    register_patient(seeded, STAFF, patient("李小娜", "13800000001", K.APPOINTMENT, now))
    register_patient(seeded, STAFF, patient("王强", "13800000002", K.APPOINTMENT, now + timedelta(minutes=30)))
    board = display_board(seeded)
    assert board.calls == () and board.waiting == (("张三", "3号诊室", ("A001", "A002")),)
    first = call_next(seeded, STAFF, DOCTOR).value
    assert (first.ticket, first.name, first.text("zh_CN")) == ("A001", "李*娜", "A001 李*娜 请到 3号诊室")
    assert first.text("en") == "A001 李*娜, please go to 3号诊室"
    [q] = clinic_queues(seeded, STAFF)
    assert q.doctor.status == DoctorStatus.WITH_PATIENT and [p.patient.name for p in q.places] == ["王强"]
    second = call_next(seeded, STAFF, DOCTOR).value
    board = display_board(seeded)
    assert [c.ticket for c in board.calls] == ["A002", "A001"] and board.waiting == ()
    text = repr(board)
    assert "李小娜" not in text and "13800000001" not in text and "王强" not in text and second.name == "王*"
    with pytest.raises(NotActionable):
        call_next(seeded, STAFF, DOCTOR)


def test_a_first_visit_is_offered_a_parking_card_as_they_leave(seeded):
    from shared.services.clinic.desk import leaving_phrases
    first = register_patient(seeded, STAFF, patient("陈晓", "13800000004", K.FIRST_VISIT, referral="网络搜索")).value
    booked = register_patient(seeded, STAFF, patient("李娜", "13800000001", K.APPOINTMENT, utcnow())).value
    assert leaving_phrases(seeded, STAFF, first.id) == ("请问您需要停车卡吗？", "再见！")
    assert leaving_phrases(seeded, STAFF, booked.id, "en") == ("Goodbye!",)
    with pytest.raises(InvalidInput):
        leaving_phrases(seeded, STAFF, 999_999)


def test_an_overdue_appointment_is_told_the_minutes_from_now(seeded):
    set_doctor_status(seeded, STAFF, DOCTOR, DoctorStatus.WITH_PATIENT, kind=K.APPOINTMENT)
    now = utcnow()
    register_patient(seeded, STAFF, patient("李娜", "13800000001", K.APPOINTMENT, now - timedelta(minutes=5)))
    [place] = queue(seeded, now).places
    # The doctor started just now: 30 minutes with that patient and 5 preparing.
    assert (place.wait_min, place.delayed_min) == (35, 40)
    assert queue(seeded, now).phrases == ("李娜，对不起，您的医生还需要大约35分钟，请您稍等片刻。",)
    assert queue(seeded, now, "en").phrases == (
        "李娜, we are sorry: your doctor needs about 35 more minutes. Please bear with us.",)
