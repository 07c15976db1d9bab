"""The system libraries Qt loads from the machine, checked before a station (or the tests) start.

PySide6's wheels bring Qt but not what Qt's platform plugins link against: without libxcb-cursor0 a desktop
ends in Qt's "could not load the Qt platform plugin xcb" abort, without libpulse0 the on-screen keyboard's QML
fails. Here each missing one is named with its Debian/Ubuntu and Fedora package and the command that installs it.

Standard library only: dev.py imports this before the virtual environment exists."""
from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Library:
    soname: str
    debian: str  # Debian 12 / Ubuntu 22.04+ package
    fedora: str


def _libs(*rows: tuple[str, str, str]) -> tuple[Library, ...]:
    return tuple(Library(*row) for row in rows)


# What Qt's libraries need on every platform (offscreen included).
COMMON = _libs(("libGL.so.1", "libgl1", "mesa-libGL"), ("libEGL.so.1", "libegl1", "mesa-libEGL"),
               ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
               ("libfontconfig.so.1", "libfontconfig1", "fontconfig"), ("libfreetype.so.6", "libfreetype6", "freetype"),
               ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"), ("libglib-2.0.so.0", "libglib2.0-0", "glib2"))
# The X11 platform plugin (libqxcb.so and libQt6XcbQpa: tests/unit/test_system_libs.py reads their links).
XCB = _libs(("libxcb.so.1", "libxcb1", "libxcb"), ("libX11.so.6", "libx11-6", "libX11"),
            ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
            ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
            ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
            ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
            ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
            ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
            ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
            ("libxcb-render.so.0", "libxcb-render0", "libxcb"), ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
            ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"), ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
            ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"), ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
            ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
            ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"))
WAYLAND = _libs(("libwayland-client.so.0", "libwayland-client0", "libwayland-client"),
                ("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor"))
# Qt Virtual Keyboard's QML loads Qt Multimedia, which links PulseAudio's client library.
KEYBOARD = _libs(("libpulse.so.0", "libpulse0", "pulseaudio-libs"))
PLATFORMS: dict[str, tuple[Library, ...]] = {"xcb": XCB, "wayland": WAYLAND, "wayland-egl": WAYLAND}


def platform_in_use(env: Mapping[str, str] | None = None) -> str:
    """The Qt platform plugin this process would load: QT_QPA_PLATFORM's first choice, else Qt's own pick
    (Wayland in a Wayland session, X11 otherwise)."""
    env = os.environ if env is None else env
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def needed(platform: str, keyboard: bool) -> tuple[Library, ...]:
    return COMMON + PLATFORMS.get(platform, ()) + (KEYBOARD if keyboard else ())


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(platform: str, keyboard: bool, libraries: tuple[Library, ...] | None = None) -> list[Library]:
    """The libraries the dynamic loader cannot find (Linux only: elsewhere Qt's wheels carry what they need)."""
    if not sys.platform.startswith("linux"):
        return []
    return [lib for lib in (needed(platform, keyboard) if libraries is None else libraries) if not _loads(lib.soname)]


def _distro() -> str:
    try:
        fields = dict(line.rstrip("\n").split("=", 1) for line in open("/etc/os-release", encoding="utf-8")
                      if "=" in line)
    except OSError:
        return ""
    words = f"{fields.get('ID', '')} {fields.get('ID_LIKE', '')}".replace('"', "").split()
    return "fedora" if {"fedora", "rhel", "centos"} & set(words) else "debian" if words else ""


def install_advice(libs: list[Library], distro: str | None = None) -> str:
    """Which packages, and the command that installs them (the machine's own family first, both if unknown)."""
    distro = _distro() if distro is None else distro
    debian = " ".join(dict.fromkeys(lib.debian for lib in libs))
    fedora = " ".join(dict.fromkeys(lib.fedora for lib in libs))
    lines = [f"missing system libraries: {', '.join(lib.soname for lib in libs)}"]
    if distro != "fedora":
        lines.append(f"  Debian/Ubuntu: sudo apt install {debian}")
    if distro != "debian":
        lines.append(f"  Fedora:        sudo dnf install {fedora}")
    return "\n".join(lines)


def display_problem(platform: str, env: Mapping[str, str] | None = None) -> str:
    """Why a desktop platform cannot open a window here ("" when it can, or cannot be told)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return ""
    if platform == "xcb" and not env.get("DISPLAY"):
        return ("no display: DISPLAY is not set. Run this on the machine's desktop, or under a display server "
                "(e.g. `xvfb-run`), or set QT_QPA_PLATFORM=offscreen to run without a screen.")
    if platform.startswith("wayland") and not env.get("WAYLAND_DISPLAY"):
        return "no Wayland display: WAYLAND_DISPLAY is not set. Run this inside the Wayland session (e.g. cage)."
    return ""


def preflight(keyboard: bool, env: Mapping[str, str] | None = None) -> str:
    """"" when Qt can start here; else what to install or set, in a few lines for a person."""
    platform = platform_in_use(env)
    lacking = missing(platform, keyboard)
    if lacking:
        return f"Qt cannot start here (platform {platform}): " + install_advice(lacking)
    return display_problem(platform, env)

