"""A camera's clock correction: how many seconds to add to every time it wrote, kept in the project.

The camera's own times stay as read; the correction is one row per camera (schema v5,
`camera_clocks`), applied when a photo is read (Photo.clock_offset, photowalk.phototime).
Removing the row undoes it. A correction is given directly (`+01:03`, `-1 h 3 min 20 s`) or
from a photo of a clock or phone screen and the time it shows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from photowalk.cameras import Camera
from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import Photo
from photowalk.phototime import camera_time, parse_time, shifted_text
from photowalk.project import ProjectStore

# A clock never set may start in 2000 or earlier; a century more is a typing error.
MAX_SHIFT = 100 * 366 * 24 * 3600


class InvalidShiftError(PhotowalkError):
    code = "invalid-shift"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{text}\u201d is not a clock correction; write it as +01:03 (hours:minutes), "
        "-00:05:30, or +1 h 3 min 20 s."
    )


class InvalidShownTimeError(PhotowalkError):
    code = "invalid-shown-time"
    template = QT_TRANSLATE_NOOP(
        "errors", "\u201c{text}\u201d is not a time of day; write what the clock in the photo shows as 14:32 "
        "or 14:32:05 (or with its date: 2025-05-01 14:32)."
    )


class NoCameraTimeError(PhotowalkError):
    code = "no-camera-time"
    template = QT_TRANSLATE_NOOP(
        "errors", "Photo {id} has no time from its camera, so it cannot show how far the camera's clock is off. "
        "Choose another photo by the same camera."
    )


@dataclass(frozen=True)
class ClockCorrection:
    """One camera's correction, and the reference it was worked out from, if any."""

    camera: Camera
    offset: int  # seconds added to the camera's times
    reference_photo: int | None = None
    shows: str | None = None


_CLOCK = re.compile(r"^(?P<sign>[+-])?(?P<h>\d{1,4}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$")
_UNITS = re.compile(
    r"^(?P<sign>[+-])?(?:(?P<d>\d+)\s*d(?:ays?)?)?(?:(?P<h>\d+)\s*h(?:ours?)?)?(?:(?P<m>\d+)\s*m(?:in(?:utes?)?)?)?"
    r"(?:(?P<s>\d+)\s*s(?:ec(?:onds?)?)?)?$"
)


def parse_shift(text: str) -> int:
    """A clock correction in seconds: `+01:03`, `-0:05:30`, `+1h03m`, `+1 h 03 min`, `-45 s`."""
    compact = "".join(text.split()).lower()
    m = _CLOCK.match(compact)
    if m is not None and int(m["m"]) < 60 and int(m["s"] or 0) < 60:
        seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"] or 0)
    else:
        m = _UNITS.match(compact)
        if m is None or not any(m[k] for k in "dhms"):
            raise InvalidShiftError(text=text)
        seconds = int(m["d"] or 0) * 86400 + int(m["h"] or 0) * 3600 + int(m["m"] or 0) * 60 + int(m["s"] or 0)
    if seconds > MAX_SHIFT:
        raise InvalidShiftError(text=text)
    return -seconds if m["sign"] == "-" else seconds


def format_shift(seconds: int) -> str:
    """`+1:03:00`, `-0:00:45`: a correction as the command line and the window show it."""
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


_SHOWN = re.compile(r"^(?:(?P<date>\d{4}-\d{2}-\d{2})[ T])?(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$")
_CAMERA_WALL = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")


def offset_from_reference(photo: Photo, shows: str) -> int:
    """The correction that makes this photo's camera time read `shows` (the clock in the photo).

    Without a date, the day nearest the camera's is meant (a clock a few hours off across
    midnight). Fractions of a second are left out: the camera's subseconds stay as they are.
    """
    wall = _CAMERA_WALL.match(photo.camera.taken or "")
    if wall is None:
        raise NoCameraTimeError(id=photo.id)
    try:
        camera = datetime.fromisoformat(f"{wall[1]}T{wall[2]}:{wall[3]}:{wall[4] or '00'}")
    except ValueError as exc:  # a damaged stored time
        raise NoCameraTimeError(id=photo.id) from exc
    m = _SHOWN.match(" ".join(shows.split()))
    try:
        if m is None:
            raise ValueError(shows)
        clock = timedelta(hours=int(m["h"]), minutes=int(m["m"]), seconds=int(m["s"] or 0))
        if int(m["h"]) > 23 or int(m["m"]) > 59 or int(m["s"] or 0) > 59:
            raise ValueError(shows)
        days = [datetime.fromisoformat(m["date"])] if m["date"] else [
            datetime(camera.year, camera.month, camera.day) + timedelta(days=d) for d in (-1, 0, 1)]
        target = min((day + clock for day in days), key=lambda t: abs(t - camera))
    except (ValueError, OverflowError) as exc:  # OverflowError: a day past the year 9999
        raise InvalidShownTimeError(text=shows) from exc
    seconds = round((target - camera).total_seconds())
    if abs(seconds) > MAX_SHIFT:
        raise InvalidShownTimeError(text=shows)
    return seconds


def set_clock_offset(store: ProjectStore, camera: Camera, seconds: int, *,
                     reference_photo: int | None = None, shows: str | None = None) -> None:
    """Correct every photo of this camera by `seconds` (0 removes the correction)."""
    if seconds == 0:
        clear_clock_offset(store, camera)
        return
    reference = json.dumps({"photo": reference_photo, "shows": shows}) if reference_photo is not None else None
    with store.transaction() as c:
        c.execute(
            "INSERT INTO camera_clocks(make, model, serial, offset_s, reference, updated) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(make, model, serial) DO UPDATE SET offset_s=excluded.offset_s, "
            "reference=excluded.reference, updated=excluded.updated",
            (camera.make, camera.model, camera.serial, int(seconds), reference,
             datetime.now(UTC).isoformat(timespec="seconds")),
        )


def clear_clock_offset(store: ProjectStore, camera: Camera) -> None:
    """Undo a camera's correction: its photos read the camera's own times again."""
    with store.transaction() as c:
        c.execute("DELETE FROM camera_clocks WHERE make=? AND model=? AND serial=?",
                  (camera.make, camera.model, camera.serial))


def put_correction(store: ProjectStore, camera: Camera, correction: ClockCorrection | None) -> None:
    """Give a camera this correction (None: its own times), as it was kept: the window's undo and redo."""
    if correction is None:
        clear_clock_offset(store, camera)
    else:
        set_clock_offset(store, camera, correction.offset, reference_photo=correction.reference_photo,
                         shows=correction.shows)


@dataclass(frozen=True)
class TimePreview:
    """One photo's time as its camera wrote it and as a correction would make it."""

    photo_id: int
    camera: datetime
    corrected: datetime


PREVIEW_PHOTOS = 5


def preview_sample(photos: Sequence[Photo], zone: tzinfo, count: int = PREVIEW_PHOTOS) -> list[Photo]:
    """A few of a camera's photos to preview a correction on: the first, the last and some between, in
    time order; photos without a camera time are left out."""
    timed = sorted(((t, p.id, p) for p in photos if (t := camera_time(p, zone)) is not None), key=lambda x: x[:2])
    if len(timed) > count > 1:
        step = (len(timed) - 1) / (count - 1)
        timed = [timed[round(i * step)] for i in range(count)]
    return [p for _t, _id, p in timed[:count]]


def preview_shift(photos: Sequence[Photo], seconds: int, zone: tzinfo, count: int = PREVIEW_PHOTOS) -> list[TimePreview]:
    """The sample's photos (preview_sample) before and after adding `seconds` to the camera's own times."""
    shown = []
    for p in preview_sample(photos, zone, count):
        before, after = camera_time(p, zone), parse_time(shifted_text(p.camera.taken, seconds), zone)
        if before is not None and after is not None:
            shown.append(TimePreview(p.id, before, after))
    return shown


def clock_corrections(store: ProjectStore) -> dict[Camera, ClockCorrection]:
    """Every camera's correction in the project."""
    found = {}
    for make, model, serial, offset, reference in store.conn.execute(
        "SELECT make, model, serial, offset_s, reference FROM camera_clocks ORDER BY make, model, serial"
    ):
        camera = Camera(make, model, serial)
        ref: dict[str, object] = {}
        try:
            loaded = json.loads(reference) if reference else {}
            ref = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            pass  # a damaged note of the reference; the correction itself stands
        photo, shows = ref.get("photo"), ref.get("shows")
        found[camera] = ClockCorrection(camera, int(offset), photo if isinstance(photo, int) else None,
                                        shows if isinstance(shows, str) else None)
    return found
