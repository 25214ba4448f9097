"""Looking closer and culling in the window: the large viewer, the not-for-upload mark, bursts, undo."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image, ImageFilter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.photomodel import CellRole
from tests.ui.helpers import new_project, wait_import

BURST_SOURCE = "cameras/Canon_EOS_REBEL_T3i.jpg"


def card_with_burst(tmp_path: Path, photos_dir: Path) -> Path:
    """Two other photos, and a burst of three frames of one scene (one of them sharp)."""
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(photos_dir / "cameras" / "DSCN0138.JPG", card / "A_DSCN0138.JPG")
    shutil.copy(photos_dir / "cameras" / "IMGP6668.JPG", card / "B_IMGP6668.JPG")
    with Image.open(photos_dir / BURST_SOURCE) as im:
        exif, picture = im.info["exif"], im.convert("RGB")
    picture.filter(ImageFilter.GaussianBlur(6)).save(card / "C_1.JPG", quality=80, exif=exif)
    picture.save(card / "C_2.JPG", quality=80, exif=exif)
    picture.filter(ImageFilter.GaussianBlur(4)).save(card / "C_3.JPG", quality=80, exif=exif)
    return card


def opened(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> dict[str, int]:
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card_with_burst(tmp_path, photos_dir)]))
    assert window.session is not None
    model = window.session.model
    qtbot.waitUntil(lambda: all(p.picture is not None for p in model.photos()) and len(model.photos()) == 5,
                    timeout=30_000)
    return {p.file_name: p.id for p in model.photos()}


def badges(window: MainWindow, pid: int) -> list[str]:
    assert window.session is not None
    model = window.session.model
    return [text for text, _c in model.index(model.row_of(pid) or 0).data(CellRole)[3]]


def test_x_marks_the_selection_not_for_upload_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    ids = opened(window, qtbot, tmp_path, photos_dir)
    assert window.session is not None
    model, proxy = window.session.model, window.session.proxy
    a, b = ids["A_DSCN0138.JPG"], ids["B_IMGP6668.JPG"]
    window.select_ids([a, b])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_X)
    assert model.photo(a).culled and model.photo(b).culled  # type: ignore[union-attr]
    assert badges(window, a) == ["⊘"]
    assert "2 not for upload" in window.count_label.text()
    qtbot.waitUntil(lambda: model.problems(a) == [], timeout=30_000)  # the checks pass it by
    window.set_filter("not-for-upload")
    assert sorted(proxy.ids()) == sorted([a, b])
    window.set_filter("ready")
    assert a not in proxy.ids()
    window.set_filter("all")
    assert window.session.store.culled_ids() == {a, b}
    assert "not for upload" in window.act_undo.text()
    window.act_undo.trigger()
    assert not model.photo(a).culled and window.session.store.culled_ids() == set()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "not for upload" not in window.count_label.text(), timeout=5_000)


def test_keep_the_sharpest_of_a_burst(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> None:
    ids = opened(window, qtbot, tmp_path, photos_dir)
    assert window.session is not None
    window.set_filter("bursts")
    burst = [ids["C_1.JPG"], ids["C_2.JPG"], ids["C_3.JPG"]]
    assert sorted(window.session.proxy.ids()) == sorted(burst)
    window.set_filter("all")
    window.act_keep_sharpest.trigger()
    assert window.session.store.culled_ids() == {ids["C_1.JPG"], ids["C_3.JPG"]}
    window.act_undo.trigger()
    assert window.session.store.culled_ids() == set()


def test_space_opens_the_large_viewer_off_the_gui_thread(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    ids = opened(window, qtbot, tmp_path, photos_dir)
    assert window.session is not None
    order = window.session.proxy.ids()
    window.select_ids([order[0]])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Space)
    viewer = window.viewer
    assert viewer is not None and viewer.isVisible() and viewer.current_id == order[0]
    photo = window.session.model.photo(order[0])
    assert photo is not None
    key = viewer.key_of(photo)
    # Decoded on a worker thread: the picture arrives by the event loop, never during the key press;
    # it is painted as decoded, without a conversion on the GUI thread.
    assert viewer.cache.picture(key) is None
    qtbot.waitUntil(lambda: viewer.cache.picture(key) is not None, timeout=10_000)
    # Once the viewer has its size, the picture shown is decoded at the size it is painted: copied to
    # the screen pixel for pixel, never scaled at a paint.
    qtbot.waitUntil(lambda: viewer.canvas.picture is viewer.cache.picture(viewer.key_of(photo)), timeout=10_000)
    shown_size = viewer.canvas.picture.size()  # type: ignore[union-attr]
    box = viewer.scroller.viewport().size()
    assert shown_size.width() <= box.width() and shown_size.height() <= box.height()
    assert box.width() - shown_size.width() <= 1 or box.height() - shown_size.height() <= 1
    assert photo.file_name in viewer.info.text()

    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    # The grid (and the editor) stay put while the viewer steps: they follow when it closes.
    assert viewer.current_id == order[1] and window.selected_ids() == [order[0]]
    # The neighbour after it was decoded ahead.
    after = window.session.model.photo(order[2])
    assert after is not None
    qtbot.waitUntil(lambda: viewer.cache.picture(viewer.key_of(after)) is not None, timeout=10_000)

    qtbot.keyClick(viewer, Qt.Key.Key_Z)  # 100 %
    shown = window.session.model.photo(order[1])
    assert shown is not None and viewer.actual
    full = viewer.key_of(shown)
    assert full[1] == max(shown.camera.width or 0, shown.camera.height or 0)
    qtbot.waitUntil(lambda: viewer.cache.picture(full) is not None, timeout=10_000)
    pm = viewer.cache.picture(full)
    assert pm is not None and (pm.width(), pm.height()) == (shown.camera.width, shown.camera.height)

    qtbot.keyClick(viewer, Qt.Key.Key_X)
    assert window.session.store.culled_ids() == {order[1]}
    assert "Not for upload" in viewer.info.text()
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not viewer.isVisible() and window.selected_ids() == [order[1]]
    assert ids  # every photo was imported and measured


def test_the_viewer_keeps_a_bounded_number_of_pictures(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    opened(window, qtbot, tmp_path, photos_dir)
    assert window.session is not None
    order = window.session.proxy.ids()
    viewer = window.open_viewer(order[0])
    assert viewer is not None
    viewer.cache.limit = 1  # every new picture pushes the older ones out
    for _ in order:
        qtbot.keyClick(viewer, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not viewer.cache._running, timeout=20_000)
    assert len(viewer.cache._pictures) == 1


def test_a_24_megapixel_photo_is_decoded_at_screen_size(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path
) -> None:
    card = tmp_path / "big"
    card.mkdir()
    with Image.open(photos_dir / BURST_SOURCE) as im:
        exif, picture = im.info["exif"], im.convert("RGB")
    picture.resize((6000, 4000)).save(card / "BIG.JPG", quality=85, exif=exif)  # 24 MP, as a camera writes it
    new_project(window, tmp_path)
    wait_import(qtbot, window.import_sources([card]))
    assert window.session is not None
    (pid,) = window.session.model.ids()
    viewer = window.open_viewer(pid)
    assert viewer is not None
    photo = window.session.model.photo(pid)
    assert photo is not None and (photo.camera.width, photo.camera.height) == (6000, 4000)
    key = viewer.key_of(photo)
    assert key[1] < 6000  # the screen's size, not the whole picture
    assert viewer.cache.picture(key) is None  # not decoded on the GUI thread
    qtbot.waitUntil(lambda: viewer.cache.picture(key) is not None, timeout=20_000)
    pm = viewer.cache.picture(key)
    assert pm is not None and max(pm.width(), pm.height()) == key[1]


def test_double_click_opens_the_viewer(window: MainWindow, qtbot: QtBot, tmp_path: Path, photos_dir: Path) -> None:
    opened(window, qtbot, tmp_path, photos_dir)
    assert window.session is not None
    proxy = window.session.proxy
    window.grid.doubleClicked.emit(proxy.index(2, 0))
    assert window.viewer is not None and window.viewer.isVisible()
    assert window.viewer.current_id == proxy.id_at(2)
