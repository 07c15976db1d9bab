"""`reception demo`: screenshots for the README, and the two-process demo starting cleanly."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import zxingcpp
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def test_screenshots_of_every_page_in_both_languages_and_a_badge(tmp_path):
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-m", "reception", "demo", "--screenshots", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    names = {p.name for p in out.glob("*.png")}
    for page in ("welcome", "walk-in-empty", "walk-in-filled", "walk-in-invalid", "confirm", "done"):
        assert any(page in n and n.endswith("-zh_CN.png") for n in names), page
        assert any(page in n and n.endswith("-en.png") for n in names), page
    assert {"console-01-waiting-zh_CN.png", "console-01-waiting-en.png", "console-03-expected-en.png",
            "badge.png", "gate_pass.png", "evacuation_list.png", "visitor_log_pdf.png",
            "console-07-gate-en.png", "console-10-visitor-log-zh_CN.png", "plan_pdf.png",
            "console-11-plans-zh_CN.png", "console-12-reports-en.png"} <= names
    # The clinic: its kiosk pages, its desk, the waiting-room display (and the lobby's welcome board), the ticket.
    for language in ("zh_CN", "en"):
        for page in ("clinic-kiosk-welcome", "clinic-kiosk-referral-reminded", "clinic-kiosk-emergency",
                     "clinic-kiosk-done", "clinic-console-desk", "clinic-display", "display-02-welcome"):
            assert f"{page}-{language}.png" in names, (page, language)
    assert Image.open(out / "clinic-display-zh_CN.png").size == (1920, 1080)
    [ticket_qr] = zxingcpp.read_barcodes(Image.open(out / "queue_ticket.png").convert("L"))
    assert len(ticket_qr.text) >= 20  # the badge token: the patient leaves as a visitor does
    shot = Image.open(out / "kiosk-01-welcome-zh_CN.png")
    assert shot.size == (1280, 800) and len(shot.convert("L").getcolors(1 << 16) or []) > 10
    [qr] = zxingcpp.read_barcodes(Image.open(out / "badge.png").convert("L"))
    assert len(qr.text) >= 20


def test_demo_starts_kiosk_and_console_on_one_seeded_database(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "reception", "demo"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        time.sleep(6)
        assert proc.poll() is None, proc.communicate()[1]  # both stations are still up
        children = subprocess.run(["pgrep", "-s", str(proc.pid), "-f", "reception"], capture_output=True,
                                  text=True).stdout.split()
        assert len(children) >= 3  # the demo, its kiosk and its console
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert "demo database:" in out
    assert (tmp_path / "demo" / "demo.sqlite").exists()
    assert (tmp_path / "demo" / "kiosk.toml").exists() and (tmp_path / "demo" / "console.toml").exists()


def test_the_clinic_demo_starts_kiosk_desk_and_display_on_a_clinic_database(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "reception", "demo", "--profile", "clinic"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        time.sleep(8)
        assert proc.poll() is None, proc.communicate()[1]
        children = subprocess.run(["pgrep", "-s", str(proc.pid), "-f", "reception"], capture_output=True,
                                  text=True).stdout.split()
        assert len(children) >= 4  # the demo, its kiosk, its desk and the waiting-room display
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert "queue tickets (PNG):" in out and "demo-clinic" in out
    assert "display: showing clinic" in out  # the display runs on the clinic's site
