"""Small pure helpers for camera GPS values: rationals, degrees, plausibility."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

# EXIF stores every GPS number as an unsigned fraction: (numerator, denominator).
Rational = tuple[float, float]

NULL_ISLAND_TOLERANCE = 1e-6  # degrees, about 10 cm: only a receiver's "no fix" default is this exact

MIN_ALTITUDE = -11_000.0  # metres: the deepest ocean trench
MAX_ALTITUDE = 100_000.0  # metres: the edge of space; higher is a broken value, not a photo


def rational_to_float(value: Rational) -> float | None:
    """num/den as a float, or None for a zero denominator, a negative part or a non-number."""
    try:
        num, den = value
        if den == 0 or num < 0 or den < 0:
            return None
        result = num / den
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return result if math.isfinite(result) else None


def has_zero_denominator(values: Sequence[Rational]) -> bool:
    """True if any rational is n/0: the camera had no value (often 0/0) rather than zero."""
    try:
        return any(den == 0 for _num, den in values)
    except (TypeError, ValueError):
        return False


def dms_to_degrees(dms: Sequence[Rational], ref: str | bytes | None) -> float | None:
    """Signed decimal degrees from (degrees, minutes, seconds) and N/S/E/W, or None if malformed.

    One to three rationals are accepted (some writers store decimal degrees or decimal minutes).
    S and W give negative values; any other reference, or none, gives None because the sign
    would be a guess. Range checks are separate: see `lat_in_range` and `lon_in_range`.
    """
    sign = hemisphere_sign(ref)
    if sign is None:
        return None
    try:
        parts = list(dms)
    except TypeError:
        return None
    if not 1 <= len(parts) <= 3:
        return None
    total = 0.0
    for value, scale in zip(parts, (1.0, 60.0, 3600.0), strict=False):
        number = rational_to_float(value)
        if number is None:
            return None
        total += number / scale
    return sign * total if math.isfinite(total) else None


def hemisphere_sign(ref: str | bytes | None) -> int | None:
    """+1 for N or E, -1 for S or W, None for anything else (missing, blank, NUL, garbage)."""
    if isinstance(ref, bytes):
        ref = ref.decode("latin-1")
    if not isinstance(ref, str):
        return None
    ref = ref.strip("\x00 \t").upper()
    if ref in ("N", "E"):
        return 1
    if ref in ("S", "W"):
        return -1
    return None


def lat_in_range(lat: float) -> bool:
    """True for a latitude between -90 and 90 degrees."""
    return math.isfinite(lat) and -90.0 <= lat <= 90.0


def lon_in_range(lon: float) -> bool:
    """True for a longitude between -180 and 180 degrees."""
    return math.isfinite(lon) and -180.0 <= lon <= 180.0


def is_null_island(lat: float, lon: float) -> bool:
    """True for 0°, 0°: what a GPS chip reports before it has a fix, never a real photo spot."""
    return abs(lat) < NULL_ISLAND_TOLERANCE and abs(lon) < NULL_ISLAND_TOLERANCE


def altitude_in_range(alt: float) -> bool:
    """True for an altitude a camera on or above the Earth can have, in metres."""
    return math.isfinite(alt) and MIN_ALTITUDE <= alt <= MAX_ALTITUDE


def heading_in_range(heading: float) -> bool:
    """True for a compass direction from 0 to 360 degrees."""
    return math.isfinite(heading) and 0.0 <= heading <= 360.0


# XMP writes a coordinate as "DDD,MM,SSk" or "DDD,MM.mmk", k being N, S, E or W.
_XMP_COORDINATE = re.compile(r"\s*(\d{1,3}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEWnsew])\s*")


def xmp_to_degrees(text: str) -> tuple[float, str] | None:
    """An XMP coordinate as (signed degrees, hemisphere letter), or None if malformed.

    Minutes and seconds must be below 60; range checks are separate, as for EXIF.
    """
    match = _XMP_COORDINATE.fullmatch(text)
    if match is None:
        return None
    minutes, seconds = float(match[2] or 0), float(match[3] or 0)
    if minutes >= 60 or seconds >= 60:
        return None
    degrees = float(match[1]) + minutes / 60 + seconds / 3600
    letter = match[4].upper()
    return (-degrees if letter in "SW" else degrees), letter
