"""Find and remove entries of a TIFF structure (EXIF) in place, without moving anything else.

Removing an entry compacts its IFD's entry table and zeroes the bytes it pointed to; a removed
GPS IFD pointer also zeroes the GPS IFD itself. No other byte moves, so every offset in the
block (maker notes, the thumbnail) stays valid: the rewrite is lossless for everything kept.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

EXIF_IFD, GPS_IFD, INTEROP_IFD, SUB_IFDS = 0x8769, 0x8825, 0xA005, 0x014A
XMP_TAG, IPTC_TAG, PHOTOSHOP_TAG = 0x02BC, 0x83BB, 0x8649
MAKER_NOTE = 0x927C

_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_SUB_IFD_NAMES = {EXIF_IFD: "ExifIFD", GPS_IFD: "GPS", INTEROP_IFD: "InteropIFD", SUB_IFDS: "SubIFD"}
_MAX_IFDS = 64
_MAX_ENTRIES = 4096


class TiffError(ValueError):
    """The TIFF header or the first IFD cannot be read."""


@dataclass(frozen=True)
class Entry:
    """One IFD entry: where it is and where its value is (absolute offsets in the buffer)."""

    ifd: str  # "IFD0", "IFD1", "ExifIFD", "GPS", "InteropIFD", "SubIFD"
    tag: int
    type: int
    count: int
    position: int  # of the 12-byte entry
    value_at: int  # of the value: inside the entry when it fits in 4 bytes
    value_size: int


@dataclass(frozen=True)
class Ifd:
    """One IFD: its name, where its entry count is, and its entries."""

    name: str
    offset: int
    entries: tuple[Entry, ...]


class Tiff:
    """The IFDs of one TIFF structure held in `buf` from `base` on (offsets are relative to it)."""

    def __init__(self, buf: bytes | bytearray, base: int = 0) -> None:
        self.buf, self.base = buf, base
        head = bytes(buf[base : base + 8])
        if head[:4] == b"II*\x00":
            self.order = "<"
        elif head[:4] == b"MM\x00*":
            self.order = ">"
        else:
            raise TiffError("no classic TIFF header")
        (first,) = struct.unpack(self.order + "I", head[4:8])
        self.ifds: list[Ifd] = []
        self._walk(first)
        if not self.ifds:
            raise TiffError("the first IFD is outside the data")

    def _walk(self, first: int) -> None:
        seen: set[int] = set()
        queue: list[tuple[str, int]] = [("IFD0", first)]
        chain = 0
        while queue and len(self.ifds) < _MAX_IFDS:
            name, offset = queue.pop(0)
            if offset in seen:
                continue
            seen.add(offset)
            parsed = self._ifd(name, offset)
            if parsed is None:
                continue
            ifd, next_offset = parsed
            self.ifds.append(ifd)
            for entry in ifd.entries:
                sub = _SUB_IFD_NAMES.get(entry.tag)
                if sub is not None and entry.type in (3, 4, 13):
                    for value in self.ints(entry):
                        queue.append((str(sub), value))
            if name.startswith("IFD") and next_offset:
                chain += 1
                queue.append((f"IFD{chain}", next_offset))

    def _ifd(self, name: str, offset: int) -> tuple[Ifd, int] | None:
        at = self.base + offset
        if offset < 8 or at + 2 > len(self.buf):
            return None
        (count,) = struct.unpack_from(self.order + "H", self.buf, at)
        if count > _MAX_ENTRIES or at + 2 + 12 * count > len(self.buf):
            return None
        entries = []
        for i in range(count):
            pos = at + 2 + 12 * i
            tag, typ, n = struct.unpack_from(self.order + "HHI", self.buf, pos)
            size = _TYPE_SIZES.get(typ, 0) * n
            if size <= 4:
                value_at = pos + 8
            else:
                (rel,) = struct.unpack_from(self.order + "I", self.buf, pos + 8)
                value_at = self.base + rel
            entries.append(Entry(name, tag, typ, n, pos, value_at, size))
        next_at = at + 2 + 12 * count
        next_offset = 0
        if next_at + 4 <= len(self.buf):
            (next_offset,) = struct.unpack_from(self.order + "I", self.buf, next_at)
        return Ifd(name, at, tuple(entries)), next_offset

    def ints(self, entry: Entry) -> list[int]:
        """An integer entry's values (at most 64), or [] if its data is outside the buffer."""
        code = {3: "H", 4: "I", 13: "I"}.get(entry.type)
        if code is None or entry.value_at + entry.value_size > len(self.buf):
            return []
        count = min(entry.count, 64)
        return list(struct.unpack_from(self.order + code * count, self.buf, entry.value_at))

    def value(self, entry: Entry) -> bytes:
        """An entry's raw value bytes ("" if outside the buffer)."""
        if entry.value_at + entry.value_size > len(self.buf):
            return b""
        return bytes(self.buf[entry.value_at : entry.value_at + entry.value_size])

    def entries(self, tag: int) -> list[Entry]:
        return [e for ifd in self.ifds for e in ifd.entries if e.tag == tag]


def remove(buf: bytearray, base: int, drop: Callable[[Entry], bool]) -> list[Entry]:
    """Remove the entries for which `drop` is true, in place; returns what was removed.

    Raises TiffError if the structure cannot be read at all.
    """
    tiff = Tiff(buf, base)
    removed: list[Entry] = []
    gps_ifds = [ifd for ifd in tiff.ifds if ifd.name == "GPS"]
    for ifd in tiff.ifds:
        if ifd.name == "GPS":
            continue
        gone = [e for e in ifd.entries if drop(e)]
        if not gone:
            continue
        kept = [e for e in ifd.entries if e not in gone]
        for entry in gone:
            _zero(buf, entry.value_at, entry.value_size, entry.position)
        # Rewrite the entry table without the removed entries, then the next-IFD offset.
        table = b"".join(bytes(buf[e.position : e.position + 12]) for e in kept)
        end = ifd.offset + 2 + 12 * len(ifd.entries)
        next_offset = bytes(buf[end : end + 4])
        new = struct.pack(tiff.order + "H", len(kept)) + table + next_offset
        buf[ifd.offset : ifd.offset + len(new)] = new
        stop = min(end + 4, len(buf))
        buf[ifd.offset + len(new) : stop] = bytes(stop - ifd.offset - len(new))
        removed.extend(gone)
    if any(e.tag == GPS_IFD for e in removed):
        for ifd in gps_ifds:  # the GPS IFD is no longer referenced: its values go too
            for entry in ifd.entries:
                _zero(buf, entry.value_at, entry.value_size, entry.position)
            size = 2 + 12 * len(ifd.entries) + 4
            buf[ifd.offset : min(ifd.offset + size, len(buf))] = bytes(min(size, len(buf) - ifd.offset))
    return removed


def _zero(buf: bytearray, at: int, size: int, entry_position: int) -> None:
    """Zero a value stored outside its entry (values inside the entry go with the entry)."""
    if size <= 4 or at == entry_position + 8 or at < 0 or at + size > len(buf):
        return
    buf[at : at + size] = bytes(size)
