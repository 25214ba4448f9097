"""The project file: one SQLite database per project, every change committed at once."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from photowalk import workingcopy
from photowalk.depicts import DepictedItem
from photowalk.errors import (
    DiskFullError,
    NotAProjectError,
    PhotowalkError,
    ProjectBusyError,
    ProjectError,
    ProjectReadOnlyError,
    ProjectTooNewError,
    StorageError,
)
from photowalk.filesystems import filesystem_of
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.origin import Origin
from photowalk.pathtext import from_db, to_db
from photowalk.photo import CameraData, FileKind, Note, Photo, PictureStats
from photowalk.private import create_private, make_private
from photowalk.reasons import Reason, params_from_json, params_to_json, reason
from photowalk.schema import APPLICATION_ID, MIGRATIONS

PROJECT_SUFFIX = ".photowalk"
CHANGES_KEPT = 100_000  # changes remembered for other processes; older ones are pruned

_PHOTO_COLUMNS = (
    "id, path, sha1, size, mtime, kind, taken, make, model, orientation, width, height, "
    "lat, lon, alt, heading, exif_description, exif_artist, warnings, error, missing, added, "
    "title, licence, author, attribution, edit_date, edit_lat, edit_lon, edit_heading, "
    "location_removed, extra_wikitext, pixels_checked, serial, dest_lat, dest_lon, location_source, "
    "edit_dest_lat, edit_dest_lon"
)
_QUALIFIED_COLUMNS = ", ".join(f"photos.{c}" for c in _PHOTO_COLUMNS.split(", "))
_CULLING_COLUMNS = "c.photo_id IS NOT NULL, s.dhash, s.sharpness, s.brightness"
_ORIGIN_COLUMNS = "o.photo_id IS NOT NULL, o.author, o.source, o.reason, o.death_year, o.year"

# Columns a volunteer may change; anything else is the camera's or the importer's.
EDITABLE_COLUMNS = frozenset(
    {
        "title",
        "licence",
        "author",
        "attribution",
        "edit_date",
        "edit_lat",
        "edit_lon",
        "edit_heading",
        "location_removed",
        "extra_wikitext",
        "edit_dest_lat",
        "edit_dest_lon",
    }
)


@dataclass(frozen=True)
class NewPhoto:
    """A file the importer read, ready to be recorded."""

    path: Path
    sha1: str
    size: int
    mtime: float
    kind: FileKind
    camera: CameraData
    error: Reason | None = None
    pixels_checked: bool = True  # False: recorded before its picture was decoded
    picture: PictureStats | None = None  # what its thumbnail measured (photowalk.picturestats)


# Upload states kept when a photo's file changes: on the wiki already (photowalk never replaces a
# file there by itself), or skipped by the volunteer's own choice.
_UPLOAD_KEPT = ("done", "verifying", "structuring", "skipped")


@dataclass(frozen=True)
class ChangedFile:
    """What a photo's file was before it changed, and the upload state kept (None: none or restarted)."""

    sha1: str
    size: int
    upload_state: str | None


@dataclass(frozen=True)
class AddResult:
    """What became of one NewPhoto: its id and whether a row was added, relinked or already there.

    "changed": the file at a photo's path has new content and the photo was updated in place;
    "touched": the same content with a new modification time.
    """

    photo_id: int
    outcome: str  # "added" | "relinked" | "duplicate" | "changed" | "touched"
    existing_path: str | None = None
    previous: ChangedFile | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ProjectStore:
    """One open project file. Use one store per thread (SQLite connections are per thread)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, db_path: Path | None = None,
                 safe_mode: bool = False) -> None:
        self.path = path  # the project file the volunteer chose
        self.root = path.parent  # stored photo paths are relative to it
        self.db_path = db_path or path  # the file this connection uses: a working copy in safe mode
        self.safe_mode = safe_mode
        self.conn = conn
        self._lock = threading.RLock()
        self._closed = False

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False,
             working_copy: Path | None = None) -> ProjectStore:
        """Open a project file, creating it when `create` is true and it does not exist.

        Only SQLite ever opens the file: closing any other descriptor of it would drop the locks this
        process's connections hold, and another process would then delete the write-ahead log under them.
        On a memory stick or network folder the project is worked on through a local copy (safe mode,
        photowalk.workingcopy); `working_copy` is that copy, given to a worker process by its holder.
        """
        p = Path(path).absolute()
        if not p.exists():
            if not create:
                raise ProjectError(path=str(p), reason=QT_TRANSLATE_NOOP("errors", "the file does not exist"))
            if not p.parent.is_dir():
                raise ProjectError(path=str(p), reason=QT_TRANSLATE_NOOP("errors", "its folder does not exist"))
            _create_private(p)
        elif p.is_dir():
            raise NotAProjectError(path=str(p), reason=QT_TRANSLATE_NOOP("errors", "a folder"))
        elif not p.is_file():
            # A pipe or a device: SQLite would wait on it for ever.
            raise NotAProjectError(path=str(p), reason=QT_TRANSLATE_NOOP("errors", "not a regular file"))
        else:
            _make_private(p)
        working_copy = working_copy or workingcopy.guest_copy(p)
        if working_copy is not None:
            return cls._connect(p, Path(working_copy), safe_mode=True)
        if not filesystem_of(p.parent).needs_safe_mode:
            return cls._connect(p, p, safe_mode=False)
        work = workingcopy.acquire(p, lambda conn: prepare_connection(conn, p))
        try:
            return cls._connect(p, work, safe_mode=True)
        except BaseException:
            workingcopy.release(p)
            raise

    @classmethod
    def _connect(cls, path: Path, db: Path, *, safe_mode: bool) -> ProjectStore:
        try:
            conn = sqlite3.connect(db, isolation_level=None, timeout=10.0)
        except sqlite3.Error as exc:
            raise storage_error(exc, path) from exc
        store = cls(path, conn, db_path=db, safe_mode=safe_mode)
        try:
            prepare_connection(conn, path, wal=True)
            store._prune_changes()
        except BaseException:
            conn.close()
            raise
        return store

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.conn.close()
        if self.safe_mode and self.db_path != self.path:
            workingcopy.release(self.path)

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- safe mode ---------------------------------------------------------------------------

    def safe_mode_problem(self) -> PhotowalkError | None:
        """Why the latest changes could not be written back to a project on a stick, if they could not."""
        holder = workingcopy.holder_of(self.path) if self.safe_mode else None
        return holder.problem if holder is not None else None

    def safe_mode_recovered(self) -> workingcopy.Recovered | None:
        """What opening found left from a crashed session on a stick (changes saved, or a copy kept)."""
        holder = workingcopy.holder_of(self.path) if self.safe_mode else None
        return holder.recovered if holder is not None else None

    # -- changes by other connections ----------------------------------------------------------

    def data_version(self) -> int:
        """Changes when another connection (another thread or process) commits to the project."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def change_mark(self) -> int:
        """The number of the newest change recorded in the project."""
        return int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0])

    def changes_since(self, mark: int) -> tuple[int, set[int] | None]:
        """(new mark, ids of photos changed after `mark`; 0 for the project's settings).

        None instead of ids when the record of changes no longer reaches back to `mark`: reread all.
        """
        newest = self.change_mark()
        if newest <= mark:
            return newest, set()
        oldest = self.conn.execute("SELECT min(seq) FROM changes").fetchone()[0]
        if oldest is None or oldest > mark + 1:
            return newest, None
        ids = {r[0] for r in self.conn.execute(
            "SELECT DISTINCT photo_id FROM changes WHERE seq > ? AND seq <= ?", (mark, newest))}
        return newest, ids

    def checkpoint(self) -> None:
        """Copy what the write-ahead log holds into the project file, so the file alone is complete.

        PASSIVE: never waits for readers or writers; a busy moment just leaves the rest for later.
        """
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    def copy_to(self, target: Path) -> None:
        """Write a complete, consistent copy of the project to a new file (SQLite's backup, never a file copy)."""
        target = Path(target).absolute()
        if target.exists():
            raise ProjectError(path=str(target), reason=QT_TRANSLATE_NOOP("errors", "the file exists already"))
        _create_private(target)
        try:
            dest = sqlite3.connect(target, isolation_level=None)
        except sqlite3.Error as exc:
            raise storage_error(exc, target) from exc
        try:
            self.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one file, ready to send or carry
        except sqlite3.Error as exc:
            dest.close()
            target.unlink(missing_ok=True)
            raise storage_error(exc, target) from exc
        dest.close()

    def _prune_changes(self) -> None:
        row = self.conn.execute("SELECT min(seq), max(seq) FROM changes").fetchone()
        if row[0] is not None and row[1] - row[0] > CHANGES_KEPT * 2:
            with self.transaction() as c:
                c.execute("DELETE FROM changes WHERE seq <= ?", (row[1] - CHANGES_KEPT,))

    # -- transactions ----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, committed on leaving; disk-full becomes DiskFullError."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._translate(exc) from exc
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._translate(exc) from exc
                raise

    def _translate(self, exc: sqlite3.Error) -> Exception:
        return storage_error(exc, self.path)

    # -- settings --------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as c:
            if value is None:
                c.execute("DELETE FROM settings WHERE key=?", (key,))
            else:
                c.execute(
                    "INSERT INTO settings(key, value) VALUES(?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )

    # -- paths -----------------------------------------------------------------------------

    def stored_path(self, path: Path) -> str:
        """The form a file's path is stored in: relative to the project folder when inside it.

        Lossless: bytes of a name that are not UTF-8 stay as lone surrogates (see photowalk.pathtext).
        """
        absolute = Path(os.path.abspath(path))
        try:
            return absolute.relative_to(self.root).as_posix()
        except ValueError:
            return str(absolute)

    def resolve(self, stored: str | bytes) -> Path:
        """The absolute path of a stored path (as read from the project, text or bytes)."""
        p = Path(from_db(stored))
        return p if p.is_absolute() else self.root / p

    # -- photos ----------------------------------------------------------------------------

    def add_photos(self, photos: Sequence[NewPhoto]) -> list[AddResult]:
        """Record photos in one transaction; a file already in the project (same SHA1) is not added twice.

        A known photo that was marked missing is relinked to the new path instead. A file at the
        path of a photo whose content differs (edited after import) updates that photo in place
        (see _replace_file); the same content with a new modification time only updates that time.
        """
        results: list[AddResult] = []
        if not photos:
            return results
        added = _now()
        with self.transaction() as c:
            # What the import measured on each picture, in the same transaction (kept by content).
            _write_stats(c, {p.sha1: p.picture for p in photos if p.picture is not None})
            for p in photos:
                stored = self.stored_path(p.path)
                row = c.execute("SELECT id, path, missing FROM photos WHERE sha1=?", (p.sha1,)).fetchone()
                if row is not None:
                    pid, old_value, missing = row
                    old_path = from_db(old_value)
                    if old_path == stored:
                        c.execute("UPDATE photos SET size=?, mtime=?, missing=0 WHERE id=?", (p.size, p.mtime, pid))
                        results.append(AddResult(pid, "touched", old_path))
                    elif missing or not self.resolve(old_path).exists():
                        c.execute(
                            "UPDATE photos SET path=?, size=?, mtime=?, missing=0 WHERE id=?",
                            (to_db(stored), p.size, p.mtime, pid),
                        )
                        results.append(AddResult(pid, "relinked", old_path))
                    else:
                        results.append(AddResult(pid, "duplicate", old_path))
                    continue
                same_path = c.execute("SELECT id FROM photos WHERE path=?", (to_db(stored),)).fetchone()
                if same_path is not None:
                    results.append(self._replace_file(c, same_path[0], p))
                    continue
                cam = p.camera
                cur = c.execute(
                    "INSERT INTO photos(path, sha1, size, mtime, kind, taken, make, model, orientation, "
                    "width, height, lat, lon, alt, heading, exif_description, exif_artist, warnings, "
                    "error, added, pixels_checked, serial, dest_lat, dest_lon) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        to_db(stored), p.sha1, p.size, p.mtime, p.kind.value, cam.taken, cam.make, cam.model,
                        cam.orientation, cam.width, cam.height, cam.lat, cam.lon, cam.alt, cam.heading,
                        cam.description, cam.artist, _dump_notes(cam.warnings), _dump_error(p.error), added,
                        int(p.pixels_checked), cam.serial, cam.dest_lat, cam.dest_lon,
                    ),
                )
                results.append(AddResult(int(cur.lastrowid or 0), "added"))
        return results

    def _replace_file(self, c: sqlite3.Connection, pid: int, p: NewPhoto) -> AddResult:
        """Point photo `pid` at the new content of its file: hash, size, camera data and decode state.

        What the volunteer wrote (title, descriptions, categories, licence, every edit) stays. An
        upload not finished starts over with the new bytes (a stash of the old ones is useless);
        one that reached the wiki stays as it is: photowalk never replaces a file on the wiki.
        """
        old_sha1, old_size = c.execute("SELECT sha1, size FROM photos WHERE id=?", (pid,)).fetchone()
        cam = p.camera
        c.execute(
            "UPDATE photos SET sha1=?, size=?, mtime=?, kind=?, taken=?, make=?, model=?, orientation=?, "
            "width=?, height=?, lat=?, lon=?, alt=?, heading=?, exif_description=?, exif_artist=?, "
            "warnings=?, error=?, missing=0, pixels_checked=?, serial=?, dest_lat=?, dest_lon=? WHERE id=?",
            (
                p.sha1, p.size, p.mtime, p.kind.value, cam.taken, cam.make, cam.model, cam.orientation,
                cam.width, cam.height, cam.lat, cam.lon, cam.alt, cam.heading, cam.description, cam.artist,
                _dump_notes(cam.warnings), _dump_error(p.error), int(p.pixels_checked), cam.serial,
                cam.dest_lat, cam.dest_lon, pid,
            ),
        )
        c.execute(
            "DELETE FROM uploads WHERE photo_id=? AND state NOT IN (?, ?, ?, ?)",
            (pid, *_UPLOAD_KEPT),
        )
        kept = c.execute("SELECT state FROM uploads WHERE photo_id=?", (pid,)).fetchone()
        return AddResult(pid, "changed", None, previous=ChangedFile(old_sha1, old_size, kept[0] if kept else None))

    def known_files(self) -> dict[str, tuple[int, float, int]]:
        """Stored path -> (size, mtime, id) of every photo, to skip unchanged files on re-import."""
        return {
            from_db(path): (size, mtime, pid)
            for pid, path, size, mtime in self.conn.execute("SELECT id, path, size, mtime FROM photos")
        }

    def photo_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM photos ORDER BY id")]

    def photos(self, ids: Iterable[int] | None = None) -> list[Photo]:
        """Photos in shooting order (then file name); all of them, or those with the given ids."""
        # Each photo with its camera's clock correction (photowalk.clock), in the same query.
        # And whether it is culled, and what its picture measured at import (photowalk.culling).
        # And whose work it is (photowalk.origin).
        sql = (f"SELECT {_QUALIFIED_COLUMNS}, coalesce(k.offset_s, 0), {_CULLING_COLUMNS}, {_ORIGIN_COLUMNS} "
               "FROM photos LEFT JOIN camera_clocks k "
               "ON k.make = coalesce(photos.make, '') AND k.model = coalesce(photos.model, '') "
               "AND k.serial = coalesce(photos.serial, '') "
               "LEFT JOIN culled c ON c.photo_id = photos.id LEFT JOIN picture_stats s ON s.sha1 = photos.sha1 "
               "LEFT JOIN origins o ON o.photo_id = photos.id")
        args: list[Any] = []
        if ids is not None:
            id_list = list(ids)
            sql += f" WHERE photos.id IN ({','.join('?' * len(id_list))})"
            args = id_list
        sql += " ORDER BY photos.taken IS NULL, photos.taken, photos.path, photos.id"
        photos = [_photo_from_row(r) for r in self.conn.execute(sql, args)]
        by_id = {p.id: p for p in photos}
        if by_id:
            self._attach_texts(by_id)
        return photos

    def photo(self, photo_id: int) -> Photo:
        found = self.photos([photo_id])
        if not found:
            raise ProjectError(path=str(self.path), reason=no_photo(photo_id))
        return found[0]

    def _attach_texts(self, by_id: dict[int, Photo]) -> None:
        marks = ",".join("?" * len(by_id))
        ids = list(by_id)
        for pid, lang, text in self.conn.execute(
            f"SELECT photo_id, lang, text FROM descriptions WHERE photo_id IN ({marks}) ORDER BY position, rowid",
            ids,
        ):
            by_id[pid].descriptions[lang] = text
        for pid, name in self.conn.execute(
            f"SELECT photo_id, name FROM categories WHERE photo_id IN ({marks}) ORDER BY position, rowid", ids
        ):
            by_id[pid].categories.append(name)
        for pid, lang, text in self.conn.execute(
            f"SELECT photo_id, lang, text FROM captions WHERE photo_id IN ({marks}) ORDER BY position, rowid", ids
        ):
            by_id[pid].captions[lang] = text
        for pid, item, labels in self.conn.execute(
            f"SELECT photo_id, item, labels FROM depicts WHERE photo_id IN ({marks}) ORDER BY position, rowid", ids
        ):
            by_id[pid].depicts.append(_depicted(item, labels))

    def set_missing(self, states: dict[int, bool]) -> None:
        """Mark photos whose files went missing (or came back)."""
        with self.transaction() as c:
            c.executemany("UPDATE photos SET missing=? WHERE id=?", [(int(m), pid) for pid, m in states.items()])

    def unchecked_pixels(self) -> list[tuple[int, str, str, FileKind, int | None]]:
        """(id, stored path, SHA-1, kind, orientation) of photos whose picture was not decoded yet."""
        return [
            (pid, from_db(path), sha1, FileKind(kind), orientation)
            for pid, path, sha1, kind, orientation in self.conn.execute(
                "SELECT id, path, sha1, kind, orientation FROM photos WHERE pixels_checked=0 ORDER BY id"
            )
        ]

    def set_pixels_checked(self, results: dict[int, Reason | None],
                           stats: dict[str, PictureStats] | None = None) -> None:
        """Record decodes: photo id -> None (the picture is whole) or why it cannot be uploaded;
        and what was measured on the pictures, by SHA-1."""
        with self.transaction() as c:
            _write_stats(c, stats or {})
            c.executemany(
                "UPDATE photos SET pixels_checked=1, error=COALESCE(?, error) WHERE id=?",
                [(_dump_error(why), pid) for pid, why in results.items()],
            )

    def set_culled(self, ids: Iterable[int], culled: bool) -> None:
        """Mark photos "not for upload", or take the mark off."""
        wanted = list(dict.fromkeys(ids))
        with self.transaction() as c:
            if culled:
                now = _now()
                c.executemany("INSERT OR IGNORE INTO culled(photo_id, marked) SELECT id, ? FROM photos WHERE id=?",
                              [(now, i) for i in wanted])
            else:
                c.executemany("DELETE FROM culled WHERE photo_id=?", [(i,) for i in wanted])

    def culled_ids(self) -> set[int]:
        return {r[0] for r in self.conn.execute("SELECT photo_id FROM culled")}

    def relink_photo(self, photo_id: int, path: Path, size: int, mtime: float) -> None:
        with self.transaction() as c:
            c.execute(
                "UPDATE photos SET path=?, size=?, mtime=?, missing=0 WHERE id=?",
                (to_db(self.stored_path(path)), size, mtime, photo_id),
            )

    def remove_photos(self, ids: Iterable[int]) -> None:
        with self.transaction() as c:
            c.executemany("DELETE FROM photos WHERE id=?", [(i,) for i in ids])

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM photos").fetchone()[0])


def prepare_connection(conn: sqlite3.Connection, path: Path, *, wal: bool = False) -> None:
    """Check that a connection's file is a photowalk project this version reads, and bring it up to date.

    wal: also switch it to the write-ahead log (every connection but safe mode's hold on the original).
    """
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    if app_id != APPLICATION_ID and (tables or app_id):
        raise NotAProjectError(path=str(path), reason=QT_TRANSLATE_NOOP("errors", "a database of another program"))
    if version > len(MIGRATIONS):
        raise ProjectTooNewError(path=str(path), found=version, supported=len(MIGRATIONS))
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        if wal:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # SQLite could not make the write-ahead log beside the file (a read-only folder).
                raise ProjectReadOnlyError(path=str(path), folder=str(path.parent))
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        _migrate(conn, version)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA application_id = {APPLICATION_ID};\n"
                f"PRAGMA user_version = {number};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def storage_error(exc: sqlite3.Error, path: Path) -> ProjectError | DiskFullError:
    """A typed error for what SQLite reported about a project file, by SQLite's own error code."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    folder = str(path.parent)
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFullError(path=str(path))
    if primary == sqlite3.SQLITE_NOTADB or "not a database" in text:
        return NotAProjectError(path=str(path), reason=QT_TRANSLATE_NOOP("errors", "not a database"))
    if primary == sqlite3.SQLITE_READONLY or (primary in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
                                              and not _writable(path)):
        return ProjectReadOnlyError(path=str(path), folder=folder)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return ProjectBusyError(path=str(path))
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PROTOCOL):
        return StorageError(path=str(path), reason=text)
    return ProjectError(path=str(path), reason=text)


def is_storage_failure(exc: BaseException) -> bool:
    """True for errors after which nothing more should be written to the project until it is reopened."""
    return isinstance(exc, (StorageError, NotAProjectError)) or (
        isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError)
        and isinstance(storage_error(exc, Path(".")), (StorageError, NotAProjectError))
    )


def _writable(path: Path) -> bool:
    """Whether this process may write the project file and create its journal beside it."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    if not (folder_ok and file_ok):
        return False
    if sys.platform == "win32":  # no statvfs: os.access above has asked Windows already
        return True
    try:
        return not (os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return True


def _create_private(p: Path) -> None:
    """Create an empty project file only its owner can read (SQLite gives its journal the same mode).

    The file is new, so no connection to it can exist yet.
    """
    try:
        create_private(p)
    except FileExistsError:
        return
    except OSError as exc:
        if not _writable(p):
            raise ProjectReadOnlyError(path=str(p), folder=str(p.parent)) from exc
        raise ProjectError(path=str(p), reason=exc.strerror or str(exc)) from exc


def _make_private(p: Path) -> None:
    """Take away other users' access to a project and its journal (chmod opens no descriptor)."""
    for f in (p, p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")):
        make_private(f)  # not ours, or gone: SQLite says what matters when it opens the file


def no_photo(photo_id: int | str) -> Reason:
    """Why a photo number cannot be used: the project has none by that number."""
    return reason("no-photo", QT_TRANSLATE_NOOP("errors", "it has no photo number {id}"), id=photo_id)


def _write_stats(c: sqlite3.Connection, stats: dict[str, PictureStats]) -> None:
    if stats:
        c.executemany(
            "INSERT OR REPLACE INTO picture_stats(sha1, dhash, sharpness, brightness) VALUES (?, ?, ?, ?)",
            [(sha1, f"{s.dhash:016x}", s.sharpness, s.brightness) for sha1, s in stats.items()],
        )


def _dump_error(error: Reason | None) -> str | None:
    return error.dumps() if error is not None else None


def _dump_notes(notes: list[Note]) -> str:
    # "message" (English) as well: an older photowalk opening this project reads only that.
    return json.dumps([{"code": n.code, "template": n.template, "params": params_to_json(n.params),
                        "message": n.message} for n in notes], ensure_ascii=False)


def _load_notes(text: str) -> list[Note]:
    """Notes as stored; an older project's hold an English message instead of a template."""
    return [Note(d["code"], d.get("template", d.get("message", "")), params_from_json(d.get("params") or {}))
            for d in json.loads(text or "[]")]


def _photo_from_row(r: Sequence[Any]) -> Photo:
    (
        pid, path, sha1, size, mtime, kind, taken, make, model, orientation, width, height,
        lat, lon, alt, heading, desc, artist, warnings, error, missing, added,
        title, licence, author, attribution, edit_date, edit_lat, edit_lon, edit_heading,
        location_removed, extra, pixels_checked, serial, dest_lat, dest_lon, location_source,
        edit_dest_lat, edit_dest_lon, clock_offset,
        culled, dhash, sharpness, brightness,
        not_own, origin_author, origin_source, origin_reason, death_year, origin_year,
    ) = r
    camera = CameraData(
        taken=taken, make=make, model=model, orientation=orientation, width=width, height=height,
        lat=lat, lon=lon, alt=alt, heading=heading, description=desc, artist=artist,
        warnings=_load_notes(warnings), serial=serial, dest_lat=dest_lat, dest_lon=dest_lon,
    )
    return Photo(
        id=pid, path=from_db(path), sha1=sha1, size=size, mtime=mtime, kind=FileKind(kind), camera=camera,
        error=Reason.loads(error), missing=bool(missing), added=added, title=title, licence=licence, author=author,
        attribution=attribution, edit_date=edit_date, edit_lat=edit_lat, edit_lon=edit_lon,
        edit_heading=edit_heading, location_removed=bool(location_removed), extra_wikitext=extra,
        pixels_checked=bool(pixels_checked), location_source=location_source, clock_offset=int(clock_offset),
        edit_dest_lat=edit_dest_lat, edit_dest_lon=edit_dest_lon,
        culled=bool(culled),
        picture=PictureStats(int(dhash, 16), sharpness, brightness) if dhash is not None else None,
        origin=Origin(origin_author, origin_source, origin_reason, death_year, origin_year) if not_own else None,
    )


def _depicted(item: str, labels: str) -> DepictedItem:
    """A depicts row; labels that do not read as JSON are left out (the id is what matters)."""
    try:
        found = DepictedItem.from_json({"id": item, "labels": json.loads(labels or "{}")})
    except ValueError:
        found = None
    return found if found is not None else DepictedItem(item)
