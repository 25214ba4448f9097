"""Where the metadata sits in each image container: one walker per format, no value parsing.

Each walker lists the metadata blocks it passes (EXIF, XMP, Photoshop IRB with IPTC, FLIR,
PNG text chunks, other application segments) with their byte ranges, and the pixel size from
the image header. The camera data reader reads values from these blocks; the privacy copy
removes positions from exactly the same blocks, so whatever one can read the other can remove.
Every loop is bounded and every range is checked, so damaged files cannot hang a walker.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import BinaryIO


class BlockKind(StrEnum):
    """What a metadata block holds."""

    EXIF = "exif"  # a TIFF structure (IFDs): EXIF, GPS, maker notes
    XMP = "xmp"  # an XMP packet (XML)
    XMP_EXTENDED = "xmp-extended"  # one part of a JPEG's extended XMP
    IRB = "irb"  # Photoshop image resources: IPTC, and sometimes EXIF or XMP copies
    FLIR = "flir"  # one part of a FLIR thermal camera's FFF record store
    TEXT = "text"  # a PNG text chunk (tEXt, zTXt, iTXt) other than XMP
    ICC = "icc"  # a colour profile: never holds a position
    MPF = "mpf"  # a JPEG's multi-picture index (points into the trailer)
    OTHER = "other"  # any other application segment or ancillary chunk


@dataclass(slots=True)
class Block:
    """One metadata segment or chunk: its whole extent and where its payload is."""

    kind: BlockKind
    start: int  # first byte of the segment or chunk (its marker or header)
    end: int  # one past its last byte (CRC or padding included)
    data_start: int  # the payload, after the identifying header
    data_end: int
    label: str  # e.g. "APP1", "iTXt", "EXIF"
    keyword: str = ""  # a PNG text chunk's keyword
    compressed: bool = False  # a zTXt or compressed iTXt payload


@dataclass
class Container:
    """What a walker found in one file."""

    format: str = ""  # "jpeg", "png", "webp", "gif", "tiff", "heif", "raf"; "" when not recognised
    width: int | None = None
    height: int | None = None
    size_in_ifd0: bool = False  # a TIFF's own pixel size is in IFD0
    blocks: list[Block] = field(default_factory=list)
    exif: bytes | None = None  # the TIFF structure of a HEIF Exif item (not a range of the file)
    image_end: int | None = None  # JPEG: one past the EOI marker, when the whole file was walked
    offset: int = 0  # where the walked image starts in the file (RAF holds a JPEG further in)
    exif_payload: bytes | None = None  # the first EXIF block's payload, when the walk read it anyway
    damaged: bool = False  # a segment or chunk runs past the end of the file (or fails its CRC)
    has_image: bool = False  # the walk reached the image data (JPEG scan, PNG IDAT, WebP bitstream)

    def first(self, kind: BlockKind) -> Block | None:
        return next((b for b in self.blocks if b.kind == kind), None)


_TIFF_HEADS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
# TIFF variants with their own magic number but ordinary IFDs: Olympus ORF, Panasonic RW2.
TIFF_LIKE_HEADS = (b"IIRO", b"IIRS", b"MMOR", b"IIU\x00")
TIFF_HEADS = _TIFF_HEADS
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"})

XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXTENDED_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
PNG_XMP_KEYWORD = "XML:com.adobe.xmp"
_EXIF_IN_APP1 = re.compile(rb"^(.{0,4})Exif\x00", re.IGNORECASE | re.DOTALL)  # as ExifTool finds it

# Bounds that keep damaged files from making us read or loop much.
MAX_JPEG_SEGMENTS = 4096
_MAX_FILL_BYTES = 65536
_MAX_HEIF_EXTENTS = 65536
MAX_CHUNKS = 200_000  # PNG IDAT chunks can be many and small
MAX_METADATA_BYTES = 4 << 20  # an EXIF block is at most 64 KiB in a JPEG; allow more elsewhere
_MAX_HEIF_META_BYTES = 16 << 20
_MAX_GIF_BLOCKS = 1 << 20
_HEAD = 80  # bytes read from each application segment to tell what it is (extended XMP needs 75)

# A marker that ends entropy-coded data: 0xFF followed by neither a stuffed 0x00, a restart
# marker nor another fill byte.
_MARKER_IN_SCAN = re.compile(rb"\xff(?=[^\x00\xd0-\xd7\xff])")


def walk(f: BinaryIO, *, whole: bool = False) -> Container:
    """Sniff the container from its first bytes and list its metadata blocks.

    With `whole`, a JPEG is walked past its image data to the EOI marker (for the privacy copy);
    otherwise the walk stops at the first scan, where no more metadata is expected.
    """
    f.seek(0)
    head = f.read(32)
    if head.startswith(b"\xff\xd8\xff"):
        return _jpeg(f, 0, whole)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(f, whole)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp(f)
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        return _gif(f, head)
    if head[:4] in _TIFF_HEADS or head[:4] in TIFF_LIKE_HEADS:
        end = f.seek(0, io.SEEK_END)
        block = Block(BlockKind.EXIF, 0, end, 0, end, "TIFF")
        return Container("tiff", size_in_ifd0=True, blocks=[block])
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return Container("heif", exif=_heif_exif(f))
    if head.startswith(b"FUJIFILMCCD-RAW"):
        return _fuji_raf(f)
    return Container()


def read_range(f: BinaryIO, start: int, end: int) -> bytes:
    """Bytes [start, end) of the file, at most MAX_METADATA_BYTES of them."""
    f.seek(start)
    return f.read(max(0, min(end - start, MAX_METADATA_BYTES)))


# --- JPEG ---------------------------------------------------------------------------------------


def _jpeg(f: BinaryIO, start: int, whole: bool) -> Container:
    """Walk JPEG segments: application segments as blocks, the SOF pixel size, the EOI."""
    found = Container("jpeg", offset=start)
    size = f.seek(0, io.SEEK_END) if whole else 1 << 62  # reading needs no damage check: save a call
    pos = start + 2
    f.seek(pos)
    for _ in range(MAX_JPEG_SEGMENTS):
        marker = f.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            break  # cut short or out of sync: stop rather than guess
        code = marker[1]
        pos += 2
        for _ in range(_MAX_FILL_BYTES):
            if code != 0xFF:
                break
            code = (f.read(1) or b"\x00")[0]  # fill bytes before a marker
            pos += 1
        seg_start = pos - 2
        if code in (0x01, 0xD8) or 0xD0 <= code <= 0xD7:
            continue  # markers without a length
        if code == 0xD9:
            found.image_end = pos
            break
        raw_length = f.read(2)
        if len(raw_length) < 2:
            break
        (length,) = struct.unpack(">H", raw_length)
        if length < 2:
            break
        seg_end = pos + length
        if seg_end > size:
            found.damaged = True
            break
        if 0xE0 <= code <= 0xEF or code == 0xFE:
            head = f.read(min(length - 2, _HEAD))
            block = _jpeg_block(code, head, seg_start, seg_end)
            found.blocks.append(block)
            if block.kind == BlockKind.EXIF and found.exif_payload is None:
                # The camera data reader needs this one at once: read it in the same pass.
                found.exif_payload = head[block.data_start - seg_start - 4 :] + f.read(seg_end - pos - 2 - len(head))
        elif 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC) and found.width is None and length >= 7:
            sof = f.read(5)
            if len(sof) == 5:
                _precision, height, width = struct.unpack(">BHH", sof)
                found.width, found.height = width or None, height or None  # 0 height: set later by DNL
        elif code == 0xDA:
            found.has_image = True
            if not whole:
                break  # start of the compressed data: no metadata after this
        pos = seg_end
        if code == 0xDA:
            pos = _skip_scan(f, pos)
            if pos < 0:
                break
        f.seek(pos)
    return found


_LABELS = {**{code: f"APP{code - 0xE0}" for code in range(0xE0, 0xF0)}, 0xFE: "COM"}


def _jpeg_block(code: int, head: bytes, start: int, end: int) -> Block:
    """Tell what an application segment holds from its first bytes."""
    payload = start + 4
    label = _LABELS[code]
    if code == 0xE1:
        if head[:5] == b"Exif\x00":  # the usual case, before the lenient pattern
            return Block(BlockKind.EXIF, start, end, payload + 6, end, label)
        match = _EXIF_IN_APP1.match(head)
        if match:
            return Block(BlockKind.EXIF, start, end, payload + len(match[1]) + 6, end, label)
        if head.startswith(XMP_HEADER):
            return Block(BlockKind.XMP, start, end, payload + len(XMP_HEADER), end, label)
        if head.startswith(XMP_EXTENDED_HEADER):
            return Block(BlockKind.XMP_EXTENDED, start, end, payload + 75, end, label)
        if head.startswith(b"FLIR\x00"):
            return Block(BlockKind.FLIR, start, end, payload + 8, end, label)
        if head.startswith((b"http", b"XMP\x00")) or b"<exif:" in head or b"<?xpacket" in head:
            return Block(BlockKind.XMP, start, end, payload, end, label)  # XMP with a non-standard header
    elif code == 0xE2 and head.startswith(b"ICC_PROFILE\x00"):
        return Block(BlockKind.ICC, start, end, payload + 14, end, label)
    elif code == 0xE2 and head.startswith(b"MPF\x00"):
        return Block(BlockKind.MPF, start, end, payload + 4, end, label)
    elif code == 0xED and head.startswith(b"Photoshop 3.0\x00"):
        return Block(BlockKind.IRB, start, end, payload + 14, end, label)
    return Block(BlockKind.OTHER, start, end, payload, end, label)


def _skip_scan(f: BinaryIO, pos: int) -> int:
    """The position of the first marker after entropy-coded data starting at `pos`, or -1."""
    f.seek(pos)
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            return -1
        match = _MARKER_IN_SCAN.search(chunk)
        if match and match.start() < len(chunk) - 1:
            return pos + match.start()
        # Keep the last byte: a 0xFF at the end of this read belongs to the next one.
        pos += len(chunk) - 1 if len(chunk) > 1 else 1
        f.seek(pos)
        if len(chunk) == 1:
            return -1


def jpeg_extended_xmp_id(head: bytes) -> tuple[bytes, int, int] | None:
    """GUID, full length and offset of one extended XMP part from its segment's payload."""
    if len(head) < 75 - len(XMP_EXTENDED_HEADER) or not head[:32].isalnum():
        return None
    size, offset = struct.unpack_from(">II", head, 32)
    return head[:32], size, offset


# --- PNG ----------------------------------------------------------------------------------------


def _png(f: BinaryIO, whole: bool) -> Container:
    """Walk PNG chunks (seeking over image data): IHDR size, eXIf and text chunks wherever they are.

    With `whole`, every chunk's CRC is checked: a damaged length could otherwise make a text
    chunk swallow the image data.
    """
    found = Container("png")
    size = f.seek(0, io.SEEK_END)
    pos = 8
    f.seek(pos)
    for _ in range(MAX_CHUNKS):
        header = f.read(8)
        if len(header) < 8:
            break
        length, ctype = struct.unpack(">I4s", header)
        end = pos + 12 + length
        if end > size or (whole and not _crc_ok(f, pos, ctype, length)):
            found.damaged = True
            break
        data = pos + 8
        f.seek(data)
        if ctype == b"IDAT":
            found.has_image = True
        elif ctype == b"IHDR" and length >= 8:
            ihdr = f.read(8)
            if len(ihdr) == 8:
                width, height = struct.unpack(">II", ihdr)
                found.width, found.height = width or None, height or None
        elif ctype == b"eXIf":
            found.blocks.append(Block(BlockKind.EXIF, pos, end, data, data + length, "eXIf"))
        elif ctype in (b"tEXt", b"zTXt", b"iTXt"):
            found.blocks.append(_png_text_block(f, ctype, pos, length))
        elif ctype == b"iCCP":
            found.blocks.append(Block(BlockKind.ICC, pos, end, data, data + length, "iCCP"))
        elif ctype == b"IEND":
            break
        elif not ctype[:1].isupper():  # ancillary chunks may carry anything (zxIf, caBX, ...)
            found.blocks.append(Block(BlockKind.OTHER, pos, end, data, data + length, ctype.decode("latin-1")))
        pos = end
        f.seek(pos)
    return found


def _crc_ok(f: BinaryIO, pos: int, ctype: bytes, length: int) -> bool:
    f.seek(pos + 8)
    crc = zlib.crc32(ctype)
    left = length
    while left > 0:
        part = f.read(min(left, 1 << 20))
        if not part:
            return False
        crc = zlib.crc32(part, crc)
        left -= len(part)
    return f.read(4) == struct.pack(">I", crc & 0xFFFFFFFF)


def _png_text_block(f: BinaryIO, ctype: bytes, pos: int, length: int) -> Block:
    """A text chunk as a block: its keyword, and where its (maybe compressed) text starts."""
    head = f.read(min(length, 80 + 5))
    keyword, _, rest = head.partition(b"\x00")
    label = ctype.decode("latin-1")
    data, end = pos + 8, pos + 12 + length
    text_start, compressed = data + len(keyword) + 1, False
    if ctype == b"zTXt":
        text_start, compressed = text_start + 1, True  # compression method byte
    elif ctype == b"iTXt":
        compressed = rest[:1] == b"\x01"
        # compression flag, method, language tag\0, translated keyword\0
        tail = f.read(min(length - len(head), MAX_METADATA_BYTES)) if length > len(head) else b""
        body = rest + tail
        lang_end = body.find(b"\x00", 2)
        trans_end = body.find(b"\x00", lang_end + 1) if lang_end >= 0 else -1
        text_start = text_start + trans_end + 1 if trans_end >= 0 else data + length
    kind = BlockKind.XMP if keyword.decode("latin-1") == PNG_XMP_KEYWORD else BlockKind.TEXT
    return Block(kind, pos, end, min(text_start, data + length), data + length, label,
                 keyword.decode("latin-1"), compressed)


def png_text(raw: bytes, block: Block) -> bytes | None:
    """The text of a PNG text chunk (decompressed), or None if it cannot be decompressed."""
    if not block.compressed:
        return raw
    try:
        out = zlib.decompressobj()
        text = out.decompress(raw, MAX_METADATA_BYTES)
    except zlib.error:
        return None
    return None if out.unconsumed_tail else text  # larger than any real metadata: not read


def raw_profile(text: bytes) -> bytes | None:
    """The bytes of an ImageMagick "Raw profile type ..." text: "\\nname\\n   length\\nhex..."."""
    parts = text.split(b"\n", 3)
    if len(parts) < 4:
        return None
    try:
        length = int(parts[2].strip())
        data = bytes.fromhex(parts[3].decode("ascii").replace("\n", "").replace(" ", ""))
    except ValueError:
        return None
    return data[:length] if length <= len(data) else None


# --- WebP, GIF ----------------------------------------------------------------------------------


def _webp(f: BinaryIO) -> Container:
    """Walk RIFF chunks of a WebP: canvas size (VP8X, else VP8/VP8L), EXIF and XMP chunks."""
    found = Container("webp")
    size = f.seek(0, io.SEEK_END)
    pos = 12
    f.seek(pos)
    for _ in range(MAX_CHUNKS):
        header = f.read(8)
        if len(header) < 8:
            break
        fourcc, length = struct.unpack("<4sI", header)
        end = pos + 8 + length + (length & 1)
        if pos + 8 + length > size:
            found.damaged = True
            break
        data = pos + 8
        body = f.read(min(length, 10)) if fourcc in (b"VP8X", b"VP8 ", b"VP8L") else b""
        if fourcc in (b"VP8 ", b"VP8L", b"ANMF"):
            found.has_image = True
        if fourcc == b"VP8X" and len(body) >= 10:
            found.width = 1 + int.from_bytes(body[4:7], "little")
            found.height = 1 + int.from_bytes(body[7:10], "little")
        elif fourcc == b"VP8 " and found.width is None and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
            width, height = struct.unpack_from("<HH", body, 6)
            found.width, found.height = (width & 0x3FFF) or None, (height & 0x3FFF) or None
        elif fourcc == b"VP8L" and found.width is None and len(body) >= 5 and body[0] == 0x2F:
            bits = int.from_bytes(body[1:5], "little")
            found.width, found.height = 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
        elif fourcc == b"EXIF":
            found.blocks.append(Block(BlockKind.EXIF, pos, end, data, data + length, "EXIF"))
        elif fourcc == b"XMP ":
            found.blocks.append(Block(BlockKind.XMP, pos, end, data, data + length, "XMP"))
        elif fourcc == b"ICCP":
            found.blocks.append(Block(BlockKind.ICC, pos, end, data, data + length, "ICCP"))
        elif fourcc not in (b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF"):
            found.blocks.append(Block(BlockKind.OTHER, pos, end, data, data + length,
                                      fourcc.decode("latin-1")))
        pos = end
        f.seek(pos)
    return found


def _gif(f: BinaryIO, head: bytes) -> Container:
    """GIF: the screen size, and application extensions (XMP) as blocks."""
    width, height = struct.unpack_from("<HH", head, 6)
    found = Container("gif", width=width or None, height=height or None)
    flags = head[10] if len(head) > 10 else 0
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    f.seek(pos)
    for _ in range(_MAX_GIF_BLOCKS):
        intro = f.read(1)
        if intro == b"!":
            label = f.read(1)
            start = pos
            pos += 2
            app = b""
            if label == b"\xff":
                size = f.read(1)
                app = f.read(size[0]) if size else b""
                pos += 1 + len(app)
            data_start = pos
            pos = _skip_sub_blocks(f, pos)
            if pos < 0:
                break
            if label == b"\xff":
                kind = BlockKind.XMP if app.startswith(b"XMP Data") else BlockKind.OTHER
                found.blocks.append(Block(kind, start, pos, data_start, pos, "GIF application extension"))
        elif intro == b",":
            local = f.read(9)
            if len(local) < 9:
                break
            pos += 10
            if local[8] & 0x80:
                pos += 3 * (2 << (local[8] & 7))
            pos += 1  # LZW minimum code size
            f.seek(pos)
            pos = _skip_sub_blocks(f, pos)
            if pos < 0:
                break
        else:
            break  # trailer (";") or damage
        f.seek(pos)
    return found


def _skip_sub_blocks(f: BinaryIO, pos: int) -> int:
    """Past a chain of GIF data sub-blocks, or -1 if cut short."""
    f.seek(pos)
    for _ in range(_MAX_GIF_BLOCKS):
        size = f.read(1)
        if not size:
            return -1
        pos += 1 + size[0]
        if size[0] == 0:
            return pos
        f.seek(pos)
    return -1


def gif_xmp(raw: bytes) -> bytes:
    """A GIF XMP extension's text: its sub-blocks joined, without the 'magic trailer'."""
    # XMP in GIF is written raw (its length bytes are part of the XML), ending in a 258-byte ramp.
    end = raw.rfind(b"<?xpacket end=")
    stop = raw.find(b">", end) if end >= 0 else -1
    return raw[: stop + 1] if stop >= 0 else raw


# --- TIFF-based raw, HEIF -----------------------------------------------------------------------


def _fuji_raf(f: BinaryIO) -> Container:
    """A Fujifilm RAF holds a whole camera JPEG, EXIF included, at an offset given in its header."""
    f.seek(84)
    raw = f.read(4)
    if len(raw) < 4:
        return Container("raf")
    (offset,) = struct.unpack(">I", raw)
    f.seek(offset)
    if f.read(3) != b"\xff\xd8\xff":
        return Container("raf", exif=b"")
    found = _jpeg(f, offset, False)
    found.format = "raf"
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
        length = min(length, MAX_METADATA_BYTES - total)
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
