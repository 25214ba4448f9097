"""The editor's map with tiles from a real tile server on 127.0.0.1: pins dropped where the mouse lets go, headings,
copies, several pins at once, photos without a place, the subject, and tiles kept for offline use."""

from __future__ import annotations

import math
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import piexif
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsPixmapItem
from pytestqt.qtbot import QtBot

from photowalk import edits
from photowalk.project import ProjectStore
from photowalk.tiles import MAX_AGE, TileCache, TileSource
from photowalk.ui.commands import LOCATION_REMOVED, FieldEdit
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.mapview import ArrowHandle, MapView, PinItem
from photowalk.wikitext import object_location_wikitext
from tests.tileserver import TileServer, tile_colour, tile_server
from tests.ui.helpers import wait_import

DUSHANBE = (38.5598, 68.7870)


def slippy_point(x: float, y: float, z: int) -> tuple[float, float]:
    """The OpenStreetMap wiki's inverse formula (world pixel at zoom z to degrees), written out again."""
    n = 256 * 2**z
    lon = x / n * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))
    return lat, lon


def slippy_tile(lat: float, lon: float, z: int) -> tuple[int, int]:
    n = 2**z
    r = math.radians(lat)
    return int((lon + 180.0) / 360.0 * n), int((1.0 - math.asinh(math.tan(r)) / math.pi) / 2.0 * n)


def mouse(view: MapView, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(kind, QPointF(at), QPointF(view.viewport().mapToGlobal(at)), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view: MapView, start: QPoint, end: QPoint) -> None:
    """Press the left button at `start`, move to `end` in a few steps, let go there."""
    mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for k in range(1, 6):
        mouse(view, QEvent.Type.MouseMove, start + (end - start) * k / 5, Qt.MouseButton.LeftButton)
    mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def grip(view: MapView, item: PinItem | ArrowHandle) -> QPoint:
    """A point on the item to press: a pin's round head, or the middle of an arrow's handle."""
    offset = QPointF(0, -18) if isinstance(item, PinItem) else QPointF(0, 0)
    return view.mapFromScene(item.pos() + offset)


def stored(window: MainWindow) -> dict[int, object]:
    assert window.session is not None
    with ProjectStore.open(window.session.path) as store:
        return {p.id: p for p in store.photos()}


@pytest.fixture
def tiles() -> Iterator[TileServer]:
    with tile_server() as server:
        yield server


@pytest.fixture
def mapped(walk: MainWindow, tiles: TileServer, qtbot: QtBot) -> MapView:
    """The walk's window with its map on the local tile server."""
    walk.editor.map_section.set_source(TileSource(tiles.url))  # type: ignore[attr-defined]
    return walk.editor.map  # type: ignore[attr-defined,no-any-return]


def place(window: MainWindow, places: dict[int, tuple[float, float, float | None]]) -> None:
    """Put photos somewhere as another program would (the window follows the project file)."""
    assert window.session is not None
    with ProjectStore.open(window.session.path) as store:
        edits.set_locations(store, places)
    window.session.poll_changes()


def first_ids(window: MainWindow, n: int) -> list[int]:
    assert window.session is not None
    return [window.session.proxy.id_at(r) for r in range(n)]


def test_a_pin_dropped_at_a_pixel_lands_at_its_latitude_and_longitude(mapped: MapView, walk: MainWindow, tiles: TileServer,
                                                                      qtbot: QtBot) -> None:
    (pid,) = first_ids(walk, 1)
    place(walk, {pid: (*DUSHANBE, 30.0)})
    walk.select_ids([pid])
    view = mapped
    qtbot.waitUntil(lambda: view.isVisible() and view.pin_item_of(pid) is not None, timeout=5000)
    item = view.pin_item_of(pid)
    assert item is not None and view.zoom == 17
    # The tiles under the view came from the server, asked for with photowalk's User-Agent.
    qtbot.waitUntil(lambda: len(view.tiles) >= len(view.visible_tiles()) > 0, timeout=10_000)
    assert tiles.requests and all(agent.startswith("photowalk/") for _path, agent in tiles.requests)
    tip, home = view.mapFromScene(item.pos()), QPointF(item.pos())
    move = QPoint(70, -40)
    drag(view, grip(view, item), grip(view, item) + move)
    photo = stored(walk)[pid]
    dropped = home + QPointF(move)  # the world pixel the pin's tip was let go at
    lat, lon = slippy_point(dropped.x(), dropped.y(), 17)
    assert (photo.edit_lat, photo.edit_lon) == (pytest.approx(lat, abs=1e-9), pytest.approx(lon, abs=1e-9))  # type: ignore[attr-defined]
    assert photo.edit_heading == 30.0  # type: ignore[attr-defined]  # a moved pin keeps its heading
    # The screen pixel under the tip is the same place, to within a pixel (about a metre at zoom 17).
    scene = view.mapToScene(tip + move)
    assert slippy_point(scene.x(), scene.y(), 17) == (pytest.approx(lat, abs=1e-5), pytest.approx(lon, abs=1e-5))
    # 70 px east and 40 px north at zoom 17 is about 65 m and 37 m from where it was, at Dushanbe's latitude.
    assert (lon - DUSHANBE[1]) * 111_320 * math.cos(math.radians(lat)) == pytest.approx(65.4, abs=1)
    assert (lat - DUSHANBE[0]) * 111_320 == pytest.approx(37.4, abs=1)
    # The tile drawn under the dropped pin is the one the stored place is in.
    under = [i for i in view.items(tip + move) if isinstance(i, QGraphicsPixmapItem)]
    assert under and [(round(u.pos().x()) // 256, round(u.pos().y()) // 256) for u in under] == [slippy_tile(lat, lon, 17)]
    # The fields of the editor follow, and one Undo puts the photo back.
    assert float(walk.editor.lat.text()) == pytest.approx(lat, abs=1e-6)  # type: ignore[attr-defined]
    walk.act_undo.trigger()
    assert (stored(walk)[pid].edit_lat, stored(walk)[pid].edit_lon) == DUSHANBE  # type: ignore[attr-defined]
    assert view.pin_item_of(pid) is not None and view.mapFromScene(view.pin_item_of(pid).pos()) == tip  # type: ignore[union-attr]


def test_the_arrow_turns_the_heading(mapped: MapView, walk: MainWindow, qtbot: QtBot) -> None:
    (pid,) = first_ids(walk, 1)
    place(walk, {pid: (*DUSHANBE, None)})
    walk.select_ids([pid])
    view = mapped
    qtbot.waitUntil(lambda: len(view.arrows) == 1, timeout=5000)
    arrow = view.arrows[0]
    base = view.mapFromScene(arrow.pin_item.pos())
    drag(view, grip(view, arrow), base + QPoint(60, 0))  # east
    # Whole degrees: a screen pixel at the arrow's length is about one degree.
    assert stored(walk)[pid].edit_heading == pytest.approx(90, abs=1)  # type: ignore[attr-defined]
    arrow = view.arrows[0]
    drag(view, grip(view, arrow), base + QPoint(-50, 50))  # south-west
    photo = stored(walk)[pid]
    assert photo.edit_heading == pytest.approx(225, abs=1.5) and (photo.edit_lat, photo.edit_lon) == DUSHANBE  # type: ignore[attr-defined]
    walk.act_undo.trigger()
    assert stored(walk)[pid].edit_heading == pytest.approx(90, abs=1)  # type: ignore[attr-defined]


def test_several_pins_move_together_and_a_location_is_copied(mapped: MapView, walk: MainWindow, qtbot: QtBot) -> None:
    a, b, c = first_ids(walk, 3)
    place(walk, {a: (38.5598, 68.7870, None), b: (38.5605, 68.7880, 90.0), c: (38.5590, 68.7860, None)})
    walk.select_ids([a, b])
    view = mapped
    qtbot.waitUntil(lambda: len(view.pin_items) == 2, timeout=5000)
    pa, pb = view.pin_item_of(a), view.pin_item_of(b)
    assert pa is not None and pb is not None
    homes = {a: QPointF(pa.pos()), b: QPointF(pb.pos())}
    pa.setSelected(True)
    pb.setSelected(True)
    move = QPoint(-30, 25)
    drag(view, grip(view, pa), grip(view, pa) + move)
    photos = stored(walk)
    for pid in (a, b):
        lat, lon = slippy_point(homes[pid].x() + move.x(), homes[pid].y() + move.y(), view.zoom)
        assert (photos[pid].edit_lat, photos[pid].edit_lon) == (  # type: ignore[attr-defined]
            pytest.approx(lat, abs=1e-9), pytest.approx(lon, abs=1e-9))
    assert photos[b].edit_heading == 90.0 and photos[c].edit_lat == 38.5590  # type: ignore[attr-defined]
    walk.act_undo.trigger()  # both go back in one step
    photos = stored(walk)
    assert (photos[a].edit_lat, photos[b].edit_lat) == (38.5598, 38.5605)  # type: ignore[attr-defined]
    # "Copy this photo's location": the grey pin of photo c, not selected, gives its place to both.
    other = view.other_item_of(c)
    assert other is not None and not other.flags() & other.GraphicsItemFlag.ItemIsMovable
    view.copy_location_from(walk.session.model.photo(c))  # type: ignore[union-attr,arg-type]
    photos = stored(walk)
    assert {(photos[p].edit_lat, photos[p].edit_lon) for p in (a, b)} == {(38.5590, 68.7860)}  # type: ignore[attr-defined]
    assert len(view.pin_items) == 1 and set(view.pin_items[0].pin.ids) == {a, b}  # type: ignore[union-attr]


def test_photos_without_a_place_are_placed_by_dragging_their_pin(mapped: MapView, walk: MainWindow, qtbot: QtBot,
                                                                  photos_dir: Path) -> None:
    wait_import(qtbot, walk.import_sources([photos_dir / "cameras" / "Canon_EOS_D60.jpg",
                                            photos_dir / "cameras" / "Casio_EX-S1.jpg"]))
    model = walk.session.model  # type: ignore[union-attr]
    new = [i for i in model.ids() if model.photo(i).file_name in ("Canon_EOS_D60.jpg", "Casio_EX-S1.jpg")]  # type: ignore[union-attr]
    near = next(i for i in model.ids() if i not in new)
    place(walk, {near: (*DUSHANBE, None)})
    walk.select_ids([*new, near])
    view = mapped
    qtbot.waitUntil(lambda: view.unplaced_item is not None and len(view.pin_items) == 1, timeout=5000)
    assert sorted(view.unplaced_ids) == sorted(new) and "2 selected photo" in view.unplaced_item.toolTip()  # type: ignore[union-attr]
    target = view.mapFromScene(view.pin_items[0].pos()) + QPoint(40, 40)
    start = grip(view, view.unplaced_item)  # type: ignore[arg-type]
    home = QPointF(view.unplaced_item.pos())  # type: ignore[union-attr]
    drag(view, start, target + QPoint(0, -18))
    dropped = home + QPointF(target + QPoint(0, -18) - start)
    lat, lon = slippy_point(dropped.x(), dropped.y(), view.zoom)
    photos = stored(walk)
    for pid in new:
        assert (photos[pid].edit_lat, photos[pid].edit_lon) == (pytest.approx(lat, abs=1e-9), pytest.approx(lon, abs=1e-9))  # type: ignore[attr-defined]
    assert photos[near].edit_lat == DUSHANBE[0] and view.unplaced_item is None  # type: ignore[attr-defined]


def test_the_subject_has_its_own_pin(mapped: MapView, walk: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> None:
    copy = tmp_path / "subject.jpg"
    shutil.copy(photos_dir / "cameras" / "DSCN0138.JPG", copy)
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((38, 1), (33, 1), (3528, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((68, 1), (47, 1), (1320, 100)),
        piexif.GPSIFD.GPSDestLatitudeRef: b"N", piexif.GPSIFD.GPSDestLatitude: ((38, 1), (33, 1), (4000, 100)),
        piexif.GPSIFD.GPSDestLongitudeRef: b"E", piexif.GPSIFD.GPSDestLongitude: ((68, 1), (47, 1), (2400, 100)),
    }
    # The camera's own EXIF is replaced by one that names where it stood and what it looked at.
    piexif.insert(piexif.dump({"0th": {piexif.ImageIFD.Make: b"NIKON"}, "Exif": {}, "GPS": gps}), str(copy))
    wait_import(qtbot, walk.import_sources([copy]))
    model = walk.session.model  # type: ignore[union-attr]
    (pid,) = [i for i in model.ids() if model.photo(i).file_name == "subject.jpg"]  # type: ignore[union-attr]
    walk.select_ids([pid])
    view = mapped
    qtbot.waitUntil(lambda: any(isinstance(i, PinItem) for i in view.subject_items), timeout=5000)
    (subject,) = [i for i in view.subject_items if isinstance(i, PinItem)]
    assert subject.pin is not None and subject.pin.subject
    assert (subject.pin.lat, subject.pin.lon) == (pytest.approx(38 + 33 / 60 + 40 / 3600), pytest.approx(68 + 47 / 60 + 24 / 3600))
    assert subject.flags() & subject.GraphicsItemFlag.ItemIsMovable

    # Dragged: the subject stands where it was let go, the photo's own place stays, one step of Undo.
    before = stored(walk)[pid]
    home = QPointF(subject.pos())
    move = QPoint(-60, 30)
    drag(view, grip(view, subject), grip(view, subject) + move)
    dropped = home + QPointF(move)
    lat, lon = slippy_point(dropped.x(), dropped.y(), view.zoom)
    photo = stored(walk)[pid]
    assert (photo.edit_dest_lat, photo.edit_dest_lon) == (pytest.approx(lat, abs=1e-9), pytest.approx(lon, abs=1e-9))  # type: ignore[attr-defined]
    assert (photo.edit_lat, photo.edit_lon) == (before.edit_lat, before.edit_lon)  # type: ignore[attr-defined]
    assert photo.camera.dest_lat == before.camera.dest_lat  # type: ignore[attr-defined]  # the camera's value stays
    page = object_location_wikitext(photo)  # type: ignore[arg-type]
    assert page != object_location_wikitext(before)  # type: ignore[arg-type]
    assert [float(x) for x in page.strip("{}").split("|")[1:]] == [pytest.approx(lat, abs=1e-5), pytest.approx(lon, abs=1e-5)]
    (moved,) = [i for i in view.subject_items if isinstance(i, PinItem)]
    assert moved.pin is not None and (moved.pin.lat, moved.pin.lon) == (pytest.approx(lat), pytest.approx(lon))
    # Left off the page with the photo's location, and back with it.
    walk.session.push(FieldEdit(walk.session, LOCATION_REMOVED, [pid], True, "hide"))  # type: ignore[union-attr]
    assert object_location_wikitext(stored(walk)[pid]) == ""  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not any(isinstance(i, PinItem) for i in view.subject_items), timeout=5000)
    walk.act_undo.trigger()
    walk.act_undo.trigger()
    photo = stored(walk)[pid]
    assert (photo.edit_dest_lat, photo.edit_dest_lon) == (None, None)  # type: ignore[attr-defined]
    assert object_location_wikitext(photo) == object_location_wikitext(before)  # type: ignore[arg-type]  # the camera's again
    assert object_location_wikitext(photo).startswith("{{Object location|38.56")  # type: ignore[arg-type]


def test_tiles_kept_on_disk_are_shown_offline(qtbot: QtBot) -> None:
    def shown(view: MapView) -> bool:
        return len(view.tiles) >= len(view.visible_tiles()) > 0

    with tile_server() as server:
        source = TileSource(server.url)
        online = MapView()
        qtbot.addWidget(online)
        online.resize(500, 350)
        online.set_source(source)
        online.show()
        online.centre_on(*DUSHANBE, 15)
        qtbot.waitUntil(lambda: shown(online), timeout=10_000)
        fetched = server.count()
        online.shutdown()
    # The server is gone, and the kept tiles are old: the map tries once, then shows what it kept.
    cache = TileCache(source)
    for tile in online.tiles:
        old = cache.path_for(tile).stat().st_mtime - MAX_AGE - 60
        os.utime(cache.path_for(tile), (old, old))
    offline = MapView()
    qtbot.addWidget(offline)
    offline.resize(500, 350)
    offline.set_source(source)
    offline.show()
    offline.centre_on(*DUSHANBE, 15)
    qtbot.waitUntil(lambda: shown(offline), timeout=10_000)
    assert set(offline.tiles) == set(online.tiles) and fetched >= len(online.tiles)
    for tile, item in offline.tiles.items():
        assert item.pixmap().toImage().pixelColor(128, 60) == QColor(*tile_colour(tile.z, tile.x, tile.y)), tile
    qtbot.waitUntil(lambda: offline.offline and not offline.loader.online, timeout=10_000)
    offline.shutdown()


def test_the_window_imports_heic_photos_as_jpeg_when_asked(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                          photos_dir: Path) -> None:
    from photowalk.photo import FileKind
    from photowalk.projectsettings import read_settings
    from tests.ui.helpers import new_project

    phone = tmp_path / "phone" / "DCIM"
    phone.mkdir(parents=True)
    shutil.copy2(photos_dir / "other-formats" / "IMG_2682.heic", phone / "IMG_2682.heic")
    (tmp_path / "projects").mkdir()
    new_project(window, tmp_path / "projects")
    assert window.act_convert_heic.isEnabled() and not window.act_convert_heic.isChecked()  # type: ignore[attr-defined]
    window.act_convert_heic.trigger()  # type: ignore[attr-defined]
    assert window.session is not None and read_settings(window.session.store).convert_heic
    wait_import(qtbot, window.import_sources([phone]))  # in the worker process, as every import
    model = window.session.model
    qtbot.waitUntil(lambda: len(model.ids()) == 1, timeout=10_000)
    (photo,) = [model.photo(i) for i in model.ids()]
    assert photo is not None and photo.kind is FileKind.JPEG and photo.file_name == "IMG_2682.jpg"
    assert (tmp_path / "projects" / "JPEG" / "IMG_2682.jpg").is_file() and os.listdir(phone) == ["IMG_2682.heic"]
    window.act_convert_heic.trigger()  # type: ignore[attr-defined]
    assert not read_settings(window.session.store).convert_heic
