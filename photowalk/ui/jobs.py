"""The project's long jobs as the window sees them: a worker process, and one object per job.

The window's interpreter only paints. Imports, the checks of the whole project, upload planning and
uploads run in `photowalk worker` (photowalk.worker.run), a process started with QProcess for the
open project; the two speak JSON lines (photowalk.worker.protocol). Its answers are read on the GUI
thread a few milliseconds at a time, so a burst of events never stalls painting. A worker that dies
(a crash in a decoder, kill -9) is said once, started again, and given back the jobs it had: an
import skips what it recorded, an upload resumes from the states in the project.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from photowalk.errors import PhotowalkError
from photowalk.geotag import GeotagResult
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.problems import Problem
from photowalk.upload.progress import Progress
from photowalk.worker import protocol

if TYPE_CHECKING:
    from photowalk.upload.late import LateChange

log = logging.getLogger(__name__)

SLICE_MS = 8  # the longest the GUI thread spends on the worker's events in one go
STOP_WAIT_MS = 5000  # how long closing a project waits for the worker to finish what it holds
RESTARTS_PER_MINUTE = 3  # beyond this, a worker that keeps dying is not started again


class WorkerCrashed(PhotowalkError):
    code = "worker-crashed"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "photowalk's background process stopped unexpectedly ({reason}). It was started again and "
        "goes on with the work it had; nothing you typed is lost.",
    )


class WorkerGone(PhotowalkError):
    code = "worker-gone"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "photowalk's background process keeps stopping ({reason}), so imports, checks and uploads "
        "cannot run. Your project is saved: close it and open it again; the log says more.",
    )


def worker_command(project: Path, working_copy: Path | None) -> tuple[str, list[str]]:
    """The program and arguments that start the worker: this interpreter, or the frozen app itself."""
    args = ["worker", "--project", str(project)]
    if working_copy is not None:
        args += ["--working-copy", str(working_copy)]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "photowalk", *args]


class WorkerProcess(QObject):
    """One open project's worker process."""

    # Not named "event": that is QObject.event(), which Qt calls for every event the object gets.
    # object, not dict: a dict argument is copied into a QVariantMap and back for every slot connected
    received = Signal(object)  # every event of the worker, decoded (a dict), on the GUI thread
    crashed = Signal(object)  # WorkerCrashed (restarted) or WorkerGone (given up)

    def __init__(self, project: Path, working_copy: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.working_copy = working_copy
        self._jobs: dict[str, dict[str, Any]] = {}  # running jobs' commands, to give back after a crash
        self._buffer = bytearray()
        self._lines: deque[bytes] = deque()
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._process)
        self._counter = 0
        self._closing = False
        self._deaths: deque[float] = deque()
        self.pid = 0
        self._proc = self._start()

    # -- the process -------------------------------------------------------------------------

    def _start(self) -> QProcess:
        proc = QProcess(self)
        program, args = worker_command(self.project, self.working_copy)
        proc.setProcessEnvironment(QProcessEnvironment.systemEnvironment())
        proc.readyReadStandardOutput.connect(self._read)
        proc.readyReadStandardError.connect(self._read_errors)
        proc.finished.connect(self._finished)
        proc.start(program, args)
        return proc

    def _read(self) -> None:
        self._buffer += bytes(self._proc.readAllStandardOutput().data())
        *lines, rest = bytes(self._buffer).split(b"\n")
        self._buffer = bytearray(rest)
        self._lines.extend(lines)
        if not self._drain.isActive():
            self._drain.start()

    def _read_errors(self) -> None:
        text = bytes(self._proc.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if text:
            log.info("worker: %s", text[-2000:])

    def _process(self) -> None:
        """Hand on events for a few milliseconds, then let the window paint and come back."""
        end = time.perf_counter() + SLICE_MS / 1000
        while self._lines and time.perf_counter() < end:
            line = self._lines.popleft()
            if not line.strip():
                continue
            try:
                event = protocol.decode(line)
            except ValueError:
                log.warning("worker: a line that is not an event was ignored")
                continue
            if event.get("event") == "hello":
                self.pid = int(event.get("pid", 0))
            if event.get("event") in ("done", "error"):
                self._jobs.pop(str(event.get("job", "")), None)
            self.received.emit(event)
        if self._lines:
            self._drain.start()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._closing:
            return
        self._read()
        reason = f"exit code {code}" if status == QProcess.ExitStatus.NormalExit else "it crashed"
        log.warning("worker of %s ended (%s); %d job(s) to give back", self.project, reason, len(self._jobs))
        now = time.monotonic()
        self._deaths.append(now)
        while self._deaths and now - self._deaths[0] > 60:
            self._deaths.popleft()
        if len(self._deaths) > RESTARTS_PER_MINUTE:
            self.crashed.emit(WorkerGone(reason=reason))
            for job in list(self._jobs):
                self.received.emit({"event": "error", "job": job,
                                 "error": protocol.error_to_json(WorkerGone(reason=reason))})
            self._jobs.clear()
            return
        self.crashed.emit(WorkerCrashed(reason=reason))
        self._buffer.clear()
        self._proc = self._start()
        for command in self._jobs.values():  # given back: each job picks up where the project says
            self._write(command)

    # -- commands ------------------------------------------------------------------------------

    def _write(self, command: dict[str, Any]) -> None:
        self._proc.write(protocol.encode(command))

    def start_job(self, cmd: str, **fields: Any) -> str:
        """Start a job in the worker; returns its id (the `job` of its events)."""
        self._counter += 1
        job = f"{cmd}-{self._counter}"
        command = {"cmd": cmd, "job": job, **fields}
        if cmd != "check":  # checks are asked again by whoever wants them
            self._jobs[job] = command
        self._write(command)
        return job

    def steer(self, cmd: str, job: str) -> None:
        """pause, resume or cancel a running job."""
        self._write({"cmd": cmd, "job": job})
        command = self._jobs.get(job)
        if command is None:
            return
        # Given back after a crash as it was left: a cancelled job only to end at once, a paused one paused.
        if cmd == "cancel":
            command["cancelled"] = True
        elif cmd in ("pause", "resume"):
            command["paused"] = cmd == "pause"

    def close(self) -> None:
        """Ask the worker to stop (its jobs commit what they did) and wait a moment for it."""
        if self._closing:
            return
        self._closing = True
        self._drain.stop()
        if self._proc.state() != QProcess.ProcessState.NotRunning:
            self._proc.closeWriteChannel()
            if not self._proc.waitForFinished(STOP_WAIT_MS):
                log.warning("worker of %s did not stop in time; ended", self.project)
                self._proc.kill()
                self._proc.waitForFinished(1000)


class _Job(QObject):
    """A job of the worker process, seen through the events that carry its id."""

    def __init__(self, worker: WorkerProcess, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.job = ""
        self.running = False
        worker.received.connect(self._event)

    def _event(self, event: dict[str, Any]) -> None:
        if event.get("job") != self.job or not self.job:
            return
        kind = event.get("event")
        if kind == "done":
            self.running = False
            self._done(event.get("result") or {})
        elif kind == "error":
            self.running = False
            self._error(protocol.error_from_json(event.get("error") or {}))
        else:
            self._progress(str(kind), event)

    def cancel(self) -> None:
        if self.running:
            self.worker.steer("cancel", self.job)

    def _done(self, result: dict[str, Any]) -> None: ...

    def _error(self, exc: PhotowalkError) -> None: ...

    def _progress(self, kind: str, event: dict[str, Any]) -> None: ...


class ImportJob(_Job):
    """One import in the worker; photos reach the window in batches as the worker commits them."""

    batch = Signal(object)  # a list of ids of photos just recorded, or whose pictures were just checked
    progress = Signal(object)  # ImportProgress
    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # a typed error

    def __init__(self, worker: WorkerProcess, sources: Sequence[Path], *, record_first: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(worker, parent)
        self.sources = list(sources)
        self.record_first = record_first

    def start(self) -> ImportJob:
        self.running = True
        self.job = self.worker.start_job("import", sources=[protocol.path_text(s) for s in self.sources],
                                         record_first=self.record_first)
        return self

    def _progress(self, kind: str, event: dict[str, Any]) -> None:
        if kind == "batch":
            self.batch.emit(list(event.get("ids") or []))
        elif kind == "progress":
            self.progress.emit(protocol.import_progress_from_json(event))

    def _done(self, result: dict[str, Any]) -> None:
        self.finished.emit(protocol.report_from_json(result))

    def _error(self, exc: PhotowalkError) -> None:
        self.failed.emit(exc)


class TaskJob(_Job):
    """A short job of the worker (the missing-file scan, pruning the thumbnail cache): a callback when done."""

    def __init__(self, worker: WorkerProcess, cmd: str, on_done: Callable[[dict[str, Any]], None],
                 on_error: Callable[[PhotowalkError], None] | None = None, parent: QObject | None = None,
                 **fields: Any) -> None:
        super().__init__(worker, parent)
        self._on_done = on_done
        self._on_error = on_error
        self.running = True
        self.job = worker.start_job(cmd, **fields)

    def _done(self, result: dict[str, Any]) -> None:
        self._on_done(result)
        self.deleteLater()

    def _error(self, exc: PhotowalkError) -> None:
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.warning("worker job %s failed: %s", self.job, exc.message)
        self.deleteLater()


class PlanResult:
    """What the worker's upload plan says, as the upload view shows it; it arrives in parts."""

    def __init__(self) -> None:
        self.items: list[_PlanItem] = []
        self.finished: list[int] = []
        self.not_ready: list[PlanNotReady] = []
        self.late: dict[int, LateChange] = {}
        self.before: PhotowalkError | None = None  # the batch's time and the account's limit, said before it starts

    def add_part(self, part: dict[str, Any]) -> None:
        """Photos of one `plan_part` event: some that can go, some that are not ready."""
        self.items += [_PlanItem(int(i["photo_id"]), str(i["title"]), int(i["size"])) for i in part.get("items", [])]
        self.not_ready += [
            PlanNotReady(int(n["photo_id"]), str(n["file"]),
                      tuple(protocol.problem_from_json(p) for p in n.get("problems", [])))
            for n in part.get("not_ready", [])
        ]

    def finish(self, result: dict[str, Any]) -> None:
        """The plan's end: the photos already uploaded, and edits made after their upload."""
        from photowalk.upload.late import LateChange

        self.add_part(result)
        self.finished = [int(i) for i in result.get("finished", [])]
        self.late = {int(pid): LateChange(**change) for pid, change in (result.get("late") or {}).items()}
        before = result.get("before")
        self.before = protocol.error_from_json(before) if isinstance(before, dict) else None


class _PlanItem:
    def __init__(self, photo_id: int, title: str, size: int) -> None:
        self.photo_id, self.title, self.size = photo_id, title, size


class PlanNotReady:
    def __init__(self, photo_id: int, file: str, problems: tuple[Problem, ...]) -> None:
        self.photo_id, self.file, self.problems = photo_id, file, problems


class PlanJob(_Job):
    """Which photos can go to a wiki, worked out by the worker."""

    finished = Signal(object)  # PlanResult
    failed = Signal(object)

    _plan: PlanResult

    def start(self, api_url: str, user: str | None = None) -> PlanJob:
        self.running = True
        self._plan = PlanResult()
        self.job = self.worker.start_job("plan", api=api_url, user=user)
        return self

    def _progress(self, kind: str, event: dict[str, Any]) -> None:
        if kind == "plan_part":
            self._plan.add_part(event)

    def _done(self, result: dict[str, Any]) -> None:
        self._plan.finish(result)
        self.finished.emit(self._plan)

    def _error(self, exc: PhotowalkError) -> None:
        self.failed.emit(exc)


class UploadResult:
    """How an upload in the worker ended: the photos it took, and why it stopped early if it did."""

    def __init__(self, result: dict[str, Any]) -> None:
        self.ids = [int(i) for i in result.get("ids", [])]
        self.cancelled = bool(result.get("cancelled"))
        stopped = result.get("stopped")
        self.stopped = protocol.error_from_json(stopped) if isinstance(stopped, dict) else None


class UploadJob(_Job):
    """An upload in the worker: its events by signal, its progress as the latest snapshot."""

    upload_event = Signal(object)  # UploadEvent
    finished = Signal(object)  # UploadResult
    failed = Signal(object)

    def __init__(self, worker: WorkerProcess, parent: QObject | None = None) -> None:
        super().__init__(worker, parent)
        self.latest: Progress | None = None  # read by the view's timer

    def start(self, api_url: str, user: str, password: str, concurrency: int,
              oauth: dict[str, Any] | None = None, bandwidth_cap: int = 0) -> UploadJob:
        self.running = True
        # The password, or the browser login's tokens, go through the pipe, as `photowalk upload
        # --password-stdin` takes a password: never in the worker's arguments or environment, where
        # other users' programs could read them.
        fields: dict[str, Any] = {"oauth": oauth} if oauth is not None else {}
        self.job = self.worker.start_job("upload", api=api_url, user=user, password=password,
                                         concurrency=concurrency, bandwidth_cap=bandwidth_cap, **fields)
        return self

    def pause(self) -> None:
        if self.running:
            self.worker.steer("pause", self.job)

    def resume(self) -> None:
        if self.running:
            self.worker.steer("resume", self.job)

    def _progress(self, kind: str, event: dict[str, Any]) -> None:
        if kind == "upload_progress":
            self.latest = protocol.upload_progress_from_json(event)
        elif kind == "upload":
            self.upload_event.emit(protocol.upload_event_from_json(event))

    def _done(self, result: dict[str, Any]) -> None:
        self.finished.emit(UploadResult(result))

    def _error(self, exc: PhotowalkError) -> None:
        self.failed.emit(exc)



class GeotagJob(_Job):
    """Placing photos from a GPX track or the phone photos, in the worker: progress, then what it placed."""

    progress = Signal(int, int)  # photos looked at, of how many
    finished = Signal(object, object)  # GeotagResult (placed, before), list[NotPlaced]; empty when cancelled
    failed = Signal(object)  # a typed error (a GPX file that cannot be read)

    cancelled = False  # the run was stopped: it wrote nothing
    _result: GeotagResult

    def start(self, gpx: Path | None, *, max_gap: float, from_phone: bool, replace: bool,
              phone_window: float | None = None) -> GeotagJob:
        self.running = True
        self._result = GeotagResult()
        fields: dict[str, Any] = {"phone_window": phone_window} if phone_window is not None else {}
        self.job = self.worker.start_job("geotag", gpx=protocol.path_text(gpx) if gpx is not None else None,
                                         max_gap=max_gap, from_phone=from_phone, replace=replace, **fields)
        return self

    def _progress(self, kind: str, event: dict[str, Any]) -> None:
        if kind == "progress":
            self.progress.emit(int(event.get("done", 0)), int(event.get("total", 0)))
        elif kind == "geotag_part":
            protocol.add_geotag_part(self._result, event)

    def _done(self, result: dict[str, Any]) -> None:
        self.cancelled = bool(result.get("cancelled"))
        self.finished.emit(self._result, protocol.geotag_summary_from_json(result))

    def _error(self, exc: PhotowalkError) -> None:
        self.failed.emit(exc)
