"""Puts the side panels (describe, problems, page text) and the upload view into the main window."""

from __future__ import annotations

from photowalk.ui.checkpanel import ChecksPanel, PageTextPanel
from photowalk.ui.editor import EditorPanel
from photowalk.ui.errors import show_error
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.session import ProjectSession


def install_panels(window: MainWindow) -> None:
    """Add every panel this build has to the window, and wire them to its project."""
    window.editor = EditorPanel()  # type: ignore[attr-defined]
    window.checks = ChecksPanel()  # type: ignore[attr-defined]
    window.page_text = PageTextPanel()  # type: ignore[attr-defined]
    window.page_text.default_author = window.settings.get("author")
    for panel in (window.editor, window.checks, window.page_text):  # type: ignore[attr-defined]
        window.add_side_panel(panel)
    window.checks.photo_chosen.connect(lambda pid: window.select_ids([pid]))  # type: ignore[attr-defined]

    def opened(session: ProjectSession) -> None:
        session.edit_failed.connect(lambda exc: show_error(window, exc))

    window.project_opened.connect(opened)
    # Typed text is saved before the window closes or the project changes.
    window.project_closed.connect(window.editor.commit_pending)  # type: ignore[attr-defined]
