"""Category suggestions from the wiki for what is being typed: debounced, off the GUI thread, latest only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from photowalk.errors import PhotowalkError
from photowalk.ui.workers import Worker
from photowalk.upload.categories import CategoryReader, category_prefix
from photowalk.upload.wiki import parse_wiki

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
MIN_PREFIX = 2  # one letter matches too much of Commons to be worth a request


def _suggest(reader: CategoryReader, prefix: str, *, progress: Callable[[Any], None],
             cancel: Callable[[], bool]) -> list[str]:
    # One short request: nothing to report or to stop halfway.
    return reader.suggest(prefix)


class WikiCategorySuggester(QObject):
    """Asks the wiki for categories starting with the typed text once typing pauses.

    One request at a time on a thread of its own (the reader's session is not shared); while one
    runs, only the latest text waits. An answer for a text no longer typed is dropped. A wiki
    that cannot be reached only sets `available` to False: the editor works the same without it.
    """

    found = Signal(str, list)  # prefix, category names
    availability_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader: CategoryReader | None = None
        self._wanted: str | None = None  # the prefix of the text in the field now
        self._worker: Worker | None = None
        self._asked: tuple[CategoryReader, str] | None = None  # what the running worker looks up
        self._waiting = False  # a prefix was asked for while the worker ran
        self.available = True
        # A thread of its own: waiting on a slow network must not hold up imports and thumbnails.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def set_wiki(self, api_url: str) -> None:
        """Ask this wiki from now on; an address that is not a wiki's API turns suggestions off."""
        try:
            address = parse_wiki(api_url)
        except PhotowalkError:
            self._reader = None
        else:
            if self._reader is None or self._reader.address != address:
                self._reader = CategoryReader(address.api_url)
        self._set_available(self._reader is not None)

    def request(self, text: str) -> None:
        """The field holds `text` now: suggest for it after a pause in typing."""
        prefix = category_prefix(text)
        self._wanted = prefix if prefix is not None and len(prefix) >= MIN_PREFIX else None
        if self._wanted is None:
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
        self._worker = Worker(_suggest, self._reader, self._wanted)
        self._worker.signals.finished.connect(self._done)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start(self._pool)

    def _finish(self) -> tuple[CategoryReader, str] | None:
        asked, self._asked, self._worker = self._asked, None, None
        return asked

    def _done(self, names: list[str]) -> None:
        asked = self._finish()
        if asked is not None and asked[0] is self._reader:
            self._set_available(True)
            if asked[1] == self._wanted:
                self.found.emit(asked[1], names)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        asked = self._finish()
        if isinstance(exc, PhotowalkError):
            # Offline or a wiki that is down is normal here: logged, never shown as an error.
            log.info("no category suggestions from the wiki: %s", exc.code)
        else:
            log.warning("category suggestions failed", exc_info=exc)
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
