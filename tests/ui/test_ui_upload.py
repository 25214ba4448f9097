"""Logging in and uploading through the window, to the real test wiki; the queue model; quitting during an upload."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from photowalk.project import ProjectStore
from photowalk.ui.logindialog import LoginDialog
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.uploadmodel import Entry, PercentRole, UploadQueueModel, state_label
from photowalk.ui.uploadview import UploadView
from photowalk.upload import state
from photowalk.upload.report import Uploaded, csv_text, gallery_wikitext
from photowalk.upload.state import UploadRow, UploadState
from tests.ui.helpers import new_project, wait_import
from tests.upload_helpers import MemoryKeyring, api_get, installed_keyring, noise_jpeg, unique


def describe_all(window: MainWindow, qtbot: QtBot, token: str) -> list[int]:
    """Select every photo, describe them together and title them from a pattern, as a volunteer does."""
    assert window.session is not None
    window.select_all()
    ed = window.editor  # type: ignore[attr-defined]
    ed.rows["tg"].text.setPlainText(f"Санҷиши боргузорӣ {token}")
    ed.commit_pending()
    ed.category_input.setText("Photowalk tests")
    qtbot.keyClick(ed.category_input, Qt.Key.Key_Return)
    ed.pattern.setText("{description} {n}")
    ed.pattern_button.click()
    model = window.session.model
    ids = model.ids()
    qtbot.waitUntil(lambda: all(model.is_ready(i) for i in ids), timeout=10_000)
    return ids


def fake_login(qtbot: QtBot, api: str, user: str, password: str, remember: bool = True):  # type: ignore[no-untyped-def]
    """LoginDialog.exec as a volunteer uses it: fill in, press Log in, wait for the wiki's answer."""

    def exec_(dialog: LoginDialog) -> int:
        dialog.wiki.setEditText(api)
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)
        assert "Special:BotPasswords" in dialog.explain.text() and "Upload new files" in dialog.explain.text()
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog._worker is None, timeout=60_000)
        assert dialog.account is not None, dialog.status.text()
        return int(dialog.result())

    return exec_


def test_upload_through_the_window_ends_with_every_photo_uploaded(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, testwiki: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    card = tmp_path / "card"
    for i in range(3):
        noise_jpeg(card / f"IMG_{i:04d}.JPG", gps=True)
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    ids = describe_all(window, qtbot, unique("UI"))
    assert window.session is not None

    with installed_keyring(MemoryKeyring()) as kr:
        monkeypatch.setattr(LoginDialog, "exec", fake_login(
            qtbot, testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]))
        window.act_upload.trigger()  # Upload (Ctrl+U)
        view: UploadView = window.upload_view  # type: ignore[attr-defined]
        assert window.pages.currentWidget() is view
        assert view.account is not None and view.account.user == testwiki["TESTWIKI_BOTPASSWORD_USER"]
        assert kr.entries  # remembered in the keyring
        qtbot.waitUntil(lambda: view.controller.plan is not None, timeout=30_000)
        assert view.model.rowCount() == 3 and view.model.count(UploadState.QUEUED) == 3
        assert view.summary.text() == "0 uploaded · 3 to send"
        view.start_button.click()
        qtbot.waitUntil(lambda: view.controller.running, timeout=30_000)
        assert view.pause_button.isEnabled() and view.cancel_button.isEnabled()
        assert window.upload_running
        qtbot.waitUntil(lambda: not view.controller.running, timeout=180_000)

    assert [e.state for e in view.model.entries] == [UploadState.DONE] * 3, [e.details for e in view.model.entries]
    assert all(e.url and e.url.startswith(testwiki["TESTWIKI_URL"]) for e in view.model.entries)
    assert view.total.value() == 1000
    assert not window.upload_running
    # On the wiki, under the titles the pattern gave.
    titles = [window.session.model.photo(i).title for i in ids]  # type: ignore[union-attr]
    pages = api_get(testwiki, action="query", titles="|".join(f"File:{t}" for t in titles), prop="imageinfo")
    found = pages["query"]["pages"]
    assert len(found) == 3 and all("imageinfo" in p for p in (found.values() if isinstance(found, dict) else found))
    # The grid's badges and the "uploaded" filter follow.
    assert [window.session.model.upload_state(i) for i in ids] == [UploadState.DONE] * 3
    window.set_filter("uploaded")
    assert window.session.proxy.rowCount() == 3
    # The report.
    target = tmp_path / "gallery.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.gallery_button.click()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<gallery>") and all(f"File:{t}" in text for t in titles)
    # A second press has nothing left to send.
    view.start_button.click()
    qtbot.waitUntil(lambda: not view.controller.planning, timeout=30_000)
    assert not view.controller.running and "Nothing to upload" in view.summary.text()


def test_a_wrong_bot_password_is_explained_in_the_dialog(
    qtbot: QtBot, testwiki: dict[str, str], translators: object
) -> None:
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.wiki.setEditText(testwiki["TESTWIKI_API"])
    dialog.user.setText(testwiki["TESTWIKI_BOTPASSWORD_USER"])
    dialog.password.setText("not-the-password")
    dialog.remember.setChecked(False)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60_000)
    assert dialog.account is None and dialog.result() == 0
    assert "did not accept the user name" in dialog.status.text()
    assert "not-the-password" not in dialog.status.text()
    # Said to someone in a window: log in again, not a command to type.
    assert dialog.status.text().endswith("then log in again.") and "photowalk login" not in dialog.status.text()
    # The dialog grew for the message: the explanation with its four grants and the message are whole.
    qtbot.wait(50)
    for label in (dialog.explain, dialog.status):
        assert label.height() >= label.heightForWidth(label.width()), (label.objectName(), label.height())


def test_login_dialog_refuses_a_plain_http_wiki_elsewhere(qtbot: QtBot) -> None:
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.wiki.setEditText("http://wiki.example.org/w/api.php")
    dialog.user.setText("A@b")
    dialog.password.setText("x")
    dialog.login_button.click()
    assert "unencrypted" in dialog.status.text()
    assert dialog._worker is None


def test_ctrl_u_uploads_even_from_a_text_field(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    field = window.editor.category_input  # type: ignore[attr-defined]
    assert isinstance(field, QLineEdit)
    window.open_project(Path(window.settings.q.fileName()).parent / "k.photowalk", create=True)
    window.select_all()
    window.activateWindow()
    field.setFocus()  # keys go to the focused field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5_000)
    for key, claimed in ((Qt.Key.Key_U, False), (Qt.Key.Key_I, False), (Qt.Key.Key_A, True)):
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
        event.ignore()
        QApplication.sendEvent(field, event)
        # Ctrl+A stays the field's "select all"; Ctrl+U and Ctrl+I go to the window.
        assert event.isAccepted() is claimed, key


def test_quitting_during_an_upload_asks_first(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    window.open_project(Path(window.settings.q.fileName()).parent / "q.photowalk", create=True)
    window.upload_running = True
    monkeypatch.setattr(QMessageBox, "question", no)
    assert not window.close()
    assert asked and "An upload is running" in asked[0]
    assert window.isVisible() and window.session is not None
    window.upload_running = False


def test_queue_model_and_report(qtmodeltester: object) -> None:
    model = UploadQueueModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_entries([
        Entry(1, "Боғи Рӯдакӣ 1.jpg", UploadState.DONE, 10, 10, url="https://commons.wikimedia.org/wiki/File:B1.jpg"),
        Entry(2, "Боғи Рӯдакӣ 2.jpg", UploadState.STASHING, 5, 10),
        Entry(3, "DSC_0001.jpg", None, details="There is no title"),
        Entry(4, "DSC_0002.jpg", UploadState.SKIPPED, 0, 10),
    ])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 2).data(PercentRole) == 50
    # Nothing will be sent of a photo that is not ready or skipped: no bar.
    assert model.index(2, 2).data(PercentRole) is None and model.index(3, 2).data(PercentRole) is None
    entry = model.entry(2)
    assert entry is not None
    model.put(dataclasses.replace(entry, state=UploadState.DONE, url="https://commons.wikimedia.org/wiki/File:B2.jpg"))
    assert model.index(1, 1).data() == "Uploaded" and model.index(1, 2).data(PercentRole) == 100
    assert model.index(2, 1).data() == "Not ready"
    files = model.uploaded()
    assert [f.title for f in files] == ["Боғи Рӯдакӣ 1.jpg", "Боғи Рӯдакӣ 2.jpg"]
    assert gallery_wikitext(files) == "<gallery>\nFile:Боғи Рӯдакӣ 1.jpg\nFile:Боғи Рӯдакӣ 2.jpg\n</gallery>\n"
    assert csv_text([Uploaded('A "b", c.jpg', "https://x/A")]) == 'title,url,outcome,account\n"A ""b"", c.jpg",https://x/A,uploaded,\n'


def test_every_upload_state_has_a_label_of_its_own_in_the_interface_language(translators) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    english = {state: state_label(state) for state in (*UploadState, None)}
    translators.install("tg")
    tajik = {state: state_label(state) for state in english}
    assert len(set(tajik.values())) == len(tajik)
    assert all(tajik[state] != english[state] for state in english), tajik


def test_why_a_photo_is_not_ready_is_said_in_the_interface_language(qtbot: QtBot, translators) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from photowalk.edits import InvalidDateError
    from photowalk.photo import FileKind
    from photowalk.problems import from_error
    from photowalk.titles import validate_title

    translators.install("tg")
    untitled = validate_title(None, FileKind.JPEG)[0]
    bad_date = from_error(InvalidDateError(date="2025-13-40"))  # a typed error, in the "errors" context
    text = Entry(3, "DSC_0001.jpg", None, problems=(untitled, bad_date)).text()
    assert "There is no title" not in text and "is not a date" not in text
    assert "2025-13-40" in text and any(ch in text for ch in "ғӣқӯҳҷ")


def test_an_upload_state_change_repaints_only_its_row(qtbot: QtBot) -> None:
    model = UploadQueueModel()
    model.set_entries([Entry(i, f"Боғи Рӯдакӣ {i}.jpg", UploadState.QUEUED, 0, 10) for i in range(1, 301)])
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles: changed.append((a.row(), a.column(), b.row(), b.column())))

    def put(photo_id: int, **changes: object) -> None:
        entry = model.entry(photo_id)
        assert entry is not None
        model.put(dataclasses.replace(entry, **changes))  # type: ignore[arg-type]

    with qtbot.assertNotEmitted(model.modelReset):
        put(120, state=UploadState.STASHING, sent=4)
    assert changed == [(119, 0, 119, 3)]
    counts = (model.count(UploadState.QUEUED), model.count(UploadState.STASHING),
              model.count(UploadState.QUEUED, UploadState.STASHING))
    assert counts == (299, 1, 300)
    put(120, state=UploadState.DONE)
    model.set_sent(121, 0)  # nothing changes: no signal
    assert len(changed) == 2 and model.count(UploadState.DONE) == 1 and model.count(UploadState.STASHING) == 0


def test_without_a_keyring_the_login_dialog_says_so_and_waits_for_ok(
    qtbot: QtBot, testwiki: dict[str, str], translators: object
) -> None:
    from keyring.backends import fail
    from PySide6.QtWidgets import QDialog

    with installed_keyring(fail.Keyring()):  # keyring's own "no backend available"
        dialog = LoginDialog(testwiki["TESTWIKI_API"])
        qtbot.addWidget(dialog)
        dialog.show()
        # Said before logging in: nothing can be remembered, and what to do about it.
        assert not dialog.remember.isChecked() and not dialog.remember.isEnabled()
        assert "asks for it each time it starts" in dialog.status.text() and "GNOME Keyring" in dialog.status.text()
        # The keyring went away after the dialog opened, with Remember ticked.
        dialog.remember.setEnabled(True)
        dialog.remember.setChecked(True)
        dialog.user.setText(testwiki["TESTWIKI_BOTPASSWORD_USER"])
        dialog.password.setText(testwiki["TESTWIKI_BOTPASSWORD"])
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog._worker is None, timeout=60_000)
        # Logged in, but the dialog stays open with the reason until OK.
        assert dialog.account is not None and not dialog.account.remembered
        assert dialog.isVisible() and dialog.result() == 0
        text = dialog.status.text()
        assert "Logged in as" in text and "NoKeyringError" in text and "asks for it each time it starts" in text
        assert testwiki["TESTWIKI_BOTPASSWORD"] not in text
        assert not dialog.remember.isChecked() and dialog.login_button.text() == "OK"
        dialog.login_button.click()
        assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_project_whose_upload_stopped_part_way_says_so_and_continues(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, testwiki: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_ui_upload_controller import controlled, noise_project, started

    project = noise_project(tmp_path, 2)
    with controlled(project) as (c, _session):
        started(qtbot, c, testwiki)
        c.cancel()
        qtbot.waitUntil(lambda: not c.running, timeout=60_000)
        assert c.model.count(UploadState.DONE) < 2
    window.settings.set("wiki", testwiki["TESTWIKI_API"])
    assert window.open_project(project.path)
    bar = window.notice_bar
    assert bar.isVisible() and bar.continue_button.isVisible() and bar.continue_button.text() == "Continue upload"
    waiting = 2 - sum(1 for r in upload_rows(project.path).values() if r.state == UploadState.DONE)
    assert bar.label.text().startswith(f"The last upload of this project stopped part way: {waiting} photo")
    with installed_keyring(MemoryKeyring()):
        monkeypatch.setattr(LoginDialog, "exec", fake_login(
            qtbot, testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]))
        bar.continue_button.click()
        view = window.upload_view
        assert window.pages.currentWidget() is view
        qtbot.waitUntil(lambda: view.controller.running, timeout=30_000)
        assert not bar.isVisible()  # answered by the upload running
        qtbot.waitUntil(lambda: not view.controller.running, timeout=120_000)
    assert {r.state for r in upload_rows(project.path).values()} == {UploadState.DONE}
    assert len(upload_rows(project.path)) == 2
    window.close_project()  # type: ignore[attr-defined]
    assert window.open_project(project.path)
    assert not window.notice_bar.isVisible()  # nothing waits any more


def upload_rows(path: Path) -> dict[int, UploadRow]:
    with ProjectStore.open(path) as store:
        return dict(state.load_all(store))
