#!/usr/bin/env python3
"""The set-up commands. Each makes its own virtual environment (.venv) on first use.

    python3 dev.py demo     install, then start kiosk and console on a demo database
    python3 dev.py test     install with test tools, then run the whole test suite
    python3 dev.py bundle   install PyInstaller, then build dist/reception/ (a program needing no Python)

Anything after the command is passed on (to `reception demo`, to pytest, or as the bundle's output folder).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_venv(extra: str) -> None:
    """(Re)install when pyproject.toml changed since the last install, or the extra differs."""
    if sys.version_info < (3, 11):
        sys.exit("Python 3.11 or newer is needed.")
    if not PYTHON.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    stamp = VENV / f".installed-{extra or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extra}]" if extra else "."
    print(f"installing {target} into .venv ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
                   cwd=ROOT, check=True)
    stamp.write_text(digest)


def preflight(command: str, env: dict[str, str]) -> str:
    """What this machine lacks for the command ("" when nothing): checked before anything is installed."""
    if command == "bundle":
        return ""
    sys.path.insert(0, str(ROOT))
    from shared.system_libs import preflight as qt_preflight

    return qt_preflight(keyboard=True, env=env)  # the tests and the demo both run the kiosk's keyboard


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "bundle"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = preflight(command, env)
    if problem:
        print(f"dev.py {command}: {problem}", file=sys.stderr)
        return 3
    if command == "test":
        ensure_venv("test")
        # One worker per core, each test file on one worker (its fixtures and servers stay together): the
        # suite in about half the time on two cores. `-n 0` runs it in this process.
        parallel = [] if any(a == "-n" or a.startswith("-n") or a == "-p" for a in rest) else \
            ["-n", "auto", "--dist", "loadfile"]
        return subprocess.run([str(PYTHON), "-m", "pytest", *parallel, *rest], cwd=ROOT, env=env).returncode
    if command == "bundle":
        ensure_venv("bundle")
        return subprocess.run([str(PYTHON), str(ROOT / "packaging" / "build_bundle.py"), *rest], cwd=ROOT).returncode
    ensure_venv("")
    return subprocess.run([str(PYTHON), "-m", "reception", "demo", *rest], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
