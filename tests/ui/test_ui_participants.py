"""Participants sharing one laptop, through the window: "I am ..." on the start page, each uploading
with their own account to the real test wiki (through the worker), switching in two clicks, Log out,
Forget saved password and the end of the event."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from photowalk.profiles import profiles_file, read_book, write_book
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache
from photowalk.ui.logindialog import LoginDialog
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.participants import NEW, EndOfEventDialog, NewParticipantDialog
from photowalk.upload import credentials, state
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import parse_wiki
from tests.ui.helpers import new_project, wait_import
from tests.ui.test_ui_upload import describe_all
from tests.upload_helpers import MemoryKeyring, installed_keyring, noise_jpeg, second_account, unique, uploaders


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Profiles and thumbnails of this test only (the window reads them when it is made)."""
    monkeypatch.setenv("PHOTOWALK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PHOTOWALK_CACHE_DIR", str(tmp_path / "cache"))


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 500) -> None:
    """Act on the next modal dialog of this kind once it is open (it blocks the test's call until closed)."""

    def poll(left: int = tries) -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, kind) and w.isVisible():
            act(w)
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def pick(qtbot: QtBot, window: MainWindow, data: str) -> None:
    """Two clicks: open the "I am" list, click the entry."""
    box = window.participants.picker.box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    # A click right after the list opened counts as the opening click's release (as for a person's double click).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    row = box.findData(data)
    assert row >= 0, data
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def new_participant(qtbot: QtBot, window: MainWindow, name: str, language: str) -> None:
    def fill(w: QWidget) -> None:
        assert isinstance(w, NewParticipantDialog)
        w.name.setText(name)
        w.language.setCurrentIndex(w.language.findData(language))
        w.accept()

    when_modal(NewParticipantDialog, fill)
    pick(qtbot, window, NEW)
    qtbot.waitUntil(lambda: window.participants.active_name() == name, timeout=10_000)


def logging_in(qtbot: QtBot, api: str, user: str, password: str, offered: list[str]):  # type: ignore[no-untyped-def]
    """LoginDialog.exec as a participant uses it; `offered` gets the user name the dialog proposed."""

    def exec_(dialog: LoginDialog) -> int:
        offered.append(dialog.user.text())
        dialog.wiki.setEditText(api)
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.remember.setChecked(True)
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog._worker is None, timeout=60_000)
        assert dialog.account is not None, dialog.status.text()
        return int(dialog.result())

    return exec_


def never_asked(dialog: LoginDialog) -> int:
    raise AssertionError("the participant's saved login was not used")


def upload_project(qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str,
                   account: str) -> tuple[Path, list[str]]:
    """A project of two photos of this participant's, described and uploaded through the window (the worker)."""
    path = new_project(window, tmp_path, name)
    card = tmp_path / f"card-{name}"
    for i in range(2):
        noise_jpeg(card / f"IMG_{i:04d}.JPG", gps=True)
    wait_import(qtbot, window.import_sources([card]))
    describe_all(window, qtbot, unique(name))
    window.act_upload.trigger()
    view = window.upload_view
    assert window.pages.currentWidget() is view
    qtbot.waitUntil(lambda: view.controller.plan is not None, timeout=30_000)
    view.start_button.click()
    qtbot.waitUntil(lambda: view.controller.running, timeout=30_000)
    qtbot.waitUntil(lambda: not view.controller.running, timeout=180_000)
    assert [e.state for e in view.model.entries] == [UploadState.DONE] * 2, [e.details for e in view.model.entries]
    assert window.session is not None
    titles = [e.title for e in view.model.entries]  # the files' names on the wiki
    # The report (the CSV saved from the view) names the account that sent each file.
    assert {u.account for u in view.model.uploaded()} == {account}
    return path, titles


def accounts_of(path: Path) -> set[str | None]:
    with ProjectStore.open(path) as store:
        return {r.account for r in state.load_all(store).values()}


def test_two_participants_upload_from_one_laptop_each_with_their_own_account(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, testwiki: dict[str, str], monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[str],
) -> None:
    bob_account = second_account(testwiki)
    api = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    picker = window.participants.picker
    assert window.pages.currentWidget() is window.start_page and picker.isVisible()
    assert picker.box.itemText(0) == "choose your name…" and picker.box.itemData(picker.box.count() - 1) == NEW
    offered: list[str] = []
    with installed_keyring(MemoryKeyring()) as kr:
        # Ann, in English, logs in with her bot password at her first upload and uploads her project.
        new_participant(qtbot, window, "Ann", "en")
        assert window.windowTitle() == "photowalk — Ann"
        monkeypatch.setattr(LoginDialog, "exec", logging_in(
            qtbot, testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"],
            offered))
        ann_project, ann_titles = upload_project(qtbot, window, tmp_path, "ann", testwiki["TESTWIKI_USER"])
        assert window.windowTitle() == "ann — photowalk — Ann"
        # She logs out: the project closes, her login leaves the window, the start page asks who is next.
        window.participants.act_logout.trigger()
        assert window.session is None and window.upload_view.account is None
        assert window.windowTitle() == "photowalk" and picker.box.currentText() == "choose your name…"

        # Bob, in Tajik, with his own account: the dialog never offers Ann's.
        new_participant(qtbot, window, "Bob", "tg")
        assert window.menu_file.title() == "Лоиҳа" and window.start_page._recent_paths == []
        monkeypatch.setattr(LoginDialog, "exec", logging_in(
            qtbot, testwiki["TESTWIKI_API"], bob_account.bot_user, bob_account.bot_password, offered))
        bob_project, bob_titles = upload_project(qtbot, window, tmp_path, "bob", bob_account.user)
        assert offered == ["", ""]  # a new participant's login starts empty, never with the one before

        # Back to Ann in two clicks: her language, her projects, her account only.
        window.participants.act_switch.trigger()  # closes Bob's project and opens the list
        assert window.session is None
        ann_id = next(p.id for p in read_book().profiles if p.name == "Ann")
        window.participants.picker.box.hidePopup()
        pick(qtbot, window, ann_id)
        qtbot.waitUntil(lambda: window.participants.active_name() == "Ann", timeout=10_000)
        assert window.menu_file.title() == "Project" and window.windowTitle() == "photowalk — Ann"
        assert window.start_page._recent_paths == [str(ann_project)]
        assert window.upload_view.account is None  # Bob's login left with Bob
        # Bob's project is Bob's: opening it asks first; Cancel leaves it closed.
        when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())  # type: ignore[attr-defined]
        assert not window.open_project(bob_project)
        assert window.session is None and window.participants.active_name() == "Ann"
        # Her own project opens without a question, and uploads with her saved login, never Bob's.
        monkeypatch.setattr(LoginDialog, "exec", never_asked)
        assert window.open_project(ann_project)
        window.act_upload.trigger()
        account = window.upload_view.account
        assert account is not None and account.user == testwiki["TESTWIKI_BOTPASSWORD_USER"]
        assert "Earlier files" not in window.upload_view.account_label.text()
        # Opening Bob's project and saying yes switches to Bob, with his login.
        when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
        assert window.open_project(bob_project)
        assert window.participants.active_name() == "Bob" and window.windowTitle() == "bob — photowalk — Bob"
        window.act_upload.trigger()
        account = window.upload_view.account
        assert account is not None and account.user == bob_account.bot_user

        # Each upload recorded its own account, and the wiki agrees.
        assert accounts_of(ann_project) == {testwiki["TESTWIKI_USER"]}
        assert accounts_of(bob_project) == {bob_account.user}
        assert set(uploaders(testwiki, ann_titles).values()) == {testwiki["TESTWIKI_USER"]}
        assert set(uploaders(testwiki, bob_titles).values()) == {bob_account.user}
        # One keyring entry per (wiki, account); the profiles file names the accounts, never a secret.
        assert set(kr.entries) == {(credentials.service_name(api), testwiki["TESTWIKI_BOTPASSWORD_USER"]),
                                   (credentials.service_name(api), bob_account.bot_user)}
        text = profiles_file().read_text(encoding="utf-8")
        assert testwiki["TESTWIKI_BOTPASSWORD"] not in text and bob_account.bot_password not in text
        assert bob_account.bot_user in text

        # The end of the event: everyone out, every secret gone, the thumbnails too; other entries stay.
        kr.entries[("another program", "Ann")] = "not photowalk's"
        assert ThumbnailCache().size_bytes() > 0

        def end(w: QWidget) -> None:
            assert isinstance(w, EndOfEventDialog)
            w.thumbnails.setChecked(True)
            w.end_button.click()

        when_modal(EndOfEventDialog, end)
        window.participants.act_end.trigger()
        assert kr.entries == {("another program", "Ann"): "not photowalk's"}
    assert window.session is None and window.pages.currentWidget() is window.start_page
    assert window.upload_view.account is None and window.windowTitle() == "photowalk"
    assert read_book().active is None and [p.name for p in read_book().profiles] == ["Ann", "Bob"]
    assert ThumbnailCache().size_bytes() == 0 and ann_project.exists() and bob_project.exists()
    # Said in the language of the participant last chosen (Bob's Tajik).
    assert len(shown_errors) == 1 and shown_errors[0].startswith(
        "Паролҳои хориҷшуда: 2. Калидҳои воридшавии хориҷшуда: 0. Иштирокчиёни аз ҳисоб баровардашуда: 2. "
        "Тасвирчаҳои нестшуда: ")


def test_log_out_and_forget_are_in_the_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, memory_keyring_ui: MemoryKeyring, shown_errors: list[str]
) -> None:
    assert window.participants.act_logout in window.menu_upload.actions()
    assert window.participants.act_forget in window.menu_upload.actions()
    assert window.participants.act_end in window.menu_file.actions()
    assert window.participants.act_switch in window.menu_file.actions()
    api = "http://127.0.0.1:9/api.php"
    book = read_book()
    ann, bob = book.add("Ann"), book.add("Bob")
    book.set_account(ann.id, api, "Ann@photowalk")
    book.set_account(bob.id, api, "Bob@photowalk")
    write_book(book)
    credentials.store_password(api, "Ann@photowalk", "ann-password-0123456789abcdefghij")
    credentials.store_password(api, "Bob@photowalk", "bob-password-0123456789abcdefghij")
    window.participants.participants.choose(ann.id)
    assert window.participants.picker.box.currentData() == ann.id
    # Forget: Ann's saved password only; Bob's stays.
    window.participants.act_forget.trigger()
    assert set(memory_keyring_ui.entries) == {(credentials.service_name(api), "Bob@photowalk")}
    assert shown_errors and "removed from the system keyring" in shown_errors[-1]
    window.participants.act_forget.trigger()
    assert "No password or login was saved" in shown_errors[-1]
    window.participants.act_logout.trigger()
    assert read_book().active is None and window.participants.picker.box.currentText() == "choose your name…"


def test_cancelling_the_end_of_event_removes_nothing(
    window: MainWindow, qtbot: QtBot, memory_keyring_ui: MemoryKeyring
) -> None:
    credentials.store_password("http://127.0.0.1:9/api.php", "Ann@photowalk", "ann-password-0123456789abcdefghij")
    when_modal(EndOfEventDialog, lambda w: w.reject())  # type: ignore[attr-defined]
    window.participants.act_end.trigger()
    assert len(memory_keyring_ui.entries) == 1


def test_the_end_of_event_can_forget_the_participants_too(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, memory_keyring_ui: MemoryKeyring, shown_errors: list[str]
) -> None:
    project = tmp_path / "ann.photowalk"
    project.write_bytes(b"")  # a project file of Ann's: it stays where it is
    book = read_book()
    ann = book.add("Ann")
    book.set_account(ann.id, "http://127.0.0.1:9/api.php", "Ann@photowalk")
    book.add_project(ann.id, project)
    bob = book.add("Bob")
    write_book(book)
    window.participants.participants.book = read_book()
    window.participants.picker.set_profiles(window.participants.participants.profiles(), None)
    box = window.participants.picker.box
    assert box.findData(ann.id) >= 0 and box.findData(bob.id) >= 0

    def end(w: QWidget) -> None:
        assert isinstance(w, EndOfEventDialog)
        try:
            assert not w.participants.isChecked()  # asked for, never by default
            w.participants.setChecked(True)
        finally:
            w.end_button.click()  # never left open: a failure here fails the test, not hangs it

    when_modal(EndOfEventDialog, end)
    window.participants.act_end.trigger()
    assert read_book().profiles == [] and not profiles_file().exists() and project.exists()
    assert box.findData(ann.id) < 0 and box.findData(bob.id) < 0
    assert len(shown_errors) == 1 and "Participants forgotten: 2." in shown_errors[0]


@pytest.fixture
def memory_keyring_ui() -> Iterator[MemoryKeyring]:
    with installed_keyring(MemoryKeyring()) as kr:
        assert isinstance(kr, MemoryKeyring)
        yield kr



def test_the_upload_view_says_when_earlier_files_were_sent_by_another_account(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, testwiki: dict[str, str]
) -> None:
    from photowalk.ui.logindialog import Account
    from photowalk.upload.state import UploadRow
    from tests.upload_helpers import make_project

    api = parse_wiki(testwiki["TESTWIKI_API"])
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / f"n{i}.jpg") for i in range(2)])
    with project.open() as store:  # the first photo was sent by another participant
        state.save(store, UploadRow(project.ids[0], api.api_url, UploadState.DONE, title="Earlier.jpg",
                                    outcome="uploaded", url=f"{testwiki['TESTWIKI_URL']}/x", account="Second participant"))
    assert window.open_project(project.path)
    window.upload.set_account(Account(api, testwiki["TESTWIKI_BOTPASSWORD_USER"], "pw"))
    assert ("Earlier files of this project were sent by Second participant; these go as "
            f"{testwiki['TESTWIKI_BOTPASSWORD_USER']} only.") in window.upload_view.account_label.text()
    window.upload.set_account(Account(api, "Second participant@photowalk", "pw"))  # the same account: nothing to say
    assert "Earlier files" not in window.upload_view.account_label.text()


def test_with_participants_but_nobody_chosen_no_saved_login_is_used_unasked(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, memory_keyring_ui: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = "http://127.0.0.1:9/api.php"
    # The last login on this wiki was Ann's, kept; participants share the computer; nobody chose a name.
    credentials.remember_user(api, "Ann@photowalk")
    credentials.store_password(api, "Ann@photowalk", "ann-password-0123456789abcdefghij")
    window.settings.set("wiki", api)
    window.participants.participants.add("Ann", "en")
    window.participants.participants.log_out()
    offered: list[str] = []

    def refuse(dialog: LoginDialog) -> int:
        offered.append(dialog.user.text())
        return 0

    monkeypatch.setattr(LoginDialog, "exec", refuse)
    new_project(window, tmp_path)
    window.act_upload.trigger()
    assert offered == [""] and window.upload_view.account is None  # asked, with no one's name filled in
    assert window.pages.currentWidget() is not window.upload_view
