"""Culling on real camera files: measurements at import, bursts, keep the sharpest, hints, the mark itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageEnhance, ImageFilter

from photowalk.checks import check_photos
from photowalk.culling import (
    BLURRED,
    BURST_SECONDS,
    DARK,
    bursts,
    is_screenshot,
    keep_sharpest,
    quality_hints,
    set_culled,
    sharpest,
)
from photowalk.edits import UnknownPhotoError
from photowalk.importer import import_paths
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.picturestats import difference_hash, hash_distance, picture_stats
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache, render_thumbnail
from tests.describing import new_photo

CAMERA = "cameras/Canon_EOS_REBEL_T3i.jpg"  # 1152 x 768, taken 2014-03-05 05:28:09
OTHER = "cameras/IMGP6668.JPG"  # another camera, another day


def variant(source: Path, target: Path, change: str) -> Path:
    """A copy of a real photo with the same camera data (a frame of the same burst), changed as a burst's frames are."""
    with Image.open(source) as im:
        exif = im.info["exif"]
        picture = im.convert("RGB")
    if change == "blurred":
        picture = picture.filter(ImageFilter.GaussianBlur(6))
    elif change == "soft":
        picture = picture.filter(ImageFilter.GaussianBlur(3))
    elif change == "very blurred":
        picture = picture.filter(ImageFilter.GaussianBlur(40))
    elif change == "dark":
        picture = ImageEnhance.Brightness(picture).enhance(0.08)
    elif change == "resaved":
        pass  # another JPEG encoding of the same picture
    target.parent.mkdir(parents=True, exist_ok=True)
    picture.save(target, "JPEG", quality=75, exif=exif)
    return target


def imported(store: ProjectStore, folder: Path, tmp_path: Path) -> dict[str, Photo]:
    report = import_paths([folder], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"), workers=2)
    assert not report.failed
    return {p.file_name: p for p in store.photos()}


def test_hash_is_close_for_frames_of_one_scene_and_far_for_another(photos_dir: Path, tmp_path: Path) -> None:
    original = render_thumbnail(photos_dir / CAMERA)
    resaved = render_thumbnail(variant(photos_dir / CAMERA, tmp_path / "a.jpg", "resaved"))
    blurred = render_thumbnail(variant(photos_dir / CAMERA, tmp_path / "b.jpg", "blurred"))
    other = render_thumbnail(photos_dir / OTHER)
    h = difference_hash(original)
    assert hash_distance(h, difference_hash(resaved)) <= 4
    assert hash_distance(h, difference_hash(blurred)) <= 12
    assert hash_distance(h, difference_hash(other)) > 16
    assert picture_stats(blurred).sharpness < picture_stats(original).sharpness / 3


def test_import_measures_each_picture_and_keeps_it_with_the_photo(
    store: ProjectStore, photos_dir: Path, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(photos_dir / CAMERA, card / "IMG_0001.JPG")
    variant(photos_dir / CAMERA, card / "IMG_0002.JPG", "dark")
    variant(photos_dir / CAMERA, card / "IMG_0003.JPG", "very blurred")
    photos = imported(store, card, tmp_path)
    assert [h.code for h in quality_hints(photos["IMG_0003.JPG"])] == ["picture-blurred"]
    bright, dark = photos["IMG_0001.JPG"].picture, photos["IMG_0002.JPG"].picture
    assert bright is not None and dark is not None
    assert dark.brightness < DARK < bright.brightness
    assert bright.sharpness > BLURRED
    assert [h.code for h in quality_hints(photos["IMG_0002.JPG"])] == ["picture-dark"]
    assert quality_hints(photos["IMG_0001.JPG"]) == []
    # The dark frame's check lists the hint as a warning: it never blocks.
    found = check_photos(store)[photos["IMG_0002.JPG"].id]
    assert [(p.code, p.severity) for p in found if p.code.startswith("picture-")] == [("picture-dark", "warning")]


def test_a_record_first_import_measures_the_pictures_when_it_decodes_them(
    store: ProjectStore, photos_dir: Path, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(photos_dir / CAMERA, card / "IMG_0001.JPG")
    import_paths([card], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"), record_first=True, workers=2)
    (photo,) = store.photos()
    assert photo.pixels_checked and photo.picture is not None and photo.picture.sharpness > BLURRED


def test_a_burst_is_grouped_and_the_sharpest_is_kept(store: ProjectStore, photos_dir: Path, tmp_path: Path) -> None:
    card = tmp_path / "card"
    variant(photos_dir / CAMERA, card / "IMG_0001.JPG", "blurred")
    variant(photos_dir / CAMERA, card / "IMG_0002.JPG", "resaved")
    variant(photos_dir / CAMERA, card / "IMG_0003.JPG", "soft")
    shutil.copy(photos_dir / OTHER, card / "IMG_0004.JPG")
    photos = imported(store, card, tmp_path)
    ids = {name: p.id for name, p in photos.items()}
    groups = bursts(photos.values())
    assert [sorted(g) for g in groups] == [sorted([ids["IMG_0001.JPG"], ids["IMG_0002.JPG"], ids["IMG_0003.JPG"]])]
    by_id = {p.id: p for p in photos.values()}
    assert sharpest(groups[0], by_id) == ids["IMG_0002.JPG"]
    keep, cull = keep_sharpest(groups, by_id)
    assert keep == [ids["IMG_0002.JPG"]] and sorted(cull) == sorted([ids["IMG_0001.JPG"], ids["IMG_0003.JPG"]])


def test_frames_far_apart_in_time_are_no_burst(store: ProjectStore, photos_dir: Path, tmp_path: Path) -> None:
    card = tmp_path / "card"
    variant(photos_dir / CAMERA, card / "IMG_0001.JPG", "resaved")
    variant(photos_dir / CAMERA, card / "IMG_0002.JPG", "blurred")
    photos = imported(store, card, tmp_path)
    assert len(bursts(photos.values())) == 1
    # As if the second frame's camera clock were corrected by a little more than the window.
    photos["IMG_0002.JPG"].clock_offset = int(BURST_SECONDS) + 1
    assert bursts(photos.values()) == []


def test_culled_photos_are_not_checked_and_the_mark_comes_off_again(store: ProjectStore, photos_dir: Path) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(photos_dir / CAMERA)])]
    assert check_photos(store)[pid]  # not described: errors
    assert set_culled(store, [pid], True) == [pid]
    assert store.photo(pid).culled and store.culled_ids() == {pid}
    assert check_photos(store)[pid] == []
    mark = store.change_mark()
    set_culled(store, [pid], False)
    assert not store.photo(pid).culled
    assert store.changes_since(mark)[1] == {pid}  # other processes see the change
    assert check_photos(store)[pid]


def test_culling_an_unknown_photo_changes_nothing(store: ProjectStore, photos_dir: Path) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(photos_dir / CAMERA)])]
    with pytest.raises(UnknownPhotoError):
        set_culled(store, [pid, pid + 100], True)
    assert store.culled_ids() == set()


def test_removing_a_photo_removes_its_mark(store: ProjectStore, photos_dir: Path) -> None:
    (pid,) = [r.photo_id for r in store.add_photos([new_photo(photos_dir / CAMERA)])]
    set_culled(store, [pid], True)
    store.remove_photos([pid])
    assert store.culled_ids() == set()


@pytest.mark.parametrize(
    ("name", "camera", "expected"),
    [
        ("Screenshot_20240501-101500.png", CameraData(width=1080, height=2400), True),
        ("Снимок экрана 2024-05-01.png", CameraData(width=800, height=600), True),
        ("IMG_0001.png", CameraData(width=1920, height=1080), True),  # a screen's size, no camera
        ("IMG_0001.jpg", CameraData(make="Canon", model="EOS", width=1920, height=1080), False),
        ("IMG_0001.jpg", CameraData(width=4000, height=3000), False),
    ],
)
def test_screenshots(name: str, camera: CameraData, expected: bool) -> None:
    photo = Photo(id=1, path=name, sha1="0" * 40, size=1, mtime=0.0, kind=FileKind.PNG, camera=camera)
    assert is_screenshot(photo) is expected
    assert ("picture-screenshot" in [h.code for h in quality_hints(photo)]) is expected


def test_a_tiny_picture_gets_a_hint(photos_dir: Path, store: ProjectStore, tmp_path: Path) -> None:
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(photos_dir / "cameras/Olympus_C2040Z.jpg", card)  # 120 x 90
    (photo,) = imported(store, card, tmp_path).values()
    hints = [h for h in quality_hints(photo) if h.code == "picture-small"]
    assert [(h.code, h.params) for h in hints] == [("picture-small", {"width": 120, "height": 90})]

