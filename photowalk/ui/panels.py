"""Puts the side panels (describe, problems, page text) and the upload view into the main window."""

from __future__ import annotations

from photowalk.ui.mainwindow import MainWindow


def install_panels(window: MainWindow) -> None:
    """Add every panel this build has to the window."""
