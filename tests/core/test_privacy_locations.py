"""Every position in a photo is really removed from the copy that is sent, wherever it is kept.

Inputs: every shared camera photo (JPEG, PNG, WebP) in which ExifTool finds a GPS or position
tag, and files made from them with the position where other writers keep it (tests/privacy_inputs.py).
ExifTool (`exiftool -j -a -G1 -n`) must find no position in the copy; nor must photowalk's readers.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from photowalk.exif import read_camera_data
from photowalk.photo import FileKind
from photowalk.upload.privacy import find_locations, strip_metadata
from tests import privacy_inputs as inputs

INPUTS: list[tuple[str, Callable[[], bytes], FileKind, str]] = [
    (name, build, kind, suffix) for name, (build, kind, suffix) in inputs.MADE.items()
] + [
    (path, (lambda p=path: (inputs.PHOTOS / p).read_bytes()), kind, Path(path).suffix)
    for path, kind in inputs.shared_with_position()
]

# ExifTool reads no metadata from pictures after a JPEG's end; photowalk's readers do.
NOT_SEEN_BY_EXIFTOOL = frozenset({"gps-trailer"})


def image_payload(data: bytes, kind: FileKind) -> bytes:
    """The compressed pixels, which must be copied byte for byte."""
    if kind == FileKind.JPEG:
        return inputs.image_data(data)
    parts, pos = [], 8 if kind == FileKind.PNG else 12
    while pos + 8 <= len(data):
        if kind == FileKind.PNG:
            (length,) = struct.unpack(">I", data[pos : pos + 4])
            if data[pos + 4 : pos + 8] in (b"IHDR", b"PLTE", b"IDAT"):
                parts.append(data[pos : pos + 12 + length])
            pos += 12 + length
        else:
            (length,) = struct.unpack("<I", data[pos + 4 : pos + 8])
            if data[pos : pos + 4] in (b"VP8 ", b"VP8L", b"ALPH"):
                parts.append(data[pos : pos + 8 + length])
            pos += 8 + length + (length & 1)
    return b"".join(parts)


def read(data: bytes, suffix: str, kind: FileKind, tmp_path: Path, name: str) -> tuple[object, ...]:
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(data)
    camera = read_camera_data(path, kind)
    return camera.lat, camera.lon, camera.make, camera.model, camera.taken


@pytest.mark.parametrize(("name", "build", "kind", "suffix"), INPUTS, ids=[i[0] for i in INPUTS])
def test_every_position_is_removed(
    name: str, build: Callable[[], bytes], kind: FileKind, suffix: str, tmp_path: Path
) -> None:
    data = build()
    if name not in NOT_SEEN_BY_EXIFTOOL:
        assert inputs.exiftool_positions(data, suffix), "ExifTool must find a position in the input"
    assert find_locations(data), "photowalk's readers find the position too"

    new, removed = strip_metadata(data, kind=kind, remove_location=True, strip_identity=False, path=name)

    assert removed == ("location",)
    assert inputs.exiftool_positions(new, suffix) == []
    assert find_locations(new) == []
    assert image_payload(new, kind) == image_payload(data, kind)  # lossless
    with Image.open(io.BytesIO(new)) as im:
        im.load()
    lat, lon, *kept = read(new, suffix, kind, tmp_path, "copy")
    assert (lat, lon) == (None, None)
    _, _, *before = read(data, suffix, kind, tmp_path, "original")
    assert kept == before  # the camera, the date: everything but the position stays
    # The same input always gives the same copy, so a resumed upload can continue it.
    assert strip_metadata(data, kind=kind, remove_location=True, strip_identity=False, path=name) == (new, removed)


def test_inputs_cover_the_shared_photos() -> None:
    shared = inputs.shared_with_position()
    assert len(shared) >= 25 and {kind for _, kind in shared} == {FileKind.JPEG, FileKind.PNG, FileKind.WEBP}


def test_flir_thermal_data_stays_and_only_the_gps_record_goes() -> None:
    data = inputs.flir_segments()
    new, removed = strip_metadata(data, kind=FileKind.JPEG, remove_location=True, strip_identity=False, path="t")
    assert removed == ("location",) and len(new) == len(data)
    store = inputs.flir_store(new)
    assert inputs.RAW_THERMAL in store and len(store) == len(inputs.flir_store(data))
    assert inputs.flir_gps_record(53.359465, -6.258232) not in store
    changed = [i for i, (a, b) in enumerate(zip(data, new, strict=True)) if a != b]
    gps = inputs.flir_gps_record(53.359465, -6.258232)
    assert len(changed) <= 0x20 + len(gps)  # one directory entry and the record itself


def test_identity_and_location_together_on_a_file_piexif_cannot_rewrite() -> None:
    """GoPro's EXIF has vendor tag types piexif cannot write back; the in-place edit needs none."""
    data = (inputs.PHOTOS / "gps" / "GoPro.jpg").read_bytes()
    new, removed = strip_metadata(data, kind=FileKind.JPEG, remove_location=True, strip_identity=True, path="g")
    assert removed == ("identity", "location")
    assert inputs.exiftool_positions(new, ".jpg") == []
    assert len(new) == len(data) and inputs.image_data(new) == inputs.image_data(data)


def test_multi_picture_trailer_without_position_stays() -> None:
    """A phone's second picture (MPF) without a position is kept with its index when the GPS goes."""
    data = (inputs.PHOTOS / "broken" / "45-gps_ifd.jpg").read_bytes()  # MPF, and a GPS IFD pointer
    new, removed = strip_metadata(data, kind=FileKind.JPEG, remove_location=True, strip_identity=False, path="m")
    assert removed == ("location",) and len(new) == len(data)
    assert new[-20000:] == data[-20000:]


def test_text_chunk_too_large_to_read_goes(tmp_path: Path) -> None:
    """A compressed chunk that unpacks past any real metadata size cannot be checked, so it is dropped."""
    packet = inputs.xmp_packet(body=" " * (5 << 20) + inputs.GPS_ELEMENTS)  # the position after 5 MiB
    body = b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + zlib.compress(packet)
    data = inputs._png_with([inputs._png_chunk(b"iTXt", body)])
    assert inputs.exiftool_positions(data, ".png")
    new, removed = strip_metadata(data, kind=FileKind.PNG, remove_location=True, strip_identity=False, path="z")
    assert removed == ("location",) and inputs.exiftool_positions(new, ".png") == []
    camera = read_camera_data(_write(tmp_path / "z.png", data), FileKind.PNG)
    assert camera.lat is None and [n.code for n in camera.warnings] == ["xmp-damaged"]  # unknown, and said so


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
