"""The login dialog's "Log in with your Wikimedia account": the browser login waits off the GUI thread,
Cancel stops it, and without a browser the address is shown to open by hand."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from photowalk.ui.logindialog import Account, LoginDialog, stored_account
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.uploadview import UploadView
from photowalk.upload import credentials
from photowalk.upload.oauth import OAuthClient
from photowalk.upload.oauthlogin import login_in_browser, to_pipe
from photowalk.upload.wiki import parse_wiki
from tests.oauth_server import Browser, OAuthServer, OAuthWiki, oauth_server
from tests.ui.helpers import new_project, wait_import
from tests.ui.test_ui_upload import describe_all
from tests.upload_helpers import MemoryKeyring, installed_keyring, noise_jpeg, unique


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def keyring_in_memory() -> Iterator[None]:
    with installed_keyring(MemoryKeyring()):
        yield


@pytest.fixture
def server(testwiki: dict[str, str]) -> Iterator[OAuthServer]:
    with oauth_server(OAuthWiki(redirect_uri=f"http://127.0.0.1:{free_port()}/callback"), testwiki) as s:
        yield s


def dialog_for(qtbot: QtBot, server: OAuthServer, open_browser: object) -> LoginDialog:
    """The dialog for a wiki whose client was set up before (`photowalk login --oauth --client-id --port`)."""
    port = int(server.state.redirect_uri.split(":")[2].split("/")[0])  # the registered callback's port
    credentials.save_oauth_client(parse_wiki(server.api).api_url,
                                  OAuthClient(server.state.client_id, server.state.client_secret, port))
    dialog = LoginDialog(server.api, open_browser=open_browser)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client_id.text() == server.state.client_id
    assert dialog.client_secret.text() == server.state.client_secret
    return dialog


def test_browser_login_from_the_dialog(qtbot: QtBot, server: OAuthServer, testwiki: dict[str, str],
                                       keyring_in_memory: None) -> None:
    browser = Browser()
    dialog = dialog_for(qtbot, server, browser)
    dialog.browser_button.click()
    # Waiting happens on a worker thread: the dialog stays responsive, its other ways to log in disabled.
    assert not dialog.browser_button.isEnabled() and not dialog.login_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    account = dialog.account
    assert account is not None and account.user == testwiki["TESTWIKI_USER"] and account.remembered
    assert account.password == "" and account.oauth is not None
    assert account.oauth["tokens"]["access_token"] not in repr(account)
    assert browser.opened and "/rest.php/oauth2/authorize?" in browser.opened[0]
    # The next start finds the login in the keyring (to be renewed by the worker) and the client kept.
    again = stored_account(server.api)
    assert again is not None and again.oauth is not None and again.user == account.user
    assert again.oauth["tokens"]["refresh_token"] == account.oauth["tokens"]["refresh_token"]
    assert again.oauth["tokens"]["access_token"] == ""
    client = credentials.oauth_client(parse_wiki(server.api).api_url)
    assert client is not None and client.client_secret == server.state.client_secret


def test_cancel_stops_waiting_and_frees_the_port(qtbot: QtBot, server: OAuthServer, keyring_in_memory: None) -> None:
    opened: list[str] = []

    def idle_browser(url: str) -> bool:
        opened.append(url)  # a browser opens; the volunteer does nothing there
        return True

    dialog = dialog_for(qtbot, server, idle_browser)
    dialog.browser_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert "Waiting for the browser" in dialog.status.text()
    dialog.buttons.rejected.emit()  # Cancel
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=10_000)
    assert dialog.isVisible() and dialog.account is None
    assert "Stopped waiting" in dialog.status.text() and dialog.browser_button.isEnabled()
    with socket.socket() as s:
        s.bind(("127.0.0.1", int(server.state.redirect_uri.split(":")[2].split("/")[0])))  # free again


def test_without_a_browser_the_address_is_shown(qtbot: QtBot, server: OAuthServer, keyring_in_memory: None) -> None:
    dialog = dialog_for(qtbot, server, lambda url: False)
    dialog.browser_button.click()
    qtbot.waitUntil(lambda: dialog.address_link.isVisible(), timeout=10_000)
    link = dialog.address_link.text()
    url = link.split('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    assert url.startswith(f"http://{server.host}/rest.php/oauth2/authorize?")
    Browser()(url)  # opened by hand
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)


def test_cancel_on_the_wiki_s_page_is_explained(qtbot: QtBot, server: OAuthServer, keyring_in_memory: None) -> None:
    dialog = dialog_for(qtbot, server, Browser(press="cancel"))
    dialog.browser_button.click()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60_000)
    assert dialog.account is None and "press Allow" in dialog.status.text()


def test_no_client_id_says_where_to_get_one(qtbot: QtBot, server: OAuthServer, keyring_in_memory: None) -> None:
    dialog = dialog_for(qtbot, server, Browser())
    dialog.client_id.setText("")
    dialog.browser_button.click()
    assert dialog._worker is None and "README" in dialog.status.text()


def test_an_ended_browser_login_asks_for_a_login_at_the_next_upload(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, server: OAuthServer, keyring_in_memory: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The volunteer revoked photowalk's access on the wiki: the upload stops saying so, and Upload then
    opens the login dialog instead of trying the dead login again."""
    card = tmp_path / "card"
    noise_jpeg(card / "IMG_0001.JPG", gps=True)
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    describe_all(window, qtbot, unique("OA"))
    port = int(server.state.redirect_uri.split(":")[2].split("/")[0])
    address = parse_wiki(server.api)
    login = login_in_browser(address, OAuthClient(server.state.client_id, server.state.client_secret, port),
                             open_browser=Browser(), timeout=30, remember=False)
    server.state.revoke_all()  # Special:OAuthManageMyGrants
    view: UploadView = window.upload_view  # type: ignore[attr-defined]
    view.set_account(Account(address, login.user, "", oauth=to_pipe(login.source, kept=False)))
    window.act_upload.trigger()
    qtbot.waitUntil(lambda: view.controller.plan is not None, timeout=30_000)
    view.start_button.click()
    qtbot.waitUntil(lambda: view.controller.running, timeout=30_000)
    qtbot.waitUntil(lambda: not view.controller.running, timeout=120_000)
    assert view.controller.account is None
    assert "Log in again with your Wikimedia account" in view.summary.text()
    asked: list[str] = []

    def closed_at_once(dialog: LoginDialog) -> int:  # the modal login dialog, as the volunteer would see it
        asked.append(dialog.browser_button.text())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(LoginDialog, "exec", closed_at_once)
    view.start_button.click()
    assert asked == ["Log in with your Wikimedia account"] and not view.controller.running
