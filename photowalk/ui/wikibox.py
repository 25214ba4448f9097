"""A choice of wiki shown by its name (Wikimedia Commons, or a wiki's host), an API address typed for another."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from photowalk.errors import PhotowalkError
from photowalk.upload.wiki import COMMONS_API, parse_wiki


def wiki_name(api_url: str) -> str:
    """How a volunteer knows a wiki: "Wikimedia Commons", else its host."""
    if api_url == COMMONS_API:
        return QCoreApplication.translate("WikiBox", "Wikimedia Commons")
    try:
        return parse_wiki(api_url).host
    except PhotowalkError:
        return api_url


class WikiBox(QComboBox):
    """Commons, the wiki chosen before (by name, its API address in the tooltip), or an address typed."""

    def __init__(self, api_url: str = COMMONS_API, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        try:
            api_url = parse_wiki(api_url).api_url  # "commons" is Commons
        except PhotowalkError:
            pass  # shown as it was typed; logging in says what is wrong with it
        self.addItem(wiki_name(COMMONS_API), COMMONS_API)
        if api_url and api_url != COMMONS_API:
            self.addItem(wiki_name(api_url), api_url)
            self.setCurrentIndex(1)
        self.currentIndexChanged.connect(self._tip)
        self._tip()

    def api_text(self) -> str:
        """The API address of the wiki chosen: an item's, or the address typed."""
        data = self.currentData()
        text = self.currentText().strip()
        if data and self.itemText(self.currentIndex()) == text:
            return str(data)
        return text

    def _tip(self) -> None:
        data = self.currentData()
        self.setToolTip(str(data) if data else "")
