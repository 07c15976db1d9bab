"""Process start to the kiosk's first page shown, offscreen."""
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
ROOT = Path(__file__).resolve().parent.parent


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        cfg_path = Path(tmp) / "kiosk.toml"
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        config.write(cfg_path, StationConfig(station="kiosk-1", database_url=url,
                                             printers={"badge": {"type": "preview", "folder": tmp}}))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        times = []
        for _ in range(RUNS):
            start = time.monotonic()
            proc = subprocess.run(
                [sys.executable, "-m", "reception", "--config", str(cfg_path), "kiosk", "--windowed",
                 "--exit-when-shown"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
            if proc.returncode != 0 or "shown" not in proc.stdout:
                raise RuntimeError(f"kiosk did not start: {proc.stderr[-2000:]}")
            times.append(time.monotonic() - start)
    return {"kiosk_start_s": median(times)}
