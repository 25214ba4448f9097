"""The bytes actually sent: the original file, or a copy without location or owner data.

Removal is lossless: only metadata segments are rewritten (EXIF through piexif, XMP packets
that carry GPS dropped); the compressed image data is copied byte for byte. The original file
never changes. The SHA-1 and size of the bytes sent are what every later check compares.
"""

from __future__ import annotations

import errno
import hashlib
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import piexif

from photowalk.errors import DiskFullError
from photowalk.photo import FileKind
from photowalk.upload.errors import FileChanged, PrivacyError

# Tags that name or identify the owner or the camera body (the "strip serials" setting).
_IDENTITY_EXIF_TAGS = (
    piexif.ExifIFD.CameraOwnerName,
    piexif.ExifIFD.BodySerialNumber,
    piexif.ExifIFD.LensSerialNumber,
    # Maker notes are opaque per vendor and usually hold the body serial number.
    piexif.ExifIFD.MakerNote,
)
_IDENTITY_0TH_TAGS = (0xC62F,)  # CameraSerialNumber (DNG tag some JPEG writers copy)

_XMP_HEADERS = (b"http://ns.adobe.com/xap/1.0/\x00", b"http://ns.adobe.com/xmp/extension/\x00")
_XMP_GPS_MARKERS = (b"GPSLatitude", b"GPSLongitude", b"GPSAltitude", b"GPSCoordinates", b"GPSPosition")
_EXIF_HEADER = b"Exif\x00\x00"


@dataclass(frozen=True)
class PreparedFile:
    """What will be sent for one photo."""

    path: Path
    sha1: str
    size: int
    is_copy: bool
    removed: tuple[str, ...] = ()  # what was taken out: "location", "identity"


def sha1_bytes_of(path: Path) -> tuple[str, int]:
    h = hashlib.sha1()
    size = 0
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def prepare(
    source: Path,
    *,
    kind: FileKind,
    expected_sha1: str,
    expected_size: int,
    expected_mtime: float | None,
    remove_location: bool,
    strip_identity: bool,
    workdir: Path,
) -> PreparedFile:
    """The file to send for a photo, checked against what the project recorded."""
    try:
        st = source.stat()
    except OSError as exc:
        raise FileChanged(path=str(source)) from exc
    unchanged_stat = st.st_size == expected_size and expected_mtime is not None and st.st_mtime == expected_mtime
    if not (remove_location or strip_identity):
        if unchanged_stat:
            # The project hashed these exact bytes at import; the wiki's stash SHA-1 is checked later.
            return PreparedFile(source, expected_sha1, expected_size, False)
        sha1, size = sha1_bytes_of(source)
        if sha1 != expected_sha1:
            raise FileChanged(path=str(source))
        return PreparedFile(source, sha1, size, False)

    data = source.read_bytes()
    if hashlib.sha1(data).hexdigest() != expected_sha1:
        raise FileChanged(path=str(source))
    new, removed = strip_metadata(data, kind=kind, remove_location=remove_location,
                                  strip_identity=strip_identity, path=str(source))
    if not removed:
        return PreparedFile(source, expected_sha1, len(data), False)
    sha1 = hashlib.sha1(new).hexdigest()
    target = workdir / f"{expected_sha1}-{'-'.join(removed)}{source.suffix.lower()}"
    # The same input always gives the same bytes, so a resumed upload finds an identical copy.
    if not (target.exists() and target.stat().st_size == len(new) and sha1_bytes_of(target)[0] == sha1):
        _write_copy(workdir, target, new)
    return PreparedFile(target, sha1, len(new), True, removed)


def _write_copy(workdir: Path, target: Path, data: bytes) -> None:
    """Write a copy whole or not at all; a full disk is DiskFullError, and leaves no partial file."""
    tmp: str | None = None
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=workdir, prefix=".copy-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(path=str(workdir)) from exc
        raise


def strip_metadata(
    data: bytes, *, kind: FileKind, remove_location: bool, strip_identity: bool, path: str
) -> tuple[bytes, tuple[str, ...]]:
    """`data` without GPS and/or identity tags, and what was removed (empty: nothing to do)."""
    if kind == FileKind.JPEG:
        return _strip_jpeg(data, remove_location, strip_identity, path)
    if kind == FileKind.WEBP:
        return _strip_webp(data, remove_location, strip_identity, path)
    if remove_location and _other_has_location(data, kind):
        # PNG, TIFF, GIF: no lossless rewriting here; refuse rather than send a location.
        raise PrivacyError(path=path, reason=f"not supported for {kind.value} files")
    return data, ()


def _other_has_location(data: bytes, kind: FileKind) -> bool:
    """Whether a PNG/TIFF/GIF may hold a location; unreadable metadata counts as yes."""
    if any(m in data for m in _XMP_GPS_MARKERS):
        return True
    try:
        if kind == FileKind.TIFF:
            return bool(piexif.load(data).get("GPS"))
        if kind == FileKind.PNG:
            pos = 8
            while pos + 8 <= len(data):
                size = struct.unpack(">I", data[pos:pos + 4])[0]
                if data[pos + 4:pos + 8] == b"eXIf":
                    return bool(piexif.load(_EXIF_HEADER + data[pos + 8:pos + 8 + size]).get("GPS"))
                pos += 12 + size
    except Exception:
        return True
    return False


def _clean_exif(exif_payload: bytes, remove_location: bool, strip_identity: bool, path: str) -> tuple[bytes, set[str]]:
    """Rewrite one EXIF payload ("Exif\\0\\0" + TIFF); returns it unchanged when nothing applies."""
    try:
        exif: dict[str, Any] = piexif.load(exif_payload)
    except Exception as exc:  # piexif raises bare ValueError/struct.error/IndexError on damaged EXIF
        raise PrivacyError(path=path, reason=f"the EXIF data is damaged: {type(exc).__name__}") from None
    removed: set[str] = set()
    if remove_location and (exif.get("GPS") or piexif.ImageIFD.GPSTag in exif.get("0th", {})):
        exif["GPS"] = {}
        exif["0th"].pop(piexif.ImageIFD.GPSTag, None)
        removed.add("location")
    if strip_identity:
        for tag in _IDENTITY_EXIF_TAGS:
            if exif.get("Exif", {}).pop(tag, None) is not None:
                removed.add("identity")
        for tag in _IDENTITY_0TH_TAGS:
            if exif.get("0th", {}).pop(tag, None) is not None:
                removed.add("identity")
    if not removed:
        return exif_payload, removed
    try:
        dumped = piexif.dump(exif)
    except Exception as exc:  # piexif cannot write some vendor tag types back
        raise PrivacyError(path=path, reason=f"the EXIF data cannot be rewritten: {type(exc).__name__}") from None
    return dumped, removed


def _strip_jpeg(data: bytes, remove_location: bool, strip_identity: bool, path: str) -> tuple[bytes, tuple[str, ...]]:
    segments = _jpeg_segments(data, path)
    out: list[bytes] = []
    removed: set[str] = set()
    for seg in segments:
        marker = seg[:2]
        if marker == b"\xff\xe1" and seg[4:10] == _EXIF_HEADER:
            payload, what = _clean_exif(seg[4:], remove_location, strip_identity, path)
            removed |= what
            if what:
                if len(payload) + 2 > 0xFFFF:
                    raise PrivacyError(path=path, reason="the new EXIF block is too large")
                seg = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
        elif marker == b"\xff\xe1" and remove_location and any(seg[4:].startswith(h) for h in _XMP_HEADERS):
            if any(m in seg for m in _XMP_GPS_MARKERS):
                # XMP mirrors the location; editing XML in place is fragile, so the packet goes.
                removed.add("location")
                continue
        out.append(seg)
    new = b"".join(out)
    if "location" in removed and _jpeg_has_location(new, path):
        raise PrivacyError(path=path, reason="the location is still present after removal")
    return new, tuple(sorted(removed))


def _jpeg_segments(data: bytes, path: str) -> list[bytes]:
    """SOI, each marker segment up to SOS, then everything from SOS on, untouched."""
    if data[:2] != b"\xff\xd8":
        raise PrivacyError(path=path, reason="not a JPEG file")
    segments = [data[:2]]
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise PrivacyError(path=path, reason="the JPEG structure is damaged")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            segments.append(data[pos:pos + 1])
            pos += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan / end of image: the rest as is
            segments.append(data[pos:])
            return segments
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            segments.append(data[pos:pos + 2])
            pos += 2
            continue
        if pos + 4 > len(data):
            raise PrivacyError(path=path, reason="the JPEG file is truncated")
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise PrivacyError(path=path, reason="the JPEG file is truncated")
        segments.append(data[pos:end])
        pos = end
    raise PrivacyError(path=path, reason="the JPEG file has no image data")


def _jpeg_has_location(data: bytes, path: str) -> bool:
    for seg in _jpeg_segments(data, path):
        if seg[:2] == b"\xff\xda":
            break
        if seg[:2] == b"\xff\xe1" and seg[4:10] == _EXIF_HEADER:
            exif = piexif.load(seg[4:])
            if exif.get("GPS"):
                return True
        elif seg[:2] == b"\xff\xe1" and any(m in seg for m in _XMP_GPS_MARKERS):
            return True
    return False


def _strip_webp(data: bytes, remove_location: bool, strip_identity: bool, path: str) -> tuple[bytes, tuple[str, ...]]:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise PrivacyError(path=path, reason="not a WebP file")
    try:
        exif_payload = piexif.load(data)
    except Exception:
        exif_payload = None
    if remove_location and any(m in data for m in _XMP_GPS_MARKERS):
        raise PrivacyError(path=path, reason="its XMP data holds a location")
    if not exif_payload or not any(exif_payload.get(k) for k in ("0th", "Exif", "GPS")):
        return data, ()
    payload, removed = _clean_exif(_EXIF_HEADER + _webp_exif_chunk(data), remove_location, strip_identity, path)
    if not removed:
        return data, ()
    try:
        import io

        buf = io.BytesIO()
        piexif.insert(payload, data, buf)
        new = buf.getvalue()
    except Exception as exc:
        raise PrivacyError(path=path, reason=f"the WebP file cannot be rewritten: {type(exc).__name__}") from None
    if "location" in removed and piexif.load(new).get("GPS"):
        raise PrivacyError(path=path, reason="the location is still present after removal")
    return new, tuple(sorted(removed))


def _webp_exif_chunk(data: bytes) -> bytes:
    pos = 12
    while pos + 8 <= len(data):
        fourcc = data[pos:pos + 4]
        size = struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if fourcc == b"EXIF":
            chunk = data[pos + 8:pos + 8 + size]
            return chunk[6:] if chunk.startswith(_EXIF_HEADER) else chunk
        pos += 8 + size + (size & 1)
    return b""
