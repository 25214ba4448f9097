"""Applying an event preset to the open project: what it will fill (worked out off the GUI thread),
then Apply as one undo step, or Cancel, which changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.presets import Preset, PresetEdit, PresetResult, apply_preset, preview_preset, redo_preset, undo_preset
from photowalk.project import ProjectStore
from photowalk.ui.projectcontroller import ProjectController
from photowalk.ui.session import ProjectSession
from photowalk.ui.wikibox import wiki_name
from photowalk.ui.workers import run_in_thread


def preview_file(path: Path, preset: Preset, *, progress: Callable[[Any], None], cancel: Callable[[], bool]) -> PresetResult:
    """What the preset would fill in the project at `path` (its own connection: this runs on a thread)."""
    with ProjectStore.open(path) as store:
        return preview_preset(store, preset)


def apply_file(path: Path, preset: Preset, preset_file: str, *,
               progress: Callable[[Any], None], cancel: Callable[[], bool]) -> PresetResult:
    """Apply the preset to the whole project at `path`, which follows its file from now on (on a thread)."""
    with ProjectStore.open(path) as store:
        return apply_preset(store, preset, follow=preset_file)


# What the preset sets in the project, by setting name.
_SETTING_NAMES = {
    "event": QT_TRANSLATE_NOOP("PresetDialog", "event name"),
    "place": QT_TRANSLATE_NOOP("PresetDialog", "place"),
    "country": QT_TRANSLATE_NOOP("PresetDialog", "country"),
    "licence": QT_TRANSLATE_NOOP("PresetDialog", "licence"),
    "languages": QT_TRANSLATE_NOOP("PresetDialog", "languages"),
    "title_pattern": QT_TRANSLATE_NOOP("PresetDialog", "title pattern"),
    "description_prefix": QT_TRANSLATE_NOOP("PresetDialog", "description prefix"),
    "caption_prefix": QT_TRANSLATE_NOOP("PresetDialog", "caption prefix"),
    "depicts": QT_TRANSLATE_NOOP("PresetDialog", "depicts items offered"),
    "gallery_title": QT_TRANSLATE_NOOP("PresetDialog", "gallery title"),
    "bandwidth_cap": QT_TRANSLATE_NOOP("PresetDialog", "upload bandwidth cap"),
}


class PresetDialog(QDialog):
    """Says what applying the preset will fill; Apply or Cancel."""

    def __init__(self, preset: Preset, path: Path, result: PresetResult, current_wiki: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply event preset"))
        self.lines = lines = self.preview_lines(preset, result, current_wiki)
        text = self.tr("Apply the event preset “%1”?").replace("%1", preset.name or path.name)
        if lines:
            text += "\n\n" + self.tr("It fills only what is still empty, never what was written:") + "\n"
            text += "\n".join(f"• {line}" for line in lines)
        else:
            text += "\n\n" + self.tr("Nothing in the project is empty that it would fill now.")
        text += "\n\n" + self.tr("Photos imported later are filled from it too. Edit ▸ Undo takes it all back.")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)

    def preview_lines(self, preset: Preset, result: PresetResult, current_wiki: str) -> list[str]:
        """The preview, one line per thing the preset fills or sets, in the interface language."""
        lines: list[str] = []
        if result.wiki_to is not None:
            lines.append(self.tr("Uploads go to %1 instead of %2").replace("%1", wiki_name(result.wiki_to))
                         .replace("%2", wiki_name(result.wiki_from or current_wiki)))
        counts = [
            (result.licences, self.tr("the licence of %n photo(s)", "", result.licences)),
            (result.categories, self.tr("categories on %n photo(s)", "", result.categories)),
            (result.templates, self.tr("templates on %n photo(s)", "", result.templates)),
            (result.prefixes, self.tr("the event's prefix before %n description(s)", "", result.prefixes)),
            (result.captions, self.tr("the event's prefix before %n caption(s)", "", result.captions)),
            (result.titles, self.tr("titles for %n photo(s)", "", result.titles)),
        ]
        lines += [text for count, text in counts if count]
        plain = [self.tr(_SETTING_NAMES[k]) for k in result.settings if k in _SETTING_NAMES]
        if plain:
            lines.append(self.tr("the project's %1").replace("%1", ", ".join(plain)))
        if "tracking_categories" in result.settings:
            pages = ", ".join(f"[[Category:{c}]]" for c in preset.tracking_categories)
            lines.append(self.tr("on every page: %1").replace("%1", pages))
        if "hashtags" in result.settings:
            tags = " ".join(preset.hashtags)
            lines.append(self.tr("after every upload comment and edit summary: %1").replace("%1", tags))
        return lines

    def text(self) -> str:
        return self.label.text()


class PresetCommand(QUndoCommand):
    """A preset applied to the whole project, as one undo step (the changes were made on a thread)."""

    def __init__(self, session: ProjectSession, edit: PresetEdit, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.edit = edit
        self._executed = False

    def execute(self) -> None:
        """The preset is applied already: the window reads what it changed."""
        self._executed = True
        self._show()

    def redo(self) -> None:
        if self._executed:
            self._executed = False
            return
        redo_preset(self.session.store, self.edit)
        self._show()

    def undo(self) -> None:
        undo_preset(self.session.store, self.edit)
        self._show()

    def _show(self) -> None:
        self.session.refresh(self.edit.photo_ids)
        self.session.settings_changed.emit()


class PresetFlow(QObject):
    """Choose, preview, apply: the steps of "Apply event preset…" for the open project."""

    previewed = Signal(object)  # the PresetDialog shown (tests read it)
    applied = Signal(object)  # PresetResult, once its undo step is on the stack

    def __init__(self, controller: ProjectController, current_wiki: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.current_wiki = current_wiki
        self._parent = parent

    def start(self, path: Path) -> None:
        """Read the preset and work out what it would fill; the dialog shows when that is known."""
        session = self.controller.session
        preset = self.controller.load_preset(str(path))
        if session is None or preset is None:
            return
        run_in_thread(preview_file, session.path, preset, on_error=self.controller.error.emit,
                      on_done=lambda result: self._ask(session, preset, path, result))

    def _ask(self, session: ProjectSession, preset: Preset, path: Path, result: PresetResult) -> None:
        if session is not self.controller.session:
            return
        dialog = PresetDialog(preset, path, result, self.current_wiki(), self._parent)
        self.previewed.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted or session is not self.controller.session:
            return
        text = self.tr("Event preset %1").replace("%1", preset.name or path.name)
        run_in_thread(apply_file, session.path, preset, str(path), on_error=self.controller.error.emit,
                      on_done=lambda done: self._applied(session, done, text))

    def _applied(self, session: ProjectSession, result: PresetResult, text: str) -> None:
        if session is self.controller.session and result.edit is not None:
            session.push(PresetCommand(session, result.edit, text))
            self.applied.emit(result)

