"""Build the one-folder bundle dist/reception/ (run `dist/reception/reception`): no Python needed.

    python3 dev.py bundle                              # the documented command: installs PyInstaller first
    .venv/bin/python packaging/build_bundle.py [DIST]  # the same, into DIST/reception (default: dist)

The bundle records a hash of what went into it (SOURCE-HASH), so a check can tell a stale one.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "reception.spec"
STAMP = "SOURCE-HASH"
# Everything that ends up in the bundle, or decides what does.
SOURCES = ["reception", "kiosk", "console", "shared", "printers", "assets", "packaging", "pyproject.toml"]


def source_hash() -> str:
    digest = hashlib.sha256(f"{sys.version}\n".encode())
    try:
        import PyInstaller
        digest.update(PyInstaller.__version__.encode())
    except ImportError:
        pass
    for top in SOURCES:
        path = ROOT / top
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" in f.parts or f.suffix in {".pyc", ".ts"}:
                continue
            digest.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


def executable(dist: Path) -> Path:
    return dist / "reception" / "reception"


def up_to_date(dist: Path) -> bool:
    stamp = dist / "reception" / STAMP
    return executable(dist).exists() and stamp.exists() and stamp.read_text().strip() == source_hash()


def build(dist: Path = ROOT / "dist", work: Path | None = None) -> Path:
    """Build into dist/reception; returns the executable. About 2 minutes on 2 cores."""
    dist = dist.resolve()
    work = (work or ROOT / "build" / "pyinstaller").resolve()
    digest = source_hash()  # before building: a file changed meanwhile makes the stamp stale
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], cwd=ROOT, check=True)
    (dist / "reception" / STAMP).write_text(digest + "\n")
    return executable(dist)


def missing_system_libraries(dist: Path) -> list[str]:
    """Libraries the bundled display plugins need that neither the bundle nor this machine has:
    the site's machine must have them (README: the bundle)."""
    internal = dist / "reception" / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    missing: set[str] = set()
    for plugin in ("libqxcb.so", "libqwayland.so"):
        out = subprocess.run(["ldd", str(plugins / plugin)], capture_output=True, text=True,
                             env={"LD_LIBRARY_PATH": str(internal)}).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    return sorted(missing)


def main(argv: list[str]) -> int:
    dist = Path(argv[0]) if argv else ROOT / "dist"
    start = time.monotonic()
    exe = build(dist)
    size = sum(p.stat().st_size for p in exe.parent.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {exe} in {time.monotonic() - start:.0f} s ({size / 2**20:.0f} MiB)")
    missing = missing_system_libraries(dist)
    if missing:
        print("the machines that run it need these system libraries (not on this one, so not bundled): "
              + ", ".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
