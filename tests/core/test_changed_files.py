"""A file edited after import: re-importing it updates its photo in place, keeping the volunteer's work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photowalk import edits
from photowalk.hashing import sha1_file
from photowalk.importer import import_paths
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache
from photowalk.upload import state
from photowalk.upload.state import UploadRow, UploadState
from tests.cards import make_copies


def _edit(path: Path, source: Path) -> None:
    """Replace a file's content as a photo editor saving over it does (new bytes, new time)."""
    before = path.stat().st_mtime
    path.write_bytes(source.read_bytes() + b"edited " + path.name.encode())
    os.utime(path, (before + 60, before + 60))


@pytest.mark.parametrize("record_first", [False, True])
def test_reimporting_an_edited_file_updates_its_photo_and_keeps_the_descriptions(
    tmp_path: Path, photos_dir: Path, record_first: bool
) -> None:
    files = make_copies(tmp_path / "card", photos_dir / "cameras" / "DSCN0138.JPG", 3)
    cache = ThumbnailCache(tmp_path / "thumbs")
    with ProjectStore.open(tmp_path / "walk.photowalk", create=True) as store:
        import_paths([tmp_path / "card"], store, thumbnails=cache, record_first=record_first)
        ids = {store.resolve(p.path): p.id for p in store.photos()}
        edited, uploaded, untouched = (ids[f] for f in files)
        for pid in (edited, uploaded):
            edits.set_title(store, pid, f"Old bridge {pid}")
            edits.set_description(store, [pid], "en", "The old bridge at dawn")
            edits.set_description(store, [pid], "tg", "Пули кӯҳна")
            edits.add_categories(store, [pid], ["Bridges in Dushanbe"])
            edits.set_licence(store, [pid], "cc-by-4.0")
            edits.set_date(store, [pid], "2024-05-01 10:00")
        wiki = "https://test.example/w/api.php"
        state.save(store, UploadRow(edited, wiki, UploadState.STASHING, title="Old bridge.jpg", filekey="k1",
                                    bytes_confirmed=4096, sent_sha1=store.photo(edited).sha1, sent_size=9))
        state.save(store, UploadRow(uploaded, wiki, UploadState.DONE, title="Old bridge 2.jpg", outcome="uploaded",
                                    url="https://test.example/wiki/File:Old_bridge_2.jpg"))
        before = {p.id: p for p in store.photos()}

        gps = photos_dir / "gps" / "DSCN0010.jpg"
        _edit(files[0], gps)
        _edit(files[1], gps)
        report = import_paths([tmp_path / "card"], store, thumbnails=cache, record_first=record_first)

        assert not report.added and not report.duplicates and store.count() == 3
        assert report.unchanged == 1
        assert sorted((pid, path) for pid, path, _b in report.changed) == sorted(
            [(edited, files[0]), (uploaded, files[1])])
        was = {pid: b for pid, _p, b in report.changed}
        assert was[edited].sha1 == before[edited].sha1 and was[edited].size == before[edited].size
        assert was[edited].upload_state is None and was[uploaded].upload_state == "done"
        for pid, path in ((edited, files[0]), (uploaded, files[1])):
            now, old = store.photo(pid), before[pid]
            assert now.sha1 == sha1_file(path) != old.sha1 and now.size == path.stat().st_size
            assert now.mtime == path.stat().st_mtime
            # The camera data is the new file's (DSCN0010 has GPS, DSCN0138 has none).
            assert now.camera.lat is not None and old.camera.lat is None
            assert now.pixels_checked and now.error is None and cache.get(now.sha1) is not None
            # Everything the volunteer wrote stays.
            assert (now.title, now.descriptions, now.categories, now.licence, now.edit_date) == (
                old.title, old.descriptions, old.categories, old.licence, old.edit_date)
        # The unfinished upload starts over with the new bytes; the finished one stays finished.
        assert state.load(store, edited) is None
        done = state.load(store, uploaded)
        assert done is not None and done.state == UploadState.DONE and done.url
        assert store.photo(untouched) == before[untouched]


def test_a_file_only_touched_is_not_a_duplicate_of_itself(tmp_path: Path, photos_dir: Path) -> None:
    files = make_copies(tmp_path / "card", photos_dir / "cameras" / "DSCN0138.JPG", 2)
    cache = ThumbnailCache(tmp_path / "thumbs")
    with ProjectStore.open(tmp_path / "walk.photowalk", create=True) as store:
        import_paths([tmp_path / "card"], store, thumbnails=cache)
        os.utime(files[0], (1_700_000_000, 1_700_000_000))  # copied again, same bytes
        again = import_paths([tmp_path / "card"], store, thumbnails=cache)
        assert again.duplicates == [] and again.changed == [] and again.unchanged == 2
        assert store.photo(1).mtime == 1_700_000_000 or store.photo(2).mtime == 1_700_000_000
        third = import_paths([tmp_path / "card"], store, thumbnails=cache)
        assert third.unchanged == 2 and store.count() == 2
