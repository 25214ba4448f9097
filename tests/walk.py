"""Ground truth for geotagging: a photowalk through Dushanbe from the shared benchmark corpus.

`../shared/bench/make_photowalk.py` writes camera JPEGs with GPS and times along a walk, and a
manifest of the true times and positions. `make_walk` copies them as a GPS-less camera with a
wrong clock would have left them (GPS removed, no time zone written, every time off by
`clock_error` seconds) and writes a GPX track from the originals' positions and times, as a
phone app would have recorded the walk.
"""

from __future__ import annotations

import csv
import math
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import gpxpy.gpx
import piexif

from photowalk.exif import read_camera_data
from photowalk.photo import FileKind

MAKER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_photowalk.py"


@dataclass(frozen=True)
class Shot:
    """One photo of the walk as it really was: where the copy is, when and where it was taken."""

    name: str  # file name of the copy
    when: datetime  # true local time, aware
    lat: float | None  # true position (None: the original had no GPS fix either)
    lon: float | None


@dataclass(frozen=True)
class Walk:
    photos: Path  # the copies: GPS removed, clock wrong
    gpx: Path
    shots: dict[str, Shot]  # by file name


def make_corpus(folder: Path, count: int, size: str = "96x64") -> Path:
    """The benchmark corpus (small pictures: only the metadata matters here), made once per folder."""
    if not (folder / "manifest.tsv").is_file():
        assert MAKER.is_file(), f"the benchmark corpus maker is missing at {MAKER}"
        subprocess.run([sys.executable, str(MAKER), str(folder), "-n", str(count), "--size", size, "--jobs", "1"],
                       check=True, capture_output=True)
    return folder


def make_walk(corpus: Path, out: Path, clock_error: int) -> Walk:
    """Copies of the corpus as a GPS-less camera `clock_error` seconds off left them, and the GPX track."""
    photos = out / "camera"
    photos.mkdir(parents=True)
    shots: dict[str, Shot] = {}
    track = gpxpy.gpx.GPXTrackSegment()
    with (corpus / "manifest.tsv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        original = corpus / row["path"]
        when = datetime.fromisoformat(row["datetime_original"])
        name = original.name
        lat, lon = (float(row["lat"]), float(row["lon"])) if row["lat"] else (None, None)
        shots[name] = Shot(name, when, lat, lon)
        # The phone's track: the positions the originals recorded, at their times.
        recorded = read_camera_data(original, FileKind.JPEG)
        if recorded.lat is not None and recorded.lon is not None:
            track.points.append(gpxpy.gpx.GPXTrackPoint(recorded.lat, recorded.lon, elevation=recorded.alt,
                                                       time=when.astimezone(UTC)))
        exif = piexif.load(str(original))
        exif["GPS"] = {}
        wrong = (when + timedelta(seconds=clock_error)).strftime("%Y:%m:%d %H:%M:%S").encode()
        for ifd, tag in (("0th", piexif.ImageIFD.DateTime), ("Exif", piexif.ExifIFD.DateTimeOriginal),
                         ("Exif", piexif.ExifIFD.DateTimeDigitized)):
            exif[ifd][tag] = wrong
        for tag in (piexif.ExifIFD.OffsetTime, piexif.ExifIFD.OffsetTimeOriginal, piexif.ExifIFD.OffsetTimeDigitized):
            exif["Exif"].pop(tag, None)
        exif.pop("thumbnail", None)
        exif["1st"] = {}
        piexif.insert(piexif.dump(exif), original.read_bytes(), str(photos / name))
    gpx = gpxpy.gpx.GPX()
    gpx.tracks.append(gpxpy.gpx.GPXTrack())
    gpx.tracks[0].segments.append(track)
    path = out / "walk.gpx"
    path.write_text(gpx.to_xml(), encoding="utf-8")
    return Walk(photos, path, shots)


def metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(a))
