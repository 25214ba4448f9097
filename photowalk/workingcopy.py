"""Safe mode: a project on a memory stick or a network folder is worked on as a copy on this computer.

SQLite's write-ahead log needs memory shared between programs and locks the drive keeps; network
folders and FAT/exFAT sticks do not promise either, and a stick pulled out mid-write may lose more
than the last change. So the first process that opens such a project:

- holds the original with one exclusive SQLite connection (rollback journal, full sync): no other
  program or computer can open it meanwhile, and every write to it is atomic;
- copies it to a working copy in this user's cache folder, which every connection of this process
  (and the worker processes it starts) uses like any project;
- writes what changed back to the original, through that SQLite connection, after each quiet moment
  and when the project is closed. The working copy is then removed; after a crash it is kept and its
  unsaved changes go to the original the next time the project is opened.

Only SQLite touches either file while a connection may be open.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from photowalk.errors import PhotowalkError, ProjectError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.locks import try_lock
from photowalk.paths import cache_dir
from photowalk.private import create_private, private_dir, private_fd, write_private

log = logging.getLogger(__name__)

QUIET_SECONDS = 1.5  # written back once nothing changed for this long ...
MAX_DELAY_SECONDS = 10.0  # ... or at the latest this long after the first unsaved change
POLL_SECONDS = 0.5

Prepare = Callable[[sqlite3.Connection], None]


class SafeModeBusyError(ProjectError):
    code = "project-busy-safe-mode"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is on a memory stick or a network folder and is already open in photowalk (on this or "
        "another computer). On such drives only one program may have a project open at a time: close "
        "it there, then try again.",
    )


class SafeModeSyncError(ProjectError):
    code = "safe-mode-sync"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Your latest changes could not be saved to {path} ({reason}). They are kept on this computer and "
        "are saved there when you open the project again with the stick or folder back in place.",
    )


@dataclass
class Recovered:
    """What opening a project found left from a crash: changes saved, or kept aside in a copy."""

    saved_changes: int = 0
    conflict_copy: Path | None = None


def working_dir() -> Path:
    return private_dir(cache_dir() / "working-copies")


def working_path(original: Path) -> Path:
    """Where this computer keeps the working copy of `original` (one per project file)."""
    key = hashlib.sha1(os.fsencode(str(original))).hexdigest()[:16]
    stem = re.sub(r"[^\w.-]+", "_", original.stem)[:40] or "project"
    return working_dir() / f"{stem}-{key}.photowalk"


def _marker(work: Path) -> Path:
    return work.with_name(work.name + ".json")


def _lock_file(work: Path) -> Path:
    return work.with_name(work.name + ".lock")


def _remove(work: Path) -> None:
    for f in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm"), _marker(work)):
        f.unlink(missing_ok=True)


def _max_seq(conn: sqlite3.Connection, schema: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(seq), 0) FROM {schema}.changes").fetchone()[0])


def _tables(conn: sqlite3.Connection) -> list[tuple[str, str | None]]:
    """Every table of the project with the column that names its photo (None: copied whole)."""
    out: list[tuple[str, str | None]] = []
    for (name,) in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'changes' ORDER BY name"
    ):
        cols = {r[1] for r in conn.execute(f"PRAGMA main.table_info({name})")}
        out.append((name, "id" if name == "photos" else "photo_id" if "photo_id" in cols else None))
    return out


def copy_changes(conn: sqlite3.Connection, since: int) -> int:
    """Write what schema `w` gained after change `since` into `main`, in one transaction; returns the new mark.

    Rows of changed photos are replaced, tables without photos are copied whole, and the change log
    goes over unchanged so both files keep the same numbering.
    """
    newest = _max_seq(conn, "w")
    if newest <= since:
        return since
    oldest = conn.execute("SELECT min(seq) FROM w.changes").fetchone()[0]
    whole = oldest is None or oldest > since + 1  # the log was pruned past the last copy
    ids = [r[0] for r in conn.execute("SELECT DISTINCT photo_id FROM w.changes WHERE seq > ?", (since,))]
    conn.execute("BEGIN IMMEDIATE")
    try:
        main_mark = _max_seq(conn, "main")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_ids(id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.sync_ids")
        conn.executemany("INSERT INTO temp.sync_ids VALUES (?)", [(i,) for i in ids])
        for table, key in _tables(conn):
            if key is None or whole:
                conn.execute(f"DELETE FROM main.{table}")
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM w.{table}")
            else:
                conn.execute(f"DELETE FROM main.{table} WHERE {key} IN (SELECT id FROM temp.sync_ids)")
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM w.{table} "
                             f"WHERE {key} IN (SELECT id FROM temp.sync_ids)")
        # The copies above fired the original's own change triggers: the working copy's log replaces them.
        conn.execute("DELETE FROM main.changes WHERE seq > ?", (min(main_mark, since),))
        conn.execute("INSERT INTO main.changes SELECT * FROM w.changes WHERE seq > ?", (since,))
        conn.execute("UPDATE main.sqlite_sequence SET seq = ? WHERE name = 'changes'", (newest,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return newest


@dataclass
class _Holder:
    original: Path
    work: Path
    conn: sqlite3.Connection  # the only connection to the original: exclusive; the working copy attached as "w"
    lock_fd: int
    synced: int
    users: int = 1
    recovered: Recovered = field(default_factory=Recovered)
    problem: PhotowalkError | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="photowalk-safe-mode", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        seen = self._version()
        first_unsaved: float | None = None
        last_change = 0.0
        while not self._stop.wait(POLL_SECONDS):
            try:
                version = self._version()
            except sqlite3.Error:
                continue
            now = time.monotonic()
            if version != seen:
                seen, last_change = version, now
                first_unsaved = first_unsaved or now
            if first_unsaved is not None and (now - last_change >= QUIET_SECONDS
                                              or now - first_unsaved >= MAX_DELAY_SECONDS):
                if self.sync():
                    first_unsaved = None
                else:
                    first_unsaved = now  # try again a while later

    def _version(self) -> int:
        with self._lock:
            return int(self.conn.execute("PRAGMA w.data_version").fetchone()[0])

    def sync(self) -> bool:
        """Write the working copy's changes to the original now; False (and `problem` set) if it failed."""
        with self._lock:
            try:
                self.synced = copy_changes(self.conn, self.synced)
            except sqlite3.Error as exc:
                if self.problem is None:
                    log.warning("saving %s from its working copy failed: %s", self.original, exc)
                self.problem = SafeModeSyncError(path=str(self.original), reason=str(exc))
                return False
            self.problem = None
        _write_marker(self.work, self.original, self.synced)
        return True

    def close(self) -> PhotowalkError | None:
        """Stop watching, write the last changes back and let the original go; returns why that failed."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        saved = self.sync()
        with self._lock:
            try:
                self.conn.execute("DETACH DATABASE w")
            except sqlite3.Error:
                pass
            self.conn.close()
        if saved:
            _remove(self.work)
        _unlock(self.lock_fd)
        return self.problem


_holders: dict[Path, _Holder] = {}
_registry = threading.Lock()
# Working copies this process uses without holding them: a worker process started by the holder.
_guests: dict[Path, Path] = {}


def join(original: Path, work: Path) -> None:
    """From now on this process opens `original` through `work`, which its parent process holds."""
    with _registry:
        _guests[Path(original).absolute()] = Path(work)


def guest_copy(original: Path) -> Path | None:
    """The working copy this process was told to use for `original`, if any."""
    with _registry:
        return _guests.get(original)


def _write_marker(work: Path, original: Path, synced: int) -> None:
    text = json.dumps({"original": os.fsdecode(os.fsencode(str(original))), "synced": synced})
    write_private(_marker(work), text.encode("utf-8", errors="surrogateescape"))


def _try_lock(path: Path) -> int | None:
    fd = private_fd(path, os.O_RDWR)
    if not try_lock(fd):
        os.close(fd)
        return None
    return fd


def _unlock(fd: int) -> None:
    os.close(fd)  # closing the descriptor releases the lock


def acquire(original: Path, prepare: Prepare) -> Path:
    """The working copy this process uses for `original`, becoming its holder if nobody is."""
    with _registry:
        holder = _holders.get(original)
        if holder is not None:
            holder.users += 1
            return holder.work
        holder = _become_holder(original, prepare)
        _holders[original] = holder
        holder.start()
        return holder.work


def release(original: Path) -> None:
    """One connection less; the last one writes everything back and removes the working copy.

    Raises SafeModeSyncError when that last write-back failed (the working copy is then kept).
    """
    with _registry:
        holder = _holders.get(original)
        if holder is None:
            return
        holder.users -= 1
        if holder.users > 0:
            return
        del _holders[original]
    problem = holder.close()
    if problem is not None:
        raise problem


def holder_of(original: Path) -> _Holder | None:
    with _registry:
        return _holders.get(original)


def _become_holder(original: Path, prepare: Prepare) -> _Holder:
    work = working_path(original)
    lock_fd = _try_lock(_lock_file(work))
    if lock_fd is None:
        raise SafeModeBusyError(path=str(original))
    try:
        conn = sqlite3.connect(original, isolation_level=None, timeout=0.5, check_same_thread=False)
    except sqlite3.Error as exc:
        _unlock(lock_fd)
        raise ProjectError(path=str(original), reason=str(exc)) from exc
    try:
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("BEGIN EXCLUSIVE")  # the lock stays held after COMMIT in exclusive locking mode
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise SafeModeBusyError(path=str(original)) from exc
            raise
        prepare(conn)  # checks it is a project and brings it to this version's schema
        conn.execute("PRAGMA foreign_keys=OFF")  # rows are copied table by table, as the working copy has them
        recovered = _recover(conn, original, work, prepare)
        _remove(work)
        _make_copy(conn, work)
        _attach(conn, work)
        synced = _max_seq(conn, "main")
        _write_marker(work, original, synced)
    except BaseException:
        conn.close()
        _unlock(lock_fd)
        raise
    return _Holder(original, work, conn, lock_fd, synced, recovered=recovered)


def _attach(conn: sqlite3.Connection, work: Path) -> None:
    # An attached file takes the connection's default locking mode: normal for the working copy (so
    # the process's other connections can use it), while the original keeps its exclusive lock (no
    # access happens between the two statements, so it is never let go).
    conn.execute("PRAGMA locking_mode=NORMAL")
    conn.execute("PRAGMA main.locking_mode=EXCLUSIVE")
    conn.execute("ATTACH DATABASE ? AS w", (str(work),))


def _make_copy(conn: sqlite3.Connection, work: Path) -> None:
    create_private(work)  # a new file: nothing has it open; SQLite gives its journal the same mode
    dest = sqlite3.connect(work, isolation_level=None)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=WAL")
    finally:
        dest.close()


def _recover(conn: sqlite3.Connection, original: Path, work: Path, prepare: Prepare) -> Recovered:
    """Save what a crashed session left unsaved in its working copy (nobody else can hold it now)."""
    result = Recovered()
    marker = _marker(work)
    if not work.exists() or not marker.exists():
        return result
    try:
        synced = int(json.loads(marker.read_text(encoding="utf-8", errors="surrogateescape"))["synced"])
    except (OSError, ValueError, KeyError, TypeError):
        return result
    left = sqlite3.connect(work, isolation_level=None)
    try:
        prepare(left)  # a copy left by an older photowalk gets this version's schema first
    finally:
        left.close()
    _attach(conn, work)
    try:
        ahead = _max_seq(conn, "w") - synced
        if ahead <= 0:
            return result
        if _max_seq(conn, "main") == synced:
            copy_changes(conn, synced)
            result.saved_changes = ahead
            log.info("saved %d change(s) to %s left from an earlier session", ahead, original)
            return result
        # The original changed elsewhere since: keep both, overwrite neither.
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M")
        copy = original.with_name(f"{original.stem} (changes kept {stamp}){original.suffix}")
        create_private(copy)
        dest = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.execute("DETACH DATABASE w")
            src = sqlite3.connect(work, isolation_level=None)
            try:
                src.backup(dest)
            finally:
                src.close()
        finally:
            dest.close()
        result.conflict_copy = copy
        log.warning("%s changed elsewhere; unsaved changes kept in %s", original, copy)
        return result
    finally:
        try:
            conn.execute("DETACH DATABASE w")
        except sqlite3.Error:
            pass
