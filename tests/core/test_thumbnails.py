"""Thumbnails: size, orientation, cache, damaged files."""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import pytest
from PIL import Image, ImageChops, ImageStat

from photowalk.errors import ImageError
from photowalk.hashing import sha1_file
from photowalk.thumbnails import THUMB_SIZE, ThumbnailCache, render_thumbnail


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute pixel difference, 0-255."""
    return sum(ImageStat.Stat(ImageChops.difference(a, b.resize(a.size))).mean) / 3


def test_every_orientation_gives_the_same_upright_picture(photos_dir: Path) -> None:
    upright = render_thumbnail(photos_dir / "orientation" / "Landscape_1.jpg")
    assert max(upright.size) == THUMB_SIZE and upright.width > upright.height
    for n in range(2, 9):
        thumb = render_thumbnail(photos_dir / "orientation" / f"Landscape_{n}.jpg")
        assert thumb.size == upright.size, n
        assert difference(upright, thumb) < 8, f"Landscape_{n} is not shown upright"
    # Sanity: the comparison does tell a flipped picture apart.
    assert difference(upright, upright.transpose(Image.Transpose.FLIP_LEFT_RIGHT)) > 15


def test_camera_file_with_orientation_6_is_portrait(photos_dir: Path) -> None:
    with Image.open(photos_dir / "orientation" / "IMG_1038.JPG") as im:
        stored_w, stored_h = im.size
        assert im.getexif().get(0x0112) in (6, 8)
    thumb = render_thumbnail(photos_dir / "orientation" / "IMG_1038.JPG")
    assert (thumb.width > thumb.height) == (stored_w < stored_h)


@pytest.mark.parametrize(
    "rel",
    ["other-formats/png_with_exif_and_gps.png", "other-formats/denali.webp", "other-formats/tif-with-iptc-icc-xmp.tif"],
)
def test_other_accepted_formats_thumbnail(photos_dir: Path, rel: str) -> None:
    thumb = render_thumbnail(photos_dir / rel)
    assert thumb.mode == "RGB" and max(thumb.size) <= THUMB_SIZE


@pytest.mark.parametrize(
    ("rel", "reason"),
    [
        ("broken/2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg", "incomplete|damaged|cannot be opened"),
        ("broken/not-an-image.jpg", "cannot be opened"),
        ("broken/notjpeg.jpg", "cannot be opened"),
    ],
)
def test_damaged_files_give_a_reason(photos_dir: Path, rel: str, reason: str) -> None:
    with pytest.raises(ImageError, match=reason) as err:
        render_thumbnail(photos_dir / rel)
    assert rel.split("/")[-1] in err.value.message


def test_truncated_jpeg_is_reported_incomplete(tmp_path: Path, photos_dir: Path) -> None:
    data = (photos_dir / "cameras" / "IMG_0308.JPG").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageError, match="incomplete"):
        render_thumbnail(cut)


def test_cache_is_keyed_by_content(tmp_path: Path, photos_dir: Path) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    src = photos_dir / "cameras" / "DSCN0138.JPG"
    sha1 = sha1_file(src)
    assert cache.get(sha1) is None
    made = cache.ensure(src, sha1)
    assert made == cache.path_for(sha1) and made.exists()
    mtime = made.stat().st_mtime_ns
    assert cache.ensure(src, sha1) == made and made.stat().st_mtime_ns == mtime  # not made again
    with Image.open(made) as im:
        assert max(im.size) == THUMB_SIZE
    assert not list((tmp_path / "thumbs").rglob("*.tmp"))


def test_prune_keeps_the_cache_under_its_size(tmp_path: Path, photos_dir: Path) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    for p in sorted((photos_dir / "cameras").glob("*.*"))[:6]:
        cache.ensure(p, sha1_file(p))
    total = cache.size_bytes()
    removed = cache.prune(total // 2)
    assert removed >= 1 and cache.size_bytes() <= total // 2


@pytest.mark.parametrize("key", ["..\\..\\..\\Windows\\evil", "../../../etc/evil", "C:\\evil", "\\\\server\\share\\evil",
                                 "CON", "nul.txt", "ab", "", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709", "a" * 300])
def test_a_hash_that_is_not_one_never_names_a_file_outside_the_cache(tmp_path: Path, key: str) -> None:
    """A damaged or hostile project's hash, on Windows or here: the cache's files stay inside it."""
    cache = ThumbnailCache(tmp_path / "thumbs")
    for path in (cache.path_for(key), cache.preview_path_for(key)):
        inside = path.relative_to(cache.root)
        assert len(inside.parts) == 2 and re.fullmatch(r"[0-9a-f]{40}(\.preview)?\.jpg", inside.name)
        assert PureWindowsPath(str(path)).parent.parent == PureWindowsPath(str(cache.root))
        assert not PureWindowsPath(inside.name).is_reserved()
    cache.store_preview(key, b"\xff\xd8preview")
    assert cache.get_preview(key) == b"\xff\xd8preview"
    assert {p.parent.parent for p in (tmp_path / "thumbs").rglob("*.jpg")} == {cache.root}
    real = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
    assert cache.path_for(real) == cache.root / "da" / f"{real}.jpg"  # a real hash names its own file
