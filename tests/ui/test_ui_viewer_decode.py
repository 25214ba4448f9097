"""The viewer's decoders: Qt's JPEG decode agrees with Pillow's on size and orientation; what Qt cannot
read goes to Pillow, which names the damage."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from photowalk.errors import FileReadError, ImageError
from photowalk.ui.viewer import decode_jpeg_qt, decode_picture, decode_picture_pillow

# One colour per quarter, so every turn and mirror of the picture is told apart.
QUARTERS = ((255, 0, 0), (0, 200, 0), (0, 0, 255), (255, 255, 255))  # top-left, top-right, bottom-left, bottom-right


def _quartered(path: Path, w: int = 640, h: int = 400) -> Path:
    im = Image.new("RGB", (w, h))
    for i, colour in enumerate(QUARTERS):
        x, y = (i % 2) * w // 2, (i // 2) * h // 2
        im.paste(colour, (x, y, x + w // 2, y + h // 2))
    im.save(path, "JPEG", quality=95)
    return path


def _corners(image: QImage) -> list[tuple[int, int, int]]:
    w, h = image.width(), image.height()
    out = []
    for x, y in ((w // 8, h // 8), (w - w // 8, h // 8), (w // 8, h - h // 8), (w - w // 8, h - h // 8)):
        c = image.pixelColor(x, y)
        out.append((round(c.red() / 50), round(c.green() / 50), round(c.blue() / 50)))
    return out


@pytest.mark.parametrize("orientation", range(1, 9))
def test_qt_and_pillow_turn_a_photo_the_same_way(qapp: object, tmp_path: Path, orientation: int) -> None:
    path = _quartered(tmp_path / "q.jpg")
    qt = decode_jpeg_qt(path, 320, orientation)
    pil = decode_picture_pillow(path, 320, orientation)
    assert qt is not None
    assert (qt.width(), qt.height()) == (pil.width(), pil.height())
    assert max(qt.width(), qt.height()) == 320
    assert _corners(qt) == _corners(pil)
    assert qt.format() == QImage.Format.Format_RGB32


def _manifest_orientation(photos_dir: Path, name: str) -> int:
    for line in (photos_dir / "MANIFEST.tsv").read_text().splitlines()[1:]:
        cols = line.split("\t")
        if cols[0] == name:
            return int(cols[10])
    raise LookupError(name)


def _difference(a: QImage, b: QImage) -> float:
    """Mean difference per channel (0-255) of two pictures of one size, sampled on a grid."""
    assert (a.width(), a.height()) == (b.width(), b.height())
    total, n = 0, 0
    for y in range(0, a.height(), 7):
        for x in range(0, a.width(), 7):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue())
            n += 3
    return total / n


@pytest.mark.parametrize("n", range(2, 9))
def test_real_photos_in_every_orientation_come_out_upright(qapp: object, photos_dir: Path, n: int) -> None:
    """Landscape_1..8 hold one scene stored in the eight EXIF orientations: turned upright, they match."""
    upright = decode_jpeg_qt(photos_dir / "orientation/Landscape_1.jpg", 300, 1)
    name = f"orientation/Landscape_{n}.jpg"
    turned = decode_jpeg_qt(photos_dir / name, 300, _manifest_orientation(photos_dir, name))
    assert upright is not None and turned is not None
    assert _difference(turned, upright) < 6
    assert _difference(turned, decode_picture_pillow(photos_dir / name, 300, n)) < 6


def test_a_cut_short_jpeg_goes_to_pillow_which_names_the_damage(qapp: object, tmp_path: Path) -> None:
    whole = _quartered(tmp_path / "whole.jpg", 2000, 1500).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 3])
    assert decode_jpeg_qt(cut, 800, 1) is None
    with pytest.raises(ImageError) as info:
        decode_picture(cut, 800, 1)
    assert "cut.jpg" in str(info.value.params.get("path"))


def test_a_text_file_named_jpg_is_not_a_picture(qapp: object, tmp_path: Path) -> None:
    fake = tmp_path / "notes.jpg"
    fake.write_text("shopping list\n" * 50)
    assert decode_jpeg_qt(fake, 800, 1) is None
    with pytest.raises(ImageError):
        decode_picture(fake, 800, 1)


def test_a_png_is_decoded_by_pillow(qapp: object, tmp_path: Path) -> None:
    png = tmp_path / "p.png"
    Image.new("RGB", (300, 200), (10, 20, 30)).save(png)
    assert decode_jpeg_qt(png, 800, 1) is None
    image = decode_picture(png, 800, 1)
    assert (image.width(), image.height()) == (300, 200)


def test_a_missing_file_is_named(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(FileReadError):
        decode_picture(tmp_path / "gone.jpg", 800, 1)
