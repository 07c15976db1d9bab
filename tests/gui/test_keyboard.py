"""The on-screen keyboard, typed on as a visitor does: touches on its keys and candidates.

Qt chooses the input-method plugin when the QApplication is created, and pytest-qt's already
exists, so every scenario runs in a process of its own (tests/support/keyboard_driver.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LETTERS = set("abcdefghijklmnopqrstuvwxyz")


def drive(scenario: str, tmp_path: Path, screenshot: Path | None = None) -> dict:
    env = dict(os.environ)
    env.pop("QT_IM_MODULE", None)  # the driver's enable_virtual_keyboard() sets it (or, for no-env, nobody does)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # Pinyin opens its user dictionary there, not in $HOME
    args = [sys.executable, "-m", "tests.support.keyboard_driver", scenario]
    if screenshot is not None:
        args.append(str(screenshot))
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90,
                          check=False)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0 and lines, f"driver failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}"
    result = json.loads(lines[-1])
    assert "problem" not in result, f"{result['problem']}\n{done.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def pinyin_run(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("keyboard")
    screenshot = tmp_path / "keyboard.png"
    return drive("pinyin", tmp_path, screenshot), screenshot


def test_a_chinese_name_typed_by_touching_pinyin_keys_and_candidates(pinyin_run):
    result, _ = pinyin_run
    assert result["enable_returned"] and result["enable_again"]
    assert result["available"]
    assert result["accessible_name"] == "On-screen keyboard"
    assert not result["visible_without_text_focus"]
    assert result["visible_for_name"] and result["active_for_name"]  # a field focused by the page, untapped
    assert result["language"] == "zh_CN" and result["layout_for_name"] == "main"
    assert result["candidates_zhang"][0] == "张"
    assert result["text_while_composing"] == ""  # pinyin is pre-edit, not text, until a candidate is picked
    assert "三" in result["candidates_san"][:3]
    assert result["name"] == "张三"
    assert result["name_has_focus"]  # touching keys never takes focus from the field
    assert result["touches"][:10] == ["z", "h", "a", "n", "g", "张", "s", "a", "n", "三"]


def test_a_numeric_field_gets_the_number_pad(pinyin_run):
    result, _ = pinyin_run
    assert result["visible_for_mobile"]
    assert result["layout_for_mobile"] == "digits"
    keys = set(result["mobile_keys"])
    assert set("0123456789") <= keys
    assert not keys & LETTERS
    assert result["mobile"] == "138"


def test_the_keyboard_hides_when_no_text_field_has_focus(pinyin_run):
    result, _ = pinyin_run
    assert not result["visible_after_button"]
    assert not result["input_method_visible_after_button"]


def test_the_keyboard_fits_a_touchscreen_and_is_in_the_picture(pinyin_run):
    result, screenshot = pinyin_run
    assert result["width"] >= result["window_width"] - 30  # full width (less the layout's margins)
    assert 330 <= result["height"] <= 800 * 0.5
    assert result["key_height"] >= 64  # a finger's worth, at 1280x800
    assert screenshot.exists() and result["pixels"]["size"] == [1280, 800]
    # The grab really contains the Qt Quick keyboard: its backdrop and a key, not the page's grey.
    assert result["pixels"]["keyboard_backdrop"] == "#263238"
    assert result["pixels"]["q_key"] == "#000a12"
    assert result["pixels"]["page"] not in ("#263238", "#000a12")


def test_an_english_name_typed_after_the_language_key(tmp_path):
    result = drive("english", tmp_path)
    assert result["language_before"] == "zh_CN"
    assert result["language"] == "en_US" and result["language_key"] == "en"
    assert result["name"] == "Amy"  # the first letter capitalised by the keyboard itself
    assert result["candidates"] == []  # English types straight into the field
    assert result["language_after_reset"] == "zh_CN"


@pytest.mark.parametrize("scenario", ["late", "no-env"])
def test_without_the_plugin_the_keyboard_is_an_empty_hidden_widget(scenario, tmp_path):
    result = drive(scenario, tmp_path)
    if scenario == "late":
        assert result["enable_returned"] is False
    assert result["available"] is False
    assert not result["visible"] and result["height"] == 0
    assert result["keys"] == [] and result["candidates"] == [] and result["language"] == ""
    assert result["warnings"], "the missing keyboard must be logged"
    assert result["window_shown"] and result["name_has_focus"]
    assert result["name"] == "Amy"  # the kiosk still runs; a hardware keyboard still types


def test_in_the_kiosk_the_keyboard_opens_and_the_field_being_typed_stays_in_view(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("QT_IM_MODULE", None)
    done = subprocess.run([sys.executable, "-m", "tests.support.kiosk_keyboard_check"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"keyboard": True, "field_in_view": True}
