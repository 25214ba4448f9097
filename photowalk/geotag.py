"""Place photos without a position: from a GPS track of the walk, or from the phone photos beside them.

Each photo's time (its camera's clock corrected, in UTC) is looked up on the track: between two
points the position is interpolated on the straight line between them, as long as the points are
no more than `max_gap` seconds apart; before the first point or after the last, the end point is
used up to `max_gap` seconds away. A companion phone's photos (photos of the project with their
own GPS) give their position to photos taken within `phone_window` seconds of them. The camera's
own GPS and a position the volunteer set by hand are never replaced unless asked; positions set
here are marked (photos.location_source) so a second run replaces only its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import tzinfo

from photowalk.gpx import Track
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.phototime import photo_time
from photowalk.project import ProjectStore
from photowalk.reasons import Reason, reason

DEFAULT_MAX_GAP = 300  # seconds: a phone app that lost the signal for longer has no idea where you were
DEFAULT_PHONE_WINDOW = 120  # seconds, as the Commons Android app matches photos in one folder
SOURCE_GPX, SOURCE_PHONE = "gpx", "phone"
GEOTAG_SOURCES = (SOURCE_GPX, SOURCE_PHONE)

# Why a photo was not placed (context "geotag"), by code.
NO_TIME = "geotag-no-time"
HAS_GPS = "geotag-has-gps"
SET_BY_HAND = "geotag-set-by-hand"
LOCATION_REMOVED = "geotag-location-removed"
BEFORE_TRACK = "geotag-before-track"
AFTER_TRACK = "geotag-after-track"
IN_GAP = "geotag-gap"
NO_PHONE_PHOTO = "geotag-no-phone-photo"
NO_TRACK = "geotag-no-track"

_MESSAGES = {
    NO_TIME: QT_TRANSLATE_NOOP("geotag", "no time of day is known for this photo"),
    HAS_GPS: QT_TRANSLATE_NOOP("geotag", "the camera recorded its own position, which is kept"),
    SET_BY_HAND: QT_TRANSLATE_NOOP("geotag", "its location was set by hand, which is kept"),
    LOCATION_REMOVED: QT_TRANSLATE_NOOP("geotag", "its location is left off the page"),
    BEFORE_TRACK: QT_TRANSLATE_NOOP("geotag", "it was taken {seconds} s before the track starts"),
    AFTER_TRACK: QT_TRANSLATE_NOOP("geotag", "it was taken {seconds} s after the track ends"),
    IN_GAP: QT_TRANSLATE_NOOP("geotag", "the track has a gap of {seconds} s when it was taken (at most {limit} s)"),
    NO_PHONE_PHOTO: QT_TRANSLATE_NOOP("geotag", "no photo with a position was taken within {limit} s of it"),
    NO_TRACK: QT_TRANSLATE_NOOP("geotag", "no track or photo with a position to place it from"),
}


def why(code: str, **params: object) -> Reason:
    """The reason a photo was not placed, for the summary and the window."""
    return reason(code, _MESSAGES[code], "geotag", **params)


@dataclass(frozen=True)
class Placement:
    lat: float
    lon: float
    source: str  # SOURCE_GPX or SOURCE_PHONE


Prior = tuple[float | None, float | None, str | None]


@dataclass
class GeotagResult:
    """How many photos were placed, and why each of the others was not."""

    placed: dict[int, Placement] = field(default_factory=dict)
    not_placed: dict[int, Reason] = field(default_factory=dict)
    # What each placed photo had before (edit_lat, edit_lon, location_source), to undo the run exactly.
    before: dict[int, Prior] = field(default_factory=dict)
    cancelled: bool = False  # the run was stopped before writing anything

    def counts(self) -> dict[str, int]:
        """Photos not placed, by reason code, most frequent first."""
        tally: dict[str, int] = {}
        for r in self.not_placed.values():
            tally[r.code] = tally.get(r.code, 0) + 1
        return dict(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))

    def by_source(self) -> dict[str, int]:
        return {s: sum(1 for p in self.placed.values() if p.source == s) for s in GEOTAG_SOURCES}

    def summary(self) -> list[NotPlaced]:
        """Why photos were not placed: one line a reason, most frequent first, with one photo's own reason."""
        first: dict[str, tuple[int, Reason]] = {}
        for pid, r in self.not_placed.items():
            first.setdefault(r.code, (pid, r))
        return [NotPlaced(code, count, *first[code]) for code, count in self.counts().items()]


@dataclass(frozen=True)
class NotPlaced:
    """Photos not placed for one reason: how many, and one of them with its own reason (its numbers)."""

    code: str
    count: int
    example: int
    reason: Reason


def _own_position(photo: Photo, replace: bool) -> Reason | None:
    """Why a photo keeps the position it has, or None when it may be placed."""
    if photo.location_removed:
        return why(LOCATION_REMOVED)
    if photo.edit_lat is not None and photo.location_source not in GEOTAG_SOURCES and not replace:
        return why(SET_BY_HAND)
    if photo.camera.lat is not None and photo.edit_lat is None and not replace:
        return why(HAS_GPS)
    return None


def on_track(track: Track, t: float, max_gap: float) -> tuple[float, float] | Reason:
    """The position at UTC time `t` on the track, or why there is none."""
    i, j = track.around(t)
    if i is None and j is None:
        return why(NO_TRACK)
    if i is None:
        assert j is not None
        ahead = track.times[j] - t
        return track.at(j, j, t) if ahead <= max_gap else why(BEFORE_TRACK, seconds=round(ahead))
    if j is None:
        behind = t - track.times[i]
        return track.at(i, i, t) if behind <= max_gap else why(AFTER_TRACK, seconds=round(behind))
    gap = track.times[j] - track.times[i]
    if gap > max_gap:
        return why(IN_GAP, seconds=round(gap), limit=round(max_gap))
    return track.at(i, j, t)


def near_phone_photo(fixes: Track, t: float, window: float) -> tuple[float, float] | Reason:
    """The position of the phone photos around `t`: interpolated between the two either side when
    both are within `window` seconds, else the nearest one within it."""
    i, j = fixes.around(t)
    near = [k for k in (i, j) if k is not None and abs(fixes.times[k] - t) <= window]
    if not near:
        return why(NO_PHONE_PHOTO, limit=round(window))
    if len(near) == 2:
        assert i is not None and j is not None
        return fixes.at(i, j, t)
    return fixes.at(near[0], near[0], t)


def phone_fixes(photos: Iterable[Photo], zone: tzinfo) -> Track:
    """The camera positions of the photos that recorded their own GPS, at their corrected times.

    A photo whose location is left off the page (privacy: a home, a face) gives its position to no other."""
    points = []
    for p in photos:
        own = p.camera.lat is not None and p.camera.lon is not None and not p.location_removed
        when = photo_time(p, zone) if own else None
        if when is not None and p.camera.lat is not None and p.camera.lon is not None:
            points.append((when.replace(microsecond=0).timestamp(), p.camera.lat, p.camera.lon))
    return Track.of(points)


def match_photos(
    photos: Iterable[Photo],
    zone: tzinfo,
    *,
    track: Track | None = None,
    max_gap: float = DEFAULT_MAX_GAP,
    from_phone: bool = False,
    phone_window: float = DEFAULT_PHONE_WINDOW,
    replace: bool = False,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> GeotagResult:
    """Where each photo was taken, from the track and then (from_phone) from the phone photos.

    Computes only; `apply_geotags` records the result. `replace` also places photos with the
    camera's own GPS or a position set by hand. `progress(done, total)` is told every few hundred photos."""
    everyone = list(photos)
    fixes = phone_fixes(everyone, zone) if from_phone else None
    result = GeotagResult()
    for n, photo in enumerate(everyone):
        if n % 256 == 0:
            if cancel is not None and cancel():
                break
            if progress is not None:
                progress(n, len(everyone))
        kept = _own_position(photo, replace)
        if kept is not None:
            result.not_placed[photo.id] = kept
            continue
        when = photo_time(photo, zone)
        if when is None:
            result.not_placed[photo.id] = why(NO_TIME)
            continue
        # Whole seconds, as tracks record them and clock corrections count: the camera's subseconds
        # would otherwise fall just past a track point.
        t = when.replace(microsecond=0).timestamp()
        found: tuple[float, float] | Reason = why(NO_TRACK)
        source = SOURCE_GPX
        if track is not None:
            found = on_track(track, t, max_gap)
        if isinstance(found, Reason) and fixes is not None:
            phone = near_phone_photo(fixes, t, phone_window)
            # The track's reason says more when the phone has no photo near either.
            if not isinstance(phone, Reason) or track is None:
                found, source = phone, SOURCE_PHONE
        if isinstance(found, Reason):
            result.not_placed[photo.id] = found
        else:
            result.placed[photo.id] = Placement(found[0], found[1], source)
            result.before[photo.id] = (photo.edit_lat, photo.edit_lon, photo.location_source)
    if progress is not None and not (cancel is not None and cancel()):
        progress(len(everyone), len(everyone))
    return result


def apply_geotags(store: ProjectStore, result: GeotagResult) -> int:
    """Record the positions found, in one transaction, marked with where they came from."""
    with store.transaction() as c:
        c.executemany(
            "UPDATE photos SET edit_lat=?, edit_lon=?, location_source=? WHERE id=?",
            [(p.lat, p.lon, p.source, pid) for pid, p in result.placed.items()],
        )
    return len(result.placed)


def restore_positions(store: ProjectStore, before: Mapping[int, Prior]) -> int:
    """Put back the positions photos had before a run (GeotagResult.before), in one transaction."""
    with store.transaction() as c:
        c.executemany(
            "UPDATE photos SET edit_lat=?, edit_lon=?, location_source=? WHERE id=?",
            [(lat, lon, source, pid) for pid, (lat, lon, source) in before.items()],
        )
    return len(before)


def undo_geotags(store: ProjectStore, ids: Iterable[int] | None = None) -> int:
    """Forget the positions geotagging set (of these photos, or all); hand-set ones stay."""
    marks = ",".join("?" * len(GEOTAG_SOURCES))
    sql = f"UPDATE photos SET edit_lat=NULL, edit_lon=NULL, location_source=NULL WHERE location_source IN ({marks})"
    args: list[object] = list(GEOTAG_SOURCES)
    if ids is not None:
        wanted = list(ids)
        sql += f" AND id IN ({','.join('?' * len(wanted))})"
        args += wanted
    with store.transaction() as c:
        return c.execute(sql, args).rowcount


def geotag_project(
    store: ProjectStore,
    zone: tzinfo,
    *,
    track: Track | None = None,
    max_gap: float = DEFAULT_MAX_GAP,
    from_phone: bool = False,
    phone_window: float = DEFAULT_PHONE_WINDOW,
    replace: bool = False,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> GeotagResult:
    """Place the project's photos and record the positions; nothing is written when cancelled."""
    result = match_photos(store.photos(), zone, track=track, max_gap=max_gap, from_phone=from_phone,
                          phone_window=phone_window, replace=replace, cancel=cancel, progress=progress)
    # Looked at once: a Cancel that comes after this point is too late, and the result says it was written.
    if cancel is not None and cancel():
        return GeotagResult(cancelled=True)
    apply_geotags(store, result)
    return result
