"""Runs a plain core function on a thread pool, with progress and cancel, reporting by signal."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

# Progress is shown, not logged: 20 updates a second are as smooth as the eye can tell.
PROGRESS_INTERVAL = 0.05


class WorkerSignals(QObject):
    """Signals of one Worker; they are delivered on the GUI thread (queued)."""

    progress = Signal(object)
    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised


class Worker(QRunnable):
    """Calls `fn(*args, progress=..., cancel=..., **kwargs)` on a pool thread.

    `progress` takes one value (sent on, at most every 50 ms, except the last one);
    `cancel` is a callable the function polls. The function opens its own ProjectStore:
    SQLite connections belong to the thread that made them.
    """

    _running: set[Worker] = set()  # keeps Python wrappers alive until the pool is done with them

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.done = False

    def cancel(self) -> None:
        """Ask the function to stop at its next check."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, value: Any) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self.signals.progress.emit(value)

    def start(self, pool: QThreadPool | None = None) -> Worker:
        """Queue the worker on `pool` (the global one by default) and return it."""
        Worker._running.add(self)
        self.signals.finished.connect(self._release)
        self.signals.failed.connect(self._release)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def _release(self, _value: object = None) -> None:
        self.done = True
        Worker._running.discard(self)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self._progress, cancel=self._cancel.is_set, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            log.debug("worker %s failed", getattr(self.fn, "__name__", self.fn), exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_thread(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Worker:
    """Start a Worker with its signals connected; the callbacks run on the GUI thread."""
    worker = Worker(fn, *args, **kwargs)
    if on_done:
        worker.signals.finished.connect(on_done)
    if on_error:
        worker.signals.failed.connect(on_error)
    if on_progress:
        worker.signals.progress.connect(on_progress)
    return worker.start(pool)
