"""A real X11 display server for the tests (Xvfb), with the tools that photograph its screen (ImageMagick's
`import`) and synthesise a person's pointer and keys (`xdotool`)."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

# In CI a missing display server is a failure, not a skip: .ci/run installs them.
REQUIRED = bool(os.environ.get("CI"))


def need(*tools: str) -> None:
    lacking = [t for t in tools if shutil.which(t) is None]
    if lacking:
        message = f"not installed: {', '.join(lacking)} (Debian: apt install xvfb xdotool imagemagick)"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.05)


class Xvfb:
    def __init__(self, width: int, height: int) -> None:
        need("Xvfb", "import", "xdotool")
        self.number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                           and not Path(f"/tmp/.X{n}-lock").exists())
        self.display = f":{self.number}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", f"{width}x{height}x24", "-nolisten",
                                      "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(lambda: Path(f"/tmp/.X11-unix/X{self.number}").exists(), 10, "Xvfb did not start")

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        return {**env, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def screenshot(self, path: Path) -> Path:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=True, timeout=30)
        return path

    def tap(self, x: int, y: int) -> None:
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], env=self.env(), check=True, timeout=10)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "15", text], env=self.env(), check=True, timeout=30)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
