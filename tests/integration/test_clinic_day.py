"""The clinic day, on SQLite and PostgreSQL, with the waiting-room display running as its own process on the
same database: two appointments, a late patient, an injury that pushes the doctor's next appointment (shown as
delayed with the minutes, the desk given the set phrase), a first visit with its referral source and the parking
card as they leave, and the display calling each patient in turn, its text read from the running process."""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from shared import config
from shared.config import StationConfig
from shared.domain.clinic import DoctorStatus, PatientKind as K
from shared.domain.model import WalkIn
from shared.services.clinic.calls import call_next
from shared.services.clinic.desk import (Registration, clinic_queues, patient_leaves, register_patient,
                                         set_doctor_status)
from shared.services.site.settings import update_settings
from shared.store.types import utcnow
from tests.support.actors import STAFF

ROOT = Path(__file__).resolve().parents[2]
DOCTOR = 1  # 张三 of the demo directory, a dentist here
ANNOUNCE_S = 30


class Display:
    """`reception display` in its own process; each line it prints arrives on a queue."""

    def __init__(self, tmp_path: Path, url: str) -> None:
        path = tmp_path / "display.toml"
        config.write(path, StationConfig(station="waiting-room", database_url=url, language="zh_CN"))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path / "data")}
        self.proc = subprocess.Popen([sys.executable, "-m", "reception", "--config", str(path), "display",
                                      "--windowed"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, prefix: str) -> str:
        deadline = time.monotonic() + ANNOUNCE_S
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.proc.poll() is None, self.proc.stderr.read()
                continue
            if line.startswith(prefix):
                return line.removeprefix(prefix)
        raise AssertionError(f"the display said no {prefix!r}")

    def next_call(self) -> str:
        return self.wait_for("display: call ")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def patient(name, mobile, kind, slot=None, referral="", cause=""):
    return Registration(WalkIn(name, mobile, "", DOCTOR), kind, slot, referral, cause)


def test_a_clinic_day_with_the_display_calling_each_patient(seeded, db_url, tmp_path):
    update_settings(seeded, STAFF, profile="clinic", late_grace_min=10, slot_min=30, emergency_min=20,
                    preparing_min=5)
    set_doctor_status(seeded, STAFF, DOCTOR, DoctorStatus.FREE, room="3号诊室")
    display = Display(tmp_path, db_url)
    try:
        display.wait_for("display: showing clinic")  # its first board is up: every call from now is new
        now = utcnow()
        first = register_patient(seeded, STAFF, patient("李小娜", "13800000001", K.APPOINTMENT, now)).value
        second = register_patient(seeded, STAFF, patient("王强", "13800000002", K.APPOINTMENT,
                                                         now + timedelta(minutes=30))).value
        # A late patient: their slot was 40 minutes ago, past the 10 minutes' grace; they go after the next one.
        late = register_patient(seeded, STAFF, patient("迟到者", "13800000005", K.APPOINTMENT,
                                                       now - timedelta(minutes=40))).value
        [q] = clinic_queues(seeded, STAFF, now=now)
        assert [p.patient.visit_id for p in q.places] == [first.id, late.id, second.id]
        assert q.places[1].late

        assert call_next(seeded, STAFF, DOCTOR).value.ticket == "A001"
        assert display.next_call() == "A001 李*娜 请到 3号诊室"

        # An injury arrives while the doctor is with 李小娜: it goes first, and 王强's appointment is pushed.
        injured = register_patient(seeded, STAFF, patient("赵六", "13800000003", K.INJURY, cause="摔伤门牙")).value
        [q] = clinic_queues(seeded, STAFF, now=utcnow())
        assert q.places[0].patient.visit_id == injured.id
        pushed = next(p for p in q.places if p.patient.visit_id == second.id)
        assert pushed.delayed_min > 0
        assert (f"王强，您预约的医生现在正在紧急救治一位急诊患者，大约需要{pushed.wait_min}分钟，请您稍等片刻好吗？"
                "谢谢您的谅解，非常感谢您的配合。") in q.phrases

        # A first visit with how they heard of the clinic.
        newcomer = register_patient(seeded, STAFF, patient("陈晓", "13800000004", K.FIRST_VISIT,
                                                           referral="朋友介绍")).value

        patient_leaves(seeded, STAFF, first.id)
        for ticket, masked in (("E001", "赵*"), ("A003", "迟*者"), ("B001", "陈*"), ("A002", "王*")):
            called = call_next(seeded, STAFF, DOCTOR).value
            assert called.ticket == ticket
            assert display.next_call() == f"{ticket} {masked} 请到 3号诊室"
        assert patient_leaves(seeded, STAFF, newcomer.id).value == ("请问您需要停车卡吗？", "再见！")
        assert patient_leaves(seeded, STAFF, second.id).value == ("再见！",)
    finally:
        display.stop()
