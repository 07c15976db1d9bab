"""Process start to the kiosk's first page painted, offscreen, beside a bare PySide6 window started the same way.

kiosk_start_s: median of RUNS; bare_window_start_s: the same for a window with nothing in it;
kiosk_start_ratio: the two, runs interleaved so both see the same machine."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared import config
from shared.config import StationConfig

from bench.stats import median

RUNS = 5
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
from shared.qt.first_paint import quit_on_first_paint
app = QApplication(sys.argv)
window = QWidget()
window.resize(1280, 800)
window.show()
quit_on_first_paint(app, window)
sys.exit(app.exec())
"""
ROOT = Path(__file__).resolve().parent.parent


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        cfg_path = Path(tmp) / "kiosk.toml"
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        config.write(cfg_path, StationConfig(station="kiosk-1", database_url=url,
                                             printers={"badge": {"type": "preview", "folder": tmp}}))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        kiosk = [sys.executable, "-m", "reception", "--config", str(cfg_path), "kiosk", "--windowed",
                 "--exit-when-shown"]
        times: dict[str, list[float]] = {"kiosk": [], "bare": []}
        for _ in range(RUNS):
            for name, command in (("bare", [sys.executable, "-c", BARE]), ("kiosk", kiosk)):
                start = time.monotonic()
                proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
                if proc.returncode != 0 or proc.stdout.strip() != "shown":
                    raise RuntimeError(f"{name} did not paint: {proc.stdout[-200:]} {proc.stderr[-2000:]}")
                times[name].append(time.monotonic() - start)
    kiosk_s, bare_s = median(times["kiosk"]), median(times["bare"])
    return {"kiosk_start_s": kiosk_s, "bare_window_start_s": bare_s, "kiosk_start_ratio": kiosk_s / bare_s}
