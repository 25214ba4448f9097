"""The window with hostile cards: names that are not UTF-8, a picture too large to preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from photowalk.pathtext import has_undecodable
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.photomodel import ThumbStateRole
from photowalk.ui.thumbloader import TOO_LARGE
from tests import hostile
from tests.ui.helpers import new_project, wait_import


def test_a_name_that_is_not_utf8_is_shown_with_replacement_characters(
    window: MainWindow, qtbot: QtBot, tmp_path: Path  # noqa: F811
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    hostile.copy_good(card / hostile.legacy_name("Фото", "cp1251"))
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    assert window.session is not None
    model = window.session.model
    assert model.rowCount() == 1
    index = model.index(0, 0)
    label = model.data(index, Qt.ItemDataRole.DisplayRole)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert label == "\ufffd" * 4 + ".jpg"
    assert "\ufffd" * 4 + ".jpg" in tip and not has_undecodable(tip)
    assert "1 photo imported" in window.statusBar().currentMessage()


def test_a_picture_too_large_to_preview_is_not_marked_broken(
    window: MainWindow, qtbot: QtBot, tmp_path: Path  # noqa: F811
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    hostile.huge_png(card / "PANO.png", 9500, 9500)
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    assert window.session is not None
    model = window.session.model
    index = model.index(0, 0)
    model.data(index, Qt.ItemDataRole.DecorationRole)  # asks the loader for the picture
    qtbot.waitUntil(lambda: model.data(index, ThumbStateRole) is not None, timeout=60_000)
    assert model.data(index, ThumbStateRole) == TOO_LARGE
    assert not model.photo(model.ids()[0]).error  # type: ignore[union-attr]
