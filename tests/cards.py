"""Camera cards for tests, built from the real files in ../shared/photos."""

from __future__ import annotations

import shutil
from pathlib import Path


def make_card(root: Path, photos_dir: Path) -> Path:
    """A camera card as a volunteer brings it: DCIM folders, sidecars, junk, hidden files."""
    card = root / "card"
    (card / "DCIM" / "100CANON").mkdir(parents=True)
    (card / "DCIM" / "101CANON" / "deep").mkdir(parents=True)
    (card / ".Trashes").mkdir()
    (card / "MISC").mkdir()
    shutil.copy(photos_dir / "cameras" / "IMG_0308.JPG", card / "DCIM" / "100CANON")
    shutil.copy(photos_dir / "gps" / "DSCN0010.jpg", card / "DCIM" / "101CANON" / "deep")
    for name in ("CRW_0313.CRW", "CRW_0313.THM", "IMG_5910.jpg", "IMG_5910.xmp", "P1000244.MOV"):
        shutil.copy(photos_dir / "sidecars" / name, card / "DCIM" / "100CANON")
    shutil.copy(photos_dir / "cameras" / "IMG_8568.JPG", card / ".Trashes")
    (card / "DCIM" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (card / "DCIM" / "100CANON" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    (card / "DCIM" / "100CANON" / "._IMG_0308.JPG").write_bytes(b"\x00\x05\x16\x07")
    (card / "MISC" / "AUTPRINT.MRK").write_text("[HDR]\n")
    return card


def make_copies(folder: Path, source: Path, count: int) -> list[Path]:
    """`count` distinct files made from one real photo (unique bytes after the end of the JPEG)."""
    folder.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes()
    out = []
    for i in range(count):
        p = folder / f"IMG_{i:04d}.JPG"
        p.write_bytes(data + f"copy {i}".encode())
        out.append(p)
    return out
