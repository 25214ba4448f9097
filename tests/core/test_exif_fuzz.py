"""Damaged camera files: reading metadata never crashes, never hangs, never invents values.

Real files from ../shared/photos are mutated where their metadata lives (the first 64 KiB):
bits flipped, bytes overwritten, inserted or deleted, the file cut short.
"""

from __future__ import annotations

import math
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from photowalk import exif, geo
from photowalk.exif import embedded_preview, read_camera_data
from photowalk.photo import CameraData, FileKind

PHOTOS = Path(__file__).resolve().parents[3] / "shared" / "photos"

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL.TiffImagePlugin")

SEED_FILES = [
    ("cameras/IMG_8568.JPG", FileKind.JPEG),  # iPhone: MPO, offset time, sub-seconds
    ("cameras/Canon_EOS_REBEL_T3i.jpg", FileKind.JPEG),
    ("cameras/HTC_One.jpg", FileKind.JPEG),  # NUL-padded strings
    ("gps/GoPro.jpg", FileKind.JPEG),  # below sea level, 10^7 denominators
    ("gps/has-lens-info.jpg", FileKind.JPEG),  # orientation 6, image direction
    ("gps/Kodak_CX7530.jpg", FileKind.JPEG),  # southern hemisphere, date without NUL
    ("gps/Sony_DSC-HX5V_2.jpg", FileKind.JPEG),
    ("gps/Samsung_GT-I9000_Galaxy_S.jpg", FileKind.JPEG),  # null island
    ("other-formats/IMG_2682.heic", FileKind.HEIC),
    ("other-formats/png_with_exif_and_gps.png", FileKind.PNG),
    ("other-formats/denali.webp", FileKind.WEBP),
    ("other-formats/tif-with-iptc-icc-xmp.tif", FileKind.TIFF),
    ("other-formats/CanonRaw.cr2", FileKind.RAW),
]
KEEP = 256 * 1024  # the metadata is near the start; the rest only slows the test down
LIMIT = 64 * 1024  # mutations land in the first 64 KiB, where the EXIF block is


def _seeds() -> list[tuple[str, bytes, FileKind]]:
    seeds = []
    for name, kind in SEED_FILES:
        path = PHOTOS / name
        assert path.is_file(), f"real test photo missing: {path}"
        seeds.append((name, path.read_bytes()[:KEEP], kind))
    return seeds


SEEDS = _seeds()

_position = st.one_of(st.integers(0, 4095), st.integers(0, LIMIT - 1))  # mostly IFD0 and its entries
# Values that break parsers: zero and all-ones counts and offsets, JPEG markers, a second header.
_nasty = st.sampled_from(
    [b"\x00", b"\xff", b"\x00\x00", b"\xff\xff", b"\x00\x00\x00\x00", b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff",
     b"\x00\x00\x00\x08", b"\xff\xd8", b"\xff\xd9", b"\xff\xda", b"Exif\x00\x00"]
)
_mutation = st.one_of(
    st.tuples(st.just("flip"), _position, st.integers(0, 7)),
    st.tuples(st.just("set"), _position, st.one_of(_nasty, st.binary(min_size=1, max_size=8))),
    st.tuples(st.just("insert"), _position, st.one_of(_nasty, st.binary(min_size=1, max_size=16))),
    st.tuples(st.just("delete"), _position, st.integers(1, 64)),
    st.tuples(st.just("truncate"), _position),
)


def _mutate(data: bytes, mutations: list[tuple]) -> bytes:
    buf = bytearray(data)
    for op, pos, *arg in mutations:
        pos = min(pos, len(buf))
        if op == "flip" and pos < len(buf):
            buf[pos] ^= 1 << arg[0]
        elif op == "set":
            buf[pos : pos + len(arg[0])] = arg[0]
        elif op == "insert":
            buf[pos:pos] = arg[0]
        elif op == "delete":
            del buf[pos : pos + arg[0]]
        elif op == "truncate":
            del buf[pos:]
    return bytes(buf)


_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?")


def _check(data: CameraData) -> None:
    """Whatever the damage, what comes back is possible: no made-up or impossible value."""
    assert isinstance(data, CameraData)
    assert data.taken is None or _ISO.fullmatch(data.taken), data.taken
    assert data.orientation is None or 1 <= data.orientation <= 8
    for size in (data.width, data.height):
        assert size is None or (isinstance(size, int) and size > 0)
    assert (data.lat is None) == (data.lon is None)
    if data.lat is not None and data.lon is not None:
        assert geo.lat_in_range(data.lat) and geo.lon_in_range(data.lon)
        assert not geo.is_null_island(data.lat, data.lon)
    assert data.alt is None or geo.altitude_in_range(data.alt)
    assert data.heading is None or (math.isfinite(data.heading) and 0 <= data.heading <= 360)
    for text in (data.make, data.model, data.description, data.artist):
        if text is not None:
            assert text == text.strip() and text
            assert not any(ord(c) < 32 and c not in "\t\n\r" for c in text)
    for note in data.warnings:
        assert note.code and note.message


def _read_all_ways(path: Path, kind: FileKind) -> None:
    start = time.perf_counter()
    _check(read_camera_data(path, kind))
    if kind is not FileKind.JPEG:
        _check(read_camera_data(path, FileKind.JPEG))  # a caller that guessed the kind wrong
    preview = embedded_preview(path)
    assert preview is None or preview.startswith(b"\xff\xd8")
    assert time.perf_counter() - start < 1.0, "pathologically slow"


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(SEEDS), mutations=st.lists(_mutation, min_size=1, max_size=6))
def test_mutated_real_files(fuzz_dir: Path, seed: tuple[str, bytes, FileKind], mutations: list[tuple]) -> None:
    name, data, kind = seed
    path = fuzz_dir / ("mutated" + Path(name).suffix)
    path.write_bytes(_mutate(data, mutations))
    # A readable file never raises, not even FileReadError: damage is only ever a warning.
    _read_all_ways(path, kind)


@pytest.mark.parametrize(
    ("name", "kind", "marker"),
    [
        ("gps/Kodak_CX7530.jpg", FileKind.JPEG, b"Exif\x00\x00"),
        ("other-formats/png_with_exif_and_gps.png", FileKind.PNG, b"eXIf"),  # after the image data
    ],
)
def test_every_byte_of_the_exif_block_damaged(fuzz_dir: Path, name: str, kind: FileKind, marker: bytes) -> None:
    """Each byte of the metadata, one at a time, set to 0x00 and 0xFF; and the file cut there."""
    original = (PHOTOS / name).read_bytes()
    path = fuzz_dir / ("sweep" + Path(name).suffix)
    start = original.index(marker) - 4
    # The TIFF header, IFD0, and the Exif and GPS IFDs of these small files.
    for pos in range(start, min(len(original), start + 1000)):
        for replacement in (b"\x00", b"\xff"):
            path.write_bytes(original[:pos] + replacement + original[pos + 1 :])
            _read_all_ways(path, kind)
        path.write_bytes(original[:pos])
        _read_all_ways(path, kind)


def test_looping_and_huge_ifds_finish_quickly() -> None:
    for name in ("infinite_loop_exif.jpg", "huge_tag_exif.jpg", "30-type_error.jpg"):
        start = time.perf_counter()
        data = read_camera_data(PHOTOS / "broken" / name, FileKind.JPEG)
        assert time.perf_counter() - start < 0.5
        _check(data)


def test_notes_use_known_codes(fuzz_dir: Path) -> None:
    """A sample of damaged files only ever produces the documented warning codes."""
    known = {value for key, value in vars(exif).items() if key.isupper() and isinstance(value, str)
             and not key.startswith("MSG_")}
    original = (PHOTOS / "gps" / "GoPro.jpg").read_bytes()
    path = fuzz_dir / "codes.jpg"
    for pos in range(20, 900, 7):
        path.write_bytes(original[:pos] + b"\xff\xff\xff\xff" + original[pos + 4 :])
        for note in read_camera_data(path, FileKind.JPEG).warnings:
            assert note.code in known
