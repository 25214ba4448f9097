"""The app around the window: errors shown to the volunteer, the frozen build's smoke test, the desktop file."""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from photowalk.errors import FileReadError
from photowalk.logs import register_secret
from photowalk.ui.errors import details_text, show_error
from photowalk.ui.i18n import Translators

REPO = Path(__file__).resolve().parents[2]


def test_a_typed_error_is_shown_in_the_volunteers_language(
    qtbot: QtBot, translators: Translators, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: seen.append(box))
    translators.install("tg")
    show_error(None, FileReadError(path="a.jpg", reason="permission denied"))
    assert seen[0].text() == "a.jpg хонда нашуд: иҷозат нест"
    assert seen[0].detailedText() == ""


def test_an_unexpected_error_has_copyable_details_without_secrets(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: seen.append(box))
    register_secret("hunter2-bot-password")
    try:
        raise ValueError("login with hunter2-bot-password failed")
    except ValueError as exc:
        show_error(None, exc)
        details = details_text(exc)
    box = seen[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert "ValueError" in box.detailedText() and "hunter2" not in box.detailedText()
    assert "hunter2" not in details and "********" in details


def test_source_smoke_test_of_the_bundle_entry_point(tmp_path: Path, photos_dir: Path) -> None:
    """What scripts/build-bundle runs in the frozen app, run from the source tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "PHOTOWALK_CONFIG_DIR": str(tmp_path / "config"), "PHOTOWALK_CACHE_DIR": str(tmp_path / "cache")}
    if os.environ.get("PHOTOWALK_REAL_KEYRING") != "1":
        env["PYTHON_KEYRING_BACKEND"] = "tests.upload_helpers.MemoryKeyring"
    out = subprocess.run(
        [sys.executable, str(REPO / "photowalk" / "ui" / "frozen.py"), "--smoke-test",
         str(tmp_path / "smoke.photowalk"), str(photos_dir / "orientation")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    report = json.loads(out.stdout)
    assert out.returncode == 0 and report["ok"], out.stdout + out.stderr
    assert report["photos"] == 11 and report["menu"] == "Лоиҳа"


def test_desktop_file_starts_photowalk_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(REPO / "resources" / "photowalk.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Exec"] == "photowalk %f" and d["Icon"] == "photowalk" and d["Type"] == "Application"
    assert "ҳ" in d["Comment[tg]"] or "ӯ" in d["GenericName[tg]"]
    assert (REPO / "resources" / "icons" / "photowalk.svg").is_file()
    assert (REPO / "resources" / "icons" / "photowalk.png").is_file()


def test_run_without_a_display_explains_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "photowalk"], capture_output=True, text=True, env=env, cwd=REPO,
                         timeout=60)
    assert out.returncode == 2 and "no display" in out.stderr


def test_run_opens_the_project_given_on_the_command_line(
    qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`photowalk walk.photowalk` opens the window on that project, named in the title."""
    from PySide6.QtWidgets import QApplication

    from photowalk.ui import app as app_module
    from photowalk.ui.mainwindow import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put it back after
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: dict[str, object] = {}

    def fake_exec(app: QApplication) -> int:
        # The real exec() would leave Qt's "quit" flag set for the tests that follow.
        qtbot.wait(200)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["title"] = windows[0].windowTitle()
        seen["photos"] = windows[0].session.model.rowCount() if windows[0].session else None
        windows[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    project = tmp_path / "Боғи Рӯдакӣ.photowalk"
    assert app_module.run([str(project)]) == 0
    assert seen["title"] == "Боғи Рӯдакӣ — photowalk" and seen["photos"] == 0
    assert project.is_file()
