"""Items for depicts, searched by name on the items' wiki (Wikidata for Commons): debounced, off the GUI thread, latest only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from photowalk.errors import PhotowalkError
from photowalk.ui.workers import Worker
from photowalk.upload.wiki import Wiki, parse_wiki
from photowalk.upload.wikibase import ItemHit, endpoints_for, search_items

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
MIN_TEXT = 2


class ItemReader:
    """An anonymous session with the items' wiki, made on the search thread when first needed."""

    def __init__(self, api_url: str) -> None:
        self.api_url = api_url
        self._wiki: Wiki | None = None

    def search(self, text: str, language: str, uselang: str) -> list[ItemHit]:
        if self._wiki is None:
            wiki = Wiki(parse_wiki(self.api_url))
            wiki.connect()
            self._wiki = wiki
        return search_items(self._wiki, text, language=language, uselang=uselang)[0]


def _search(reader: ItemReader, text: str, language: str, uselang: str, *, progress: Callable[[Any], None],
            cancel: Callable[[], bool]) -> list[ItemHit]:
    # One short request: nothing to report or to stop halfway.
    return reader.search(text, language, uselang)


class ItemSearcher(QObject):
    """Searches items whose name starts with the typed text once typing pauses; an answer for a text
    no longer typed is dropped. A wiki that cannot be reached only sets `available` to False: the
    items the event's preset offers are still there."""

    found = Signal(str, list)  # text, [ItemHit]
    availability_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader: ItemReader | None = None
        self._wanted: tuple[str, str, str] | None = None
        self._worker: Worker | None = None
        self._asked: tuple[ItemReader, tuple[str, str, str]] | None = None
        self._waiting = False
        self.available = True
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the reader's session is used by one thread only
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def set_wiki(self, api_url: str, items_api: str | None = None) -> None:
        """Search the items of the wiki files go to (Wikidata's for Commons); a bad address turns search off."""
        try:
            where = endpoints_for(parse_wiki(api_url).api_url, items=items_api).items
            parse_wiki(where)
        except PhotowalkError:
            self._reader = None
        else:
            if self._reader is None or self._reader.api_url != where:
                self._reader = ItemReader(where)
        self._set_available(self._reader is not None)

    def request(self, text: str, language: str, uselang: str) -> None:
        """The field holds `text` now: search for it (in `language`, shown in `uselang`) after a pause."""
        text = text.strip()
        self._wanted = (text, language, uselang) if len(text) >= MIN_TEXT else None
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
        self._worker = Worker(_search, self._reader, *self._wanted)
        self._worker.signals.finished.connect(self._done)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start(self._pool)

    def _finish(self) -> tuple[ItemReader, tuple[str, str, str]] | None:
        asked, self._asked, self._worker = self._asked, None, None
        return asked

    def _done(self, hits: list[ItemHit]) -> None:
        asked = self._finish()
        if asked is not None and asked[0] is self._reader:
            self._set_available(True)
            if asked[1] == self._wanted:
                self.found.emit(asked[1][0], hits)
        if self._waiting:
            self._start()

    def _failed(self, exc: BaseException) -> None:
        asked = self._finish()
        if isinstance(exc, PhotowalkError):
            log.info("no item search on the wiki: %s", exc.code)
        else:
            log.warning("item search failed", exc_info=exc)
        if asked is not None and asked[0] is self._reader:
            self._set_available(False)
        if self._waiting:
            self._start()

    def _set_available(self, available: bool) -> None:
        if available != self.available:
            self.available = available
            self.availability_changed.emit(available)
