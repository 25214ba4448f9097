"""Event presets in the window: a new project from one, photos imported into it, and applying one
to an open project; all in the core's one order (settings, the volunteer's values, then the fill)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from photowalk.projectsettings import read_settings, update_settings
from photowalk.ui.logindialog import Account
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.presetdialog import PresetDialog
from photowalk.ui.settingsdialog import SettingsDialog
from photowalk.upload.wiki import COMMONS_API, parse_wiki
from photowalk.wikiaddress import TEST_WIKIPEDIA_API
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

    def answer(dialog: PresetDialog) -> int:
        asked.append(dialog.text())
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE), ""))
    monkeypatch.setattr(PresetDialog, "exec", answer)
    assert window.act_apply_preset.isEnabled()
    with qtbot.waitSignal(window.preset_flow.applied, timeout=10_000):
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


def _run_preset(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path, accept: bool) -> str:
    """Apply event preset… with this file; the preview's text, answered Apply (waiting for it) or Cancel."""
    shown: list[str] = []

    def answer(dialog: PresetDialog) -> int:
        shown.append(dialog.text())
        return int((QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected).value)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(PresetDialog, "exec", answer)
    if accept:
        with qtbot.waitSignal(window.preset_flow.applied, timeout=10_000):
            window.act_apply_preset.trigger()
    else:
        with qtbot.waitSignal(window.preset_flow.previewed, timeout=10_000):
            window.act_apply_preset.trigger()
    (text,) = shown
    return text


def test_practice_round_then_real_round_one_undo_step_each(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch,
    testwiki: dict[str, str],
) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    assert window.session is not None
    session = window.session
    practice = tmp_path / "practice.toml"
    practice.write_text(f'''
        name = "WLTJ practice"
        wiki = "{testwiki["TESTWIKI_API"]}"
        hashtag = "#WLTJ2025"
        tracking_category = "WLTJ 2025 practice"
        categories = ["Dushanbe"]
        gallery_title = "Practice round"
    ''', encoding="utf-8")
    real = tmp_path / "real.toml"
    real.write_text('name = "WLTJ"\nwiki = "commons"\nhashtag = "#WLTJ2025"\ntracking_category = "WLTJ 2025"\n',
                    encoding="utf-8")
    host = parse_wiki(testwiki["TESTWIKI_API"]).host
    before = (repr(session.store.photos()), read_settings(session.store))
    depth = session.undo.count()

    # Cancel changes nothing.
    text = _run_preset(window, qtbot, monkeypatch, practice, accept=False)
    assert f"Uploads go to {host} instead of Wikimedia Commons" in text
    assert "categories on 20 photos" in text and "[[Category:WLTJ 2025 practice]]" in text and "#WLTJ2025" in text
    assert "gallery title" in text
    assert (repr(session.store.photos()), read_settings(session.store)) == before and session.undo.count() == depth

    # Apply: one undo step; the upload goes to the practice wiki, and the upload view says so.
    _run_preset(window, qtbot, monkeypatch, practice, accept=True)
    assert session.undo.count() == depth + 1
    assert read_settings(session.store).wiki == window.upload.api_url() == testwiki["TESTWIKI_API"]
    assert all("Dushanbe" in p.categories for p in session.model.photos())
    account = Account(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"],
                      testwiki["TESTWIKI_BOTPASSWORD"])
    window.upload_view.set_account(account)
    assert f"Uploading to {host} as " in window.upload_view.account_label.text()

    # The real round: Commons; the practice wiki's account is not used there.
    text = _run_preset(window, qtbot, monkeypatch, real, accept=True)
    assert f"Uploads go to Wikimedia Commons instead of {host}" in text
    assert window.upload.api_url() == COMMONS_API
    assert window.upload_view.account is None  # no account is kept for Commons here: the view still names the wiki
    assert window.upload_view.account_label.text() == "Not logged in. This project uploads to Wikimedia Commons."

    # Undo takes each preset back as one step; redo makes it again.
    window.act_undo.trigger()
    assert read_settings(session.store).wiki == window.upload.api_url() == testwiki["TESTWIKI_API"]
    window.act_undo.trigger()
    assert (repr(session.store.photos()), read_settings(session.store)) == before
    assert not any("Dushanbe" in p.categories for p in session.model.photos())
    window.act_redo.trigger()
    assert read_settings(session.store).tracking_categories == ("WLTJ 2025 practice",)
    assert all("Dushanbe" in p.categories for p in session.model.photos())


def test_the_projects_wiki_is_one_setting(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_project(window, tmp_path)
    assert window.session is not None
    store = window.session.store
    seen: list[str] = []

    def choose(wiki: str) -> Callable[[SettingsDialog], int]:
        def run(dialog: SettingsDialog) -> int:
            seen.append(dialog.wiki.api_text())
            dialog.wiki.setEditText(wiki)
            dialog.accept()
            return 1
        return run

    # A project that names no wiki: the Settings dialog's wiki is the app's, as before.
    monkeypatch.setattr(SettingsDialog, "exec", choose("test.wikipedia"))
    window.act_settings.trigger()
    assert (seen[-1], window.settings.get("wiki"), read_settings(store).wiki) == (COMMONS_API, "test.wikipedia", None)
    window.settings.set("wiki", COMMONS_API)
    # A project whose preset named the practice wiki: the dialog shows it, and switching it is the project's.
    update_settings(store, wiki=TEST_WIKIPEDIA_API)
    window.session.settings_changed.emit()
    assert window.upload.api_url() == TEST_WIKIPEDIA_API
    monkeypatch.setattr(SettingsDialog, "exec", choose("commons"))
    window.act_settings.trigger()
    assert seen[-1] == TEST_WIKIPEDIA_API
    assert read_settings(store).wiki == window.upload.api_url() == COMMONS_API
    assert window.settings.get("wiki") == COMMONS_API
    # Not an address: the project keeps its wiki.
    monkeypatch.setattr(SettingsDialog, "exec", choose("not a wiki"))
    window.act_settings.trigger()
    assert read_settings(store).wiki == COMMONS_API


def test_a_caption_first_written_gets_the_events_prefix_and_shows_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    assert window.session is not None
    update_settings(window.session.store, languages=["tg"], caption_prefix={"tg": "WLTJ: "})
    window.session.settings_changed.emit()
    pid = window.session.proxy.id_at(0)
    window.select_ids([pid])
    field = editor(window).captions.fields["tg"]
    field.setFocus()
    type_text(field, "Бозор")
    editor(window).commit_pending()
    assert window.session.store.photo(pid).captions == {"tg": "WLTJ: Бозор"}
    assert field.text() == "WLTJ: Бозор"  # the field shows what is stored
    type_text(field, " дар шаҳр")
    editor(window).commit_pending()
    assert window.session.store.photo(pid).captions == {"tg": "WLTJ: Бозор дар шаҳр"}
