"""Camera identity, a photo's time with its offset, and camera clock corrections kept in the project."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import piexif
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image

from photowalk.cameras import AmbiguousCameraError, Camera, UnknownCameraError, find_camera
from photowalk.clock import (
    InvalidShiftError,
    InvalidShownTimeError,
    NoCameraTimeError,
    clear_clock_offset,
    clock_corrections,
    format_shift,
    offset_from_reference,
    parse_shift,
    set_clock_offset,
)
from photowalk.exif import read_camera_data
from photowalk.fields import effective_date
from photowalk.photo import CameraData, FileKind, Photo
from photowalk.phototime import corrected_camera_time, parse_time, photo_time, project_zone, shifted_text, utc_label
from photowalk.project import NewPhoto, ProjectStore
from photowalk.projectsettings import read_settings, update_settings
from photowalk.schema import APPLICATION_ID, MIGRATIONS

DUSHANBE = project_zone(None)


def photo(taken: str | None, **fields: object) -> Photo:
    camera = CameraData(taken=taken, make="NIKON CORPORATION", model="NIKON D5300")
    return Photo(id=1, path="a.jpg", sha1="x", size=1, mtime=0.0, kind=FileKind.JPEG, camera=camera, **fields)  # type: ignore[arg-type]


def add(store: ProjectStore, name: str, camera: CameraData) -> int:
    new = NewPhoto(Path(store.root / name), name, 1, 0.0, FileKind.JPEG, camera)
    return store.add_photos([new])[0].photo_id


# -- time ------------------------------------------------------------------------------------


def test_time_with_the_cameras_offset_else_the_projects_zone() -> None:
    assert parse_time("2024-05-11T09:00:00.52+01:00", DUSHANBE) == datetime(
        2024, 5, 11, 9, 0, 0, 520000, tzinfo=timezone(timedelta(hours=1)))
    local = parse_time("2024-05-11T09:00:00", DUSHANBE)
    assert local is not None and local.utcoffset() == timedelta(hours=5)
    assert parse_time("2024-05-11 09:00", project_zone("Europe/Moscow")).utcoffset() == timedelta(hours=3)  # type: ignore[union-attr]
    assert parse_time("2024-05-11", DUSHANBE) is None  # a day has no time of day
    assert parse_time("2024-02-30T09:00", DUSHANBE) is None
    assert project_zone("Mars/Olympus") == DUSHANBE  # an unknown zone: the default


def test_utc_labels_as_commons_writes_them() -> None:
    assert [utc_label(datetime(2025, 1, 1, tzinfo=timezone(timedelta(minutes=m)))) for m in (300, 330, -210, 0)] == [
        "UTC+5", "UTC+5:30", "UTC-3:30", "UTC"]


def test_a_shift_keeps_the_cameras_form_and_crosses_midnight() -> None:
    assert shifted_text("2024-05-11T23:30:10.52+05:00", 3600) == "2024-05-12T00:30:10.52+05:00"
    assert shifted_text("2024-05-11T09:00", -60) == "2024-05-11T08:59"
    assert shifted_text("2024-05-11", 3600) == "2024-05-11"
    assert shifted_text("2024-05-11T09:00:00", 0) == "2024-05-11T09:00:00"


def test_the_volunteers_date_wins_over_the_corrected_camera_time() -> None:
    p = photo("2024-05-11T09:00:00", clock_offset=3780)
    assert effective_date(p) == "2024-05-11T10:03:00"
    assert corrected_camera_time(p, DUSHANBE) == datetime(2024, 5, 11, 10, 3, tzinfo=DUSHANBE)
    p.edit_date = "2024-05-12 14:00"
    assert effective_date(p) == "2024-05-12 14:00"
    assert photo_time(p, DUSHANBE) == datetime(2024, 5, 12, 14, 0, tzinfo=DUSHANBE)
    p.edit_date = "2024-05-12"
    assert photo_time(p, DUSHANBE) is None


def test_time_zone_is_a_typed_project_setting(store: ProjectStore) -> None:
    assert read_settings(store).time_zone is None
    assert update_settings(store, time_zone="Europe/Moscow").time_zone == "Europe/Moscow"
    store.set_setting("time_zone", "Nowhere/Atlantis")  # hand-edited: reads as unset
    assert read_settings(store).time_zone is None


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\A\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?\Z"),
       st.integers(min_value=-10**10, max_value=10**10))
@example("9999-12-31T23:59:59.9999999+05:00", 0)  # a fraction that rounds up into the next second
@example("9999-12-31T23:59:59", 86400)  # moved past the last day a computer calendar has
@example("0001-01-01 00:00", -1)
def test_probe_any_stored_time_reads_or_is_no_time(text: str, seconds: int) -> None:
    when = parse_time(text, DUSHANBE)
    assert when is None or when.tzinfo is not None
    moved = shifted_text(text, seconds)
    assert isinstance(moved, str)
    p = photo(text, clock_offset=seconds)
    assert photo_time(p, DUSHANBE) is None or isinstance(photo_time(p, DUSHANBE), datetime)


# -- shifts and references -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "seconds"), [
    ("+01:03", 3780), ("-00:05:30", -330), ("1:03", 3780), ("+1h03m", 3780), ("+1 h 03 min", 3780),
    ("-45 s", -45), ("+2d", 172800), ("- 1 hour 2 minutes 3 seconds", -3723),
])
def test_shifts(text: str, seconds: int) -> None:
    assert parse_shift(text) == seconds


@pytest.mark.parametrize("text", ["", "+", "1:75", "abc", "+1:03:99", "++1:00", "999999:00", "1 h 2 parsecs"])
def test_not_shifts(text: str) -> None:
    with pytest.raises(InvalidShiftError):
        parse_shift(text)


def test_format_shift() -> None:
    assert [format_shift(s) for s in (3780, -45, 0)] == ["+1:03:00", "-0:00:45", "+0:00:00"]


def test_offset_from_a_photo_of_a_clock() -> None:
    # Subseconds are the camera's own and stay: the shift is whole seconds.
    assert offset_from_reference(photo("2024-05-11T13:29:10.87"), "14:32") == 3770
    assert offset_from_reference(photo("2024-05-11T13:29:10"), "14:32:20") == 3790
    # The nearest day: a clock behind across midnight, and one ahead.
    assert offset_from_reference(photo("2024-05-11T23:50:00"), "00:10") == 1200
    assert offset_from_reference(photo("2024-05-12T00:10:00"), "23:50") == -1200
    # A clock never set, years behind: give the date too.
    assert offset_from_reference(photo("2000-01-01T00:05:00"), "2024-05-11 10:00") == round(
        (datetime(2024, 5, 11, 10) - datetime(2000, 1, 1, 0, 5)).total_seconds())
    with pytest.raises(InvalidShownTimeError):
        offset_from_reference(photo("2024-05-11T13:29:10"), "25:00")
    with pytest.raises(InvalidShownTimeError):
        offset_from_reference(photo("2024-05-11T13:29:10"), "half past two")
    with pytest.raises(NoCameraTimeError):
        offset_from_reference(photo(None), "14:32")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789+-: hmsdayourinec.T", max_size=24), st.sampled_from(
    ["2024-05-11T13:29:10", "9999-12-31T23:59:59", "0001-01-01T00:00:00", "2024-02-30T10:00:00", None]))
def test_probe_any_typed_time_gives_a_correction_or_its_error(text: str, taken: str | None) -> None:
    try:
        assert abs(parse_shift(text)) <= 100 * 366 * 86400
    except InvalidShiftError:
        pass
    try:
        assert isinstance(offset_from_reference(photo(taken), text), int)
    except (InvalidShownTimeError, NoCameraTimeError):
        pass


# -- cameras and their corrections in the project --------------------------------------------


def test_cameras_are_told_apart_by_serial_number(store: ProjectStore) -> None:
    a = add(store, "a.jpg", CameraData(taken="2024-05-11T09:00:00", make="NIKON CORPORATION", model="NIKON D5300", serial="111"))
    b = add(store, "b.jpg", CameraData(taken="2024-05-11T09:00:00", make="NIKON CORPORATION", model="NIKON D5300", serial="222"))
    c = add(store, "c.jpg", CameraData(taken="2024-05-11T09:00:00+05:00", make="Canon", model="Canon EOS 80D"))
    first = Camera.of(store.photo(a))
    assert first.name == "NIKON D5300" and first.label == "NIKON D5300 #111"
    assert find_camera(store, "nikon d5300 #222") == Camera.of(store.photo(b))
    assert find_camera(store, "111") == first
    assert find_camera(store, "Canon EOS 80D") == Camera.of(store.photo(c))
    with pytest.raises(AmbiguousCameraError):
        find_camera(store, "NIKON D5300")
    with pytest.raises(UnknownCameraError) as info:
        find_camera(store, "Sony")
    assert "NIKON D5300 #111" in info.value.message

    set_clock_offset(store, first, 3780, reference_photo=a, shows="10:03")
    photos = {p.id: p for p in store.photos()}
    assert (photos[a].clock_offset, photos[b].clock_offset, photos[c].clock_offset) == (3780, 0, 0)
    # The camera's own value stays as it was; the correction is kept beside it.
    assert photos[a].camera.taken == "2024-05-11T09:00:00"
    assert effective_date(photos[a]) == "2024-05-11T10:03:00"
    assert clock_corrections(store)[first].reference_photo == a
    clear_clock_offset(store, first)  # undo
    assert store.photo(a).clock_offset == 0 and clock_corrections(store) == {}


def test_a_correction_is_a_change_of_each_of_the_cameras_photos(store: ProjectStore) -> None:
    a = add(store, "a.jpg", CameraData(taken="2024-05-11T09:00:00", make="NIKON CORPORATION", model="NIKON D5300"))
    add(store, "b.jpg", CameraData(taken="2024-05-11T09:00:00", make="Canon", model="Canon EOS 80D"))
    mark = store.change_mark()
    set_clock_offset(store, Camera.of(store.photo(a)), 60)
    assert store.changes_since(mark)[1] == {a}
    mark = store.change_mark()
    set_clock_offset(store, Camera.of(store.photo(a)), 0)  # 0 is no correction
    assert store.changes_since(mark)[1] == {a} and store.photo(a).clock_offset == 0


def test_an_older_project_gets_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.photowalk"
    conn = sqlite3.connect(path)
    conn.executescript("BEGIN;" + "".join(MIGRATIONS[:4]) + f"PRAGMA application_id={APPLICATION_ID};PRAGMA user_version=4;COMMIT;")
    conn.execute("INSERT INTO photos(path, sha1, size, mtime, kind, taken, make, model, added) "
                 "VALUES ('a.jpg', 'x', 1, 0, 'jpeg', '2024-05-11T09:00:00', 'NIKON CORPORATION', 'NIKON D5300', 'now')")
    conn.commit()
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        (p,) = store.photos()
        assert p.camera.serial is None and p.location_source is None and p.clock_offset == 0
        set_clock_offset(store, Camera.of(p), -30)
        assert effective_date(store.photo(p.id)) == "2024-05-11T08:59:30"


# -- reading serial numbers and where the subject is -----------------------------------------


def _rational_dms(value: float) -> tuple[tuple[int, int], ...]:
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60 * 1000)
    return ((d, 1), (m, 1), (s, 1000))


def test_serial_and_gps_destination_are_read(tmp_path: Path) -> None:
    path = tmp_path / "dest.jpg"
    Image.new("RGB", (8, 8)).save(path)
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: _rational_dms(38.5598),
        piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: _rational_dms(68.787),
        piexif.GPSIFD.GPSDestLatitudeRef: b"N", piexif.GPSIFD.GPSDestLatitude: _rational_dms(38.5612),
        piexif.GPSIFD.GPSDestLongitudeRef: b"E", piexif.GPSIFD.GPSDestLongitude: _rational_dms(68.7899),
    }
    exif = {piexif.ExifIFD.BodySerialNumber: b"6012345"}
    piexif.insert(piexif.dump({"0th": {}, "Exif": exif, "GPS": gps}), str(path))
    data = read_camera_data(path, FileKind.JPEG)
    assert data.serial == "6012345"
    assert data.dest_lat == pytest.approx(38.5612, abs=1e-6) and data.dest_lon == pytest.approx(68.7899, abs=1e-6)
    assert data.warnings == []
    # A destination without its hemisphere is left out, without a warning: the camera's position stands.
    gps[piexif.GPSIFD.GPSDestLongitudeRef] = b"\x00"
    piexif.insert(piexif.dump({"0th": {}, "Exif": exif, "GPS": gps}), str(path))
    data = read_camera_data(path, FileKind.JPEG)
    assert data.dest_lat is None and data.dest_lon is None and data.lat is not None and data.warnings == []


# -- what the window's clock dialog uses ----------------------------------------------------


def test_the_preview_spreads_over_the_camera_s_photos_in_time_order() -> None:
    from photowalk.clock import preview_shift

    shots = [Photo(id=i, path=f"{i}.jpg", sha1=str(i), size=1, mtime=0.0, kind=FileKind.JPEG,
                   camera=CameraData(taken=f"2025-05-01T10:{59 - i:02d}:00", make="NIKON CORPORATION",
                                     model="NIKON D5300"))
             for i in range(9)]
    shots.append(photo(None))  # no time: left out
    rows = preview_shift(shots, 3780, DUSHANBE)
    assert [r.photo_id for r in rows] == [8, 6, 4, 2, 0]  # first, last and evenly between, earliest first
    for r in rows:
        assert r.corrected - r.camera == timedelta(hours=1, minutes=3)
        assert r.camera.utcoffset() == timedelta(hours=5)
    assert [r.photo_id for r in preview_shift(shots[:2], -60, DUSHANBE)] == [1, 0]
    # Across midnight and with the camera's own offset kept.
    late = photo("2025-05-01T23:30:00+03:00")
    (row,) = preview_shift([late], 3600, DUSHANBE)
    assert row.corrected.isoformat() == "2025-05-02T00:30:00+03:00"


def test_put_correction_restores_what_a_camera_had(store: ProjectStore) -> None:
    from photowalk.cameras import photos_of
    from photowalk.clock import ClockCorrection, put_correction

    nikon = CameraData(taken="2025-05-01T10:00:00", make="NIKON CORPORATION", model="NIKON D5300", serial="1")
    other = CameraData(taken="2025-05-01T10:00:00", make="Canon", model="Canon EOS 80D")
    a, b = add(store, "a.jpg", nikon), add(store, "b.jpg", other)
    camera = Camera("NIKON CORPORATION", "NIKON D5300", "1")
    assert [p.id for p in photos_of(store.photos(), camera)] == [a]
    put_correction(store, camera, ClockCorrection(camera, -120, a, "09:58"))
    assert clock_corrections(store)[camera] == ClockCorrection(camera, -120, a, "09:58")
    assert (store.photo(a).clock_offset, store.photo(b).clock_offset) == (-120, 0)
    put_correction(store, camera, None)
    assert clock_corrections(store) == {} and store.photo(a).clock_offset == 0
