"""Fix camera clock… and Geotag from GPX track… in the window, on a walk through Dushanbe whose camera was
1 h 03 min slow and had no GPS, with the phone's GPX track written from the original photos' positions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import piexif
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk.cameras import Camera
from photowalk.clock import clock_corrections, set_clock_offset
from photowalk.geotag import BEFORE_TRACK
from photowalk.phototime import photo_time, project_zone
from photowalk.project import ProjectStore
from photowalk.ui.clockdialog import ClockDialog
from photowalk.ui.geotagdialog import GeotagDialog
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.session import ProjectSession
from tests.ui.helpers import new_project, wait_import
from tests.walk import Walk, make_corpus, make_walk, metres

CLOCK_ERROR = -(1 * 3600 + 3 * 60)  # the camera is 1 h 03 min slow
ZONE = project_zone(None)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 10)


@pytest.fixture
def walk(corpus: Path, tmp_path: Path) -> Walk:
    return make_walk(corpus, tmp_path / "walk", CLOCK_ERROR)


def open_walk(window: MainWindow, qtbot: QtBot, tmp_path: Path, *folders: Path) -> ProjectSession:
    """A new project with these folders imported."""
    new_project(window, tmp_path)
    for folder in folders:
        wait_import(qtbot, window.import_sources([folder]))
    assert window.session is not None
    return window.session


def cell(table: object, row: int, col: int) -> str:
    item = table.item(row, col)  # type: ignore[attr-defined]
    return item.text() if item is not None else ""


def test_a_typed_correction_is_previewed_applied_undone_and_removed(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, walk: Walk) -> None:
    session = open_walk(window, qtbot, tmp_path, walk.photos)
    dialog = window.show_clock_dialog()
    assert isinstance(dialog, ClockDialog)
    assert dialog.table.rowCount() == 1
    assert [cell(dialog.table, 0, c) for c in range(4)] == ["NIKON D3500", "6012345", "10", "none"]
    assert dialog.camera() == Camera("NIKON CORPORATION", "NIKON D3500", "6012345")

    qtbot.keyClicks(dialog.shift, "+1 h 03 min")
    assert dialog.problem.text() == "" and dialog.apply_button.isEnabled()
    # The preview: the first, the last and three between, each an hour and three minutes later.
    assert dialog.preview.rowCount() == 5
    photos = {p.file_name: p for p in session.model.photos()}
    for row in range(5):
        name = cell(dialog.preview, row, 0)
        camera = photo_time(photos[name], ZONE)
        assert camera is not None
        assert cell(dialog.preview, row, 1) == camera.strftime("%Y-%m-%d %H:%M:%S %z")
        assert cell(dialog.preview, row, 2) == (camera + timedelta(hours=1, minutes=3)).strftime("%Y-%m-%d %H:%M:%S %z")

    dialog.apply_button.click()
    assert cell(dialog.table, 0, 3) == "+1:03:00" and dialog.remove_button.isEnabled()
    assert {p.clock_offset for p in session.model.photos()} == {3780}  # the window's photos read again
    assert session.undo.count() == 1 and "+1:03:00" in session.undo.undoText()
    with ProjectStore.open(session.path) as other:
        assert all(p.clock_offset == 3780 for p in other.photos())

    session.undo.undo()
    assert {p.clock_offset for p in session.model.photos()} == {0}
    session.undo.redo()
    assert {p.clock_offset for p in session.model.photos()} == {3780}

    dialog._fill()
    dialog.remove_button.click()
    assert {p.clock_offset for p in session.model.photos()} == {0}
    assert cell(dialog.table, 0, 3) == "none"
    session.undo.undo()  # the removal undone: the correction is back
    assert {p.clock_offset for p in session.model.photos()} == {3780}

    dialog.shift.clear()
    qtbot.keyClicks(dialog.shift, "+1 hour and a bit")
    assert "is not a clock correction" in dialog.problem.text()
    assert not dialog.apply_button.isEnabled()
    dialog.close()


def test_a_reference_photo_of_a_clock_sets_the_correction(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, walk: Walk) -> None:
    session = open_walk(window, qtbot, tmp_path, walk.photos)
    reference = session.model.photos()[3]
    window.select_ids([reference.id])
    dialog = window.show_clock_dialog()
    assert dialog is not None and dialog.reference is not None and dialog.reference.id == reference.id
    assert dialog.by_photo.isEnabled()
    assert reference.file_name in dialog.photo_note.text()
    qtbot.waitUntil(lambda: not dialog.thumb.pixmap().isNull(), timeout=20_000)  # the photo itself, shown

    # The photo shows a clock reading the true time; the camera wrote it 1 h 03 min early.
    true = walk.shots[reference.file_name].when
    qtbot.keyClicks(dialog.shows, true.strftime("%H:%M:%S"))
    assert dialog.by_photo.isChecked() and dialog.apply_button.isEnabled(), dialog.problem.text()
    dialog.apply_button.click()
    fix = clock_corrections(session.store)[Camera.of(reference)]
    assert (fix.offset, fix.reference_photo, fix.shows) == (3780, reference.id, true.strftime("%H:%M:%S"))
    for p in session.model.photos():
        corrected = photo_time(p, ZONE)
        assert corrected is not None and abs((corrected - walk.shots[p.file_name].when).total_seconds()) < 1

    qtbot.keyClicks(dialog.shows, "x")  # 14:32:05x
    assert "is not a time of day" in dialog.problem.text()
    dialog.close()


def places(store: ProjectStore) -> dict[str, tuple[float | None, float | None, str | None]]:
    return {p.file_name: (p.edit_lat, p.edit_lon, p.location_source) for p in store.photos()}


def test_geotag_from_a_gpx_track_shows_what_it_did_and_is_one_undo_step(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, walk: Walk) -> None:
    session = open_walk(window, qtbot, tmp_path, walk.photos)
    set_clock_offset(session.store, Camera("NIKON CORPORATION", "NIKON D3500", "6012345"), -CLOCK_ERROR)
    session.refresh(session.model.ids())
    dialog = window.show_geotag_dialog(phone_only=False)
    assert isinstance(dialog, GeotagDialog)
    assert not dialog.place_button.isEnabled()  # neither a track nor phone photos yet
    assert dialog.max_gap.value() == 300
    dialog.gpx.setText(str(walk.gpx))
    assert dialog.place_button.isEnabled()
    dialog.place_button.click()
    assert dialog.cancel_button.isEnabled() and not dialog.place_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=60_000)

    placed = {name for name, (lat, _lon, _s) in places(session.store).items() if lat is not None}
    assert placed and all(walk.shots[name].lat is not None for name in placed)
    for p in session.model.photos():  # the window's copy, read again after the worker wrote
        shot = walk.shots[p.file_name]
        if p.file_name in placed:
            assert p.location_source == "gpx" and p.edit_lat is not None and p.edit_lon is not None
            assert shot.lat is not None and shot.lon is not None
            assert metres(p.edit_lat, p.edit_lon, shot.lat, shot.lon) < 15
    status = dialog.status.text()
    def photos(n: int) -> str:
        return f"{n} photo" if n == 1 else f"{n} photos"

    assert f"{photos(len(placed))} placed ({len(placed)} from the track, 0 from phone photos)." in status
    # The first shots came before the phone had a fix: said with the core's reason and an example.
    assert 10 - len(placed) > 0 and f"{photos(10 - len(placed))} not placed:" in status
    rows = {cell(dialog.reasons, r, 1): cell(dialog.reasons, r, 0) for r in range(dialog.reasons.rowCount())}
    assert any("s before the track starts" in why for why in rows), rows
    assert sum(int(n) for n in rows.values()) == 10 - len(placed)
    assert BEFORE_TRACK in {n.code for n in dialog.summary}

    assert session.undo.count() == 1
    session.undo.undo()
    assert all(p.edit_lat is None and p.location_source is None for p in session.model.photos())
    session.undo.redo()
    assert {p.file_name for p in session.model.photos() if p.location_source == "gpx"} == placed
    dialog.close()


def test_a_damaged_gpx_file_is_explained_and_nothing_changes(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, walk: Walk) -> None:
    session = open_walk(window, qtbot, tmp_path, walk.photos)
    broken = tmp_path / "cut.gpx"
    broken.write_bytes(walk.gpx.read_bytes()[:300])
    dialog = window.show_geotag_dialog(phone_only=False)
    assert dialog is not None
    dialog.gpx.setText(str(broken))
    dialog.place_button.click()
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=60_000)
    assert "cut.gpx cannot be used" in dialog.status.text()
    assert dialog.place_button.isEnabled() and session.undo.count() == 0
    dialog.close()


def test_place_from_phone_photos_without_a_track(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, walk: Walk, corpus: Path) -> None:
    # The camera's photos and the phone's (the originals with their GPS, as a phone with a right clock
    # wrote them) of the same walk.
    phone = tmp_path / "phone"
    phone.mkdir()
    for name in walk.shots:
        original = next(corpus.rglob(name))
        exif = piexif.load(str(original))
        exif["0th"][piexif.ImageIFD.Make], exif["0th"][piexif.ImageIFD.Model] = b"Google", b"Pixel 7"
        exif["Exif"].pop(piexif.ExifIFD.BodySerialNumber, None)
        exif.pop("thumbnail", None)
        exif["1st"] = {}
        piexif.insert(piexif.dump(exif), original.read_bytes(), str(phone / f"phone-{name}"))
    session = open_walk(window, qtbot, tmp_path, walk.photos, phone)
    set_clock_offset(session.store, Camera("NIKON CORPORATION", "NIKON D3500", "6012345"), -CLOCK_ERROR)
    session.refresh(session.model.ids())
    dialog = window.show_geotag_dialog(phone_only=True)
    assert dialog is not None
    assert dialog.place_button.isEnabled() and not dialog.gpx.isVisible()
    dialog.place_button.click()
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=60_000)
    QApplication.processEvents()
    with_fix = {n for n, s in walk.shots.items() if s.lat is not None}
    got = {p.file_name: p for p in session.model.photos() if p.location_source == "phone"}
    assert with_fix <= set(got)
    for name in with_fix:
        p, shot = got[name], walk.shots[name]
        assert p.edit_lat is not None and p.edit_lon is not None and shot.lat is not None and shot.lon is not None
        assert metres(p.edit_lat, p.edit_lon, shot.lat, shot.lon) < 15
    assert f"0 from the track, {len(got)} from phone photos" in dialog.status.text()
    # The phone photos keep their own positions: said, not changed.
    rows = [cell(dialog.reasons, r, 1) for r in range(dialog.reasons.rowCount())]
    assert "the camera recorded its own position, which is kept" in rows
    dialog.close()


def test_closing_the_dialog_stops_the_run_and_never_leaves_positions_without_their_undo_step(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, walk: Walk) -> None:
    import shiboken6

    session = open_walk(window, qtbot, tmp_path, walk.photos)
    set_clock_offset(session.store, Camera("NIKON CORPORATION", "NIKON D3500", "6012345"), -CLOCK_ERROR)
    dialog = window.show_geotag_dialog(phone_only=False)
    assert dialog is not None
    dialog.gpx.setText(str(walk.gpx))
    dialog.place_button.click()
    job = dialog.job
    assert job is not None and job.running
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=60_000)  # gone once the worker answered
    written = {name for name, (lat, _lon, _s) in places(session.store).items() if lat is not None}
    # Stopped in time (nothing written), or finished first: then its positions are one step of Undo.
    assert (session.undo.count(), bool(written)) in ((0, False), (1, True))
    if written:
        session.undo.undo()
        assert not any(lat is not None for lat, _lon, _s in places(session.store).values())
