"""Hostile camera-card inputs, made on the spot: odd names, links, special files, damaged and huge pictures."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

from PIL import Image

PHOTOS = Path(__file__).resolve().parents[2] / "shared" / "photos"
GOOD = PHOTOS / "cameras" / "IMG_0308.JPG"


def legacy_name(text: str, encoding: str, suffix: str = ".jpg") -> str:
    """A file name as a camera using `encoding` writes it, as Python sees it on a UTF-8 system."""
    return os.fsdecode(text.encode(encoding) + suffix.encode())


def cut_with_end_marker(source: Path, target: Path, fraction: float) -> Path:
    """A JPEG cut short, then given an end-of-image marker (as a careless repair tool leaves it)."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * fraction)] + b"\xff\xd9")
    return target


def jpeg_claiming(target: Path, width: int, height: int) -> Path:
    """A tiny JPEG whose frame header claims `width` x `height` pixels."""
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 30, 30)).save(buf, "JPEG")
    data = bytearray(buf.getvalue())
    sof = data.find(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    target.write_bytes(bytes(data))
    return target


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def huge_png(target: Path, width: int, height: int, *, colour: int = 6, cut: bool = False,
             bad_crc: bool = False) -> Path:
    """A PNG of `width` x `height` flat pixels (RGBA by default), written in constant memory.

    cut: the image data stops half-way; bad_crc: one chunk's checksum is wrong.
    """
    channels = {0: 1, 2: 3, 6: 4}[colour]
    row = b"\x00" + bytes([90, 140, 200, 255][:channels]) * width
    squeeze = zlib.compressobj(6)
    idat = bytearray()
    rows = height // 2 if cut else height
    for start in range(0, rows, 256):
        idat += squeeze.compress(row * min(256, rows - start))
    idat += squeeze.flush() if not cut else squeeze.flush(zlib.Z_SYNC_FLUSH)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    body = _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", bytes(idat)) + _chunk(b"IEND", b"")
    if bad_crc:
        at = 25 + 8 + len(idat)  # the IDAT chunk's CRC, after IHDR (25 bytes) and IDAT's length and type
        body = body[:at] + bytes([body[at] ^ 1]) + body[at + 1:]
    target.write_bytes(b"\x89PNG\r\n\x1a\n" + body)
    return target


def grey16_tiff(target: Path, width: int = 2000, height: int = 1500) -> Path:
    """A 16-bit greyscale TIFF, as a drone's thermal or multispectral camera writes them."""
    im = Image.new("I;16", (width, height))
    im.putdata([(x * 37 + y * 11) % 65536 for y in range(height) for x in range(width)])
    im.save(target)
    return target


def grey_bottom_jpeg(target: Path) -> Path:
    """A whole JPEG whose lower half is flat mid-grey: what libjpeg paints where data is missing."""
    im = Image.new("RGB", (800, 600), (128, 128, 128))
    im.paste((200, 60, 20), (0, 0, 800, 300))
    im.save(target, quality=90)
    return target


def copy_good(target: Path) -> Path:
    """A real camera JPEG with bytes of its own after its end (so no two copies are duplicates)."""
    target.write_bytes(GOOD.read_bytes() + os.fsencode(target.name))
    return target
