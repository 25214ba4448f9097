"""Read what the camera wrote (EXIF date, camera, rotation, GPS) without ever trusting it.

Only the few bytes that hold metadata are read: the APP1 segment of a JPEG, the eXIf chunk of
a PNG, the EXIF chunk of a WebP, the Exif item of a HEIF, the IFDs of a TIFF-based file. The
pixel size comes from the image header itself, never from EXIF. Pillow's TIFF directory reader
parses the IFDs: it bounds every read by the data size and follows no IFD chains, so damaged
or looping EXIF cannot hang it. Every damaged value becomes None plus a `Note`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from PIL.TiffImagePlugin import IFDRational, ImageFileDirectory_v2

from photowalk import exif_containers as containers
from photowalk import geo, iptc, xmp
from photowalk.errors import FileReadError
from photowalk.files import open_regular, os_reason
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.pathtext import shown
from photowalk.photo import ACCEPTED_KINDS, CameraData, FileKind, Note

# Stable warning codes; the UI may translate the messages below (context "camera").
EXIF_UNREADABLE = "exif-unreadable"
EXIF_DAMAGED = "exif-damaged"
DATE_INVALID = "date-invalid"
ORIENTATION_INVALID = "orientation-invalid"
GPS_INVALID = "gps-invalid"
ALTITUDE_INVALID = "altitude-invalid"
HEADING_INVALID = "heading-invalid"
TEXT_INVALID = "text-invalid"
SIZE_UNKNOWN = "size-unknown"
XMP_DAMAGED = "xmp-damaged"
NOT_READ = "camera-data-not-read"

MSG_EXIF_UNREADABLE = QT_TRANSLATE_NOOP(
    "camera", "The camera data (EXIF) in this file is damaged and could not be read; its date, camera and "
    "GPS position are unknown."
)
MSG_NOT_RECOGNISED = QT_TRANSLATE_NOOP(
    "camera", "The content of this file does not match its type, so its camera data could not be read."
)
MSG_EXIF_IFD_DAMAGED = QT_TRANSLATE_NOOP(
    "camera", "Part of the camera data (EXIF) is damaged; the date and camera settings in it could not be read."
)
MSG_GPS_IFD_DAMAGED = QT_TRANSLATE_NOOP(
    "camera", "The GPS part of the camera data is damaged; the position could not be read."
)
MSG_DATE_BLANK = QT_TRANSLATE_NOOP(
    "camera", "The date in the camera data is blank or all zeros (the camera clock was probably never set); "
    "the date is unknown."
)
MSG_DATE_INVALID = QT_TRANSLATE_NOOP(
    "camera", "The date in the camera data is damaged or impossible; it was ignored."
)
MSG_ORIENTATION_INVALID = QT_TRANSLATE_NOOP(
    "camera", "The rotation flag in the camera data is damaged; the photo is shown the way it is stored."
)
MSG_GPS_ZERO_DENOMINATOR = QT_TRANSLATE_NOOP(
    "camera", "The GPS position in the camera data is damaged (0/0); it was ignored."
)
MSG_GPS_NO_HEMISPHERE = QT_TRANSLATE_NOOP(
    "camera", "The GPS position in the camera data does not say N or S, E or W; it was ignored rather than guessed."
)
MSG_GPS_INCOMPLETE = QT_TRANSLATE_NOOP(
    "camera", "The GPS position in the camera data has a latitude or a longitude but not both; it was ignored."
)
MSG_GPS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "camera", "The GPS position in the camera data is impossible (beyond 90° or 180°); it was ignored."
)
MSG_GPS_NULL_ISLAND = QT_TRANSLATE_NOOP(
    "camera", "The camera wrote the GPS position 0°, 0°, which means it had no GPS fix; it was ignored."
)
MSG_GPS_DAMAGED = QT_TRANSLATE_NOOP(
    "camera", "The GPS position in the camera data is damaged; it was ignored."
)
MSG_ALTITUDE_INVALID = QT_TRANSLATE_NOOP(
    "camera", "The GPS altitude in the camera data is damaged or impossible; it was ignored."
)
MSG_HEADING_INVALID = QT_TRANSLATE_NOOP(
    "camera", "The compass direction in the camera data is damaged or impossible; it was ignored."
)
MSG_TEXT_INVALID = QT_TRANSLATE_NOOP(
    "camera", "Some text in the camera data (camera name, description or author) is damaged; it was ignored."
)
MSG_XMP_DAMAGED = QT_TRANSLATE_NOOP(
    "camera", "The XMP metadata in this file is damaged and could not be read; values that only it holds "
    "(such as a date, description or position) are unknown."
)
MSG_VIDEO_NOT_READ = QT_TRANSLATE_NOOP(
    "camera", "photowalk does not read the camera data of videos; the date, camera and position are unknown."
)
MSG_RAW_NOT_READ = QT_TRANSLATE_NOOP(
    "camera", "photowalk does not read the camera data of this raw format; the date, camera and position "
    "are unknown."
)
MSG_SIZE_UNKNOWN = QT_TRANSLATE_NOOP(
    "camera", "The image size could not be read from the file; the file may be cut short or damaged."
)

# EXIF tag numbers (IFD0, Exif IFD, GPS IFD).
_IMAGE_WIDTH, _IMAGE_LENGTH = 0x0100, 0x0101
_IMAGE_DESCRIPTION, _MAKE, _MODEL, _ORIENTATION, _ARTIST = 0x010E, 0x010F, 0x0110, 0x0112, 0x013B
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATE_TIME_ORIGINAL, _OFFSET_TIME_ORIGINAL, _SUBSEC_TIME_ORIGINAL = 0x9003, 0x9011, 0x9291
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4
_GPS_ALT_REF, _GPS_ALT, _GPS_IMG_DIRECTION = 5, 6, 17
_GPS_DEST_LAT_REF, _GPS_DEST_LAT, _GPS_DEST_LON_REF, _GPS_DEST_LON = 19, 20, 21, 22
_BODY_SERIAL_NUMBER = 0xA431
_THUMB_OFFSET, _THUMB_LENGTH = 0x0201, 0x0202
_XMP, _IPTC = 0x02BC, 0x83BB  # XMP and IPTC in a TIFF's IFD0

# Bounds that keep damaged files from making us read or loop much.
_MAX_METADATA_BYTES = 4 << 20  # an EXIF block is at most 64 KiB in a JPEG; allow more elsewhere

_SIZE_KINDS = ACCEPTED_KINDS  # RAW and HEIC headers hold previews or tiles, not the developed size

_DATE_RE = re.compile(
    r"(?P<y>\d{4})[:\-/.](?P<mo>\d{2})[:\-/.](?P<d>\d{2})[ T](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?P<frac>\.\d+)?(?P<tz>Z|[+-]\d{2}:\d{2})?"
)
_OFFSET_RE = re.compile(r"[+-](\d{2}):(\d{2})")
_MIN_YEAR, _MAX_YEAR = 1800, 2100  # photography began in the 1820s; later years are a broken clock byte


def read_camera_data(path: Path, kind: FileKind) -> CameraData:
    """Read the camera's metadata from `path`; damaged values become None plus a warning.

    Raises only FileReadError, when the file itself cannot be opened or read.
    """
    data = CameraData()
    if kind == FileKind.NOT_IMAGE:
        return data
    if kind == FileKind.VIDEO:
        # QuickTime and RIFF metadata are not EXIF: say so rather than leave the date silently unknown.
        data.warnings.append(Note(NOT_READ, MSG_VIDEO_NOT_READ))
        return data
    try:
        with open_regular(path) as f:
            found = _locate_safely(f)
            if found.format_known:
                _Reader(data, found, kind, f).read()
    except OSError as exc:
        raise FileReadError(path=shown(path), reason=os_reason(exc)) from exc
    if not found.format_known and kind in _SIZE_KINDS:
        data.warnings.append(Note(EXIF_UNREADABLE, MSG_NOT_RECOGNISED))
    elif not found.format_known and kind == FileKind.RAW:
        data.warnings.append(Note(NOT_READ, MSG_RAW_NOT_READ))  # e.g. Canon CRW, Sigma X3F
    return data


def embedded_preview(path: Path) -> bytes | None:
    """The camera's small JPEG preview (EXIF IFD1 thumbnail), or None if there is none usable."""
    try:
        with open_regular(path) as f:
            found = _locate_safely(f)
            if found.tiff is None:
                return None
            ifd0 = _load_ifd(found.tiff, found.tiff_head, None, None)
            if ifd0 is None or not ifd0.next:
                return None
            ifd1 = _load_ifd(found.tiff, found.tiff_head, ifd0.next, None)
            if ifd1 is None:
                return None
            offset, length = _get_int(ifd1, _THUMB_OFFSET), _get_int(ifd1, _THUMB_LENGTH)
            if offset is None or length is None or offset <= 0 or not 0 < length <= _MAX_METADATA_BYTES:
                return None
            found.tiff.seek(offset)
            preview = found.tiff.read(length)
    except Exception:  # noqa: BLE001 - a preview is optional; damaged data or I/O errors mean none
        return None
    if len(preview) != length or not preview.startswith(b"\xff\xd8"):
        return None
    return preview


# --- Finding the EXIF block and the image size in each container -----------------------------


@dataclass
class _Found:
    """Where the EXIF TIFF structure is (offsets relative to its start) and the header's size."""

    format_known: bool = False
    tiff: BinaryIO | None = None
    tiff_head: bytes = b""
    width: int | None = None
    height: int | None = None
    size_in_ifd0: bool = False  # a TIFF's own pixel size is in IFD0
    exif_damaged: bool = False  # an EXIF block was found but does not start with a TIFF header
    container: containers.Container | None = None


def _locate_safely(f: BinaryIO) -> _Found:
    """`_locate`, with damaged structures that no check foresaw reported as unreadable EXIF."""
    try:
        return _locate(f)
    except OSError:
        raise  # the file itself could not be read
    except Exception:  # noqa: BLE001 - e.g. struct.error or ValueError from a damaged container
        return _Found(format_known=True, exif_damaged=True)


def _locate(f: BinaryIO) -> _Found:
    """Walk the container and find its EXIF block and pixel size."""
    c = containers.walk(f)
    found = _Found(bool(c.format), None, b"", c.width, c.height, c.size_in_ifd0, False, c)
    if c.format == "tiff":
        _set_tiff(found, f)
    elif c.format == "heif":
        _set_tiff(found, c.exif)
    elif c.exif == b"":
        found.exif_damaged = True  # e.g. a RAF whose embedded JPEG is not where its header says
    else:
        _set_tiff(found, _exif_payload(f, c))
    return found


_PNG_EXIF_PROFILES = ("Raw profile type exif", "Raw profile type APP1")
_OTHER_METADATA = frozenset({containers.BlockKind.XMP, containers.BlockKind.IRB, containers.BlockKind.TEXT})


def _exif_payload(f: BinaryIO, c: containers.Container) -> bytes | None:
    """The first EXIF block's bytes; in a PNG without eXIf, ImageMagick's hex EXIF profile."""
    if c.exif_payload is not None:
        return c.exif_payload
    block = c.first(containers.BlockKind.EXIF)
    if block is not None:
        return containers.read_range(f, block.data_start, block.data_end)
    for block in c.blocks:
        if block.kind == containers.BlockKind.TEXT and block.keyword in _PNG_EXIF_PROFILES:
            text = containers.png_text(containers.read_range(f, block.data_start, block.data_end), block)
            profile = containers.raw_profile(text) if text is not None else None
            if profile is not None:
                return profile
    return None


def _set_tiff(found: _Found, stream: BinaryIO | bytes | None) -> None:
    """Record the TIFF structure of an EXIF block, if it has a TIFF header."""
    if stream is None:
        return
    if isinstance(stream, bytes):
        # Some writers put "Exif\0\0" (once or twice) before the TIFF header, outside JPEG too.
        while stream[:4] == b"Exif" and stream[4:6] in (b"\x00\x00", b"\x00\xff"):
            stream = stream[6:]
        stream = io.BytesIO(stream)
    stream.seek(0)
    head = stream.read(16)
    if head[:4] in containers.TIFF_LIKE_HEADS:
        # Same IFDs as TIFF behind another magic number: present a plain TIFF header to Pillow.
        head = (b"II*\x00" if head[:2] == b"II" else b"MM\x00*") + head[4:8]
    if head[:4] not in containers.TIFF_HEADS:
        found.exif_damaged = True
        return
    found.tiff, found.tiff_head = stream, head


# --- Reading the IFDs -------------------------------------------------------------------------


def _load_ifd(stream: BinaryIO, head: bytes, offset: int | None, group: int | None) -> ImageFileDirectory_v2 | None:
    """One IFD at `offset` (IFD0 if None), or None if the offset is outside the data."""
    big_tiff = head[:4] in (b"II+\x00", b"MM\x00+")
    ifd = ImageFileDirectory_v2(head[:16] if big_tiff else head[:8], group=group)
    if offset is None:
        offset = ifd.next
    end = stream.seek(0, io.SEEK_END)
    if not isinstance(offset, int) or not 8 <= offset < end:
        return None
    stream.seek(offset)
    ifd.load(stream)
    return ifd


def _get(ifd: ImageFileDirectory_v2 | None, tag: int) -> Any:
    """A tag's decoded value, or None if absent or undecodable."""
    if ifd is None:
        return None
    try:
        return ifd[tag] if tag in ifd else None
    except Exception:  # noqa: BLE001 - Pillow may reject a value of the wrong type or count
        return None


def _get_int(ifd: ImageFileDirectory_v2 | None, tag: int) -> int | None:
    """A tag holding one integer (SHORT, LONG or a one-byte BYTE), else None."""
    value = _get(ifd, tag)
    if isinstance(value, (tuple, bytes)) and len(value) == 1:
        value = value[0]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _rationals(value: Any) -> list[geo.Rational] | None:
    """GPS numbers as (numerator, denominator) pairs, whatever type the writer used."""
    values = value if isinstance(value, tuple) else (value,)
    result: list[geo.Rational] = []
    for item in values:
        if isinstance(item, IFDRational):
            result.append((float(item.numerator), float(item.denominator)))
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            result.append((item, 1))
        else:
            return None
    return result or None


class _Reader:
    """Fills one CameraData from a located EXIF block, collecting warnings."""

    def __init__(self, data: CameraData, found: _Found, kind: FileKind, f: BinaryIO) -> None:
        self.data, self.found, self.kind, self.f = data, found, kind, f
        self.has_date = self.has_orientation = self.has_position = False  # present in EXIF, even if damaged

    def note(self, code: str, template: str) -> None:
        note = Note(code, template)
        if note not in self.data.warnings:
            self.data.warnings.append(note)

    def read(self) -> None:
        found = self.found
        ifd0 = exif = gps = None
        if found.tiff is not None:
            try:
                ifd0, exif, gps = self._load_all(found.tiff, found.tiff_head)
            except OSError:
                if not isinstance(found.tiff, io.BytesIO):
                    raise  # reading the file itself failed: the caller reports FileReadError
                self.note(EXIF_UNREADABLE, MSG_EXIF_UNREADABLE)
            except Exception:  # noqa: BLE001 - any library failure on damaged data is a warning, never a crash
                self.note(EXIF_UNREADABLE, MSG_EXIF_UNREADABLE)
        elif found.exif_damaged:
            self.note(EXIF_UNREADABLE, MSG_EXIF_UNREADABLE)
        try:
            self._fill(ifd0, exif, gps)
        except Exception:  # noqa: BLE001 - a value no check foresaw: drop what is left, keep what was read
            self.note(EXIF_DAMAGED, MSG_EXIF_IFD_DAMAGED)
        if self._missing():
            # XMP, IPTC and PNG text hold what EXIF lacks (ExifTool reads them the same way).
            try:
                _OtherMetadata(self, ifd0).fill()
            except OSError:
                raise  # reading the file itself failed: the caller reports FileReadError
            except Exception:  # noqa: BLE001 - damage no check foresaw: a warning, never a crash
                self.note(XMP_DAMAGED, MSG_XMP_DAMAGED)
        self._size(ifd0)

    def _missing(self) -> bool:
        c, d = self.found.container, self.data
        if c is None or (c.format != "tiff" and not any(b.kind in _OTHER_METADATA for b in c.blocks)):
            return False  # most camera JPEGs: nothing but EXIF to read
        return None in (d.make, d.model, d.description, d.artist) or not (
            self.has_date and self.has_orientation and self.has_position
        )

    def _load_all(
        self, stream: BinaryIO, head: bytes
    ) -> tuple[ImageFileDirectory_v2 | None, ImageFileDirectory_v2 | None, ImageFileDirectory_v2 | None]:
        ifd0 = _load_ifd(stream, head, None, None)
        if ifd0 is None:
            self.note(EXIF_UNREADABLE, MSG_EXIF_UNREADABLE)
            return None, None, None
        subs: list[ImageFileDirectory_v2 | None] = []
        for tag, message in ((_EXIF_IFD, MSG_EXIF_IFD_DAMAGED), (_GPS_IFD, MSG_GPS_IFD_DAMAGED)):
            sub = None
            if tag in ifd0:
                offset = _get_int(ifd0, tag)
                sub = _load_ifd(stream, head, offset, tag) if offset is not None else None
                if sub is None:
                    self.note(EXIF_DAMAGED, message)
            subs.append(sub)
        return ifd0, subs[0], subs[1]

    def _fill(
        self,
        ifd0: ImageFileDirectory_v2 | None,
        exif: ImageFileDirectory_v2 | None,
        gps: ImageFileDirectory_v2 | None,
    ) -> None:
        d = self.data
        # Some cameras write Make, Model and Orientation in the Exif IFD rather than IFD0.
        d.make = self._text(_holding(_MAKE, ifd0, exif), _MAKE)
        d.model = self._text(_holding(_MODEL, ifd0, exif), _MODEL)
        d.description = self._text(ifd0, _IMAGE_DESCRIPTION)
        d.artist = self._text(ifd0, _ARTIST)
        d.serial = self._text(exif, _BODY_SERIAL_NUMBER)
        orientation_ifd = _holding(_ORIENTATION, ifd0, exif)
        self.has_orientation = orientation_ifd is not None
        d.orientation = self._orientation(orientation_ifd)
        # A few raw formats (e.g. Nikon D70 NEF) keep DateTimeOriginal in IFD0.
        source = _holding(_DATE_TIME_ORIGINAL, exif, ifd0)
        self.has_date = source is not None
        d.taken = self._taken(source, exif)
        if gps is not None:
            self.has_position = _GPS_LAT in gps or _GPS_LON in gps
            self._gps(gps)

    def _size(self, ifd0: ImageFileDirectory_v2 | None) -> None:
        if self.kind not in _SIZE_KINDS:
            return
        found = self.found
        width, height = found.width, found.height
        if found.size_in_ifd0:
            width, height = _get_int(ifd0, _IMAGE_WIDTH), _get_int(ifd0, _IMAGE_LENGTH)
        if not width or not height or width < 0 or height < 0:
            self.note(SIZE_UNKNOWN, MSG_SIZE_UNKNOWN)
            return
        if self.data.orientation in (5, 6, 7, 8):
            width, height = height, width  # stored sideways: shown rotated by 90°
        self.data.width, self.data.height = width, height

    def _text(self, ifd: ImageFileDirectory_v2 | None, tag: int) -> str | None:
        value = _get(ifd, tag)
        if isinstance(value, tuple) and len(value) == 1 and isinstance(value[0], (str, bytes)):
            value = value[0]
        if value is None:
            return None
        if isinstance(value, str):
            raw = value.encode("latin-1", "replace")  # Pillow decoded ASCII as latin-1: undo it
        elif isinstance(value, bytes):
            raw = value
        elif isinstance(value, tuple) and all(isinstance(v, int) and 0 <= v < 256 for v in value):
            raw = bytes(value)
        else:
            self.note(TEXT_INVALID, MSG_TEXT_INVALID)
            return None
        raw = raw.split(b"\x00", 1)[0]  # C string: what follows a NUL is padding or garbage
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        return self.clean(text)

    def clean(self, text: str | None) -> str | None:
        """Text without surrounding blanks; None (with a warning) if it holds control characters."""
        text = text.strip() if text else ""
        if any(ord(c) < 32 and c not in "\t\n\r" or ord(c) == 127 for c in text):
            self.note(TEXT_INVALID, MSG_TEXT_INVALID)
            return None
        return text or None

    def _orientation(self, ifd: ImageFileDirectory_v2 | None) -> int | None:
        if ifd is None or _ORIENTATION not in ifd:
            return None
        value = _get_int(ifd, _ORIENTATION)
        if value is not None and 1 <= value <= 8:
            return value
        self.note(ORIENTATION_INVALID, MSG_ORIENTATION_INVALID)
        return None

    def _taken(self, ifd: ImageFileDirectory_v2 | None, exif: ImageFileDirectory_v2 | None) -> str | None:
        if ifd is None or _DATE_TIME_ORIGINAL not in ifd:
            return None
        parsed = self.date(_plain(_get(ifd, _DATE_TIME_ORIGINAL)))
        if parsed is None:
            return None
        taken, match = parsed
        if match["s"] and not match["frac"]:
            subsec = _plain(_get(exif, _SUBSEC_TIME_ORIGINAL))
            subsec = subsec.strip(" \x00") if subsec else ""
            if subsec.isdigit() and subsec.isascii():
                taken += "." + subsec
        if not match["tz"]:
            offset = _plain(_get(exif, _OFFSET_TIME_ORIGINAL))
            offset = offset.strip(" \x00") if offset else ""
            if _valid_offset(offset):
                taken += offset
        return taken

    def date(self, text: str | None) -> tuple[str, re.Match[str]] | None:
        """A date and time as ISO 8601 and its parts; None with a warning if blank or impossible."""
        if text is None or not text.strip(" \x00:-/.T0"):
            # "    :  :     " or "0000:00:00 00:00:00": the clock was never set
            self.note(DATE_INVALID, MSG_DATE_BLANK)
            return None
        parsed = _parse_date(text)
        if parsed is None:
            self.note(DATE_INVALID, MSG_DATE_INVALID)
        return parsed

    def _gps(self, gps: ImageFileDirectory_v2) -> None:
        d = self.data
        has_lat, has_lon = _GPS_LAT in gps, _GPS_LON in gps
        position_ok = False
        if has_lat or has_lon:
            position = self._position(gps, has_lat, has_lon)
            if position is not None:
                d.lat, d.lon = position
                position_ok = True
        if _GPS_ALT in gps and (position_ok or not (has_lat or has_lon)):
            # The altitude of a rejected fix (e.g. 0 m at 0°, 0°) is as made up as its position.
            d.alt = self._altitude(gps)
        if _GPS_IMG_DIRECTION in gps:
            d.heading = self._heading(gps)
        if _GPS_DEST_LAT in gps and _GPS_DEST_LON in gps:
            d.dest_lat, d.dest_lon = _destination(gps) or (None, None)

    def _position(self, gps: ImageFileDirectory_v2, has_lat: bool, has_lon: bool) -> tuple[float, float] | None:
        if not (has_lat and has_lon):
            self.note(GPS_INVALID, MSG_GPS_INCOMPLETE)
            return None
        lat_dms, lon_dms = _rationals(_get(gps, _GPS_LAT)), _rationals(_get(gps, _GPS_LON))
        if lat_dms is None or lon_dms is None:
            self.note(GPS_INVALID, MSG_GPS_DAMAGED)
            return None
        if geo.has_zero_denominator(lat_dms) or geo.has_zero_denominator(lon_dms):
            self.note(GPS_INVALID, MSG_GPS_ZERO_DENOMINATOR)
            return None
        lat_ref, lon_ref = _plain(_get(gps, _GPS_LAT_REF)), _plain(_get(gps, _GPS_LON_REF))
        if _ref_letter(lat_ref) not in ("N", "S") or _ref_letter(lon_ref) not in ("E", "W"):
            self.note(GPS_INVALID, MSG_GPS_NO_HEMISPHERE)
            return None
        lat, lon = geo.dms_to_degrees(lat_dms, lat_ref), geo.dms_to_degrees(lon_dms, lon_ref)
        return self.checked_position(lat, lon)

    def checked_position(self, lat: float | None, lon: float | None) -> tuple[float, float] | None:
        """A position that passes every plausibility check, else None with a warning."""
        if lat is None or lon is None:
            self.note(GPS_INVALID, MSG_GPS_DAMAGED)
            return None
        if not (geo.lat_in_range(lat) and geo.lon_in_range(lon)):
            self.note(GPS_INVALID, MSG_GPS_OUT_OF_RANGE)
            return None
        if geo.is_null_island(lat, lon):
            self.note(GPS_INVALID, MSG_GPS_NULL_ISLAND)
            return None
        return lat, lon

    def _altitude(self, gps: ImageFileDirectory_v2) -> float | None:
        values = _rationals(_get(gps, _GPS_ALT))
        alt = geo.rational_to_float(values[0]) if values and len(values) == 1 else None
        below: bool | None = False  # no reference: above sea level, as ExifTool reads it
        if _GPS_ALT_REF in gps:
            ref = _get(gps, _GPS_ALT_REF)
            if isinstance(ref, tuple) and len(ref) == 1:
                ref = ref[0]
            if isinstance(ref, bytes) and len(ref) == 1:
                ref = ref[0]
            elif isinstance(ref, str) and ref.strip() in ("0", "1"):
                ref = int(ref)
            below = {0: False, 1: True}.get(ref) if isinstance(ref, int) else None
        if alt is None or below is None:
            self.note(ALTITUDE_INVALID, MSG_ALTITUDE_INVALID)
            return None
        if below and alt:
            alt = -alt  # GPSAltitudeRef 1: below sea level
        if not geo.altitude_in_range(alt):
            self.note(ALTITUDE_INVALID, MSG_ALTITUDE_INVALID)
            return None
        return alt

    def _heading(self, gps: ImageFileDirectory_v2) -> float | None:
        values = _rationals(_get(gps, _GPS_IMG_DIRECTION))
        heading = geo.rational_to_float(values[0]) if values and len(values) == 1 else None
        if heading is None or not geo.heading_in_range(heading):
            self.note(HEADING_INVALID, MSG_HEADING_INVALID)
            return None
        return heading


class _OtherMetadata:
    """Fills what EXIF left unknown from XMP, then IPTC, then PNG text, as ExifTool finds them."""

    def __init__(self, reader: _Reader, ifd0: ImageFileDirectory_v2 | None) -> None:
        self.reader, self.ifd0 = reader, ifd0
        self.container = reader.found.container
        self.f = reader.f

    def fill(self) -> None:
        props = self._xmp()
        if props:
            self._from_xmp(props)
        if None in (self.reader.data.description, self.reader.data.artist) or not self.reader.has_date:
            datasets = self._iptc()
            if datasets:
                self._from_iptc(datasets)
        if self.container is not None and None in (self.reader.data.make, self.reader.data.model):
            for block in self.container.blocks:
                if block.kind == containers.BlockKind.TEXT and block.keyword in ("Make", "Model"):
                    text = self._png_text(block)
                    value = self.reader.clean(text.decode("latin-1")) if text is not None else None
                    field = block.keyword.lower()
                    if getattr(self.reader.data, field) is None:
                        setattr(self.reader.data, field, value)

    # --- Finding the packets

    def _read(self, block: containers.Block) -> bytes:
        return containers.read_range(self.f, block.data_start, block.data_end)

    def _png_text(self, block: containers.Block) -> bytes | None:
        return containers.png_text(self._read(block), block)

    def _xmp(self) -> xmp.Properties | None:
        try:
            packet, extended = self._xmp_packets()
            if packet is None:
                return None
            props = xmp.parse(packet)
            if extended is not None:
                for key, value in xmp.parse(extended).items():
                    props.setdefault(key, value)
            return props
        except xmp.XmpError:
            self.reader.note(XMP_DAMAGED, MSG_XMP_DAMAGED)
            return None

    def _xmp_packets(self) -> tuple[bytes | None, bytes | None]:
        """The main XMP packet and, in a JPEG, the extended XMP it refers to."""
        c = self.container
        if c is None:
            return None, None
        if c.format == "tiff":
            return _raw(self.ifd0, _XMP), None
        for block in c.blocks:
            if block.kind == containers.BlockKind.XMP:
                if c.format == "png":
                    return _readable(self._png_text(block)), None
                raw = self._read(block)
                if c.format == "gif":
                    return containers.gif_xmp(raw), None
                return raw, (extended_xmp(self.f, c, raw) if c.format == "jpeg" else None)
            if block.kind == containers.BlockKind.TEXT and block.keyword == "Raw profile type xmp":
                text = _readable(self._png_text(block))
                return _readable(containers.raw_profile(text)), None
        return None, None

    def _iptc(self) -> dict[tuple[int, int], list[bytes]] | None:
        c = self.container
        if c is None:
            return None
        if c.format == "tiff":
            raw = _raw(self.ifd0, _IPTC)
            return iptc.records(raw) if raw is not None else None
        for block in c.blocks:
            irb: bytes | None = None
            if block.kind == containers.BlockKind.IRB:
                irb = self._read(block)
            elif block.kind == containers.BlockKind.TEXT and block.keyword in (
                "Raw profile type iptc", "Raw profile type 8bim"
            ):
                text = self._png_text(block)
                irb = containers.raw_profile(text) if text is not None else None
                if irb is not None and irb[:1] == b"\x1c":
                    return iptc.records(irb)
            if irb is not None:
                for resource in iptc.resources(irb):
                    if resource.id == iptc.IPTC_RESOURCE:
                        return iptc.records(resource.data)
        return None

    # --- Reading the values

    def _from_xmp(self, props: xmp.Properties) -> None:
        r, d = self.reader, self.reader.data
        if d.make is None:
            d.make = r.clean(xmp.get(props, xmp.TIFF, "Make") or xmp.get(props, xmp.EXIF, "Make"))
        if d.model is None:
            d.model = r.clean(xmp.get(props, xmp.TIFF, "Model") or xmp.get(props, xmp.EXIF, "Model"))
        if d.description is None:
            d.description = r.clean(xmp.get(props, xmp.DC, "description"))
        if d.artist is None:
            d.artist = r.clean(xmp.get(props, xmp.DC, "creator"))
        if not r.has_orientation:
            value = xmp.get(props, xmp.TIFF, "Orientation")
            if value is not None:
                r.has_orientation = True
                number = value.strip()
                if number.isdigit() and 1 <= int(number) <= 8:
                    d.orientation = int(number)
                else:
                    r.note(ORIENTATION_INVALID, MSG_ORIENTATION_INVALID)
        if not r.has_date:
            value = xmp.get(props, xmp.EXIF, "DateTimeOriginal")
            if value is not None:
                r.has_date = True
                parsed = r.date(value)
                d.taken = parsed[0] if parsed else None
        if not r.has_position:
            self._xmp_gps(props)

    def _xmp_gps(self, props: xmp.Properties) -> None:
        r, d = self.reader, self.reader.data
        lat_text, lon_text = xmp.get(props, xmp.EXIF, "GPSLatitude"), xmp.get(props, xmp.EXIF, "GPSLongitude")
        signed = False
        if lat_text is None and lon_text is None:
            # DJI drones write signed decimal degrees in their own namespace.
            lat_text, lon_text = xmp.get(props, xmp.DRONE_DJI, "GpsLatitude"), xmp.get(props, xmp.DRONE_DJI, "GpsLongitude")
            signed = True
        if lat_text is None and lon_text is None:
            return
        r.has_position = True
        if lat_text is None or lon_text is None:
            r.note(GPS_INVALID, MSG_GPS_INCOMPLETE)
            return
        if signed:
            lat, lon = xmp.rational(lat_text), xmp.rational(lon_text)
        else:
            lat_read, lon_read = geo.xmp_to_degrees(lat_text), geo.xmp_to_degrees(lon_text)
            if lat_read is not None and lon_read is not None and (lat_read[1] not in "NS" or lon_read[1] not in "EW"):
                r.note(GPS_INVALID, MSG_GPS_NO_HEMISPHERE)  # latitude and longitude swapped or mislabelled
                return
            lat, lon = (lat_read[0] if lat_read else None), (lon_read[0] if lon_read else None)
        position = r.checked_position(lat, lon)
        if position is None:
            return
        d.lat, d.lon = position
        alt_text = xmp.get(props, xmp.EXIF, "GPSAltitude")
        if alt_text is not None:
            alt = xmp.rational(alt_text)
            ref = (xmp.get(props, xmp.EXIF, "GPSAltitudeRef") or "0").strip()
            if alt is None or ref not in ("0", "1") or not geo.altitude_in_range(-alt if ref == "1" else alt):
                r.note(ALTITUDE_INVALID, MSG_ALTITUDE_INVALID)
            else:
                d.alt = -alt if ref == "1" and alt else alt
        heading_text = xmp.get(props, xmp.EXIF, "GPSImgDirection")
        if heading_text is not None:
            heading = xmp.rational(heading_text)
            if heading is None or not geo.heading_in_range(heading):
                r.note(HEADING_INVALID, MSG_HEADING_INVALID)
            else:
                d.heading = heading

    def _from_iptc(self, datasets: dict[tuple[int, int], list[bytes]]) -> None:
        r, d = self.reader, self.reader.data
        if d.description is None:
            d.description = r.clean(iptc.text(datasets, iptc.CAPTION))
        if d.artist is None:
            d.artist = r.clean(iptc.text(datasets, iptc.BY_LINE))
        if not r.has_date:
            value = iptc.date_time(datasets)
            if value is not None:
                r.has_date = True
                parsed = r.date(value)
                d.taken = parsed[0] if parsed else None


def _readable(packet: bytes | None) -> bytes:
    """An XMP packet that was found; XmpError if it could not be unpacked (damaged or huge)."""
    if packet is None:
        raise xmp.XmpError("the packet cannot be unpacked")
    return packet


def extended_xmp(f: BinaryIO, c: containers.Container, packet: bytes) -> bytes | None:
    """A JPEG's extended XMP, put together from its parts, when the main packet names its GUID."""
    match = re.search(rb"HasExtendedXMP(?:=[\"']|>)([0-9A-Fa-f]{32})", packet)
    if match is None:
        return None
    parts: dict[int, bytes] = {}
    total = None
    for block in c.blocks:
        if block.kind != containers.BlockKind.XMP_EXTENDED:
            continue
        raw = containers.read_range(f, block.data_start - 40, block.data_end)
        ident = containers.jpeg_extended_xmp_id(raw)
        if ident is None or ident[0] != match[1]:
            continue
        total = ident[1]
        parts[ident[2]] = raw[40:]
    if total is None or total > containers.MAX_METADATA_BYTES:
        return None
    joined = bytearray(total)
    for offset, part in parts.items():
        joined[offset : offset + len(part)] = part[: max(0, total - offset)]
    return bytes(joined[:total])


def _raw(ifd: ImageFileDirectory_v2 | None, tag: int) -> bytes | None:
    """A tag's bytes as stored, whatever type the writer gave it (IPTC is often tagged LONG)."""
    if ifd is None or tag not in ifd:
        return None
    raw = getattr(ifd, "_tagdata", {}).get(tag)  # Pillow keeps undecoded values here until read
    if isinstance(raw, bytes):
        return raw
    value = _get(ifd, tag)
    return value if isinstance(value, bytes) else None


def _destination(gps: ImageFileDirectory_v2) -> tuple[float, float] | None:
    """Where the subject is (GPSDest*), or None when any part is missing, damaged or impossible.

    Optional data: a damaged value is left out without a warning, the camera's own position stands."""
    lat_dms, lon_dms = _rationals(_get(gps, _GPS_DEST_LAT)), _rationals(_get(gps, _GPS_DEST_LON))
    if lat_dms is None or lon_dms is None or geo.has_zero_denominator(lat_dms) or geo.has_zero_denominator(lon_dms):
        return None
    lat_ref, lon_ref = _plain(_get(gps, _GPS_DEST_LAT_REF)), _plain(_get(gps, _GPS_DEST_LON_REF))
    if _ref_letter(lat_ref) not in ("N", "S") or _ref_letter(lon_ref) not in ("E", "W"):
        return None
    lat, lon = geo.dms_to_degrees(lat_dms, lat_ref), geo.dms_to_degrees(lon_dms, lon_ref)
    if lat is None or lon is None or not (geo.lat_in_range(lat) and geo.lon_in_range(lon)) or geo.is_null_island(lat, lon):
        return None
    return lat, lon


def _holding(
    tag: int, first: ImageFileDirectory_v2 | None, second: ImageFileDirectory_v2 | None
) -> ImageFileDirectory_v2 | None:
    """`first` if it has `tag`, else `second` if it has it, else None."""
    if first is not None and tag in first:
        return first
    return second if second is not None and tag in second else None


def _plain(value: Any) -> str | None:
    """An ASCII tag as text (bytes are accepted too), or None."""
    if isinstance(value, tuple) and len(value) == 1:
        value = value[0]  # Pillow wraps tags whose count it does not know in a tuple
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


def _ref_letter(ref: Any) -> str:
    """A GPS reference tag (N, S, E, W) as one upper-case letter, or '?'."""
    text = _plain(ref)
    text = text.strip("\x00 \t").upper() if text else ""
    return text if len(text) == 1 else "?"


def _valid_offset(text: str) -> bool:
    """True for a UTC offset such as +05:30 or -03:00 (at most 14 hours)."""
    match = _OFFSET_RE.fullmatch(text)
    return match is not None and int(match[1]) <= 14 and int(match[2]) < 60


def parse_exif_date(text: str) -> str | None:
    """'2002:10:26 19:26:35' -> '2002-10-26T19:26:35', keeping what the camera wrote; None if impossible."""
    parsed = _parse_date(text)
    return parsed[0] if parsed else None


def _parse_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The ISO form of an EXIF date and the match of its parts, or None if impossible."""
    match = _DATE_RE.fullmatch(text.strip(" \x00"))
    if match is None:
        return None
    year, month, day = int(match["y"]), int(match["mo"]), int(match["d"])
    hour, minute, second = int(match["h"]), int(match["mi"]), int(match["s"] or 0)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    taken = f"{match['y']}-{match['mo']}-{match['d']}T{match['h']}:{match['mi']}"
    if match["s"]:
        taken += f":{match['s']}{match['frac'] or ''}"
    tz = match["tz"]
    if tz == "Z":
        taken += "Z"
    elif tz and _valid_offset(tz):
        taken += tz
    elif tz:
        return None
    return taken, match
