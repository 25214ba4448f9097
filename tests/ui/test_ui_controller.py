"""The project controller driven without a window: open, import a real card, close, reopen; its errors are signals."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk.errors import PhotowalkError
from photowalk.importreport import ImportReport
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.ui.projectcontroller import ProjectController
from photowalk.ui.session import ProjectSession
from photowalk.ui.settings import Settings

REPO = Path(__file__).resolve().parents[2]
PRESET = REPO / "resources" / "presets" / "example-photowalk.toml"


class Seen:
    """Every signal of a controller, in the order it came: (name, first argument)."""

    NAMES = ("opened", "closing", "closed", "error", "import_started", "import_cancelling", "import_finished",
             "import_failed", "import_refused", "storage_failed", "worker_crashed", "project_settings_changed")

    def __init__(self, controller: ProjectController) -> None:
        self.events: list[tuple[str, object]] = []
        for name in self.NAMES:
            getattr(controller, name).connect(lambda *args, n=name: self.events.append((n, args[0] if args else None)))

    def names(self) -> list[str]:
        return [n for n, _ in self.events]

    def first(self, name: str) -> object:
        return next(value for n, value in self.events if n == name)


@pytest.fixture
def controller(qtbot: QtBot, ui_settings: Settings) -> Iterator[ProjectController]:  # noqa: F811
    c = ProjectController(ui_settings, None)
    yield c
    c.close()


def test_the_controller_module_loads_no_widgets() -> None:
    code = "import sys, photowalk.ui.projectcontroller; print(sorted(m for m in sys.modules if 'QtWidgets' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[]"


def test_open_import_close_and_reopen_without_a_window(
    qtbot: QtBot, controller: ProjectController, ui_settings: Settings, tmp_path: Path, photos_dir: Path,  # noqa: F811
) -> None:
    widgets = set(QApplication.topLevelWidgets())
    ui_settings.set("author", "Photo walker")
    card = tmp_path / "card"
    shutil.copytree(photos_dir / "gps", card)
    seen = Seen(controller)
    path = tmp_path / "walk.photowalk"

    session = controller.open(path, create=True)
    assert isinstance(session, ProjectSession) and controller.session is session
    assert seen.names() == ["opened"] and seen.first("opened") is session
    # A new project starts with the volunteer's licence and author, as the project's settings say them.
    settings = read_settings(session.store)
    assert (settings.licence, settings.author) == (ui_settings.get("licence"), "Photo walker")
    assert ui_settings.get("recent")[0] == str(session.path)

    with qtbot.waitSignal(controller.import_finished, timeout=120_000) as finished:
        job = controller.import_sources([card])
        assert job is not None and controller.importing and controller.import_job is job
        assert "import" in controller.activities()
        # A second import while one runs is refused, and said so.
        assert controller.import_sources([card]) is None
        assert "import_refused" in seen.names()
    report = finished.args[0]
    assert isinstance(report, ImportReport)
    files = sorted(p.name for p in card.iterdir())
    assert len(report.added) == len(files) == 20 and not report.failed
    qtbot.waitUntil(lambda: session.model.rowCount() == len(files), timeout=10_000)
    assert not controller.importing and controller.import_job is None
    assert "import" not in controller.activities()
    assert sorted(p.file_name for p in session.model.photos()) == files

    gone = next(p for p in session.model.photos() if p.file_name == "elephants.jpg")
    controller.close()
    assert controller.session is None
    assert seen.names()[-2:] == ["closing", "closed"] and seen.first("closing") is session
    (card / "elephants.jpg").unlink()

    again = controller.open(path)
    assert again is not None and again is not session
    assert again.model.rowCount() == len(files)
    # The file taken away meanwhile is found missing by the worker's scan, and the model says so.
    qtbot.waitUntil(lambda: again.model.photo(gone.id) is not None and again.model.photo(gone.id).missing,
                    timeout=30_000)
    assert [p.id for p in again.model.photos() if p.missing] == [gone.id]
    assert "error" not in seen.names()
    # No window, no dialog: nothing new among the top-level widgets (earlier tests' may have gone meanwhile).
    assert set(QApplication.topLevelWidgets()) - widgets == set()


def test_what_cannot_be_opened_is_an_error_signal_and_leaves_the_recent_list(
    qtbot: QtBot, controller: ProjectController, ui_settings: Settings, tmp_path: Path,  # noqa: F811
) -> None:
    seen = Seen(controller)
    not_a_project = tmp_path / "notes.photowalk"
    not_a_project.write_text("shopping list\n", encoding="utf-8")
    assert controller.open(not_a_project) is None
    assert controller.session is None
    assert seen.names() == ["error"] and isinstance(seen.first("error"), PhotowalkError)

    gone = tmp_path / "gone.photowalk"
    ui_settings.add_recent(str(gone.absolute()))
    assert controller.open(gone) is None
    assert str(gone.absolute()) not in ui_settings.get("recent")
    assert seen.names() == ["error", "error"]


def test_a_preset_followed_by_a_new_project_fills_the_photos_imported_later(
    qtbot: QtBot, controller: ProjectController, tmp_path: Path, photos_dir: Path,
) -> None:
    seen = Seen(controller)
    preset = controller.load_preset(str(PRESET))
    assert preset is not None
    path = tmp_path / "event.photowalk"
    session = controller.open(path, create=True)
    assert session is not None
    controller.follow_preset(preset, str(PRESET))
    assert "project_settings_changed" in seen.names()
    assert read_settings(session.store).preset_file == str(PRESET)
    with qtbot.waitSignal(controller.import_finished, timeout=120_000):
        controller.import_sources([photos_dir / "orientation"])
    wanted = list(preset.categories)
    # The preset is applied on a thread after the import; the model shows it once it is stored.
    qtbot.waitUntil(lambda: session.model.rowCount() > 0 and all(
        set(wanted) <= set(p.categories) for p in session.model.photos()), timeout=30_000)
    controller.close()
    with ProjectStore.open(path) as store:
        assert all(set(wanted) <= set(p.categories) for p in store.photos())
