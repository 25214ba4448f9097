"""The window on every system: its version and build, the optional update check, Tajik letters in its font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk import __version__
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.settingsdialog import SettingsDialog
from photowalk.updates import URL_ENV, WEEK
from photowalk.version import build_name
from tests.index_server import index_server

ANSWER = (Path(__file__).resolve().parents[1] / "data" / "pypi-photowalk.json").read_bytes()
TAJIK = "ҒғӢӣҚқӮӯҲҳҶҷ"


def test_about_names_the_version_and_the_build(window: MainWindow) -> None:
    text = window.about_text()
    assert f"photowalk {__version__}\n" in text and text.endswith(f"\nBuild: {build_name()}")
    assert build_name().startswith("source ")  # the suite runs from a checkout: its commit


def test_the_update_check_is_off_until_chosen_in_settings(window: MainWindow, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with index_server(ANSWER) as index:
        monkeypatch.setenv(URL_ENV, index.url)
        assert window.settings.get("update_check") is False
        assert not window.check_for_update()
        dialog = SettingsDialog(window.settings, window)
        qtbot.addWidget(dialog)
        assert not dialog.update_check.isChecked()
        dialog.update_check.setChecked(True)
        dialog.accept()
        assert window.check_for_update(now=2_000_000_000)
        qtbot.waitUntil(lambda: window.update_label.isVisible(), timeout=10_000)
        assert index.requests == ["/pypi/photowalk/json"]
        assert "photowalk 0.2.0 is out" in window.update_label.text()
        assert 'href="https://pypi.org/project/photowalk/0.2.0/"' in window.update_label.text()
        assert window.settings.get("update_checked_at") == 2_000_000_000
        assert not window.check_for_update(now=2_000_000_000 + WEEK - 60)  # once a week at most
        assert window.check_for_update(now=2_000_000_000 + WEEK)
        qtbot.waitUntil(lambda: len(index.requests) == 2, timeout=10_000)


def test_offline_the_check_is_tried_again_at_the_next_start(window: MainWindow, qtbot: QtBot,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with index_server(b"gateway down", status=502) as index:
        monkeypatch.setenv(URL_ENV, index.url)
        window.settings.set("update_check", True)
        assert window.check_for_update(now=2_000_000_000)
        worker = window._update_worker
        assert worker is not None
        qtbot.waitUntil(lambda: worker.done, timeout=10_000)
    assert window.settings.get("update_checked_at") == 0 and not window.update_label.isVisible()


def test_tajik_letters_are_in_the_default_ui_font(window: MainWindow) -> None:
    """Qt's own font for the window draws ғ ӣ қ ӯ ҳ ҷ itself (no fallback to boxes or another font)."""
    font = QApplication.font()
    family = QFontInfo(font).family()
    raw = QRawFont.fromFont(font)
    assert raw.isValid(), family
    missing = [c for c in TAJIK if not raw.supportsCharacter(ord(c))]
    assert not missing, (family, missing)
    assert all(QFontMetrics(window.font()).inFontUcs4(ord(c)) for c in TAJIK)
    assert QFontDatabase.WritingSystem.Cyrillic in QFontDatabase.writingSystems(family)


def test_the_import_dialog_opens_where_the_last_import_was_when_no_card_is_in(window: MainWindow, tmp_path: Path) -> None:
    # No volume of this machine has a DCIM folder at its top (its root file system is not looked into).
    window.settings.set("last_folder", str(tmp_path))
    assert window.import_start_folder() == str(tmp_path)
