"""Items for depicts, searched by name on the items' wiki (Wikidata for Commons): debounced, off the GUI thread, latest only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from photowalk.errors import PhotowalkError
from photowalk.ui.typeahead import TypeaheadSearch
from photowalk.upload.wiki import Wiki, parse_wiki
from photowalk.upload.wikibase import ItemHit, endpoints_for, search_items

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


class ItemSearcher(TypeaheadSearch[ItemReader]):
    """Searches items whose name starts with the typed text once typing pauses; an answer for a text
    no longer typed is dropped. A wiki that cannot be reached only sets `available` to False: the
    items the event's preset offers are still there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_search, "item search", parent)

    def set_wiki(self, api_url: str, items_api: str | None = None) -> None:
        """Search the items of the wiki files go to (Wikidata's for Commons); a bad address turns search off."""
        try:
            where = endpoints_for(parse_wiki(api_url).api_url, items=items_api).items
            parse_wiki(where)
        except PhotowalkError:
            self._use(None)
        else:
            same = self.reader is not None and self.reader.api_url == where
            self._use(self.reader if same else ItemReader(where))

    def request(self, text: str, language: str, uselang: str) -> None:
        """The field holds `text` now: search for it (in `language`, shown in `uselang`) after a pause."""
        text = text.strip()
        self._ask((text, language, uselang) if len(text) >= MIN_TEXT else None)
