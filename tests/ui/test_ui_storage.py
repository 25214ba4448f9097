"""The window and the project file: other programs' changes shown, failures said once, copies complete."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from photowalk.errors import FileReadError
from photowalk.project import ProjectStore
from photowalk.ui import session as session_module
from photowalk.ui.errors import open_error_dialogs, show_error
from photowalk.ui.mainwindow import MainWindow
from tests.ui.helpers import new_project, type_text, wait_import

REPO = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "photowalk", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


@pytest.fixture
def gps_walk(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> MainWindow:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    return window


def close_dialogs() -> None:
    for box in open_error_dialogs():
        box.done(0)


def test_the_same_failure_again_counts_in_one_dialog(qtbot: QtBot, translators: object) -> None:
    close_dialogs()
    for _ in range(5):
        show_error(None, FileReadError(path="a.jpg", reason="permission denied"))
    show_error(None, FileReadError(path="b.jpg", reason="permission denied"))
    boxes = open_error_dialogs()
    try:
        assert [b.text() for b in boxes] == ["a.jpg could not be read: permission denied",
                                            "b.jpg could not be read: permission denied"]
        assert "5 times" in boxes[0].informativeText()
    finally:
        close_dialogs()
    assert open_error_dialogs() == []


def test_a_command_line_edit_shows_in_the_open_window(gps_walk: MainWindow, qtbot: QtBot) -> None:
    session = gps_walk.session
    assert session is not None
    pid = session.model.ids()[3]
    gps_walk.select_ids([pid])
    out = cli("edit", "--photo", str(pid), "--description", "ru=Парк Рудаки", "--category", "Rudaki Park",
              "--project", str(session.path))
    assert out.returncode == 0, out.stderr
    qtbot.waitUntil(lambda: session.model.photo(pid).descriptions.get("ru") == "Парк Рудаки", timeout=5000)  # type: ignore[union-attr]
    editor = gps_walk.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "ru" in editor.rows and editor.rows["ru"].text.toPlainText() == "Парк Рудаки",
                    timeout=5000)
    assert editor.photos[0].categories == ["Rudaki Park"]


def test_typing_is_kept_when_another_program_changes_the_same_photo(gps_walk: MainWindow, qtbot: QtBot) -> None:
    session = gps_walk.session
    assert session is not None
    pid = session.model.ids()[5]
    gps_walk.select_ids([pid])
    editor = gps_walk.editor  # type: ignore[attr-defined]
    box = editor.rows["tg"].text
    box.setFocus()
    type_text(box, "Фаввора")  # not yet saved: the editor waits for a pause in typing
    out = cli("edit", "--photo", str(pid), "--category", "Fountains in Dushanbe", "--project", str(session.path))
    assert out.returncode == 0, out.stderr
    session.poll_changes()
    with ProjectStore.open(session.path) as store:
        photo = store.photo(pid)
    assert photo.descriptions.get("tg") == "Фаввора" and photo.categories == ["Fountains in Dushanbe"]
    assert editor.rows["tg"].text.toPlainText() == "Фаввора"
    assert editor.photos[0].categories == ["Fountains in Dushanbe"]


def test_a_damaged_project_file_stops_saving_with_one_message(gps_walk: MainWindow, qtbot: QtBot) -> None:
    session = gps_walk.session
    assert session is not None
    session.checkpoint()
    # Another program cuts the file short (a card pulled out, a sync tool gone wrong), then writes to it.
    subprocess.run(["truncate", "-s", "8192", str(session.path)], check=True)
    other = sqlite3.connect(session.path)
    try:
        other.execute("INSERT INTO settings VALUES ('x', '1')")
        other.commit()
    except sqlite3.DatabaseError:
        pass
    other.close()
    # Whether the other program's write got through or not, the window's next read meets the damage.
    session.refresh(session.model.ids())
    qtbot.waitUntil(lambda: session.failure is not None, timeout=5000)
    try:
        assert gps_walk.notice_bar.isVisible() and gps_walk.notice_bar.reopen.isVisible()
        assert "saves nothing more until the project is opened again" in gps_walk.notice_bar.label.text()
        assert not gps_walk.editor.isEnabled() and not gps_walk.act_import.isEnabled()  # type: ignore[attr-defined]
        assert not gps_walk.act_upload.isEnabled()
        # More attempts (the watch, edits, the checks) add no dialog.
        gps_walk.select_ids(session.model.ids()[:2])
        session.refresh(session.model.ids())
        qtbot.wait(1500)
        boxes = open_error_dialogs()
        assert len(boxes) == 1 and boxes[0].icon() == QMessageBox.Icon.Warning
    finally:
        close_dialogs()


def test_after_a_quiet_moment_the_project_file_alone_has_every_edit(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_module, "CHECKPOINT_QUIET_MS", 300)
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    session = window.session
    assert session is not None
    editor = window.editor  # type: ignore[attr-defined]
    ids = session.model.ids()
    for n, pid in enumerate(ids):
        window.select_ids([pid])
        editor.rows["tg"].text.setPlainText(f"Тавсиф {n}")
        editor.commit_pending()
    qtbot.wait(1000)
    copy = tmp_path / "copy.photowalk"
    subprocess.run(["cp", str(session.path), str(copy)], check=True)  # the .photowalk file alone
    with ProjectStore.open(copy) as store:
        assert sorted(p.descriptions.get("tg") for p in store.photos()) == sorted(f"Тавсиф {n}" for n in range(len(ids)))


def test_save_a_copy_writes_the_whole_project(gps_walk: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    session = gps_walk.session
    assert session is not None
    pid = session.model.ids()[0]
    gps_walk.select_ids([pid])
    gps_walk.editor.rows["tg"].text.setPlainText("Нусха")  # type: ignore[attr-defined]
    gps_walk.editor.commit_pending()  # type: ignore[attr-defined]
    target = tmp_path / "sent" / "walk copy.photowalk"
    target.parent.mkdir()
    gps_walk.save_copy(target)
    qtbot.waitUntil(lambda: "Copy saved" in gps_walk.statusBar().currentMessage(), timeout=10_000)
    with ProjectStore.open(target) as store:
        assert store.photo(pid).descriptions["tg"] == "Нусха" and store.count() == 20


def test_a_project_on_a_stick_says_so_and_reaches_the_stick(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PHOTOWALK_SAFE_MODE", "1")
    path = new_project(window, tmp_path)
    assert window.session is not None and window.session.store.safe_mode
    assert window.notice_bar.isVisible() and "memory stick" in window.notice_bar.label.text()
    window.session.store.set_setting("author", "Alice")
    window.close_project()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM settings WHERE key='author'").fetchone() == ('"Alice"',)
    conn.close()
