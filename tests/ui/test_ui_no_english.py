"""No English sentence in a Tajik or Russian window: every screen and dialog a volunteer meets, walked in each
language, with every text it shows (labels, buttons, fields' hints, tooltips, tabs, menus, lists, titles)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from photowalk.ui.logindialog import LoginDialog
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.participants import EndOfEventDialog, NewParticipantDialog
from photowalk.ui.settingsdialog import SettingsDialog
from photowalk.ui.usedialog import UsePhotoDialog
from photowalk.upload.articles import ArticleSettings, OnWiki
from tests.ui.helpers import new_project, wait_import

# Names that stay as they are in every language: the program, the wiki and its pages, licences, formats,
# what the volunteer or the camera wrote, addresses.
ALLOWED = re.compile(
    r"https?://\S+|(?<![\w])/[^\s—]*|\bEnglish\b|\S+\.(?:jpe?g|png|heic|nef|mp4|photowalk|toml|txt|csv)\b|Special:\w+|\{\{[^}]*\}\}"
    r"|Wikimedia Commons|Commons|photowalk|Photowalk|OpenStreetMap|Upload Wizard|CC BY(?:-SA)? \d\.\d|CC0"
    r"|Name@photowalk|User@AppName|[\w.-]+@[\w.-]+|“[^”]*”|«[^»]*»|'[^']*'|\([^()]*[A-Za-z]{3}[^()]*\)"
    r"|\b[0-9a-f]{7,40}\b",  # a commit (the build's name in About), letters only now and then
    re.IGNORECASE,
)
ENGLISH = re.compile(r"\b[A-Za-z][a-z']+(?:[ ,;:-]+[A-Za-z][a-z']+)+\b|^[A-Z][a-z]{2,}\b[^A-Za-z]*$")


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a volunteer may read in this widget and its children."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow():
            yield name + ".windowTitle", w.windowTitle()
        if w.toolTip():
            yield name + ".toolTip", w.toolTip()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, QPlainTextEdit):
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}[{i}]", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
        elif isinstance(w, (QListView, QTableView)) and w.model() is not None:
            model = w.model()
            columns = model.columnCount(QModelIndex()) if isinstance(w, QTableView) else 1
            for r in range(min(model.rowCount(QModelIndex()), 40)):
                for c in range(columns):
                    yield f"{name}[{r},{c}]", str(model.index(r, c).data() or "")
            if isinstance(w, QTableView):
                for c in range(columns):
                    yield f"{name}.header{c}", str(model.headerData(c, w.horizontalHeader().orientation()) or "")
    for action in root.findChildren(QAction):
        yield f"QAction:{action.text()}", action.text()
        yield f"QAction:{action.text()}.toolTip", action.toolTip()


def english_in(text: str) -> str | None:
    """The first run of English words in a text (names and what the volunteer wrote left out), or None."""
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    plain = ALLOWED.sub(" ", plain)
    found = ENGLISH.search(plain.strip())
    return found.group(0) if found else None


class Seen:
    """English found on the screens walked so far."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def look(self, screen: str, root: QWidget) -> None:
        QApplication.processEvents()
        for where, text in texts_of(root):
            english = english_in(text)
            if english:
                self.found.setdefault(text, f"{screen} / {where}: {english!r}")


def modal(qtbot: QtBot, seen: Seen, screen: str, open_it: Callable[[], object]) -> None:
    """Open a modal dialog, read it once it shows, close it."""
    done: list[bool] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, read)
            return
        seen.look(screen, box)
        done.append(True)
        box.close()
        if isinstance(box, QDialog):
            box.reject()

    QTimer.singleShot(50, read)
    open_it()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


@pytest.mark.parametrize("language", ["tg", "ru"])
def test_no_english_sentence_in_any_screen_or_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, testwiki: dict[str, str],
    monkeypatch: pytest.MonkeyPatch, language: str,
) -> None:
    seen = Seen()
    window.set_language(language)
    # Start page, with a recent project that is gone.
    gone = new_project(window, tmp_path, "gone")
    window.close_project()  # type: ignore[attr-defined]
    gone.unlink()
    window.start_page.set_recent(window.settings.get("recent"))
    seen.look("start page", window)

    # A project of a mixed card: good photos, HEIC, RAW, a video, a damaged file.
    card = tmp_path / "card"
    card.mkdir()
    for rel in ("cameras/DSCN0138.JPG", "gps/elephants.jpg", "other-formats/IMG_2682.heic",
                "other-formats/Nikon.nef", "other-formats/with-gps.mp4",
                "broken/2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg"):
        shutil.copy(photos_dir / rel, card / Path(rel).name)
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    model = window.session.model  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(model.problems(i) is not None for i in model.ids()), timeout=10_000)
    seen.look("grid", window)
    for pid in model.ids():
        window.select_ids([pid])
        seen.look("editor", window)
    window.select_ids(model.ids())
    seen.look("editor, all photos", window)
    window.side.setCurrentWidget(window.checks)
    window.checks.next_problem()
    seen.look("problems", window)
    window.checks.set_scope("selected")
    seen.look("problems of the selected photos", window)

    modal(qtbot, seen, "help", window.show_help)
    modal(qtbot, seen, "about", window.show_about)
    modal(qtbot, seen, "remove photos", window.remove_selected)
    dialog = SettingsDialog(window.settings, window)
    dialog.show()
    seen.look("settings", dialog)
    dialog.close()
    guide = window.show_guide()
    seen.look("first steps guide", guide)
    for _page in guide.pages[1:]:
        guide.next()
    seen.look("first steps guide, last page", guide)
    guide.close()
    for name, show in (("fix camera clock", window.show_clock_dialog),
                       ("geotag from a GPX track", lambda: window.show_geotag_dialog(phone_only=False)),
                       ("place from phone photos", lambda: window.show_geotag_dialog(phone_only=True))):
        shown = show()
        assert shown is not None
        seen.look(name, shown)
        shown.close()
    for name, shared in (("new participant", NewParticipantDialog(language, window)),
                         ("end of event", EndOfEventDialog(window))):
        shared.show()
        seen.look(name, shared)
        shared.close()
    files = QFileDialog(window, "", str(tmp_path))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setNameFilter(window.tr("photowalk projects (*.photowalk)"))
    files.show()
    seen.look("file dialog", files)
    files.close()

    login = LoginDialog(testwiki["TESTWIKI_API"], window)
    login.show()
    seen.look("login", login)
    login.user.setText(testwiki["TESTWIKI_BOTPASSWORD_USER"])
    login.password.setText("not-the-password")
    login.login_button.click()
    qtbot.waitUntil(login.login_button.isEnabled, timeout=60_000)
    seen.look("login after a wrong password", login)
    login.close()

    # "Use this photo in articles", with the articles' wiki out of reach.
    use = UsePhotoDialog(model.photo(model.ids()[0]), OnWiki("Боғ.jpg", testwiki["TESTWIKI_API"]),  # type: ignore[arg-type]
                         ArticleSettings(articles_api="http://127.0.0.1:9/api.php"), window)
    use.show()
    qtbot.waitUntil(lambda: not use.busy.isVisible(), timeout=20_000)
    seen.look("use this photo, offline", use)
    use.close()

    window.notice_bar.show_waiting(3)  # as on opening a project whose upload stopped part way
    seen.look("notice of an interrupted upload", window)
    window.pages.setCurrentWidget(window.upload_view)
    seen.look("upload view", window)
    assert seen.found == {}, "\n".join(sorted(f"{where}\n    in: {text!r}" for text, where in seen.found.items()))
