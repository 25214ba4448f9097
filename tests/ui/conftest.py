"""Fixtures for the window tests: a main window on private settings and translations, message boxes recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from photowalk.ui.app import build_window
from photowalk.ui.errors import open_error_dialogs
from photowalk.ui.i18n import Translators
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settings import Settings
from tests.ui.helpers import new_project, wait_import


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    """Preferences in a file of this test's own, English interface."""
    s = Settings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    s.set("language", "en")
    return s


@pytest.fixture
def translators() -> Iterator[Translators]:
    t = Translators()
    t.install("en")
    yield t
    t.install("en")  # the next test starts in English whatever this one chose


@pytest.fixture
def window(qtbot: QtBot, ui_settings: Settings, translators: Translators) -> Iterator[MainWindow]:
    """The main window with every panel, shown (offscreen) at a laptop's size."""
    w = build_window(ui_settings, translators)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # window shortcuts (Ctrl+U, Ctrl+I) need the active window
    qtbot.waitActive(w)
    yield w
    # A test that failed while an upload ran must not leave the window asking whether to stop it.
    if w.upload_view.controller.running:
        w.upload_view.controller.stop_and_wait()
    w.upload_running = False
    w.close()
    for box in open_error_dialogs():  # a dialog a test left open is no business of the next test
        box.done(0)


@pytest.fixture
def walk(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> MainWindow:
    """A project with the 20 GPS photos, checked once."""
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    assert window.session is not None
    model = window.session.model
    qtbot.waitUntil(lambda: all(model.problems(i) is not None for i in model.ids()), timeout=10_000)
    return window


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes opened (without blocking) are recorded (their text) and closed at once, as if OK was pressed."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def fake_open(box: QMessageBox) -> None:
        seen.append(box.text())
        box.done(int(QMessageBox.StandardButton.Ok.value))

    monkeypatch.setattr(QMessageBox, "open", fake_open)
    return seen
