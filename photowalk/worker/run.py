"""`photowalk worker --project P`: runs one project's long jobs for the window, as a process of its own.

The window writes commands on stdin and reads events on stdout (photowalk.worker.protocol). The
jobs are the same core functions the command line calls in-process: import_paths, ProjectChecks,
plan_upload, UploadBatch. Each job thread has its own project connection; the window reads what
they write from the project itself. When stdin closes (the window quit or died), every job is
cancelled, what was done is committed, and the process ends.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from photowalk import __version__, workingcopy
from photowalk.checks import ProjectChecks
from photowalk.errors import PhotowalkError
from photowalk.geotag import DEFAULT_MAX_GAP, DEFAULT_PHONE_WINDOW, geotag_project
from photowalk.gpx import read_gpx
from photowalk.importer import ImportProgress, import_paths, update_missing
from photowalk.logs import register_secret, setup_logging
from photowalk.phototime import project_zone
from photowalk.project import AddResult, ProjectStore
from photowalk.projectsettings import read_settings
from photowalk.thumbnails import ThumbnailCache
from photowalk.tiles import prune_tiles
from photowalk.worker import protocol

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 0.05  # progress events at most 20 a second: as smooth as the eye can tell
UPLOAD_PROGRESS_SECONDS = 0.2
PROBLEMS_PER_EVENT = 100  # the window decodes each event in one go: keep each one a few ms
PLAN_ROWS_PER_EVENT = 200  # photos of an upload plan in one event
GEOTAG_ROWS_PER_EVENT = 500  # photos placed by geotagging in one event
SHUTDOWN_SECONDS = 30.0  # how long jobs get to stop after the window went away
# The worker's jobs are background work: on a 2-core laptop the window's painting and thumbnails
# must win every contest for a core (os.nice is POSIX; elsewhere the worker runs at normal priority).
NICENESS = 10


class _Job:
    def __init__(self, job_id: str, cancel: Callable[[], None] | None = None) -> None:
        self.id = job_id
        self.cancelled = threading.Event()
        self._cancel = cancel
        self.thread: threading.Thread | None = None
        self.control: Any = None  # the upload batch, for pause/resume
        self.paused = False  # the last pause or resume, kept for a batch not made yet

    def cancel(self) -> None:
        self.cancelled.set()
        if self._cancel is not None:
            self._cancel()


class Worker:
    """Reads commands, runs jobs on threads of this process, writes events."""

    def __init__(self, project: Path, working_copy: Path | None, out: BinaryIO) -> None:
        self.project = project.absolute()
        if working_copy is not None:
            # Safe mode: the window holds the project on its stick; this process uses its working copy.
            workingcopy.join(self.project, working_copy)
        self._out = out
        self._out_lock = threading.Lock()
        self._jobs: dict[str, _Job] = {}
        self._jobs_lock = threading.Lock()
        # The checks keep what they learnt between runs, so checking the photos of one edit takes
        # a moment; one thread runs them, the latest requests folded together.
        self._checks = ProjectChecks()
        self._check_wanted: set[int] | None = set()
        self._check_job = ""
        self._check_cond = threading.Condition()
        self._stopping = False
        self._check_thread = threading.Thread(target=self._check_loop, name="checks", daemon=True)
        self._check_thread.start()

    # -- talking to the window ----------------------------------------------------------------

    def emit(self, event: str, **fields: Any) -> None:
        line = protocol.encode({"event": event, **fields})
        with self._out_lock:
            try:
                self._out.write(line)
                self._out.flush()
            except (BrokenPipeError, ValueError, OSError):
                pass  # the window is gone; stdin's end stops us soon

    def store(self) -> ProjectStore:
        return ProjectStore.open(self.project)

    def serve(self, stdin: BinaryIO) -> None:
        """Handle commands until stdin ends, then stop every job."""
        self.emit("hello", pid=os.getpid(), version=__version__)
        for raw in stdin:
            if not raw.strip():
                continue
            try:
                message = protocol.decode(raw)
            except ValueError:
                log.warning("worker: a line that is not a command was ignored")
                continue
            self.handle(message)
        self.shutdown()

    def handle(self, m: dict[str, Any]) -> None:
        cmd, job_id = str(m.get("cmd", "")), str(m.get("job", ""))
        if cmd in ("pause", "resume", "cancel"):
            with self._jobs_lock:
                job = self._jobs.get(job_id)
            if job is not None and cmd == "cancel":
                job.cancel()
            elif job is not None:
                # Set before the batch is looked at; the job looks at it after making the batch.
                job.paused = cmd == "pause"
                if job.control is not None:
                    (job.control.pause if job.paused else job.control.resume)()
            return
        if cmd == "check":
            ids = m.get("ids")
            with self._check_cond:
                if ids is None:
                    self._check_wanted = None
                elif self._check_wanted is not None:
                    self._check_wanted.update(int(i) for i in ids)
                self._check_job = job_id
                self._check_cond.notify()
            return
        runner = {"import": self._import, "plan": self._plan, "upload": self._upload, "missing": self._missing,
                  "prune": self._prune, "geotag": self._geotag, "followup": self._followup}.get(cmd)
        if runner is None:
            self.emit("error", job=job_id, error=protocol.error_to_json(
                PhotowalkError("The worker does not know the command {cmd}.", cmd=cmd)))
            return
        self._start(job_id, runner, m)

    def _start(self, job_id: str, runner: Callable[[_Job, dict[str, Any]], Any], m: dict[str, Any]) -> None:
        job = _Job(job_id)
        if m.get("cancelled"):
            # Given back after a crash although the window had cancelled it: it ends at once,
            # reporting what the project already holds.
            job.cancelled.set()
        job.paused = bool(m.get("paused"))  # given back after a crash while paused: it stays paused

        def run() -> None:
            try:
                result = runner(job, m)
            except BaseException as exc:  # noqa: BLE001 - every failure goes to the window as an event
                if not isinstance(exc, PhotowalkError):
                    log.exception("worker job %s failed", job_id)
                self.emit("error", job=job_id, error=protocol.error_to_json(exc))
            else:
                self.emit("done", job=job_id, result=result)
            finally:
                with self._jobs_lock:
                    self._jobs.pop(job_id, None)

        job.thread = threading.Thread(target=run, name=f"job-{job_id}", daemon=True)
        with self._jobs_lock:
            self._jobs[job_id] = job
        job.thread.start()

    def shutdown(self) -> None:
        """The window went away: stop every job, let each commit what it did, then return."""
        with self._jobs_lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            job.cancel()
        deadline = time.monotonic() + SHUTDOWN_SECONDS
        for job in jobs:
            if job.thread is not None:
                job.thread.join(max(0.0, deadline - time.monotonic()))
        with self._check_cond:
            self._stopping = True
            self._check_cond.notify()
        self._check_thread.join(max(0.0, deadline - time.monotonic()))

    # -- throttled progress ------------------------------------------------------------------

    def _throttled(self, job: _Job, event: str, seconds: float, encode: Callable[[Any], dict[str, Any]],
                   final: Callable[[Any], bool]) -> Callable[[Any], None]:
        last = [0.0]

        def send(value: Any) -> None:
            now = time.monotonic()
            if now - last[0] >= seconds or final(value):
                last[0] = now
                self.emit(event, job=job.id, **encode(value))

        return send

    # -- jobs --------------------------------------------------------------------------------

    def _import(self, job: _Job, m: dict[str, Any]) -> dict[str, Any]:
        sources = [Path(s) for s in m.get("sources", [])]
        progress = self._throttled(job, "progress", PROGRESS_SECONDS, protocol.import_progress_to_json,
                                   lambda p: isinstance(p, ImportProgress) and p.total > 0 and p.done == p.total)

        def batch(results: list[AddResult]) -> None:
            self.emit("batch", job=job.id, ids=[r.photo_id for r in results if r.outcome != "duplicate"])

        with self.store() as store:
            report = import_paths(
                sources, store, progress=progress, cancel=job.cancelled.is_set, on_batch=batch,
                thumbnails=ThumbnailCache(), record_first=bool(m.get("record_first", True)),
                on_checked=lambda ids: self.emit("batch", job=job.id, ids=ids),
            )
        return protocol.report_to_json(report)

    def _check_loop(self) -> None:
        while True:
            with self._check_cond:
                while not self._stopping and self._check_wanted is not None and not self._check_wanted:
                    self._check_cond.wait()
                if self._stopping:
                    return
                wanted, self._check_wanted = self._check_wanted, set()
                job_id = self._check_job
            try:
                with self.store() as store:
                    problems, complete = self._checks.check(store, wanted)
            except BaseException as exc:  # noqa: BLE001 - reported; the next run checks everything
                self._checks = ProjectChecks()
                if not isinstance(exc, PhotowalkError):
                    log.exception("checks failed")
                self.emit("error", job=job_id, error=protocol.error_to_json(exc))
                continue
            items = list(problems.items())
            for start in range(0, max(len(items), 1), PROBLEMS_PER_EVENT):
                part = dict(items[start:start + PROBLEMS_PER_EVENT])
                last = start + PROBLEMS_PER_EVENT >= len(items)
                self.emit("problems", job=job_id, complete=complete and last, partial=not last,
                          by_id=protocol.problems_to_json(part))

    def _plan(self, job: _Job, m: dict[str, Any]) -> dict[str, Any]:
        from photowalk.upload.estimate import before_start
        from photowalk.upload.plan import plan_upload
        from photowalk.upload.settings import settings_from_project

        with self.store() as store:
            settings = settings_from_project(store)
            plan = plan_upload(store, None, api_url=str(m["api"]), strip_identity=settings.strip_identity)
        # Said before Upload is pressed: the batch's time, and the account's limit as last read.
        said = before_start(str(m["api"]), str(m["user"]) if m.get("user") else None, len(plan.items),
                            sum(i.size for i in plan.items))
        # In parts: the window reads one event at a time between paints, and a project of thousands
        # of photos not yet ready makes a plan of megabytes.
        for start in range(0, max(len(plan.items), len(plan.not_ready)), PLAN_ROWS_PER_EVENT):
            end = start + PLAN_ROWS_PER_EVENT
            self.emit("plan_part", job=job.id,
                      items=[{"photo_id": i.photo_id, "title": i.title, "size": i.size} for i in plan.items[start:end]],
                      not_ready=[{"photo_id": n.photo_id, "file": n.file,
                                  "problems": [protocol.problem_to_json(p) for p in n.problems]}
                                 for n in plan.not_ready[start:end]])
        return {
            "finished": list(plan.finished),
            "late": {str(pid): dataclasses.asdict(change) for pid, change in plan.late.items()},
            "before": protocol.error_to_json(said) if said is not None else None,
        }

    def _upload(self, job: _Job, m: dict[str, Any]) -> dict[str, Any]:
        from photowalk.bandwidth import MIN_CAP
        from photowalk.upload.plan import plan_upload
        from photowalk.upload.queue import UploadBatch, wiki_factory
        from photowalk.upload.settings import MAX_CONCURRENCY, settings_from_project
        from photowalk.upload.wiki import parse_wiki

        password = str(m.pop("password", ""))
        register_secret(password)
        address = parse_wiki(str(m["api"]))
        # A browser login's tokens come through the pipe too, never the command line.
        oauth_login = m.pop("oauth", None)
        oauth = None
        if isinstance(oauth_login, dict):
            from photowalk.upload.oauthlogin import from_pipe

            oauth = from_pipe(address, str(m["user"]), oauth_login)
        with self.store() as store:
            settings = settings_from_project(store)
            plan = plan_upload(store, None, api_url=address.api_url, strip_identity=settings.strip_identity)
        concurrency = max(1, min(MAX_CONCURRENCY, int(m.get("concurrency") or settings.concurrency)))
        settings = dataclasses.replace(settings, concurrency=concurrency)
        cap = m.get("bandwidth_cap")
        if isinstance(cap, int) and not isinstance(cap, bool) and cap > 0:
            settings = settings.with_cap(max(MIN_CAP, cap))  # this laptop's cap, over the project's
        progress = self._throttled(job, "upload_progress", UPLOAD_PROGRESS_SECONDS,
                                   protocol.upload_progress_to_json,
                                   lambda p: p.files_total > 0 and p.files_done == p.files_total)
        batch = UploadBatch(
            self.project, wiki_factory(address, str(m["user"]), password, settings, oauth), settings,
            on_progress=progress,
            on_event=lambda e: self.emit("upload", job=job.id, **protocol.upload_event_to_json(e)),
        )
        del password
        job.control = batch
        job._cancel = batch.cancel  # noqa: SLF001 - the batch is made here, after the job
        if job.cancelled.is_set():
            batch.cancel()
        if job.paused:  # Pause pressed while the upload was being planned
            batch.pause()
        result = batch.run(plan.items, address.api_url)
        return {"ids": sorted(result.rows), "cancelled": result.cancelled,
                "stopped": protocol.error_to_json(result.stopped) if result.stopped is not None else None,
                "not_ready": len(plan.not_ready)}

    def _missing(self, job: _Job, m: dict[str, Any]) -> dict[str, Any]:
        with self.store() as store:
            changed = update_missing(store)
            undecoded = bool(store.unchecked_pixels())
        return {"changed": sorted(changed), "undecoded": undecoded}

    def _followup(self, job: _Job, m: dict[str, Any]) -> dict[str, Any]:
        """What became of the uploaded files (photowalk.upload.followup). `quiet`: asked by itself when the
        project opened, so a wiki out of reach is no error (the window shows the last results)."""
        from photowalk.upload import followup
        from photowalk.upload.errors import Transient
        from photowalk.upload.settings import settings_from_project

        with self.store() as store:
            wikis = followup.project_wikis(store)
            connection = settings_from_project(store).connection
            checked = total = needing = 0
            for api_url in wikis:
                try:
                    wiki = followup.reading_wiki(api_url, connection)
                    try:
                        result = followup.follow_up(
                            store, wiki, cancel=job.cancelled.is_set,
                            progress=lambda done, of: self.emit("progress", job=job.id, done=done, total=of))
                    finally:
                        wiki.close()
                except Transient:
                    if not m.get("quiet"):
                        raise
                    return {"offline": True, "checked": checked, "total": total, "needing_action": needing}
                checked, total = checked + result.checked, total + result.total
                needing += result.needing_action
        return {"offline": False, "checked": checked, "total": total, "needing_action": needing}

    def _prune(self, job: _Job, m: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {"removed": ThumbnailCache().prune(int(m.get("max_bytes", 0)))}
        if m.get("tile_max_bytes") is not None:  # the map's tile cache, kept within its own limit
            tiles = prune_tiles(int(m["tile_max_bytes"]), cancel=job.cancelled.is_set)
            result["tiles"] = dataclasses.asdict(tiles)
        return result

    def _geotag(self, job: _Job, m: dict[str, Any]) -> dict[str, Any]:
        """Place photos from a GPX track and/or the phone photos; nothing is written when cancelled."""
        gpx = m.get("gpx")
        progress = self._throttled(job, "progress", PROGRESS_SECONDS, lambda p: {"done": p[0], "total": p[1]},
                                   lambda p: p[0] == p[1])
        track = read_gpx(Path(gpx)) if gpx else None
        with self.store() as store:
            zone = project_zone(read_settings(store).time_zone)
            result = geotag_project(
                store, zone, track=track, max_gap=float(m.get("max_gap", DEFAULT_MAX_GAP)),
                from_phone=bool(m.get("from_phone")), phone_window=float(m.get("phone_window", DEFAULT_PHONE_WINDOW)),
                replace=bool(m.get("replace")), cancel=job.cancelled.is_set,
                progress=lambda done, total: progress((done, total)))
        # In parts, as the upload plan: the window decodes one event between paints.
        for part in protocol.geotag_parts(result, GEOTAG_ROWS_PER_EVENT):
            self.emit("geotag_part", job=job.id, **part)
        return protocol.geotag_summary_to_json(result, cancelled=result.cancelled)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="photowalk worker", description="photowalk's worker process (internal)")
    parser.add_argument("--project", required=True, type=Path)
    parser.add_argument("--working-copy", type=Path, default=None)
    args = parser.parse_args(argv)
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    try:
        setup_logging()
    except OSError:
        pass
    worker = Worker(args.project, args.working_copy, sys.stdout.buffer)
    # Nothing else may write to stdout: it carries the protocol.
    sys.stdout = sys.stderr
    worker.serve(sys.stdin.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
