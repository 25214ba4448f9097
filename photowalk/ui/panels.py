"""The upload view's way in: logging in, readying the view for the open project, and the grid's upload badges."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from photowalk.errors import PhotowalkError
from photowalk.ui.editor import EditorPanel
from photowalk.ui.logindialog import Account, LoginDialog, stored_account
from photowalk.ui.projectcontroller import ProjectController
from photowalk.ui.session import ProjectSession
from photowalk.ui.settings import Settings, cap_setting
from photowalk.ui.uploadview import UploadView
from photowalk.upload import state as upload_state
from photowalk.upload.state import UploadRow
from photowalk.upload.wiki import parse_wiki


class UploadFlow(QObject):
    """Wires the upload view to the open project; the badges show the states on the wiki uploaded to now."""

    interrupted = Signal(int)  # a project opened whose last upload stopped part way: how many photos wait

    def __init__(self, settings: Settings, controller: ProjectController, editor: EditorPanel, view: UploadView,
                 window: QWidget) -> None:
        super().__init__(window)
        self.settings = settings
        self.controller = controller
        self.editor = editor
        self.view = view
        self._window = window  # the login dialog's parent
        view.login_wanted.connect(self.log_in)
        view.running_changed.connect(controller.set_upload_running)
        controller.opened.connect(self._opened)
        controller.closing.connect(self._closing)

    def api_url(self) -> str:
        """The wiki uploads go to: the account's, else the one in Settings."""
        if self.view.account is not None:
            return self.view.account.address.api_url
        try:
            return parse_wiki(self.settings.get("wiki")).api_url
        except PhotowalkError:
            return str(self.settings.get("wiki"))

    def log_in(self) -> Account | None:
        """Ask for an account; the view, the editor's category suggestions and the badges follow it."""
        dialog = LoginDialog(self.api_url(), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return None
        api = dialog.account.address.api_url
        self.settings.set("wiki", api)
        self.editor.set_wiki(api)
        self.view.set_account(dialog.account)
        if self.controller.session is not None:
            self.show_states(self.controller.session)
        return dialog.account

    def ready(self) -> bool:
        """Before the view is shown: typed text saved, and an account (remembered, or asked for now)."""
        if self.controller.session is None:
            return False
        self.editor.commit_pending()
        self.view.concurrency = self.settings.get("upload_concurrency")
        self.view.bandwidth_cap = cap_setting(self.settings)
        if self.view.account is None:
            account = stored_account(self.api_url())
            if account is not None:
                self.view.set_account(account)
            elif self.log_in() is None:
                return False
        return True

    def show_states(self, session: ProjectSession, ids: list[int] | None = None) -> None:
        """Badges show the state on the wiki the volunteer uploads to now (these photos, or all)."""
        api = self.api_url()
        rows: dict[int, UploadRow | None]
        if ids is None:
            rows = dict(upload_state.load_all(session.store))
        else:
            found = upload_state.load_many(session.store, ids)
            rows = {pid: found.get(pid) for pid in ids}
        session.model.set_upload_states(
            {pid: (row.state if row is not None and row.wiki == api else None) for pid, row in rows.items()})

    def _opened(self, session: ProjectSession) -> None:
        self.view.set_session(session)
        self.show_states(session)
        waiting = upload_state.waiting_after_interruption(
            upload_state.load_all(session.store), self.api_url(), session.model.photos())
        if waiting:
            self.interrupted.emit(waiting)
        session.photos_changed.connect(lambda ids, origin, s=session: self._states_changed(s, ids, origin))

    def _closing(self, _session: ProjectSession) -> None:
        self.view.set_session(None)

    def _states_changed(self, session: ProjectSession, ids: list[int], origin: object) -> None:
        # Another process (a command-line upload) moved these photos on: their badges follow.
        if origin is None and session is self.controller.session:
            self.show_states(session, ids)
