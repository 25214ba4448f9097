"""A GPS track (a phone app's GPX file of the walk) as times and positions, read with gpxpy."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from photowalk import geo
from photowalk.errors import PhotowalkError
from photowalk.files import open_regular, os_reason
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.pathtext import shown

MAX_GPX_BYTES = 200 << 20  # a day's track at one point a second is some 20 MB


class GpxError(PhotowalkError):
    code = "gpx"
    template = QT_TRANSLATE_NOOP("errors", "The GPS track {path} cannot be used: {reason}")


class GpxNoTimesError(GpxError):
    code = "gpx-no-times"
    template = QT_TRANSLATE_NOOP(
        "errors", "The GPS track {path} has no points with a time, so photos cannot be matched to it. "
        "Export the track again with times (a \u201ctrack\u201d, not a \u201croute\u201d)."
    )


@dataclass(frozen=True)
class Track:
    """Positions at UTC times (seconds since 1970), sorted by time; at most one position a second."""

    times: tuple[float, ...]
    lats: tuple[float, ...]
    lons: tuple[float, ...]

    @classmethod
    def of(cls, points: Iterable[tuple[float, float, float]]) -> Track:
        """A track from (UTC seconds, lat, lon); impossible positions are left out, and of points at
        the same time the first is kept."""
        kept: dict[float, tuple[float, float]] = {}
        for t, lat, lon in points:
            if (math.isfinite(t) and geo.lat_in_range(lat) and geo.lon_in_range(lon)
                    and not geo.is_null_island(lat, lon)):
                kept.setdefault(t, (lat, lon))
        order = sorted(kept)
        return cls(tuple(order), tuple(kept[t][0] for t in order), tuple(kept[t][1] for t in order))

    def __len__(self) -> int:
        return len(self.times)

    def around(self, t: float) -> tuple[int | None, int | None]:
        """Indexes of the points at or before `t` and at or after it (None beyond an end)."""
        i = bisect.bisect_left(self.times, t)
        if i < len(self.times) and self.times[i] == t:
            return i, i
        return (i - 1 if i > 0 else None), (i if i < len(self.times) else None)

    def at(self, i: int, j: int, t: float) -> tuple[float, float]:
        """The position at `t` between points i and j, on the straight line between them."""
        if i == j:
            return self.lats[i], self.lons[i]
        f = (t - self.times[i]) / (self.times[j] - self.times[i])
        return self.lats[i] + f * (self.lats[j] - self.lats[i]), self.lons[i] + f * (self.lons[j] - self.lons[i])


def read_gpx(path: Path) -> Track:
    """The timed points of every track and segment in a GPX file (and timed waypoints), as one track."""
    # Here, not at the top: the window imports Track (through geotag) but never reads a GPX file itself.
    import gpxpy
    import gpxpy.gpx

    try:
        with open_regular(path) as f:
            data = f.read(MAX_GPX_BYTES + 1)
    except OSError as exc:
        raise GpxError(path=shown(path), reason=os_reason(exc)) from exc
    if len(data) > MAX_GPX_BYTES:
        raise GpxError(path=shown(path), reason=QT_TRANSLATE_NOOP("errors", "the file is larger than 200 MB"))
    try:
        parsed = gpxpy.parse(data.decode("utf-8", errors="replace"))
        points: list[tuple[float, float, float]] = []
        for track in parsed.tracks:
            for segment in track.segments:
                points.extend((_seconds(p.time), p.latitude, p.longitude) for p in segment.points if p.time is not None)
        points.extend((_seconds(w.time), w.latitude, w.longitude) for w in parsed.waypoints if w.time is not None)
    # What a damaged file makes gpxpy or the XML parser raise: a time zone beyond 24 h, a number that is
    # not one, nesting too deep.
    except (gpxpy.gpx.GPXException, ValueError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        raise GpxError(path=shown(path), reason=QT_TRANSLATE_NOOP("errors", "it is not a GPX file or it is damaged")) from exc
    result = Track.of(points)
    if not len(result):
        raise GpxNoTimesError(path=shown(path))
    return result


def _seconds(moment: datetime) -> float:
    # GPX times are UTC; a file that leaves the zone out means UTC too.
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
