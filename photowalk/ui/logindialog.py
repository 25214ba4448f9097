"""Logging in to a wiki: with the Wikimedia account in the browser (OAuth 2), or with a bot password;
either optionally kept in the system keyring."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photowalk.errors import Cancelled, PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.logs import register_secret
from photowalk.ui.i18n import core_text
from photowalk.ui.wikibox import WikiBox
from photowalk.ui.workers import Worker
from photowalk.upload import credentials
from photowalk.upload.errors import KeyringUnavailable
from photowalk.upload.loopback import system_browser
from photowalk.upload.oauth import DEFAULT_PORT, OAuthClient
from photowalk.upload.oauthlogin import OAuthLogin, kept_pipe, latest_pipe, login_in_browser, to_pipe
from photowalk.upload.wiki import COMMONS_API, Wiki, WikiAddress, parse_wiki

# The grants as Special:BotPasswords names them in English; shown in the interface language too.
GRANTS = (
    QT_TRANSLATE_NOOP("LoginDialog", "Edit existing pages"),
    QT_TRANSLATE_NOOP("LoginDialog", "Create, edit, and move pages"),
    QT_TRANSLATE_NOOP("LoginDialog", "Upload new files"),
    QT_TRANSLATE_NOOP("LoginDialog", "Upload, replace, and move files"),
)


def grant_name(grant: str) -> str:
    """A grant in the interface language, with its English name (as the wiki may show it) after it."""
    shown = QCoreApplication.translate("LoginDialog", grant)
    return grant if shown == grant else f"{shown} (“{grant}”)"


@dataclass
class Account:
    """Who uploads where; the password or the browser login's tokens live only in memory (and in the
    keyring if remembered)."""

    address: WikiAddress
    user: str
    password: str = field(repr=False)
    remembered: bool = False
    oauth: dict[str, Any] | None = field(default=None, repr=False)  # a browser login, as the worker takes it

    def upload_login(self) -> dict[str, Any] | None:
        """The browser login for the worker, with the newest refresh token kept since it was made."""
        return latest_pipe(self.address.api_url, self.user, self.oauth) if self.oauth is not None else None


def bot_passwords_url(address: WikiAddress) -> str:
    """Special:BotPasswords on the wiki whose API this is."""
    return f"{address.scheme}://{address.host}{address.path}index.php?title=Special:BotPasswords"


def _check_login(address: WikiAddress, user: str, password: str, *, progress: Callable[[Any], None],
                 cancel: Callable[[], bool]) -> None:
    """Log in once to see the password works (on a worker thread: it is network I/O)."""
    wiki = Wiki(address, user, password)
    try:
        wiki.connect()
    finally:
        wiki.close()


def _browser_login(address: WikiAddress, client: OAuthClient, remember: bool, open_browser: Callable[[str], bool], *,
                   progress: Callable[[Any], None], cancel: Callable[[], bool]) -> OAuthLogin:
    """The whole browser login (on a worker thread: it waits for the browser); `progress` gets the
    address to open by hand when no browser opened."""
    return login_in_browser(address, client, open_browser=open_browser, show_url=progress, cancel=cancel,
                            remember=remember)


def stored_account(api_url: str, user: str | None = None) -> Account | None:
    """The account remembered for this wiki (or `user`'s on it: a participant's own), with its browser
    login or password from the keyring; None if there is none. Only that one account's entry is read.
    A browser login is renewed by the worker, not here."""
    try:
        address = parse_wiki(api_url)
        user = user or credentials.remembered_user(address.api_url)
        if not user:
            return None
        oauth = kept_pipe(address.api_url, user)
        if oauth is not None:
            return Account(address, user, "", remembered=True, oauth=oauth)
        password = credentials.get_password(address.api_url, user)
    except PhotowalkError:
        return None
    if not password:
        return None
    register_secret(password)
    return Account(address, user, password, remembered=True)


class LoginDialog(QDialog):
    """Wiki, bot-password user and password, and whether to keep the password in the keyring."""

    def __init__(self, wiki: str = COMMONS_API, parent: QWidget | None = None,
                 open_browser: Callable[[str], bool] = system_browser, user: str | None = None) -> None:
        super().__init__(parent)
        # A participant's own account name ("" for a new one): the last account used on the wiki, perhaps
        # another participant's, is then never offered.
        self._user = user
        self.setWindowTitle(self.tr("Log in"))
        self.setMinimumWidth(520)
        self.account: Account | None = None
        self._worker: Worker | None = None
        self._waiting = False  # the worker waits for the browser: Cancel stops it
        self._open_browser = open_browser
        lay = self._layout = QVBoxLayout(self)
        self.oauth_explain = QLabel(self.tr(
            "Log in with your Wikimedia account: photowalk opens the wiki in your browser, you log in there "
            "and press Allow. photowalk never sees your password."))
        self.oauth_explain.setWordWrap(True)
        lay.addWidget(self.oauth_explain)
        oauth_form = QFormLayout()
        self.client_id = QLineEdit()
        self.client_id.setPlaceholderText(self.tr("as registered on Meta (see the README)"))
        oauth_form.addRow(self.tr("OAuth client ID"), self.client_id)
        self.client_secret = QLineEdit()
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(self.tr("optional: lets the wiki renew the login"))
        oauth_form.addRow(self.tr("Client secret"), self.client_secret)
        lay.addLayout(oauth_form)
        self.browser_button = QPushButton(self.tr("Log in with your Wikimedia account"))
        self.browser_button.clicked.connect(self.log_in_with_browser)
        lay.addWidget(self.browser_button)
        self.or_label = QLabel(self.tr("Or with a bot password:"))
        lay.addWidget(self.or_label)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain.setOpenExternalLinks(True)
        lay.addWidget(self.explain)
        form = QFormLayout()
        self.wiki = WikiBox(wiki)
        self.wiki.currentTextChanged.connect(self._wiki_changed)
        form.addRow(self.tr("Wiki"), self.wiki)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("Name@photowalk"))
        form.addRow(self.tr("Bot user name"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Bot password"), self.password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        form.addRow("", self.remember)
        lay.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        # The authorize address, when no browser opened: a link to open (or copy) by hand.
        self.address_link = QLabel()
        self.address_link.setWordWrap(True)
        self.address_link.setTextFormat(Qt.TextFormat.RichText)
        self.address_link.setOpenExternalLinks(True)
        self.address_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.address_link.hide()
        lay.addWidget(self.address_link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self._cancel)
        lay.addWidget(self.buttons)
        # Logged in, but the keyring refused the password: the dialog stays open until this is read.
        self._acknowledge = False
        self._wiki_changed()
        if not credentials.keyring_usable():
            self._no_keyring(KeyringUnavailable(kind=credentials.keyring_name()))

    def api_text(self) -> str:
        """What the volunteer chose: Commons, or the API address typed."""
        return self.wiki.api_text()

    def _wiki_changed(self) -> None:
        try:
            address = parse_wiki(self.api_text())
        except PhotowalkError:
            address = parse_wiki(COMMONS_API)
        link = bot_passwords_url(address)
        grants = "".join(f"<li>{html.escape(grant_name(g))}</li>" for g in GRANTS)
        self.explain.setText(
            self.tr(
                "photowalk logs in with a <b>bot password</b>, not your main password: it can do only what you allow, "
                "and you can revoke it at any time. Create one at <a href=\"%1\">Special:BotPasswords</a> "
                "(name it e.g. photowalk) with these grants ticked, then enter the user name it shows "
                "(Name@photowalk) and its password here:"
            ).replace("%1", link)
            + f"<ul>{grants}</ul>"
        )
        if not self.user.text():
            try:
                self.user.setText(self._user if self._user is not None else
                                  credentials.remembered_user(address.api_url) or "")
            except OSError:
                pass
        try:
            client = credentials.oauth_client(address.api_url)
        except PhotowalkError:
            client = None
        self.client_id.setText(client.client_id if client is not None else "")
        self.client_secret.setText((client.client_secret or "") if client is not None else "")
        self._port = client.port if client is not None else DEFAULT_PORT

    # -- the browser ---------------------------------------------------------------------

    def log_in_with_browser(self) -> None:
        """Open the wiki's authorize page in the browser and wait, off the GUI thread, for its answer."""
        if self._worker is not None:
            return
        try:
            address = parse_wiki(self.api_text())
        except PhotowalkError as exc:
            self._show(exc)
            return
        client_id = self.client_id.text().strip()
        if not client_id:
            self._set_status(self.tr("Enter the client ID of the OAuth client registered for this wiki; the "
                                     "README says how to register one on Meta."))
            return
        client = OAuthClient(client_id, self.client_secret.text().strip() or None, self._port)
        self._set_status(self.tr("Waiting for the browser: log in to %1 there and press Allow. "
                                 "Cancel stops waiting.").replace("%1", address.name))
        self._busy(True)
        self._waiting = True
        self._worker = Worker(_browser_login, address, client, self.remember.isChecked(), self._open_browser)
        self._worker.signals.progress.connect(self._no_browser)
        self._worker.signals.finished.connect(lambda login: self._browser_done(address, login))
        self._worker.signals.failed.connect(self._failed)
        self._worker.start()

    def _no_browser(self, url: object) -> None:
        """No browser opened: the address to open by hand."""
        self._set_status(self.tr("No browser could be opened. Open this address in a browser, log in and press "
                                 "Allow; photowalk waits:"))
        link = html.escape(str(url), quote=True)
        self.address_link.setText(f"<a href=\"{link}\">{link}</a>")
        self.address_link.show()

    def _browser_done(self, address: WikiAddress, login: OAuthLogin) -> None:
        self._worker = None
        self._waiting = False
        self._busy(False)
        self.account = Account(address, login.user, "", login.kept, oauth=to_pipe(login.source, login.kept))
        if login.keyring_error is None:
            self.accept()
            return
        self._no_keyring(login.keyring_error)
        self._set_status(self.tr("Logged in as %1.").replace("%1", login.user) + " " + self.status.text())
        self._acknowledge = True
        self.login_button.setText(self.tr("OK"))
        self.login_button.setFocus()

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.address_link.hide()
        for w in (self.login_button, self.browser_button, self.wiki, self.client_id, self.client_secret):
            w.setEnabled(not busy)

    def _cancel(self) -> None:
        """Cancel: stop waiting for the browser if photowalk waits, else close."""
        if self._waiting and self._worker is not None:
            self._worker.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self._worker is not None:
            self._worker.cancel()  # closing the dialog ends the wait, and frees the callback port
        super().reject()

    def log_in(self) -> None:
        """Check the password with the wiki on a worker thread; the dialog closes when it works."""
        if self._acknowledge and self.account is not None:
            self.accept()  # the volunteer has read why the password is not remembered
            return
        if self._worker is not None:
            return
        user, password = self.user.text().strip(), self.password.text()
        try:
            address = parse_wiki(self.api_text())
        except PhotowalkError as exc:
            self._show(exc)
            return
        if not user or not password:
            self._set_status(self.tr("Enter the bot user name and its password."))
            return
        register_secret(password)  # from now on it is masked in every log line
        self._set_status(self.tr("Logging in to %1…").replace("%1", address.name))
        self.login_button.setEnabled(False)
        self._worker = Worker(_check_login, address, user, password)
        self._worker.signals.finished.connect(lambda _r: self._logged_in(address, user, password))
        self._worker.signals.failed.connect(self._failed)
        self._worker.start()

    def _logged_in(self, address: WikiAddress, user: str, password: str) -> None:
        self._worker = None
        self.login_button.setEnabled(True)
        remembered = False
        credentials.remember_user(address.api_url, user)
        refused: KeyringUnavailable | None = None
        if self.remember.isChecked():
            try:
                credentials.store_password(address.api_url, user, password)
                remembered = True
            except KeyringUnavailable as exc:
                refused = exc
        self.account = Account(address, user, password, remembered)
        if refused is None:
            self.accept()
            return
        # Logged in all the same (the password stays in memory until photowalk closes), but the
        # volunteer must learn it was not kept: the dialog stays open with the reason and an OK.
        self._no_keyring(refused)
        self._set_status(self.tr("Logged in as %1.").replace("%1", user) + " " + self.status.text())
        for w in (self.wiki, self.user, self.password):
            w.setEnabled(False)
        self._acknowledge = True
        self.login_button.setText(self.tr("OK"))
        self.login_button.setFocus()

    def _no_keyring(self, exc: KeyringUnavailable) -> None:
        """The keyring cannot keep the password: untick Remember and say what that means and what to do."""
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self._set_status(
            core_text("errors", exc.template, exc.params) + " "
            + self.tr("photowalk cannot remember the password, so it asks for it each time it starts. To have it "
                      "remembered, set up or unlock the system's password store (on Linux a Secret Service such "
                      "as GNOME Keyring or KWallet), then log in again.")
        )

    def _set_status(self, text: str) -> None:
        """Say what happened below the fields; the dialog grows so the explanation and its grants stay whole."""
        self.status.setText(text)
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self._waiting = False
        self._busy(False)
        if isinstance(exc, Cancelled):
            self._set_status(self.tr("Stopped waiting for the browser."))
            return
        self._show(exc)

    def _show(self, exc: BaseException) -> None:
        if isinstance(exc, PhotowalkError):
            self._set_status(core_text("errors", exc.template, exc.params))
        else:
            self._set_status(self.tr("Logging in failed: %1").replace("%1", type(exc).__name__))
