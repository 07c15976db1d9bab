"""Process start to the kiosk's first page painted, offscreen, beside a bare PySide6 window started the same way;
and the console's (its sign-in page, on the same database), in a process of its own.

kiosk_start_s: median of RUNS to the first page painted (kiosk.first_page: the welcome page, before the database
code loads); kiosk_ready_s: to the real window's first paint, the store open, when a tap is answered;
bare_window_start_s: the same for a window with nothing in it; kiosk_start_ratio: the first two, runs interleaved so
all see the same machine; console_start_s and console_start_ratio likewise."""
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
        # Compiled modules kept, as on an installed station (this machine's PYTHONDONTWRITEBYTECODE would make
        # every start compile ours again): in a cache of the bench's own, filled by a first, unmeasured run.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        kiosk = [sys.executable, "-m", "reception", "--config", str(cfg_path), "kiosk", "--windowed",
                 "--exit-when-shown"]
        desk_path = Path(tmp) / "desk.toml"
        config.write(desk_path, StationConfig(station="desk-1", database_url=url,
                                              printers={"desk": {"type": "preview", "folder": tmp}}))
        console = [sys.executable, "-m", "reception", "--config", str(desk_path), "console", "--exit-when-shown"]
        times: dict[str, list[float]] = {"kiosk": [], "bare": [], "console": [], "ready": []}
        for run_no in range(RUNS + 1):
            for name, command in (("bare", [sys.executable, "-c", BARE]), ("kiosk", kiosk), ("console", console)):
                start = time.time()
                proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
                said, _, at = proc.stdout.partition("\nat ")
                if proc.returncode != 0 or said.strip() != "shown":
                    raise RuntimeError(f"{name} did not paint: {proc.stdout[-200:]} {proc.stderr[-2000:]}")
                if name == "kiosk" and at.split()[1:3] != ["ready", "at"]:
                    raise RuntimeError(f"the kiosk's window did not paint after its first page: {proc.stdout[-200:]}")
                if run_no:  # the first run compiles and caches
                    times[name].append(float(at.split()[0]) - start)
                    if name == "kiosk":
                        times["ready"].append(float(at.split()[3]) - start)
    kiosk_s, bare_s, console_s = median(times["kiosk"]), median(times["bare"]), median(times["console"])
    return {"kiosk_start_s": kiosk_s, "kiosk_ready_s": median(times["ready"]), "bare_window_start_s": bare_s,
            "kiosk_start_ratio": kiosk_s / bare_s,
            "console_start_s": console_s, "console_start_ratio": console_s / bare_s}
