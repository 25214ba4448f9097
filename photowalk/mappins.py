"""What the map shows of the selected photos: one pin per place, the subjects' pins, the photos without a place.

Qt-free: the map widget draws these and hands the places it works out from a drag to
photowalk.edits.set_locations, so a move is one undoable edit like any typed location.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from photowalk.fields import effective_location, effective_object_location
from photowalk.photo import Photo

# Photos closer than this (degrees, about 10 cm) stand on one pin: a burst, or a place copied to several.
SAME_PLACE = 6  # decimals


@dataclass(frozen=True)
class Pin:
    """A place on the map and the photos taken there (or, for a subject pin, of what stands there)."""

    lat: float
    lon: float
    ids: tuple[int, ...]
    heading: float | None = None  # when all its photos look the same way
    subject: bool = False


def _group(points: Iterable[tuple[int, float, float, float | None]], subject: bool) -> list[Pin]:
    places: dict[tuple[float, float], list[tuple[int, float | None]]] = {}
    exact: dict[tuple[float, float], tuple[float, float]] = {}
    for pid, lat, lon, heading in points:
        key = (round(lat, SAME_PLACE), round(lon, SAME_PLACE))
        places.setdefault(key, []).append((pid, heading))
        exact.setdefault(key, (lat, lon))
    pins = []
    for key, members in places.items():
        headings = {h for _pid, h in members}
        lat, lon = exact[key]
        pins.append(Pin(lat, lon, tuple(pid for pid, _h in members),
                        headings.pop() if len(headings) == 1 else None, subject))
    return pins


def camera_pins(photos: Iterable[Photo]) -> list[Pin]:
    """Where the photos were taken, one pin per place, in the order the photos come."""
    points = []
    for p in photos:
        loc = effective_location(p)
        if loc is not None:
            points.append((p.id, loc.lat, loc.lon, loc.heading))
    return _group(points, subject=False)


def subject_pins(photos: Iterable[Photo]) -> list[Pin]:
    """Where the photos' subjects are ({{Object location}}): moved by the volunteer, else as the camera recorded it."""
    points = []
    for p in photos:
        loc = effective_object_location(p)
        if loc is not None:
            points.append((p.id, loc.lat, loc.lon, None))
    return _group(points, subject=True)


def unplaced(photos: Iterable[Photo]) -> list[int]:
    """The photos with no place on the map whose place may be set (not left off the page on purpose)."""
    return [p.id for p in photos if effective_location(p) is None and not p.location_removed]


def headings(photos: Iterable[Photo]) -> dict[int, float | None]:
    """Each photo's heading in force (typed, else the camera's), kept when its pin moves."""
    return {p.id: (p.edit_heading if p.edit_heading is not None else p.camera.heading) for p in photos}


def moved_places(moves: Mapping[Pin, tuple[float, float]], photos: Mapping[int, Photo]) -> dict[int, tuple[float, float, float | None]]:
    """The location of every photo on the moved pins: the pin's new place, each photo's own heading."""
    kept = headings(photos.values())
    return {pid: (lat, lon, kept.get(pid)) for pin, (lat, lon) in moves.items() for pid in pin.ids}


def moved_subjects(moves: Mapping[Pin, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """Where each photo's subject is after its blue pin was dragged: the pin's new place."""
    return {pid: place for pin, place in moves.items() if pin.subject for pid in pin.ids}


def turned(pin: Pin, heading: float, photos: Mapping[int, Photo]) -> dict[int, tuple[float, float, float | None]]:
    """The locations that give the photos of a pin a new heading, where they stand."""
    return {pid: (pin.lat, pin.lon, heading) for pid in pin.ids if pid in photos}


def copied_from(source: Photo, ids: Iterable[int]) -> dict[int, tuple[float, float, float | None]] | None:
    """The source photo's location and heading for each of `ids`; None when the source has none."""
    loc = effective_location(source)
    if loc is None:
        return None
    return {pid: (loc.lat, loc.lon, loc.heading) for pid in ids if pid != source.id}
