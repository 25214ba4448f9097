"""The project file: creation, migrations, refusal of foreign files, durability."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from photowalk.errors import NotAProjectError, ProjectError, ProjectTooNewError
from photowalk.photo import CameraData, FileKind, Note
from photowalk.project import NewPhoto, ProjectStore
from photowalk.schema import APPLICATION_ID, MIGRATIONS


def new_photo(path: Path, sha1: str, **camera: object) -> NewPhoto:
    return NewPhoto(path, sha1, 100, 1.5, FileKind.JPEG, CameraData(**camera))  # type: ignore[arg-type]


def test_new_project_is_wal_with_current_schema(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "walk.photowalk", create=True) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_open_missing_without_create_fails(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        ProjectStore.open(tmp_path / "nope.photowalk")
    with pytest.raises(ProjectError, match="folder does not exist"):
        ProjectStore.open(tmp_path / "no" / "such" / "walk.photowalk", create=True)


@pytest.mark.parametrize(
    "content",
    [b"just some text\n", b"\xff\xd8\xff\xe0 a jpeg", b"PK\x03\x04 zip"],
    ids=["text", "jpeg", "zip"],
)
def test_foreign_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.photowalk"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError, match="not a photowalk project"):
        ProjectStore.open(path, create=True)
    assert path.read_bytes() == content


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts(name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAProjectError, match="another program"):
        ProjectStore.open(path)
    assert path.read_bytes() == before


def test_project_from_a_newer_photowalk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.photowalk"
    ProjectStore.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(ProjectTooNewError, match="newer photowalk"):
        ProjectStore.open(path)


def test_migrations_run_from_every_released_version(tmp_path: Path) -> None:
    # A file at version 1 (the first release) opens in this version with its data intact.
    path = tmp_path / "old.photowalk"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(f"BEGIN;{MIGRATIONS[0]}PRAGMA application_id={APPLICATION_ID};PRAGMA user_version=1;COMMIT;")
    conn.execute(
        "INSERT INTO photos(path, sha1, size, mtime, kind, added) VALUES ('a.jpg', 'abc', 1, 0, 'jpeg', 'x')"
    )
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert [p.sha1 for p in store.photos()] == ["abc"]
        assert store.photo(store.photo_ids()[0]).pixels_checked  # imported when decoding came first
        assert store.unchecked_pixels() == []


def test_same_content_twice_is_not_duplicated(tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"x")
    (tmp_path / "b.jpg").write_bytes(b"x")
    with ProjectStore.open(tmp_path / "p.photowalk", create=True) as store:
        [first] = store.add_photos([new_photo(tmp_path / "a.jpg", "s1")])
        [second] = store.add_photos([new_photo(tmp_path / "b.jpg", "s1")])
        assert first.outcome == "added"
        assert second.outcome == "duplicate" and second.existing_path == "a.jpg"
        assert store.count() == 1


def test_paths_inside_the_project_folder_are_relative(tmp_path: Path) -> None:
    outside = tmp_path / "card" / "IMG.JPG"
    proj = tmp_path / "projects"
    proj.mkdir()
    with ProjectStore.open(proj / "p.photowalk", create=True) as store:
        assert store.stored_path(proj / "photos" / "a.jpg") == "photos/a.jpg"
        assert store.stored_path(outside) == str(outside)
        assert store.resolve("photos/a.jpg") == proj / "photos" / "a.jpg"


def test_fields_and_warnings_round_trip(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "p.photowalk", create=True) as store:
        store.add_photos(
            [new_photo(tmp_path / "a.jpg", "s1", taken="2024-05-01T10:00:00+05:00", lat=38.5, lon=68.7,
                       warnings=[Note("gps-invalid", "The GPS position is damaged.")], make="Боғ")]
        )
    with ProjectStore.open(tmp_path / "p.photowalk") as store:
        [p] = store.photos()
        assert p.camera.taken == "2024-05-01T10:00:00+05:00"
        assert (p.camera.lat, p.camera.lon, p.camera.make) == (38.5, 68.7, "Боғ")
        assert p.camera.warnings == [Note("gps-invalid", "The GPS position is damaged.")]


def test_settings_are_json(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "p.photowalk", create=True) as store:
        store.set_setting("wiki", {"api": "https://commons.wikimedia.org/w/api.php"})
        assert store.setting("wiki") == {"api": "https://commons.wikimedia.org/w/api.php"}
        store.set_setting("wiki", None)
        assert store.setting("wiki", "none") == "none"


def test_committed_at_once_survives_a_killed_process(tmp_path: Path) -> None:
    # The writer dies without closing; what it committed is in the file.
    path = tmp_path / "p.photowalk"
    code = (
        "import os, sys; from pathlib import Path;"
        "from photowalk.project import ProjectStore, NewPhoto;"
        "from photowalk.photo import CameraData, FileKind;"
        "s = ProjectStore.open(Path(sys.argv[1]), create=True);"
        "s.add_photos([NewPhoto(Path('a.jpg'), 'k1', 1, 0.0, FileKind.JPEG, CameraData())]);"
        "s.set_setting('title_pattern', '{description} {n}');"
        "os._exit(9)"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False, cwd=Path(__file__).resolve().parents[2])
    with ProjectStore.open(path) as store:
        assert [p.sha1 for p in store.photos()] == ["k1"]
        assert store.setting("title_pattern") == "{description} {n}"


def test_disk_full_gives_a_clear_error_and_keeps_the_project(tmp_path: Path) -> None:
    path = tmp_path / "p.photowalk"
    with ProjectStore.open(path, create=True) as store:
        store.add_photos([new_photo(tmp_path / "a.jpg", "keep")])
        # SQLite's own page limit raises the same SQLITE_FULL a full disk does.
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        from photowalk.errors import DiskFullError

        with pytest.raises(DiskFullError, match="full"):
            store.add_photos([new_photo(tmp_path / f"{i}.jpg", f"s{i}", description="x" * 5000) for i in range(50)])
    with ProjectStore.open(path) as store:
        assert [p.sha1 for p in store.photos()] == ["keep"]
