"""The editor panel: describes the selected photos; every change goes to the project at once, and can be undone.

With several photos selected, a field whose values differ shows "(several values)" and is left
alone on every photo unless the volunteer edits it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDoubleValidator, QFocusEvent, QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photowalk import edits
from photowalk.errors import PhotowalkError
from photowalk.fields import effective_location, is_valid_date_text
from photowalk.licences import LICENCES
from photowalk.photo import Photo
from photowalk.presets import load_preset
from photowalk.projectsettings import ProjectSettings, read_settings
from photowalk.text import apply_suggestion, tajik_suggestions
from photowalk.titles import MAX_TITLE_BYTES, title_bytes, validate_title
from photowalk.upload.categories import category_prefix
from photowalk.ui import commands
from photowalk.ui.commands import FieldEdit, TitlesEdit, common_value
from photowalk.ui.flowlayout import FlowLayout
from photowalk.ui.i18n import core_text, language_name
from photowalk.ui.session import ProjectSession
from photowalk.ui.wikicategories import WikiCategorySuggester

TYPING_COMMIT_MS = 600
DEFAULT_PATTERN = "{description} {date} {n}"
MIXED = object()  # a licence combo item: the selected photos differ
# Description languages offered first; any code can be typed.
COMMON_LANGUAGES = ("tg", "ru", "en", "uz", "fa", "de", "fr", "tr", "zh", "ar")
LETTERS = (("ғ", "G"), ("ӣ", "I"), ("қ", "K"), ("ӯ", "U"), ("ҳ", "H"), ("ҷ", "J"))


def _text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def osm_url(lat: float, lon: float) -> str:
    """The OpenStreetMap page centred on a point, with a marker."""
    return f"https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lon:.6f}#map=17/{lat:.6f}/{lon:.6f}"


class _FocusWatcher(QObject):
    """Remembers the text field last focused (for the letter bar) and commits a field when it loses focus."""

    def __init__(self, panel: EditorPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(obj, (QLineEdit, QPlainTextEdit)):
            self.panel.last_text = obj
        elif event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            self.panel.commit_pending()
        return False


class DescriptionRow(QWidget):
    """The description in one language: its text, a remove button, and (Tajik) letter suggestions."""

    changed = Signal(str)  # language
    removed = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setHorizontalSpacing(4)
        lay.setVerticalSpacing(2)
        self.label = QLabel(f"{language_name(lang)} ({lang})")
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.lang))
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"description_{lang}")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(64)
        self.text.textChanged.connect(lambda: self.changed.emit(self.lang))
        self.suggestions = QLabel()
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions.linkActivated.connect(self._apply_suggestion)
        self.suggestions.hide()
        lay.addWidget(self.label, 0, 0)
        lay.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.text, 1, 0, 1, 2)
        lay.addWidget(self.suggestions, 2, 0, 1, 2)
        self.mixed = False

    def show_suggestions(self) -> None:
        """Offer Tajik spellings for words typed with Russian look-alike letters (the core finds them)."""
        if self.lang != "tg":
            return
        found = tajik_suggestions(self.text.toPlainText())
        if not found:
            self.suggestions.hide()
            return
        parts = []
        for i, s in enumerate(found[:5]):
            # No underline: it would hide the descenders that tell ҳ қ ҷ from х к ч.
            links = " ".join(
                f'<a href="{i}:{j}" style="text-decoration:none"><b>{alt}</b></a>' for j, alt in enumerate(s.alternatives)
            )
            parts.append(f"{s.word} → {links}")
        self.suggestions.setText(self.tr("Tajik letters? %1").replace("%1", "; ".join(parts)))
        self.suggestions.show()

    def _apply_suggestion(self, link: str) -> None:
        i, j = (int(x) for x in link.split(":"))
        text = self.text.toPlainText()
        found = tajik_suggestions(text)
        if i < len(found) and j < len(found[i].alternatives):
            self.text.setPlainText(apply_suggestion(text, found[i], found[i].alternatives[j]))
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)


class CategoryChip(QFrame):
    """One category: its name, × to remove it; on some of the selection only, + adds it to the rest."""

    remove_clicked = Signal(str)
    add_clicked = Signal(str)

    def __init__(self, name: str, count: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        partial = count < total
        self.setObjectName("chip")
        border = "dashed" if partial else "solid"
        self.setStyleSheet(
            f"#chip {{ border: 1px {border} palette(mid); border-radius: 10px; background: palette(alternate-base); }}"
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 1, 2, 1)
        lay.setSpacing(2)
        text = name if not partial else f"{name} ({count}/{total})"
        self.label = QLabel(text)
        lay.addWidget(self.label)
        if partial:
            add = QToolButton()
            add.setText("+")
            add.setAutoRaise(True)
            add.setToolTip(self.tr("Add to all selected photos"))
            add.clicked.connect(lambda: self.add_clicked.emit(self.name))
            lay.addWidget(add)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove from the selected photos"))
        remove.clicked.connect(lambda: self.remove_clicked.emit(self.name))
        lay.addWidget(remove)
        self.remove_button = remove


class EditorPanel(QScrollArea):
    """Title, descriptions, date, location, categories, licence and author of the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EditorPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.session: ProjectSession | None = None
        self.settings = ProjectSettings()  # the open project's, read again when they change
        self.ids: list[int] = []
        self.photos: list[Photo] = []
        self.last_text: QLineEdit | QPlainTextEdit | None = None
        self._loading = False
        self._dirty: set[str] = set()  # fields typed in but not yet committed
        self._watcher = _FocusWatcher(self)
        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(TYPING_COMMIT_MS)
        self._commit_timer.timeout.connect(self.commit_pending)

        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.header = QLabel()
        f = QFont(self.header.font())
        f.setBold(True)
        self.header.setFont(f)
        self.header.setWordWrap(True)
        outer.addWidget(self.header)

        self.letter_bar = QWidget()
        bar = QHBoxLayout(self.letter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.letter_label = QLabel()
        bar.addWidget(self.letter_label)
        self.letter_buttons: list[QToolButton] = []
        for letter, key in LETTERS:
            b = QToolButton()
            b.setText(letter)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the field that had focus
            b.setMinimumWidth(30)
            b.clicked.connect(lambda _c=False, ch=letter: self.type_letter(ch))
            b.setToolTip(f"Alt+{key}  ·  Alt+Shift+{key}: {letter.upper()}")
            bar.addWidget(b)
            self.letter_buttons.append(b)
            for seq, ch in ((f"Alt+{key}", letter), (f"Alt+Shift+{key}", letter.upper())):
                sc = QShortcut(QKeySequence(seq), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(lambda c=ch: self.type_letter(c))
        bar.addStretch(1)
        outer.addWidget(self.letter_bar)

        # -- title
        self.title_box = QGroupBox()
        tl = QVBoxLayout(self.title_box)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.textChanged.connect(self._title_changed)
        self.title.returnPressed.connect(self.commit_pending)
        tl.addWidget(self.title)
        self.title_info = QLabel()
        self.title_info.setWordWrap(True)
        self.title_info.setTextFormat(Qt.TextFormat.RichText)
        self.title_info.linkActivated.connect(self._use_title_fix)
        tl.addWidget(self.title_info)
        pat = QHBoxLayout()
        self.pattern = QLineEdit()
        self.pattern_button = QPushButton()
        self.pattern_button.clicked.connect(self.apply_pattern)
        pat.addWidget(self.pattern, 1)
        pat.addWidget(self.pattern_button)
        tl.addLayout(pat)
        outer.addWidget(self.title_box)

        # -- descriptions
        self.desc_box = QGroupBox()
        dl = QVBoxLayout(self.desc_box)
        self.desc_rows_layout = QVBoxLayout()
        dl.addLayout(self.desc_rows_layout)
        self.add_language = QComboBox()
        self.add_language.setEditable(True)
        self.add_language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_language.activated.connect(self._add_language_chosen)
        self.add_language.lineEdit().returnPressed.connect(self._add_language_typed)
        dl.addWidget(self.add_language)
        outer.addWidget(self.desc_box)
        self.rows: dict[str, DescriptionRow] = {}

        # -- categories
        self.cat_box = QGroupBox()
        cl = QVBoxLayout(self.cat_box)
        self.chips_host = QWidget()
        self.chips = FlowLayout(self.chips_host)
        cl.addWidget(self.chips_host)
        self.category_input = QLineEdit()
        self.category_input.setObjectName("category_input")
        self.category_model = QStringListModel(self)
        completer = QCompleter(self.category_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category_input.setCompleter(completer)
        self.category_input.returnPressed.connect(self._add_typed_category)
        self._project_categories: list[str] = []
        self._wiki_categories: list[str] = []
        self.wiki_categories = WikiCategorySuggester(self)
        self.wiki_categories.found.connect(self._show_wiki_categories)
        self.wiki_categories.availability_changed.connect(self._show_wiki_availability)
        self.category_input.textEdited.connect(self.wiki_categories.request)
        cl.addWidget(self.category_input)
        outer.addWidget(self.cat_box)

        # -- date, location
        self.place_box = QGroupBox()
        form = QFormLayout(self.place_box)
        self.date = QLineEdit()
        self.date.setObjectName("date")
        self.date.editingFinished.connect(self._commit_date)
        self.date.textChanged.connect(self._date_typed)
        self.date_label = QLabel()
        form.addRow(self.date_label, self.date)
        self.date_info = QLabel()
        self.date_info.setWordWrap(True)
        form.addRow("", self.date_info)
        self.lat, self.lon, self.heading = QLineEdit(), QLineEdit(), QLineEdit()
        for w, lo, hi in ((self.lat, -90, 90), (self.lon, -180, 180), (self.heading, 0, 360)):
            v = QDoubleValidator(lo, hi, 7, w)
            v.setNotation(QDoubleValidator.Notation.StandardNotation)
            v.setLocale(self.locale().c())  # a dot, whatever the language: GPS values are written so
            w.setValidator(v)
            w.editingFinished.connect(self._commit_location)
        loc = QHBoxLayout()
        loc.addWidget(self.lat)
        loc.addWidget(self.lon)
        loc.addWidget(self.heading)
        self.location_label = QLabel()
        form.addRow(self.location_label, loc)
        self.location_info = QLabel()
        self.location_info.setWordWrap(True)
        self.location_info.setOpenExternalLinks(False)
        self.location_info.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        form.addRow("", self.location_info)
        self.remove_location = QCheckBox()
        self.remove_location.clicked.connect(self._commit_location_removed)
        form.addRow("", self.remove_location)
        outer.addWidget(self.place_box)

        # -- licence, author
        self.rights_box = QGroupBox()
        rf = QFormLayout(self.rights_box)
        self.licence = QComboBox()
        self.licence.activated.connect(self._commit_licence)
        self.licence_label = QLabel()
        rf.addRow(self.licence_label, self.licence)
        self.licence_info = QLabel()
        self.licence_info.setWordWrap(True)
        rf.addRow("", self.licence_info)
        self.author = QLineEdit()
        self.author.setObjectName("author")
        self.author.editingFinished.connect(self._commit_author)
        self.author_label = QLabel()
        rf.addRow(self.author_label, self.author)
        outer.addWidget(self.rights_box)
        outer.addStretch(1)

        for w in (self.title, self.date, self.lat, self.lon, self.heading, self.author, self.category_input, self.pattern):
            w.installEventFilter(self._watcher)
        self.retranslate()
        self.set_selection([])

    # -- the panel's place in the window ---------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Describe")

    def set_session(self, session: ProjectSession | None) -> None:
        self.commit_pending()
        if self.session is not None:
            self.session.photos_changed.disconnect(self._photos_changed)
        self.session = session
        self.ids = []
        self.settings = read_settings(session.store) if session is not None else ProjectSettings()
        self.pattern.setText(self.settings.title_pattern or DEFAULT_PATTERN)
        if session is not None:
            session.photos_changed.connect(self._photos_changed)
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

    def _photos_changed(self, ids: list[int], origin: object) -> None:
        if origin is self:
            self._refresh_photos()
            self._show_prefixes()
            return
        if set(ids) & set(self.ids):
            shown = self.photos
            self._refresh_photos()
            if self.photos != shown:
                # Changed elsewhere (undo, an import, another program): what was typed here is saved
                # first, then the fields show the project as it is now.
                self.photos = shown
                self.commit_pending()
                self._load()
        if self.session is not None:
            self._refresh_completions()

    def _show_prefixes(self) -> None:
        """A description just written got the event's prefix (edits.with_prefix): show it in its field."""
        for lang, row in self.rows.items():
            prefix = self.settings.prefix(lang).strip()
            typed = row.text.toPlainText()
            if not prefix or row.mixed or f"description:{lang}" in self._dirty or typed.startswith(prefix):
                continue
            same, value = common_value(p.descriptions.get(lang) for p in self.photos)
            if same and isinstance(value, str) and value.startswith(prefix) and value.endswith(typed.strip()):
                focused = row.text.hasFocus()
                self._loading = True
                try:
                    row.text.setPlainText(value)
                finally:
                    self._loading = False
                if focused:
                    row.text.moveCursor(QTextCursor.MoveOperation.End)

    def _refresh_photos(self) -> None:
        model = self.session.model if self.session else None
        self.photos = [p for p in (model.photo(i) for i in self.ids) if p is not None] if model else []

    # -- showing ---------------------------------------------------------------------------

    def _load(self) -> None:
        self._commit_timer.stop()
        self._dirty.clear()
        self._refresh_photos()
        self.ids = [p.id for p in self.photos]
        photos = self.photos
        self._loading = True
        try:
            enabled = bool(photos)
            body = self.widget()
            for box in (self.title_box, self.desc_box, self.cat_box, self.place_box, self.rights_box, self.letter_bar):
                box.setVisible(enabled)
            if not photos:
                self.header.setText(self.tr("Select photos in the grid to describe them."))
                return
            if len(photos) == 1:
                self.header.setText(photos[0].file_name)
            else:
                self.header.setText(self.tr("%n photos selected: what you write here goes to all of them.", "", len(photos)))
            self._load_title()
            self._load_descriptions()
            self._load_categories()
            self._load_date()
            self._load_location()
            self._load_rights()
            body.adjustSize()
        finally:
            self._loading = False

    def _several(self) -> str:
        return self.tr("(several values)")

    def _set_line(self, w: QLineEdit, same: bool, value: object) -> None:
        w.setText("" if not same or value is None else str(value))
        w.setProperty("mixed", not same)
        if not same:
            w.setPlaceholderText(self._several())

    def _load_title(self) -> None:
        photos = self.photos
        single = len(photos) == 1
        self.title.setEnabled(single)
        if single:
            self.title.setText(photos[0].title or "")
            self.title.setPlaceholderText(self.tr("What the photo shows, e.g. Rudaki Park fountain"))
        else:
            same, value = common_value(p.title for p in photos)
            self.title.setText(str(value) if same and value else "")
            self.title.setPlaceholderText(self.tr("Each photo needs its own title: use a pattern"))
        self._title_changed()

    def _load_descriptions(self) -> None:
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        langs: list[str] = ["tg"]
        for p in self.photos:
            for lang in p.descriptions:
                if lang not in langs:
                    langs.append(lang)
        for lang in self.settings.languages:
            if lang not in langs:
                langs.append(lang)
        for lang in langs:
            self._add_row(lang)
        self._fill_language_choices()

    def _add_row(self, lang: str) -> DescriptionRow:
        row = DescriptionRow(lang, self)
        same, value = common_value(p.descriptions.get(lang) for p in self.photos)
        was = self._loading
        self._loading = True
        row.text.setPlainText(str(value) if same and value else "")
        self._loading = was
        row.mixed = not same
        row.text.setPlaceholderText(self._several() if not same else self.tr("Description in %1").replace("%1", language_name(lang)))
        row.changed.connect(self._description_typed)
        row.removed.connect(self._remove_language)
        row.text.installEventFilter(self._watcher)
        row.show_suggestions()
        self.desc_rows_layout.addWidget(row)
        row.show()  # a layout would show it only on the next event-loop pass
        self.rows[lang] = row
        return row

    def _fill_language_choices(self) -> None:
        self.add_language.clear()
        self.add_language.addItem(self.tr("Add a language…"), "")
        for code in COMMON_LANGUAGES:
            if code not in self.rows:
                self.add_language.addItem(f"{language_name(code)} ({code})", code)
        self.add_language.setCurrentIndex(0)

    def _load_categories(self) -> None:
        self.chips.clear()
        total = len(self.photos)
        counts: dict[str, int] = {}
        for p in self.photos:
            for c in p.categories:
                counts[c] = counts.get(c, 0) + 1
        for name, count in counts.items():
            chip = CategoryChip(name, count, total)
            chip.remove_clicked.connect(self.remove_category)
            chip.add_clicked.connect(self.add_category)
            self.chips.addWidget(chip)
        self.chips_host.setVisible(bool(counts))
        self.chips_host.updateGeometry()

    def _load_date(self) -> None:
        same, value = common_value(p.edit_date for p in self.photos)
        self._set_line(self.date, same, value)
        same_cam, cam = common_value(p.camera.taken for p in self.photos)
        if same and not value:
            self.date.setPlaceholderText(str(cam).replace("T", " ") if same_cam and cam else self.tr("YYYY-MM-DD"))
        if same_cam and cam:
            self.date_info.setText(self.tr("The camera says %1; leave the field empty to use it.").replace("%1", str(cam).replace("T", " ")))
        elif not same_cam:
            self.date_info.setText(self.tr("The camera dates differ; leave the field empty to use each photo's own."))
        else:
            self.date_info.setText(self.tr("The camera gave no date: write it as YYYY-MM-DD."))

    def _load_location(self) -> None:
        locs = [effective_location(p) for p in self.photos]
        same, loc = common_value(locs)
        for w, attr in ((self.lat, "lat"), (self.lon, "lon"), (self.heading, "heading")):
            value = getattr(loc, attr) if same and loc is not None else None
            w.setText("" if value is None else f"{value:.6f}".rstrip("0").rstrip("."))
            w.setPlaceholderText(self._several() if not same else "")
        same_rm, removed = common_value(p.location_removed for p in self.photos)
        self.remove_location.setTristate(not same_rm)
        self.remove_location.setCheckState(
            Qt.CheckState.PartiallyChecked if not same_rm else (Qt.CheckState.Checked if removed else Qt.CheckState.Unchecked)
        )
        if same and loc is not None:
            label = self.tr("Show on OpenStreetMap")
            link = f'<a href="{osm_url(loc.lat, loc.lon)}">{label}</a>'
            edited = any(p.edit_lat is not None for p in self.photos)
            note = "" if edited else self.tr("from the camera's GPS") + " · "
            self.location_info.setText(note + link)
        elif not same:
            self.location_info.setText(self.tr("The photos were taken at different places."))
        else:
            self.location_info.setText(self.tr("No location: type the latitude and longitude, e.g. 38.5598 and 68.7870."))

    def _load_rights(self) -> None:
        default = self.settings.licence or ""
        self.licence.clear()
        default_name = LICENCES[default].name if default in LICENCES else self.tr("none")
        self.licence.addItem(self.tr("Project default (%1)").replace("%1", default_name), None)
        for code, lic in LICENCES.items():
            self.licence.addItem(lic.name, code)
        same, value = common_value(p.licence for p in self.photos)
        if not same:
            self.licence.addItem(self._several(), MIXED)
            self.licence.setCurrentIndex(self.licence.count() - 1)
        else:
            self.licence.setCurrentIndex(max(0, self.licence.findData(value)))
        self._show_licence_info()
        same, value = common_value(p.author for p in self.photos)
        self._set_line(self.author, same, value)
        if same and not value:
            self.author.setPlaceholderText(self.settings.author or self.tr("The account that uploads"))

    def _show_licence_info(self) -> None:
        code = self.licence.currentData()
        if code is None:
            code = self.settings.licence
        lic = LICENCES.get(code) if isinstance(code, str) else None
        self.licence_info.setText(core_text("licences", lic.explanation) if lic else "")

    def _refresh_completions(self) -> None:
        """Categories to complete from: those in the project and those of its event preset."""
        if self.session is None:
            return
        names = {c for p in self.session.model.photos() for c in p.categories}
        preset_file = self.settings.preset_file
        if preset_file and Path(preset_file).is_file():
            try:
                names.update(load_preset(preset_file).categories)
            except PhotowalkError:
                pass
        self._project_categories = sorted(names, key=str.casefold)
        self._set_completions()

    def set_wiki(self, api_url: str) -> None:
        """The wiki whose categories are suggested too (read without logging in)."""
        self.wiki_categories.set_wiki(api_url)

    def _show_wiki_categories(self, prefix: str, names: list[str]) -> None:
        if prefix != category_prefix(self.category_input.text()):
            return  # the field was changed without typing (cleared, a completion chosen)
        completer = self.category_input.completer()
        was_open = completer.popup().isVisible()
        self._wiki_categories = names
        self._set_completions()
        if (was_open or self.category_input.hasFocus()) and self.category_input.text().strip():
            # Resetting the model closed the list the volunteer was looking at: open it again.
            completer.setCompletionPrefix(self.category_input.text())
            completer.complete()

    def _set_completions(self) -> None:
        # The project's and the preset's own categories come first; the wiki's add to them.
        known = {c.casefold() for c in self._project_categories}
        wiki = [c for c in self._wiki_categories if c.casefold() not in known]
        self.category_model.setStringList(self._project_categories + wiki)

    def _show_wiki_availability(self, available: bool) -> None:
        self.category_input.setToolTip("" if available else self.tr("No suggestions from the wiki now: it cannot be reached."))

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

    def _title_changed(self) -> None:
        text = self.title.text()
        kind = self.photos[0].kind if self.photos else None
        if kind is None or len(self.photos) != 1:
            self.title_info.setText(self.tr("Titles are given one by one, or to all selected photos with a pattern."))
            return
        size = title_bytes(text, kind)
        parts = [self.tr("%1 of %2 bytes").replace("%1", str(size)).replace("%2", str(MAX_TITLE_BYTES))]
        if size > MAX_TITLE_BYTES:
            parts[0] = f'<span style="color:#c62828">{parts[0]}</span>'
        for problem in validate_title(text, kind) if text.strip() else []:
            colour = "#c62828" if problem.is_error else "#b26a00"
            line = f'<span style="color:{colour}">{_html(core_text("checks", problem.template, problem.params))}</span>'
            if problem.suggestion:
                use = self.tr("Use “%1”").replace("%1", problem.suggestion)
                line += f' <a href="fix:{_html(problem.suggestion)}">{_html(use)}</a>'
            parts.append(line)
        self.title_info.setText("<br>".join(dict.fromkeys(parts)))
        if not self._loading:
            self._dirty.add("title")
            self._commit_timer.start()

    def _use_title_fix(self, link: str) -> None:
        if link.startswith("fix:"):
            self.title.setText(link[4:].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"'))
            self.commit_pending()

    def _description_typed(self, lang: str) -> None:
        row = self.rows.get(lang)
        if row is None:
            return
        row.show_suggestions()
        if not self._loading:
            self._dirty.add(f"description:{lang}")
            self._commit_timer.start()

    def _date_typed(self) -> None:
        if self._loading:
            return
        text = self.date.text().strip()
        ok = not text or is_valid_date_text(text.replace("T", " "))
        self.date.setStyleSheet("" if ok else "color: #c62828;")

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
                self._commit_title()
            elif key.startswith("description:"):
                self._commit_description(key.split(":", 1)[1])

    def _push(self, command: QObject) -> bool:
        assert self.session is not None
        return self.session.push(command)  # type: ignore[arg-type]

    def _edit(self, field: commands.Field, value: object, text: str, *, mergeable: bool = False,
              apply: Callable[..., object] | None = None) -> bool:
        if self.session is None or not self.ids:
            return False
        return self._push(FieldEdit(self.session, field, self.ids, value, text, mergeable=mergeable,
                                    apply=apply, origin=self))

    def _commit_title(self) -> None:
        if len(self.ids) != 1 or self.session is None:
            return
        value = self.title.text().strip() or None
        if self.photos and self.photos[0].title == value:
            return
        self._edit(commands.TITLE, value, self.tr("Title"), mergeable=True)

    def _commit_description(self, lang: str) -> None:
        row = self.rows.get(lang)
        if row is None:
            return
        text = row.text.toPlainText()
        if row.mixed and not text.strip():
            return  # "(several values)" left empty: each photo keeps its own
        row.mixed = False
        self._edit(commands.description_field(lang), text.strip() or None,
                   self.tr("Description (%1)").replace("%1", lang), mergeable=True)

    def _commit_date(self) -> None:
        if self._loading or self.session is None or not self.ids:
            return
        text = self.date.text().strip()
        if self.date.property("mixed") and not text:
            return
        same, value = common_value(p.edit_date for p in self.photos)
        if same and (value or "") == text:
            return
        self.date.setProperty("mixed", False)
        self._edit(commands.DATE, text or None, self.tr("Date"))

    def _commit_location(self) -> None:
        if self._loading or self.session is None or not self.ids:
            return
        lat, lon, heading = (w.text().strip() for w in (self.lat, self.lon, self.heading))
        if not lat and not lon:
            # Both emptied: forget what was typed, so the camera's position (if any) shows again.
            if any(p.edit_lat is not None for p in self.photos):
                if self._edit(commands.LOCATION, None, self.tr("Location"),
                              apply=lambda store, ids: edits.clear_location(store, ids)):
                    self._loading = True  # show the camera's position, now the one in force
                    try:
                        self._load_location()
                    finally:
                        self._loading = False
            return
        if not lat or not lon:
            return  # both are needed; an incomplete pair is not written
        try:
            values = float(lat), float(lon), (float(heading) if heading else None)
        except ValueError:
            return
        same, loc = common_value(effective_location(p) for p in self.photos)
        if same and loc is not None and (loc.lat, loc.lon, loc.heading) == values:
            return
        self._edit(commands.LOCATION, values, self.tr("Location"),
                   apply=lambda store, ids: edits.set_location(store, ids, *values))

    def _commit_location_removed(self) -> None:
        if self._loading or self.session is None:
            return
        removed = self.remove_location.checkState() == Qt.CheckState.Checked
        self.remove_location.setTristate(False)
        self._edit(commands.LOCATION_REMOVED, removed, self.tr("Location"))

    def _commit_licence(self) -> None:
        code = self.licence.currentData()
        if code is MIXED:
            return
        self._edit(commands.LICENCE, code, self.tr("Licence"))
        self._show_licence_info()

    def _commit_author(self) -> None:
        if self._loading or self.session is None or not self.ids:
            return
        text = self.author.text().strip()
        if self.author.property("mixed") and not text:
            return
        same, value = common_value(p.author for p in self.photos)
        if same and (value or "") == text:
            return
        self.author.setProperty("mixed", False)
        self._edit(commands.AUTHOR, text or None, self.tr("Author"))

    def add_category(self, name: str) -> None:
        """Add a category to every selected photo (each keeps its own others)."""
        name = name.strip()
        if not name:
            return
        if self._edit(commands.CATEGORIES, None, self.tr("Add category"),
                      apply=lambda store, ids: edits.add_categories(store, ids, [name])):
            self._load_categories()
            self._refresh_completions()  # offered for the next photos too

    def remove_category(self, name: str) -> None:
        if self._edit(commands.CATEGORIES, None, self.tr("Remove category"),
                      apply=lambda store, ids: edits.remove_categories(store, ids, [name])):
            self._load_categories()

    def _add_typed_category(self) -> None:
        text = self.category_input.text()
        if text.strip():
            self.add_category(text)
            self.category_input.clear()
            self.wiki_categories.request("")

    def _add_language_chosen(self, index: int) -> None:
        code = self.add_language.itemData(index)
        if code:
            self._open_language(code)

    def _add_language_typed(self) -> None:
        text = self.add_language.currentText().strip().lower()
        if text and self.add_language.findText(text) < 0 and " " not in text:
            self._open_language(text)

    def _open_language(self, code: str) -> None:
        if code not in self.rows:
            row = self._add_row(code)
            row.text.setFocus()
        self._fill_language_choices()

    def _remove_language(self, lang: str) -> None:
        row = self.rows.get(lang)
        if row is None:
            return
        if any(lang in p.descriptions for p in self.photos):
            self._edit(commands.description_field(lang), None, self.tr("Description (%1)").replace("%1", lang))
        if lang != "tg":
            row.setParent(None)
            row.deleteLater()
            del self.rows[lang]
            self._fill_language_choices()
        else:
            self._loading = True
            row.text.clear()
            self._loading = False

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
        titles = command.titles
        skipped = len(self.ids) - len(titles)
        if skipped:
            self.title_info.setText(
                self.tr("%n photo(s) got no title: the pattern needs a description or a date they lack.", "", skipped)
            )

    # -- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.letter_label.setText(self.tr("Tajik letters:"))
        self.title_box.setTitle(self.tr("Title (the file name on Commons)"))
        self.pattern.setPlaceholderText(self.tr("Pattern, e.g. {description} {date} {n}"))
        self.pattern.setToolTip(self.tr("Placeholders: {description} {place} {event} {date} {year} {n} {name}"))
        self.pattern_button.setText(self.tr("Title from pattern"))
        self.desc_box.setTitle(self.tr("Description"))
        self.cat_box.setTitle(self.tr("Categories"))
        self.category_input.setPlaceholderText(self.tr("Add a category and press Enter"))
        self._show_wiki_availability(self.wiki_categories.available)
        self.place_box.setTitle(self.tr("When and where"))
        self.date_label.setText(self.tr("Date"))
        self.location_label.setText(self.tr("Location"))
        self.lat.setToolTip(self.tr("Latitude, e.g. 38.5598"))
        self.lon.setToolTip(self.tr("Longitude, e.g. 68.7870"))
        self.heading.setToolTip(self.tr("Camera direction in degrees from north (optional)"))
        self.remove_location.setText(self.tr("Leave the location off the page (privacy)"))
        self.rights_box.setTitle(self.tr("Licence and author"))
        self.licence_label.setText(self.tr("Licence"))
        self.author_label.setText(self.tr("Author"))
        if not self._dirty:
            self._load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
