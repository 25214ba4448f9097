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
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from PIL.TiffImagePlugin import IFDRational, ImageFileDirectory_v2

from photowalk import geo
from photowalk.errors import FileReadError
from photowalk.files import open_regular
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
_THUMB_OFFSET, _THUMB_LENGTH = 0x0201, 0x0202

# Bounds that keep damaged files from making us read or loop much.
_MAX_JPEG_SEGMENTS = 4096
_MAX_FILL_BYTES = 65536
_MAX_HEIF_EXTENTS = 65536
_MAX_CHUNKS = 200_000  # PNG IDAT chunks can be many and small
_MAX_METADATA_BYTES = 4 << 20  # an EXIF block is at most 64 KiB in a JPEG; allow more elsewhere
_MAX_HEIF_META_BYTES = 16 << 20

_TIFF_HEADS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
# TIFF variants with their own magic number but ordinary IFDs: Olympus ORF, Panasonic RW2.
_TIFF_LIKE_HEADS = (b"IIRO", b"IIRS", b"MMOR", b"IIU\x00")
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"})
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
    if kind in (FileKind.NOT_IMAGE, FileKind.VIDEO):
        return data  # QuickTime and RIFF metadata are not EXIF; nothing cheap to read
    try:
        with open_regular(path) as f:
            found = _locate_safely(f)
            if found.format_known:
                _Reader(data, found, kind).read()
    except OSError as exc:
        raise FileReadError(path=shown(path), reason=exc.strerror or str(exc)) from exc
    if not found.format_known and kind in _SIZE_KINDS:
        data.warnings.append(Note(EXIF_UNREADABLE, MSG_NOT_RECOGNISED))
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


def _locate_safely(f: BinaryIO) -> _Found:
    """`_locate`, with damaged structures that no check foresaw reported as unreadable EXIF."""
    try:
        return _locate(f, f.read(32))
    except OSError:
        raise  # the file itself could not be read
    except Exception:  # noqa: BLE001 - e.g. struct.error or ValueError from a damaged container
        return _Found(format_known=True, exif_damaged=True)


def _locate(f: BinaryIO, head: bytes) -> _Found:
    """Sniff the container from `head` and find its EXIF block and pixel size."""
    if head.startswith(b"\xff\xd8\xff"):
        return _scan_jpeg(f, 0)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _scan_png(f)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _scan_webp(f)
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack_from("<HH", head, 6)
        return _Found(format_known=True, width=width or None, height=height or None)
    if head[:4] in _TIFF_HEADS or head[:4] in _TIFF_LIKE_HEADS:
        found = _Found(format_known=True, size_in_ifd0=True)
        _set_tiff(found, f)
        return found
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        found = _Found(format_known=True)
        _set_tiff(found, _heif_exif(f))
        return found
    if head.startswith(b"FUJIFILMCCD-RAW"):
        return _scan_fuji_raf(f)
    return _Found()


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
    if head[:4] in _TIFF_LIKE_HEADS:
        # Same IFDs as TIFF behind another magic number: present a plain TIFF header to Pillow.
        head = (b"II*\x00" if head[:2] == b"II" else b"MM\x00*") + head[4:8]
    if head[:4] not in _TIFF_HEADS:
        found.exif_damaged = True
        return
    found.tiff, found.tiff_head = stream, head


def _scan_jpeg(f: BinaryIO, start: int) -> _Found:
    """Walk JPEG segments up to the image data: the first Exif APP1 and the SOF pixel size."""
    found = _Found(format_known=True)
    exif: bytes | None = None
    f.seek(start + 2)
    for _ in range(_MAX_JPEG_SEGMENTS):
        marker = f.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            break  # cut short or out of sync: stop rather than guess
        code = marker[1]
        for _ in range(_MAX_FILL_BYTES):
            if code != 0xFF:
                break
            code = (f.read(1) or b"\x00")[0]  # fill bytes before a marker
        if code in (0x01, 0xD8) or 0xD0 <= code <= 0xD7:
            continue  # markers without a length
        if code in (0xD9, 0xDA):
            break  # end of image, or start of the compressed data: no metadata after this
        raw_length = f.read(2)
        if len(raw_length) < 2:
            break
        (length,) = struct.unpack(">H", raw_length)
        if length < 2:
            break
        if code == 0xE1 and exif is None:
            start_of_segment = f.read(min(length - 2, 6))
            if start_of_segment.startswith(b"Exif"):
                exif = start_of_segment + f.read(length - 2 - len(start_of_segment))
            else:  # XMP or another APP1: skip it unread
                f.seek(length - 2 - len(start_of_segment), io.SEEK_CUR)
            continue
        if 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC) and found.width is None and length >= 7:
            sof = f.read(5)
            if len(sof) == 5:
                _precision, height, width = struct.unpack(">BHH", sof)
                found.width, found.height = width or None, height or None  # 0 height: set later by DNL
            f.seek(length - 7, io.SEEK_CUR)
            continue
        f.seek(length - 2, io.SEEK_CUR)
    if exif is not None:
        _set_tiff(found, exif)
    return found


def _scan_png(f: BinaryIO) -> _Found:
    """Walk PNG chunks (seeking over image data): IHDR size and the eXIf chunk, wherever it is."""
    found = _Found(format_known=True)
    exif: bytes | None = None
    f.seek(8)
    for _ in range(_MAX_CHUNKS):
        header = f.read(8)
        if len(header) < 8:
            break
        length, ctype = struct.unpack(">I4s", header)
        if ctype == b"IHDR" and length >= 8:
            ihdr = f.read(8)
            if len(ihdr) == 8:
                width, height = struct.unpack(">II", ihdr)
                found.width, found.height = width or None, height or None
            f.seek(length - len(ihdr) + 4, io.SEEK_CUR)
        elif ctype == b"eXIf" and exif is None:
            exif = f.read(min(length, _MAX_METADATA_BYTES))
            f.seek(length - len(exif) + 4, io.SEEK_CUR)
        elif ctype == b"IEND":
            break
        else:
            f.seek(length + 4, io.SEEK_CUR)
    _set_tiff(found, exif)
    return found


def _scan_webp(f: BinaryIO) -> _Found:
    """Walk RIFF chunks of a WebP: canvas size (VP8X, else VP8/VP8L) and the EXIF chunk."""
    found = _Found(format_known=True)
    exif: bytes | None = None
    f.seek(12)
    for _ in range(_MAX_CHUNKS):
        header = f.read(8)
        if len(header) < 8:
            break
        fourcc, length = struct.unpack("<4sI", header)
        padded = length + (length & 1)
        body = f.read(min(length, 10)) if fourcc in (b"VP8X", b"VP8 ", b"VP8L") else b""
        if fourcc == b"VP8X" and len(body) >= 10:
            found.width = 1 + int.from_bytes(body[4:7], "little")
            found.height = 1 + int.from_bytes(body[7:10], "little")
        elif fourcc == b"VP8 " and found.width is None and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
            width, height = struct.unpack_from("<HH", body, 6)
            found.width, found.height = (width & 0x3FFF) or None, (height & 0x3FFF) or None
        elif fourcc == b"VP8L" and found.width is None and len(body) >= 5 and body[0] == 0x2F:
            bits = int.from_bytes(body[1:5], "little")
            found.width, found.height = 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
        elif fourcc == b"EXIF" and exif is None:
            exif = f.read(min(length, _MAX_METADATA_BYTES))
            body = exif
        f.seek(padded - len(body), io.SEEK_CUR)
    _set_tiff(found, exif)
    return found


def _scan_fuji_raf(f: BinaryIO) -> _Found:
    """A Fujifilm RAF holds a whole camera JPEG, EXIF included, at an offset given in its header."""
    f.seek(84)
    raw = f.read(4)
    if len(raw) < 4:
        return _Found(format_known=True)
    (offset,) = struct.unpack(">I", raw)
    f.seek(offset)
    if f.read(3) != b"\xff\xd8\xff":
        return _Found(format_known=True, exif_damaged=True)
    found = _scan_jpeg(f, offset)
    found.width = found.height = None  # the preview's size, not the raw's
    return found


def _heif_exif(f: BinaryIO) -> bytes | None:
    """The Exif item of a HEIF/AVIF file, found through its meta box (iinf + iloc)."""
    file_end = f.seek(0, io.SEEK_END)
    f.seek(0)
    meta = None
    for _ in range(64):  # top-level boxes: ftyp, meta, mdat, ... (few)
        start = f.tell()
        size, box, header = _box_header(f)
        if box is None:
            return None
        if size == 0:
            size = file_end - start  # the last box runs to the end of the file
        if box == b"meta":
            if size - header > _MAX_HEIF_META_BYTES:
                return None
            meta = f.read(size - header)
            break
        if start + size >= file_end:
            return None
        f.seek(start + size)
    if meta is None or len(meta) < 4:
        return None
    children = dict(_iter_boxes(meta, 4))  # after version and flags
    exif_id = _heif_exif_item_id(children.get(b"iinf"))
    if exif_id is None:
        return None
    extents = _heif_item_extents(children.get(b"iloc"), exif_id)
    if not extents:
        return None
    construction, parts = extents
    idat = children.get(b"idat", b"")
    chunks: list[bytes] = []
    total = 0
    for offset, length in parts:
        length = min(length, _MAX_METADATA_BYTES - total)
        if construction == 1:
            chunks.append(idat[offset : offset + length])
        elif offset >= file_end:
            break
        else:
            f.seek(offset)
            chunks.append(f.read(length))
        total += len(chunks[-1])
    payload = b"".join(chunks)
    # The item starts with a 32-bit offset from its 5th byte to the TIFF header.
    if len(payload) < 4:
        return None
    (skip,) = struct.unpack(">I", payload[:4])
    tiff = payload[4 + skip :]
    return tiff if tiff[:4] in _TIFF_HEADS else payload[4:]


def _box_header(f: BinaryIO) -> tuple[int, bytes | None, int]:
    """Size, type and header length of the ISO BMFF box at the current position."""
    raw = f.read(8)
    if len(raw) < 8:
        return 0, None, 0
    size, box = struct.unpack(">I4s", raw)
    if size == 1:
        large = f.read(8)
        if len(large) < 8:
            return 0, None, 0
        (size,) = struct.unpack(">Q", large)
        return (size, box, 16) if size >= 16 else (0, None, 0)
    if size != 0 and size < 8:
        return 0, None, 0
    return size, box, 8


def _iter_boxes(data: bytes, pos: int) -> list[tuple[bytes, bytes]]:
    """The (type, body) of each box in `data` from `pos`; stops at the first malformed one."""
    boxes: list[tuple[bytes, bytes]] = []
    while pos + 8 <= len(data) and len(boxes) < 4096:
        size, box = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1 and pos + 16 <= len(data):
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = len(data) - pos
        if size < header or pos + size > len(data):
            break
        boxes.append((box, data[pos + header : pos + size]))
        pos += size
    return boxes


def _heif_exif_item_id(iinf: bytes | None) -> int | None:
    """The item ID whose type is 'Exif' in an iinf box body."""
    if not iinf or len(iinf) < 6:
        return None
    version = iinf[0]
    pos = 6 if version == 0 else 8
    for box, body in _iter_boxes(iinf, pos):
        if box != b"infe" or len(body) < 4 or body[0] < 2:
            continue
        if body[0] == 2 and len(body) >= 12:
            item_id, _protection, item_type = struct.unpack_from(">HH4s", body, 4)
        elif len(body) >= 14:
            item_id, _protection, item_type = struct.unpack_from(">IH4s", body, 4)
        else:
            continue
        if item_type == b"Exif":
            return int(item_id)
    return None


def _heif_item_extents(iloc: bytes | None, wanted: int) -> tuple[int, list[tuple[int, int]]] | None:
    """Construction method and (offset, length) extents of one item in an iloc box body."""
    if not iloc or len(iloc) < 8:
        return None
    version = iloc[0]
    sizes = iloc[4], iloc[5]
    offset_size, length_size = sizes[0] >> 4, sizes[0] & 0x0F
    base_size, index_size = sizes[1] >> 4, (sizes[1] & 0x0F if version in (1, 2) else 0)
    reader = _Cursor(iloc, 6)
    count = reader.uint(4 if version == 2 else 2)
    budget = _MAX_HEIF_EXTENTS  # a damaged count must not make us loop for long
    for _ in range(min(count, _MAX_HEIF_EXTENTS)):
        item_id = reader.uint(4 if version == 2 else 2)
        construction = reader.uint(2) & 0x0F if version in (1, 2) else 0
        reader.uint(2)  # data_reference_index
        base = reader.uint(base_size)
        extent_count = reader.uint(2)
        budget -= extent_count + 1
        if budget < 0:
            return None
        extents = []
        for _ in range(extent_count):
            reader.uint(index_size)
            extents.append((base + reader.uint(offset_size), reader.uint(length_size)))
        if item_id == wanted:
            return construction, extents
    return None


class _Cursor:
    """Reads big-endian unsigned integers of 0, 1, 2, 4 or 8 bytes; raises at the end of data."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.data, self.pos = data, pos

    def uint(self, size: int) -> int:
        if size == 0:
            return 0
        if size not in (1, 2, 4, 8) or self.pos + size > len(self.data):
            raise ValueError("iloc field out of range")
        value = int.from_bytes(self.data[self.pos : self.pos + size], "big")
        self.pos += size
        return value


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

    def __init__(self, data: CameraData, found: _Found, kind: FileKind) -> None:
        self.data, self.found, self.kind = data, found, kind

    def note(self, code: str, message: str) -> None:
        note = Note(code, message)
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
        self._size(ifd0)

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
        d.make = self._text(ifd0, _MAKE)
        d.model = self._text(ifd0, _MODEL)
        d.description = self._text(ifd0, _IMAGE_DESCRIPTION)
        d.artist = self._text(ifd0, _ARTIST)
        d.orientation = self._orientation(ifd0)
        # A few raw formats (e.g. Nikon D70 NEF) keep DateTimeOriginal in IFD0.
        source = exif if exif is not None and _DATE_TIME_ORIGINAL in exif else ifd0
        d.taken = self._taken(source, exif)
        if gps is not None:
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
        text = text.strip()
        if any(ord(c) < 32 and c not in "\t\n\r" or ord(c) == 127 for c in text):
            self.note(TEXT_INVALID, MSG_TEXT_INVALID)
            return None
        return text or None

    def _orientation(self, ifd0: ImageFileDirectory_v2 | None) -> int | None:
        if ifd0 is None or _ORIENTATION not in ifd0:
            return None
        value = _get_int(ifd0, _ORIENTATION)
        if value is not None and 1 <= value <= 8:
            return value
        self.note(ORIENTATION_INVALID, MSG_ORIENTATION_INVALID)
        return None

    def _taken(self, ifd: ImageFileDirectory_v2 | None, exif: ImageFileDirectory_v2 | None) -> str | None:
        if ifd is None or _DATE_TIME_ORIGINAL not in ifd:
            return None
        value = _get(ifd, _DATE_TIME_ORIGINAL)
        text = _plain(value)
        if text is None or not text.strip(" \x00:-/.T0"):
            # "    :  :     " or "0000:00:00 00:00:00": the clock was never set
            self.note(DATE_INVALID, MSG_DATE_BLANK)
            return None
        parsed = _parse_date(text)
        if parsed is None:
            self.note(DATE_INVALID, MSG_DATE_INVALID)
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
