"""What a photo's page will say: the volunteer's edit where there is one, otherwise the camera's value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from photowalk.photo import Photo
from photowalk.phototime import shifted_text

# Dates a volunteer may type: 2025, 2025-05, 2025-05-01, optionally with a time.
DATE_TEXT = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:[ T](?P<time>\d{2}:\d{2}(?::\d{2})?))?)?)?$"
)
# What cameras give (ISO 8601, maybe with seconds fractions and an offset).
_CAMERA_DATE = re.compile(r"^(?P<y>\d{4})[-:](?P<m>\d{2})[-:](?P<d>\d{2})")
# Any date photowalk stores, the camera's or the volunteer's, taken apart for showing it.
_STORED_DATE = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:[ T](?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:\d{2})?)?)?)?$"
)


@dataclass(frozen=True)
class Location:
    """Where the camera stood, and which way it looked (degrees from north), if known."""

    lat: float
    lon: float
    heading: float | None = None


@dataclass(frozen=True)
class DateReading:
    """The parts of a stored date a reader sees: the day (or month, or year), the time to the
    minute, and the offset from UTC in minutes when the camera wrote one."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    utc_offset: int | None = None


def read_date(text: str | None) -> DateReading | None:
    """A stored date (`2024-05-11T09:00:00.52+05:00`, `2025-05-01 10:30`, `2025-05`...) taken apart;
    None when it is not one."""
    m = _STORED_DATE.match(text.strip()) if text else None
    if m is None:
        return None
    year, month, day = int(m["y"]), int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    hour, minute = (int(m["h"]), int(m["mi"])) if m["h"] else (None, None)
    if hour is not None and (hour > 23 or (minute or 0) > 59):
        return None
    offset = None
    if m["tz"] == "Z":
        offset = 0
    elif m["tz"]:
        hours, minutes = int(m["tz"][1:3]), int(m["tz"][4:6])
        if hours > 14 or minutes > 59:
            return None
        offset = (hours * 60 + minutes) * (-1 if m["tz"][0] == "-" else 1)
    return DateReading(year, month, day, hour, minute, offset)


def effective_date(photo: Photo) -> str | None:
    """The date text the page uses: the volunteer's, else the camera's with its clock corrected."""
    return photo.edit_date or shifted_text(photo.camera.taken, photo.clock_offset)


def date_from_camera(photo: Photo) -> bool:
    """True when the page date is the camera's as it wrote it: no edit, no clock correction."""
    return not photo.edit_date and bool(photo.camera.taken) and not photo.clock_offset


def date_part(text: str | None) -> str | None:
    """`YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) of a date text; None when it is not a date."""
    if not text:
        return None
    m = DATE_TEXT.match(text.strip())
    if m:
        return "-".join(p for p in (m["y"], m["m"], m["d"]) if p)
    m = _CAMERA_DATE.match(text.strip())
    if m:
        return f"{m['y']}-{m['m']}-{m['d']}"
    return None


def parse_day(text: str | None) -> date | None:
    """The calendar day of a full date; None for partial or impossible dates."""
    part = date_part(text)
    if not part or len(part) != 10:
        return None
    try:
        return date.fromisoformat(part)
    except ValueError:
        return None


def is_valid_date_text(text: str) -> bool:
    """True for a date a volunteer may enter (a real day, month or year)."""
    m = DATE_TEXT.match(text)
    if not m:
        return False
    try:
        date(int(m["y"]), int(m["m"] or 1), int(m["d"] or 1))
    except ValueError:
        return False
    if m["time"]:
        h, mi, *s = (int(x) for x in m["time"].split(":"))
        return h < 24 and mi < 60 and all(x < 60 for x in s)
    return True


def effective_object_location(photo: Photo) -> Location | None:
    """Where the subject is, for {{Object location}}: where the volunteer moved it, else the camera's
    GPSDest*; none when the location is removed."""
    if photo.location_removed:
        return None
    if photo.edit_dest_lat is not None and photo.edit_dest_lon is not None:
        return Location(photo.edit_dest_lat, photo.edit_dest_lon)
    if photo.camera.dest_lat is None or photo.camera.dest_lon is None:
        return None
    return Location(photo.camera.dest_lat, photo.camera.dest_lon)


def effective_location(photo: Photo) -> Location | None:
    """The location the page shows: none when removed, else the volunteer's, else the camera's."""
    if photo.location_removed:
        return None
    heading = photo.edit_heading if photo.edit_heading is not None else photo.camera.heading
    if photo.edit_lat is not None and photo.edit_lon is not None:
        return Location(photo.edit_lat, photo.edit_lon, heading)
    if photo.camera.lat is not None and photo.camera.lon is not None:
        return Location(photo.camera.lat, photo.camera.lon, heading)
    return None
