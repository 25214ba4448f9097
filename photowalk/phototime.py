"""When a photo was taken: local time with its offset from UTC, and the camera's clock corrected.

A camera writes its wall-clock time and, if it is recent, the offset it was set to (EXIF
OffsetTimeOriginal, kept at import as `+05:00` after the time). A time without an offset is
read in the project's zone (ProjectSettings.time_zone, Asia/Dushanbe unless set). A camera's clock
correction (photowalk.clock) moves its wall-clock time by whole seconds and keeps its offset;
the camera's own value stays in the project beside the correction.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from photowalk.photo import Photo

DEFAULT_TIME_ZONE = "Asia/Dushanbe"

# A stored date with a time: the camera's ISO form (`2024-05-11T09:00:00.52+05:00`) or the
# volunteer's (`2025-05-01 10:30`). A date without a time has no time to read.
_TIME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})[ T](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?P<frac>\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:\d{2})?$"
)


def is_time_zone(name: str) -> bool:
    """True for an IANA time zone name this computer knows (Asia/Dushanbe, Europe/Moscow, UTC)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def project_zone(name: str | None) -> tzinfo:
    """The zone of times written without an offset: the project's, else Asia/Dushanbe."""
    return ZoneInfo(name if name and is_time_zone(name) else DEFAULT_TIME_ZONE)


def parse_time(text: str | None, zone: tzinfo) -> datetime | None:
    """A stored date with a time as an aware datetime (its own offset, else `zone`); None for a
    date without a time, or text that is not a date."""
    m = _TIME.match(text.strip()) if text else None
    if m is None:
        return None
    try:
        naive = datetime.fromisoformat(f"{m['date']}T{m['h']}:{m['mi']}:{m['s'] or '00'}")
        # Microseconds below a second: a fraction never carries into the next second.
        naive = naive.replace(microsecond=min(999_999, round(float(m["frac"] or 0) * 1_000_000)))
    except ValueError:
        return None
    if m["tz"] == "Z":
        return naive.replace(tzinfo=UTC)
    if m["tz"]:
        sign = -1 if m["tz"][0] == "-" else 1
        hours, minutes = int(m["tz"][1:3]), int(m["tz"][4:6])
        if hours > 14 or minutes > 59:
            return None
        return naive.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
    return naive.replace(tzinfo=zone)


def has_own_offset(text: str | None) -> bool:
    """True when a stored time carries its offset from UTC (the camera wrote it)."""
    m = _TIME.match(text.strip()) if text else None
    return m is not None and m["tz"] is not None


def shifted_text(text: str | None, seconds: int) -> str | None:
    """A stored camera time moved by `seconds`, in the same form (fraction and offset kept); text
    without a time, or a shift of 0, as it is."""
    m = _TIME.match(text.strip()) if text and seconds else None
    if m is None:
        return text
    try:
        naive = datetime.fromisoformat(f"{m['date']}T{m['h']}:{m['mi']}:{m['s'] or '00'}")
        moved = naive + timedelta(seconds=seconds)
    except (ValueError, OverflowError):  # a damaged stored time, or one moved past the year 9999
        return text
    out = moved.strftime("%Y-%m-%dT%H:%M:%S") if m["s"] else moved.strftime("%Y-%m-%dT%H:%M")
    if m["s"] and m["frac"]:
        out += m["frac"]
    return out + (m["tz"] or "")


def camera_time(photo: Photo, zone: tzinfo) -> datetime | None:
    """The camera's own time, uncorrected."""
    return parse_time(photo.camera.taken, zone)


def corrected_camera_time(photo: Photo, zone: tzinfo) -> datetime | None:
    """The camera's time with its camera's clock correction applied."""
    return parse_time(shifted_text(photo.camera.taken, photo.clock_offset), zone)


def photo_time(photo: Photo, zone: tzinfo) -> datetime | None:
    """When the photo was taken, to the second where known: the volunteer's date when it has a
    time, else the camera's corrected time; None when no time of day is known."""
    if photo.edit_date:
        return parse_time(photo.edit_date, zone)
    return corrected_camera_time(photo, zone)


def utc_label(moment: datetime) -> str:
    """The offset from UTC as Commons writes it after a time: `UTC+5`, `UTC+5:30`, `UTC-3`, `UTC`."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
