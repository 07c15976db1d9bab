"""The system libraries Qt needs are checked before Qt starts, and a missing one is named with its package."""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reception import doctor_cmd
from shared import system_libs
from shared.config import StationConfig
from shared.system_libs import Library

ROOT = Path(__file__).resolve().parents[2]
QT = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt"
NOWHERE = Library("libreception-absent.so.7", "reception-absent7", "reception-absent")


def linked_system_libs(plugin: Path) -> set[str]:
    """The libraries a Qt plugin links (directly or through Qt's own), those from the system only."""
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    names = set()
    for line in out.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where and "PySide6" not in where:
            names.add(name)
    return names


@pytest.mark.parametrize("platform, plugin, pattern", [
    ("xcb", "libqxcb.so", r"^lib(xcb|X11|xkbcommon-x11)"),
    ("wayland", "libqwayland.so", r"^libwayland"),
])
def test_the_table_names_every_display_library_the_platform_plugin_links(platform, plugin, pattern):
    linked = {name for name in linked_system_libs(QT / "plugins" / "platforms" / plugin) if re.match(pattern, name)}
    listed = {lib.soname for lib in system_libs.needed(platform, keyboard=False)}
    assert linked and linked <= listed, linked - listed


def test_the_keyboard_entry_is_what_qt_multimedia_links():
    linked = linked_system_libs(QT / "lib" / "libQt6Multimedia.so.6")
    assert {lib.soname for lib in system_libs.KEYBOARD} <= linked | {"libpulse.so.0"} and "libpulse.so.0" in linked


def test_a_library_the_loader_cannot_find_is_reported_with_both_families_packages():
    present = system_libs.COMMON[0]
    assert system_libs.missing("offscreen", False, (present, NOWHERE)) == [NOWHERE]
    said = system_libs.install_advice([NOWHERE], distro="")
    assert "libreception-absent.so.7" in said
    assert "sudo apt install reception-absent7" in said and "sudo dnf install reception-absent" in said
    assert "dnf" not in system_libs.install_advice([NOWHERE], distro="debian")
    assert "apt" not in system_libs.install_advice([NOWHERE], distro="fedora")


def test_each_package_is_named_once_however_many_of_its_libraries_are_missing():
    libs = [lib for lib in system_libs.XCB if lib.fedora == "libxcb"]
    said = system_libs.install_advice(libs, distro="fedora")
    assert said.count("libxcb") == len(libs) + 1  # each soname once, the package once


@pytest.mark.parametrize("env, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "wayland"),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland"),
    ({"DISPLAY": ":0"}, "xcb"),
    ({}, "xcb"),
])
def test_the_platform_is_the_one_qt_would_load(env, platform):
    assert system_libs.platform_in_use(env) == platform


def test_no_display_is_said_plainly():
    assert "DISPLAY is not set" in system_libs.display_problem("xcb", {})
    assert "WAYLAND_DISPLAY is not set" in system_libs.display_problem("wayland", {})
    assert system_libs.display_problem("xcb", {"DISPLAY": ":0"}) == ""
    assert system_libs.display_problem("offscreen", {}) == ""


def _without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    return {**env, "QT_QPA_PLATFORM": "xcb"}


def _expected_problem() -> str:
    """This machine's own answer for X11 without a display: what to install, or else that there is no display."""
    lacking = system_libs.missing("xcb", keyboard=True)
    return "sudo apt install" if lacking else "DISPLAY is not set"


@pytest.mark.parametrize("command", [["kiosk"], ["console"]])
def test_a_station_says_what_is_missing_instead_of_qts_abort(tmp_path, command):
    cfg = tmp_path / "s.toml"
    cfg.write_text(f'station = "s-1"\ndatabase_url = "sqlite:///{tmp_path / "r.sqlite"}"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reception", "--config", str(cfg), *command], cwd=ROOT,
                          env=_without_display(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 4, done.stderr
    assert done.stderr.startswith("reception: ") and _expected_problem() in done.stderr
    assert "qt.qpa" not in done.stderr and "Aborted" not in done.stderr
    assert not (tmp_path / "r.sqlite").exists()  # nothing opened, nothing made


def test_dev_py_demo_stops_before_installing_and_names_the_packages():
    done = subprocess.run([sys.executable, "dev.py", "demo"], cwd=ROOT, env=_without_display(), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 3 and "installing" not in done.stdout, done.stdout + done.stderr
    assert done.stderr.startswith("dev.py demo: ") and _expected_problem() in done.stderr


def test_doctor_fails_missing_qt_libraries_and_passes_a_complete_machine(monkeypatch):
    kiosk = StationConfig(station="k", database_url="sqlite://", role="kiosk")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert [c.level for c in doctor_cmd.check_system_libraries(kiosk)] == ["OK"]
    monkeypatch.setattr(system_libs, "KEYBOARD", (NOWHERE,))
    [check] = doctor_cmd.check_system_libraries(kiosk)
    assert check.level == "FAIL" and "reception-absent7" in check.reason and "\n" not in check.reason
    desk = StationConfig(station="d", database_url="sqlite://", role="desk")
    assert [c.level for c in doctor_cmd.check_system_libraries(desk)] == ["OK"]  # no keyboard at the desk


def test_the_readme_lists_every_package_the_check_can_ask_for():
    text = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    apt = next(line for line in text.splitlines() if line.startswith("sudo apt install libgl1"))
    dnf = next(line for line in text.splitlines() if line.startswith("sudo dnf install mesa-libGL"))
    every = system_libs.COMMON + system_libs.XCB + system_libs.WAYLAND + system_libs.KEYBOARD
    assert set(apt.split()[3:]) == {lib.debian for lib in every}
    assert set(dnf.split()[3:]) == {lib.fedora for lib in every}
