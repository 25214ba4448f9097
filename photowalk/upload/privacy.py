"""The bytes actually sent: the original file, or a copy without location or owner data.

Removal is lossless: only metadata segments and chunks are rewritten or dropped; the image data
is copied byte for byte. The blocks are found by the same container walkers that read the camera
data (photowalk.exif_containers), and every position any of photowalk's readers can find goes:
the EXIF GPS IFD (edited in place, so nothing else in the EXIF block moves), XMP and extended
XMP packets, Photoshop resources copying EXIF or XMP, FLIR GPS records, PNG text chunks
(ImageMagick raw profiles, compressed XMP), other segments that mention a position, and data
after a JPEG's end that does. The copy is then read back with the same readers; if any position
is left, the photo is not sent (PrivacyError). The original file never changes. The SHA-1 and
size of the bytes sent are what every later check compares.
"""

from __future__ import annotations

import errno
import hashlib
import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from photowalk import exif_containers as containers
from photowalk import exif_edit, flir, iptc, xmp
from photowalk.errors import DiskFullError
from photowalk.exif_containers import Block, BlockKind, Container
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.photo import FileKind
from photowalk.private import write_private
from photowalk.reasons import Reason, reason
from photowalk.upload.errors import FileChanged, PrivacyError

# Tags that name or identify the owner or the camera body (the "strip serials" setting).
_IDENTITY_TAGS = frozenset({
    0xA430,  # CameraOwnerName
    0xA431,  # BodySerialNumber
    0xA435,  # LensSerialNumber
    exif_edit.MAKER_NOTE,  # opaque per vendor and usually holding the body serial number
    0xC62F,  # CameraSerialNumber (DNG tag some JPEG writers copy)
})

_PNG_EXIF_PROFILES = ("Raw profile type exif", "Raw profile type APP1")
_PNG_IRB_PROFILES = ("Raw profile type iptc", "Raw profile type 8bim")
_PNG_XMP_PROFILE = "Raw profile type xmp"

# Where in a file a position was found, named for a volunteer: {label} is the segment's or chunk's
# own name (APP1, eXIf), {start} its byte offset, {keyword} a PNG text chunk's keyword.
_BLOCK_NAMES = {
    BlockKind.EXIF: QT_TRANSLATE_NOOP("errors", "the EXIF data ({label} at byte {start})"),
    BlockKind.XMP: QT_TRANSLATE_NOOP("errors", "the XMP data ({label} at byte {start})"),
    BlockKind.IRB: QT_TRANSLATE_NOOP("errors", "the Photoshop/IPTC data ({label} at byte {start})"),
    BlockKind.TEXT: QT_TRANSLATE_NOOP("errors", "the text chunk '{keyword}' ({label} at byte {start})"),
    BlockKind.OTHER: QT_TRANSLATE_NOOP("errors", "the segment ({label} at byte {start})"),
}


def _place(code: str, template: str) -> Reason:
    return Reason(f"in-{code}", template)


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
    if remove_location:
        # Read back what will be sent, with the same readers: no position may be left in it.
        written = target.read_bytes()
        left = find_locations(written) if hashlib.sha1(written).hexdigest() == sha1 else [_place("copy", QT_TRANSLATE_NOOP("errors", "the copy"))]
        if left:
            raise PrivacyError(path=str(source), reason=reason(
                "left-in-copy", QT_TRANSLATE_NOOP("errors", "{where} still holds a position in the copy"), where=left[0]))
    return PreparedFile(target, sha1, len(new), True, removed)


def _write_copy(workdir: Path, target: Path, data: bytes) -> None:
    """Write a copy whole or not at all; a full disk is DiskFullError, and leaves no partial file."""
    try:
        write_private(target, data)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(path=str(workdir)) from exc
        raise


def strip_metadata(
    data: bytes, *, kind: FileKind, remove_location: bool, strip_identity: bool, path: str
) -> tuple[bytes, tuple[str, ...]]:
    """`data` without positions and/or identity tags, and what was removed (empty: nothing to do)."""
    if not (remove_location or strip_identity):
        return data, ()
    container = containers.walk(io.BytesIO(data), whole=True)
    if container.format in ("jpeg", "png", "webp") and (container.damaged or not container.has_image):
        # A segment or chunk runs past the end or fails its CRC: the walk may have missed metadata,
        # and what is metadata and what is image is unclear. Nothing can be promised about it.
        raise PrivacyError(path=path, reason=Reason("damaged", QT_TRANSLATE_NOOP(
            "errors", "the file is cut short or its structure is damaged, so it cannot be checked")))
    has_location = remove_location and bool(_Finder(data, container).locations())
    if not has_location and not strip_identity:
        return data, ()
    if container.format == "jpeg":
        new, removed = _Jpeg(data, container, has_location, strip_identity, path).strip()
    elif container.format == "png":
        new, removed = _Png(data, container, has_location, strip_identity, path).strip()
    elif container.format == "webp":
        new, removed = _Webp(data, container, has_location, strip_identity, path).strip()
    elif has_location:
        # TIFF and GIF: no lossless rewriting here; refuse rather than send a location.
        raise PrivacyError(path=path, reason=reason("not-rewritten", QT_TRANSLATE_NOOP(
            "errors", "{kind} files are not rewritten, and this one holds a position"), kind=kind.value.upper()))
    else:
        return data, ()
    if remove_location:
        left = _Finder(new, containers.walk(io.BytesIO(new), whole=True)).locations()
        if left:
            raise PrivacyError(path=path, reason=reason("left-after-removal", QT_TRANSLATE_NOOP(
                "errors", "{where} still holds a position after removal"), where=left[0]))
    return (new, removed) if removed else (data, ())


def find_locations(data: bytes) -> list[Reason]:
    """Where in the file a position is, as readers would find it; [] when there is none."""
    return _Finder(data, containers.walk(io.BytesIO(data), whole=True)).locations()


# --- Finding positions --------------------------------------------------------------------------


def _payload(data: bytes, block: Block) -> bytes:
    return data[block.data_start : block.data_end]


def _tiff_base(payload: bytes) -> int:
    """Where the TIFF header starts in an EXIF payload (some writers repeat "Exif\\0\\0")."""
    base = 0
    while payload[base : base + 4] == b"Exif" and payload[base + 4 : base + 6] in (b"\x00\x00", b"\x00\xff"):
        base += 6
    return base


def _tiff_position(tiff: exif_edit.Tiff, entry: exif_edit.Entry) -> bool:
    """True if this entry is, or holds, a position: the GPS IFD, or XMP or Photoshop data with one."""
    if entry.tag == exif_edit.GPS_IFD:
        return True
    if entry.tag == exif_edit.XMP_TAG:
        return xmp.has_position_markers(tiff.value(entry))
    if entry.tag == exif_edit.PHOTOSHOP_TAG:
        return _irb_has_position(tiff.value(entry))
    return False


def _exif_has_position(payload: bytes) -> bool:
    """True if an EXIF block has a position, or cannot be read well enough to tell."""
    try:
        tiff = exif_edit.Tiff(payload, _tiff_base(payload))
    except exif_edit.TiffError:
        return True
    return any(_tiff_position(tiff, e) for ifd in tiff.ifds for e in ifd.entries)


def _irb_position_resources(irb: bytes) -> list[iptc.Resource]:
    """The Photoshop resources that copy EXIF or XMP holding a position."""
    found = []
    for resource in iptc.resources(irb):
        if resource.id in iptc.EXIF_RESOURCES and _exif_has_position(resource.data):
            found.append(resource)
        elif resource.id == iptc.XMP_RESOURCE and xmp.has_position_markers(resource.data):
            found.append(resource)
    return found


def _irb_has_position(irb: bytes) -> bool:
    return bool(_irb_position_resources(irb))


def _png_text_has_position(text: bytes | None, keyword: str) -> bool:
    """True if a PNG text chunk's text holds a position (or cannot be decompressed to tell)."""
    if text is None:
        return True
    if keyword.startswith("Raw profile type "):  # ImageMagick's hex-encoded profiles
        profile = containers.raw_profile(text)
        if profile is None:
            return True  # not readable as a profile: it cannot be shown to hold no position
        if keyword in _PNG_EXIF_PROFILES:
            return _exif_has_position(profile)
        if profile[:4] == b"8BIM":
            return _irb_has_position(profile)
        return xmp.has_position_markers(profile)
    return xmp.has_position_markers(text)


def _flir_parts(data: bytes, container: Container) -> list[Block]:
    """The FLIR segments in chunk order (byte 6 of each payload header is its number)."""
    parts = [b for b in container.blocks if b.kind == BlockKind.FLIR]
    return sorted(parts, key=lambda b: data[b.data_start - 2] if b.data_start >= 2 else 0)


def _extended_xmp_groups(data: bytes, container: Container) -> dict[bytes, list[Block]]:
    """A JPEG's extended XMP parts, by GUID."""
    groups: dict[bytes, list[Block]] = {}
    for block in container.blocks:
        if block.kind == BlockKind.XMP_EXTENDED:
            ident = containers.jpeg_extended_xmp_id(data[block.data_start - 40 : block.data_start])
            groups.setdefault(ident[0] if ident else b"", []).append(block)
    return groups


def _joined_extended(data: bytes, parts: list[Block]) -> bytes:
    """Extended XMP parts in offset order, joined."""
    def offset(block: Block) -> int:
        ident = containers.jpeg_extended_xmp_id(data[block.data_start - 40 : block.data_start])
        return ident[2] if ident else 0
    return b"".join(_payload(data, b) for b in sorted(parts, key=offset))


_MAX_TRAILER_PICTURES = 16


def _trailer_has_position(trailer: bytes) -> bool:
    """Position markers in the trailer, or a JPEG in it whose metadata holds a position."""
    if xmp.has_position_markers(trailer) or b"\xa9xyz" in trailer or b"loci" in trailer:
        return True  # text, or an embedded video's location atoms (QuickTime, 3GPP)
    start = trailer.find(b"\xff\xd8\xff")
    for _ in range(_MAX_TRAILER_PICTURES):
        if start < 0:
            break
        picture = trailer[start:]
        if _Finder(picture, containers.walk(io.BytesIO(picture))).locations():
            return True
        start = trailer.find(b"\xff\xd8\xff", start + 3)
    return False


class _Finder:
    """Every place in one file where a reader would find a position, named for a volunteer."""

    def __init__(self, data: bytes, container: Container) -> None:
        self.data, self.container = data, container

    def locations(self) -> list[Reason]:
        c, data = self.container, self.data
        found = [self.name(b) for b in c.blocks if self.block_has_position(b)]
        groups = _extended_xmp_groups(data, c)
        for parts in groups.values():
            if xmp.has_position_markers(_joined_extended(data, parts)):
                found.append(_place("extended-xmp", QT_TRANSLATE_NOOP("errors", "the extended XMP data")))
        fff = b"".join(_payload(data, b) for b in _flir_parts(data, c))
        if fff and flir.gps_entries(fff):
            found.append(_place("flir", QT_TRANSLATE_NOOP("errors", "the FLIR thermal data's GPS record")))
        if c.format == "jpeg" and self.trailer_has_position():
            found.append(_place("trailer", QT_TRANSLATE_NOOP("errors", "the data after the end of the image")))
        return found

    def name(self, block: Block) -> Reason:
        template = _BLOCK_NAMES.get(block.kind, _BLOCK_NAMES[BlockKind.OTHER])
        return reason(f"block-{block.kind.name.lower()}", template, label=block.label, start=block.start,
                      keyword=block.keyword)

    def trailer_has_position(self) -> bool:
        """True if the data after the image (a second picture, a motion photo) holds a position."""
        end = self.container.image_end
        return end is not None and _trailer_has_position(self.data[end:])

    def block_has_position(self, block: Block) -> bool:
        payload = _payload(self.data, block)
        if block.kind == BlockKind.EXIF:
            return _exif_has_position(payload)
        if block.kind == BlockKind.XMP:
            if block.label in ("iTXt", "tEXt", "zTXt"):
                return _png_text_has_position(containers.png_text(payload, block), block.keyword)
            return xmp.has_position_markers(payload)
        if block.kind == BlockKind.IRB:
            return _irb_has_position(payload)
        if block.kind == BlockKind.TEXT:
            return _png_text_has_position(containers.png_text(payload, block), block.keyword)
        if block.kind == BlockKind.OTHER:
            if block.label == "zxIf":
                return True  # compressed EXIF: read by ExifTool, never kept in a location-free copy
            return xmp.has_position_markers(payload)
        return False  # ICC profiles, MPF indexes, the FLIR and extended XMP parts (checked whole)


# --- Rewriting ----------------------------------------------------------------------------------


class _Rewriter:
    """Shared by the formats: which blocks go, and how an EXIF block is cleaned in place."""

    def __init__(self, data: bytes, container: Container, location: bool, identity: bool, path: str) -> None:
        self.data, self.container, self.location, self.identity, self.path = data, container, location, identity, path
        self.finder = _Finder(data, container)
        self.removed: set[str] = set()
        self.replaced: dict[int, bytes | None] = {}  # block start -> its new payload (None drops it)

    def drop(self, block: Block) -> None:
        self.replaced[block.start] = None
        self.removed.add("location")

    def clean_exif(self, payload: bytes) -> bytes | None:
        """The EXIF payload without position (and identity) tags, same length; None to drop it."""
        buf = bytearray(payload)

        def drop(entry: exif_edit.Entry) -> bool:
            if self.location and (_tiff_position(tiff, entry) or entry.tag == exif_edit.MAKER_NOTE):
                # Maker notes are opaque per vendor and some keep another copy of the position.
                self.removed.add("location")
                return True
            if self.identity and entry.tag in _IDENTITY_TAGS:
                self.removed.add("identity")
                return True
            return False

        try:
            tiff = exif_edit.Tiff(payload, _tiff_base(payload))
            exif_edit.remove(buf, _tiff_base(payload), drop)
        except exif_edit.TiffError:
            if self.location:
                return None  # unreadable, so it cannot be shown to hold no position: it goes
            raise PrivacyError(path=self.path, reason=Reason("exif-damaged", QT_TRANSLATE_NOOP(
                "errors", "the EXIF data is damaged"))) from None
        return bytes(buf)

    def rewrite(self, build: Callable[[Block, bytes], bytes]) -> bytes:
        """The file with each replaced block rebuilt by `build` (given its new payload)."""
        out: list[bytes] = []
        pos = 0
        for block in sorted(self.container.blocks, key=lambda b: b.start):
            if block.start not in self.replaced:
                continue
            out.append(self.data[pos : block.start])
            payload = self.replaced[block.start]
            if payload is not None:
                out.append(build(block, payload))
            pos = block.end
        out.append(self.data[pos:])
        return b"".join(out)

    def exif_blocks(self) -> None:
        for block in self.container.blocks:
            if block.kind == BlockKind.EXIF:
                payload = _payload(self.data, block)
                cleaned = self.clean_exif(payload)
                if cleaned is None:
                    self.drop(block)
                elif cleaned != payload:
                    self.replaced[block.start] = cleaned

    def located_blocks(self, kinds: tuple[BlockKind, ...]) -> None:
        """Drop every block of these kinds that holds a position."""
        if not self.location:
            return
        for block in self.container.blocks:
            if block.kind in kinds and block.start not in self.replaced and self.finder.block_has_position(block):
                self.drop(block)


class _Jpeg(_Rewriter):
    def strip(self) -> tuple[bytes, tuple[str, ...]]:
        self.exif_blocks()
        self.located_blocks((BlockKind.XMP, BlockKind.OTHER))
        if self.location:
            self.irb()
            self.extended_xmp()
            self.flir()
        if self.location and self.finder.trailer_has_position():
            # A second picture (MPF) or a motion photo after the image holds a position too:
            # it goes, and so does the index pointing at it.
            self.data = self.data[: self.container.image_end]
            for block in self.container.blocks:
                if block.kind == BlockKind.MPF:
                    self.replaced[block.start] = None
            self.removed.add("location")
        return self.rewrite(self.segment), tuple(sorted(self.removed))

    def segment(self, block: Block, payload: bytes) -> bytes:
        """A JPEG segment with a new payload (its identifying header kept)."""
        header = self.data[block.start + 4 : block.data_start]
        body = header + payload
        if len(body) + 2 > 0xFFFF:
            raise PrivacyError(path=self.path, reason=reason("segment-too-large", QT_TRANSLATE_NOOP(
                "errors", "the new {label} segment is too large"), label=block.label))
        return self.data[block.start : block.start + 2] + struct.pack(">H", len(body) + 2) + body

    def irb(self) -> None:
        for block in self.container.blocks:
            if block.kind != BlockKind.IRB:
                continue
            irb = _payload(self.data, block)
            gone = _irb_position_resources(irb)
            if gone:
                kept = bytearray(irb)
                for resource in reversed(gone):
                    del kept[resource.start : resource.end]
                self.replaced[block.start] = bytes(kept)
                self.removed.add("location")

    def extended_xmp(self) -> None:
        for parts in _extended_xmp_groups(self.data, self.container).values():
            if xmp.has_position_markers(_joined_extended(self.data, parts)):
                for block in parts:
                    self.drop(block)

    def flir(self) -> None:
        parts = _flir_parts(self.data, self.container)
        fff = bytearray(b"".join(_payload(self.data, b) for b in parts))
        if not parts or not flir.remove_gps(fff):
            return
        pos = 0
        for block in parts:  # the same bytes back into the same segments, GPS record emptied
            size = block.data_end - block.data_start
            self.replaced[block.start] = bytes(fff[pos : pos + size])
            pos += size
        self.removed.add("location")


def _png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


class _Png(_Rewriter):
    def strip(self) -> tuple[bytes, tuple[str, ...]]:
        self.exif_blocks()
        for block in self.container.blocks:
            if block.kind == BlockKind.TEXT and block.keyword in _PNG_EXIF_PROFILES:
                self.exif_profile(block)
        # Other text chunks (raw profiles, XMP, compressed or not) holding a position go whole.
        self.located_blocks((BlockKind.XMP, BlockKind.TEXT, BlockKind.OTHER))
        new = self.rewrite(self.chunk)
        return new, tuple(sorted(self.removed))

    def chunk(self, block: Block, payload: bytes) -> bytes:
        """A chunk with a new payload after its unchanged header fields (keyword, flags)."""
        ctype = self.data[block.start + 4 : block.start + 8]
        return _png_chunk(ctype, self.data[block.start + 8 : block.data_start] + payload)

    def exif_profile(self, block: Block) -> None:
        """ImageMagick's hex EXIF profile, cleaned like an eXIf chunk and written back the same way."""
        text = containers.png_text(_payload(self.data, block), block)
        profile = containers.raw_profile(text) if text is not None else None
        if text is None or profile is None:
            return  # left to `located_blocks`, which drops what it cannot read
        cleaned = self.clean_exif(profile)
        if cleaned is None or cleaned == profile:
            return
        *head, hexed = text.split(b"\n", 3)  # "", the profile's name, its length, then the hex
        width = len(hexed.split(b"\n", 1)[0]) or 72
        encoded = cleaned.hex().encode("ascii")
        lines = b"\n".join(encoded[i : i + width] for i in range(0, len(encoded), width))
        new_text = b"\n".join(head) + b"\n" + lines + b"\n"
        self.replaced[block.start] = zlib.compress(new_text) if block.compressed else new_text


class _Webp(_Rewriter):
    def strip(self) -> tuple[bytes, tuple[str, ...]]:
        self.exif_blocks()
        self.located_blocks((BlockKind.XMP, BlockKind.OTHER))
        new = bytearray(self.rewrite(self.chunk))
        if new[12:16] == b"VP8X":
            for block in self.container.blocks:
                if block.start in self.replaced and self.replaced[block.start] is None:
                    # The extended header's flags say which metadata chunks follow.
                    flag = {BlockKind.XMP: 0x04, BlockKind.EXIF: 0x08}.get(block.kind, 0)
                    new[20] &= ~flag & 0xFF
        new[4:8] = struct.pack("<I", len(new) - 8)
        return bytes(new), tuple(sorted(self.removed))

    def chunk(self, block: Block, payload: bytes) -> bytes:
        pad = b"\x00" if len(payload) & 1 else b""
        return self.data[block.start : block.start + 4] + struct.pack("<I", len(payload)) + payload + pad
