"""Progress of a batch: per-file and total bytes, transfer rate and time left; thread-safe."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from photowalk.upload.state import UploadState

RATE_WINDOW = 20.0  # seconds of transfer the rate is averaged over


@dataclass(frozen=True)
class FileProgress:
    photo_id: int
    title: str
    sent: int
    size: int
    state: UploadState


@dataclass(frozen=True)
class Progress:
    """A snapshot handed to progress callbacks."""

    files_total: int
    files_done: int  # finished in any way: done, failed, needs attention, skipped
    bytes_total: int
    bytes_done: int
    rate: float | None  # bytes per second over the last RATE_WINDOW seconds
    eta: float | None  # seconds left at that rate
    current: tuple[FileProgress, ...]
    elapsed: float

    @property
    def fraction(self) -> float:
        """How much of the batch is done, 0 to 1: by bytes, and by files where no bytes are left to send.

        Files found on the wiki already (duplicates) leave the byte total: a batch of nothing but
        duplicates sends no byte and is still wholly done.
        """
        if self.files_total and self.files_done >= self.files_total:
            return 1.0
        if self.bytes_total > 0:
            return min(1.0, self.bytes_done / self.bytes_total)
        return self.files_done / self.files_total if self.files_total else 0.0


class ProgressTracker:
    """Collects byte counts from worker threads and reports snapshots."""

    def __init__(self, callback: Callable[[Progress], None] | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._callback = callback
        # (bytes left, files left, measured rate or None) -> seconds left; set by the batch to count
        # the account's upload limit and the speed measured in earlier batches.
        self.estimate: Callable[[int, int, float | None], float | None] | None = None
        self._clock = clock
        self._lock = threading.Lock()
        self._start = clock()
        self._files_total = 0
        self._files_done = 0
        self._bytes_total = 0
        self._bytes_done = 0
        self._files: dict[int, FileProgress] = {}
        self._samples: deque[tuple[float, int]] = deque()  # (time, bytes sent then)

    def add_file(self, photo_id: int, title: str, size: int, already_sent: int = 0) -> None:
        with self._lock:
            self._files_total += 1
            self._bytes_total += size
            self._bytes_done += already_sent
            self._files[photo_id] = FileProgress(photo_id, title, already_sent, size, UploadState.QUEUED)

    def set_state(self, photo_id: int, state: UploadState, title: str | None = None) -> None:
        with self._lock:
            f = self._files.get(photo_id)
            if f is not None:
                self._files[photo_id] = FileProgress(f.photo_id, title or f.title, f.sent, f.size, state)
        self._emit()

    def set_sent(self, photo_id: int, sent: int) -> None:
        """The bytes of a file the wiki now holds; a restart may move it back to 0."""
        with self._lock:
            f = self._files.get(photo_id)
            if f is None:
                return
            delta = sent - f.sent
            self._bytes_done += delta
            self._files[photo_id] = FileProgress(f.photo_id, f.title, sent, f.size, f.state)
            if delta > 0:
                now = self._clock()
                total = (self._samples[-1][1] if self._samples else 0) + delta
                self._samples.append((now, total))
        self._emit()

    @property
    def bytes_done(self) -> int:
        with self._lock:
            return self._bytes_done

    def finish(self, photo_id: int, state: UploadState) -> None:
        """A file left the batch; its unsent bytes leave the total (skipped or already there)."""
        with self._lock:
            f = self._files.pop(photo_id, None)
            if f is None:
                return
            self._files_done += 1
            if f.sent < f.size:
                self._bytes_total -= f.size - f.sent
        self._emit()

    def snapshot(self) -> Progress:
        with self._lock:
            now = self._clock()
            while len(self._samples) > 2 and now - self._samples[1][0] > RATE_WINDOW:
                self._samples.popleft()
            rate: float | None = None
            if len(self._samples) >= 2:
                t0, b0 = self._samples[0]
                t1, b1 = self._samples[-1]
                span = max(now, t1) - t0
                if span > 0:
                    rate = (b1 - b0) / span
            left = self._bytes_total - self._bytes_done
            if self.estimate is not None:
                eta = self.estimate(left, self._files_total - self._files_done, rate)
            else:
                eta = left / rate if rate else None
            current = tuple(f for f in self._files.values() if f.state != UploadState.QUEUED)
            return Progress(self._files_total, self._files_done, self._bytes_total, self._bytes_done,
                            rate, eta, current, now - self._start)

    def _emit(self) -> None:
        if self._callback is not None:
            self._callback(self.snapshot())
