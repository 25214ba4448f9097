"""Puts the side panels (describe, problems, page text) and the upload view into the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from photowalk.errors import PhotowalkError
from photowalk.ui.checkpanel import ChecksPanel, PageTextPanel
from photowalk.ui.editor import EditorPanel
from photowalk.ui.errors import show_error
from photowalk.ui.logindialog import Account, LoginDialog, stored_account
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.session import ProjectSession
from photowalk.ui.uploadview import UploadView
from photowalk.upload import state as upload_state
from photowalk.upload.wiki import parse_wiki


def install_panels(window: MainWindow) -> None:
    """Add every panel this build has to the window, and wire them to its project."""
    window.editor = EditorPanel()  # type: ignore[attr-defined]
    window.checks = ChecksPanel()  # type: ignore[attr-defined]
    window.page_text = PageTextPanel()  # type: ignore[attr-defined]
    window.editor.set_wiki(window.settings.get("wiki"))  # type: ignore[attr-defined]
    for panel in (window.editor, window.checks, window.page_text):  # type: ignore[attr-defined]
        window.add_side_panel(panel)
    window.checks.photo_chosen.connect(lambda pid: window.select_ids([pid]))  # type: ignore[attr-defined]

    def settings_changed() -> None:
        window.editor.set_wiki(window.settings.get("wiki"))  # type: ignore[attr-defined]

    window.settings_changed.connect(settings_changed)
    _install_upload(window)

    def opened(session: ProjectSession) -> None:
        session.edit_failed.connect(lambda exc: show_error(window, exc))

    window.project_opened.connect(opened)


def _install_upload(window: MainWindow) -> None:
    view = UploadView()
    window.upload_view = view  # type: ignore[attr-defined]
    window.pages.addWidget(view)

    def wiki_url() -> str:
        try:
            return parse_wiki(window.settings.get("wiki")).api_url
        except PhotowalkError:
            return window.settings.get("wiki")

    def show_states(session: ProjectSession) -> None:
        # Badges show the state on the wiki the volunteer uploads to now.
        api = view.account.address.api_url if view.account else wiki_url()
        rows = upload_state.load_all(session.store)
        session.model.set_upload_states(
            {pid: (row.state if row.wiki == api else None) for pid, row in rows.items()}
        )

    def log_in() -> Account | None:
        dialog = LoginDialog(view.account.address.api_url if view.account else wiki_url(), window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return None
        window.settings.set("wiki", dialog.account.address.api_url)
        window.editor.set_wiki(dialog.account.address.api_url)  # type: ignore[attr-defined]
        view.set_account(dialog.account)
        if window.session is not None:
            show_states(window.session)
        return dialog.account

    def show_upload() -> None:
        if window.session is None:
            return
        window.editor.commit_pending()  # type: ignore[attr-defined]
        view.concurrency = window.settings.get("upload_concurrency")
        if view.account is None:
            account = stored_account(wiki_url())
            if account is not None:
                view.set_account(account)
            elif log_in() is None:
                return
        window.pages.setCurrentWidget(view)
        view.refresh()

    def back() -> None:
        if window.session is not None:
            window.pages.setCurrentWidget(window.project_page)

    def rename(pid: int) -> None:
        back()
        window.select_ids([pid])
        window.side.setCurrentWidget(window.editor)  # type: ignore[attr-defined]
        window.editor.title.setFocus()  # type: ignore[attr-defined]

    def running(on: bool) -> None:
        window.upload_running = on

    window.upload_handler = show_upload  # type: ignore[attr-defined]
    window.login_handler = log_in  # type: ignore[attr-defined]
    window.upload_stopper = view.stop_and_wait  # type: ignore[attr-defined]
    view.back_clicked.connect(back)
    view.login_wanted.connect(log_in)
    view.photo_chosen.connect(rename)
    view.running_changed.connect(running)
    def states_changed(session: ProjectSession, ids: list[int], origin: object) -> None:
        # Another process (a command-line upload) moved these photos on: their badges follow.
        if origin is not None or session is not window.session:
            return
        api = view.account.address.api_url if view.account else wiki_url()
        rows = {pid: upload_state.load(session.store, pid) for pid in ids}
        session.model.set_upload_states(
            {pid: (row.state if row is not None and row.wiki == api else None) for pid, row in rows.items()})

    def opened(session: ProjectSession) -> None:
        view.set_session(session)
        show_states(session)
        session.photos_changed.connect(lambda ids, origin, s=session: states_changed(s, ids, origin))

    window.project_opened.connect(opened)
    window.project_closed.connect(lambda: view.set_session(None))
