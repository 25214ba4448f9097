"""The editor panel: describes the selected photos; every change goes to the project at once, and can be undone.

With several photos selected, a field whose values differ shows "(several values)" and is left
alone on every photo unless the volunteer edits it (photowalk.selection has the rules). The
sections (editor_sections) show the fields; this panel holds the selection, writes what was typed
once typing pauses, makes every edit undoable, and follows changes made elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QUndoCommand
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from photowalk import edits
from photowalk.completions import project_categories
from photowalk.originselection import own_work
from photowalk.photo import Photo
from photowalk.projectsettings import ProjectSettings, read_settings
from photowalk.selection import Selection
from photowalk.ui.commands import FieldEdit, TitlesEdit
from photowalk.ui.editor_sections import (
    CaptionsSection,
    CategoriesSection,
    DepictsSection,
    DescriptionsSection,
    Edit,
    PlaceSection,
    RightsSection,
    Section,
    TitleSection,
)
from photowalk.ui.editor_widgets import DescriptionRow, FocusWatcher, LetterBar, reading_order
from photowalk.ui.i18n import core_text
from photowalk.ui.mapsection import MapSection
from photowalk.ui.originsection import OriginSection
from photowalk.ui.photomodel import UPLOADED, UploadStateRole
from photowalk.ui.session import ProjectSession
from photowalk.unuploadable import never_uploadable, unuploadable_advice

TYPING_COMMIT_MS = 600
DEFAULT_PATTERN = "{description} {date} {n}"


class EditorPanel(QScrollArea):
    """Title, descriptions, date, location, categories, licence and author of the selection."""

    use_wanted = Signal(int)  # "Use this photo…" pressed for the photo on the wiki shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EditorPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The scrolling frame is no stop of its own for Tab: its fields are.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.session: ProjectSession | None = None
        self.settings = ProjectSettings()  # the open project's, read again when they change
        self.selection = Selection()
        self.ids: list[int] = []
        self.photos: list[Photo] = []
        self.last_text: QLineEdit | QPlainTextEdit | None = None
        self._dirty: set[str] = set()  # fields typed in but not yet committed
        self._watcher = FocusWatcher(self)
        self._watcher.text_focused.connect(self._text_focused)
        self._watcher.focus_left.connect(self.commit_pending)
        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(TYPING_COMMIT_MS)
        self._commit_timer.timeout.connect(self.commit_pending)

        self.body = QWidget()
        self.setWidget(self.body)
        outer = QVBoxLayout(self.body)
        self.header = QLabel()
        f = QFont(self.header.font())
        f.setBold(True)
        self.header.setFont(f)
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        self.commons_notice = QLabel()
        self.commons_notice.setObjectName("commons_notice")
        self.commons_notice.setWordWrap(True)
        self.commons_notice.setStyleSheet("#commons_notice { background: #e3f2fd; padding: 4px; }")
        outer.addWidget(self.commons_notice)
        # One photo on the wiki: the way to its wikitext for articles and articles that could use it.
        self.use_button = QPushButton()
        self.use_button.setObjectName("use_button")
        self.use_button.clicked.connect(self._use_pressed)
        outer.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        # A file no edit can make uploadable (HEIC, RAW, video, damaged): why, and what to do instead.
        self.unusable_banner = QLabel()
        self.unusable_banner.setObjectName("unusable_banner")
        self.unusable_banner.setWordWrap(True)
        self.unusable_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unusable_banner.setStyleSheet("#unusable_banner { background: #ffebee; color: #7f0000; padding: 6px; }")
        outer.addWidget(self.unusable_banner)
        self.letter_bar = LetterBar(self)
        self.letter_bar.letter_chosen.connect(self.type_letter)
        outer.addWidget(self.letter_bar)

        self.title_section = TitleSection(self)
        self.title_section.pattern_wanted.connect(self.apply_pattern)
        self.descriptions = DescriptionsSection(self)
        self.captions = CaptionsSection(self)
        self.categories = CategoriesSection(self)
        self.categories.added.connect(self._refresh_completions)
        self.depicts = DepictsSection(self)
        self.place = PlaceSection(self)
        self.map_section = MapSection(self, lambda: self.session.model.photos() if self.session is not None else [])
        self.map_section.located.connect(self.place.load_location)
        self.rights = RightsSection(self)
        self.origin_section = OriginSection(self)
        self.sections: tuple[Section, ...] = (
            self.title_section, self.descriptions, self.captions, self.categories, self.depicts, self.place,
            self.map_section, self.rights, self.origin_section)
        for section in self.sections:
            outer.addWidget(section)
        outer.addStretch(1)

        # The fields by the names the window, its tests and its scripts use.
        self.letter_buttons = self.letter_bar.buttons
        self.title, self.title_info = self.title_section.field, self.title_section.info
        self.pattern, self.pattern_button = self.title_section.pattern, self.title_section.pattern_button
        self.category_input, self.category_model = self.categories.input, self.categories.model
        self.chips, self.wiki_categories = self.categories.chips, self.categories.wiki
        self.date, self.date_info = self.place.date, self.place.date_info
        self.lat, self.lon, self.heading = self.place.lat, self.place.lon, self.place.heading
        self.location_info, self.remove_location = self.place.location_info, self.place.remove_location
        self.map = self.map_section.view
        self.licence, self.licence_info, self.author = self.rights.licence, self.rights.licence_info, self.rights.author

        self.retranslate()
        self.set_selection([])

    @property
    def rows(self) -> dict[str, DescriptionRow]:
        """The description rows shown, by language."""
        return self.descriptions.rows

    # -- what the sections ask of the panel (editor_sections.Host) ---------------------------

    def submit(self, edit: Edit) -> bool:
        """Make a section's edit on the photos it names, as one undo step; False when refused."""
        if self.session is None or not self.ids or not edit.write.ids:
            return False
        return self._push(FieldEdit(self.session, edit.field, list(edit.write.ids), edit.write.value, edit.text,
                                    mergeable=edit.mergeable, apply=edit.apply, origin=self))

    def typed(self, key: str) -> None:
        self._dirty.add(key)
        self._commit_timer.start()

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self._watcher)

    def order_tabs(self) -> None:
        """Tab goes through the fields as they are read, top to bottom, a description before its remove button."""
        chain = reading_order(self.body)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _text_focused(self, widget: QWidget) -> None:
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            self.last_text = widget

    def _push(self, command: QUndoCommand) -> bool:
        assert self.session is not None
        return self.session.push(command)

    # -- the panel's place in the window ---------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Describe")

    def set_session(self, session: ProjectSession | None) -> None:
        self.commit_pending()
        if self.session is not None:
            self.session.photos_changed.disconnect(self._photos_changed)
            self.session.model.dataChanged.disconnect(self._model_changed)
        self.session = session
        self.ids = []
        self.settings = read_settings(session.store) if session is not None else ProjectSettings()
        self.pattern.setText(self.settings.title_pattern or DEFAULT_PATTERN)
        if session is not None:
            session.photos_changed.connect(self._photos_changed)
            session.model.dataChanged.connect(self._model_changed)
            self._refresh_completions()
        self.set_selection([])

    def project_settings_changed(self) -> None:
        """The project's settings changed (an event preset was applied): show what they say now."""
        self.commit_pending()
        if self.session is None:
            return
        old = self.settings
        self.settings = read_settings(self.session.store)
        if self.pattern.text().strip() in ("", old.title_pattern or DEFAULT_PATTERN):
            self.pattern.setText(self.settings.title_pattern or DEFAULT_PATTERN)
        self._refresh_completions()
        self._load()

    def set_selection(self, ids: list[int]) -> None:
        """Show the fields of these photos (committing what was typed for the previous ones first)."""
        self.commit_pending()
        self.ids = list(ids)
        self._load()

    def set_wiki(self, api_url: str) -> None:
        """The wiki whose categories are suggested too (read without logging in)."""
        self.wiki_categories.set_wiki(api_url)
        self.depicts.search.set_wiki(api_url)

    def _photos_changed(self, ids: list[int], origin: object) -> None:
        if origin is self:
            self._refresh_photos()
            self.descriptions.show_prefixes(self._dirty)
            self.captions.show_prefixes(self._dirty)
            self.map_section.load()  # a location typed in the fields moves its pin
            self._show_rights()  # "Whose photo is this?" was answered here
            return
        if set(ids) & set(self.ids):
            shown = self.photos
            self._refresh_photos()
            if self.photos != shown:
                # Changed elsewhere (undo, an import, another program): what was typed here is saved
                # first, against the values it was typed over, then the fields show the project as it is now.
                self._set_photos(shown)
                self.commit_pending()
                self._load()
        if self.session is not None:
            self._refresh_completions()

    def _model_changed(self, first: QModelIndex | QPersistentModelIndex, last: QModelIndex | QPersistentModelIndex,
                       roles: Sequence[int] = ()) -> None:
        if not roles or UploadStateRole in roles:
            before = (self.commons_notice.isVisibleTo(self.body), self.commons_notice.text())
            self._show_commons_notice()
            if (self.commons_notice.isVisibleTo(self.body), self.commons_notice.text()) != before:
                self.body.adjustSize()  # the notice came, went or grew: the fields below move

    def _refresh_photos(self) -> None:
        model = self.session.model if self.session else None
        self._set_photos([p for p in (model.photo(i) for i in self.ids) if p is not None] if model else [])

    def _set_photos(self, photos: list[Photo]) -> None:
        self.photos = photos
        self.selection = Selection(photos)

    def _refresh_completions(self) -> None:
        """Categories to complete from: those in the project and those of its event preset."""
        if self.session is not None:
            self.categories.set_project_categories(
                project_categories(self.session.model.photos(), self.settings.preset_file))

    # -- showing ---------------------------------------------------------------------------

    def _load(self) -> None:
        self._commit_timer.stop()
        self._dirty.clear()
        self._refresh_photos()
        self.ids = list(self.selection.ids)
        photos = self.photos
        for box in (*self.sections, self.letter_bar):
            box.setVisible(bool(photos))
        self._show_commons_notice()
        self._show_unusable(photos)
        if not photos:
            self.header.setText(self.tr("Select photos in the grid to describe them."))
            return
        if len(photos) == 1:
            self.header.setText(photos[0].file_name)
        else:
            self.header.setText(self.tr("%n photos selected: what you write here goes to all of them.", "", len(photos)))
        for section in self.sections:
            section.load()
        self.order_tabs()
        self.body.adjustSize()

    def _show_commons_notice(self) -> None:
        """Say that a photo on Commons already gets a new description as an edit, and keeps its title."""
        model = self.session.model if self.session else None
        done = [i for i in self.ids if model is not None and model.upload_state(i) == UPLOADED]
        self.use_button.setVisible(len(self.ids) == 1 and len(done) == 1)
        if not done:
            self.commons_notice.hide()
            return
        if len(self.ids) == 1:
            self.commons_notice.setText(self.tr(
                "On Commons already: a new description is sent with the next upload as an edit of its page; "
                "a new title is not applied."))
        else:
            self.commons_notice.setText(self.tr(
                "On Commons already: %n of the selected photos. A new description is sent with the next upload "
                "as an edit of their pages; a new title is not applied.", "", len(done)))
        self.commons_notice.show()

    def _use_pressed(self) -> None:
        if len(self.ids) == 1:
            self.use_wanted.emit(self.ids[0])

    def _show_rights(self) -> None:
        """Own work's licence and Commons user name do not apply when only someone else's photos are shown."""
        photos = self.photos
        locked = bool(photos) and all(never_uploadable(p) is not None for p in photos)
        self.rights.setEnabled(not locked and own_work(photos).value is not False)

    def _show_unusable(self, photos: list[Photo]) -> None:
        """Say why files that can never go to Commons cannot, and lock the fields when only such files are shown."""
        stopped = [(photo, problem) for photo in photos if (problem := never_uploadable(photo)) is not None]
        locked = bool(photos) and len(stopped) == len(photos)
        for box in (*self.sections, self.letter_bar):
            box.setEnabled(not locked)
        self._show_rights()
        if not stopped:
            self.unusable_banner.hide()
            return
        if len(photos) == 1:
            photo, problem = stopped[0]
            self.unusable_banner.setText(
                self.tr("This file can never go to Commons.") + " "
                + core_text(problem.context, problem.template, problem.params) + "\n"
                + core_text("checks", unuploadable_advice(photo)))
        else:
            self.unusable_banner.setText(self.tr(
                "%n of the selected files can never go to Commons (select one to see why and what to do); "
                "what you write here is not used for them.", "", len(stopped)))
        self.unusable_banner.show()

    def description_row(self, lang: str) -> DescriptionRow:
        """The description field of a language, opened if it is not shown yet."""
        return self.descriptions.row(lang)

    # -- typing ----------------------------------------------------------------------------

    def type_letter(self, letter: str) -> None:
        """Type a Tajik letter into the field last focused in this panel."""
        target = self.last_text
        if target is None or not target.isVisible() or not target.isEnabled():
            target = self.rows["tg"].text if "tg" in self.rows else None
        if target is None:
            return
        target.setFocus()
        if isinstance(target, QPlainTextEdit):
            target.insertPlainText(letter)
        else:
            target.insert(letter)

    # -- committing ------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Write what was typed (title, descriptions) to the project now."""
        self._commit_timer.stop()
        if not self._dirty or self.session is None or not self.ids:
            self._dirty.clear()
            return
        dirty, self._dirty = self._dirty, set()
        for key in sorted(dirty):
            if key == "title":
                self.title_section.commit()
            elif key.startswith("description:"):
                self.descriptions.commit(key.split(":", 1)[1])
            elif key.startswith("caption:"):
                self.captions.commit(key.split(":", 1)[1])

    def add_category(self, name: str) -> None:
        """Add a category to every selected photo (each keeps its own others)."""
        self.categories.add_category(name)

    def apply_pattern(self) -> None:
        """Give every selected photo a title made from the pattern (unique across the project)."""
        if self.session is None or not self.ids:
            return
        self.commit_pending()
        pattern = self.pattern.text().strip()
        ids = list(self.ids)
        command = TitlesEdit(
            self.session, ids, lambda store: edits.apply_title_pattern(store, ids, pattern),
            self.tr("Titles from a pattern"), origin=None,
        )
        if not self._push(command):
            return
        skipped = len(ids) - len(command.titles)
        if skipped:
            self.title_info.setText(
                self.tr("%n photo(s) got no title: the pattern needs a description or a date they lack.", "", skipped)
            )

    # -- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.use_button.setText(self.tr("Use this photo in articles…"))
        self.letter_bar.retranslate()
        for section in self.sections:
            section.retranslate()
        if not self._dirty:
            self._load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
