"""Runs the core's checks on a worker thread after changes, and hands the results to the model."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from photowalk.checks import ProjectChecks
from photowalk.problems import Problem
from photowalk.project import ProjectStore
from photowalk.ui.workers import Worker

DEBOUNCE_MS = 250
BUSY_DEBOUNCE_MS = 3000


def _check_project(
    path: Path, checks: ProjectChecks, changed: set[int] | None, *, progress: Callable[[Any], None], cancel: Callable[[], bool]
) -> tuple[dict[int, list[Problem]], bool]:
    # Its own connection: SQLite connections belong to the thread that opened them.
    with ProjectStore.open(path) as store:
        return checks.check(store, changed)


class CheckRunner(QObject):
    """Debounced, one run at a time; a change during a run starts another run after it.

    Each run checks only the photos changed since the last one (and those whose title they
    share), except the first and after a failure, which check the whole project.
    """

    # The problems found, by photo id, and whether every photo of the project is in them.
    results = Signal(object, bool)  # object: int keys are not a QVariantMap

    def __init__(self, project_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self._checks = ProjectChecks()  # used by one worker at a time
        self._worker: Worker | None = None
        self._changed: set[int] | None = set()  # None: everything
        self._closed = False
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def request(self, ids: Iterable[int] | None = None, *, now: bool = False) -> None:
        """Check again soon: these photos changed (None: the whole project may have)."""
        if self._closed:
            return
        if ids is None:
            self._changed = None
        elif self._changed is not None:
            self._changed.update(ids)
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
            self.request([], now=True)

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
        if self._closed or self._worker is not None:
            return  # a run in progress starts the next one when it ends
        changed, self._changed = self._changed, set()
        if changed is not None and not changed:
            return
        self._worker = Worker(_check_project, self.project_path, self._checks, changed)
        self._worker.signals.finished.connect(self._done)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start()

    def _done(self, found: tuple[dict[int, list[Problem]], bool]) -> None:
        self._worker = None
        if self._closed:
            return
        problems, complete = found
        # Emitted even when more changes wait: the next run covers only those.
        self.results.emit(problems, complete)
        if self._changed is None or self._changed:
            self._start()

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        if self._closed:
            return
        # What the failed run knew is lost: the next run checks everything.
        self._checks = ProjectChecks()
        if self._changed is None or self._changed:
            self._start()
