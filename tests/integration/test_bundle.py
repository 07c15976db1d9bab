"""The installable bundle: `python3 dev.py bundle` makes one `reception` program that needs no Python.

The bundle is built once per session into build/test-bundle and reused while the hash of what goes
into it (packaging/build_bundle.py: source_hash) is unchanged; a stale one is rebuilt, never run.
A build takes about 1-2 minutes on 2 cores. Each run below starts the bundle with a bare environment
(env -i: no venv, no PATH to it, no PYTHONPATH) from a temporary folder, as on a site's machine.
"""
from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageChops

from reception import __version__
from reception.cli import parser
from shared import config
from shared.config import StationConfig
from shared.store.engine import make_engine
from shared.store.migrate import current_revision, head_revision

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(600)  # the first test builds the bundle


def _build_module():
    # Loaded by path: "packaging" is also the name of a PyPI library.
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "packaging" / "build_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle() -> Path:
    build = _build_module()
    dist = ROOT / "build" / "test-bundle"
    if not build.up_to_date(dist):
        build.build(dist, ROOT / "build" / "test-bundle-work")
    assert build.up_to_date(dist), "the sources changed while the bundle was built"
    return build.executable(dist)


def bare_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """What a kiosk's session has: no Python of ours anywhere."""
    return {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
            "RECEPTION_DATA_DIR": str(tmp_path / "data"), **extra}


def run(bundle: Path, tmp_path: Path, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle), *args], cwd=tmp_path, env=bare_env(tmp_path, **env),
                          capture_output=True, text=True, timeout=timeout)


def station_config(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "station.toml"
    config.write(path, StationConfig(station="kiosk-1", database_url=url, printers={"badge": {"type": "dummy"}}))
    return path


def test_the_bundle_is_one_program_with_every_station_command(bundle, tmp_path):
    version = run(bundle, tmp_path, "--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"reception {__version__}"), version.stderr
    helped = run(bundle, tmp_path, "--help")
    assert helped.returncode == 0, helped.stderr
    commands = next(a for a in parser()._actions if a.dest == "command").choices
    # Station tools are found with importlib at start: each must be in the bundle too.
    assert set(commands) >= {"kiosk", "console", "demo", "db", "printer"}
    for name in commands:
        assert re.search(rf"\b{name}\b", helped.stdout), name


def test_the_kiosk_starts_from_the_bundle_with_its_pinyin_keyboard(bundle, tmp_path):
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    # --verbose: the station's log (Qt's plug-in lines among it) echoed on stderr, where this test reads it.
    proc = run(bundle, tmp_path, "--verbose", "--config", str(station_config(tmp_path, url)), "kiosk",
               "--exit-when-shown", QT_DEBUG_PLUGINS="1")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "shown" in proc.stdout
    assert "Traceback" not in proc.stderr and "no on-screen keyboard" not in proc.stderr
    loaded = re.findall(r'"([^"]+)" loaded library', proc.stderr)
    inside = str(bundle.parent) + os.sep
    assert loaded and all(path.startswith(inside) for path in loaded), [p for p in loaded if not p.startswith(inside)]
    for plugin in ("plugins/platforms/libqoffscreen.so",
                   "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                   "qml/QtQuick/VirtualKeyboard/Plugins/Pinyin/libqtvkbpinyinplugin.so"):
        assert any(path.endswith(plugin) for path in loaded), plugin
    engine = make_engine(url)  # the bundle's migrations brought the new database to head
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_the_bundle_migrates_a_database(bundle, tmp_path, db_url):
    # PSYCOPG_IMPL=binary: the bundled libpq, not one that happens to be installed on this machine.
    proc = run(bundle, tmp_path, "--config", str(station_config(tmp_path, db_url)), "db", "upgrade",
               PSYCOPG_IMPL="binary")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"at schema {head_revision()}" in proc.stdout
    engine = make_engine(db_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_bundle_renders_the_kiosk_as_the_source_does(bundle, tmp_path):
    """Same font, translations and image plugins: every kiosk page, pixel for pixel, in both languages."""
    frozen, source = tmp_path / "frozen", tmp_path / "source"
    proc = run(bundle, tmp_path, "demo", "--screenshots", str(frozen), timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path / "src-data")}
    proc = subprocess.run([sys.executable, "-m", "reception", "demo", "--screenshots", str(source)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    pages = sorted(p.name for p in source.glob("kiosk-*.png"))
    assert len(pages) >= 20 and any(p.endswith("-zh_CN.png") for p in pages)
    for name in pages:
        a, b = Image.open(frozen / name).convert("RGB"), Image.open(source / name).convert("RGB")
        assert a.size == b.size and ImageChops.difference(a, b).getbbox() is None, name
    # Badges (Pillow, qrcode) and the PDFs (Qt Pdf) render too; their times differ from the source run's.
    [qr] = zxingcpp.read_barcodes(Image.open(frozen / "badge.png").convert("L"))
    assert len(qr.text) >= 20
    for name in ("visitor_log_pdf.png", "plan_pdf.png", "console-01-waiting-zh_CN.png"):
        assert len(Image.open(frozen / name).convert("L").getcolors(1 << 16) or []) > 10, name


def test_the_bundled_demo_starts_its_stations_from_the_bundle(bundle, tmp_path):
    proc = subprocess.Popen([str(bundle), "demo"], cwd=tmp_path, env=bare_env(tmp_path), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        stations: list[str] = []
        while time.monotonic() < deadline and len(stations) < 2 and proc.poll() is None:
            time.sleep(0.5)
            listed = subprocess.run(["pgrep", "-s", str(proc.pid), "-a"], capture_output=True, text=True).stdout
            stations = [line for line in listed.splitlines()
                        if str(bundle) in line and (" console" in line or " kiosk" in line)]
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert len(stations) == 2, stations  # the kiosk and the console, started as the bundle itself
        time.sleep(2)
        assert proc.poll() is None  # and still up
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert "demo database:" in out, err[-3000:]
