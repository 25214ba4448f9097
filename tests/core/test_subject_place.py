"""The subject's position moved by the volunteer (schema's edit_dest_*): kept beside the camera's, logged, on the page,
left off with the location."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from photowalk.edits import InvalidLocationError, remove_location, restore_location, set_subject_locations
from photowalk.fields import effective_object_location
from photowalk.mappins import Pin, moved_subjects, subject_pins
from photowalk.photo import CameraData, FileKind
from photowalk.project import NewPhoto, ProjectStore
from photowalk.schema import APPLICATION_ID, MIGRATIONS
from photowalk.wikitext import object_location_wikitext


def add(store: ProjectStore, name: str, **camera: object) -> int:
    data = CameraData(taken="2025-05-01T10:00:00", make="NIKON CORPORATION", model="NIKON D3500", **camera)  # type: ignore[arg-type]
    return store.add_photos([NewPhoto(store.root / name, name, 1, 0.0, FileKind.JPEG, data)])[0].photo_id


def test_a_moved_subject_wins_over_the_camera_s_and_goes_back(store: ProjectStore) -> None:
    a = add(store, "a.jpg", lat=38.57, lon=68.78, dest_lat=38.58, dest_lon=68.79)
    b = add(store, "b.jpg", lat=38.57, lon=68.78)  # the camera recorded no subject
    mark = store.change_mark()
    assert set_subject_locations(store, {a: (38.5801, 68.7902), b: (38.1, 68.1)}) == 2
    assert store.changes_since(mark)[1] == {a, b}  # other processes see it, like every edit
    pa, pb = store.photo(a), store.photo(b)
    assert (pa.edit_dest_lat, pa.edit_dest_lon, pa.camera.dest_lat) == (38.5801, 68.7902, 38.58)
    assert object_location_wikitext(pa) == "{{Object location|38.5801|68.7902}}"
    assert effective_object_location(pb) is not None  # a subject placed by hand where the camera had none
    assert (pa.edit_lat, pa.edit_lon) == (None, None)  # where the photo was taken is another thing
    assert [(p.lat, p.ids) for p in subject_pins([pa, pb])] == [(38.5801, (a,)), (38.1, (b,))]

    remove_location(store, [a])
    assert object_location_wikitext(store.photo(a)) == "" and subject_pins([store.photo(a)]) == []
    restore_location(store, [a])
    assert object_location_wikitext(store.photo(a)) == "{{Object location|38.5801|68.7902}}"

    set_subject_locations(store, {a: None, b: None})
    assert object_location_wikitext(store.photo(a)) == "{{Object location|38.58|68.79}}"
    assert effective_object_location(store.photo(b)) is None


def test_impossible_places_are_refused_and_nothing_is_written(store: ProjectStore) -> None:
    a = add(store, "a.jpg", dest_lat=38.58, dest_lon=68.79)
    with pytest.raises(InvalidLocationError):
        set_subject_locations(store, {a: (38.0, 68.0), a + 1: (91.0, 0.0)})
    assert store.photo(a).edit_dest_lat is None


def test_only_blue_pins_move_subjects() -> None:
    camera, subject = Pin(1.0, 2.0, (1, 2)), Pin(3.0, 4.0, (1, 2), subject=True)
    assert moved_subjects({camera: (5.0, 6.0), subject: (7.0, 8.0)}) == {1: (7.0, 8.0), 2: (7.0, 8.0)}


def test_an_older_project_gets_the_columns_empty(tmp_path: Path) -> None:
    path = tmp_path / "old.photowalk"
    conn = sqlite3.connect(path)
    older = len(MIGRATIONS) - 1
    conn.executescript("BEGIN;" + "".join(MIGRATIONS[:older]) +
                       f"PRAGMA application_id={APPLICATION_ID};PRAGMA user_version={older};COMMIT;")
    conn.execute("INSERT INTO photos(path, sha1, size, mtime, kind, added, dest_lat, dest_lon) "
                 "VALUES ('a.jpg', 'x', 1, 0, 'jpeg', 'now', 38.58, 68.79)")
    conn.commit()
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        (p,) = store.photos()
        assert (p.edit_dest_lat, p.edit_dest_lon) == (None, None)
        assert object_location_wikitext(p) == "{{Object location|38.58|68.79}}"
