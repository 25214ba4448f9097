"""Scanning camera folders: content sniffing, sidecars, junk, nested folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from photowalk.photo import FileKind
from photowalk.scan import NOT_A_PHOTO, SIDECAR, SYSTEM_FILE, scan, sniff, sniff_file
from tests.cards import make_card


def manifest_types(photos_dir: Path) -> dict[str, str]:
    rows = (photos_dir / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    return {dict(zip(header, r.split("\t"), strict=True)).get("path", ""): dict(zip(header, r.split("\t"), strict=True))["file_type"] for r in rows[1:]}


# exiftool's FileType -> photowalk's kind
EXIFTOOL_KIND = {
    "JPEG": FileKind.JPEG,
    "PNG": FileKind.PNG,
    "TIFF": FileKind.TIFF,
    "WEBP": FileKind.WEBP,
    "Extended WEBP": FileKind.WEBP,
    "HEIC": FileKind.HEIC,
    "CR2": FileKind.RAW,
    "CRW": FileKind.RAW,
    "NEF": FileKind.RAW,
    "DNG": FileKind.RAW,
    "MOV": FileKind.VIDEO,
    "MP4": FileKind.VIDEO,
    "AVI": FileKind.VIDEO,
    "TXT": FileKind.NOT_IMAGE,
    "": FileKind.NOT_IMAGE,
}


def test_every_manifest_file_sniffed_as_exiftool_says(photos_dir: Path) -> None:
    checked = 0
    for rel, ftype in manifest_types(photos_dir).items():
        if ftype in ("XMP", "THM") or rel.lower().endswith((".thm", ".xmp")):
            continue
        assert ftype in EXIFTOOL_KIND, f"unmapped exiftool type {ftype!r} for {rel}"
        assert sniff_file(photos_dir / rel) is EXIFTOOL_KIND[ftype], rel
        checked += 1
    assert checked > 80


def test_content_wins_over_extension(tmp_path: Path, photos_dir: Path) -> None:
    heic_as_jpg = tmp_path / "IMG_0001.jpg"
    shutil.copy(photos_dir / "other-formats" / "IMG_8565.HEIC", heic_as_jpg)
    jpeg_as_png = tmp_path / "photo.png"
    shutil.copy(photos_dir / "cameras" / "Canon_EOS_D60.jpg", jpeg_as_png)
    dng_as_tif = tmp_path / "scan.tif"
    shutil.copy(photos_dir / "other-formats" / "DNG.dng", dng_as_tif)
    assert sniff_file(heic_as_jpg) is FileKind.HEIC
    assert sniff_file(jpeg_as_png) is FileKind.JPEG
    assert sniff_file(dng_as_tif) is FileKind.RAW
    assert sniff_file(photos_dir / "other-formats" / "tif-with-iptc-icc-xmp.tif") is FileKind.TIFF


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"", FileKind.NOT_IMAGE),
        (b"hello world", FileKind.NOT_IMAGE),
        (b"GIF89a....", FileKind.GIF),
        (b"RIFF\x00\x00\x00\x00AVI LIST", FileKind.VIDEO),
        (b"\x1a\x45\xdf\xa3rest", FileKind.VIDEO),
        (b"\x00\x00\x00\x18ftypmif1", FileKind.HEIC),
        (b"\x00\x00\x00\x18ftypcrx ", FileKind.RAW),
        (b"FUJIFILMCCD-RAW 0201", FileKind.RAW),
        (b"IIRO\x08\x00\x00\x00", FileKind.RAW),
    ],
)
def test_sniff_signatures(head: bytes, kind: FileKind) -> None:
    assert sniff(head) is kind


def test_scan_card_finds_media_and_skips_the_rest(tmp_path: Path, photos_dir: Path) -> None:
    card = make_card(tmp_path, photos_dir)
    result = scan([card])
    found = {e.path.relative_to(card).as_posix(): e.kind for e in result.entries}
    assert found == {
        "DCIM/100CANON/IMG_0308.JPG": FileKind.JPEG,
        "DCIM/101CANON/deep/DSCN0010.jpg": FileKind.JPEG,
        "DCIM/100CANON/CRW_0313.CRW": FileKind.RAW,
        "DCIM/100CANON/IMG_5910.jpg": FileKind.JPEG,
        "DCIM/100CANON/P1000244.MOV": FileKind.VIDEO,
    }
    skipped = {p.name: why for p, why in result.skipped}
    assert skipped["CRW_0313.THM"] == SIDECAR and SIDECAR.message == "sidecar file"
    assert skipped["IMG_5910.xmp"] == SIDECAR
    assert skipped["Thumbs.db"] == SYSTEM_FILE
    assert skipped[".DS_Store"] == SYSTEM_FILE
    assert skipped["._IMG_0308.JPG"] == SYSTEM_FILE
    assert skipped["AUTPRINT.MRK"] == NOT_A_PHOTO
    assert result.unreadable == []


def test_unreadable_folder_is_reported_and_the_rest_goes_on(
    tmp_path: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = make_card(tmp_path, photos_dir)
    locked = card / "DCIM" / "101CANON"
    real_scandir = os.scandir

    # Permission bits do not bind root (CI runs as root), so the OS refusal is simulated at
    # the system call the scanner makes.
    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = scan([card])
    assert [(p, why.code, why.message) for p, why in result.unreadable] == [
        (locked, "permission-denied", "permission denied")]
    assert any(e.path.name == "IMG_0308.JPG" for e in result.entries)


def test_scan_cancel_stops(tmp_path: Path, photos_dir: Path) -> None:
    card = make_card(tmp_path, photos_dir)
    assert scan([card], cancel=lambda: True).entries == []
