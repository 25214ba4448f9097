"""The record store (FFF) that FLIR thermal cameras put in their APP1 "FLIR" segments.

A directory of 32-byte entries lists typed records (raw thermal data, camera info, ...); record
type 0x2B holds a GPS fix, a second copy of the position next to the EXIF one.
"""

from __future__ import annotations

import struct

GPS_RECORD = 0x2B
_ENTRY_SIZE = 0x20
_MAX_ENTRIES = 4096


def _layout(fff: bytes | bytearray) -> tuple[str, int, int] | None:
    """Byte order, directory offset and entry count, or None if this is not an FFF store."""
    if len(fff) < 0x40 or fff[:4] not in (b"FFF\x00", b"AFF\x00"):
        return None
    for order in (">", "<"):
        (version,) = struct.unpack_from(order + "I", fff, 0x14)
        if 100 <= version < 200:  # as ExifTool tells the byte order
            offset, count = struct.unpack_from(order + "II", fff, 0x18)
            return order, offset, min(count, _MAX_ENTRIES)
    return None


def gps_entries(fff: bytes | bytearray) -> list[int]:
    """Where each GPS record's directory entry is; [] when there is none or no store at all."""
    layout = _layout(fff)
    if layout is None:
        return []
    order, offset, count = layout
    found = []
    for i in range(count):
        at = offset + i * _ENTRY_SIZE
        if at + _ENTRY_SIZE > len(fff):
            break
        (kind,) = struct.unpack_from(order + "H", fff, at)
        if kind == GPS_RECORD:
            found.append(at)
    return found


def remove_gps(fff: bytearray) -> bool:
    """Empty every GPS record in place (entry type 0, data zeroed); True if there was one."""
    layout = _layout(fff)
    entries = gps_entries(fff)
    if layout is None or not entries:
        return False
    order = layout[0]
    for at in entries:
        record, length = struct.unpack_from(order + "II", fff, at + 0x0C)
        end = min(record + length, len(fff))
        if record < end:
            fff[record:end] = bytes(end - record)
        fff[at : at + _ENTRY_SIZE] = bytes(_ENTRY_SIZE)  # type 0: an empty entry, skipped by readers
    return True
