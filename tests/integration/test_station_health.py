"""A kiosk's health on a console process, on SQLite and PostgreSQL: a running kiosk (its own process) is listed
as running; its printer out of paper shows there too; stopped (SIGSTOP) it turns amber, then red, within the
stated times; killed it stays red. Heartbeats every half second here (RECEPTION_HEARTBEAT_S), so amber comes
after 2 s of silence and red after 5 s."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from shared import config
from tests.integration.test_four_stations import Station
from tests.support.loopback_printer import LoopbackPrinter

ROOT = Path(__file__).resolve().parents[2]
BEAT_S = 0.5
AMBER_AFTER_S, RED_AFTER_S = 4 * BEAT_S, 10 * BEAT_S
SLACK_S = 8.0  # the console's next look and a loaded machine's scheduling


def health_lines(desk: Station, name: str) -> list[tuple[str, str, float]]:
    return [(p[1], " ".join(p[2:-1]), float(p[-1])) for p in desk.events("station") if p[0] == name]


def wait_health(desk: Station, name: str, health: str, timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for state, printer, at in health_lines(desk, name):
            if state == health:
                return at
        time.sleep(0.1)
    raise AssertionError(f"{name} never {health}: {health_lines(desk, name)}")


def kiosk_process(tmp_path: Path, name: str, url: str, port: int, env: dict) -> subprocess.Popen:
    path = tmp_path / f"{name}.toml"
    config.write(path, config.StationConfig(
        station=name, database_url=url, language="en", default_printer="badge",
        printers={"badge": {"type": "network", "host": "127.0.0.1", "port": port, "timeout": 5}}))
    return subprocess.Popen([sys.executable, "-m", "reception", "--config", str(path), "kiosk", "--windowed"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_stopped_kiosk_turns_amber_then_red_on_a_console(seeded, db_url, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_HEARTBEAT_S": str(BEAT_S),
           "RECEPTION_DATA_DIR": str(tmp_path / "data")}
    with LoopbackPrinter() as good, LoopbackPrinter() as empty:
        empty.paper_out = True
        desk_cfg = tmp_path / "desk.toml"
        config.write(desk_cfg, config.StationConfig(station="desk-1", database_url=db_url, language="en",
                                                    printers={"badge": {"type": "dummy"}}))
        desk = Station("desk", desk_cfg, 0, env)
        kiosk = kiosk_process(tmp_path, "lobby-kiosk-1", db_url, good.port, env)
        other = kiosk_process(tmp_path, "lobby-kiosk-2", db_url, empty.port, env)
        try:
            assert desk.wait_for("ready", timeout=60)
            wait_health(desk, "lobby-kiosk-1", "ok", 60)
            # The other's printer reports no paper: it needs a look, and the list says why.
            wait_health(desk, "lobby-kiosk-2", "amber", 60)
            assert any("paper" in printer for state, printer, _ in health_lines(desk, "lobby-kiosk-2")
                       if state == "amber"), health_lines(desk, "lobby-kiosk-2")
            os.kill(kiosk.pid, signal.SIGSTOP)  # alive, but frozen
            stopped = time.time()
            amber = wait_health_after(desk, "lobby-kiosk-1", "amber", stopped, AMBER_AFTER_S + SLACK_S)
            red = wait_health_after(desk, "lobby-kiosk-1", "red", stopped, RED_AFTER_S + SLACK_S)
            assert AMBER_AFTER_S - 1 <= amber - stopped <= AMBER_AFTER_S + SLACK_S
            assert RED_AFTER_S - 1 <= red - stopped <= RED_AFTER_S + SLACK_S
            os.kill(kiosk.pid, signal.SIGKILL)
            kiosk.wait(10)
            time.sleep(4 * BEAT_S)
            assert health_lines(desk, "lobby-kiosk-1")[-1][0] == "red"
            assert health_lines(desk, "lobby-kiosk-2")[-1][0] == "amber"  # still beating, printer still empty
        finally:
            for proc in (kiosk, other):
                if proc.poll() is None:
                    os.kill(proc.pid, signal.SIGCONT)
                    proc.kill()
                    proc.wait(10)
            desk.stop()


def wait_health_after(desk: Station, name: str, health: str, since: float, timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for state, _printer, at in health_lines(desk, name):
            if state == health and at >= since:
                return at
        time.sleep(0.1)
    raise AssertionError(f"{name} not {health} after being stopped: {health_lines(desk, name)}")
