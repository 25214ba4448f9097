"""The checks of the open project, run by its worker process after changes; results go to the model."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from photowalk.problems import Problem
from photowalk.ui.jobs import WorkerProcess
from photowalk.worker import protocol

DEBOUNCE_MS = 250
BUSY_DEBOUNCE_MS = 3000


class CheckRunner(QObject):
    """Debounced requests to the worker, which keeps what it learnt between runs: each run checks only
    the photos changed since the last one (and those whose title they share), except the first and
    after a failure, which check the whole project."""

    # The problems found for some photos, by id, as each part of a run arrives; and, on the last part
    # of a run over the whole project, the ids of every photo it found (the others have none), else None.
    results = Signal(object, object)  # object: int keys are not a QVariantMap

    def __init__(self, worker: WorkerProcess, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._changed: set[int] | None = set()  # None: everything
        self._closed = False
        self._busy = False
        self._waiting_for = ""  # the newest request sent; its answer ends the run
        self._named: set[int] = set()  # the photos a run's parts named so far
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._send)
        worker.received.connect(self._event)
        worker.crashed.connect(lambda _exc: self.request(None))  # a new worker knows nothing yet

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
            self._send()
        elif not (self._busy and self._timer.isActive()):
            self._timer.start()  # while busy, the pending run is not pushed back by each batch

    def set_busy(self, busy: bool) -> None:
        """While an import records photos, check every few seconds, not after every batch."""
        self._busy = busy
        self._timer.setInterval(BUSY_DEBOUNCE_MS if busy else DEBOUNCE_MS)
        if not busy:
            self.request([], now=True)

    @property
    def running(self) -> bool:
        return bool(self._waiting_for) or self._timer.isActive()

    def close(self) -> None:
        """Forget pending work; a result still on its way is dropped."""
        self._closed = True
        self._timer.stop()
        self._waiting_for = ""

    def _send(self) -> None:
        if self._closed:
            return
        changed, self._changed = self._changed, set()
        if changed is not None and not changed:
            return
        # The worker folds requests that arrive while it checks into its next run.
        self._waiting_for = self.worker.start_job("check", ids=None if changed is None else sorted(changed))

    def _event(self, event: dict[str, Any]) -> None:
        if self._closed or event.get("event") not in ("problems", "error") or not self._waiting_for:
            return
        job = str(event.get("job", ""))
        if not job.startswith("check-"):
            return
        if event["event"] == "error":
            if job == self._waiting_for:
                self._waiting_for = ""
            self._named = set()
            return
        # Each part is shown as it comes: thousands of photos' problems at once would hold the window.
        found: dict[int, list[Problem]] = protocol.problems_from_json(event.get("by_id") or {})
        self._named.update(found)
        if event.get("partial"):
            self.results.emit(found, None)
            return
        named, self._named = self._named, set()
        if job == self._waiting_for:
            self._waiting_for = ""
        # Emitted even when more requests wait: their run covers only those.
        self.results.emit(found, named if event.get("complete") else None)
