"""Camera metadata read from the real camera files, checked against ExifTool's ground truth.

MANIFEST.tsv and exiftool-n.json in ../shared/photos hold what ExifTool 12.57 read from each
file; see ../shared/photos/README.md for the columns and the cell conventions.
"""

from __future__ import annotations

import io
import json
import re
import struct
import time
import warnings
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import piexif
import pytest
from PIL import Image

from photowalk import exif
from photowalk.errors import FileReadError
from photowalk.exif import embedded_preview, parse_exif_date, read_camera_data
from photowalk.photo import ACCEPTED_KINDS, CameraData, FileKind

PHOTOS = Path(__file__).resolve().parents[3] / "shared" / "photos"
MANIFEST = PHOTOS / "MANIFEST.tsv"

# Pillow warns about the damaged EXIF it skips; photowalk reports those as Notes instead.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL.TiffImagePlugin")

# ExifTool's FileType -> the kind photowalk's scanner gives such a file.
KIND_BY_FILE_TYPE = {
    "JPEG": FileKind.JPEG,
    "THM": FileKind.JPEG,  # a camera's thumbnail sidecar is a small JPEG
    "PNG": FileKind.PNG,
    "Extended WEBP": FileKind.WEBP,
    "WEBP": FileKind.WEBP,
    "TIFF": FileKind.TIFF,
    "GIF": FileKind.GIF,
    "HEIC": FileKind.HEIC,
    "CR2": FileKind.RAW,
    "CRW": FileKind.RAW,
    "NEF": FileKind.RAW,
    "DNG": FileKind.RAW,
    "MOV": FileKind.VIDEO,
    "MP4": FileKind.VIDEO,
    "AVI": FileKind.VIDEO,
}

# Groups whose values an EXIF reader must find (README: "value_groups").
EXIF_GROUPS = frozenset({"IFD0", "ExifIFD", "GPS"})

ALL_CODES = frozenset(
    {
        exif.EXIF_UNREADABLE,
        exif.EXIF_DAMAGED,
        exif.DATE_INVALID,
        exif.ORIENTATION_INVALID,
        exif.GPS_INVALID,
        exif.ALTITUDE_INVALID,
        exif.HEADING_INVALID,
        exif.TEXT_INVALID,
        exif.SIZE_UNKNOWN,
        exif.XMP_DAMAGED,
        exif.NOT_READ,
    }
)

# Files whose EXIF block ExifTool refuses as a whole ("JPEG format error") although the block
# itself is complete. The values below are what ExifTool 12.57 reads from that block once it is
# cut out of the file (exiftool -n on the APP1 payload without "Exif\0\0"), so a lenient reader
# may report them (README: "lenient readers may still find the EXIF"); anything else is made up.
LENIENT: dict[str, dict[str, Any]] = {
    "broken/2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg": {
        "make": "Samsung Techwin",
        "model": "U-CA 501",
        "taken": "2004-01-11T22:45:15",
        "orientation": 1,
        "description": "SAMSUNG DIGITAL CAMERA",
    },
    "broken/huge_tag_exif.jpg": {
        # HTC ADR6400L; its Exif IFD is unreadable and Orientation is 0 (invalid).
        "make": "HTC",
        "model": "ADR6400L",
        "lat": 38.8832638888889,
        "lon": -104.871433333333,
        "alt": 0.0,
    },
}

# ExifTool lists a 28-byte ThumbnailImage in these test files but refuses to extract it
# ("ThumbnailImage is not a valid JPEG image"): placeholders, so no preview is right.
NOT_JPEG_THUMBNAILS = frozenset({"gps/GoPro.jpg", "other-formats/CanonRaw.cr2"})


# --- Reading the ground truth -----------------------------------------------------------------


def _unescape(cell: str) -> str | None:
    """A MANIFEST.tsv cell: empty = not reported, "" = an empty string, \\t \\n \\r \\\\ escaped."""
    if cell == "":
        return None
    if cell == '""':
        return ""
    return re.sub(r"\\(.)", lambda m: {"\\": "\\", "t": "\t", "r": "\r", "n": "\n"}.get(m[1], m[0]), cell)


def _load_manifest() -> list[dict[str, str | None]]:
    if not MANIFEST.is_file():
        # A missing photo set is a failure, never a skip: one row that fails with a clear message.
        return [{"path": None}]
    lines = MANIFEST.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, map(_unescape, line.split("\t")), strict=True)) for line in lines[1:] if line]


ROWS = _load_manifest()


@cache
def _exiftool_json() -> dict[str, dict[str, Any]]:
    with open(PHOTOS / "exiftool-n.json", encoding="utf-8") as f:
        return {entry["SourceFile"]: entry for entry in json.load(f)}


def _row_id(row: dict[str, str | None]) -> str:
    return row["path"] or "MANIFEST.tsv-missing"


def _photo(row: dict[str, str | None]) -> Path:
    assert row["path"] is not None, f"the real test photos are missing: {MANIFEST} not found"
    path = PHOTOS / row["path"]
    assert path.is_file(), f"{path} listed in MANIFEST.tsv is missing"
    return path


def _kind(row: dict[str, str | None]) -> FileKind:
    return KIND_BY_FILE_TYPE.get(row["file_type"] or "", FileKind.NOT_IMAGE)


def _groups(row: dict[str, str | None]) -> dict[str, str]:
    text = row["value_groups"] or ""
    return dict(item.split("=", 1) for item in text.split(";") if "=" in item)


def _is_exif(group: str | None, kind: FileKind) -> bool:
    """True if ExifTool took the value from EXIF (Composite GPS is built from the GPS IFD).

    In videos, Composite GPS comes from QuickTime tags, which are not EXIF.
    """
    if group in EXIF_GROUPS:
        return True
    return group == "Composite" and kind not in (FileKind.VIDEO, FileKind.NOT_IMAGE)


def _iso(exif_date: str) -> str | None:
    """ExifTool's 'YYYY:MM:DD HH:MM:SS[zone]' as ISO 8601, or None if blank or impossible."""
    m = re.fullmatch(r"(\d{4}):(\d\d):(\d\d) (\d\d):(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)?", exif_date.strip())
    if m is None:
        return None
    try:
        datetime(*map(int, m.groups()[:6]))  # type: ignore[misc]
    except ValueError:
        return None
    if int(m[1]) < 1800:
        return None
    return f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}{m[7] or ''}"


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


# --- Every file of the manifest ---------------------------------------------------------------


# Warnings that say a value is unknown because the part of the file holding it is unreadable.
UNKNOWN_BECAUSE = frozenset({exif.EXIF_UNREADABLE, exif.EXIF_DAMAGED, exif.XMP_DAMAGED, exif.NOT_READ})


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_manifest_row(row: dict[str, str | None]) -> None:
    """Every value ExifTool reads, from whichever group, is read the same, or is unknown with a warning."""
    path, kind = _photo(row), _kind(row)
    data = read_camera_data(path, kind)
    assert isinstance(data, CameraData)
    if kind == FileKind.NOT_IMAGE:
        # XMP sidecars: the scanner skips them, so they are never read as photos.
        assert data == CameraData()
        return
    groups = _groups(row)
    lenient = LENIENT.get(row["path"] or "", {})
    expected_codes: set[str] = set()
    codes = {note.code for note in data.warnings}

    def same_or_unknown(field: str, actual: object, expected: object) -> None:
        if actual != expected:
            assert actual is None and codes & UNKNOWN_BECAUSE, f"{field}: {actual!r}, ExifTool {expected!r}"

    # Make and model.
    for field in ("make", "model"):
        actual, value = getattr(data, field), row[field]
        if field in lenient:
            assert actual in (None, lenient[field]), field
        elif value is None:
            assert actual is None, f"{field} {actual!r} is not in the file"
        else:
            same_or_unknown(field, actual, value.strip())

    # Date taken: DateTimeOriginal from EXIF (with sub-seconds and offset when the camera wrote
    # them), else XMP exif:DateTimeOriginal, else IPTC DateCreated + TimeCreated.
    raw_date = row["datetime_original"]
    if "taken" in lenient:
        assert data.taken in (None, lenient["taken"])
    elif raw_date is None:
        assert data.taken is None, f"taken {data.taken!r} is not in the file"
    elif (iso := _iso(raw_date)) is None:
        assert data.taken is None
        expected_codes.add(exif.DATE_INVALID)
    else:
        if row["exif_datetime_original"] is not None:
            info = _exiftool_json()[row["path"]]
            subsec = str(info.get("SubSecTimeOriginal", "")).strip()
            if subsec.isdigit():
                iso += "." + subsec
            iso += str(info.get("OffsetTimeOriginal", "")).strip()
        same_or_unknown("taken", data.taken, iso)

    # Orientation.
    raw_orientation = row["orientation"]
    if "orientation" in lenient:
        assert data.orientation in (None, lenient["orientation"])
    elif raw_orientation is None:
        assert data.orientation is None
    elif 1 <= int(raw_orientation) <= 8:
        same_or_unknown("orientation", data.orientation, int(raw_orientation))
    else:
        assert data.orientation is None
        expected_codes.add(exif.ORIENTATION_INVALID)

    # GPS position.
    raw_lat, raw_lon = row["gps_lat"], row["gps_lon"]
    position_rejected = False
    if "lat" in lenient:
        assert (data.lat, data.lon) in ((None, None), pytest.approx((lenient["lat"], lenient["lon"]), abs=1e-6))
    elif raw_lat is None and raw_lon is None:
        assert data.lat is None and data.lon is None
    else:
        lat, lon = _number(raw_lat or ""), _number(raw_lon or "")
        impossible = (
            lat is None
            or lon is None
            # ExifTool could not combine the value with its N/S, E/W reference: the sign is unknown.
            or "GPS" in (groups.get("GPSLatitude"), groups.get("GPSLongitude"))
            or (lat == 0 and lon == 0)  # "null island": the receiver had no fix
            or abs(lat) > 90
            or abs(lon) > 180
        )
        if impossible:
            assert data.lat is None and data.lon is None
            expected_codes.add(exif.GPS_INVALID)
            position_rejected = True
        elif data.lat is None:
            same_or_unknown("position", None, (lat, lon))
        else:
            assert (data.lat, data.lon) == pytest.approx((lat, lon), abs=1e-6)

    # GPS altitude. Deviation from the manifest, on purpose: the altitude of a rejected fix
    # (Samsung GT-I9000: 0 m at 0°, 0°) is as made up as its position, so it is dropped too.
    raw_alt = row["gps_alt"]
    if "alt" in lenient:
        assert data.alt in (None, pytest.approx(lenient["alt"], abs=1e-6))
    elif raw_alt is None or position_rejected:
        assert data.alt is None
    elif (alt := _number(raw_alt)) is None:
        assert data.alt is None
        expected_codes.add(exif.ALTITUDE_INVALID)
    elif data.alt is None:
        same_or_unknown("altitude", None, alt)
    else:
        assert data.alt == pytest.approx(alt, abs=1e-6)

    # Image direction (the manifest has no group for it: it is EXIF GPS in image files).
    raw_heading = row["gps_img_direction"]
    if raw_heading is None or kind in (FileKind.VIDEO, FileKind.NOT_IMAGE):
        assert data.heading is None
    elif (heading := _number(raw_heading)) is None or not 0 <= heading <= 360:
        assert data.heading is None
        expected_codes.add(exif.HEADING_INVALID)
    else:
        assert data.heading == pytest.approx(heading, abs=1e-6)

    # Warnings: the expected ones are there; healthy files have no others; all codes are known.
    assert expected_codes <= codes
    assert codes <= ALL_CODES
    assert all(note.message.strip() for note in data.warnings)
    if kind == FileKind.VIDEO or row["file_type"] == "CRW":
        expected_codes.add(exif.NOT_READ)  # QuickTime, RIFF and Canon's CIFF metadata are not read
    if not (row["path"] or "").startswith("broken/"):
        assert codes == expected_codes, data.warnings


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_text_fields_match_exiftool(row: dict[str, str | None]) -> None:
    """ImageDescription and Artist, when read, are ExifTool's values without padding."""
    path = _photo(row)
    data = read_camera_data(path, _kind(row))
    info = _exiftool_json()[row["path"]]
    lenient = LENIENT.get(row["path"] or "", {})
    # EXIF first, then XMP (dc:description, dc:creator), then IPTC (Caption-Abstract, By-line).
    for field, tags in (("description", ("ImageDescription", "Description", "Caption-Abstract")),
                        ("artist", ("Artist", "Creator", "By-line"))):
        actual = getattr(data, field)
        if actual is None:
            continue
        if field in lenient:
            assert actual == lenient[field]
            continue
        values = [str(info[tag]).strip() for tag in tags if tag in info and str(info[tag]).strip()]
        assert values, f"{field} {actual!r} is not in the file"
        assert actual == values[0]
        assert actual == actual.strip() and actual


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_pixel_size_is_the_image_header_after_orientation(row: dict[str, str | None]) -> None:
    """width/height are the header's pixel size (Pillow's reading), turned for orientations 5-8."""
    path, kind = _photo(row), _kind(row)
    data = read_camera_data(path, kind)
    if kind not in ACCEPTED_KINDS:
        assert (data.width, data.height) == (None, None)  # RAW and HEIC headers describe previews or tiles
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as im:
                stored = im.size
    except (OSError, SyntaxError):
        assert (data.width, data.height) == (None, None)  # e.g. cut off before the frame header
        return
    shown = stored[::-1] if data.orientation in (5, 6, 7, 8) else stored
    assert (data.width, data.height) == shown


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_embedded_preview(row: dict[str, str | None]) -> None:
    """The EXIF thumbnail is returned exactly when ExifTool finds a JPEG one, whole."""
    path = _photo(row)
    preview = embedded_preview(path)
    info = _exiftool_json()[row["path"]]
    has_exif_thumbnail = "ThumbnailImage" in info and info.get("ThumbnailLength")
    if row["path"] in LENIENT and preview is not None:
        assert preview.startswith(b"\xff\xd8")
    elif has_exif_thumbnail and row["path"] not in NOT_JPEG_THUMBNAILS:
        assert preview is not None
        assert len(preview) == info["ThumbnailLength"]
        assert preview.startswith(b"\xff\xd8")
        with Image.open(io.BytesIO(preview)) as im:
            im.load()  # a real, decodable JPEG
    else:
        assert preview is None


# --- Named behaviours on real files -----------------------------------------------------------


def test_orientation_5_to_8_swap_width_and_height() -> None:
    """The Landscape_N files are one landscape photo stored eight ways: all display 1800 x 1200."""
    for n in range(1, 9):
        path = PHOTOS / "orientation" / f"Landscape_{n}.jpg"
        data = read_camera_data(path, FileKind.JPEG)
        with Image.open(path) as im:
            stored = im.size
        assert data.orientation == n
        assert (data.width, data.height) == (1800, 1200)
        assert stored == ((1200, 1800) if n >= 5 else (1800, 1200))
    iphone = read_camera_data(PHOTOS / "cameras" / "IMG_8568.JPG", FileKind.JPEG)
    assert (iphone.orientation, iphone.width, iphone.height) == (6, 3024, 4032)  # a portrait iPhone photo


def test_typical_values() -> None:
    """A few values spelled out, as a reader of this test would check them by hand."""
    canon = read_camera_data(PHOTOS / "cameras" / "Canon_EOS_D60.jpg", FileKind.JPEG)
    assert (canon.taken, canon.make, canon.model) == ("2002-10-26T19:26:35", "Canon", "Canon EOS D60")
    iphone = read_camera_data(PHOTOS / "cameras" / "IMG_8568.JPG", FileKind.JPEG)
    assert iphone.taken == "2021-09-27T07:13:47.832-06:00"
    furnace = read_camera_data(PHOTOS / "gps" / "FurnaceCreekInn.jpg", FileKind.JPEG)
    assert furnace.alt == pytest.approx(-14.28)  # Death Valley: GPSAltitudeRef 1, below sea level
    assert furnace.lon is not None and furnace.lon < 0
    kenya = read_camera_data(PHOTOS / "gps" / "Kodak_CX7530.jpg", FileKind.JPEG)
    assert kenya.lat == pytest.approx(-0.3713) and kenya.taken == "2005-08-13T09:47:23"  # no NUL after the date
    padded = read_camera_data(PHOTOS / "cameras" / "HTC_One.jpg", FileKind.JPEG)
    assert (padded.make, padded.model) == ("HTC", "HTC One")  # NUL-padded to 100 bytes
    olympus = read_camera_data(PHOTOS / "cameras" / "Olympus_C2040Z.jpg", FileKind.JPEG)
    assert olympus.description == "OLYMPUS DIGITAL CAMERA"
    nikon = read_camera_data(PHOTOS / "cameras" / "Nikon_E950.jpg", FileKind.JPEG)
    assert nikon.description is None  # ten spaces
    squirrel = read_camera_data(PHOTOS / "sidecars" / "IMG_5910.jpg", FileKind.JPEG)
    assert (squirrel.description, squirrel.artist) == ("Squirrel at berkely", "Patrik")
    heic = read_camera_data(PHOTOS / "other-formats" / "IMG_2682.heic", FileKind.HEIC)
    assert heic.lat == pytest.approx(41.2203) and heic.heading == pytest.approx(320.6002805)
    nef = read_camera_data(PHOTOS / "other-formats" / "Nikon.nef", FileKind.RAW)
    assert nef.taken == "2004-06-09T16:02:35.00"  # DateTimeOriginal in IFD0


def test_null_island_is_unknown_with_a_warning() -> None:
    data = read_camera_data(PHOTOS / "gps" / "Samsung_GT-I9000_Galaxy_S.jpg", FileKind.JPEG)
    assert (data.lat, data.lon, data.alt) == (None, None, None)
    assert [n.code for n in data.warnings] == [exif.GPS_INVALID]
    assert "0°, 0°" in data.warnings[0].message


def test_zero_over_zero_gps_is_unknown_with_a_warning() -> None:
    data = read_camera_data(PHOTOS / "broken" / "empty_gps.jpg", FileKind.JPEG)
    assert (data.lat, data.lon) == (None, None)
    assert data.warnings[0].message == "The GPS position in the camera data is damaged (0/0); it was ignored."
    assert data.make == "motorola" and data.taken == "2025-06-01T16:59:26.023460"  # the rest is kept


def test_truncated_file_with_complete_exif_is_read() -> None:
    """README: lenient readers may find the EXIF that ExifTool refuses in this cut-off JPEG."""
    data = read_camera_data(PHOTOS / "broken" / "2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg", FileKind.JPEG)
    assert (data.make, data.model, data.taken) == ("Samsung Techwin", "U-CA 501", "2004-01-11T22:45:15")
    assert (data.width, data.height) == (None, None)
    assert [n.code for n in data.warnings] == [exif.SIZE_UNKNOWN]


def test_exif_offset_of_the_wrong_type_is_reported() -> None:
    data = read_camera_data(PHOTOS / "broken" / "30-type_error.jpg", FileKind.JPEG)
    assert data.taken == "2013-07-05T03:18:27Z"  # the Exif IFD is unreachable; XMP has the date
    assert [n.code for n in data.warnings] == [exif.EXIF_DAMAGED]
    assert (data.width, data.height) == (3872, 2403)


def test_invalid_orientation_zero_is_reported() -> None:
    data = read_camera_data(PHOTOS / "broken" / "huge_tag_exif.jpg", FileKind.JPEG)
    assert data.orientation is None
    assert exif.ORIENTATION_INVALID in {n.code for n in data.warnings}


BROKEN_AND_OTHER = sorted(p for folder in ("broken", "other-formats") for p in (PHOTOS / folder).iterdir())


@pytest.mark.parametrize("path", BROKEN_AND_OTHER, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_broken_and_other_files_never_raise(path: Path) -> None:
    """Whatever kind the caller believes a file is, reading it never raises and never hangs."""
    for kind in FileKind:
        start = time.perf_counter()
        data = read_camera_data(path, kind)
        preview = embedded_preview(path)
        assert time.perf_counter() - start < 1.0, f"{kind}: too slow"
        assert isinstance(data, CameraData)
        assert preview is None or preview.startswith(b"\xff\xd8")
    assert read_camera_data(path, FileKind.NOT_IMAGE) == CameraData()


def test_not_an_image_named_jpg() -> None:
    path = PHOTOS / "broken" / "not-an-image.jpg"
    assert read_camera_data(path, FileKind.NOT_IMAGE) == CameraData()
    as_jpeg = read_camera_data(path, FileKind.JPEG)
    assert [n.code for n in as_jpeg.warnings] == [exif.EXIF_UNREADABLE]
    assert embedded_preview(path) is None
    assert embedded_preview(PHOTOS / "broken" / "no_exif.jpg") is None
    assert embedded_preview(PHOTOS / "broken" / "notjpeg.jpg") is None  # zero bytes


def test_unreadable_file_raises_file_read_error(tmp_path: Path) -> None:
    with pytest.raises(FileReadError) as missing:
        read_camera_data(tmp_path / "gone.jpg", FileKind.JPEG)
    assert "gone.jpg" in missing.value.message
    with pytest.raises(FileReadError):
        read_camera_data(tmp_path, FileKind.JPEG)  # a folder
    assert embedded_preview(tmp_path / "gone.jpg") is None


# --- Constructed files: one damaged value at a time ------------------------------------------


def _jpeg(
    tmp_path: Path,
    zeroth: dict[int, Any] | None = None,
    exif_ifd: dict[int, Any] | None = None,
    gps: dict[int, Any] | None = None,
    thumbnail: bytes | None = None,
    size: tuple[int, int] = (6, 4),
) -> Path:
    """A small JPEG whose EXIF holds exactly the given tags (piexif writes them)."""
    exif_dict: dict[str, Any] = {"0th": zeroth or {}, "Exif": exif_ifd or {}, "GPS": gps or {}}
    if thumbnail is not None:
        exif_dict["1st"] = {piexif.ImageIFD.Compression: 6}
        exif_dict["thumbnail"] = thumbnail
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, "JPEG", exif=piexif.dump(exif_dict))
    path = tmp_path / "made.jpg"
    path.write_bytes(buf.getvalue())
    return path


def _codes(data: CameraData) -> list[str]:
    return [n.code for n in data.warnings]


G = piexif.GPSIFD
GOOD_LAT = {G.GPSLatitudeRef: b"S", G.GPSLatitude: ((33, 1), (27, 1), (1248, 100))}
GOOD_LON = {G.GPSLongitudeRef: b"E", G.GPSLongitude: ((25, 1), (45, 1), (5274, 100))}


@pytest.mark.parametrize(
    ("gps", "message_part"),
    [
        ({G.GPSLatitudeRef: b"N", G.GPSLatitude: ((0, 0), (0, 0), (0, 0)), **GOOD_LON}, "(0/0)"),
        ({G.GPSLatitudeRef: b"N", G.GPSLatitude: ((95, 1), (0, 1), (0, 1)), **GOOD_LON}, "impossible"),
        ({**GOOD_LAT, G.GPSLongitudeRef: b"W", G.GPSLongitude: ((200, 1), (0, 1), (0, 1))}, "impossible"),
        (
            {
                G.GPSLatitudeRef: b"N",
                G.GPSLatitude: ((0, 1), (0, 1), (0, 1)),
                G.GPSLongitudeRef: b"E",
                G.GPSLongitude: ((0, 1), (0, 1), (0, 1)),
            },
            "0°, 0°",
        ),
        ({G.GPSLatitude: GOOD_LAT[G.GPSLatitude], G.GPSLongitude: GOOD_LON[G.GPSLongitude]}, "N or S"),
        ({G.GPSLatitudeRef: b"X", G.GPSLatitude: GOOD_LAT[G.GPSLatitude], **GOOD_LON}, "N or S"),
        ({G.GPSLatitudeRef: b"E", G.GPSLatitude: GOOD_LAT[G.GPSLatitude], **GOOD_LON}, "N or S"),  # swapped
        (GOOD_LAT, "not both"),
    ],
)
def test_impossible_gps_is_unknown_with_a_warning(tmp_path: Path, gps: dict[int, Any], message_part: str) -> None:
    gps = {**gps, G.GPSAltitudeRef: 0, G.GPSAltitude: (0, 1)}
    data = read_camera_data(_jpeg(tmp_path, gps=gps), FileKind.JPEG)
    assert (data.lat, data.lon, data.alt) == (None, None, None)  # no altitude for a rejected fix
    assert _codes(data) == [exif.GPS_INVALID]
    assert message_part in data.warnings[0].message


def test_good_gps_with_altitude_and_direction(tmp_path: Path) -> None:
    gps = {**GOOD_LAT, **GOOD_LON, G.GPSAltitudeRef: 1, G.GPSAltitude: (4305, 10), G.GPSImgDirection: (35950, 100)}
    data = read_camera_data(_jpeg(tmp_path, gps=gps), FileKind.JPEG)
    assert data.lat == pytest.approx(-(33 + 27 / 60 + 12.48 / 3600))
    assert data.lon == pytest.approx(25 + 45 / 60 + 52.74 / 3600)
    assert data.alt == pytest.approx(-430.5)
    assert data.heading == pytest.approx(359.5)
    assert data.warnings == []


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({G.GPSAltitudeRef: 0, G.GPSAltitude: (0, 0)}, exif.ALTITUDE_INVALID),
        ({G.GPSAltitudeRef: 7, G.GPSAltitude: (100, 1)}, exif.ALTITUDE_INVALID),
        ({G.GPSAltitudeRef: 0, G.GPSAltitude: (4294967295, 1)}, exif.ALTITUDE_INVALID),
        ({G.GPSImgDirection: (0, 0)}, exif.HEADING_INVALID),
        ({G.GPSImgDirection: (400, 1)}, exif.HEADING_INVALID),
    ],
)
def test_damaged_altitude_or_direction_keeps_the_position(tmp_path: Path, extra: dict[int, Any], code: str) -> None:
    data = read_camera_data(_jpeg(tmp_path, gps={**GOOD_LAT, **GOOD_LON, **extra}), FileKind.JPEG)
    assert data.lat is not None and data.lon is not None
    assert (data.alt, data.heading) == (None, None)
    assert _codes(data) == [code]


def test_altitude_without_reference_is_above_sea_level(tmp_path: Path) -> None:
    data = read_camera_data(_jpeg(tmp_path, gps={**GOOD_LAT, **GOOD_LON, G.GPSAltitude: (1960, 1)}), FileKind.JPEG)
    assert data.alt == 1960.0


E = piexif.ExifIFD


@pytest.mark.parametrize(
    ("exif_ifd", "taken"),
    [
        ({E.DateTimeOriginal: b"2019:05:01 10:21:05"}, "2019-05-01T10:21:05"),
        ({E.DateTimeOriginal: b"2019:05:01 10:21:05", E.SubSecTimeOriginal: b"123"}, "2019-05-01T10:21:05.123"),
        (
            {E.DateTimeOriginal: b"2019:05:01 10:21:05", E.SubSecTimeOriginal: b"07", E.OffsetTimeOriginal: b"+05:00"},
            "2019-05-01T10:21:05.07+05:00",
        ),
        ({E.DateTimeOriginal: b"2019:05:01 10:21:05", E.OffsetTimeOriginal: b"-03:30"}, "2019-05-01T10:21:05-03:30"),
        # Blank sub-seconds or offsets are common and harmless: left out, no warning.
        ({E.DateTimeOriginal: b"2019:05:01 10:21:05", E.SubSecTimeOriginal: b"   "}, "2019-05-01T10:21:05"),
        ({E.DateTimeOriginal: b"2019:05:01 10:21:05", E.OffsetTimeOriginal: b"   :  "}, "2019-05-01T10:21:05"),
        ({E.DateTimeOriginal: b"2038:05:05 01:29:24"}, "2038-05-05T01:29:24"),  # as the camera wrote it
    ],
)
def test_date_taken(tmp_path: Path, exif_ifd: dict[int, bytes], taken: str) -> None:
    data = read_camera_data(_jpeg(tmp_path, exif_ifd=exif_ifd), FileKind.JPEG)
    assert data.taken == taken
    assert data.warnings == []


@pytest.mark.parametrize(
    "raw",
    [b"0000:00:00 00:00:00", b"    :  :     ", b"    :  :       :  :  ", b"", b"2019:13:01 10:00:00",
     b"2019:02:30 10:00:00", b"2019:05:01 25:00:00", b"1066:10:14 09:00:00", b"yesterday", b"\xff\xfe"],
)
def test_impossible_date_is_unknown_with_a_warning(tmp_path: Path, raw: bytes) -> None:
    data = read_camera_data(_jpeg(tmp_path, exif_ifd={E.DateTimeOriginal: raw}), FileKind.JPEG)
    assert data.taken is None
    assert _codes(data) == [exif.DATE_INVALID]


def test_date_in_ifd0_is_used(tmp_path: Path) -> None:
    """Some raw formats (Nikon D70 NEF) keep DateTimeOriginal in IFD0; piexif cannot write that, Pillow can."""
    ifd0 = Image.Exif()
    ifd0[E.DateTimeOriginal] = "2004:06:09 16:02:35"
    path = tmp_path / "ifd0-date.jpg"
    Image.new("RGB", (3, 2)).save(path, "JPEG", exif=ifd0)
    assert read_camera_data(path, FileKind.JPEG).taken == "2004-06-09T16:02:35"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2002:10:26 19:26:35", "2002-10-26T19:26:35"),
        ("2002:10:26 19:26:35\x00", "2002-10-26T19:26:35"),
        ("2002-10-26 19:26:35 ", "2002-10-26T19:26:35"),
        ("2002:10:26 19:26", "2002-10-26T19:26"),
        ("2013:07:05 03:18:27Z", "2013-07-05T03:18:27Z"),
        ("2022:01:10 15:15:44-04:00", "2022-01-10T15:15:44-04:00"),
        ("2022:01:10 15:15:44.5", "2022-01-10T15:15:44.5"),
        ("0000:00:00 00:00:00", None),
        ("    :  :     ", None),
        ("2022:01:10 15:15:44+25:00", None),
        ("2022:01:10 15:15:44 and more", None),
    ],
)
def test_parse_exif_date(text: str, iso: str | None) -> None:
    assert parse_exif_date(text) == iso


@pytest.mark.parametrize("value", [0, 9, 65535])
def test_invalid_orientation_is_unknown_and_not_turned(tmp_path: Path, value: int) -> None:
    data = read_camera_data(_jpeg(tmp_path, zeroth={piexif.ImageIFD.Orientation: value}, size=(6, 4)), FileKind.JPEG)
    assert data.orientation is None
    assert (data.width, data.height) == (6, 4)
    assert _codes(data) == [exif.ORIENTATION_INVALID]


I = piexif.ImageIFD  # noqa: E741 - as piexif's own examples name it


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"Caf\xc3\xa9 Fot\xc3\xb3", "Café Fotó"),  # UTF-8
        (b"Caf\xe9", "Café"),  # latin-1
        (b"  Jane Doe  ", "Jane Doe"),
        (b"HTC\x00\x00\x00\x00", "HTC"),
        (b"HTC\x00garbage", "HTC"),  # a C string ends at its NUL
        (b"          ", None),
        (b"", None),
    ],
)
def test_text_is_decoded_and_trimmed(tmp_path: Path, raw: bytes, text: str | None) -> None:
    zeroth = {I.Make: raw, I.Model: raw, I.ImageDescription: raw, I.Artist: raw}
    data = read_camera_data(_jpeg(tmp_path, zeroth=zeroth), FileKind.JPEG)
    assert (data.make, data.model, data.description, data.artist) == (text, text, text, text)
    assert data.warnings == []


def test_control_characters_in_text_are_damage(tmp_path: Path) -> None:
    data = read_camera_data(_jpeg(tmp_path, zeroth={I.Make: b"\x01\x02\x03\x7f"}), FileKind.JPEG)
    assert data.make is None
    assert _codes(data) == [exif.TEXT_INVALID]


def test_embedded_preview_of_a_constructed_file(tmp_path: Path) -> None:
    thumb = io.BytesIO()
    Image.new("RGB", (16, 12), "red").save(thumb, "JPEG")
    path = _jpeg(tmp_path, zeroth={I.Make: b"Test"}, thumbnail=thumb.getvalue())
    preview = embedded_preview(path)
    assert preview is not None and preview.startswith(b"\xff\xd8")  # piexif.dump drops its JFIF segment
    with Image.open(io.BytesIO(preview)) as im:
        assert im.size == (16, 12)
    raw = path.read_bytes()
    start = raw.index(preview)
    path.write_bytes(raw[:start] + b"PNG!" + raw[start + 4 :])  # the thumbnail no longer starts like a JPEG
    assert embedded_preview(path) is None


def _with_app1(tmp_path: Path, payload: bytes) -> Path:
    """A small JPEG with `payload` as its APP1 segment, right after SOI."""
    buf = io.BytesIO()
    Image.new("RGB", (5, 3)).save(buf, "JPEG")
    body = buf.getvalue()
    path = tmp_path / "app1.jpg"
    path.write_bytes(body[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + body[2:])
    return path


@pytest.mark.parametrize(
    "payload",
    [
        b"Exif\x00\x00not a tiff header at all",
        b"Exif\x00\x00II*\x00\xff\xff\xff\x7f",  # IFD0 far beyond the data
        b"Exif\x00\x00MM\x00*\x00\x00\x00\x08",  # IFD0 cut off
    ],
)
def test_unreadable_exif_block_is_reported(tmp_path: Path, payload: bytes) -> None:
    data = read_camera_data(_with_app1(tmp_path, payload), FileKind.JPEG)
    assert (data.width, data.height) == (5, 3)  # the image itself is fine
    assert data.taken is None and data.make is None
    assert set(_codes(data)) <= {exif.EXIF_UNREADABLE}
    assert embedded_preview(_with_app1(tmp_path, payload)) is None


def test_png_with_exif_after_the_image_data() -> None:
    data = read_camera_data(PHOTOS / "other-formats" / "png_with_exif_and_gps.png", FileKind.PNG)
    assert (data.make, data.width, data.height) == ("Canon", 1, 1)
    assert data.lat == pytest.approx(50.2996027777778)


def test_tiff_size_comes_from_its_first_ifd() -> None:
    data = read_camera_data(PHOTOS / "other-formats" / "tif-with-iptc-icc-xmp.tif", FileKind.TIFF)
    assert (data.width, data.height) == (35, 23)


def test_reading_is_fast() -> None:
    """About half a millisecond per camera JPEG: only the metadata segment is read."""
    paths = sorted((PHOTOS / "cameras").iterdir()) + sorted((PHOTOS / "gps").iterdir())
    for path in paths:  # warm the OS cache
        read_camera_data(path, FileKind.JPEG)
    start = time.perf_counter()
    for path in paths:
        read_camera_data(path, FileKind.JPEG)
    per_file = (time.perf_counter() - start) / len(paths)
    assert per_file < 0.005, f"{per_file * 1000:.2f} ms per file"  # generous: shared CI machines


# --- Values outside IFD0 and outside EXIF -----------------------------------------------------


def test_make_model_and_orientation_in_the_exif_ifd(tmp_path: Path) -> None:
    """Some cameras write Make, Model and Orientation in the Exif IFD; ExifTool reads them there."""
    made = Image.Exif()
    made.get_ifd(0x8769).update({0x010F: "Trailcam", 0x0110: "TC-1", 0x0112: 6, 0x9003: "2021:04:05 06:07:08"})
    path = tmp_path / "sub-ifd.jpg"
    Image.new("RGB", (6, 4)).save(path, "JPEG", exif=made)
    data = read_camera_data(path, FileKind.JPEG)
    assert (data.make, data.model, data.orientation, data.taken) == ("Trailcam", "TC-1", 6, "2021-04-05T06:07:08")
    assert (data.width, data.height) == (4, 6) and data.warnings == []


def _made(tmp_path: Path, name: str) -> CameraData:
    from tests import privacy_inputs

    build, kind, suffix = privacy_inputs.MADE[name]
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(build())
    return read_camera_data(path, kind)


def test_png_exif_in_an_imagemagick_raw_profile(tmp_path: Path) -> None:
    """ImageMagick keeps a PNG's EXIF as hex in a (compressed) "Raw profile type exif" text chunk."""
    data = _made(tmp_path, "png-raw-profile-exif")
    assert (data.make, data.model, data.taken) == ("NIKON", "COOLPIX P6000", "2008-10-22T16:28:39")
    assert (data.lat, data.lon) == (pytest.approx(43.46744833333), pytest.approx(11.88512))
    assert (data.width, data.height) == (7, 5) and data.warnings == []


@pytest.mark.parametrize("name", ["xmp-elements", "xmp-attributes", "extended-xmp", "png-compressed-itxt-xmp",
                                  "png-raw-profile-xmp"])
def test_position_and_description_from_xmp(tmp_path: Path, name: str) -> None:
    """XMP's position and description, whichever way the packet is spelled or stored."""
    data = _made(tmp_path, name)
    assert (data.lat, data.lon) == (pytest.approx(53.359465), pytest.approx(-6.25823166666))
    if name != "png-raw-profile-xmp":
        assert data.description == "A bridge"
    assert data.warnings == []


def test_caption_from_iptc(tmp_path: Path) -> None:
    data = _made(tmp_path, "photoshop-irb-xmp")  # Photoshop resources: IPTC caption, XMP copy
    assert data.description == "A bridge"
    assert data.make == "Canon" and data.taken == "2002-10-26T19:26:35"  # EXIF comes first


def test_damaged_xmp_is_reported_when_it_was_needed(tmp_path: Path) -> None:
    from tests.privacy_inputs import XMP_APP1, app, no_gps_jpeg, with_segments

    path = tmp_path / "bad-xmp.jpg"
    path.write_bytes(with_segments(no_gps_jpeg(), [app(0xE1, XMP_APP1 + b"<x:xmpmeta><rdf:RDF><oops")]))
    data = read_camera_data(path, FileKind.JPEG)
    assert data.make == "Canon"  # the EXIF is still read
    assert [n.code for n in data.warnings] == [exif.XMP_DAMAGED]


def test_xmp_position_with_swapped_hemispheres_is_refused(tmp_path: Path) -> None:
    from tests.privacy_inputs import XMP_APP1, app, no_gps_jpeg, with_segments, xmp_packet

    swapped = 'exif:GPSLatitude="6,15.4939W" exif:GPSLongitude="53,21.5679N"'
    path = tmp_path / "swapped.jpg"
    path.write_bytes(with_segments(no_gps_jpeg(), [app(0xE1, XMP_APP1 + xmp_packet(attrs=swapped))]))
    data = read_camera_data(path, FileKind.JPEG)
    assert (data.lat, data.lon) == (None, None)
    assert [n.code for n in data.warnings] == [exif.GPS_INVALID]
