"""An open project on the GUI thread: its store, the photo model, the checks, and the undo history."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from photowalk.errors import PhotowalkError
from photowalk.problems import Problem
from photowalk.project import ProjectStore, is_storage_failure, storage_error
from photowalk.ui import heap
from photowalk.ui.checkrunner import CheckRunner
from photowalk.ui.jobs import WorkerProcess
from photowalk.ui.photomodel import PhotoFilterModel, PhotoListModel
from photowalk.ui.thumbloader import ThumbLoader
from photowalk.worker import protocol

log = logging.getLogger(__name__)

# How often the window asks SQLite whether another connection wrote (a one-integer answer).
CHANGE_POLL_MS = 500
# After this long without a change, the log is folded into the project file, so a copy of the
# .photowalk file alone has everything.
CHECKPOINT_QUIET_MS = 5000
# Errors after which nothing more is written (photowalk.project.is_storage_failure), by code.
STORAGE_FAILURE_CODES = frozenset({"storage", "not-a-project"})


class ProjectSession(QObject):
    """Everything the window shows of one project; every change from the GUI goes through here."""

    edit_failed = Signal(object)  # a typed error from a core edit function
    photos_changed = Signal(object, object)  # a list of ids whose data changed, and who changed them (None: undo, import)
    settings_changed = Signal()  # the project's settings changed (here or in another process)
    storage_failed = Signal(object)  # the project can no longer be written: nothing more is saved
    safe_mode_problem = Signal(object)  # a project on a stick could not be written back (None: it can again)

    def __init__(self, path: Path, thumbs: ThumbLoader | None, *, create: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = ProjectStore.open(path, create=create)
        self.path = self.store.path
        self.failure: PhotowalkError | None = None
        self.model = PhotoListModel(self.store.resolve, thumbs, self)
        self.proxy = PhotoFilterModel(self.model, self)
        # The project's long jobs run in a process of their own; in safe mode it shares this one's copy.
        working_copy = self.store.db_path if self.store.db_path != self.path else None
        self.worker = WorkerProcess(self.path, working_copy, self)
        self.worker.received.connect(self._worker_event)
        self.checker = CheckRunner(self.worker, self)
        self.checker.results.connect(self._checked)
        self.undo = QUndoStack(self)
        self._version = self.store.data_version()
        self._mark = self.store.change_mark()
        self._sync_problem: PhotowalkError | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(CHANGE_POLL_MS)
        self._poll.timeout.connect(self.poll_changes)
        self._checkpoint = QTimer(self)
        self._checkpoint.setSingleShot(True)
        self._checkpoint.setInterval(CHECKPOINT_QUIET_MS)
        self._checkpoint.timeout.connect(self.checkpoint)

    def load(self) -> None:
        """Read every photo (shooting order) and start the checks and the watch for other processes."""
        self.model.set_photos(self.store.photos())
        heap.settle()
        # Not at once: the checks are pure Python and would slow down painting the first screen.
        self.checker.request()
        self._poll.start()

    def refresh(self, ids: Iterable[int], origin: object = None) -> None:
        """Re-read these photos after a change and check again; `origin` is the widget that made it."""
        wanted = list(ids)
        if not wanted or self.failure is not None:
            return
        try:
            photos = self.store.photos(wanted)
        except sqlite3.Error as exc:
            self.fail(storage_error(exc, self.path))
            return
        self.model.upsert(photos)
        if photos:
            heap.settle()  # photos just imported or read again: frozen batch by batch, not walked by every collection
        gone = set(wanted) - {p.id for p in photos}
        if gone:
            self.model.remove_ids(gone)
        self.photos_changed.emit(wanted, origin)
        self.checker.request(wanted)
        self._checkpoint.start()

    def poll_changes(self) -> None:
        """Show what other connections wrote since the last look: a command-line edit, an upload's progress."""
        if self.failure is not None:
            return
        problem = self.store.safe_mode_problem()
        if (problem is None) != (self._sync_problem is None):
            self._sync_problem = problem
            self.safe_mode_problem.emit(problem)
        try:
            version = self.store.data_version()
            if version == self._version:
                return
            self._version = version
            self._mark, changed = self.store.changes_since(self._mark)
            if changed is None:  # too much to tell apart: read everything again
                changed = set(self.store.photo_ids()) | set(self.model.ids()) | {0}
        except sqlite3.Error as exc:
            self.fail(storage_error(exc, self.path))
            return
        if 0 in changed:
            changed.discard(0)
            self.settings_changed.emit()
        self.refresh(sorted(changed))

    def push(self, command: QUndoCommand) -> bool:
        """Make an edit and put it on the undo stack; a typed error is shown and nothing is pushed."""
        if self.failure is not None:
            return False
        try:
            command.execute()  # type: ignore[attr-defined]
        except (PhotowalkError, sqlite3.Error) as exc:
            if isinstance(exc, sqlite3.Error):
                exc = storage_error(exc, self.path)
            if is_storage_failure(exc):
                self.fail(exc)
            else:
                self.edit_failed.emit(exc)
            return False
        self.undo.push(command)
        self._checkpoint.start()
        return True

    def remove(self, ids: Iterable[int]) -> None:
        """Take photos out of the project (the files stay where they are)."""
        wanted = list(ids)
        if self.failure is not None:
            return
        try:
            self.store.remove_photos(wanted)
        except PhotowalkError as exc:
            if is_storage_failure(exc):
                self.fail(exc)
                return
            raise
        self.model.remove_ids(wanted)
        # Edits to removed photos cannot be undone any more.
        self.undo.clear()
        self.photos_changed.emit(wanted, None)
        self.checker.request(wanted)

    def fail(self, exc: PhotowalkError) -> None:
        """The disk or card failed under the project: write nothing more, and say so once."""
        if self.failure is not None:
            return
        log.error("project %s can no longer be saved: %s", self.path, exc.message)
        self.failure = exc
        self._poll.stop()
        self._checkpoint.stop()
        self.checker.close()
        self.worker.close()
        self.storage_failed.emit(exc)

    def _worker_event(self, event: dict[str, Any]) -> None:
        # The worker met the same failing disk: one failure, said once, whoever met it first.
        if event.get("event") == "error" and (event.get("error") or {}).get("code") in STORAGE_FAILURE_CODES:
            self.fail(protocol.error_from_json(event["error"]))

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the project file (a quiet moment: nobody waits for it)."""
        if self.failure is not None:
            return
        try:
            self.store.checkpoint()
        except sqlite3.Error:
            log.info("checkpoint of %s postponed (busy)", self.path)

    def _checked(self, problems: dict[int, list[Problem]], everything: set[int] | None) -> None:
        self.model.set_problems(problems, everything=everything)

    def close(self) -> None:
        self._poll.stop()
        self._checkpoint.stop()
        self.checker.close()
        self.worker.close()  # its jobs commit what they did and it ends, before the project is let go
        if self.failure is None:
            self.checkpoint()
        self.store.close()
        heap.release()
