"""Removing the location (and optionally serials and owner names) losslessly before upload."""

from __future__ import annotations

import hashlib
from pathlib import Path

import piexif
import pytest
from PIL import Image

from photowalk import edits
from photowalk.photo import FileKind
from photowalk.upload import state
from photowalk.upload.errors import FileChanged, PrivacyError
from photowalk.upload.privacy import prepare, strip_metadata
from photowalk.upload.settings import KEY_STRIP_IDENTITY
from tests.privacy_inputs import GPS_ELEMENTS, exiftool_positions, image_data, xmp_packet
from tests.upload_helpers import download, file_versions, make_project, run_batch, sha1_of, upload_settings

GPS_JPEGS = ("gps/DSCN0010.jpg", "gps/HTC_Desire.jpg", "gps/Oppo_R7_Plus.jpg", "sidecars/IMG_5910.jpg",
             "gps/IMG_20180725_163423-tiny.jpg")


def scan_data(data: bytes) -> bytes:
    """The compressed image data, from the start of scan to the end of the image."""
    return image_data(data)


@pytest.mark.parametrize("name", GPS_JPEGS)
def test_location_removed_image_data_untouched(photos_dir: Path, name: str) -> None:
    data = (photos_dir / name).read_bytes()
    assert piexif.load(data)["GPS"]
    new, removed = strip_metadata(data, kind=FileKind.JPEG, remove_location=True, strip_identity=False, path=name)
    assert removed == ("location",)
    exif = piexif.load(new)
    assert not exif["GPS"] and piexif.ImageIFD.GPSTag not in exif["0th"]
    assert b"GPSLatitude" not in new.split(b"\xff\xda", 1)[0]  # no XMP copy of it either
    assert scan_data(new) == scan_data(data)
    old = piexif.load(data)
    # Everything else the camera wrote stays.
    assert exif["0th"].get(piexif.ImageIFD.Model) == old["0th"].get(piexif.ImageIFD.Model)
    assert exif["Exif"].get(piexif.ExifIFD.DateTimeOriginal) == old["Exif"].get(piexif.ExifIFD.DateTimeOriginal)


def test_serials_and_owner_stripped_only_when_asked(photos_dir: Path) -> None:
    data = (photos_dir / "cameras/Canon_EOS_REBEL_T3i.jpg").read_bytes()
    exif = piexif.load(data)["Exif"]
    assert piexif.ExifIFD.BodySerialNumber in exif or piexif.ExifIFD.MakerNote in exif
    same, removed = strip_metadata(data, kind=FileKind.JPEG, remove_location=True, strip_identity=False, path="x")
    assert (same, removed) == (data, ())  # no GPS here: the original goes as it is
    new, removed = strip_metadata(data, kind=FileKind.JPEG, remove_location=False, strip_identity=True, path="x")
    assert removed == ("identity",)
    e = piexif.load(new)["Exif"]
    for tag in (piexif.ExifIFD.BodySerialNumber, piexif.ExifIFD.CameraOwnerName, piexif.ExifIFD.LensSerialNumber,
                piexif.ExifIFD.MakerNote):
        assert tag not in e
    assert scan_data(new) == scan_data(data)


def test_webp_location_removed(photos_dir: Path) -> None:
    data = (photos_dir / "other-formats/HTC_Desire.webp").read_bytes()
    assert piexif.load(data)["GPS"]
    new, removed = strip_metadata(data, kind=FileKind.WEBP, remove_location=True, strip_identity=False, path="x")
    assert removed == ("location",) and not piexif.load(new)["GPS"]
    assert data.find(b"VP8") > 0 and data[data.find(b"VP8"):data.find(b"VP8") + 64] in new


def test_location_that_cannot_be_removed_losslessly_is_refused(photos_dir: Path, tmp_path: Path) -> None:
    """TIFF and GIF files are not rewritten: one holding a position is not sent, and the error says why."""
    packet = xmp_packet(body=GPS_ELEMENTS)
    tiff = tmp_path / "gps.tif"
    Image.new("RGB", (4, 3), "navy").save(tiff, "TIFF", tiffinfo={700: packet})  # XMP in IFD0
    gif = tmp_path / "xmp.gif"
    Image.new("P", (4, 3)).save(gif, "GIF")
    ramp = bytes([1]) + bytes(range(255, -1, -1)) + b"\x00"  # the XMP-in-GIF "magic trailer"
    data = gif.read_bytes()
    gif.write_bytes(data[:-1] + b"\x21\xff\x0bXMP DataXMP" + packet + ramp + data[-1:])
    for path, kind in ((tiff, FileKind.TIFF), (gif, FileKind.GIF)):
        data = path.read_bytes()
        assert exiftool_positions(data, path.suffix), "the input must hold a position"
        with pytest.raises(PrivacyError) as info:
            strip_metadata(data, kind=kind, remove_location=True, strip_identity=False, path=str(path))
        message = info.value.message
        assert str(path) in message and "not uploaded" in message and "position" in message
        # Without a position, the same kinds go as they are.
        plain = tmp_path / f"plain{path.suffix}"
        Image.new("RGB", (4, 3)).save(plain)
        assert strip_metadata(plain.read_bytes(), kind=kind, remove_location=True, strip_identity=False,
                              path="x") == (plain.read_bytes(), ())


def test_prepare_never_changes_the_original_and_checks_it(photos_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "a.jpg"
    src.write_bytes((photos_dir / "gps/DSCN0010.jpg").read_bytes())
    sha1 = sha1_of(src)
    st = src.stat()
    kw = dict(kind=FileKind.JPEG, expected_sha1=sha1, expected_size=st.st_size, expected_mtime=st.st_mtime,
              strip_identity=False, workdir=tmp_path / "copies")
    p1 = prepare(src, remove_location=True, **kw)  # type: ignore[arg-type]
    p2 = prepare(src, remove_location=True, **kw)  # type: ignore[arg-type]
    assert p1.is_copy and p1 == p2  # the same copy, byte for byte: a resumed upload can continue it
    assert p1.sha1 == hashlib.sha1(p1.path.read_bytes()).hexdigest() != sha1
    assert sha1_of(src) == sha1 and src.stat().st_mtime == st.st_mtime
    plain = prepare(src, remove_location=False, **kw)  # type: ignore[arg-type]
    assert plain.path == src and plain.sha1 == sha1 and not plain.is_copy
    src.write_bytes(src.read_bytes() + b"changed")
    with pytest.raises(FileChanged):
        prepare(src, remove_location=False, **kw)  # type: ignore[arg-type]
def test_server_copy_has_no_location(own_testwiki: dict[str, str], photos_dir: Path, tmp_path: Path) -> None:
    testwiki = own_testwiki  # real camera files that other tests upload too: a wiki of its own
    originals = [photos_dir / "gps/DSCN0010.jpg", photos_dir / "gps/Oppo_R7_Plus.jpg"]
    project = make_project(tmp_path, originals, settings={KEY_STRIP_IDENTITY: True})
    with project.open() as store:
        edits.remove_location(store, project.ids)
        before = {pid: sha1_of(project.files[pid]) for pid in project.ids}
        settings = upload_settings(strip_identity=True)
    run = run_batch(project, testwiki, settings=settings)
    assert run.result.stopped is None
    with project.open() as store:
        rows = state.load_all(store)
    for pid in project.ids:
        row = rows[pid]
        assert row.state == state.UploadState.DONE
        body = download(file_versions(testwiki, str(row.title))[0]["url"])
        local = project.files[pid].read_bytes()
        exif = piexif.load(body)
        assert not exif["GPS"], "the wiki's copy still has a location"
        assert piexif.ExifIFD.BodySerialNumber not in exif["Exif"] and piexif.ExifIFD.MakerNote not in exif["Exif"]
        assert scan_data(body) == scan_data(local)  # lossless
        assert hashlib.sha1(body).hexdigest() == row.sent_sha1 != before[pid]
        assert sha1_of(project.files[pid]) == before[pid]  # the original never changes
        assert piexif.load(local)["GPS"]
    assert not list(settings.copies_dir.glob("*"))  # temporary copies are gone


def test_dry_run_says_without_location_for_every_kind_of_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`photowalk upload --dry-run` names each photo sent without its location, and each refused one."""
    from photowalk.__main__ import main
    from tests import privacy_inputs as inputs

    sources = tmp_path / "src"
    sources.mkdir()
    made = ("exif-ff-variant", "flir-app1", "extended-xmp", "png-raw-profile-exif", "png-compressed-itxt-xmp",
            "webp-xmp", "gps-trailer")
    for name in made:
        build, _kind, suffix = inputs.MADE[name]
        (sources / f"{name}{suffix}").write_bytes(build())
    Image.new("RGB", (4, 3), "navy").save(sources / "xmp-gps.tif", "TIFF", tiffinfo={700: xmp_packet(body=GPS_ELEMENTS)})
    project = make_project(tmp_path / "walk", sorted(sources.iterdir()))
    with project.open() as store:
        edits.remove_location(store, project.ids)
        edits.set_date(store, project.ids, "2024-05-01")  # the made PNG and TIFF have no date of their own
    assert main(["upload", "--project", str(project.path), "--wiki", "http://127.0.0.1:9/w/api.php", "--dry-run"]) == 0
    out = capsys.readouterr().out
    chunks = out.split("\nphoto ")

    def said_about(name: str) -> str:
        (chunk,) = [c for c in chunks if f"/{name}." in c]
        return chunk

    for name in made:
        assert "without location" in said_about(name)
    refused = said_about("xmp-gps")
    assert "would not be sent" in refused and "position" in refused
    assert f"{len(made)} photo(s) would be sent; nothing was sent." in out
