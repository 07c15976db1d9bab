"""A station on a new machine or user account: with no station.toml it starts on the defaults (its folders made),
with an unusable data folder it says so in one line and exits 5, and no `reception` sub-command ends in a
traceback for bad arguments or unusable paths; an unexpected error prints one line and the log's path."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reception import cli

ROOT = Path(__file__).resolve().parents[2]
# Every sub-command, with what it needs to get past argparse: the paths in them are unusable.
ARGS = {("restore",): ["/nonexistent/backup.tar"], ("db", "copy"): ["--to", "sqlite:///{blocked}/copy.sqlite"],
        ("backup",): ["--to", "{blocked}/backups"], ("demo",): ["--screenshots", "{blocked}/shots"],
        ("kiosk",): ["--exit-when-shown"], ("console",): ["--exit-when-shown"], ("display",): ["--exit-when-shown"],
        ("setup",): ["--yes"]}


def sub_commands(p: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
                yield from sub_commands(sub, prefix + (name,)) if nested else [prefix + (name,)]


def run(args: list[str], env: dict, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reception", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def said(stderr: str) -> list[str]:
    """stderr without Qt's own notes (plug-in messages the platform prints)."""
    return [line for line in stderr.splitlines() if line.startswith("reception")]


@pytest.fixture
def fresh(tmp_path):
    """A new user account: an empty home, nothing configured."""
    home = tmp_path / "home"
    home.mkdir()
    return {"HOME": str(home), "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "", "RECEPTION_DATA_DIR": "",
            "RECEPTION_CONFIG": "", "RECEPTION_DATABASE_URL": ""}


def test_a_kiosk_on_a_fresh_account_starts_on_the_defaults(fresh):
    done = run(["kiosk", "--exit-when-shown"], fresh)
    assert done.returncode == 0 and "shown" in done.stdout, done.stderr
    data = Path(fresh["HOME"]) / ".local" / "share" / "reception"
    assert (data / "reception.sqlite").is_file()  # the folder the README names, made on first use
    assert (data / "logs" / "reception.log").is_file()
    assert "Traceback" not in done.stderr


def test_an_unusable_data_folder_is_one_line_and_exit_5(fresh, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    done = run(["kiosk", "--exit-when-shown"], {**fresh, "RECEPTION_DATA_DIR": str(blocked / "data")})
    assert done.returncode == cli.EXIT_DATABASE
    [line] = said(done.stderr)
    assert str(blocked) in line and "reception setup" in line and "Traceback" not in done.stderr


def test_no_sub_command_ends_in_a_traceback(fresh, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    env = {**fresh, "RECEPTION_DATA_DIR": str(blocked / "data"), "RECEPTION_CONFIG": str(blocked / "station.toml")}
    commands = list(sub_commands(cli.parser()))
    assert len(commands) >= 15
    for command in commands:
        extra = [a.format(blocked=blocked) for a in ARGS.get(command, [])]
        for args in ([*command, "--no-such-option"], [*command, *extra]):
            done = run(args, env)
            assert "Traceback" not in done.stderr, (args, done.stderr[-2000:])
            assert done.returncode not in (0, cli.EXIT_UNEXPECTED), (args, done.returncode, done.stderr[-500:])


def test_a_broken_station_file_is_one_line_and_exit_6(fresh, tmp_path):
    station = tmp_path / "station.toml"
    station.write_text('station = "lobby\n', encoding="utf-8")  # an unterminated string
    done = run(["--config", str(station), "db", "upgrade"], fresh)
    assert done.returncode == cli.EXIT_CONFIG and "Traceback" not in done.stderr
    [line] = said(done.stderr)
    assert "configuration is not valid" in line and "reception setup" in line


@pytest.fixture
def own_logging():
    """main() sets up this process's logging: put pytest's back after."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if handler not in handlers:
            handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(False)


def test_an_unexpected_error_is_one_line_and_the_trace_goes_to_the_log(monkeypatch, tmp_path, capsys,
                                                                         own_logging):
    def broken(args):
        raise RuntimeError("boom for 13800138000")

    monkeypatch.setenv("RECEPTION_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(cli, "cmd_db_upgrade", broken)
    assert cli.main(["db", "upgrade"]) == cli.EXIT_UNEXPECTED
    [line] = capsys.readouterr().err.strip().splitlines()
    log = tmp_path / "data" / "logs" / "reception.log"
    assert line.startswith("reception: unexpected error (RuntimeError: boom for 138****8000)") and str(log) in line
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "boom for 138****8000" in text and "13800138000" not in text


@pytest.mark.parametrize("env, expected", [
    ({}, {"LC_CTYPE": "C.UTF-8"}),  # an empty environment, as systemd may start a station
    ({"LC_ALL": "C"}, {"LC_ALL": "C.UTF-8"}),
    ({"LANG": "POSIX"}, {"LANG": "POSIX", "LC_CTYPE": "C.UTF-8"}),
    ({"LANG": "zh_CN.UTF-8"}, {"LANG": "zh_CN.UTF-8"}),  # already UTF-8: left alone
])
def test_a_station_says_utf_8_whatever_the_locale_it_was_given(monkeypatch, env, expected):
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    cli._utf8_locale()
    assert {n: os.environ[n] for n in ("LC_ALL", "LC_CTYPE", "LANG") if n in os.environ} == expected
