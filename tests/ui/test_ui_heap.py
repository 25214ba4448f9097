"""An open project's photos are kept out of Python's full garbage collections, and given back on close."""

from __future__ import annotations

import gc
from pathlib import Path

from pytestqt.qtbot import QtBot

from photowalk.ui.mainwindow import MainWindow
from tests.ui.helpers import new_project, wait_import


def test_photos_arriving_during_an_import_are_frozen_batch_by_batch(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    from tests.cards import make_copies

    gc.unfreeze()
    folder = tmp_path / "card"
    make_copies(folder, photos_dir / "cameras" / "IMG_0308.JPG", 120)
    new_project(window, tmp_path)
    session = window.session
    assert session is not None
    seen_during: list[bool] = []

    def look(_ids: object, _origin: object) -> None:
        if window.import_job is not None and window.import_job.running and session.model.rowCount():
            walked = {id(o) for o in gc.get_objects()}
            seen_during.append(not any(id(p) in walked for p in session.model.photos()))

    session.photos_changed.connect(look)
    wait_import(qtbot, window.import_sources([folder]))
    assert seen_during and all(seen_during)


def test_photos_loaded_or_imported_are_frozen_until_the_project_closes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    gc.unfreeze()
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "cameras"]))
    session = window.session
    assert session is not None
    photos = session.model.photos()
    assert photos and all(gc.is_tracked(p) for p in photos) and gc.get_freeze_count() > 0
    # The model's photos are no longer among the objects a collection walks.
    walked = {id(o) for o in gc.get_objects()}
    assert not any(id(p) in walked for p in photos)
    path = session.path
    window.close_project()
    assert gc.get_freeze_count() == 0
    assert window.open_project(path)
    assert window.session is not None
    reopened = window.session.model.photos()
    walked = {id(o) for o in gc.get_objects()}
    assert reopened and not any(id(p) in walked for p in reopened)
