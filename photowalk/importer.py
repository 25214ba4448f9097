"""Import a camera folder into a project: scan, hash, read EXIF, thumbnail, record."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from photowalk.errors import DiskFullError, FileReadError, ImageError, PhotowalkError
from photowalk.exif import embedded_preview, read_camera_data
from photowalk.files import Stopped, open_regular, os_reason
from photowalk.hashing import sha1_and_stat, sha1_file
from photowalk.heic import HeicConversionError, check_folder, convert_to_jpeg, heic_target
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.importreport import ImportProgress, ImportReport
from photowalk.integrity import PngDamage, verify_png
from photowalk.photo import CameraData, FileKind
from photowalk.project import AddResult, NewPhoto, ProjectStore
from photowalk.reasons import Reason, as_reason, reason
from photowalk.scan import ScanEntry, extension, scan
from photowalk.thumbnails import DAMAGED, INCOMPLETE, TOO_LARGE, PreviewTooLarge, ThumbnailCache

T = TypeVar("T")
R = TypeVar("R")
_END = object()
HEAD_START = 32  # files recorded as soon as the scan finds them: about a screen of the grid

# Why a file cannot go to Commons, by its real content type.
REJECTION = {
    FileKind.HEIC: Reason("heic", QT_TRANSLATE_NOOP(
        "import", "HEIC photos are not accepted by Commons. Save or export it as JPEG, then import that."
    ), context="import"),
    FileKind.RAW: Reason("raw", QT_TRANSLATE_NOOP(
        "import", "Camera RAW files are not accepted by Commons. Export the photo as JPEG, then import that."
    ), context="import"),
    FileKind.VIDEO: Reason("video", QT_TRANSLATE_NOOP(
        "import", "Videos are not accepted by Commons in this format; photowalk uploads photos."
    ), context="import"),
}
# Why a file named like a photo is not one; templates filled with the name's extension (`ext`).
NOT_AN_IMAGE = {
    "empty": QT_TRANSLATE_NOOP("import", "The file is empty (0 bytes): it is not a picture."),
    "text": QT_TRANSLATE_NOOP("import", "This is a text file, not a picture, although its name ends in .{ext}."),
    "unknown": QT_TRANSLATE_NOOP("import", "This is not a picture photowalk recognises, although its name ends in .{ext}."),
}


Progress = Callable[[ImportProgress], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class _Failure:
    path: Path
    reason: Reason


def default_workers() -> int:
    """Thread pool size: Pillow and hashlib release the GIL, so threads use every core."""
    return max(1, min(4, os.cpu_count() or 2))


def read_file(
    entry: ScanEntry,
    thumbnails: ThumbnailCache | None,
    *,
    record_first: bool = False,
    cancel: Cancel | None = None,
) -> NewPhoto | _Failure | None:
    """Hash, read and thumbnail one file (runs on a worker thread); None when cancelled meanwhile.

    record_first: leave the decode (and the thumbnail) to check_pixels, for a grid that fills at once.
    """
    path = entry.path
    try:
        sha1, st = sha1_and_stat(path, cancel=cancel)
    except Stopped:
        return None
    except OSError as exc:
        return _Failure(path, _os_reason(exc))
    error: Reason | None = None
    camera = CameraData()
    try:
        camera = read_camera_data(path, entry.kind)
    except FileReadError as exc:
        return _Failure(path, reason_of(exc))
    if entry.kind == FileKind.JPEG and thumbnails is not None and thumbnails.get_preview(sha1) is None:
        # The camera's small preview, kept for the window's grid until the sharp thumbnail is made.
        preview = embedded_preview(path)
        if preview is not None:
            try:
                thumbnails.store_preview(sha1, preview)
            except PhotowalkError:
                pass  # a preview is a nicety; the sharp thumbnail follows
    if entry.kind.accepted and record_first:
        return NewPhoto(path, sha1, st.st_size, st.st_mtime, entry.kind, camera, None, pixels_checked=False)
    if entry.kind.accepted:
        if thumbnails is not None:
            outcome = check_picture(thumbnails, path, sha1, camera.orientation or 1, entry.kind, cancel)
            if outcome is _STOPPED:
                return None
            if isinstance(outcome, _Failure):
                return outcome
            error = outcome  # type: ignore[assignment]
    elif entry.kind is FileKind.NOT_IMAGE:
        error = not_an_image_reason(path, st.st_size)
    else:
        error = REJECTION[entry.kind]
    return NewPhoto(path, sha1, st.st_size, st.st_mtime, entry.kind, camera, error)


_STOPPED = object()


def check_picture(
    cache: ThumbnailCache, path: Path, sha1: str, orientation: int, kind: FileKind, cancel: Cancel | None = None
) -> Reason | None | _Failure | object:
    """Decode a picture whole, making its thumbnail: None if it is whole, else why it cannot be uploaded.

    A picture too large to decode within the memory budget is checked without decoding where
    its format allows (PNG); _STOPPED when cancelled, a _Failure when the file cannot be read.
    """
    try:
        cache.ensure(path, sha1, orientation)
    except PreviewTooLarge:
        return _check_undecoded(path, kind, cancel)
    except ImageError as exc:
        return reason_of(exc)
    except FileReadError as exc:
        return _Failure(path, reason_of(exc))
    return None


def reason_of(exc: PhotowalkError) -> Reason:
    """The reason a file error gives (its `reason` parameter), else the whole error as one."""
    why = exc.params.get("reason")
    return as_reason(why, exc.code) if why is not None else Reason.of(exc)


def _check_undecoded(path: Path, kind: FileKind, cancel: Cancel | None) -> Reason | None | _Failure | object:
    if kind is not FileKind.PNG:
        return TOO_LARGE
    try:
        with open_regular(path) as f:
            verify_png(f, cancel)
    except Stopped:
        return _STOPPED
    except PngDamage as exc:
        return INCOMPLETE if exc.cut else DAMAGED
    except OSError as exc:
        return _Failure(path, _os_reason(exc))
    return None


def not_an_image_reason(path: Path, size: int) -> Reason:
    """Why a file named like a photo is not one."""
    ext = extension(path) or "?"
    if size == 0:
        return Reason("empty", NOT_AN_IMAGE["empty"], context="import")
    try:
        with path.open("rb") as f:
            head = f.read(1024)
        head.decode("utf-8")
        is_text = all(b >= 0x20 or b in b"\t\r\n\f" for b in head)
    except (OSError, UnicodeDecodeError):
        is_text = False
    kind = "text" if is_text else "unknown"
    return reason(f"not-an-image-{kind}", NOT_AN_IMAGE[kind], "import", ext=ext)


def _os_reason(exc: OSError) -> Reason:
    if isinstance(exc, FileNotFoundError):
        return Reason("disappeared", QT_TRANSLATE_NOOP("errors", "the file disappeared during the import (card removed?)"))
    return os_reason(exc)


def import_paths(
    sources: Iterable[Path],
    store: ProjectStore,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    on_batch: Callable[[list[AddResult]], None] | None = None,
    thumbnails: ThumbnailCache | None = None,
    make_thumbnails: bool = True,
    record_first: bool = False,
    on_checked: Callable[[list[int]], None] | None = None,
    workers: int | None = None,
    batch_seconds: float = 0.25,
) -> ImportReport:
    """Import every photo under `sources` into `store`; files already imported are skipped.

    Each batch is committed as soon as it is read, so a cancel, a crash or a full disk keeps
    what was done and a second run picks up the rest. record_first: record each photo from its
    hash and camera data, then decode every picture (check_pixels; `on_checked` gets the ids),
    so photos appear before their thumbnails are made. make_thumbnails=False never decodes.
    """
    cancelled = cancel or (lambda: False)
    report = ImportReport()
    known = store.known_files()
    # HEIC photos become JPEG copies when the project asks for it, never written where the originals are.
    heic_folder = heic_target(store)
    if heic_folder is not None:
        check_folder(heic_folder, [Path(s) for s in sources])

    def new_entries(entries: Iterable[ScanEntry]) -> list[ScanEntry]:
        todo = []
        for entry in entries:
            # A known path with another size or time is read again: edited files update their photo.
            seen = known.get(store.stored_path(entry.path))
            if seen is not None and seen[0] == entry.size and abs(seen[1] - entry.mtime) < 1e-6:
                report.unchanged += 1
            else:
                todo.append(entry)
        return todo

    cache = (thumbnails if thumbnails is not None else ThumbnailCache()) if make_thumbnails else None
    pool = workers or default_workers()
    # Recording first is hashing (C, without the GIL) and reading camera data (Python, with it): one
    # thread keeps up with the disk and leaves the GIL to the window; decoding then uses them all.
    readers = 1 if record_first else pool
    head: list[ScanEntry] = []  # the first files found, recorded before the scan goes on
    head_todo: list[ScanEntry] = []

    def record_head(entries: list[ScanEntry]) -> None:
        # A screenful is recorded while the scan of a large card goes on: the grid fills at once.
        head.extend(entries)
        head_todo.extend(new_entries(entries))
        _run_pool(head_todo, store, cache, report, None, cancelled, on_batch, readers, batch_seconds, record_first,
                  heic_folder=heic_folder)

    scanned = scan(
        [Path(s) for s in sources],
        progress=(lambda done, _t: progress(ImportProgress("scan", done, 0))) if progress else None,
        cancel=cancelled,
        exclude=project_files(store),
        head_start=(HEAD_START, record_head) if record_first and cache is not None else None,
    )
    report.skipped = scanned.skipped
    report.failed.extend(scanned.unreadable)
    if cancelled():
        report.cancelled = True
        return report

    done_before = len(head_todo)
    todo = new_entries(scanned.entries[len(head):])
    total = done_before + len(todo)
    if progress:
        progress(ImportProgress("read", done_before, total))
    _run_pool(todo, store, cache, report, progress, cancelled, on_batch, readers, batch_seconds, record_first,
              done_before=done_before, heic_folder=heic_folder)
    if cache is not None and not cancelled():
        # Also photos of an earlier record-first import that was stopped before its decodes.
        checked = check_pixels(store, cache, progress=progress, cancel=cancelled, on_checked=on_checked,
                               workers=pool, batch_seconds=batch_seconds)
        added = dict(report.added) | {pid: path for pid, path, _was in report.changed}
        report.rejected.extend((pid, added[pid], why) for pid, why in checked.items() if why and pid in added)
        report.cancelled = report.cancelled or cancelled()
    return report


def project_files(store: ProjectStore) -> list[Path]:
    """The project's own files (and its working copy's), which a scan of its folder must never open."""
    files = [store.path, store.db_path]
    return [f.with_name(f.name + end) for f in files for end in ("", "-wal", "-shm", "-journal")]


def _pooled(
    fn: Callable[[T], R], items: Iterable[T], workers: int, cancelled: Cancel
) -> Iterator[R]:
    """fn over items on a thread pool, results as they finish; no new work once cancelled.

    Bounded in-flight work keeps memory flat in the number of files.
    """
    queue = iter(items)
    in_flight: set[Future[R]] = set()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photowalk-import") as pool:
        try:
            while True:
                while len(in_flight) < workers * 2 and not cancelled():
                    item = next(queue, _END)
                    if item is _END:
                        break
                    in_flight.add(pool.submit(fn, item))  # type: ignore[arg-type]
                if not in_flight:
                    break
                finished, in_flight = wait(in_flight, timeout=0.2, return_when=FIRST_COMPLETED)
                for fut in finished:
                    yield fut.result()
        finally:
            for fut in in_flight:  # the consumer stopped early (an error): drop what has not started
                fut.cancel()


class _Batches(Generic[T]):
    """Results waiting to be committed together: every `seconds`, after the last one, and before
    an error or an interrupt (a second Ctrl+C) leaves: all but a full disk, where nothing more
    can be written."""

    def __init__(self, commit: Callable[[list[T]], None], seconds: float) -> None:
        self.commit = commit
        self.seconds = seconds
        self.pending: list[T] = []
        self.last = time.monotonic()

    def add(self, item: T, *, last: bool) -> None:
        self.pending.append(item)
        if last or time.monotonic() - self.last >= self.seconds:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            batch, self.pending = self.pending, []
            self.commit(batch)
        self.last = time.monotonic()

    def __enter__(self) -> _Batches[T]:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None or (
            isinstance(exc, (PhotowalkError, KeyboardInterrupt)) and not isinstance(exc, DiskFullError)
        ):
            self.flush()


def _run_pool(
    todo: Sequence[ScanEntry],
    store: ProjectStore,
    cache: ThumbnailCache | None,
    report: ImportReport,
    progress: Progress | None,
    cancelled: Cancel,
    on_batch: Callable[[list[AddResult]], None] | None,
    workers: int,
    batch_seconds: float,
    record_first: bool,
    *,
    done_before: int = 0,
    heic_folder: Path | None = None,
) -> None:
    total = done_before + len(todo)
    done = done_before
    dropped = 0  # files whose reading was stopped by a cancel

    def commit(photos: list[NewPhoto]) -> None:
        results = store.add_photos(photos)
        _record(report, photos, results)
        if on_batch:
            on_batch(results)

    def read(entry: ScanEntry) -> tuple[ScanEntry, NewPhoto | _Failure | None]:
        if entry.kind is FileKind.HEIC and heic_folder is not None:
            try:
                jpeg = convert_to_jpeg(entry.path, heic_folder)
                st = jpeg.stat()
            except HeicConversionError as exc:
                return entry, _Failure(entry.path, Reason.of(exc))
            except OSError as exc:
                return entry, _Failure(entry.path, _os_reason(exc))
            entry = ScanEntry(jpeg, FileKind.JPEG, st.st_size, st.st_mtime)
        return entry, read_file(entry, cache, record_first=record_first, cancel=cancelled)

    with _Batches(commit, batch_seconds) as batches:
        for entry, result in _pooled(read, todo, workers, cancelled):
            done += 1
            if isinstance(result, _Failure):
                report.failed.append((result.path, result.reason))
            if progress:
                progress(ImportProgress("read", done, total, entry.path))
            if isinstance(result, NewPhoto):
                batches.add(result, last=done == total)
            else:
                dropped += result is None
    report.cancelled = cancelled() and (done < total or dropped > 0)


def check_pixels(
    store: ProjectStore,
    thumbnails: ThumbnailCache | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    on_checked: Callable[[list[int]], None] | None = None,
    workers: int | None = None,
    batch_seconds: float = 0.25,
) -> dict[int, Reason | None]:
    """Decode every picture recorded before it was decoded, making its thumbnail.

    Returns the photos checked: id -> None, or why the picture cannot be uploaded.

    A file that is not there stays unchecked until it is back.
    """
    cancelled = cancel or (lambda: False)
    cache = thumbnails if thumbnails is not None else ThumbnailCache()
    todo = store.unchecked_pixels()
    total = len(todo)
    checked: dict[int, Reason | None] = {}

    def decode(item: tuple[int, str, str, FileKind, int | None]) -> tuple[int, Path, Reason | None | _Failure | object]:
        pid, stored, sha1, kind, orientation = item
        path = store.resolve(stored)
        return pid, path, check_picture(cache, path, sha1, orientation or 1, kind, cancelled)

    def commit(outcomes: list[tuple[int, Reason | None]]) -> None:
        batch = dict(outcomes)
        store.set_pixels_checked(batch)
        checked.update(batch)
        if on_checked:
            on_checked(list(batch))

    if progress:
        progress(ImportProgress("check", 0, total))
    done = 0
    with _Batches(commit, batch_seconds) as batches:
        for pid, path, outcome in _pooled(decode, todo, workers or default_workers(), cancelled):
            done += 1
            if progress:
                progress(ImportProgress("check", done, total, path))
            if outcome is not _STOPPED and not isinstance(outcome, _Failure):
                batches.add((pid, outcome), last=done == total)  # type: ignore[arg-type]
    return checked


def _record(report: ImportReport, photos: Sequence[NewPhoto], results: Sequence[AddResult]) -> None:
    for photo, res in zip(photos, results, strict=True):
        if res.outcome == "added":
            report.added.append((res.photo_id, photo.path))
            if photo.error:
                report.rejected.append((res.photo_id, photo.path, photo.error))
        elif res.outcome == "relinked":
            report.relinked.append((res.photo_id, photo.path))
        elif res.outcome == "changed" and res.previous is not None:
            report.changed.append((res.photo_id, photo.path, res.previous))
            if photo.error:
                report.rejected.append((res.photo_id, photo.path, photo.error))
        elif res.outcome == "touched":
            report.unchanged += 1
        else:
            report.duplicates.append((photo.path, res.existing_path or ""))


def update_missing(store: ProjectStore) -> dict[int, bool]:
    """Mark photos whose files are gone (or back); returns the photos whose mark changed: id -> missing."""
    states: dict[int, bool] = {}
    for pid, stored, missing in store.conn.execute("SELECT id, path, missing FROM photos"):
        gone = not store.resolve(stored).exists()
        if gone != bool(missing):
            states[pid] = gone
    if states:
        store.set_missing(states)
    return states


def refresh_missing(store: ProjectStore) -> list[int]:
    """Mark photos whose files are gone (or back); returns the ids now missing."""
    update_missing(store)
    return [pid for pid, _p in store.conn.execute("SELECT id, path FROM photos WHERE missing=1")]


def relink_folder(
    store: ProjectStore,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[tuple[int, Path]]:
    """Find missing photos in `folder` by content (size, then SHA-1) and point the project at them."""
    cancelled = cancel or (lambda: False)
    refresh_missing(store)
    wanted: dict[int, list[tuple[int, str]]] = {}
    for pid, size, sha1 in store.conn.execute("SELECT id, size, sha1 FROM photos WHERE missing=1"):
        wanted.setdefault(size, []).append((pid, sha1))
    found: list[tuple[int, Path]] = []
    if not wanted:
        return found
    candidates = [e for e in scan([folder], cancel=cancelled, exclude=project_files(store)).entries
                  if e.size in wanted]
    for n, entry in enumerate(candidates, 1):
        if cancelled():
            break
        try:
            digest = sha1_file(entry.path, cancel=cancelled)
        except Stopped:
            break
        except OSError:
            continue
        for pid, sha1 in wanted[entry.size]:
            if sha1 == digest:
                store.relink_photo(pid, entry.path, entry.size, entry.mtime)
                found.append((pid, entry.path))
        if progress:
            progress(ImportProgress("relink", n, len(candidates), entry.path))
    return found
