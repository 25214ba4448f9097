"""Event presets in the window: a new project from one, photos imported into it, and applying one
to an open project; all in the core's one order (settings, the volunteer's values, then the fill)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from photowalk.projectsettings import read_settings
from photowalk.ui.mainwindow import MainWindow
from tests.ui.helpers import new_project, type_text, wait_import
from tests.ui.test_ui_editor import editor, stored

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "presets" / "example-photowalk.toml"
PREFIX = "Сайругашти аксбардорӣ дар Душанбе: "
PATTERN = "{description} - {place} {date} {n:2}"


def categorised(window: MainWindow) -> bool:
    photos = stored(window).values()
    return bool(photos) and all(p.categories == ["Dushanbe", "Photowalks in Tajikistan"] for p in photos)  # type: ignore[attr-defined]


def test_new_project_from_a_preset_follows_it_at_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.settings.set("licence", "cc-zero")  # the app's default for new projects
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "walk"), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(photos_dir / "gps"))
    window.act_preset.trigger()
    assert window.import_job is not None
    wait_import(qtbot, window.import_job)
    assert window.session is not None
    settings = read_settings(window.session.store)
    assert (settings.licence, settings.title_pattern, settings.preset_file) == ("cc-by-sa-4.0", PATTERN, str(EXAMPLE))
    # The editor offers the preset's pattern now, not after the project is opened again.
    assert editor(window).pattern.text() == PATTERN
    qtbot.waitUntil(lambda: categorised(window), timeout=10_000)  # the import filled the new photos

    pid = window.session.proxy.id_at(0)
    window.select_ids([pid])
    box = editor(window).rows["tg"].text
    box.setFocus()
    type_text(box, "Фаввора")
    editor(window).commit_pending()
    assert stored(window)[pid].descriptions == {"tg": PREFIX + "Фаввора"}  # type: ignore[attr-defined]
    assert box.toPlainText() == PREFIX + "Фаввора"  # the field shows what is stored
    type_text(box, " дар боғ")
    editor(window).commit_pending()
    assert stored(window)[pid].descriptions == {"tg": PREFIX + "Фаввора дар боғ"}  # type: ignore[attr-defined]
    assert "{{tg|1=" + PREFIX + "Фаввора дар боғ}}" in window.page_text.text.toPlainText()  # type: ignore[attr-defined]
    editor(window).apply_pattern()
    assert stored(window)[pid].title.startswith("Фаввора дар боғ - Dushanbe ")  # type: ignore[attr-defined]


def test_apply_event_preset_to_an_open_project(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    assert window.session is not None
    ids = window.session.model.ids()
    window.select_ids(ids[:2])
    type_text(editor(window).rows["tg"].text, "Бозор")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Apply.value)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE), ""))
    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.act_apply_preset.isEnabled()
    window.act_apply_preset.trigger()
    (text,) = asked
    assert "Dushanbe photowalk, May 2025" in text
    assert "categories on 20 photos" in text and "prefix before 2 descriptions" in text
    assert "titles for 2 photos" in text and "Photos imported later" in text
    qtbot.waitUntil(lambda: categorised(window), timeout=10_000)
    photos = stored(window)
    assert [photos[i].descriptions["tg"] for i in ids[:2]] == [PREFIX + "Бозор"] * 2  # type: ignore[attr-defined]
    assert all(photos[i].title for i in ids[:2])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor(window).pattern.text() == PATTERN, timeout=5000)
    # Photos imported later are filled from it too.
    wait_import(qtbot, window.import_sources([photos_dir / "orientation"]))
    qtbot.waitUntil(lambda: categorised(window), timeout=10_000)
