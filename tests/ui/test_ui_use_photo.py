""""Use this photo…": the wikitext copied to the clipboard, and the suggestions read in the background —
a wiki that cannot be reached, or answers slowly, never holds the window."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk import edits
from photowalk.__main__ import main
from photowalk.depicts import DepictedItem
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settings import Settings
from photowalk.ui.usedialog import UsePhotoDialog
from photowalk.upload.articles import KEY_ARTICLES_API, ArticleSettings, OnWiki, on_wiki
from tests.upload_helpers import make_project, noise_jpeg

REFUSED = "http://127.0.0.1:9/api.php"  # port 9 on loopback refuses at once
LEFT = Qt.MouseButton.LeftButton


def photo(**fields: Any) -> Photo:
    return Photo(id=5, path="DCIM/IMG_0005.JPG", sha1="x", size=1, mtime=0.0, kind=FileKind.JPEG,
                 camera=CameraData(lat=38.5598, lon=68.787), **fields)


def dialog(qtbot: QtBot, settings: ArticleSettings, **fields: Any) -> UsePhotoDialog:
    d = UsePhotoDialog(photo(**fields), OnWiki("Rudaki Park 05.jpg", "http://127.0.0.1:9/api.php"), settings)
    qtbot.addWidget(d)
    d.show()
    return d


def test_copy_puts_the_wikitext_on_the_clipboard(qtbot: QtBot) -> None:
    d = dialog(qtbot, ArticleSettings(articles_api=REFUSED),
               captions={"tg": "Боғи Рӯдакӣ ]] {{", "en": "Rudaki Park"}, descriptions={"ru": "Парк Рудаки. Душанбе."})
    assert [d.lang.itemData(i) for i in range(d.lang.count())] == ["tg", "en", "ru"]
    thumb = "[[File:Rudaki Park 05.jpg|thumb|Боғи Рӯдакӣ &#93;&#93; &#123;&#123;]]"
    assert d.fields["thumb"].text() == thumb
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(d.copy_buttons["thumb"], LEFT)
    assert QGuiApplication.clipboard().text() == thumb
    qtbot.mouseClick(d.copy_buttons["infobox"], LEFT)
    assert QGuiApplication.clipboard().text() == "Rudaki Park 05.jpg"
    # Another language: its caption, or the first sentence of its description, said so.
    d.lang.setCurrentIndex(2)
    assert d.fields["thumb"].text() == "[[File:Rudaki Park 05.jpg|thumb|Парк Рудаки.]]"
    assert d.caption_note.isVisible() and "description" in d.caption_note.text()
    qtbot.mouseClick(d.copy_buttons["gallery"], LEFT)
    assert QGuiApplication.clipboard().text() == "File:Rudaki Park 05.jpg|Парк Рудаки."


def test_an_unreachable_wiki_is_one_clear_line_and_the_wikitext_stays(qtbot: QtBot) -> None:
    d = dialog(qtbot, ArticleSettings(articles_api=REFUSED), captions={"tg": "Боғ"})
    qtbot.waitUntil(lambda: not d.busy.isVisible(), timeout=20_000)
    assert d.status.text().startswith("127.0.0.1:9 is not reachable (connection lost or refused), so no articles can "
                                      "be suggested now.")
    assert d.articles.topLevelItemCount() == 0 and d.search_button.isVisible()
    assert d.fields["thumb"].text() == "[[File:Rudaki Park 05.jpg|thumb|Боғ]]"
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMessageBox")]


def test_a_slow_wiki_does_not_hold_the_window_and_cancel_drops_its_answer(
    qtbot: QtBot, testwiki: dict[str, str], wiki_fault: Any,
) -> None:
    wiki_fault("sleep 3 1")  # the next request (the dialog's first) waits 3 s
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    api = testwiki["TESTWIKI_API"]
    d = dialog(qtbot, ArticleSettings(articles_api=api, upload_api=api), depicts=[DepictedItem("Q1")])
    assert d.busy.isVisible() and d.cancel_button.isVisible()
    assert d.status.text() == f"Looking for articles on {testwiki['TESTWIKI_HOST']}…"
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2_500)  # the event loop runs while the wiki is silent
    assert d.busy.isVisible()
    late = d.worker
    assert late is not None
    qtbot.mouseClick(d.cancel_button, LEFT)
    assert not d.busy.isVisible() and d.status.text().startswith("Stopped.")
    qtbot.waitUntil(lambda: late.done, timeout=20_000)  # the wiki's late answer comes, and is not shown
    assert d.status.text().startswith("Stopped.") and d.articles.topLevelItemCount() == 0
    # Asked again, the test wiki answers: what it cannot tell is said, nothing is listed.
    qtbot.mouseClick(d.search_button, LEFT)
    qtbot.waitUntil(lambda: not d.busy.isVisible(), timeout=20_000)
    host = testwiki["TESTWIKI_HOST"]
    assert d.status.text().splitlines() == [
        f"No articles found on {host}.",
        f"{host} cannot answer list=geosearch (the extension is not installed there).",
        f"{host} cannot answer wbgetentities (the extension is not installed there).",
    ]
    timer.stop()


def test_from_the_editor_of_an_uploaded_photo(
    window: MainWindow, qtbot: QtBot, testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[str], ui_settings: Settings,
) -> None:
    ui_settings.set("wiki", testwiki["TESTWIKI_API"])  # the badges and the editor follow uploads to this wiki
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "a.jpg", gps=True),
                                      noise_jpeg(tmp_path / "src" / "b.jpg")])
    first = next(pid for pid, f in project.files.items() if f.name == "a.jpg")
    second = next(pid for pid in project.ids if pid != first)
    monkeypatch.setattr("sys.stdin", io.StringIO(testwiki["TESTWIKI_BOTPASSWORD"] + "\n"))
    assert main(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"], "--photo", str(first),
                 "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"]) == 0
    with project.open() as store:
        edits.set_caption(store, [first], "tg", "Фаввора")
        store.set_setting(KEY_ARTICLES_API, REFUSED)
        there = on_wiki(store, first)
    assert there is not None
    name = there.title
    assert window.open_project(project.path)
    window.select_ids([second])
    assert not window.editor.use_button.isVisible()  # not on the wiki
    window.use_photo()
    assert shown_errors == [f"Photo {second} is not on the wiki yet: upload it first, then it can be used in articles."]
    window.select_ids([first])
    qtbot.waitUntil(lambda: window.editor.use_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(window.editor.use_button, LEFT)
    d = window.findChild(UsePhotoDialog)
    assert d is not None and d.isVisible()
    assert d.fields["thumb"].text() == f"[[File:{name}|thumb|Фаввора]]"
    qtbot.waitUntil(lambda: not d.busy.isVisible(), timeout=20_000)
    assert "127.0.0.1:9 is not reachable" in d.status.text()
    opened: list[QUrl] = []
    d.open_url = opened.append
    d.open_current()  # nothing listed, nothing opened
    assert opened == []
    d.close()
