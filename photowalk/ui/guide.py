"""The first-run guide: a few short pages on what Commons accepts, with Back, Next and Skip; Help opens it again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from photowalk.guide import GuidePage, guide_pages
from photowalk.ui.settings import Settings

GUIDE_SIZE = (640, 520)  # fits a 1366 x 768 laptop's screen with the window behind it


def interface_language() -> str:
    """The interface language in effect (photowalk.ui.i18n.Translators makes it the default locale)."""
    return QLocale().name().split("_")[0]


class GuideDialog(QDialog):
    """The guide's pages in the interface language (English where a page is missing).

    Finishing it, skipping it or closing it marks it seen in the settings, so it opens by itself
    only at the first start; Help > First steps with Commons opens it again, at any page.
    """

    seen = Signal()  # finished, skipped or closed

    def __init__(
        self, settings: Settings, page: str | None = None, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.settings = settings
        self.language = language or interface_language()
        self.pages: list[GuidePage] = []
        self.index = 0
        self.resize(*GUIDE_SIZE)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_page")
        self.browser.setOpenExternalLinks(True)
        lay.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.reject)
        self.position = QLabel()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        lay.addLayout(buttons)
        self.finished.connect(self._seen)
        self.load(self.language, page)

    def load(self, language: str, page: str | None = None) -> None:
        """Show the guide in `language`, at the page with this key (else the current page's place)."""
        self.language = language
        self.pages = guide_pages(language)
        keys = [p.key for p in self.pages]
        if page in keys:
            self.index = keys.index(page)
        self.index = min(self.index, max(len(self.pages) - 1, 0))
        self._show()

    def current_key(self) -> str | None:
        return self.pages[self.index].key if self.pages else None

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show()

    def next(self) -> None:
        """The next page; on the last, Finish closes the guide."""
        if self.index + 1 >= len(self.pages):
            self.accept()
            return
        self.index += 1
        self._show()

    def _show(self) -> None:
        page = self.pages[self.index] if self.pages else None
        self.browser.setHtml(page.html if page is not None else "")
        self.retranslate()

    def _seen(self, _result: int) -> None:
        self.settings.set("guide_seen", True)
        self.settings.sync()
        self.seen.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First steps with Commons"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Close the guide; Help › First steps with Commons opens it again"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setEnabled(self.index > 0)
        last = self.index + 1 >= len(self.pages)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.position.setText(self.tr("Page %1 of %2").replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self.pages))))
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.load(interface_language())  # the pages too, at the same place
        super().changeEvent(event)
