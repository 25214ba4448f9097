"""A batch of photos: which need work, worker threads (one by default), pause, cancel, progress.

Each worker has its own project connection and its own logged-in wiki session. A
batch-stopping error (wrong password, block, a wiki that stays unreachable) stops every worker;
the photos' states stay in the project, so the next run continues where this one stopped.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from photowalk.errors import Cancelled, PhotowalkError
from photowalk.project import ProjectStore
from photowalk.upload.backoff import Retrier
from photowalk.upload.control import Control
from photowalk.upload.errors import UnexpectedError, UploadRunningElsewhere
from photowalk.upload.lock import upload_lock
from photowalk.upload.progress import Progress, ProgressTracker
from photowalk.upload.settings import UploadSettings
from photowalk.upload.state import UploadRow, UploadState, load
from photowalk.upload.uploader import PhotoUploader, UploadEvent, UploadItem, starting_row
from photowalk.upload.wiki import Wiki, WikiAddress

if TYPE_CHECKING:
    from photowalk.upload.oauth import TokenSource

log = logging.getLogger(__name__)

# Makes a Wiki (not yet connected) for one worker; the batch connects it with backoff.
WikiFactory = Callable[[Control], Wiki]


@dataclass
class BatchResult:
    rows: dict[int, UploadRow] = field(default_factory=dict)  # every item's state after the run
    stopped: PhotowalkError | None = None  # what stopped the batch early, if anything
    cancelled: bool = False  # stopped at the volunteer's request

    def count(self, state: UploadState) -> int:
        return sum(1 for r in self.rows.values() if r.state == state)


def wiki_factory(address: WikiAddress, user: str, password: str, settings: UploadSettings,
                 oauth: TokenSource | None = None) -> WikiFactory:
    """A factory of sessions for this account (the password stays inside the closure); with `oauth`,
    sessions that carry its Bearer token, sharing its refreshes."""

    def make(control: Control) -> Wiki:
        return Wiki(address, user, password, settings=settings.connection, control=control, oauth=oauth)

    return make


class UploadBatch:
    """Uploads a list of items; call run() from one thread, pause()/resume()/cancel() from any."""

    def __init__(
        self,
        project_path: Path,
        make_wiki: WikiFactory,
        settings: UploadSettings,
        *,
        on_progress: Callable[[Progress], None] | None = None,
        on_event: Callable[[UploadEvent], None] | None = None,
    ) -> None:
        self.project_path = Path(project_path)
        self.make_wiki = make_wiki
        self.settings = settings
        self.control = Control()
        self.tracker = ProgressTracker(on_progress)
        self.on_event = on_event
        self._user_cancelled = False
        self._stopped: PhotowalkError | None = None
        self._lock = threading.Lock()

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def cancel(self) -> None:
        self._user_cancelled = True
        self.control.cancel()

    def run(self, items: Sequence[UploadItem], api_url: str) -> BatchResult:
        """Upload what needs uploading; returns every item's state. Blocks until done or stopped.

        Another process uploading the same project (the window and the command line) stops this
        batch before anything is sent: result.stopped says so.
        """
        try:
            with upload_lock(self.project_path):
                return self._run(items, api_url)
        except UploadRunningElsewhere as exc:
            log.warning("upload refused: %s", exc.message)
            result = BatchResult(stopped=exc)
            self._collect_rows(result, items, api_url)
            return result

    def _run(self, items: Sequence[UploadItem], api_url: str) -> BatchResult:
        result = BatchResult()
        work: queue.Queue[tuple[UploadItem, UploadRow]] = queue.Queue()
        with ProjectStore.open(self.project_path) as store:
            for item in items:
                row = starting_row(store, item, api_url)
                if row is None:
                    existing = load(store, item.photo_id)
                    if existing is not None:
                        result.rows[item.photo_id] = existing
                    continue
                sent = row.bytes_confirmed if row.state == UploadState.STASHING and row.filekey else 0
                # A photo that is done only has its newer page text to send: no bytes.
                size = 0 if row.state in (UploadState.DONE, UploadState.STRUCTURING) else item.size
                self.tracker.add_file(item.photo_id, item.title, size, sent)
                work.put((item, row))
        n = min(self.settings.concurrency, work.qsize())
        threads = [
            threading.Thread(target=self._worker, args=(work, result), name=f"upload-{i}", daemon=True)
            for i in range(n)
        ]
        for t in threads:
            t.start()
        try:
            for t in threads:
                while t.is_alive():
                    t.join(0.2)
        except KeyboardInterrupt:
            self.cancel()
            for t in threads:
                t.join()
        self._collect_rows(result, items, api_url)
        result.stopped = self._stopped
        result.cancelled = self._user_cancelled
        return result

    def _collect_rows(self, result: BatchResult, items: Sequence[UploadItem], api_url: str) -> None:
        with ProjectStore.open(self.project_path) as store:
            for item in items:
                row = load(store, item.photo_id)
                if row is not None and row.wiki == api_url:
                    result.rows[item.photo_id] = row

    def _worker(self, work: queue.Queue[tuple[UploadItem, UploadRow]], result: BatchResult) -> None:
        store: ProjectStore | None = None
        wiki: Wiki | None = None
        uploader: PhotoUploader | None = None
        try:
            store = ProjectStore.open(self.project_path)
            wiki = self.make_wiki(self.control)
            wiki.on_relogin = lambda: self._emit(UploadEvent("relogin", None, None, message="logged in again"))
            uploader = PhotoUploader(store, wiki, self.settings, self.control, self.tracker, self.on_event)
            Retrier(self.settings.backoff, self.control, on_wait=uploader.waiting).run(wiki.connect)
            while not self.control.cancelled:
                try:
                    item, _ = work.get_nowait()
                except queue.Empty:
                    break
                # Read again: only this worker touches this photo from now on.
                row = starting_row(store, item, wiki.address.api_url)
                if row is None:
                    self.tracker.finish(item.photo_id, UploadState.DONE)
                    continue
                final = uploader.process(item, row)
                self.tracker.finish(item.photo_id, final.state)
        except Cancelled:
            pass
        except PhotowalkError as exc:  # an upload error, or the disk holding the project or the copies is full
            self._stop(exc)
        except Exception as exc:  # a bug must stop the batch loudly, never hang it or pass silently
            log.exception("upload worker failed")
            self._stop(UnexpectedError(kind=type(exc).__name__))
        finally:
            if uploader is not None:
                uploader.close()
            if wiki is not None:
                wiki.close()
            if store is not None:
                store.close()

    def _stop(self, exc: PhotowalkError) -> None:
        with self._lock:
            if self._stopped is None:
                self._stopped = exc
        log.warning("upload stopped: %s", exc.message)
        self.control.cancel()

    def _emit(self, event: UploadEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)
