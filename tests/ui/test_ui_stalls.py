"""PHOTOWALK_STALL_LOG: every gap of the window's GUI thread over 16 ms is appended to a private file as a JSON line."""

from __future__ import annotations

import json
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from photowalk.ui.app import build_window
from photowalk.ui.i18n import Translators
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settings import Settings
from photowalk.ui.stalls import stall_line
from tests.ui.helpers import new_project, wait_import

BLOCK_S = 0.060


@pytest.fixture
def stall_window(
    qtbot: QtBot, ui_settings: Settings, translators: Translators, tmp_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[MainWindow, Path]]:
    log = tmp_path / "stalls.jsonl"
    log.write_text('{"ms": 99.0, "during": "an earlier run"}\n', encoding="utf-8")
    log.chmod(0o644)
    monkeypatch.setenv("PHOTOWALK_STALL_LOG", str(log))
    w = build_window(ui_settings, translators)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w, log
    w.close()


def block_a_slot() -> None:
    """A slot that keeps the GUI thread for 60 ms, as slow code in the window would."""
    QTimer.singleShot(0, lambda: time.sleep(BLOCK_S))


def lines_after(log: Path, offset: int) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.read_bytes()[offset:].decode("utf-8").splitlines()]


def test_a_blocked_slot_is_one_line_saying_how_long_and_what_ran(
    stall_window: tuple[MainWindow, Path], qtbot: QtBot, tmp_path: Path, photos_dir: Path,
) -> None:
    window, log = stall_window
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    qtbot.wait(200)  # what starting the window took is written first
    offset = log.stat().st_size
    block_a_slot()
    qtbot.waitUntil(lambda: any(line["ms"] >= BLOCK_S * 1000 for line in lines_after(log, offset)), timeout=5000)
    stalls = lines_after(log, offset)
    assert any(line["ms"] >= BLOCK_S * 1000 and line["during"] == "idle" for line in stalls), stalls
    # Appended to what was there; every line a gap over a frame, in the one format.
    text = log.read_text(encoding="utf-8")
    assert text.startswith('{"ms": 99.0, "during": "an earlier run"}\n') and text.endswith("\n")
    for line in lines_after(log, 0)[1:]:
        assert set(line) == {"ms", "during"} and isinstance(line["ms"], float) and line["ms"] > 16
        assert all(part in ("import", "checks", "upload", "idle") for part in str(line["during"]).split("+"))

    # While an import runs, a stall says so.
    new_project(window, tmp_path)
    qtbot.wait(100)
    offset = log.stat().st_size
    job = window.import_sources([photos_dir / "gps"])
    assert job is not None and job.running
    block_a_slot()
    qtbot.waitUntil(lambda: any(line["ms"] >= BLOCK_S * 1000 for line in lines_after(log, offset)), timeout=5000)
    during = [str(line["during"]).split("+") for line in lines_after(log, offset) if line["ms"] >= BLOCK_S * 1000]
    assert any("import" in parts for parts in during), during
    wait_import(qtbot, job)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_a_log_that_cannot_be_written_never_reaches_the_window(
    qtbot: QtBot, ui_settings: Settings, translators: Translators, tmp_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nowhere = tmp_path / "no such folder" / "stalls.jsonl"
    monkeypatch.setenv("PHOTOWALK_STALL_LOG", str(nowhere))
    window = build_window(ui_settings, translators)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    block_a_slot()
    qtbot.wait(200)  # an exception in a slot would fail this test (pytest-qt reports it)
    assert not nowhere.parent.exists()
    assert new_project(window, tmp_path).is_file()
    window.close()


def test_a_line_is_the_gap_in_milliseconds_and_what_ran() -> None:
    assert stall_line(23.456, ["import", "checks"]) == '{"ms": 23.5, "during": "import+checks"}\n'
    assert stall_line(17.0, []) == '{"ms": 17.0, "during": "idle"}\n'
