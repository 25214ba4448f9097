"""Photoshop image resources (IRB) and the IPTC IIM records inside them.

A JPEG's APP13 segment, a TIFF's tag 34377 and ImageMagick's "8bim" PNG profile hold image
resources; resource 0x0404 is IPTC, and some writers also copy EXIF (0x0422) or XMP (0x0424)
there. Every length is checked against the data; damaged data simply yields fewer records.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

IPTC_RESOURCE = 0x0404
EXIF_RESOURCES = (0x0422, 0x0423)  # EXIF data 1 and 3
XMP_RESOURCE = 0x0424

DATE_CREATED = (2, 55)
TIME_CREATED = (2, 60)
BY_LINE = (2, 80)
CAPTION = (2, 120)
_CODED_CHARACTER_SET = (1, 90)
_UTF8 = b"\x1b%G"

_MAX_RESOURCES = 10_000
_MAX_DATASETS = 100_000


@dataclass(frozen=True)
class Resource:
    """One image resource: its ID, its whole extent and its data within the IRB bytes."""

    id: int
    start: int
    end: int
    data: bytes


def resources(irb: bytes) -> list[Resource]:
    """The image resources of an IRB block, in order; stops at the first damaged one."""
    found: list[Resource] = []
    pos = 0
    while pos + 12 <= len(irb) and len(found) < _MAX_RESOURCES:
        if irb[pos : pos + 4] not in (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa"):
            break
        (res_id,) = struct.unpack_from(">H", irb, pos + 4)
        name_len = irb[pos + 6]
        name_size = (name_len + 2) & ~1  # a Pascal string padded to an even length
        size_at = pos + 6 + name_size
        if size_at + 4 > len(irb):
            break
        (size,) = struct.unpack_from(">I", irb, size_at)
        data_at = size_at + 4
        end = data_at + size + (size & 1)
        if data_at + size > len(irb):
            break
        found.append(Resource(res_id, pos, min(end, len(irb)), irb[data_at : data_at + size]))
        pos = end
    return found


def records(iim: bytes) -> dict[tuple[int, int], list[bytes]]:
    """IPTC IIM datasets: (record, dataset) -> values, in file order."""
    found: dict[tuple[int, int], list[bytes]] = {}
    pos = 0
    for _ in range(_MAX_DATASETS):
        if pos + 5 > len(iim) or iim[pos] != 0x1C:
            break
        record, dataset = iim[pos + 1], iim[pos + 2]
        (size,) = struct.unpack_from(">H", iim, pos + 3)
        pos += 5
        if size & 0x8000:  # extended dataset: the next (size & 0x7fff) bytes hold the length
            count = size & 0x7FFF
            if count > 4 or pos + count > len(iim):
                break
            size = int.from_bytes(iim[pos : pos + count], "big")
            pos += count
        if pos + size > len(iim):
            break
        found.setdefault((record, dataset), []).append(iim[pos : pos + size])
        pos += size
    return found


def text(datasets: dict[tuple[int, int], list[bytes]], key: tuple[int, int]) -> str | None:
    """One dataset's first value as text (UTF-8 when declared or valid, else Latin-1)."""
    values = datasets.get(key)
    if not values:
        return None
    raw = values[0].split(b"\x00", 1)[0]
    utf8 = datasets.get(_CODED_CHARACTER_SET, [b""])[0] == _UTF8
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None if utf8 else raw.decode("latin-1")


def date_time(datasets: dict[tuple[int, int], list[bytes]]) -> str | None:
    """DateCreated with TimeCreated as "YYYY:MM:DD HH:MM:SS[+HH:MM]", or None without both."""
    date, time = text(datasets, DATE_CREATED), text(datasets, TIME_CREATED)
    if not date or not time:
        return None  # as ExifTool: a date alone is not a time of taking
    date, time = date.strip(), time.strip()
    if len(date) != 8 or not date.isdigit() or len(time) < 6 or not time[:6].isdigit():
        return date + " " + time  # left for the date parser to refuse
    zone = time[6:]
    if len(zone) == 5 and zone[0] in "+-" and zone[1:].isdigit():
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"{date[:4]}:{date[4:6]}:{date[6:]} {time[:2]}:{time[2:4]}:{time[4:6]}{zone}"
