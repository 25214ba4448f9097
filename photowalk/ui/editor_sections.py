"""The editor's sections, one job each: title, descriptions, categories, date and location, licence and author.

Each shows the selection's values as the core's Selection describes them and hands the edits the
core works out to its host (the editor panel), which makes them undoable. Their texts keep the
translation context "EditorPanel", the panel they were first written in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photowalk import edits
from photowalk.clock import format_shift
from photowalk.completions import offered_categories
from photowalk.depicts import DepictedItem, InvalidItemError, normalize_item_id
from photowalk.licences import LICENCES
from photowalk.project import ProjectStore
from photowalk.projectsettings import ProjectSettings
from photowalk.selection import CategoryUse, Selection, Write, coordinate_text, date_acceptable
from photowalk.structured import CAPTION_LIMIT
from photowalk.titles import MAX_TITLE_BYTES, title_bytes, validate_title
from photowalk.ui import commands
from photowalk.ui.editor_widgets import CategoryChip, CoordinateField, DateField, DescriptionRow, readable_date
from photowalk.ui.flowlayout import FlowLayout
from photowalk.ui.i18n import core_text, language_name
from photowalk.ui.itemsearch import ItemSearcher
from photowalk.ui.wikicategories import WikiCategorySuggester
from photowalk.upload.categories import category_prefix
from photowalk.upload.wikibase import ItemHit

# Description languages offered first; any code can be typed.
COMMON_LANGUAGES = ("tg", "ru", "en", "uz", "fa", "de", "fr", "tr", "zh", "ar")
MIXED = "\x00several"  # a licence item: the selected photos differ (never a licence code)
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"


def several() -> str:
    """What a field whose photos differ shows."""
    return QCoreApplication.translate("EditorPanel", "(several values)")


def osm_url(lat: float, lon: float) -> str:
    """The OpenStreetMap page centred on a point, with a marker."""
    return f"https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lon:.6f}#map=17/{lat:.6f}/{lon:.6f}"


def html(text: str) -> str:
    """Text made safe to put in a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _unhtml(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


@dataclass(frozen=True)
class Edit:
    """An edit a section asks for: the field, what the core says to write, the undo step's name.

    `apply` is the forward edit when it is not the field's plain writer (a category added or
    removed, a location set or forgotten); `mergeable` joins keystrokes into one undo step.
    """

    field: commands.Field
    write: Write[Any]
    text: str
    mergeable: bool = False
    apply: Callable[[ProjectStore, list[int]], object] | None = None


class Host(Protocol):
    """What a section needs from the panel it sits in."""

    @property
    def selection(self) -> Selection: ...

    @property
    def settings(self) -> ProjectSettings: ...

    def submit(self, edit: Edit) -> bool:
        """Make the edit (undoably); False when it was refused (the reason is shown)."""
        ...

    def typed(self, key: str) -> None:
        """Text was typed in a field (`title`, `description:LANG`): it is written once typing pauses."""
        ...

    def commit_pending(self) -> None:
        """Write what was typed now."""
        ...

    def watch(self, widget: QWidget) -> None:
        """Commit what was typed when this field loses focus; remember it for the letter bar."""
        ...

    def order_tabs(self) -> None:
        """Fields were added: Tab goes through them as they are read."""
        ...


class Section(QGroupBox):
    """A part of the editor showing some fields of the selection."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._loading = False  # fields are being filled: their signals are not the volunteer's typing

    def load(self) -> None:
        """Show the selection's values."""
        self._quietly(self._fill)

    def _quietly(self, fill: Callable[[], object]) -> None:
        """Change fields without their signals counting as the volunteer's typing."""
        was, self._loading = self._loading, True
        try:
            fill()
        finally:
            self._loading = was

    def _fill(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError


class TitleSection(Section):
    """The title of one photo (its file name on Commons), and titles for many from a pattern."""

    pattern_wanted = Signal()

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        lay = QVBoxLayout(self)
        self.field = QLineEdit()
        self.field.setObjectName("title")
        self.field.textChanged.connect(self._changed)
        self.field.returnPressed.connect(host.commit_pending)
        lay.addWidget(self.field)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.linkActivated.connect(self._use_fix)
        lay.addWidget(self.info)
        row = QHBoxLayout()
        self.pattern = QLineEdit()
        self.pattern_button = QPushButton()
        self.pattern_button.clicked.connect(self.pattern_wanted)
        row.addWidget(self.pattern, 1)
        row.addWidget(self.pattern_button)
        lay.addLayout(row)
        host.watch(self.field)
        host.watch(self.pattern)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "Title (the file name on Commons)"))
        self.pattern.setPlaceholderText(QCoreApplication.translate("EditorPanel", "Pattern, e.g. {description} {date} {n}"))
        self.pattern.setToolTip(
            QCoreApplication.translate("EditorPanel", "Placeholders: {description} {place} {event} {date} {year} {n} {name}")
        )
        self.pattern_button.setText(QCoreApplication.translate("EditorPanel", "Title from pattern"))

    def _fill(self) -> None:
        sel = self.host.selection
        self.field.setEnabled(sel.title_editable)
        value = sel.title().value
        self.field.setText(value or "")
        if sel.title_editable:
            self.field.setPlaceholderText(
                QCoreApplication.translate("EditorPanel", "What the photo shows, e.g. Rudaki Park fountain"))
        else:
            self.field.setPlaceholderText(
                QCoreApplication.translate("EditorPanel", "Each photo needs its own title: use a pattern"))
        self._changed()

    def _changed(self) -> None:
        sel = self.host.selection
        if not sel.title_editable:
            self.info.setText(QCoreApplication.translate(
                "EditorPanel", "Titles are given one by one, or to all selected photos with a pattern."))
            return
        text, kind = self.field.text(), sel.photos[0].kind
        size = title_bytes(text, kind)
        parts = [QCoreApplication.translate("EditorPanel", "%1 of %2 bytes")
                 .replace("%1", str(size)).replace("%2", str(MAX_TITLE_BYTES))]
        if size > MAX_TITLE_BYTES:
            parts[0] = f'<span style="color:{ERROR_COLOUR}">{parts[0]}</span>'
        for problem in validate_title(text, kind) if text.strip() else []:
            colour = ERROR_COLOUR if problem.is_error else WARNING_COLOUR
            line = f'<span style="color:{colour}">{html(core_text("checks", problem.template, problem.params))}</span>'
            if problem.suggestion:
                use = QCoreApplication.translate("EditorPanel", "Use “%1”").replace("%1", problem.suggestion)
                line += f' <a href="fix:{html(problem.suggestion)}">{html(use)}</a>'
            parts.append(line)
        self.info.setText("<br>".join(dict.fromkeys(parts)))
        if not self._loading:
            self.host.typed("title")

    def _use_fix(self, link: str) -> None:
        if link.startswith("fix:"):
            self.field.setText(_unhtml(link[4:]))
            self.host.commit_pending()

    def commit(self) -> None:
        """Write the title typed (a single photo's)."""
        write = self.host.selection.edit_title(self.field.text())
        if write is not None:
            self.host.submit(Edit(commands.TITLE, write, QCoreApplication.translate("EditorPanel", "Title"),
                                  mergeable=True))


class DescriptionsSection(Section):
    """The description in each language; a language can be added or removed."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        lay = QVBoxLayout(self)
        self.rows_layout = QVBoxLayout()
        lay.addLayout(self.rows_layout)
        self.add_language = QComboBox()
        self.add_language.setEditable(True)
        self.add_language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_language.activated.connect(self._language_chosen)
        line = self.add_language.lineEdit()
        assert line is not None  # an editable combo box has one
        line.returnPressed.connect(self._language_typed)
        lay.addWidget(self.add_language)
        self.rows: dict[str, DescriptionRow] = {}

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "Description"))

    def _fill(self) -> None:
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        for lang in self.host.selection.languages(self.host.settings.languages):
            self._add_row(lang)
        self._fill_language_choices()

    def _add_row(self, lang: str) -> DescriptionRow:
        row = DescriptionRow(lang, self)
        now = self.host.selection.description(lang)
        self._quietly(lambda: row.text.setPlainText(now.value or ""))
        row.text.setPlaceholderText(several() if now.several else QCoreApplication.translate(
            "EditorPanel", "Description in %1").replace("%1", language_name(lang)))
        row.changed.connect(self._typed)
        row.removed.connect(self._remove_language)
        self.host.watch(row.text)
        row.show_suggestions()
        self.rows_layout.addWidget(row)
        row.show()  # a layout would show it only on the next event-loop pass
        self.rows[lang] = row
        self.host.order_tabs()
        return row

    def _fill_language_choices(self) -> None:
        self.add_language.clear()
        self.add_language.addItem(QCoreApplication.translate("EditorPanel", "Add a language…"), "")
        for code in COMMON_LANGUAGES:
            if code not in self.rows:
                self.add_language.addItem(f"{language_name(code)} ({code})", code)
        self.add_language.setCurrentIndex(0)

    def _typed(self, lang: str) -> None:
        row = self.rows.get(lang)
        if row is None:
            return
        row.show_suggestions()
        if not self._loading:
            self.host.typed(f"description:{lang}")

    def commit(self, lang: str) -> None:
        """Write the description typed in this language."""
        row = self.rows.get(lang)
        write = self.host.selection.edit_description(lang, row.text.toPlainText()) if row else None
        if write is not None:
            self.host.submit(Edit(commands.description_field(lang), write, QCoreApplication.translate(
                "EditorPanel", "Description (%1)").replace("%1", lang), mergeable=True))

    def show_prefixes(self, typing: set[str]) -> None:
        """A description just written got the event's prefix (edits.with_prefix): show it in its field."""
        for lang, row in self.rows.items():
            if f"description:{lang}" in typing:
                continue
            text = self.host.selection.shown_after_write(lang, row.text.toPlainText(), self.host.settings.prefix(lang))
            if text is None:
                continue
            focused = row.text.hasFocus()
            self._quietly(partial(row.text.setPlainText, text))
            if focused:
                row.text.moveCursor(QTextCursor.MoveOperation.End)

    def row(self, lang: str) -> DescriptionRow:
        """The row of this language, opened (empty) if it is not shown yet."""
        if lang not in self.rows:
            self._add_row(lang)
            self._fill_language_choices()
        return self.rows[lang]

    def _language_chosen(self, index: int) -> None:
        code = self.add_language.itemData(index)
        if code:
            self._open_language(code)

    def _language_typed(self) -> None:
        text = self.add_language.currentText().strip().lower()
        if text and self.add_language.findText(text) < 0 and " " not in text:
            self._open_language(text)

    def _open_language(self, code: str) -> None:
        if code not in self.rows:
            self._add_row(code).text.setFocus()
        self._fill_language_choices()

    def _remove_language(self, lang: str) -> None:
        row = self.rows.get(lang)
        if row is None:
            return
        write = self.host.selection.remove_language(lang)
        if write is not None:
            self.host.submit(Edit(commands.description_field(lang), write, QCoreApplication.translate(
                "EditorPanel", "Description (%1)").replace("%1", lang)))
        if lang != "tg":
            row.setParent(None)
            row.deleteLater()
            del self.rows[lang]
            self._fill_language_choices()
        else:
            self._quietly(row.text.clear)


class ChipsSection(Section):
    """Values of the selection as chips (× removes one, + adds it to the rest), and below them a
    field to add one: Enter adds what was typed, a completer offers `model`'s texts."""

    def __init__(self, host: Host, field_name: str, chosen: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        lay = QVBoxLayout(self)
        self.chips_host = QWidget()
        self.chips = FlowLayout(self.chips_host)
        lay.addWidget(self.chips_host)
        self.input = QLineEdit()
        self.input.setObjectName(field_name)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        if chosen is not None:
            self.completer.activated.connect(chosen)  # before the field's own handling of the choice
        self.input.setCompleter(self.completer)
        self.input.returnPressed.connect(self._add_typed)
        lay.addWidget(self.input)
        host.watch(self.input)

    def _add_typed(self) -> None:
        raise NotImplementedError

    def _show_chips(self, chips: list[CategoryChip], remove: Callable[[str], object],
                    add: Callable[[str], object]) -> None:
        """Show these chips in place of those shown; their × calls `remove`, their + calls `add`."""
        self.chips.clear()
        for chip in chips:
            chip.remove_clicked.connect(remove)
            chip.add_clicked.connect(add)
            self.chips.addWidget(chip)
        self.chips_host.setVisible(bool(chips))
        self.chips_host.updateGeometry()

    def _open_list(self) -> None:
        """Open the completer's list for the text in the field (resetting the model closed it)."""
        self.completer.setCompletionPrefix(self.input.text())
        self.completer.complete()


class CategoriesSection(ChipsSection):
    """The selection's categories as chips, and a field to add one (completed from the project and the wiki)."""

    added = Signal()  # a category was added: the names to complete from may have grown

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, "category_input", parent=parent)
        self._project: list[str] = []
        self._wiki: list[str] = []
        self.wiki = WikiCategorySuggester(self)
        self.wiki.found.connect(self._show_wiki_categories)
        self.wiki.availability_changed.connect(self._show_wiki_availability)
        self.input.textEdited.connect(self.wiki.request)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "Categories"))
        self.input.setPlaceholderText(QCoreApplication.translate("EditorPanel", "Add a category and press Enter"))
        self._show_wiki_availability(self.wiki.available)

    def _fill(self) -> None:
        chips = [CategoryChip(use) for use in self.host.selection.categories()]
        self._show_chips(chips, self.remove_category, self.add_category)

    def add_category(self, name: str) -> None:
        """Add a category to every selected photo that lacks it (each keeps its own others)."""
        text = QCoreApplication.translate("EditorPanel", "Add category")
        if self._change(self.host.selection.add_category(name), edits.add_categories, text):
            self.added.emit()  # offered for the next photos too

    def remove_category(self, name: str) -> None:
        """Take a category off the selected photos that have it."""
        text = QCoreApplication.translate("EditorPanel", "Remove category")
        self._change(self.host.selection.remove_category(name), edits.remove_categories, text)

    def _change(self, write: Write[str] | None, change: Callable[[ProjectStore, list[int], list[str]], object],
                text: str) -> bool:
        # The core adds or removes the one name on each photo, keeping the others it has.
        if write is None or not self.host.submit(Edit(
            commands.CATEGORIES, Write(write.ids, None), text, apply=lambda store, ids: change(store, ids, [write.value]),
        )):
            return False
        self.load()
        return True

    def _add_typed(self) -> None:
        text = self.input.text()
        if text.strip():
            self.add_category(text)
            self.input.clear()
            self.wiki.request("")

    def set_project_categories(self, names: list[str]) -> None:
        """The project's and its preset's categories, offered first."""
        self._project = names
        self._set_completions()

    def _show_wiki_categories(self, prefix: str, names: list[str]) -> None:
        if prefix != category_prefix(self.input.text()):
            return  # the field was changed without typing (cleared, a completion chosen)
        popup = self.completer.popup()
        was_open = popup is not None and popup.isVisible()
        self._wiki = names
        self._set_completions()
        if (was_open or self.input.hasFocus()) and self.input.text().strip():
            # Resetting the model closed the list the volunteer was looking at: open it again.
            self._open_list()

    def _set_completions(self) -> None:
        self.model.setStringList(offered_categories(self._project, self._wiki))

    def _show_wiki_availability(self, available: bool) -> None:
        self.input.setToolTip("" if available else QCoreApplication.translate(
            "EditorPanel", "No suggestions from the wiki now: it cannot be reached."))


class PlaceSection(Section):
    """When and where: the date, the location (latitude, longitude, heading) and leaving it off the page."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        form = QFormLayout(self)
        self.date = DateField()
        self.date.setObjectName("date")
        self.date.editingFinished.connect(self._commit_date)
        self.date.textChanged.connect(self._date_typed)
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        form.addRow(self.date_label, self.date)
        self.date_info = QLabel()
        self.date_info.setWordWrap(True)
        form.addRow("", self.date_info)
        self.lat, self.lon, self.heading = CoordinateField(-90, 90), CoordinateField(-180, 180), CoordinateField(0, 360)
        self.lat_label, self.lon_label, self.heading_label = QLabel(), QLabel(), QLabel()
        boxes = QGridLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.setVerticalSpacing(0)
        for column, (label, box) in enumerate(
            ((self.lat_label, self.lat), (self.lon_label, self.lon), (self.heading_label, self.heading))
        ):
            label.setBuddy(box)
            boxes.addWidget(label, 0, column)
            boxes.addWidget(box, 1, column)
            box.editingFinished.connect(self._commit_location)
            host.watch(box)
        self.location_label = QLabel()
        form.addRow(self.location_label, boxes)
        self.location_info = QLabel()
        self.location_info.setWordWrap(True)
        self.location_info.setOpenExternalLinks(False)
        self.location_info.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        form.addRow("", self.location_info)
        self.remove_location = QCheckBox()
        self.remove_location.clicked.connect(self._commit_location_removed)
        form.addRow("", self.remove_location)
        host.watch(self.date)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "When and where"))
        self.date_label.setText(QCoreApplication.translate("EditorPanel", "Date"))
        self.location_label.setText(QCoreApplication.translate("EditorPanel", "Location"))
        self.lat_label.setText(QCoreApplication.translate("EditorPanel", "Latitude"))
        self.lon_label.setText(QCoreApplication.translate("EditorPanel", "Longitude"))
        self.heading_label.setText(QCoreApplication.translate("EditorPanel", "Heading"))
        self.lat.setToolTip(QCoreApplication.translate("EditorPanel", "Latitude, e.g. 38.5598"))
        self.lon.setToolTip(QCoreApplication.translate("EditorPanel", "Longitude, e.g. 68.7870"))
        self.heading.setToolTip(QCoreApplication.translate("EditorPanel", "Camera direction in degrees from north (optional)"))
        for box, label in ((self.lat, self.lat_label), (self.lon, self.lon_label), (self.heading, self.heading_label)):
            box.setAccessibleName(label.text())
        self.remove_location.setText(QCoreApplication.translate("EditorPanel", "Leave the location off the page (privacy)"))

    def _fill(self) -> None:
        self._fill_date()
        self._fill_location()

    def _fill_date(self) -> None:
        sel = self.host.selection
        now, camera, corrected, offset = sel.date(), sel.camera_date(), sel.corrected_date(), sel.clock_offset()
        self.date.show_date(now.value)
        self.date.setStyleSheet("")
        if now.several:
            self.date.setPlaceholderText(several())
        elif not now.value:
            self.date.setPlaceholderText(
                readable_date(corrected.value) if corrected.value
                else QCoreApplication.translate("EditorPanel", "YYYY-MM-DD"))
        if camera.same and camera.value and offset.value:
            # The camera's clock is corrected for the project: both, so the volunteer sees what changed.
            self.date_info.setText(QCoreApplication.translate(
                "EditorPanel", "The camera says %1; with its clock corrected by %2: %3. Leave the field empty to use it.")
                .replace("%1", readable_date(camera.value)).replace("%2", format_shift(offset.value))
                .replace("%3", readable_date(corrected.value)))
        elif camera.same and camera.value:
            self.date_info.setText(QCoreApplication.translate(
                "EditorPanel", "The camera says %1; leave the field empty to use it.").replace(
                "%1", readable_date(camera.value)))
        elif camera.several:
            self.date_info.setText(QCoreApplication.translate(
                "EditorPanel", "The camera dates differ; leave the field empty to use each photo's own."))
        else:
            self.date_info.setText(QCoreApplication.translate(
                "EditorPanel", "The camera gave no date: write it as YYYY-MM-DD."))

    def _fill_location(self) -> None:
        sel = self.host.selection
        now = sel.location()
        loc = now.value
        for box, value in ((self.lat, loc.lat if loc else None), (self.lon, loc.lon if loc else None),
                           (self.heading, loc.heading if loc else None)):
            box.setText(coordinate_text(value))
            box.setPlaceholderText(several() if now.several else "")
        removed = sel.location_removed()
        self.remove_location.setTristate(removed.several)
        self.remove_location.setCheckState(
            Qt.CheckState.PartiallyChecked if removed.several
            else Qt.CheckState.Checked if removed.value else Qt.CheckState.Unchecked
        )
        if loc is not None:
            label = QCoreApplication.translate("EditorPanel", "Show on OpenStreetMap")
            link = f'<a href="{osm_url(loc.lat, loc.lon)}">{label}</a>'
            source = sel.location_source()
            if source.value == "gpx":
                note = QCoreApplication.translate("EditorPanel", "from the GPS track") + " · "
            elif source.value == "phone":
                note = QCoreApplication.translate("EditorPanel", "from a phone photo taken at the same time") + " · "
            else:
                note = "" if sel.location_typed else QCoreApplication.translate("EditorPanel", "from the camera's GPS") + " · "
            self.location_info.setText(note + link)
        elif now.several:
            self.location_info.setText(QCoreApplication.translate("EditorPanel", "The photos were taken at different places."))
        else:
            self.location_info.setText(QCoreApplication.translate(
                "EditorPanel", "No location: type the latitude and longitude, e.g. 38.5598 and 68.7870."))

    def _date_typed(self) -> None:
        if self._loading:
            return
        ok = date_acceptable(self.date.typed())
        self.date.setStyleSheet("" if ok else f"color: {ERROR_COLOUR};")

    def _commit_date(self) -> None:
        if self._loading:
            return
        write = self.host.selection.edit_date(self.date.typed())
        if write is not None and self.host.submit(Edit(commands.DATE, write, QCoreApplication.translate("EditorPanel", "Date"))):
            self.date.show_date(self.host.selection.date().value)

    def _commit_location(self) -> None:
        if self._loading:
            return
        lat, lon, heading = (box.text() for box in (self.lat, self.lon, self.heading))
        write = self.host.selection.edit_location(lat, lon, heading)
        text = QCoreApplication.translate("EditorPanel", "Location")
        if write is None:
            return
        values = write.value
        if values is None:
            done = self.host.submit(Edit(commands.LOCATION, write, text,
                                         apply=lambda store, ids: edits.clear_location(store, ids)))
            if done:
                self.load_location()  # the camera's position, now the one in force
            return
        self.host.submit(Edit(commands.LOCATION, write, text,
                              apply=lambda store, ids: edits.set_location(store, ids, *values)))

    def load_location(self) -> None:
        """Show the location of the selection as it is now."""
        self._quietly(self._fill_location)

    def _commit_location_removed(self) -> None:
        if self._loading:
            return
        removed = self.remove_location.checkState() == Qt.CheckState.Checked
        self.remove_location.setTristate(False)
        write = self.host.selection.edit_location_removed(removed)
        if write is not None:
            self.host.submit(Edit(commands.LOCATION_REMOVED, write, QCoreApplication.translate("EditorPanel", "Location")))


class RightsSection(Section):
    """The licence (or the project's default) and the author credited."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        form = QFormLayout(self)
        self.licence = QComboBox()
        self.licence.activated.connect(self._commit_licence)
        self.licence_label = QLabel()
        self.licence_label.setBuddy(self.licence)
        form.addRow(self.licence_label, self.licence)
        self.licence_info = QLabel()
        self.licence_info.setWordWrap(True)
        form.addRow("", self.licence_info)
        self.author = QLineEdit()
        self.author.setObjectName("author")
        self.author.editingFinished.connect(self._commit_author)
        self.author_label = QLabel()
        self.author_label.setBuddy(self.author)
        form.addRow(self.author_label, self.author)
        host.watch(self.author)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "Licence and author"))
        self.licence_label.setText(QCoreApplication.translate("EditorPanel", "Licence"))
        self.author_label.setText(QCoreApplication.translate("EditorPanel", "Author"))

    def _fill(self) -> None:
        sel, settings = self.host.selection, self.host.settings
        default = settings.licence or ""
        self.licence.clear()
        default_name = LICENCES[default].name if default in LICENCES else QCoreApplication.translate("EditorPanel", "none")
        self.licence.addItem(QCoreApplication.translate("EditorPanel", "Project default (%1)").replace("%1", default_name), None)
        for code, lic in LICENCES.items():
            self.licence.addItem(lic.name, code)
        licence = sel.licence()
        if licence.several:
            self.licence.addItem(several(), MIXED)
            self.licence.setCurrentIndex(self.licence.count() - 1)
        else:
            self.licence.setCurrentIndex(max(0, self.licence.findData(licence.value)))
        self._show_licence_info()
        author = sel.author()
        self.author.setText(author.value or "")
        if author.several:
            self.author.setPlaceholderText(several())
        elif not author.value:
            self.author.setPlaceholderText(settings.author or QCoreApplication.translate("EditorPanel", "The account that uploads"))

    def _show_licence_info(self) -> None:
        code = self.licence.currentData()
        if code is None:
            code = self.host.settings.licence
        lic = LICENCES.get(code) if isinstance(code, str) else None
        self.licence_info.setText(core_text("licences", lic.explanation) if lic else "")

    def _commit_licence(self) -> None:
        code = self.licence.currentData()
        if code == MIXED:
            return
        write = self.host.selection.edit_licence(code)
        if write is not None:
            self.host.submit(Edit(commands.LICENCE, write, QCoreApplication.translate("EditorPanel", "Licence")))
        self._show_licence_info()

    def _commit_author(self) -> None:
        if self._loading:
            return
        write = self.host.selection.edit_author(self.author.text())
        if write is not None:
            self.host.submit(Edit(commands.AUTHOR, write, QCoreApplication.translate("EditorPanel", "Author")))


class CaptionsSection(Section):
    """The caption in each language (structured data): one line, its characters counted as typed,
    and the first sentence of the description offered (never written by itself)."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.grid = QGridLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        self.counts: dict[str, QLabel] = {}
        self.offers: dict[str, QPushButton] = {}
        self.labels: dict[str, QLabel] = {}

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "Caption"))

    def _fill(self) -> None:
        old: list[QWidget] = [*self.fields.values(), *self.counts.values(), *self.offers.values(), *self.labels.values()]
        for w in old:
            w.setParent(None)
            w.deleteLater()
        self.fields, self.counts, self.offers, self.labels = {}, {}, {}, {}
        for row, lang in enumerate(self.host.selection.caption_languages(self.host.settings.languages)):
            self._add_row(row, lang)
        self.host.order_tabs()

    def _add_row(self, row: int, lang: str) -> None:
        now = self.host.selection.caption(lang)
        label = QLabel(f"{language_name(lang)} ({lang})")
        field = QLineEdit(now.value or "")
        field.setObjectName(f"caption_{lang}")
        field.setMaxLength(CAPTION_LIMIT)  # the wiki takes no more; the count shows how near it is
        field.setPlaceholderText(several() if now.several else "")
        count = QLabel()
        count.setObjectName(f"caption_count_{lang}")
        offer = QPushButton()
        offer.setObjectName(f"caption_offer_{lang}")
        offer.setFlat(True)
        suggestion = self.host.selection.caption_suggestion(lang)
        offer.setText(suggestion or "")
        offer.clicked.connect(lambda _checked=False: self._use_suggestion(lang))
        field.textChanged.connect(lambda _text: self._typed(lang))
        label.setBuddy(field)
        self.grid.addWidget(label, 2 * row, 0)
        self.grid.addWidget(count, 2 * row, 1, Qt.AlignmentFlag.AlignRight)
        self.grid.addWidget(field, 2 * row + 1, 0, 1, 2)
        self.grid.addWidget(offer, 2 * row + 1, 2)
        for shown in (label, count, field):
            shown.show()  # a layout would show them only on the next event-loop pass
        offer.setVisible(bool(suggestion) and not field.text())  # in its place first: shown alone it is a window
        self.fields[lang], self.counts[lang], self.offers[lang] = field, count, offer
        self.labels[lang] = label
        self.host.watch(field)
        self._show_count(lang)

    def _show_count(self, lang: str) -> None:
        """The live count: characters typed of the limit, coloured at the limit."""
        field = self.fields.get(lang)
        if field is None:
            return
        typed, limit = self.host.selection.caption_count(field.text())
        colour = WARNING_COLOUR if typed >= limit else "palette(mid)"
        self.counts[lang].setText(f'<span style="color:{colour}">{typed}/{limit}</span>')

    def _typed(self, lang: str) -> None:
        self._show_count(lang)
        offer = self.offers.get(lang)
        field = self.fields.get(lang)
        if offer is not None and field is not None and field.text():
            offer.hide()
        if not self._loading:
            self.host.typed(f"caption:{lang}")

    def _use_suggestion(self, lang: str) -> None:
        offer, field = self.offers.get(lang), self.fields.get(lang)
        if offer is not None and field is not None:
            field.setText(offer.text())
            self.commit(lang)

    def show_prefixes(self, typing: set[str]) -> None:
        """A caption just written got the event's caption prefix: show it in its field."""
        for lang, field in self.fields.items():
            if f"caption:{lang}" in typing:
                continue
            text = self.host.selection.shown_after_write(lang, field.text(), self.host.settings.caption_start(lang),
                                                         caption=True)
            if text is not None:
                self._quietly(partial(field.setText, text))

    def commit(self, lang: str) -> None:
        """Write the caption typed in this language."""
        field = self.fields.get(lang)
        write = self.host.selection.edit_caption(lang, field.text()) if field is not None else None
        if write is not None:
            self.host.submit(Edit(commands.caption_field(lang), write, QCoreApplication.translate(
                "EditorPanel", "Caption (%1)").replace("%1", lang), mergeable=True))


class DepictsSection(ChipsSection):
    """What the selection depicts as chips, and a field to add an item: the event's items offline,
    and items found by name on the items' wiki (searched off the GUI thread)."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, "depicts_input", chosen=self._chosen, parent=parent)
        self.search = ItemSearcher(self)
        self.search.found.connect(self._show_found)
        self.search.availability_changed.connect(self._show_search_availability)
        self.input.textEdited.connect(self._search)
        self._known: dict[str, DepictedItem] = {}  # the items offered, by the text shown for each
        self._found: list[ItemHit] = []

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EditorPanel", "Depicts"))
        self.input.setPlaceholderText(QCoreApplication.translate(
            "EditorPanel", "Type a name or an item id (Q…) and press Enter"))
        self._show_search_availability(self.search.available)

    def _show_search_availability(self, available: bool) -> None:
        self.input.setToolTip("" if available else QCoreApplication.translate(
            "EditorPanel", "No items found by name now: the wiki cannot be reached. The event's items and an item "
            "id (Q…) still work."))

    def _languages(self) -> list[str]:
        ui = QLocale().name().split("_")[0]
        return list(dict.fromkeys([ui, "tg", "ru", "en"]))

    def _fill(self) -> None:
        chips = []
        for use in self.host.selection.depicts():
            chip = CategoryChip(CategoryUse(use.item.id, use.count, use.total))
            shown = f"{use.item.label(self._languages())} ({use.item.id})" if use.item.labels else use.item.id
            chip.label.setText(shown if not use.partial else f"{shown} ({use.count}/{use.total})")
            chips.append(chip)
        self._show_chips(chips, self.remove_item, self.add_item)
        self._offer()

    def _offer(self) -> None:
        """The preset's items and those found for the text typed, as "label (Q1)"."""
        self._known = {}
        langs = self._languages()
        for item in self.host.settings.depicts:
            self._known[f"{item.label(langs)} ({item.id})"] = item
        for hit in self._found:
            self._known[f"{hit.label} ({hit.item.id})" + (f" — {hit.description}" if hit.description else "")] = hit.item
        self.model.setStringList(list(self._known))

    def _search(self, text: str) -> None:
        # Tajik falls back to English on the wiki (not to Russian): a Russian window searches Russian.
        ui = self._languages()[0]
        self.search.request(text, "ru" if ui == "ru" else "tg", ui)

    def _show_found(self, text: str, hits: list[ItemHit]) -> None:
        if text != self.input.text().strip():
            return
        self._found = hits
        self._offer()
        if self.input.hasFocus():
            self._open_list()

    def _chosen(self, text: str) -> None:
        item = self._known.get(text)
        if item is not None:
            self.add_item(item)
            QTimer.singleShot(0, self.input.clear)

    def _add_typed(self) -> None:
        text = self.input.text().strip()
        item: DepictedItem | str | None = self._known.get(text)
        if item is None and text:
            try:
                item = DepictedItem(normalize_item_id(text))
            except InvalidItemError:
                # The first item found or offered whose name starts with what was typed.
                folded = text.casefold()
                names = [(h.matched, h.item) for h in self._found] + [(h.label, h.item) for h in self._found]
                names += [(shown, i) for shown, i in self._known.items()]
                item = next((i for name, i in names if name.casefold().startswith(folded)), None)
        if item is not None:
            self.add_item(item)
            self.input.clear()

    def add_item(self, item: DepictedItem | str) -> None:
        """Add an item to every selected photo that lacks it (each keeps its own others)."""
        if isinstance(item, str):
            item = next((i for i in self._known.values() if i.id == item), None) or DepictedItem(item)
        write = self.host.selection.add_depicts(item)
        chosen = item
        if write is not None and self.host.submit(Edit(
            commands.DEPICTS, Write(write.ids, None), QCoreApplication.translate("EditorPanel", "Add depicted item"),
            apply=lambda store, ids: edits.add_depicts(store, ids, [chosen]),
        )):
            self.load()

    def remove_item(self, qid: str) -> None:
        """Take an item off the selected photos that depict it."""
        write = self.host.selection.remove_depicts(qid)
        if write is not None and self.host.submit(Edit(
            commands.DEPICTS, Write(write.ids, None), QCoreApplication.translate("EditorPanel", "Remove depicted item"),
            apply=lambda store, ids: edits.remove_depicts(store, ids, [qid]),
        )):
            self.load()
