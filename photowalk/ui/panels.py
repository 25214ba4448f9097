"""The upload view's way in: logging in, readying the view for the open project, and the grid's upload badges."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from photowalk.errors import PhotowalkError
from photowalk.profiles import Profile
from photowalk.projectsettings import read_settings, update_settings
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
    logged_in = Signal(object)  # the Account the volunteer just logged in with

    def __init__(self, settings: Settings, controller: ProjectController, editor: EditorPanel, view: UploadView,
                 window: QWidget) -> None:
        super().__init__(window)
        self.settings = settings
        self.controller = controller
        self.editor = editor
        self.view = view
        self._window = window  # the login dialog's parent
        # The participant chosen on the start page ("I am ..."), if any: uploads go with that account only.
        self.participant: Callable[[], Profile | None] = lambda: None
        # Whether participants share this computer: then nobody's login is picked up unasked.
        self.shared: Callable[[], bool] = lambda: False
        view.login_wanted.connect(self.log_in)
        view.running_changed.connect(controller.set_upload_running)
        controller.opened.connect(self._opened)
        controller.closing.connect(self._closing)
        controller.project_settings_changed.connect(self._project_wiki)
        view.running_changed.connect(lambda running: None if running else self._project_wiki())

    def project_wiki(self) -> str | None:
        """The wiki the open project names (its event preset's), if it names one."""
        session = self.controller.session
        return read_settings(session.store).wiki if session is not None else None

    def api_url(self) -> str:
        """The wiki uploads go to: the open project's, else the account's, else the participant's, else the one in Settings."""
        project = self.project_wiki()
        if project:
            return project
        if self.view.account is not None:
            return self.view.account.address.api_url
        profile = self.participant()
        if profile is not None and profile.wiki:
            return profile.wiki
        try:
            return parse_wiki(self.settings.get("wiki")).api_url
        except PhotowalkError:
            return str(self.settings.get("wiki"))

    def log_in(self) -> Account | None:
        """Ask for an account; the view, the editor's category suggestions and the badges follow it."""
        profile = self.participant()
        user = profile.account if profile is not None else ("" if self.shared() else None)
        dialog = LoginDialog(self.api_url(), self._window, user=user)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return None
        api = dialog.account.address.api_url
        self.settings.set("wiki", api)
        if self.project_wiki() not in (None, api):
            # The volunteer chose another wiki for this project (the login dialog names it): it is the project's now.
            self.set_project_wiki(api)
        self.editor.set_wiki(api)
        self.set_account(dialog.account)
        self.logged_in.emit(dialog.account)
        return dialog.account

    def set_account(self, account: Account | None) -> None:
        """Upload with this account (None: nobody is logged in); the badges and the note of other senders follow."""
        self.view.set_account(account)
        session = self.controller.session
        others: list[str] = []
        if session is not None:
            self.show_states(session)
            if account is not None:
                others = upload_state.other_accounts(session.store, account.address.api_url, account.user)
        self.view.set_other_senders(others)

    def ready(self) -> bool:
        """Before the view is shown: typed text saved, and an account (remembered, or asked for now)."""
        if self.controller.session is None:
            return False
        self.editor.commit_pending()
        self.view.concurrency = self.settings.get("upload_concurrency")
        self._project_wiki()
        self.view.bandwidth_cap = cap_setting(self.settings)
        if self.view.account is None:
            account = self.remembered(self.api_url())
            if account is not None:
                self.set_account(account)
            elif self.log_in() is None:
                return False
        else:
            self.set_account(self.view.account)  # the note of other senders, for this project
        return True

    def remembered(self, api: str) -> Account | None:
        """The login kept for `api` that may be used unasked: the chosen participant's own, never the last
        one used on the wiki; nobody's while participants share this computer and nobody chose a name."""
        profile = self.participant()
        if profile is not None:
            return stored_account(api, profile.account) if profile.account else None
        if self.shared():
            return None
        return stored_account(api)

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
        self._project_wiki()
        self.show_states(session)
        waiting = upload_state.waiting_after_interruption(
            upload_state.load_all(session.store), self.api_url(), session.model.photos())
        if waiting:
            self.interrupted.emit(waiting)
        session.photos_changed.connect(lambda ids, origin, s=session: self._states_changed(s, ids, origin))

    def set_project_wiki(self, api: str) -> None:
        """The one setting that switches a project between a practice wiki and the real one."""
        session = self.controller.session
        if session is not None:
            update_settings(session.store, wiki=api)
            session.settings_changed.emit()  # this connection's own change: no other process tells of it

    def _project_wiki(self) -> None:
        """The project's wiki changed (a preset switched it): an account on another wiki is not used for it,
        so the view never says one wiki while the upload goes to another."""
        project = self.project_wiki()
        account = self.view.account
        # A running upload goes on where it started; the account follows the project when it ends.
        if project and account is not None and account.address.api_url != project and not self.view.controller.running:
            self.set_account(self.remembered(project))
        self.editor.set_wiki(self.api_url())
        self.view.set_target_wiki(self.api_url() if self.controller.session is not None else None)
        if self.controller.session is not None:
            self.show_states(self.controller.session)

    def _closing(self, _session: ProjectSession) -> None:
        self.view.set_session(None)
        self.view.set_target_wiki(None)

    def _states_changed(self, session: ProjectSession, ids: list[int], origin: object) -> None:
        # Another process (a command-line upload) moved these photos on: their badges follow.
        if origin is None and session is self.controller.session:
            self.show_states(session, ids)
