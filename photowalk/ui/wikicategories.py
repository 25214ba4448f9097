"""Category suggestions from the wiki for what is being typed: debounced, off the GUI thread, latest only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from photowalk.errors import PhotowalkError
from photowalk.ui.typeahead import TypeaheadSearch
from photowalk.upload.categories import CategoryReader, category_prefix
from photowalk.upload.wiki import parse_wiki

MIN_PREFIX = 2  # one letter matches too much of Commons to be worth a request


def _suggest(reader: CategoryReader, prefix: str, *, progress: Callable[[Any], None],
             cancel: Callable[[], bool]) -> list[str]:
    # One short request: nothing to report or to stop halfway.
    return reader.suggest(prefix)


class WikiCategorySuggester(TypeaheadSearch[CategoryReader]):
    """Asks the wiki for categories starting with the typed text once typing pauses.

    While one request runs, only the latest text waits; an answer for a text no longer typed is
    dropped. A wiki that cannot be reached only sets `available` to False: the editor works the
    same without it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_suggest, "category suggestions", parent)

    def set_wiki(self, api_url: str) -> None:
        """Ask this wiki from now on; an address that is not a wiki's API turns suggestions off."""
        try:
            address = parse_wiki(api_url)
        except PhotowalkError:
            self._use(None)
        else:
            same = self.reader is not None and self.reader.address == address
            self._use(self.reader if same else CategoryReader(address.api_url))

    def request(self, text: str) -> None:
        """The field holds `text` now: suggest for it after a pause in typing."""
        prefix = category_prefix(text)
        self._ask((prefix,) if prefix is not None and len(prefix) >= MIN_PREFIX else None)
