"""A batch of photos: which need work, worker threads (one by default), pause, cancel, progress.

Each worker has its own project connection and its own logged-in wiki session. A
batch-stopping error (wrong password, block, a wiki that stays unreachable) stops every worker;
the photos' states stay in the project, so the next run continues where this one stopped.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from photowalk.errors import Cancelled, PhotowalkError
from photowalk.project import ProjectStore
from photowalk.upload import linkstats
from photowalk.upload.backoff import Retrier
from photowalk.upload.control import Control
from photowalk.upload.errors import UnexpectedError, UploadRunningElsewhere
from photowalk.upload.estimate import AccountLimited, batch_seconds, limit_notice
from photowalk.upload.lock import upload_lock
from photowalk.upload.pacer import Pacer, PaceWait
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
        self.pacer = Pacer()  # one for all workers: the account's limits count every session's publishes
        self.notice: AccountLimited | None = None  # said before the first file went, when uploads are limited
        self._announced = False
        self._paced = 0.0  # seconds workers spent held by the pacer
        self._api_url = ""

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
        self._api_url = api_url
        prior = linkstats.measured_rate(api_url)
        # Time left: the speed measured now (or in earlier batches), or the account's limit if slower.
        self.tracker.estimate = lambda left, files, rate: batch_seconds(left, files, rate or prior, self.pacer.limits)
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
        # The workers log in one after another: the first upload starts sooner (on a small server,
        # logins at once slow each other down), and the wiki sees one login at a time.
        logins = [threading.Event() for _ in range(n)]
        threads = [
            threading.Thread(target=self._worker, args=(work, result, logins[i - 1] if i else None, logins[i]),
                             name=f"upload-{i}", daemon=True)
            for i in range(n)
        ]
        started = time.monotonic()
        sent_before = self.tracker.bytes_done
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
        if threads:
            # The link's speed for the next batch's estimate: the time held by the pacer is not the link's.
            busy = time.monotonic() - started - self._paced / len(threads)
            linkstats.record_batch(api_url, self.tracker.bytes_done - sent_before, busy)
        self._collect_rows(result, items, api_url)
        result.stopped = self._stopped
        result.cancelled = self._user_cancelled
        return result

    def _logged_in(self, wiki: Wiki) -> None:
        """The first session's login read the account's limits: keep them, and say what they mean."""
        with self._lock:
            if self._announced:
                return
            self._announced = True
        if wiki.user:
            linkstats.save_limits(wiki.address.api_url, wiki.user, wiki.limits)
        p = self.tracker.snapshot()
        files = p.files_total - p.files_done
        seconds = batch_seconds(p.bytes_total - p.bytes_done, files, linkstats.measured_rate(self._api_url), wiki.limits)
        self.notice = limit_notice(wiki.limits, files, seconds)
        if self.notice is not None:
            log.info("%s", self.notice.message)
            self._emit(UploadEvent("limits", None, None, message=self.notice.message, error=self.notice))

    def _held(self, uploader: PhotoUploader, wait: PaceWait) -> None:
        with self._lock:
            self._paced += wait.seconds
        uploader.paced(wait)

    def _collect_rows(self, result: BatchResult, items: Sequence[UploadItem], api_url: str) -> None:
        with ProjectStore.open(self.project_path) as store:
            for item in items:
                row = load(store, item.photo_id)
                if row is not None and row.wiki == api_url:
                    result.rows[item.photo_id] = row

    def _worker(self, work: queue.Queue[tuple[UploadItem, UploadRow]], result: BatchResult,
                login_after: threading.Event | None, logged_in: threading.Event) -> None:
        """Upload items from `work` until it is empty; log in once `login_after` is set, then set `logged_in`."""
        store: ProjectStore | None = None
        wiki: Wiki | None = None
        uploader: PhotoUploader | None = None
        try:
            store = ProjectStore.open(self.project_path)
            wiki = self.make_wiki(self.control)
            wiki.on_relogin = lambda: self._emit(UploadEvent("relogin", None, None, message="logged in again"))
            uploader = PhotoUploader(store, wiki, self.settings, self.control, self.tracker, self.on_event)
            wiki.pacer = self.pacer
            wiki.on_paced = lambda wait, uploader=uploader: self._held(uploader, wait)
            if login_after is not None:
                self._wait_turn(login_after)
            try:
                Retrier(self.settings.backoff, self.control, on_wait=uploader.waiting).run(wiki.connect)
            finally:
                logged_in.set()
            self._logged_in(wiki)
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
            logged_in.set()
            if uploader is not None:
                uploader.close()
            if wiki is not None:
                wiki.close()
            if store is not None:
                store.close()

    def _wait_turn(self, after: threading.Event) -> None:
        while not after.wait(0.2):
            self.control.checkpoint()

    def _stop(self, exc: PhotowalkError) -> None:
        with self._lock:
            if self._stopped is None:
                self._stopped = exc
        log.warning("upload stopped: %s", exc.message)
        self.control.cancel()

    def _emit(self, event: UploadEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)
