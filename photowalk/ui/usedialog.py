""""Use this photo…": the wikitext to put an uploaded photo into an article, and articles that could use it.

The wikitext is the core's (photowalk.articletext); the suggestions are read by
photowalk.upload.articles on a pool thread, never on the GUI thread: the dialog shows a busy bar and a
Cancel button meanwhile, and a wiki that cannot be reached is one line in the dialog, not a message box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photowalk.articletext import DESCRIPTION, ArticleText, article_languages, article_text
from photowalk.errors import PhotowalkError
from photowalk.photo import Photo
from photowalk.project import ProjectStore
from photowalk.ui.errors import error_text
from photowalk.ui.i18n import core_text
from photowalk.ui.workers import Worker
from photowalk.upload.articles import (
    ArticleSettings,
    OnWiki,
    PhotoNotOnWiki,
    Suggestion,
    Suggestions,
    article_settings,
    on_wiki,
    suggest_articles,
)
from photowalk.upload.wiki import parse_wiki

log = logging.getLogger(__name__)

URL_ROLE = Qt.ItemDataRole.UserRole + 1


class UsePhotoDialog(QDialog):
    """The ways to use one uploaded photo in an article of the chosen language, and articles to use it in."""

    def __init__(self, photo: Photo, there: OnWiki, settings: ArticleSettings, parent: QWidget | None = None,
                 *, suggest: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("UsePhotoDialog")
        self.photo, self.there, self.settings = photo, there, settings
        self.text: ArticleText | None = None
        self.suggestions: Suggestions | None = None
        self.worker: Worker | None = None
        # The browser is the system's; a test may look at what was asked of it instead.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.lang_label = QLabel()
        self.lang = QComboBox()
        for code in article_languages(photo):
            self.lang.addItem(code, code)
        self.lang.currentIndexChanged.connect(self._language_changed)
        self.lang_label.setBuddy(self.lang)
        head.addWidget(self.lang_label)
        head.addWidget(self.lang)
        head.addStretch(1)
        lay.addLayout(head)

        grid = QGridLayout()
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        for row, key in enumerate(("thumb", "infobox", "gallery")):
            label, field, button = QLabel(), QLineEdit(), QPushButton()
            field.setReadOnly(True)
            field.setObjectName(f"use_{key}")
            label.setBuddy(field)
            button.clicked.connect(lambda _c=False, k=key: self.copy(k))
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.labels[key], self.fields[key], self.copy_buttons[key] = label, field, button
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        self.caption_note = QLabel()
        self.caption_note.setWordWrap(True)
        lay.addWidget(self.caption_note)

        self.articles_heading = QLabel()
        lay.addWidget(self.articles_heading)
        busy = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # turns while the wiki is asked
        self.busy.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.start_search)
        busy.addWidget(self.busy, 1)
        busy.addWidget(self.cancel_button)
        busy.addWidget(self.search_button)
        lay.addLayout(busy)
        self.status = QLabel()
        self.status.setObjectName("use_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        self.articles = QTreeWidget()
        self.articles.setColumnCount(3)
        self.articles.setRootIsDecorated(False)
        self.articles.itemActivated.connect(self._open_item)
        lay.addWidget(self.articles, 1)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.articles.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.resize(720, 520)
        self.retranslate()
        self._show_text()
        self._set_busy(False)
        if suggest:
            self.start_search()

    # -- the wikitext ------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.lang.currentData() or "tg")

    def _show_text(self) -> None:
        self.text = article_text(self.photo, self.there.title, self.language)
        for key in self.fields:
            self.fields[key].setText(getattr(self.text, key))
            self.fields[key].setCursorPosition(0)
        if self.text.caption_from == DESCRIPTION:
            self.caption_note.setText(self.tr(
                "The photo has no caption in this language: the first sentence of its description is used."))
        elif self.text.caption is None:
            self.caption_note.setText(self.tr(
                "The photo has no caption or description in this language: write the caption after \u201cthumb|\u201d."))
        else:
            self.caption_note.setText("")
        self.caption_note.setVisible(bool(self.caption_note.text()))

    def copy(self, key: str) -> None:
        """Put one of the wikitexts on the clipboard."""
        QGuiApplication.clipboard().setText(self.fields[key].text())
        self.copy_buttons[key].setText(self.tr("Copied"))

    def _language_changed(self) -> None:
        self._show_text()
        self.retranslate()
        if self.worker is not None or self.suggestions is not None:
            self.start_search()

    # -- the suggestions -------------------------------------------------------------------

    def start_search(self) -> None:
        """Ask the articles' wiki again, in the background (what was being asked is dropped)."""
        self.cancel(quiet=True)
        self.suggestions = None
        self.articles.clear()
        self.status.setText(self.tr("Looking for articles on %1…").replace("%1", self._wiki_name()))
        worker = Worker(suggest_articles, self.photo, self.language, self.settings)
        # Bound methods: a dialog closed meanwhile is no longer called (a lambda would be).
        worker.signals.finished.connect(self._found)
        worker.signals.failed.connect(self._failed)
        self.worker = worker
        self._set_busy(True)
        worker.start()

    def cancel(self, quiet: bool = False) -> None:
        """Stop waiting for the wiki; its answer, should it still come, is not shown."""
        if self.worker is None:
            return
        self.worker.cancel()
        self.worker = None
        self._set_busy(False)
        if not quiet:
            self.status.setText(self.tr("Stopped. Press \u201cLook again\u201d to ask the wiki again."))

    def _current(self) -> bool:
        """Whether the answer arriving is that of the search still wanted."""
        return self.worker is not None and self.sender() is self.worker.signals

    def _found(self, result: Suggestions | None) -> None:
        if not self._current():
            return
        self.worker = None
        self._set_busy(False)
        if result is None:
            return
        self.suggestions = result
        for s in result.nearby + result.about:
            self.articles.addTopLevelItem(self._item(s))
        for column in range(2):
            self.articles.resizeColumnToContents(column)
        lines = [core_text(note.context, note.template, note.params) for note in result.notes]
        if not result.nearby and not result.about:
            lines.insert(0, self.tr("No articles found on %1.").replace("%1", result.wiki))
        else:
            lines.insert(0, self.tr("Articles on %1 that could use this photo; double-click one to open it.")
                         .replace("%1", result.wiki))
        self.status.setText("\n".join(lines))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if not self._current():
            return
        self.worker = None
        self._set_busy(False)
        if isinstance(exc, PhotowalkError):
            log.info("no article suggestions: %s", exc.message)
            self.status.setText(error_text(exc))
        else:
            log.warning("looking for articles failed", exc_info=exc)
            self.status.setText(self.tr("Articles could not be looked for (%1); the details are in the log.")
                                .replace("%1", type(exc).__name__))

    def _item(self, s: Suggestion) -> QTreeWidgetItem:
        if s.distance is not None:
            why = self.tr("%1 m away").replace("%1", str(int(round(s.distance)))) if s.distance < 1000 else \
                self.tr("%1 km away").replace("%1", f"{s.distance / 1000:.1f}")
        else:
            label = s.item.label([self.language, "en"]) if s.item is not None else "?"
            why = self.tr("about %1").replace("%1", label)
        image = {False: self.tr("has no image"), True: self.tr("has an image"), None: ""}[s.has_image]
        item = QTreeWidgetItem([s.title, why, image])
        item.setData(0, URL_ROLE, s.url)
        item.setToolTip(0, s.url)
        return item

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        url = str(item.data(0, URL_ROLE) or "")
        if url:
            self.open_url(QUrl(url))

    def open_current(self) -> None:
        """Open the chosen article in the browser."""
        item = self.articles.currentItem()
        if item is not None:
            self._open_item(item)

    def _wiki_name(self) -> str:
        try:
            return parse_wiki(self.settings.api_for(self.language)).name
        except PhotowalkError:
            return self.settings.api_for(self.language)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.search_button.setVisible(not busy)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.articles.currentItem() is not None)

    # -- the dialog's life -----------------------------------------------------------------

    def done(self, result: int) -> None:
        self.cancel(quiet=True)  # the thread ends by itself after its current request
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.cancel(quiet=True)
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Use %1").replace("%1", self.there.title))
        self.lang_label.setText(self.tr("Article language:"))
        self.labels["thumb"].setText(self.tr("In the text of an article:"))
        self.labels["infobox"].setText(self.tr("In an infobox's image field:"))
        self.labels["gallery"].setText(self.tr("As a line of a <gallery>:"))
        for button in self.copy_buttons.values():
            button.setText(self.tr("Copy"))
        self.articles_heading.setText(self.tr("Articles that could use it"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.search_button.setText(self.tr("Look again"))
        self.open_button.setText(self.tr("Open in browser"))
        self.articles.setHeaderLabels([self.tr("Article"), self.tr("Why"), self.tr("Image")])
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_text()
        super().changeEvent(event)


def open_use_dialog(parent: QWidget, store: ProjectStore, photo_id: int) -> UsePhotoDialog:
    """Show the dialog for a photo of the open project (PhotoNotOnWiki before it is uploaded)."""
    there = on_wiki(store, photo_id)
    if there is None:
        raise PhotoNotOnWiki(id=photo_id)
    dialog = UsePhotoDialog(store.photo(photo_id), there, article_settings(store, there.wiki), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
