"""The window on a small laptop screen: it fits the screen's free area, hints are whole, Settings says what is real."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk.ui.app import build_window
from photowalk.ui.i18n import Translators
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settings import Settings
from photowalk.ui.settingsdialog import SettingsDialog
from photowalk.upload.settings import MAX_CONCURRENCY
from photowalk.upload.wiki import COMMONS_API
from tests.ui.helpers import new_project


def fits(window: MainWindow) -> bool:
    free = window.screen().availableGeometry()
    return free.contains(window.frameGeometry())


def test_the_window_fits_the_free_area_of_the_screen(qtbot: QtBot, ui_settings: Settings, translators: Translators,
                                                      tmp_path: Path) -> None:
    free = QApplication.primaryScreen().availableGeometry()
    assert free.height() < 780 + 32 or free.width() < 1200  # a screen smaller than the window wanted
    window = build_window(ui_settings, translators)  # first start: no size kept from before
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: fits(window), timeout=2000)
    assert window.statusBar().isVisible() and free.contains(window.statusBar().mapToGlobal(
        window.statusBar().rect().bottomRight()))
    window.close()
    # A size kept from a larger screen is made to fit this one.
    big = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    kept = Settings(big)
    other = build_window(kept, translators)
    other.setGeometry(0, 0, 1900, 1150)
    kept.set_window_state("geometry", other.saveGeometry())
    other.deleteLater()
    again = build_window(kept, translators)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: fits(again), timeout=2000)
    assert isinstance(kept.window_state("geometry"), QByteArray)


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_the_search_hint_is_whole_in_every_language(window: MainWindow, tmp_path: Path, language: str) -> None:
    new_project(window, tmp_path)
    window.resize(1366, 740)
    window.set_language(language)
    QApplication.processEvents()
    search = window.search
    hint = search.placeholderText()
    assert hint and search.isVisible()
    assert search.fontMetrics().horizontalAdvance(hint) + 40 <= search.width(), (hint, search.width())


def test_settings_name_the_wiki_and_offer_only_the_uploads_the_engine_runs(
    qtbot: QtBot, ui_settings: Settings, testwiki: dict[str, str]
) -> None:
    dialog = SettingsDialog(ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.wiki.currentText() == "Wikimedia Commons" and dialog.wiki.toolTip() == COMMONS_API
    assert (dialog.concurrency.minimum(), dialog.concurrency.maximum()) == (1, MAX_CONCURRENCY) == (1, 3)
    api = testwiki["TESTWIKI_API"]
    ui_settings.set("wiki", api)
    ui_settings.set("upload_concurrency", 4)  # kept by an older version that offered 4
    dialog = SettingsDialog(ui_settings)
    qtbot.addWidget(dialog)
    host = api.split("/")[2]
    assert dialog.wiki.currentText() == host and dialog.wiki.toolTip() == api
    assert dialog.concurrency.value() == 3
    dialog.accept()
    assert ui_settings.get("wiki") == api and ui_settings.get("upload_concurrency") == 3
    # Commons chosen again by its name; another wiki by its API address typed.
    dialog = SettingsDialog(ui_settings)
    qtbot.addWidget(dialog)
    dialog.wiki.setCurrentIndex(0)
    dialog.accept()
    assert ui_settings.get("wiki") == COMMONS_API
    dialog = SettingsDialog(ui_settings)
    qtbot.addWidget(dialog)
    dialog.wiki.setEditText(api)
    dialog.accept()
    assert ui_settings.get("wiki") == api


@pytest.mark.parametrize("language", ["en", "tg"])
def test_every_action_names_its_shortcut_in_its_tooltip(window: MainWindow, tmp_path: Path, language: str) -> None:
    new_project(window, tmp_path)
    window.set_language(language)
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert {window.act_upload, window.act_import, window.act_new, window.act_undo, window.checks.act_next} <= set(with_keys)
    for action in with_keys:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys in action.toolTip(), (action.text(), action.toolTip())
        assert action.toolTip().count(keys) == 1
    # The tooltip is in the language of the moment, not the one before.
    assert window.act_open.toolTip().startswith(window.act_open.text().replace("&", "").rstrip("…"))
    assert window.checks.act_next.toolTip() != window.checks.act_next.text() + " (F8)"  # its own, longer tip


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_the_problems_scope_choices_are_whole_in_every_language(window: MainWindow, tmp_path: Path, language: str) -> None:
    new_project(window, tmp_path)
    window.resize(1366, 740)
    window.set_language(language)
    panel = window.checks
    tabs = panel.parentWidget().parentWidget()  # type: ignore[union-attr]
    tabs.setCurrentIndex(tabs.indexOf(panel))  # type: ignore[union-attr]
    QApplication.processEvents()
    for choice in (panel.scope_all, panel.scope_selected):
        assert choice.isVisible() and choice.width() >= choice.sizeHint().width(), (choice.text(), choice.width())
