"""Phone photos in HEIC as JPEG: real iPhone files converted with their metadata, at import when the project asks."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from photowalk.exif import read_camera_data
from photowalk.heic import ConvertOntoSourceError, HeicConversionError, convert_to_jpeg, heic_target, heif_available, with_xmp
from photowalk.importer import import_paths
from photowalk.photo import FileKind
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings, update_settings
from photowalk.thumbnails import ThumbnailCache
from tests.describing import PHOTOS

IPHONE_7 = PHOTOS / "other-formats" / "IMG_2682.heic"  # GPS, heading, upright
IPHONE_13 = PHOTOS / "other-formats" / "IMG_8565.HEIC"  # Orientation 6, XMP, no GPS


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_decoder_is_installed() -> None:
    assert heif_available()


def test_an_iphone_photo_keeps_its_date_place_camera_and_colour(tmp_path: Path) -> None:
    before = sha(IPHONE_7)
    jpeg = convert_to_jpeg(IPHONE_7, tmp_path / "out")
    assert jpeg == tmp_path / "out" / "IMG_2682.jpg" and sha(IPHONE_7) == before
    data = read_camera_data(jpeg, FileKind.JPEG)
    assert (data.make, data.model) == ("Apple", "iPhone 7")
    assert data.taken is not None and data.taken.startswith("2019-03-21T11:04:22")
    assert data.lat == pytest.approx(41.2203, abs=1e-4) and data.lon == pytest.approx(-96.071625, abs=1e-4)
    assert data.heading == pytest.approx(320.6002805, abs=1e-3) and data.alt == pytest.approx(351.27, abs=0.1)
    with Image.open(jpeg) as im:
        assert im.format == "JPEG" and im.size == (4032, 3024)
        assert b"Display P3" in (im.info.get("icc_profile") or b"")
    assert jpeg.stat().st_mtime_ns == IPHONE_7.stat().st_mtime_ns


def test_a_turned_photo_is_written_upright(tmp_path: Path) -> None:
    jpeg = convert_to_jpeg(IPHONE_13, tmp_path)
    data = read_camera_data(jpeg, FileKind.JPEG)
    assert (data.make, data.model, data.orientation) == ("Apple", "iPhone 13 Pro", 1)
    assert data.taken is not None and data.taken.startswith("2021-09-27T07:13:05")
    assert (data.width, data.height) == (3024, 4032)  # portrait, as the phone showed it
    with Image.open(jpeg) as im:
        assert im.size == (3024, 4032)
        # Its XMP belongs to the HDR gain map (an auxiliary image), not the photo: the JPEG has none.
        assert "xmp" not in im.info


def test_an_xmp_packet_goes_after_the_exif(tmp_path: Path) -> None:
    jpeg = convert_to_jpeg(IPHONE_7, tmp_path)
    packet = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
              '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Боғи Рӯдакӣ</dc:creator>'
              '</rdf:Description></rdf:RDF></x:xmpmeta>').encode()
    out = tmp_path / "with-xmp.jpg"
    out.write_bytes(with_xmp(jpeg.read_bytes(), packet))
    with Image.open(out) as im:
        assert im.info["xmp"] == packet and im.getexif()[0x010F] == "Apple"
        im.load()  # the picture after it is whole
    assert read_camera_data(out, FileKind.JPEG).lat == pytest.approx(41.2203, abs=1e-4)
    assert with_xmp(jpeg.read_bytes(), b"x" * 70_000) == jpeg.read_bytes()  # too large for one segment: left out


def test_a_second_conversion_reuses_the_first_and_a_damaged_file_says_why(tmp_path: Path) -> None:
    first = convert_to_jpeg(IPHONE_7, tmp_path)
    made = first.stat().st_mtime_ns, sha(first)
    assert convert_to_jpeg(IPHONE_7, tmp_path) == first and (first.stat().st_mtime_ns, sha(first)) == made
    # Another phone's photo of the same name gets a name of its own; the first JPEG stays as it was.
    other = tmp_path / "other phone" / IPHONE_7.name
    other.parent.mkdir()
    shutil.copyfile(IPHONE_13, other)
    second = convert_to_jpeg(other, tmp_path)
    assert second == tmp_path / "IMG_2682-2.jpg" and (first.stat().st_mtime_ns, sha(first)) == made
    assert read_camera_data(second, FileKind.JPEG).model == "iPhone 13 Pro"
    broken = tmp_path / "cut.heic"
    broken.write_bytes(IPHONE_7.read_bytes()[:4000])
    with pytest.raises(HeicConversionError) as e:
        convert_to_jpeg(broken, tmp_path / "out")
    assert "cut.heic" in e.value.message and "Export it as JPEG on the phone" in e.value.message
    assert not (tmp_path / "out" / "cut.jpg").exists()


def test_import_converts_when_the_project_asks_and_leaves_the_card_alone(tmp_path: Path) -> None:
    card = tmp_path / "card" / "DCIM"
    card.mkdir(parents=True)
    for f in (IPHONE_7, IPHONE_13):
        shutil.copy2(f, card / f.name)
    on_card = {f.name: sha(f) for f in card.iterdir()}
    (tmp_path / "projects").mkdir()
    store = ProjectStore.open(tmp_path / "projects" / "walk.photowalk", create=True)
    thumbs = ThumbnailCache(tmp_path / "thumbs")
    assert heic_target(store) is None
    update_settings(store, convert_heic=True)
    assert read_settings(store).convert_heic and heic_target(store) == tmp_path / "projects" / "JPEG"
    report = import_paths([card], store, thumbnails=thumbs)
    photos = {p.file_name: p for p in store.photos()}
    assert set(photos) == {"IMG_2682.jpg", "IMG_8565.jpg"} and len(report.added) == 2 and not report.failed
    for p in photos.values():
        assert p.kind is FileKind.JPEG and p.error is None and store.resolve(p.path).parent == tmp_path / "projects" / "JPEG"
    assert photos["IMG_2682.jpg"].camera.lat == pytest.approx(41.2203, abs=1e-4)
    assert {f.name: sha(f) for f in card.iterdir()} == on_card  # nothing written onto the card
    # Importing the card again finds the photos it has.
    again = import_paths([card], store, thumbnails=thumbs)
    assert not again.added and len(store.photos()) == 2
    # A folder for the copies inside the card is refused before anything is read.
    update_settings(store, converted_folder=str(card / "converted"))
    with pytest.raises(ConvertOntoSourceError):
        import_paths([card], store, thumbnails=thumbs)
    assert not (card / "converted").exists()
    # A folder anywhere on the card the photos come from is refused too (a card: safe mode's removable drive).
    update_settings(store, converted_folder=str(tmp_path / "card" / "converted"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PHOTOWALK_SAFE_MODE", "1")
        with pytest.raises(ConvertOntoSourceError):
            import_paths([card], store, thumbnails=thumbs)
        mp.setenv("PHOTOWALK_SAFE_MODE", "0")  # the same folder on a local disk is the volunteer's choice
        import_paths([card], store, thumbnails=thumbs)
    assert sorted(os.listdir(tmp_path / "card" / "converted")) == ["IMG_2682.jpg", "IMG_8565.jpg"]
    # Without the setting, HEIC files are imported as they are, and stopped with their reason.
    update_settings(store, convert_heic=False, converted_folder=None)
    assert heic_target(store) is None
    import_paths([card], store, thumbnails=thumbs)
    heic = [p for p in store.photos() if p.kind is FileKind.HEIC]
    assert len(heic) == 2 and all(p.error is not None and p.error.code == "heic" for p in heic)
    store.close()


def test_the_command_line_turns_conversion_on_with_a_folder(tmp_path: Path) -> None:
    from photowalk.cli.main import main

    card = tmp_path / "card"
    card.mkdir()
    shutil.copy2(IPHONE_7, card / IPHONE_7.name)
    project = tmp_path / "walk.photowalk"
    out = tmp_path / "jpeg copies"
    assert main(["import", str(card), "--project", str(project), "--heic-to-jpeg", str(out), "--workers", "1"]) == 0
    assert (out / "IMG_2682.jpg").is_file()
    with ProjectStore.open(project) as store:
        assert read_settings(store).converted_folder == str(out.resolve())
        assert [p.kind for p in store.photos()] == [FileKind.JPEG]
    assert main(["import", str(card), "--project", str(project), "--keep-heic", "--workers", "1"]) == 0
    with ProjectStore.open(project) as store:
        assert not read_settings(store).convert_heic and read_settings(store).converted_folder is None
        assert sorted(p.kind for p in store.photos()) == [FileKind.HEIC, FileKind.JPEG]
