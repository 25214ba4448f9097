"""The map's pins: one per place, subjects apart, photos without a place, and moves as one edit of each photo."""

from __future__ import annotations

from pathlib import Path

import pytest

from photowalk.edits import InvalidLocationError, UnknownPhotoError, remove_location, set_location, set_locations
from photowalk.mappins import Pin, camera_pins, copied_from, moved_places, subject_pins, turned, unplaced
from photowalk.photo import CameraData, FileKind, Photo
from tests.describing import project_with


def photo(pid: int, **camera: float | None) -> Photo:
    return Photo(pid, f"IMG_{pid}.JPG", f"{pid:040d}", 1, 0.0, FileKind.JPEG, CameraData(**camera))  # type: ignore[arg-type]


def test_pins_group_photos_at_one_place_and_keep_their_headings() -> None:
    a = photo(1, lat=38.5598, lon=68.787, heading=90.0)
    b = photo(2, lat=38.5598, lon=68.787, heading=90.0)
    c = photo(3, lat=38.5610, lon=68.789)
    d = photo(4)
    e = photo(5, lat=38.57, lon=68.78)
    e.location_removed = True
    f = photo(6)
    f.edit_lat, f.edit_lon, f.edit_heading = 38.5, 68.7, 12.0
    pins = camera_pins([a, b, c, d, e, f])
    assert pins == [Pin(38.5598, 68.787, (1, 2), 90.0), Pin(38.561, 68.789, (3,)), Pin(38.5, 68.7, (6,), 12.0)]
    # Photos left off the page on purpose are not offered for placing.
    assert unplaced([a, b, c, d, e, f]) == [4]
    b.edit_heading = 180.0
    assert camera_pins([a, b])[0].heading is None  # they look different ways


def test_subject_pins_come_from_the_cameras_destination() -> None:
    a = photo(1, lat=38.5598, lon=68.787, dest_lat=38.5612, dest_lon=68.7899)
    assert subject_pins([a]) == [Pin(38.5612, 68.7899, (1,), None, subject=True)]
    a.location_removed = True
    assert subject_pins([a]) == []


def test_moves_turns_and_copies_keep_what_they_do_not_change() -> None:
    a = photo(1, lat=38.5598, lon=68.787, heading=90.0)
    b = photo(2, lat=38.5598, lon=68.787)
    c = photo(3)
    photos = {p.id: p for p in (a, b, c)}
    pin = camera_pins([a, b])[0]
    assert moved_places({pin: (38.6, 68.8)}, photos) == {1: (38.6, 68.8, 90.0), 2: (38.6, 68.8, None)}
    assert turned(pin, 45.0, photos) == {1: (38.5598, 68.787, 45.0), 2: (38.5598, 68.787, 45.0)}
    assert copied_from(a, [1, 2, 3]) == {2: (38.5598, 68.787, 90.0), 3: (38.5598, 68.787, 90.0)}
    assert copied_from(c, [1, 2]) is None


def test_set_locations_gives_each_photo_its_own_in_one_transaction(tmp_path: Path) -> None:
    store, by_rel = project_with(tmp_path, ["gps/DSCN0010.jpg", "cameras/DSCN0138.JPG", "gps/Apple_iPhone_4.jpg"])
    ids = list(by_rel.values())
    remove_location(store, [ids[2]])
    set_location(store, [ids[1]], 1.0, 2.0, 3.0)
    assert set_locations(store, {ids[0]: (38.56, 68.78, None), ids[2]: (38.57, 68.79, 270.0)}) == 2
    got = {p.id: (p.edit_lat, p.edit_lon, p.edit_heading, p.location_removed) for p in store.photos()}
    assert got == {ids[0]: (38.56, 68.78, None, False), ids[1]: (1.0, 2.0, 3.0, False), ids[2]: (38.57, 68.79, 270.0, False)}
    # One bad place or photo and nothing is written.
    with pytest.raises(InvalidLocationError):
        set_locations(store, {ids[0]: (10.0, 10.0, None), ids[1]: (91.0, 0.0, None)})
    with pytest.raises(UnknownPhotoError):
        set_locations(store, {ids[0]: (10.0, 10.0, None), 9999: (1.0, 1.0, None)})
    assert store.photo(ids[0]).edit_lat == 38.56 and store.photo(ids[1]).edit_lat == 1.0
    store.close()
