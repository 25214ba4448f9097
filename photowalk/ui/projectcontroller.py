"""The open project without its widgets: opening, closing, imports, file scans, presets and copies, as state and signals.

The window shows what the controller says and asks the volunteer; the controller never shows anything
itself, so it runs (and is tested) without a window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from photowalk.errors import PhotowalkError
from photowalk.importreport import ImportReport
from photowalk.presets import Preset, PresetResult, apply_preset, load_preset
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings, update_settings
from photowalk.ui import heap
from photowalk.ui.jobs import ImportJob, TaskJob
from photowalk.ui.session import ProjectSession
from photowalk.ui.settings import Settings
from photowalk.ui.thumbloader import ThumbLoader
from photowalk.ui.workers import run_in_thread

log = logging.getLogger(__name__)

# Import records each photo from its hash and camera data, so the grid fills at once (the camera's
# preview shows), then decodes every picture; until then the checks hold the photo back.
IMPORT_RECORDS_FIRST = True
# The missing-file scan waits until the first screen of the project is painted.
MISSING_CHECK_DELAY_MS = 500


def copy_project(path: Path, target: Path, *, progress: Callable[[Any], None], cancel: Callable[[], bool]) -> None:
    """Write a complete copy of the project to `target` (SQLite's backup: consistent while it is in use)."""
    with ProjectStore.open(path) as store:
        store.copy_to(target)


def apply_preset_file(
    path: Path, preset_file: str, ids: list[int], *, progress: Callable[[Any], None], cancel: Callable[[], bool],
) -> PresetResult:
    """Fill these newly imported photos from the project's event preset."""
    preset = load_preset(preset_file)
    with ProjectStore.open(path) as store:
        return apply_preset(store, preset, ids)


class ProjectController(QObject):
    """One project open at a time, its import, and the work around it; every outcome is a signal."""

    opened = Signal(object)  # ProjectSession, its photos loaded
    closing = Signal(object)  # ProjectSession about to close: let go of it (typed text is committed first)
    closed = Signal()
    error = Signal(object)  # something to tell the volunteer (a typed error, or another exception)
    import_started = Signal(object)  # ImportJob
    import_cancelling = Signal()  # a cancel was sent: the worker keeps what it has in hand
    import_finished = Signal(object)  # ImportReport
    import_failed = Signal(object)  # the error the import stopped with
    import_refused = Signal()  # an import is already running
    storage_failed = Signal(object)  # the project can no longer be saved: nothing more may change it
    safe_mode_problem = Signal(object)  # a project on a stick could not be written back (None: it can again)
    worker_crashed = Signal(object)  # WorkerCrashed (started again) or WorkerGone (given up)
    project_settings_changed = Signal()  # a preset or another program changed the project's settings
    copy_saved = Signal(object)  # Path of a finished copy

    def __init__(self, settings: Settings, thumbs: ThumbLoader | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.thumbs = thumbs
        self.session: ProjectSession | None = None
        self.import_job: ImportJob | None = None
        self.upload_running = False  # told by the upload view
        self._cache_pruned = False  # the thumbnail cache is kept in size by the first project's worker

    # -- state -------------------------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self.import_job is not None and self.import_job.running

    def set_upload_running(self, running: bool) -> None:
        self.upload_running = running

    def activities(self) -> list[str]:
        """What runs now for the open project: "import", "checks", "upload" (in that order)."""
        session = self.session
        return [name for name, on in (
            ("import", self.importing),
            ("checks", session is not None and session.checker.running),
            ("upload", self.upload_running),
        ) if on]

    # -- opening and closing -----------------------------------------------------------------

    def open(self, path: Path, *, create: bool = False) -> ProjectSession | None:
        """Open (or create) a project, closing the one open; None when it cannot be opened (said by `error`)."""
        self.close()
        try:
            session = ProjectSession(path, self.thumbs, create=create, parent=self)
        except PhotowalkError as exc:
            if not Path(path).exists():
                self.settings.remove_recent(str(Path(path).absolute()))
            self.error.emit(exc)
            return None
        if create:
            self._write_defaults(session)
        self.session = session
        self.settings.add_recent(str(session.path))
        session.model.set_sort(self.settings.get("sort"))
        session.proxy.set_mode(self.settings.get("filter"))
        session.load()
        session.edit_failed.connect(self.error)
        session.storage_failed.connect(lambda exc, s=session: self._storage_failed(s, exc))
        # Settings changed by another program (or the worker) reach the panels as a preset's do.
        session.settings_changed.connect(lambda s=session: self._settings_changed(s))
        session.safe_mode_problem.connect(lambda exc, s=session: self._safe_mode_problem(s, exc))
        session.worker.crashed.connect(lambda exc, s=session: self._worker_crashed(s, exc))
        self.opened.emit(session)
        # Files may have gone (card removed) since the last time: the worker looks, once the first
        # screen is painted.
        QTimer.singleShot(MISSING_CHECK_DELAY_MS, session, lambda s=session: self._look_for_missing(s))
        if not self._cache_pruned:
            # Keep the thumbnail and map tile caches on disk within the sizes chosen in Settings (oldest go first).
            self._cache_pruned = True
            TaskJob(session.worker, "prune", lambda _r: None, parent=session,
                    max_bytes=self.settings.get("thumbnail_cache_mb") * 1_000_000,
                    tile_max_bytes=self.settings.get("map_cache_mb") * 1_000_000)
        return session

    def _write_defaults(self, session: ProjectSession) -> None:
        """A new project starts with the volunteer's licence and author from the app's settings."""
        if read_settings(session.store).licence is not None:
            return
        defaults: dict[str, str] = {"licence": self.settings.get("licence")}
        if self.settings.get("author"):
            defaults["author"] = self.settings.get("author")
        try:
            update_settings(session.store, **defaults)
        except PhotowalkError as exc:
            self.error.emit(exc)

    def close(self) -> None:
        """Close the open project; an import in hand stops after the files it holds, which are kept."""
        session = self.session
        if session is None:
            return
        if self.import_job is not None and self.import_job.running:
            self.import_job.cancel()  # the worker stops after the files in hand and commits them
        self.import_job = None
        self.session = None
        self.closing.emit(session)
        try:
            session.close()
        except PhotowalkError as exc:  # the last write-back of a project on a stick failed
            self.error.emit(exc)
        session.deleteLater()
        self.closed.emit()

    # -- importing ---------------------------------------------------------------------------

    def import_sources(self, sources: Sequence[Path]) -> ImportJob | None:
        """Import folders or files into the open project in the worker; None when none is open or one runs."""
        session = self.session
        if session is None:
            return None
        if self.importing:
            self.import_refused.emit()
            return None
        job = ImportJob(session.worker, sources, record_first=IMPORT_RECORDS_FIRST, parent=self)
        # The worker has committed a batch: the change log says which photos, as for any other process.
        job.batch.connect(lambda _ids, s=session: self._batch(s))
        job.finished.connect(lambda report, s=session, j=job: self._import_finished(s, j, report))
        job.failed.connect(lambda exc, s=session, j=job: self._import_failed(s, j, exc))
        self.import_job = job
        session.checker.set_busy(True)
        self.import_started.emit(job)
        return job.start()

    def cancel_import(self) -> None:
        if self.import_job is not None and self.import_job.running:
            self.import_job.cancel()
            self.import_cancelling.emit()

    def _batch(self, session: ProjectSession) -> None:
        if session is self.session:
            session.poll_changes()

    def _import_ended(self, session: ProjectSession, job: ImportJob) -> None:
        if self.import_job is job:
            self.import_job = None
        if session is self.session:
            # Everything the import committed is in the model before anyone hears that it ended.
            session.poll_changes()
            heap.settle()  # the photos just imported stay as long as the project is open
        session.checker.set_busy(False)

    def _import_finished(self, session: ProjectSession, job: ImportJob, report: ImportReport) -> None:
        self._import_ended(session, job)
        if session is not self.session:
            return
        self.import_finished.emit(report)
        # New photos are filled from the project's event preset, in the one order (photowalk.presets).
        preset_file = read_settings(session.store).preset_file
        new_ids = [pid for pid, _ in report.added]
        if preset_file and new_ids and Path(preset_file).is_file():
            def filled(_result: PresetResult) -> None:
                if session is self.session:
                    session.refresh(new_ids)

            run_in_thread(apply_preset_file, session.path, preset_file, new_ids, on_done=filled,
                          on_error=self.error.emit)

    def _import_failed(self, session: ProjectSession, job: ImportJob, exc: PhotowalkError) -> None:
        self._import_ended(session, job)
        if session is self.session:
            self.import_failed.emit(exc)

    def _look_for_missing(self, session: ProjectSession) -> None:
        if session is self.session and session.failure is None:
            TaskJob(session.worker, "missing",
                    lambda found: self._missing_found(session, found["changed"], found["undecoded"]), parent=session)

    def _missing_found(self, session: ProjectSession, changed: list[int], undecoded: bool) -> None:
        if session is not self.session:
            return
        # Photos gone, or back: the model and the checks learn of them like of any other change.
        if changed:
            session.refresh(changed)
        if undecoded and not self.importing:
            self.import_sources([])  # an import stopped before it had decoded every picture: finish that

    # -- changing the project ----------------------------------------------------------------

    def remove(self, ids: list[int]) -> None:
        """Take photos out of the project (the files stay where they are)."""
        if self.session is None:
            return
        try:
            self.session.remove(ids)
        except PhotowalkError as exc:
            self.error.emit(exc)

    def load_preset(self, preset_file: str) -> Preset | None:
        """Read an event preset; None when it cannot be used (said by `error`)."""
        try:
            return load_preset(preset_file)
        except PhotowalkError as exc:
            self.error.emit(exc)
            return None

    def follow_preset(self, preset: Preset, preset_file: str) -> None:
        """Make the just created project follow an event preset: its settings replace the app's defaults."""
        if self.session is None:
            return
        try:
            apply_preset(self.session.store, preset, new_project=True)
            update_settings(self.session.store, preset_file=preset_file)
        except PhotowalkError as exc:
            self.error.emit(exc)
        self._settings_changed(self.session)

    def save_copy(self, target: Path) -> None:
        """Copy the open project to `target` on a thread; `copy_saved` or `error` says how it went."""
        if self.session is None:
            return
        run_in_thread(copy_project, self.session.path, target,
                      on_done=lambda _r: self.copy_saved.emit(target), on_error=self.error.emit)

    # -- what the session reports ------------------------------------------------------------

    def _settings_changed(self, session: ProjectSession) -> None:
        """The project's settings changed: the checks use them, the panels show them."""
        if session is not self.session:
            return
        session.checker.request(None)
        self.project_settings_changed.emit()

    def _safe_mode_problem(self, session: ProjectSession, exc: PhotowalkError | None) -> None:
        if session is self.session:
            self.safe_mode_problem.emit(exc)

    def _storage_failed(self, session: ProjectSession, exc: PhotowalkError) -> None:
        """The project can no longer be saved: the import stops, and the window stops every other change."""
        if session is not self.session:
            return
        self.cancel_import()
        self.storage_failed.emit(exc)

    def _worker_crashed(self, session: ProjectSession, exc: PhotowalkError) -> None:
        """The worker process died: said once (it was started again, or could not be)."""
        if session is not self.session:
            return
        if self.import_job is not None and not self.import_job.running:
            self.import_job = None
        self.worker_crashed.emit(exc)
