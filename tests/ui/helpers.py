"""Helpers for the window tests: waiting for an import, a new project, typing that Qt's test keys cannot do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from photowalk.ui.importflow import ImportJob
from photowalk.ui.mainwindow import MainWindow


def wait_import(qtbot: QtBot, job: ImportJob | None, timeout: int = 60_000) -> None:
    """Wait until an import job has finished and its results reached the window."""
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=timeout)
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Tajik included, with key events (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def new_project(window: MainWindow, tmp_path: Path, name: str = "walk") -> Path:
    """Create and open an empty project in tmp_path."""
    path = tmp_path / f"{name}.photowalk"
    assert window.open_project(path, create=True)
    return path
