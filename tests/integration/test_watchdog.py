"""The watchdog, by systemd's own protocol against a socket this test listens on (systemd cannot run here): a
kiosk says READY=1 once up and WATCHDOG=1 from its event loop; its loop blocked on purpose (the drill), the
word stops while the process lives on, and the test, as systemd would, kills it and starts it again."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WATCHDOG_S = 2.0


class FakeSystemd:
    """NOTIFY_SOCKET: what a service says, with the time it said it."""

    def __init__(self, folder: Path) -> None:
        self.path = str(folder / "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.2)
        self.said: list[tuple[float, str]] = []

    def listen(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            self.said.append((time.monotonic(), data.decode()))

    def until(self, done, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            self.listen(0.2)

    def words(self, word: str, since: float = 0.0) -> list[float]:
        return [at for at, text in self.said if word in text.split("\n") and at >= since]

    def start(self, env: dict) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "reception", "kiosk", "--windowed"], cwd=ROOT,
                                env={**env, "NOTIFY_SOCKET": self.path, "WATCHDOG_USEC": str(int(WATCHDOG_S * 1e6))},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def watch(self, proc: subprocess.Popen, since: float) -> bool:
        """systemd's rule: no WATCHDOG=1 for WatchdogSec, and the service is killed. True if it was."""
        last = since
        while proc.poll() is None:
            self.listen(0.2)
            pings = self.words("WATCHDOG=1", since)
            last = pings[-1] if pings else last
            if time.monotonic() - last > WATCHDOG_S:
                proc.send_signal(signal.SIGABRT)  # WatchdogSignal's default
                proc.wait(10)
                return True
            if time.monotonic() - since > 60:
                return False
        return False


def test_a_frozen_kiosk_stops_its_word_and_is_restarted(tmp_path):
    systemd = FakeSystemd(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path / "data"),
           "RECEPTION_WATCHDOG_DRILL": "1", "HOME": str(tmp_path)}
    kiosk = systemd.start(env)
    try:
        systemd.until(lambda: systemd.words("READY=1") and len(systemd.words("WATCHDOG=1")) >= 6)
        ready = systemd.words("READY=1")
        assert ready, systemd.said
        pings = systemd.words("WATCHDOG=1", ready[0])
        assert len(pings) >= 5 and max(b - a for a, b in zip(pings, pings[1:])) < WATCHDOG_S  # alive, on time
        kiosk.send_signal(signal.SIGUSR1)  # the drill: its event loop blocks
        frozen = time.monotonic()
        assert systemd.watch(kiosk, frozen)  # no word for WatchdogSec: killed
        assert not systemd.words("WATCHDOG=1", frozen + 1.0)  # the loop said nothing once blocked
        restarted = systemd.start(env)  # Restart=always
        try:
            systemd.until(lambda: systemd.words("READY=1", frozen) and systemd.words("WATCHDOG=1", frozen))
            assert systemd.words("READY=1", frozen) and systemd.words("WATCHDOG=1", frozen)
        finally:
            restarted.terminate()
            restarted.wait(20)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait(10)
        systemd.sock.close()
