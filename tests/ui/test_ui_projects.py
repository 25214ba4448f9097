"""Starting and finding projects: a new one goes to the volunteer's own folder under a name of the event or
the day, never onto the camera card; recent projects whose files are gone are greyed and can be removed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.resources import presets_dir
from tests.ui.helpers import new_project


@pytest.fixture
def pictures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The volunteer's Pictures folder, as the desktop names it (XDG user dirs)."""
    folder = tmp_path / "home" / "Bilder"
    folder.mkdir(parents=True)
    config = tmp_path / "xdg-config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_PICTURES_DIR="{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return folder


def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names the save dialog suggested (then cancelled)."""
    seen: list[str] = []

    def save_name(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    return seen


def test_a_new_project_is_suggested_in_pictures_never_on_the_card(
    window: MainWindow, tmp_path: Path, pictures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = tmp_path / "media" / "CANON" / "DCIM"
    card.mkdir(parents=True)
    window.settings.set("last_folder", str(card))  # the last import was from the card
    seen = asked(monkeypatch)
    window.act_new.trigger()
    assert seen == [str(pictures / f"Photowalk {date.today().isoformat()}.photowalk")]
    # From an event preset: the event's name.
    preset = presets_dir() / "example-photowalk.toml"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(preset), ""))
    window.act_preset.trigger()
    assert seen[1] == str(pictures / "Dushanbe photowalk, May 2025.photowalk")
    # A folder chosen for projects before comes first; the card never does.
    walks = tmp_path / "walks"
    walks.mkdir()
    for kept, expected in ((walks, walks), (card, pictures), (card / "100CANON", pictures)):
        window.settings.set("last_project_folder", str(kept))
        window.act_new.trigger()
        assert Path(seen[-1]).parent == expected, (kept, seen[-1])


def test_recent_projects_whose_files_are_gone_are_greyed_and_can_be_removed(
    window: MainWindow, tmp_path: Path
) -> None:
    kept = new_project(window, tmp_path, "kept")
    gone = [new_project(window, tmp_path, name) for name in ("moved", "on-a-card")]
    window.close_project()  # type: ignore[attr-defined]
    for path in gone:
        path.unlink()
    start = window.start_page
    start.set_recent(window.settings.get("recent"))
    items = {start.recent.item(r).data(Qt.ItemDataRole.UserRole): start.recent.item(r)
             for r in range(start.recent.count())}
    assert set(items) == {str(p) for p in (kept, *gone)}
    assert items[str(kept)].flags() & Qt.ItemFlag.ItemIsEnabled
    for path in gone:
        assert not items[str(path)].flags() & Qt.ItemFlag.ItemIsEnabled  # greyed
        assert "not there any more" in items[str(path)].toolTip()
    assert start.forget_missing.isVisible()
    assert start.forget_missing.text().startswith("Remove 2 missing project")
    # The File menu offers the same.
    window._fill_recent_menu()  # noqa: SLF001 - as the menu does when it opens
    forget = window.menu_recent.actions()[-1]
    assert forget.text().startswith("Remove 2 missing project")
    gone[0].touch()  # one came back (the card is in again) before the volunteer pressed it
    start.forget_missing.click()
    assert window.settings.get("recent") == [str(gone[0]), str(kept)]
    assert not start.forget_missing.isVisible()
    assert gone[0].exists() and not gone[1].exists()  # the list forgets; no file is touched
