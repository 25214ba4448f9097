"""Runs the core's checks on a worker thread after changes, and hands the results to the model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from photowalk.checks import check_photos
from photowalk.problems import Problem
from photowalk.project import ProjectStore
from photowalk.ui.workers import Worker

DEBOUNCE_MS = 250
BUSY_DEBOUNCE_MS = 3000


def _check_project(path: Path, *, progress: Callable[[Any], None], cancel: Callable[[], bool]) -> dict[int, list[Problem]]:
    # Its own connection: SQLite connections belong to the thread that opened them.
    with ProjectStore.open(path) as store:
        return check_photos(store)


class CheckRunner(QObject):
    """Debounced, one run at a time; a change during a run starts another run after it.

    Titles are compared across the whole project, so every run checks every photo.
    """

    results = Signal(object)  # dict[int, list[Problem]]; object: int keys are not a QVariantMap

    def __init__(self, project_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self._worker: Worker | None = None
        self._dirty = False
        self._closed = False
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def request(self, *, now: bool = False) -> None:
        """Check again soon (the project changed)."""
        if self._closed:
            return
        if now:
            self._timer.stop()
            self._start()
        elif not (self._busy and self._timer.isActive()):
            self._timer.start()  # while busy, the pending run is not pushed back by each batch

    def set_busy(self, busy: bool) -> None:
        """While an import records photos, check every few seconds, not after every batch.

        The checks are pure Python and compete with the GUI thread for the interpreter lock.
        """
        self._busy = busy
        self._timer.setInterval(BUSY_DEBOUNCE_MS if busy else DEBOUNCE_MS)
        if not busy:
            self.request(now=True)

    @property
    def running(self) -> bool:
        return self._worker is not None or self._timer.isActive()

    def close(self) -> None:
        """Forget pending work; a result still on its way is dropped."""
        self._closed = True
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()

    def _start(self) -> None:
        if self._closed:
            return
        if self._worker is not None:
            self._dirty = True
            return
        self._dirty = False
        self._worker = Worker(_check_project, self.project_path)
        self._worker.signals.finished.connect(self._done)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start()

    def _done(self, results: dict[int, list[Problem]]) -> None:
        self._worker = None
        if self._closed:
            return
        if self._dirty:
            self._start()  # the result is already stale
            return
        self.results.emit(results)

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        if not self._closed and self._dirty:
            self._start()
