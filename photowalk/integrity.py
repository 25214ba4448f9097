"""Is a picture whole? Checks a decoder alone does not make.

libjpeg fills the part of a JPEG that is missing with grey and only warns ("Corrupt JPEG
data: premature end of data segment"), and Pillow does not pass its warnings on, so a JPEG
cut short and given an end marker decodes "fine". The checks here find such files from their
structure, reading only bounded amounts at a time; and a PNG too large to decode is checked in
constant memory by streaming its compressed data.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image

from photowalk.files import Stopped

# SOF markers by coding: Huffman (baseline, extended, progressive) and arithmetic / lossless.
_HUFFMAN_SOF = {0xC0, 0xC1, 0xC2}
_OTHER_SOF = {0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_MAX_SEGMENTS = 4096
_BLOCK = 1 << 20
# A marker inside entropy-coded data: 0xFF not followed by a stuffed 0x00, a restart marker or fill.
_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_EOI = 0xD9


@dataclass(frozen=True)
class JpegLayout:
    """What a JPEG's headers say, up to its first scan."""

    sof: int
    width: int
    height: int
    components: tuple[tuple[int, int], ...]  # (horizontal, vertical) sampling of each component
    scan_components: int  # components in the first scan
    scan_start: int  # file offset of the first scan's entropy-coded data

    @property
    def huffman(self) -> bool:
        return self.sof in _HUFFMAN_SOF

    @property
    def one_scan(self) -> bool:
        """A sequential JPEG whose first scan holds every component: the image data is that one scan."""
        return self.sof in (0xC0, 0xC1) and self.scan_components == len(self.components)

    def blocks(self) -> int:
        """8x8 blocks the frame is made of, over all components."""
        hmax = max(h for h, _v in self.components)
        vmax = max(v for _h, v in self.components)
        total = 0
        for h, v in self.components:
            total += _ceil_div(_ceil_div(self.width * h, hmax), 8) * _ceil_div(_ceil_div(self.height * v, vmax), 8)
        return total

    def imcu_rows(self, scale: int) -> int:
        """Pixel rows of one row of MCUs when decoded at 1/`scale`."""
        vmax = max(v for _h, v in self.components)
        return max(1, 8 * vmax // scale)


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def jpeg_layout(f: BinaryIO) -> JpegLayout | None:
    """Walk a JPEG's marker segments to its first scan; None if they are not well formed."""
    f.seek(0)
    if f.read(2) != b"\xff\xd8":
        return None
    pos = 2
    sof: tuple[int, int, int, tuple[tuple[int, int], ...]] | None = None
    for _ in range(_MAX_SEGMENTS):
        f.seek(pos)
        head = f.read(4)
        if len(head) < 4 or head[0] != 0xFF:
            return None
        code = head[1]
        if code == 0xFF:  # fill byte
            pos += 1
            continue
        if code in (0x01, 0xD8) or 0xD0 <= code <= 0xD7:
            pos += 2
            continue
        if code == _EOI:
            return None
        (length,) = struct.unpack(">H", head[2:4])
        if length < 2:
            return None
        if code in _HUFFMAN_SOF or code in _OTHER_SOF:
            body = f.read(length - 2)
            if len(body) < 6:
                return None
            height, width = struct.unpack(">HH", body[1:5])
            count = body[5]
            if count == 0 or len(body) < 6 + 3 * count:
                return None
            comps = tuple((body[7 + 3 * i] >> 4, body[7 + 3 * i] & 15) for i in range(count))
            if any(h == 0 or v == 0 for h, v in comps):
                return None
            sof = (code, width, height, comps)
        elif code == 0xDA:
            if sof is None:
                return None
            scan_count = f.read(1)
            if not scan_count:
                return None
            return JpegLayout(sof[0], sof[1], sof[2], sof[3], scan_count[0], pos + 2 + length)
        pos += 2 + length
    return None


def jpeg_data_too_short(layout: JpegLayout, file_size: int) -> bool:
    """True if the file is too small to hold the frame it declares.

    Huffman coding spends at least one bit on every block of the first scan that codes it,
    so a 633-byte file cannot hold 30000 x 30000 pixels (14 million blocks need 1.7 MB).
    """
    if not layout.huffman or layout.height == 0:
        return False  # arithmetic coding can be far smaller; a height of 0 comes later (DNL)
    return (file_size - layout.scan_start) * 8 < layout.blocks()


def next_marker(f: BinaryIO, start: int) -> tuple[int, int] | None:
    """(offset, code) of the first marker at or after `start` that is not a restart marker."""
    offset = start
    while True:
        f.seek(offset)
        block = f.read(_BLOCK + 1)  # one byte of overlap, so a marker across blocks is found
        if len(block) < 2:
            return None
        found = _MARKER.search(block)
        if found is not None:
            return offset + found.start(), block[found.start() + 1]
        offset += len(block) - 1


def _decode_rows(f: BinaryIO, end: int, mode: str, draft: tuple[int, int], fill: int | tuple[int, ...]) -> Image.Image:
    """Decode the first `end` bytes of a JPEG at draft size onto a canvas of colour `fill`.

    The decoder suspends where the data ends, so rows it could not finish keep the fill.
    """
    f.seek(0)
    with Image.open(f) as im:
        im.draft(mode, draft)
        [tile] = im.tile
        canvas = Image.new(im.mode, im.size, fill)
        decoder = Image._getdecoder(im.mode, tile[0], tile[3], im.decoderconfig)  # noqa: SLF001 - Pillow has no public one
        try:
            decoder.setimage(canvas.im, tile[1])
            f.seek(tile[2])
            left = end - tile[2]
            pending = b""
            while left > 0:
                chunk = f.read(min(left, _BLOCK))
                if not chunk:
                    break
                left -= len(chunk)
                pending += chunk
                consumed, _err = decoder.decode(pending)
                if consumed < 0:
                    break  # finished from the data alone
                pending = pending[consumed:]
        finally:
            decoder.cleanup()
    return canvas


def jpeg_cut_short(f: BinaryIO, layout: JpegLayout, mode: str, draft: tuple[int, int]) -> bool:
    """True if a one-scan JPEG's data ends before its last row of MCUs.

    The image data is decoded up to the marker that ends it, twice, onto canvases of two
    colours: rows the decoder wrote match, rows it never reached differ. A whole file leaves
    at most its last row of MCUs unwritten (the decoder waits for the end marker there).
    """
    if not layout.one_scan:
        return False
    found = next_marker(f, layout.scan_start)
    if found is None:
        return True
    end, _code = found
    one = _decode_rows(f, end, mode, draft, _fill(mode, 0))
    two = _decode_rows(f, end, mode, draft, _fill(mode, 255))
    scale = max(1, _ceil_div(layout.height, one.height))
    row = one.height - layout.imcu_rows(scale) - 1
    if row < 0:
        return False
    box = (0, row, one.width, row + 1)
    return one.crop(box).tobytes() != two.crop(box).tobytes()


def _fill(mode: str, value: int) -> int | tuple[int, ...]:
    bands = Image.getmodebands(mode)
    return value if bands == 1 else (value,) * bands


def grey_last_row(im: Image.Image) -> bool:
    """True if the last pixel row is flat mid-grey: what libjpeg paints where data is missing."""
    row = im.crop((0, im.height - 1, im.width, im.height))
    extrema = row.getextrema()
    bands = extrema if isinstance(extrema[0], tuple) else (extrema,)
    return all(lo == hi and lo in (127, 128) for lo, hi in bands)  # type: ignore[misc]


# --- PNG ------------------------------------------------------------------------------------------

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
# Adam7 passes: (x start, y start, x step, y step)
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


class PngDamage(Exception):
    """Why a PNG is not whole: `cut` when its data ends early."""

    def __init__(self, cut: bool) -> None:
        super().__init__("cut short" if cut else "damaged")
        self.cut = cut


def _png_rows(width: int, height: int, bits: int, interlace: int) -> list[tuple[int, int]]:
    """(rows, bytes per row including the filter byte) of each pass."""
    passes = [(0, 0, 1, 1)] if interlace == 0 else list(_ADAM7)
    out = []
    for x0, y0, dx, dy in passes:
        cols = (width - x0 + dx - 1) // dx if width > x0 else 0
        rows = (height - y0 + dy - 1) // dy if height > y0 else 0
        if cols and rows:
            out.append((rows, 1 + (cols * bits + 7) // 8))
    return out


def verify_png(f: BinaryIO, cancel: Callable[[], bool] | None = None) -> None:
    """Check a PNG without decoding it: chunk CRCs, and image data that inflates to exactly
    the size its frame needs, with valid row filters. Raises PngDamage; memory stays constant."""
    f.seek(0)
    if f.read(8) != PNG_SIGNATURE:
        raise PngDamage(cut=False)
    inflater = zlib.decompressobj()
    expected = 0
    passes: list[tuple[int, int]] = []
    produced = 0
    seen_ihdr = idat_done = False
    last_type = b""
    while True:
        head = f.read(8)
        if len(head) < 8:
            raise PngDamage(cut=True)
        length, ctype = struct.unpack(">I4s", head)
        if length > 0x7FFFFFFF:
            raise PngDamage(cut=False)
        crc = zlib.crc32(ctype)
        if ctype == b"IHDR":
            body = f.read(length)
            if len(body) != 13 or seen_ihdr:
                raise PngDamage(cut=len(body) < min(length, 13))
            crc = zlib.crc32(body, crc)
            width, height, depth, colour, _comp, _filt, interlace = struct.unpack(">IIBBBBB", body)
            if not width or not height or depth not in _PNG_DEPTHS.get(colour, ()) or interlace > 1:
                raise PngDamage(cut=False)
            passes = _png_rows(width, height, depth * _PNG_CHANNELS[colour], interlace)
            expected = sum(rows * stride for rows, stride in passes)
            seen_ihdr = True
        elif not seen_ihdr:
            raise PngDamage(cut=False)
        elif ctype == b"IDAT":
            if idat_done or (last_type == b"IDAT" and inflater.eof and length):
                raise PngDamage(cut=False)
            for data in _chunk_data(f, length):
                crc = zlib.crc32(data, crc)
                produced = _inflate(inflater, data, produced, expected, passes)
                if cancel is not None and cancel():
                    raise Stopped
        else:
            if last_type == b"IDAT":
                idat_done = True
            for data in _chunk_data(f, length):
                crc = zlib.crc32(data, crc)
        stored = f.read(4)
        if len(stored) < 4:
            raise PngDamage(cut=True)
        if struct.unpack(">I", stored)[0] != crc & 0xFFFFFFFF:
            raise PngDamage(cut=False)
        last_type = ctype
        if ctype == b"IEND":
            break
    if not inflater.eof or produced != expected:
        raise PngDamage(cut=produced < expected)


def _chunk_data(f: BinaryIO, length: int) -> Iterator[bytes]:
    """A chunk's `length` bytes of data, a bounded block at a time; raises PngDamage when the file ends first."""
    left = length
    while left:
        data = f.read(min(left, _BLOCK))
        if not data:
            raise PngDamage(cut=True)
        left -= len(data)
        yield data


def _inflate(inflater: zlib._Decompress, data: bytes, produced: int, expected: int,
             passes: list[tuple[int, int]]) -> int:
    """Feed compressed bytes, checking the filter byte of each row as it comes out."""
    try:
        while data:
            out = inflater.decompress(data, _BLOCK)
            data = inflater.unconsumed_tail
            _check_filters(out, produced, passes)
            produced += len(out)
            if produced > expected:
                raise PngDamage(cut=False)
            if inflater.eof:
                break
    except zlib.error as exc:
        raise PngDamage(cut=False) from exc
    return produced


def _check_filters(out: bytes, start: int, passes: list[tuple[int, int]]) -> None:
    """Every row starts with a filter type of 0 to 4."""
    base = 0
    for rows, stride in passes:
        size = rows * stride
        lo, hi = max(start, base), min(start + len(out), base + size)
        if lo < hi:
            first = lo + (-(lo - base)) % stride  # first row start at or after lo
            if first < hi and max(out[first - start : hi - start : stride]) > 4:
                raise PngDamage(cut=False)
        base += size
