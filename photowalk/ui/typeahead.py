"""Search as you type against a wiki: debounced, one request at a time off the GUI thread, latest text only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from photowalk.errors import PhotowalkError
from photowalk.ui.workers import Worker

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300

Reader = TypeVar("Reader")
Query = tuple[str, ...]  # the text searched first, then what else the look-up takes (languages)


class TypeaheadSearch(QObject, Generic[Reader]):
    """Asks a reader of the wiki about the typed text once typing pauses.

    One request at a time on a thread of its own (the reader's session is not shared); while one
    runs, only the latest text waits and is asked once it ends. An answer for a text no longer
    typed, or from a reader since replaced, is dropped. A wiki that cannot be reached only sets
    `available` to False: the field works the same without it. Subclasses say what is wanted
    (`_ask`) and which reader asks (`_use`); `look_up(reader, *query, progress, cancel)` runs on the thread.
    """

    found = Signal(str, list)  # the text searched, what was found for it
    availability_changed = Signal(bool)

    def __init__(self, look_up: Callable[..., list[Any]], what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._look_up = look_up
        self._what = what  # for the log: "item search", "category suggestions"
        self._reader: Reader | None = None
        self._wanted: Query | None = None  # what the field holds now, if worth a request
        self._worker: Worker | None = None
        self._asked: tuple[Reader, Query] | None = None  # what the running worker looks up
        self._waiting = False  # a text was asked for while the worker ran
        self.available = True
        # A thread of its own: waiting on a slow network must not hold up imports and thumbnails.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    @property
    def reader(self) -> Reader | None:
        """The reader asked now (None: no wiki to ask)."""
        return self._reader

    def _use(self, reader: Reader | None) -> None:
        """Ask this reader from now on; None turns the search off."""
        self._reader = reader
        self._set_available(reader is not None)

    def _ask(self, wanted: Query | None) -> None:
        """The field holds this now: look it up after a pause in typing; None asks nothing."""
        self._wanted = wanted
        if wanted is None:
            self._timer.stop()
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._wanted is None or self._reader is None:
            return
        if self._worker is not None:
            self._waiting = True
            return
        self._waiting = False
        self._asked = (self._reader, self._wanted)
        self._worker = Worker(self._look_up, self._reader, *self._wanted)
        self._worker.signals.finished.connect(self._done)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start(self._pool)

    def _finish(self) -> tuple[Reader, Query] | None:
        asked, self._asked, self._worker = self._asked, None, None
        return asked

    def _done(self, found: list[Any]) -> None:
        asked = self._finish()
        if asked is not None and asked[0] is self._reader:
            self._set_available(True)
            if asked[1] == self._wanted:
                self.found.emit(asked[1][0], found)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        asked = self._finish()
        if isinstance(exc, PhotowalkError):
            # Offline or a wiki that is down is normal here: logged, never shown as an error.
            log.info("no %s from the wiki: %s", self._what, exc.code)
        else:
            log.warning("%s failed", self._what, exc_info=exc)
        if asked is not None and asked[0] is self._reader:
            self._set_available(False)
        self._next()

    def _next(self) -> None:
        if self._waiting:
            self._start()

    def _set_available(self, available: bool) -> None:
        if available != self.available:
            self.available = available
            self.availability_changed.emit(available)
