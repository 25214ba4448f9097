"""The import pipeline on real camera files: what is recorded, re-runs, cancel, failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from photowalk.errors import DiskFullError
from photowalk.hashing import sha1_file
from photowalk.importer import ImportProgress, import_paths, refresh_missing, relink_folder, update_missing
from photowalk.photo import FileKind, Photo
from photowalk.project import ProjectStore
from photowalk.reasons import Reason
from photowalk.scan import SIDECAR
from photowalk.thumbnails import INCOMPLETE, ThumbnailCache
from tests.cards import make_card, make_copies


def _why(photo: Photo) -> str:
    """Why a photo cannot be uploaded, in English ("" when it can)."""
    return photo.error.message if photo.error else ""



@pytest.fixture
def cache(tmp_path: Path) -> ThumbnailCache:
    return ThumbnailCache(tmp_path / "thumbs")


def test_whole_shared_folder_imports_with_a_reason_for_every_bad_file(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path
) -> None:
    report = import_paths([photos_dir], store, thumbnails=cache)
    assert report.failed == [] and not report.cancelled
    photos = {store.resolve(p.path).relative_to(photos_dir).as_posix(): p for p in store.photos()}
    # Every file of broken/ and other-formats/ is accounted for, with a reason where it cannot go up.
    for folder in ("broken", "other-formats"):
        for f in sorted((photos_dir / folder).iterdir()):
            rel = f"{folder}/{f.name}"
            if f.suffix.lower() == ".xmp":
                assert (f, SIDECAR) in report.skipped
                continue
            assert rel in photos or any(d == f for d, _ in report.duplicates), rel
    for rel in ("other-formats/IMG_2682.heic", "other-formats/IMG_8565.HEIC"):
        assert photos[rel].kind is FileKind.HEIC and "HEIC" in _why(photos[rel])
    for rel in ("other-formats/CanonRaw.cr2", "other-formats/Nikon.nef", "other-formats/DNG.dng"):
        assert photos[rel].kind is FileKind.RAW and "RAW" in _why(photos[rel])
    for rel in ("other-formats/with-gps.mov", "other-formats/with-gps.mp4"):
        assert photos[rel].kind is FileKind.VIDEO and "Video" in _why(photos[rel])
    assert _why(photos["broken/not-an-image.jpg"]) == (
        "This is a text file, not a picture, although its name ends in .jpg.")
    assert "empty" in _why(photos["broken/notjpeg.jpg"]) or "not a picture" in _why(photos["broken/notjpeg.jpg"])
    assert "incomplete" in _why(photos["broken/2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg"])
    # Good photos: no error, a thumbnail in the cache, the right hash.
    for rel in ("cameras/IMG_0308.JPG", "gps/DSCN0010.jpg", "other-formats/denali.webp",
                "other-formats/png_with_exif_and_gps.png", "other-formats/tif-with-iptc-icc-xmp.tif"):
        p = photos[rel]
        assert p.error is None, (rel, p.error)
        assert cache.get(p.sha1) is not None
        assert p.sha1 == sha1_file(photos_dir / rel)


def test_second_run_adds_only_what_is_new(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    card = make_card(tmp_path, photos_dir)
    first = import_paths([card], store, thumbnails=cache)
    assert len(first.added) == 5
    shutil.copy(photos_dir / "gps" / "GoPro.jpg", card / "DCIM" / "100CANON" / "GOPR0001.JPG")
    second = import_paths([card], store, thumbnails=cache)
    assert [p.name for _, p in second.added] == ["GOPR0001.JPG"]
    assert second.unchanged == 5
    assert store.count() == 6


def test_the_same_photo_from_another_path_is_not_duplicated(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(photos_dir / "cameras" / "DSCN0138.JPG", a / "DSCN0138.JPG")
    shutil.copy(photos_dir / "cameras" / "DSCN0138.JPG", b / "renamed.jpg")
    report = import_paths([a, b], store, thumbnails=cache)
    [(_, kept)] = report.added
    [(dropped, existing)] = report.duplicates
    assert {kept, dropped} == {a / "DSCN0138.JPG", b / "renamed.jpg"}
    assert existing == store.stored_path(kept) and store.count() == 1


def test_cancel_leaves_a_consistent_project_and_a_rerun_finishes(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    files = make_copies(tmp_path / "card", photos_dir / "cameras" / "DSCN0138.JPG", 40)
    seen: list[ImportProgress] = []

    def progress(p: ImportProgress) -> None:
        seen.append(p)

    stop_after = 10
    report = import_paths([tmp_path / "card"], store, thumbnails=cache, progress=progress, workers=2,
                          cancel=lambda: sum(p.phase == "read" and p.done > 0 for p in seen) >= stop_after)
    assert report.cancelled
    done_first = store.count()
    assert stop_after <= done_first < len(files)
    # Every recorded photo is complete: hash, size, thumbnail.
    for p in store.photos():
        assert p.sha1 == sha1_file(store.resolve(p.path)) and cache.get(p.sha1)
    again = import_paths([tmp_path / "card"], store, thumbnails=cache)
    assert not again.cancelled
    assert store.count() == len(files)
    assert again.unchanged == done_first


def test_a_file_that_vanishes_mid_import_is_named_and_the_rest_goes_on(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    files = make_copies(tmp_path / "card", photos_dir / "cameras" / "DSCN0138.JPG", 12)
    victim = files[-1]

    def progress(p: ImportProgress) -> None:
        if p.phase == "read" and p.done == 1:
            victim.unlink()  # the card is pulled out under the importer's feet

    report = import_paths([tmp_path / "card"], store, thumbnails=cache, progress=progress, workers=1)
    assert [(p, why.message) for p, why in report.failed] == [
        (victim, "the file disappeared during the import (card removed?)")]
    assert store.count() == len(files) - 1


def test_full_disk_stops_with_a_clear_error_and_keeps_earlier_batches(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    make_copies(tmp_path / "card", photos_dir / "cameras" / "DSCN0138.JPG", 30)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's page limit produces the same SQLITE_FULL error as a full disk.
    store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DiskFullError, match="full"):
        import_paths([tmp_path / "card"], store, thumbnails=cache, batch_seconds=0.0, workers=1)
    kept = store.count()
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert 0 < kept < 30  # the batches before the disk filled are kept
    report = import_paths([tmp_path / "card"], store, thumbnails=cache)
    assert store.count() == 30 and report.unchanged == kept


def test_missing_photos_stay_and_are_relinked_by_content(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    card = make_card(tmp_path, photos_dir)
    import_paths([card], store, thumbnails=cache)
    before = {p.id: p.sha1 for p in store.photos()}
    moved = tmp_path / "elsewhere"
    card.rename(moved)
    assert sorted(refresh_missing(store)) == sorted(before)
    assert all(p.missing for p in store.photos())
    found = relink_folder(store, moved)
    assert len(found) == len(before)
    assert refresh_missing(store) == []
    assert {p.id: p.sha1 for p in store.photos()} == before
    assert all(store.resolve(p.path).is_relative_to(moved) for p in store.photos())


def test_importing_the_folder_a_missing_photo_moved_to_finds_it(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    card = make_card(tmp_path, photos_dir)
    import_paths([card], store, thumbnails=cache, record_first=True)
    before = {p.id: (p.sha1, p.title, p.error) for p in store.photos()}
    moved = tmp_path / "copied-to-laptop"
    card.rename(moved)
    refresh_missing(store)
    report = import_paths([moved], store, thumbnails=cache, record_first=True)
    assert sorted(pid for pid, _ in report.relinked) == sorted(before) and not report.added
    assert {p.id: (p.sha1, p.title, p.error) for p in store.photos()} == before
    assert not any(p.missing for p in store.photos()) and refresh_missing(store) == []


def _by_file(store: ProjectStore, root: Path) -> dict[str, tuple[FileKind, Reason | None, bool]]:
    return {
        store.resolve(p.path).relative_to(root).as_posix(): (p.kind, p.error, p.pixels_checked)
        for p in store.photos()
    }


def test_record_first_ends_where_decoding_first_does(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    """Recording from hash and camera data, then decoding, finds the same damage and makes the same thumbnails."""
    recorded_unchecked: list[int] = []
    checked: list[int] = []

    def on_batch(results: list[object]) -> None:
        for r in results:
            photo = store.photo(r.photo_id)  # type: ignore[attr-defined]
            if not photo.pixels_checked:
                recorded_unchecked.append(photo.id)

    report = import_paths([photos_dir], store, thumbnails=cache, record_first=True, on_batch=on_batch,
                          on_checked=checked.extend)
    with ProjectStore.open(tmp_path / "plain.photowalk", create=True) as plain:
        plain_report = import_paths([photos_dir], plain, thumbnails=ThumbnailCache(tmp_path / "plain-thumbs"))
        assert _by_file(store, photos_dir) == _by_file(plain, photos_dir)
    assert all(checked for _k, _e, checked in _by_file(store, photos_dir).values())
    # Photos Commons takes were shown before they were decoded, then each was decoded once.
    accepted = {p.id for p in store.photos() if p.kind.accepted and p.kind is not FileKind.NOT_IMAGE}
    assert set(recorded_unchecked) == accepted == set(checked) and len(checked) == len(set(checked))
    damaged = "broken/2004-01-11-22-45-15-sep-2004-01-11-22-45-15a.jpg"
    assert _by_file(store, photos_dir)[damaged][1] == INCOMPLETE
    assert sorted(p for _i, p, _w in report.rejected) == sorted(p for _i, p, _w in plain_report.rejected)
    for p in store.photos():
        if p.error is None and p.kind.accepted:
            assert cache.get(p.sha1) is not None, p.path


def test_photos_not_yet_decoded_are_held_back_until_a_later_run_decodes_them(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    from photowalk.checks import check_photos
    from photowalk.importer import check_pixels

    card = make_card(tmp_path, photos_dir)
    seen: list[ImportProgress] = []
    report = import_paths([card], store, thumbnails=cache, record_first=True, progress=seen.append,
                          cancel=lambda: any(p.phase == "check" for p in seen))
    assert report.cancelled and len(report.added) == 5
    unchecked = [p.id for p in store.photos() if not p.pixels_checked]
    assert len(unchecked) == sum(p.kind.accepted for p in store.photos()) >= 2  # stopped as decoding began
    problems = check_photos(store, unchecked)
    assert all("file-unchecked" in [x.code for x in problems[i] if x.is_error] for i in unchecked)
    # A file that is away stays unchecked; the rest are decoded by the next run.
    away = store.photo(unchecked[0])
    moved = store.resolve(away.path).rename(tmp_path / "away.jpg")
    done = check_pixels(store, cache)
    assert set(done) == set(unchecked[1:]) and all(v is None for v in done.values())
    assert [p.id for p in store.photos() if not p.pixels_checked] == [away.id]
    moved.rename(store.resolve(away.path))
    again = import_paths([card], store, thumbnails=cache)  # nothing new; the last decode happens
    assert again.unchanged == 5 and all(p.pixels_checked for p in store.photos())
    assert not any("file-unchecked" in [x.code for x in ps] for ps in check_photos(store, unchecked).values())


def test_update_missing_names_the_photos_gone_and_back(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    card = make_card(tmp_path, photos_dir)
    import_paths([card], store, thumbnails=cache)
    ids = {p.id for p in store.photos()}
    assert update_missing(store) == {}
    card.rename(tmp_path / "away")
    assert update_missing(store) == dict.fromkeys(ids, True)
    assert update_missing(store) == {}  # marked already
    (tmp_path / "away").rename(card)
    assert update_missing(store) == dict.fromkeys(ids, False)
    assert not any(p.missing for p in store.photos())


def test_the_first_screenful_is_recorded_while_the_scan_goes_on(
    store: ProjectStore, cache: ThumbnailCache, photos_dir: Path, tmp_path: Path
) -> None:
    from photowalk.importer import HEAD_START

    card = tmp_path / "card"
    make_copies(card, photos_dir / "cameras" / "IMG_0308.JPG", HEAD_START + 20)
    (card / "notes.txt.jpg").write_text("not a photo")
    seen: list[tuple[str, int, int]] = []
    report = import_paths([card], store, thumbnails=cache, record_first=True,
                          progress=lambda p: seen.append((p.phase, p.done, p.total)),
                          on_batch=lambda results: seen.append(("batch", len(results), 0)))
    first_batch = next(i for i, s in enumerate(seen) if s[0] == "batch")
    last_scan = max(i for i, s in enumerate(seen) if s[0] == "scan")
    assert first_batch < last_scan  # rows reached the window before the scan had ended
    assert sum(n for phase, n, _ in seen if phase == "batch") == HEAD_START + 21
    assert len(report.added) == HEAD_START + 21 and [p.name for _i, p, _w in report.rejected] == ["notes.txt.jpg"]
    # The reading count goes on from the head start, up to every file to read.
    reads = [(done, total) for phase, done, total in seen if phase == "read"]
    assert reads[0] == (HEAD_START, HEAD_START + 21) and reads[-1] == (HEAD_START + 21, HEAD_START + 21)
    assert all(b[0] >= a[0] for a, b in zip(reads, reads[1:], strict=False))
    again = import_paths([card], store, thumbnails=cache, record_first=True)
    assert again.unchanged == HEAD_START + 21 and not again.added
