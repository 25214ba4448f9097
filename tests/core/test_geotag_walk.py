"""The whole way on a real walk: a GPS-less camera with a wrong clock, a phone's GPX track, and the
clock fixed from one photo of a clock. Every photo must land within 15 m of where it was taken,
at exactly the time it was taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from photowalk.cameras import Camera
from photowalk.clock import offset_from_reference, set_clock_offset
from photowalk.geotag import BEFORE_TRACK, geotag_project
from photowalk.gpx import read_gpx
from photowalk.importer import import_paths
from photowalk.phototime import corrected_camera_time, project_zone
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache
from photowalk.wikitext import date_wikitext
from tests.walk import make_corpus, make_walk, metres

CLOCK_ERROR = -(1 * 3600 + 3 * 60 + 17)  # the camera's clock is 1 h 03 min 17 s slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 12)


def test_clock_fixed_from_one_photo_and_every_photo_placed_from_the_track(
        corpus: Path, store: ProjectStore, tmp_path: Path) -> None:
    walk = make_walk(corpus, tmp_path / "walk", CLOCK_ERROR)
    import_paths([walk.photos], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"), workers=1)
    photos = {p.file_name: p for p in store.photos()}
    assert len(photos) == len(walk.shots) == 12
    assert all(p.camera.lat is None and p.camera.serial == "6012345" for p in photos.values())
    zone = project_zone(None)

    # The volunteer photographed a phone's clock with the sixth shot and reads it off the screen.
    reference = photos["DSC_0006.JPG"]
    truth = walk.shots["DSC_0006.JPG"].when
    set_clock_offset(store, Camera.of(reference), offset_from_reference(reference, truth.strftime("%H:%M:%S")),
                     reference_photo=reference.id, shows=truth.strftime("%H:%M:%S"))

    result = geotag_project(store, zone, track=read_gpx(walk.gpx), max_gap=300)

    placed = 0
    for photo in store.photos():
        shot = walk.shots[photo.file_name]
        when = corrected_camera_time(photo, zone)
        assert when is not None and when.replace(microsecond=0) == shot.when, photo.file_name
        if shot.lat is None or shot.lon is None:
            continue  # the original had no fix either: nothing to compare with
        assert photo.id in result.placed, (photo.file_name, result.not_placed.get(photo.id))
        assert photo.location_source == "gpx"
        assert photo.edit_lat is not None and photo.edit_lon is not None
        assert metres(photo.edit_lat, photo.edit_lon, shot.lat, shot.lon) < 15, photo.file_name
        placed += 1
    assert placed >= 10
    # The first shots came before the phone had a fix, more than 5 minutes before the track starts.
    first = photos["DSC_0001.JPG"].id
    assert result.not_placed[first].code == BEFORE_TRACK
    # The page says the corrected time.
    assert date_wikitext(store.photo(reference.id)) == "{{Taken on|" + truth.strftime("%Y-%m-%d %H:%M") + "}}"


def test_without_the_clock_fix_the_photos_miss_the_track(corpus: Path, store: ProjectStore, tmp_path: Path) -> None:
    walk = make_walk(corpus, tmp_path / "walk", CLOCK_ERROR)
    import_paths([walk.photos], store, thumbnails=ThumbnailCache(tmp_path / "thumbs"), workers=1)
    result = geotag_project(store, project_zone(None), track=read_gpx(walk.gpx), max_gap=300)
    # An hour off, on a track with a photo every quarter of an hour or so, places almost nothing,
    # and never anything that would pass for right.
    for pid, where in result.placed.items():
        shot = walk.shots[store.photo(pid).file_name]
        assert shot.lat is None or shot.lon is None or metres(where.lat, where.lon, shot.lat, shot.lon) > 15
