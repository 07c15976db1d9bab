"""`reception display` as its own process on a SQLite file this test writes to, as the desk would: each call made
after it started comes out on stdout once, in order, with the masked name; a call already made is shown but not
announced; the lobby's welcome board names today's VIP guest and never a confidential one. SIGTERM stops it."""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from shared import config as station_config
from shared.config import StationConfig
from shared.domain.clinic import DoctorStatus, PatientKind
from shared.domain.model import Actor, WalkIn
from shared.services import plans as sp
from shared.services.clinic.calls import call_next
from shared.services.clinic.desk import Registration, register_patient, set_doctor_status
from shared.services.demo import seed_demo
from shared.services.desk.expected import ExpectedVisit, pre_register
from shared.services.site.settings import update_settings
from shared.store.engine import open_store
from shared.store.types import utcnow
from tests.support.actors import STAFF

ROOT = Path(__file__).resolve().parents[2]
DOCTOR = 1  # 张三 in the demo directory
START_S, LINE_S = 90, 20  # a cold start imports Qt and the store; a call shows within a poll (2 s)


class Display:
    """The running station: its stdout read line by line on a thread, so the test can wait for a line."""

    def __init__(self, tmp_path: Path, url: str) -> None:
        cfg = tmp_path / "display.toml"
        station_config.write(cfg, StationConfig(station="display-1", database_url=url, language="zh_CN"))
        self.stderr = (tmp_path / "display.err").open("w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reception", "--config", str(cfg), "display", "--windowed"], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=self.stderr, text=True, encoding="utf-8",
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path),
                 "PYTHONIOENCODING": "utf-8"})
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, wanted: Callable[[str], bool], timeout: float = LINE_S) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if wanted(line):
                return line
        self.stderr.seek(0)
        pytest.fail(f"no such line after {timeout} s; stdout: {self.seen}; stderr: {self.stderr.read()[-3000:]}")

    def stop(self) -> int:
        self.proc.terminate()
        try:
            code = self.proc.wait(15)
        finally:
            self.proc.kill()
            self.stderr.close()
        return code


@pytest.fixture
def site(tmp_path):
    url = f"sqlite:///{tmp_path / 'site.sqlite'}"
    store = open_store(url)
    seed_demo(store)
    displays: list[Display] = []

    def start() -> Display:
        displays.append(Display(tmp_path, url))
        return displays[-1]

    yield store, start
    for display in displays:
        if display.proc.poll() is None:
            display.proc.kill()
    store.close()


def test_each_new_call_is_announced_once_in_order_with_the_masked_name(site):
    store, start = site
    update_settings(store, STAFF, profile="clinic")
    set_doctor_status(store, STAFF, DOCTOR, DoctorStatus.FREE, room="3号诊室")
    # Called before the display started: on the board, never announced.
    register_patient(store, STAFF, Registration(WalkIn("陈晓明", "13800000009", "", DOCTOR), PatientKind.FIRST_VISIT,
                                                referral="朋友介绍"))
    assert call_next(store, STAFF, DOCTOR).value.ticket == "B001"
    display = start()
    display.wait_for(lambda line: line == "display: showing clinic", START_S)

    now = utcnow()
    for name, mobile, minutes in (("李小娜", "13800000001", 0), ("王强", "13800000002", 30)):
        register_patient(store, STAFF, Registration(WalkIn(name, mobile, "", DOCTOR), PatientKind.APPOINTMENT,
                                                    now + timedelta(minutes=minutes)))
    call_next(store, STAFF, DOCTOR)
    first = display.wait_for(lambda line: line.startswith("display: call "))
    call_next(store, STAFF, DOCTOR)
    second = display.wait_for(lambda line: line.startswith("display: call "))
    assert (first, second) == ("display: call A001 李*娜 请到 3号诊室", "display: call A002 王* 请到 3号诊室")
    time.sleep(2.5)  # another poll or more: nothing is said twice
    assert display.stop() == 0
    while not display.lines.empty():
        display.seen.append(display.lines.get())
    calls = [line for line in display.seen if line.startswith("display: call ")]
    assert calls == [first, second]
    out = "\n".join(display.seen)
    for secret in ("李小娜", "王强", "陈晓明", "13800000001", "0001", "B001"):
        assert secret not in out


def test_the_welcome_board_names_todays_vip_and_never_a_confidential_one(site):
    store, start = site
    display = start()
    display.wait_for(lambda line: line == "display: showing office", START_S)
    desk, leader = Actor("desk-1", "amy", "receptionist"), Actor("desk-1", "陈总", "leader")
    secret = pre_register(store, desk, ExpectedVisit(visitor_name="欧阳保密", host_id=DOCTOR, expected_on=date.today(),
                                                     mobile="13912345678", confidential=True)).value[0]
    for name, appointment_id in (("欧阳保密", secret.id), ("周永康", None)):
        request = sp.PlanRequest(guest_name=name, company="华信集团", arrive_on=date.today(), leave_on=date.today(),
                                 host_id=DOCTOR, appointment_id=appointment_id, proposed_level="vip")
        sp.approve_plan(store, leader, sp.request_plan(store, desk, request).value.id, "vip")
    assert display.wait_for(lambda line: line.startswith("display: welcome")) == "display: welcome 周永康"
    assert display.stop() == 0
    assert not any("欧阳保密" in line for line in display.seen)
