"""Placing photos from a GPX track and from phone photos: interpolation, gaps, what is never replaced."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from photowalk.edits import set_location
from photowalk.geotag import (
    AFTER_TRACK,
    BEFORE_TRACK,
    HAS_GPS,
    IN_GAP,
    LOCATION_REMOVED,
    NO_PHONE_PHOTO,
    NO_TIME,
    SET_BY_HAND,
    geotag_project,
    match_photos,
    on_track,
    undo_geotags,
)
from photowalk.gpx import GpxError, GpxNoTimesError, Track, read_gpx
from photowalk.photo import CameraData, FileKind
from photowalk.phototime import project_zone
from photowalk.project import NewPhoto, ProjectStore
from photowalk.reasons import Reason

ZONE = project_zone(None)  # Asia/Dushanbe, UTC+5
T0 = datetime(2024, 5, 11, 4, 0, tzinfo=UTC).timestamp()  # 09:00 in Dushanbe


def add(store: ProjectStore, name: str, taken: str | None, **camera: object) -> int:
    data = CameraData(taken=taken, make="NIKON CORPORATION", model="NIKON D3500", **camera)  # type: ignore[arg-type]
    return store.add_photos([NewPhoto(store.root / name, name, 1, 0.0, FileKind.JPEG, data)])[0].photo_id


TRACK = Track.of([(T0, 38.56, 68.78), (T0 + 100, 38.561, 68.782), (T0 + 1000, 38.57, 68.79)])


def test_between_two_points_the_position_is_interpolated() -> None:
    assert on_track(TRACK, T0 + 25, 300) == pytest.approx((38.56025, 68.7805))
    assert on_track(TRACK, T0 + 100, 300) == (38.561, 68.782)  # on a point: that point, whatever the gaps


def test_gaps_and_ends_beyond_the_limit_are_refused_with_their_size() -> None:
    gap = on_track(TRACK, T0 + 500, 300)
    assert isinstance(gap, Reason) and gap.code == IN_GAP and gap.params == {"seconds": 900, "limit": 300}
    assert on_track(TRACK, T0 + 500, 900) == pytest.approx((38.565, 68.782 + 0.008 * 4 / 9))
    before, after = on_track(TRACK, T0 - 301, 300), on_track(TRACK, T0 + 1400, 300)
    assert isinstance(before, Reason) and before.code == BEFORE_TRACK and before.params["seconds"] == 301
    assert isinstance(after, Reason) and after.code == AFTER_TRACK and "400 s after the track ends" in after.message
    assert on_track(TRACK, T0 - 60, 300) == (38.56, 68.78)  # just before the start: where it starts


def test_impossible_and_repeated_points_are_left_out() -> None:
    track = Track.of([(T0, 0.0, 0.0), (T0 + 1, 95.0, 68.0), (T0 + 2, 38.5, 68.7), (T0 + 2, 38.9, 68.9)])
    assert (track.times, track.lats) == ((T0 + 2,), (38.5,))


def test_what_is_never_replaced_unless_asked(store: ProjectStore) -> None:
    own_gps = add(store, "gps.jpg", "2024-05-11T09:00:25", lat=38.0, lon=68.0)
    by_hand = add(store, "hand.jpg", "2024-05-11T09:00:25")
    removed = add(store, "private.jpg", "2024-05-11T09:00:25")
    no_time = add(store, "day.jpg", None)
    free = add(store, "free.jpg", "2024-05-11T09:00:25")
    set_location(store, [by_hand], 38.1, 68.1)
    store.conn.execute("UPDATE photos SET location_removed=1 WHERE id=?", (removed,))

    result = geotag_project(store, ZONE, track=TRACK)
    assert {pid: r.code for pid, r in result.not_placed.items()} == {
        own_gps: HAS_GPS, by_hand: SET_BY_HAND, removed: LOCATION_REMOVED, no_time: NO_TIME}
    assert list(result.placed) == [free]
    got = store.photo(free)
    assert (got.edit_lat, got.edit_lon, got.location_source) == (pytest.approx(38.56025), pytest.approx(68.7805), "gpx")
    assert (store.photo(own_gps).edit_lat, store.photo(by_hand).edit_lat) == (None, 38.1)

    # Asked to: the camera's GPS and the hand-set position are replaced too (the camera's value stays).
    result = geotag_project(store, ZONE, track=TRACK, replace=True)
    assert set(result.placed) == {own_gps, by_hand, free}
    assert store.photo(own_gps).camera.lat == 38.0 and store.photo(own_gps).edit_lat == pytest.approx(38.56025)

    # Undo forgets what geotagging set; a position set by hand afterwards is the volunteer's again.
    set_location(store, [free], 38.2, 68.2)
    assert undo_geotags(store) == 2
    assert (store.photo(own_gps).edit_lat, store.photo(by_hand).edit_lat, store.photo(free).edit_lat) == (None, None, 38.2)


def test_a_second_run_replaces_its_own_positions(store: ProjectStore) -> None:
    pid = add(store, "a.jpg", "2024-05-11T09:00:25")
    geotag_project(store, ZONE, track=TRACK)
    later = Track.of([(T0, 38.6, 68.8), (T0 + 100, 38.6, 68.8)])
    assert pid in geotag_project(store, ZONE, track=later).placed
    assert store.photo(pid).edit_lat == pytest.approx(38.6)


def test_a_companion_phone_places_the_cameras_photos(store: ProjectStore) -> None:
    # The phone writes its offset; the camera writes none (Dushanbe time, the project's zone).
    add(store, "phone1.jpg", "2024-05-11T09:00:00+05:00", lat=38.56, lon=68.78)
    add(store, "phone2.jpg", "2024-05-11T09:01:40+05:00", lat=38.561, lon=68.782)
    between = add(store, "cam1.jpg", "2024-05-11T09:00:25")
    near_one = add(store, "cam2.jpg", "2024-05-11T09:03:00")
    far = add(store, "cam3.jpg", "2024-05-11T09:30:00")
    result = match_photos(store.photos(), ZONE, from_phone=True, phone_window=120)
    assert result.placed[between].source == "phone"
    assert (result.placed[between].lat, result.placed[between].lon) == (pytest.approx(38.56025), pytest.approx(68.7805))
    assert (result.placed[near_one].lat, result.placed[near_one].lon) == (38.561, 68.782)
    assert result.not_placed[far].code == NO_PHONE_PHOTO and "within 120 s" in result.not_placed[far].message
    assert result.by_source() == {"gpx": 0, "phone": 2}
    assert result.counts() == {HAS_GPS: 2, NO_PHONE_PHOTO: 1}


def test_a_phone_photo_kept_private_places_no_other(store: ProjectStore) -> None:
    home = add(store, "home.jpg", "2024-05-11T09:00:00+05:00", lat=38.56, lon=68.78)
    store.conn.execute("UPDATE photos SET location_removed=1 WHERE id=?", (home,))
    beside = add(store, "cam.jpg", "2024-05-11T09:00:30")
    result = match_photos(store.photos(), ZONE, from_phone=True)
    assert result.not_placed[beside].code == NO_PHONE_PHOTO


def test_the_track_first_then_the_phone(store: ProjectStore) -> None:
    add(store, "phone.jpg", "2024-05-11T09:30:00+05:00", lat=38.58, lon=68.80)
    on_the_track = add(store, "cam1.jpg", "2024-05-11T09:00:25")
    in_a_gap = add(store, "cam2.jpg", "2024-05-11T09:30:30")
    result = match_photos(store.photos(), ZONE, track=TRACK, from_phone=True)
    assert result.placed[on_the_track].source == "gpx" and result.placed[in_a_gap].source == "phone"


# -- reading GPX -----------------------------------------------------------------------------

GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<trk><trkseg>
<trkpt lat="38.56" lon="68.78"><time>2024-05-11T04:00:00Z</time></trkpt>
<trkpt lat="38.561" lon="68.782"><time>2024-05-11T04:01:40Z</time></trkpt>
</trkseg><trkseg>
<trkpt lat="38.57" lon="68.79"><time>2024-05-11T04:16:40</time></trkpt>
<trkpt lat="38.58" lon="68.80"></trkpt>
</trkseg></trk>
</gpx>"""


def test_a_gpx_file_with_segments(tmp_path: Path) -> None:
    path = tmp_path / "walk.gpx"
    path.write_text(GPX, encoding="utf-8")
    track = read_gpx(path)
    # Every timed point of every segment; a time without a zone is UTC, as GPX says; untimed points left out.
    assert track.times == (T0, T0 + 100, T0 + 1000) and track.lats == (38.56, 38.561, 38.57)


@pytest.mark.parametrize(("text", "error"), [
    ("not xml at all", GpxError),
    ("<gpx><trk><trkseg><trkpt lat='x' lon='1'/></trkseg></trk></gpx>", GpxError),
    ('<gpx version="1.1"><rte><rtept lat="38.5" lon="68.7"/></rte></gpx>', GpxNoTimesError),
])
def test_files_that_are_not_tracks(tmp_path: Path, text: str, error: type[GpxError]) -> None:
    path = tmp_path / "bad.gpx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(error) as info:
        read_gpx(path)
    assert "bad.gpx" in info.value.message


def test_a_missing_gpx_file(tmp_path: Path) -> None:
    with pytest.raises(GpxError):
        read_gpx(tmp_path / "none.gpx")


# -- hostile tracks --------------------------------------------------------------------------

_POINT = '<trkpt lat="{}" lon="{}"><time>{}</time></trkpt>'
_FILE = '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>{}</trkseg></trk></gpx>'
_NUMBERS = ["38.5", "nan", "inf", "-inf", "1e308", "", "x", "91", "-0", "38,5", "0x10", "1_000"]
_TIMES = ["2024-05-11T04:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2024-13-01T00:00:00Z", "", "garbage",
          "2024-05-11T04:00:00+25:00", "2024-05-11T04:00:00.123456789Z", "2024-05-11 04:00:00", "1e10"]
_LOL = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
_BOMBS = [
    f'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY l0 "lol">{_LOL}]><gpx><trk><name>&l9;</name></trk></gpx>',  # billion laughs
    '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY e SYSTEM "file:///etc/passwd">]><gpx><trk><name>&e;</name></trk></gpx>',
    "\x00\xff\xfe", "<gpx" * 10000, "<gpx>" + "<trk>" * 100000 + "</gpx>",
]


def _hostile_tracks() -> list[str]:
    texts = [_FILE.format(_POINT.format(lat, lon, t)) for lat in _NUMBERS for lon in _NUMBERS[:4] for t in _TIMES]
    good = _FILE.format(_POINT.format("38.5", "68.7", _TIMES[0]) * 3)
    rnd = random.Random(14)
    for _ in range(300):  # a few bytes of a good track changed at random
        b = bytearray(good.encode())
        for _ in range(rnd.randint(1, 8)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        texts.append(b.decode("latin-1"))
    return texts + _BOMBS


def test_hostile_tracks_are_refused_with_a_reason_or_read_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "hostile.gpx"
    outcomes = {"read": 0, "refused": 0}
    for text in _hostile_tracks():
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        try:
            track = read_gpx(path)
        except GpxError:
            outcomes["refused"] += 1
            continue
        outcomes["read"] += 1
        assert all(math.isfinite(t) for t in track.times)
        assert all(-90 <= lat <= 90 for lat in track.lats) and all(-180 <= lon <= 180 for lon in track.lons)
        assert "root:" not in repr(track)  # no local file was read into it
    assert sum(outcomes.values()) == 785 and outcomes["read"] > 10 and outcomes["refused"] > 400


def test_progress_and_the_positions_before_undo_a_run_exactly(store: ProjectStore) -> None:
    from photowalk.geotag import restore_positions

    earlier = add(store, "earlier.jpg", "2024-05-11T09:00:25")
    by_hand = add(store, "hand.jpg", "2024-05-11T09:00:50")
    free = add(store, "free.jpg", "2024-05-11T09:01:00")
    many = [add(store, f"m{i}.jpg", "2024-05-11T09:00:10") for i in range(300)]
    store.conn.execute("UPDATE photos SET edit_lat=1.5, edit_lon=2.5, location_source='phone' WHERE id=?", (earlier,))
    set_location(store, [by_hand], 38.1, 68.1)
    seen: list[tuple[int, int]] = []
    result = geotag_project(store, ZONE, track=TRACK, replace=True, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 303), (256, 303), (303, 303)]
    assert set(result.placed) == {earlier, by_hand, free, *many}
    assert result.before[earlier] == (1.5, 2.5, "phone")
    assert result.before[by_hand] == (38.1, 68.1, None) and result.before[free] == (None, None, None)
    assert restore_positions(store, result.before) == 303
    got = {p.id: (p.edit_lat, p.edit_lon, p.location_source) for p in store.photos()}
    assert got[earlier] == (1.5, 2.5, "phone") and got[by_hand] == (38.1, 68.1, None)
    assert got[free] == (None, None, None) and all(got[i] == (None, None, None) for i in many)


def test_the_summary_names_one_photo_for_each_reason(store: ProjectStore) -> None:
    gps = [add(store, f"gps{i}.jpg", "2024-05-11T09:00:25", lat=38.0, lon=68.0) for i in range(2)]
    late = add(store, "late.jpg", "2024-05-11T10:00:00")
    result = geotag_project(store, ZONE, track=TRACK)
    summary = result.summary()
    assert [(n.code, n.count, n.example) for n in summary] == [(HAS_GPS, 2, gps[0]), (AFTER_TRACK, 1, late)]
    assert summary[1].reason.params == {"seconds": 2600}


def test_a_cancel_after_matching_writes_nothing_and_says_so(store: ProjectStore) -> None:
    free = add(store, "free.jpg", "2024-05-11T09:01:00")
    asked: list[bool] = []

    def cancel() -> bool:  # "no" while matching, "yes" when the run is about to write
        asked.append(True)
        return len(asked) > 1

    result = geotag_project(store, ZONE, track=TRACK, cancel=cancel)
    assert result.cancelled and not result.placed and store.photo(free).edit_lat is None
    done = geotag_project(store, ZONE, track=TRACK, cancel=lambda: False)
    assert not done.cancelled and list(done.placed) == [free] and store.photo(free).edit_lat is not None
