"""An open project on the GUI thread: its store, the photo model, the checks, and the undo history."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from photowalk.errors import PhotowalkError
from photowalk.problems import Problem
from photowalk.project import ProjectStore
from photowalk.ui.checkrunner import CheckRunner
from photowalk.ui.photomodel import PhotoFilterModel, PhotoListModel
from photowalk.ui.thumbloader import ThumbLoader


class ProjectSession(QObject):
    """Everything the window shows of one project; every change from the GUI goes through here."""

    edit_failed = Signal(object)  # a typed error from a core edit function
    photos_changed = Signal(list, object)  # ids whose data changed, and who changed them (None: undo, import)

    def __init__(self, path: Path, thumbs: ThumbLoader | None, *, create: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = ProjectStore.open(path, create=create)
        self.path = self.store.path
        self.model = PhotoListModel(self.store.resolve, thumbs, self)
        self.proxy = PhotoFilterModel(self.model, self)
        self.checker = CheckRunner(self.path, self)
        self.checker.results.connect(self._checked)
        self.undo = QUndoStack(self)

    def load(self) -> None:
        """Read every photo (shooting order) and start the checks."""
        self.model.set_photos(self.store.photos())
        # Not at once: the checks are pure Python and would slow down painting the first screen.
        self.checker.request()

    def refresh(self, ids: Iterable[int], origin: object = None) -> None:
        """Re-read these photos after a change and check again; `origin` is the widget that made it."""
        wanted = list(ids)
        if not wanted:
            return
        photos = self.store.photos(wanted)
        self.model.upsert(photos)
        gone = set(wanted) - {p.id for p in photos}
        if gone:
            self.model.remove_ids(gone)
        self.photos_changed.emit(wanted, origin)
        self.checker.request(wanted)

    def push(self, command: QUndoCommand) -> bool:
        """Make an edit and put it on the undo stack; a typed error is shown and nothing is pushed."""
        try:
            command.execute()  # type: ignore[attr-defined]
        except PhotowalkError as exc:
            self.edit_failed.emit(exc)
            return False
        self.undo.push(command)
        return True

    def remove(self, ids: Iterable[int]) -> None:
        """Take photos out of the project (the files stay where they are)."""
        wanted = list(ids)
        self.store.remove_photos(wanted)
        self.model.remove_ids(wanted)
        # Edits to removed photos cannot be undone any more.
        self.undo.clear()
        self.photos_changed.emit(wanted, None)
        self.checker.request(wanted)

    def _checked(self, problems: dict[int, list[Problem]], complete: bool) -> None:
        self.model.set_problems(problems, complete=complete)

    def close(self) -> None:
        self.checker.close()
        self.store.close()
