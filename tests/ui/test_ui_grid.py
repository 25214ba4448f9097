"""The window from start page to a filled grid: import by dialog and by drop, cancel, sort, filter, reopen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from photowalk.project import ProjectStore
from photowalk.thumbnails import INCOMPLETE, ThumbnailCache
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.photomodel import (
    IdRole,
    PhotoFilterModel,
    PhotoListModel,
    ProblemsRole,
    ThumbLevelRole,
    ThumbStateRole,
)
from photowalk.ui.thumbloader import MISSING, PREVIEW, SHARP, ThumbLoader, ThumbRequest
from tests.cards import make_copies
from tests.ui.helpers import new_project, wait_import

CAMERA_FILES = 30  # JPEGs in ../shared/photos/cameras


def visible_rows(window: MainWindow) -> list[int]:
    """Rows of the grid whose cells are on screen."""
    view = window.grid
    rect = view.viewport().rect()
    proxy = view.model()
    return [r for r in range(proxy.rowCount()) if view.visualRect(proxy.index(r, 0)).intersects(rect)]


def test_start_page_then_import_folder_fills_grid(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.pages.currentWidget() is window.start_page
    assert window.windowTitle() == "photowalk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "walk"), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(photos_dir / "cameras"))
    window.start_page.new_button.click()  # asks for the project file, then for the folder

    assert window.session is not None
    assert window.session.path == tmp_path / "walk.photowalk"
    assert "walk" in window.windowTitle() and "photowalk" in window.windowTitle()
    wait_import(qtbot, window.import_job)
    assert window.import_bar.isHidden()
    assert "30 photos imported" in window.statusBar().currentMessage()

    model = window.session.model
    assert model.rowCount() == CAMERA_FILES
    assert window.grid.model().rowCount() == CAMERA_FILES
    with ProjectStore.open(window.session.path) as store:
        assert sorted(store.photo_ids()) == sorted(model.ids())
    # Every cell on screen gets its sharp thumbnail.
    rows = visible_rows(window)
    assert len(rows) >= 8
    proxy = window.grid.model()
    qtbot.waitUntil(lambda: all(proxy.index(r, 0).data(ThumbLevelRole) == SHARP for r in rows), timeout=10_000)
    # And the checks ran: nothing is described yet, so every photo has problems.
    qtbot.waitUntil(lambda: all(model.problems(i) for i in model.ids()), timeout=10_000)


def test_import_shortcut_and_progress_bar(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_project(window, tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(photos_dir / "gps"))
    seen: list[object] = []
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.import_job is not None
    window.import_job.progress.connect(seen.append)
    assert window.import_bar.isVisible()
    wait_import(qtbot, window.import_job)
    assert window.session is not None and window.session.model.rowCount() == 20
    assert window.import_bar.isHidden()


def test_drop_a_folder_on_the_start_page_makes_a_project(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "dropped.photowalk"), ""))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photos_dir / "orientation"))])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.session is not None and window.session.model.rowCount() == 11, timeout=20_000)
    assert window.session is not None and window.session.path.name == "dropped.photowalk"
    qtbot.waitUntil(lambda: window.import_job is None, timeout=20_000)


def test_cancel_keeps_what_was_imported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    folder = tmp_path / "card"
    make_copies(folder, photos_dir / "cameras" / "IMG_0308.JPG", 150)
    new_project(window, tmp_path)
    job = window.import_sources([folder])
    assert job is not None
    qtbot.waitUntil(lambda: window.session is not None and window.session.model.rowCount() > 0, timeout=20_000)
    window.import_bar.cancel_button.click()
    assert not window.import_bar.cancel_button.isEnabled()
    reports: list[object] = []
    job.finished.connect(reports.append)
    wait_import(qtbot, job)
    assert window.session is not None
    with ProjectStore.open(window.session.path) as store:
        in_project = store.count()
    assert 0 < window.session.model.rowCount() == in_project <= 150
    # Importing again picks up the rest.
    wait_import(qtbot, window.import_sources([folder]))
    assert window.session.model.rowCount() == 150


def test_sort_by_name_and_filter(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "cameras", photos_dir / "broken"]))
    assert window.session is not None
    model, proxy = window.session.model, window.session.proxy
    qtbot.waitUntil(lambda: all(model.problems(i) is not None for i in model.ids()), timeout=10_000)

    window.set_sort("name")
    names = [model.photo(proxy.id_at(r)).file_name.casefold() for r in range(proxy.rowCount())]  # type: ignore[union-attr]
    assert names == sorted(names)
    window.set_sort("time")
    taken = [model.photo(proxy.id_at(r)).camera.taken for r in range(proxy.rowCount())]  # type: ignore[union-attr]
    dated = [t for t in taken if t]
    assert dated == sorted(dated) and taken[: len(dated)] == dated  # undated last

    window.filter_box.activated.emit(2)  # "Ready to upload": nothing is described yet
    assert window.session.proxy.mode == "ready" and proxy.rowCount() == 0
    window.set_filter("problems")
    assert proxy.rowCount() == model.rowCount()
    window.set_filter("uploaded")
    assert proxy.rowCount() == 0
    window.set_filter("all")
    window.search.setText("kodak")
    assert 0 < proxy.rowCount() < model.rowCount()
    window.search.clear()
    assert proxy.rowCount() == model.rowCount()


def test_selection_survives_sorting(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "cameras"]))
    ids = [window.session.proxy.id_at(r) for r in (0, 3, 7)]  # type: ignore[union-attr]
    window.select_ids(ids)
    assert sorted(window.selected_ids()) == sorted(ids)
    window.set_sort("name")
    assert sorted(window.selected_ids()) == sorted(ids)


def test_reopen_shows_the_saved_project(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    path = new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    window.close_project()
    assert window.pages.currentWidget() is window.start_page
    assert window.start_page.recent.count() == 1
    item = window.start_page.recent.item(0)
    window.start_page.recent.itemClicked.emit(item)
    assert window.session is not None and window.session.path == path
    assert window.session.model.rowCount() == 20


def test_remove_asks_then_removes_only_the_selection(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps"]))
    assert window.session is not None
    keep = set(window.session.model.ids())
    chosen = [window.session.proxy.id_at(0), window.session.proxy.id_at(1)]
    window.select_ids(chosen)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    assert set(window.session.model.ids()) == keep
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    assert set(window.session.model.ids()) == keep - set(chosen)
    assert set(window.session.store.photo_ids()) == keep - set(chosen)
    assert len(list((photos_dir / "gps").iterdir())) == 20  # the files are untouched


def test_models_pass_qt_model_tester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: object, tmp_path: Path, photos_dir: Path
) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "gps", photos_dir / "broken"]))
    assert window.session is not None
    qtbot.waitUntil(lambda: not window.session.checker.running, timeout=10_000)  # type: ignore[union-attr]
    qtmodeltester.check(window.session.model)  # type: ignore[attr-defined]
    window.session.proxy.set_mode("problems")
    qtmodeltester.check(window.session.proxy)  # type: ignore[attr-defined]
    # A fresh model, checked while rows arrive, are re-sorted and removed.
    model = PhotoListModel(window.session.store.resolve)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    photos = window.session.store.photos()
    model.upsert(photos[:5])
    model.upsert(photos[3:])
    model.set_sort("name")
    model.remove_ids([p.id for p in photos[::3]])
    proxy = PhotoFilterModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert [proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())] == model.ids()


def test_thumbnail_loader_gives_the_camera_preview_then_the_sharp_one(
    qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    from photowalk.exif import embedded_preview
    from photowalk.hashing import sha1_file

    source = photos_dir / "cameras" / "IMG_0308.JPG"
    sha1 = sha1_file(source)
    loader = ThumbLoader(ThumbnailCache(tmp_path / "thumbs"), 160)
    req = ThumbRequest(sha1, source, 1, 1.5)
    loader._fast_stage(req)  # no preview kept: nothing to show until the sharp one
    assert loader._results == []
    loader._slow.clear()
    # The import keeps the camera's preview in the cache (the window never reads camera data itself).
    preview = embedded_preview(source)
    assert preview is not None
    ThumbnailCache(tmp_path / "thumbs").store_preview(sha1, preview)
    loader._fast_stage(req)  # what a worker does first
    assert [r.level for r in loader._results] == [PREVIEW]
    assert loader._slow and loader._slow[0] == req
    loader._results.clear()
    loader._slow.clear()

    with qtbot.waitSignal(loader.updated, timeout=10_000):
        loader.request(req)
    qtbot.waitUntil(lambda: loader.level(sha1) == SHARP, timeout=10_000)
    pm = loader.pixmap(sha1)
    assert pm is not None and max(pm.width(), pm.height()) == 160
    assert ThumbnailCache(tmp_path / "thumbs").get(sha1) is not None

    gone = ThumbRequest("0" * 40, tmp_path / "nothing.jpg", 1, None)
    loader.request(gone)
    qtbot.waitUntil(lambda: loader.state("0" * 40) == MISSING, timeout=10_000)
    loader.shutdown()


def test_missing_file_shows_a_placeholder(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> None:
    folder = tmp_path / "card"
    folder.mkdir()
    shutil.copy(photos_dir / "gps" / "DSCN0010.jpg", folder / "a.jpg")
    path = new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([folder]))
    window.close_project()
    (folder / "a.jpg").unlink()
    window.thumbs.clear()
    shutil.rmtree(window.thumbs.cache.root)
    window.open_project(path)
    assert window.session is not None
    idx = window.session.proxy.index(0, 0)
    qtbot.waitUntil(lambda: idx.data(ThumbStateRole) == MISSING, timeout=10_000)
    assert not window.grid.viewport().grab().isNull()  # the placeholder paints


def test_damaged_picture_found_after_the_grid_filled_blocks_its_upload(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    damaged = "2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg"  # cut short: its pixels are incomplete
    shutil.copy(photos_dir / "broken" / damaged, card / damaged)
    shutil.copy(photos_dir / "cameras" / "DSCN0138.JPG", card / "DSCN0138.JPG")
    new_project(window, tmp_path)
    job = window.import_sources([card])
    wait_import(qtbot, job)
    assert window.session is not None
    model = window.session.model
    by_name = {model.photo(i).file_name: i for i in model.ids()}  # type: ignore[union-attr]
    assert all(model.photo(i).pixels_checked for i in by_name.values())  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "file-error" in [p.code for p in model.problems(by_name[damaged]) or []], timeout=10_000)
    assert "file-error" not in [p.code for p in model.problems(by_name["DSCN0138.JPG"]) or []]
    assert model.photo(by_name[damaged]).error == INCOMPLETE  # type: ignore[union-attr]
    # The cell's tooltip says why, through the window's translation of reasons.
    row = model.row_of(by_name[damaged])
    assert row is not None
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "The file cannot be uploaded: the picture is incomplete (the file was cut short)" in tip


def test_opening_a_project_decodes_what_an_interrupted_import_left(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    from photowalk.importer import import_paths

    path = tmp_path / "left.photowalk"
    with ProjectStore.open(path, create=True) as store:
        import_paths([photos_dir / "orientation"], store, record_first=True, make_thumbnails=False)
        assert store.unchecked_pixels()
    assert window.open_project(path)
    assert window.session is not None
    model = window.session.model
    problems = lambda: [p.code for i in model.ids() for p in model.problems(i) or []]  # noqa: E731
    # The decoding job starts once the first screen is painted; it may be over before a poll sees it.
    qtbot.waitUntil(lambda: not window.session.store.unchecked_pixels()  # type: ignore[union-attr]
                    and (window.import_job is None or not window.import_job.running), timeout=20_000)
    qtbot.waitUntil(lambda: model.problems(model.ids()[0]) is not None and "file-unchecked" not in problems(),
                    timeout=10_000)


def test_photos_arriving_between_others_are_inserted_as_rows(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "cameras"]))
    assert window.session is not None
    photos = window.session.store.photos()
    model = PhotoListModel(window.session.store.resolve)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: inserted.append((-1, -1)))
    half = len(photos[::2])
    assert model.upsert(photos[::2]) == [p.id for p in photos[::2]]
    assert inserted == [(0, half - 1)]  # a batch that goes in one place is one insertion
    assert model.upsert(photos[1::2]) == [p.id for p in photos[1::2]]  # each one lands between two others
    assert len(inserted) == 1 + len(photos[1::2]) and (-1, -1) not in inserted
    assert inserted[1:] == [(r, r) for r in range(1, len(photos), 2)]
    assert model.ids() == [p.id for p in photos]  # shooting order, as the project lists them
    assert all(model.row_of(p.id) == r and model.photo(p.id) is p for r, p in enumerate(photos))
    model.remove_ids([p.id for p in photos[1::3]])
    kept = [p for p in photos if p not in photos[1::3]]
    assert all(model.row_of(p.id) == r for r, p in enumerate(kept))
    assert model.row_of(photos[1].id) is None


def test_an_edit_is_checked_again_alone_and_changes_only_its_row(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    from photowalk.edits import set_description

    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([photos_dir / "cameras"]))
    session = window.session
    assert session is not None
    model = session.model
    qtbot.waitUntil(lambda: not session.checker.running and all(model.problems(i) is not None for i in model.ids()))
    errors = model.error_count()
    assert errors == sum(1 for i in model.ids() for p in model.problems(i) or [] if p.is_error)
    pid = model.ids()[4]
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles: (not roles or ProblemsRole in roles) and changed.append((a.row(), b.row())))
    set_description(session.store, [pid], "tg", "Боғи Рӯдакӣ")
    with qtbot.waitSignal(session.checker.results) as found:
        session.refresh([pid])
    problems, everything = found.args  # type: ignore[misc]
    assert list(problems) == [pid] and everything is None
    assert "no-description" not in [p.code for p in model.problems(pid) or []]
    assert model.error_count() == errors - 1
    assert set(changed) == {(4, 4)}


def test_upload_badges_and_the_uploaded_filter_follow_the_engine_s_states(qtbot: QtBot, tmp_path: Path) -> None:
    from photowalk.problems import Problem
    from photowalk.ui.badges import UPLOAD_BADGES
    from photowalk.ui.photomodel import CellRole
    from photowalk.upload.state import UploadState
    from tests.upload_helpers import make_project, noise_jpeg

    assert set(UPLOAD_BADGES) == set(UploadState)  # one table: a new state needs its badge
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / f"b{i}.jpg", width=64, height=48) for i in range(3)])
    with project.open() as store:
        model = PhotoListModel(store.resolve)
        model.set_photos(store.photos())
    a, b, c = model.ids()
    warning = Problem("no-date", "warning", "The photo has no date.", {})
    model.set_problems({a: [warning], b: [], c: [warning]})
    model.set_upload_states({a: UploadState.DONE, b: UploadState.NEEDS_ATTENTION, c: UploadState.SKIPPED})

    def badges(pid: int) -> list[str]:
        return [text for text, _colour in model.index(model.row_of(pid) or 0).data(CellRole)[3]]

    # Uploaded: its warning no longer matters; a skipped photo has no upload badge.
    assert (badges(a), badges(b), badges(c)) == (["✓"], ["?"], ["!"])
    assert model.upload_state(a) is UploadState.DONE
    proxy = PhotoFilterModel(model)
    proxy.set_mode("uploaded")
    assert proxy.ids() == [a]
    proxy.set_mode("ready")
    assert proxy.ids() == [b, c]
    model.set_upload_states({a: None})
    assert badges(a) == ["!"] and model.upload_state(a) is None


def test_a_whole_project_check_reaches_the_grid_in_parts_and_clears_what_no_longer_holds(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from photowalk import edits
    from photowalk.worker.run import PROBLEMS_PER_EVENT
    from tests.upload_helpers import make_project, noise_jpeg

    count = PROBLEMS_PER_EVENT + 40
    files = [noise_jpeg(tmp_path / "src" / f"p{i:03d}.jpg", width=32, height=24, seed=i) for i in range(count)]
    project = make_project(tmp_path / "walk", files)
    with ProjectStore.open(project.path) as store:  # as the command line would: the first photo lacks its title
        edits.set_titles(store, {project.ids[0]: None})
    assert window.open_project(project.path)
    session = window.session
    assert session is not None
    model = session.model
    qtbot.waitUntil(lambda: not session.checker.running and all(model.problems(i) is not None for i in project.ids),
                    timeout=60000)
    assert "title-missing" in [p.code for p in model.problems(project.ids[0]) or []]
    with ProjectStore.open(project.path) as store:
        edits.set_title(store, project.ids[0], "A title again")
    parts: list[tuple[int, set[int] | None]] = []
    session.checker.results.connect(lambda found, everything: parts.append((len(found), everything)))
    session.checker.request(None, now=True)  # a whole run, as after a change of the licence
    qtbot.waitUntil(lambda: bool(parts) and parts[-1][1] is not None, timeout=60000)
    # No single event carries the whole project; the last one says which photos the run covered.
    assert len(parts) >= 2 and all(n <= PROBLEMS_PER_EVENT for n, _ in parts)
    assert sum(n for n, _ in parts) == count and all(everything is None for _, everything in parts[:-1])
    assert parts[-1][1] == set(project.ids)
    assert "title-missing" not in [p.code for p in model.problems(project.ids[0]) or []]


def test_problems_of_photos_a_whole_run_no_longer_names_are_cleared(tmp_path: Path) -> None:
    from photowalk.problems import Problem
    from tests.upload_helpers import make_project, noise_jpeg

    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / f"c{i}.jpg", width=32, height=24) for i in range(3)])
    with project.open() as store:
        model = PhotoListModel(store.resolve)
        model.set_photos(store.photos())
    a, b, c = model.ids()
    warning = Problem("no-date", "warning", "The photo has no date.", {})
    model.set_problems({a: [warning], b: [warning]})
    assert model.problems(c) is None and model.error_count() == 0
    model.set_problems({b: [warning]})  # a part of a run: the others keep theirs
    assert model.problems(a) == [warning]
    model.set_problems({c: []}, everything={b, c})  # the run's last part: `a` was not named, so it has none
    assert (model.problems(a), model.problems(b), model.problems(c)) == ([], [warning], [])
