"""The clinic's queue rules: emergencies first, late arrivals after the next patient, waits from the doctor's
status, the delay an emergency causes, masked names and tickets, and the set phrases filled in."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.domain.clinic import (ClinicRules, Doctor, DoctorStatus, Patient, PatientKind as K, doctor_free_in,
                                  estimate, masked, queue_order, ticket, with_status)
from shared.domain.clinic_phrases import PHRASES, phrase

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
RULES = ClinicRules(late_grace_min=10, slot_min=30, emergency_min=20, preparing_min=5)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def names(patients) -> list[str]:
    return [p.name for p in patients]


def test_appointments_by_slot_and_emergencies_first_injuries_before_general():
    patients = [Patient(1, "王", K.APPOINTMENT, at(-5), at(30)), Patient(2, "李", K.APPOINTMENT, at(-10), at(0)),
                Patient(3, "急", K.EMERGENCY, at(1)), Patient(4, "伤", K.INJURY, at(2))]
    assert names(queue_order(patients, RULES)) == ["伤", "急", "李", "王"]


def test_a_late_patient_keeps_the_slot_within_the_grace_then_goes_after_the_next_one():
    kept = [Patient(1, "迟", K.APPOINTMENT, at(9), at(0)), Patient(2, "准", K.APPOINTMENT, at(5), at(30))]
    assert names(queue_order(kept, RULES)) == ["迟", "准"]
    lost = [Patient(1, "迟", K.APPOINTMENT, at(11), at(0)), Patient(2, "准", K.APPOINTMENT, at(5), at(30)),
            Patient(3, "后", K.APPOINTMENT, at(8), at(60))]
    assert names(queue_order(lost, RULES)) == ["准", "迟", "后"]


def test_a_late_patient_with_nobody_there_yet_was_next_themselves():
    lost = [Patient(1, "迟", K.APPOINTMENT, at(11), at(0)), Patient(2, "后到", K.APPOINTMENT, at(40), at(30))]
    assert names(queue_order(lost, RULES)) == ["迟", "后到"]


def test_once_whoever_was_next_has_gone_in_the_late_patient_is_next():
    # 迟 came at 9:11 when 甲 was next; 甲 went in at 9:20: 迟 is next now, before 乙 who came earlier.
    waiting = [Patient(1, "迟", K.APPOINTMENT, at(11), at(0)), Patient(2, "乙", K.APPOINTMENT, at(5), at(30)),
               Patient(3, "丙", K.FIRST_VISIT, at(15))]
    assert names(queue_order(waiting, RULES, last_call=at(20))) == ["迟", "丙", "乙"]
    # No call since 迟 came: 迟 goes right after 乙, who was next then (丙, with no appointment, came at 9:15
    # and is seen by arrival, before 乙's 9:30).
    assert names(queue_order(waiting, RULES, last_call=at(2))) == ["丙", "乙", "迟"]


def test_a_first_visit_without_appointment_queues_by_arrival():
    patients = [Patient(1, "初", K.FIRST_VISIT, at(20)), Patient(2, "约", K.APPOINTMENT, at(0), at(30))]
    assert names(queue_order(patients, RULES)) == ["初", "约"]


@pytest.mark.parametrize("status, since, kind, free_in", [
    (DoctorStatus.FREE, None, None, 0),
    (DoctorStatus.PREPARING, at(-2), None, 3),
    (DoctorStatus.WITH_PATIENT, at(-10), K.APPOINTMENT, 25),  # 20 left of 30, then 5 preparing
    (DoctorStatus.WITH_PATIENT, at(-5), K.INJURY, 20),  # an emergency runs 20
    (DoctorStatus.WITH_PATIENT, at(-90), K.APPOINTMENT, 6),  # an overrun: at least a minute, then preparing
])
def test_the_doctor_is_free_after_the_status_says(status, since, kind, free_in):
    assert doctor_free_in(Doctor(1, "赵", status, since, kind), RULES, T0) == free_in


def test_waits_add_up_and_an_emergency_delays_the_appointment_due_now():
    doctor = Doctor(1, "赵", DoctorStatus.FREE)
    booked = Patient(1, "李", K.APPOINTMENT, at(-5), at(0))
    [alone] = estimate(doctor, [booked], RULES, T0)
    assert (alone.position, alone.wait_min, alone.delayed_min) == (1, 0, 0)
    injured = Patient(2, "伤", K.INJURY, at(0))
    first, second = estimate(doctor, [booked, injured], RULES, T0)
    assert (first.patient.name, first.wait_min) == ("伤", 0)
    assert (second.patient.name, second.wait_min, second.delayed_min) == ("李", 25, 25)
    busy = with_status(doctor, DoctorStatus.WITH_PATIENT, at(-10), K.INJURY)
    [later] = estimate(busy, [booked], RULES, T0)
    assert later.delayed_min == later.wait_min == 15


@pytest.mark.parametrize("name, shown", [("张三", "张*"), ("欧阳娜娜", "欧**娜"), ("李小明", "李*明"),
                                         ("Anna Schmidt", "A***"), ("", "")])
def test_screens_show_masked_names(name, shown):
    assert masked(name) == shown


def test_tickets_say_the_kind_and_number():
    assert [ticket(K.APPOINTMENT, 12), ticket(K.FIRST_VISIT, 3), ticket(K.INJURY, 1)] == ["A012", "B003", "E001"]


def test_every_set_phrase_fills_in_both_languages():
    for key in PHRASES:
        for language in ("zh_CN", "en"):
            text = phrase(key, language, doctor="赵", patient="李先生", minutes=15)
            assert "{" not in text and text
    assert phrase("delayed_by_emergency", "zh_CN", patient="李先生", minutes=25).startswith(
        "李先生，您预约的医生现在正在紧急救治一位急诊患者，大约需要25分钟")
    assert phrase("doctor_busy", "en", doctor="Zhao") == "Hello, Dr Zhao is still with a patient. Please take a seat."
