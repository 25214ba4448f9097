"""The upload's controller: plans, starts, pauses and cancels the worker's upload, takes the volunteer's
decisions, and says what the upload view shows. No widgets: tests drive it as the view does.

The upload runs in the project's worker process (photowalk.ui.jobs.UploadJob); this object keeps the
queue model in step with it: state changes by event, the bytes by a progress snapshot polled five
times a second.
"""

from __future__ import annotations

import dataclasses
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal

from photowalk.errors import PhotowalkError
from photowalk.ui import heap
from photowalk.ui.commands import TITLE, FieldEdit
from photowalk.ui.i18n import core_text
from photowalk.ui.jobs import PlanJob, PlanNotReady, PlanResult, UploadJob, UploadResult
from photowalk.ui.session import ProjectSession
from photowalk.ui.uploadmodel import TO_SEND, Entry, UploadQueueModel, with_row
from photowalk.upload import state as upload_state
from photowalk.upload.errors import BROWSER_LOGIN_AGAIN, OverwriteRefused
from photowalk.upload.events import UploadEvent
from photowalk.upload.progress import Progress
from photowalk.upload.settings import MAX_CONCURRENCY
from photowalk.upload.state import UploadRow, UploadState

if TYPE_CHECKING:
    from photowalk.ui.logindialog import Account

POLL_MS = 200
UNREADY_PART = 500  # photos that are not ready added to the queue at a time

# Every text here keeps the context it was translated under when the view said it.
Text = Callable[[], str]  # made when shown, so a change of language reaches it


@dataclass(frozen=True)
class Counts:
    """The queue's photos by what becomes of them, for the summary line."""

    uploaded: int
    to_send: int
    attention: int
    not_ready: int


@dataclass(frozen=True)
class Shown:
    """What the view shows beside the queue: the summary, which buttons work, a decision's outcome."""

    notice: str  # said instead of the counts: planning, stopping, why it stopped, nothing to do
    counts: Counts | None  # None while there is a notice, or no queue
    can_start: bool
    running: bool  # pause and cancel work
    paused: bool
    retry_visible: bool  # some photos failed, or their structured data was refused
    can_report: bool  # some photos are on the wiki
    decision: str  # why a decision was refused, or what it did
    limits: str = ""  # before and during a batch: the account's upload limit and the batch's time


@dataclass(frozen=True)
class Choices:
    """What the decision buttons offer for the photos the volunteer chose."""

    rename: bool
    skip: bool
    anyway: bool
    suggestion: str | None  # a free title to take with one click
    can_suggest: bool
    label: str


@dataclass(frozen=True)
class Totals:
    """The whole upload's progress: a bar in thousandths, a line of figures, and a wait if there is one."""

    permille: int
    text: str
    waiting: str | None


class UploadController(QObject):
    """Everything about sending the project's photos to the wiki, without the widgets."""

    changed = Signal()  # states, counts or what may be pressed changed: read shown() and choices()
    progressed = Signal()  # a new progress snapshot: read totals()
    running_changed = Signal(bool)
    login_wanted = Signal()  # an upload was asked for without an account

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = UploadQueueModel(self)
        self.session: ProjectSession | None = None
        self.account: Account | None = None
        self.concurrency = 1
        self.bandwidth_cap = 0  # bytes/s for all uploads together, this laptop's; 0: the project's
        self.plan: PlanResult | None = None
        self._limits: PhotowalkError | None = None  # what the running batch said of the account's limit
        self.job: UploadJob | None = None
        self.paused = False
        self.progress: Progress | None = None
        self._planning: PlanJob | None = None
        self._start_when_planned = False
        self._notice: Text | None = None  # said instead of the counts until the next plan or decision
        self._decision: Text | None = None
        self._wait: UploadEvent | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._take_progress)
        # Photos not ready yet (thousands, in a large project) join the queue part by part after
        # the plan, so building their rows never holds the window in one go.
        self._unready: deque[PlanNotReady] = deque()
        self._unready_session: ProjectSession | None = None
        self._fill = QTimer(self)
        self._fill.setSingleShot(True)
        self._fill.setInterval(0)
        self._fill.timeout.connect(self._add_unready)

    # -- state -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    @property
    def planning(self) -> bool:
        """The worker is working out which photos can go, or the queue is still being filled with its answer."""
        return self._planning is not None or bool(self._unready)

    def set_session(self, session: ProjectSession | None) -> None:
        if self.running:
            self.stop_and_wait()
        self.session = session
        self.plan = None
        # A plan still coming for the project before is dropped when it comes (or never comes).
        self._planning = None
        self._unready.clear()
        self._fill.stop()
        self._start_when_planned = False
        self._notice = self._decision = None
        self._wait = None
        self.progress = None
        self.model.set_entries([])
        self.changed.emit()
        self.progressed.emit()

    def set_account(self, account: Account | None) -> None:
        self.account = account
        self.refresh()

    # -- planning ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Work out (in the worker) which photos can go; the queue shows them all."""
        if self.session is None or self.account is None or self.running or self._planning is not None:
            self.changed.emit()
            return
        self._notice = lambda: QCoreApplication.translate("UploadView", "Checking the photos…")
        self._plan(self._planned)

    def _plan(self, then: Callable[[ProjectSession, PlanResult], None]) -> None:
        session, account = self.session, self.account
        assert session is not None and account is not None
        job = PlanJob(session.worker, self)
        self._planning = job
        job.finished.connect(lambda plan, job=job: self._plan_done(job, plan, then))
        job.failed.connect(lambda exc, job=job: self._plan_failed(job, exc))
        job.start(account.address.api_url, account.user)
        self.changed.emit()

    def _plan_done(self, job: PlanJob, plan: PlanResult,
                   then: Callable[[ProjectSession, PlanResult], None]) -> None:
        job.deleteLater()
        if job is not self._planning or self.session is None:
            return  # asked for a project that is closed now
        self._planning = None
        then(self.session, plan)

    def _plan_failed(self, job: PlanJob, exc: BaseException) -> None:
        job.deleteLater()
        if job is not self._planning:
            return
        self._planning = None
        self._start_when_planned = False
        self._notice = _error_text(exc)
        self.changed.emit()

    def _planned(self, session: ProjectSession, plan: PlanResult) -> None:
        self.plan = plan
        # The plan recorded what the wiki says of the categories: the Problems tab shows red ones.
        session.checker.request(None)
        rows = upload_state.load_all(session.store)
        api = self.account.address.api_url if self.account else ""
        entries: list[Entry] = []
        for item in plan.items:
            row = rows.get(item.photo_id)
            entry = Entry(item.photo_id, item.title, UploadState.QUEUED, size=item.size)
            if row is not None and row.wiki == api:
                entry = with_row(entry, row, plan.late.get(item.photo_id))
                if row.state == UploadState.STASHING:
                    # Sending stopped part way: it goes on from the bytes the wiki confirmed.
                    entry = dataclasses.replace(entry, state=UploadState.QUEUED, sent=row.bytes_confirmed)
            entries.append(entry)
        for pid in plan.finished:
            row = rows.get(pid)
            if row is not None:
                entries.append(with_row(Entry(pid, row.title or "", row.state), row, plan.late.get(pid)))
        self.model.set_entries(entries)
        self._unready = deque(plan.not_ready)
        self._unready_session = session
        self._add_unready()
        self._notice = None
        self.changed.emit()
        if self._start_when_planned:
            self._start_when_planned = False
            self.start()

    def _add_unready(self) -> None:
        """The next part of the photos that are not ready, at the end of the queue."""
        session = self._unready_session
        if session is not self.session or session is None:
            self._unready.clear()
            return
        part: list[Entry] = []
        while self._unready and len(part) < UNREADY_PART:
            nr = self._unready.popleft()
            # Their messages are made when their row shows.
            photo = session.model.photo(nr.photo_id)
            part.append(Entry(nr.photo_id, photo.title if photo and photo.title else nr.file, None, problems=nr.problems))
        self.model.add_entries(part)
        if self._unready:
            self._fill.start()
        else:
            heap.settle()  # the plan's rows stay until the next plan
        self.changed.emit()

    # -- running -----------------------------------------------------------------------------

    def start(self) -> None:
        """Upload every photo that is ready (again, for those that failed or were decided on)."""
        if self.session is None:
            return
        if self.account is None:
            self.login_wanted.emit()
            return
        if self.running:
            return
        if self._planning is not None:
            # Still working out which photos can go: start as soon as that is known.
            self._start_when_planned = True
            return
        if self.plan is None:
            self.refresh()
            return
        # Decisions and renames change what goes: plan again, then run.
        self._decision = None
        self._plan(self._run_plan)

    def retry(self) -> None:
        """Send the photos that failed again, and the structured data the wiki refused (with every other
        photo that is ready)."""
        self.start()

    def _run_plan(self, session: ProjectSession, plan: PlanResult) -> None:
        self._start_when_planned = False  # pressed again while planning: this is that start
        self._planned(session, plan)
        account = self.account
        if account is None:
            return
        # Photos waiting for a decision are passed too: the batch leaves them alone unless renamed.
        if not plan.items:
            self._notice = lambda: QCoreApplication.translate(
                "UploadView", "Nothing to upload: every ready photo is on the wiki.")
            self.changed.emit()
            return
        if self.job is not None:
            self.job.deleteLater()
        job = self.job = UploadJob(session.worker, self)
        job.upload_event.connect(lambda event, job=job: self._event(job, event))
        job.finished.connect(lambda result, job=job: self._finished(job, result))
        job.failed.connect(lambda exc, job=job: self._failed(job, exc))
        for item in plan.items:
            e = self.model.entry(item.photo_id)
            if e is not None and e.state in (UploadState.FAILED, UploadState.QUEUED):
                self.model.put(dataclasses.replace(e, state=UploadState.QUEUED, details=""))
        self.paused = False
        self.progress = None
        self._wait = None
        self._limits = None
        self.model.set_moving(True)
        job.start(account.address.api_url, account.user, account.password,
                  max(1, min(MAX_CONCURRENCY, self.concurrency)), oauth=account.upload_login(),
                  bandwidth_cap=max(0, self.bandwidth_cap))
        self._poll.start()
        self.running_changed.emit(True)
        self.changed.emit()
        self.progressed.emit()

    def pause(self) -> None:
        """Hold the upload after the chunk in hand."""
        if self.job is not None and self.running:
            self.job.pause()
            self.paused = True
            self.model.set_moving(False)
            self.changed.emit()

    def resume(self) -> None:
        if self.job is not None and self.running:
            self.job.resume()
            self.paused = False
            self.model.set_moving(True)
            self.changed.emit()

    def cancel(self) -> None:
        """Stop after the current chunk; what was sent is kept for the next run."""
        if self.job is not None and self.running:
            self.job.cancel()
            self.model.set_moving(False)
            self._notice = lambda: QCoreApplication.translate("UploadView", "Stopping…")
            self.changed.emit()

    def stop_and_wait(self) -> None:
        """Cancel (closing the project or the app): the worker stops after the chunk in hand, and
        closing the project waits for it (photowalk.ui.jobs.WorkerProcess.close)."""
        job = self.job
        if job is not None and self.running:
            job.cancel()
            # What it still says belongs to the project being closed.
            self.job = None
            job.deleteLater()
            self._poll.stop()
            self.paused = False
            self.model.set_moving(False)
            self.running_changed.emit(False)
            self.changed.emit()

    def _event(self, job: UploadJob, event: UploadEvent) -> None:
        session = self.session
        if session is None or job is not self.job:
            return
        if event.kind == "state" and event.photo_id is not None:
            row = upload_state.load(session.store, event.photo_id)
            if row is not None:
                self._show_row(row)
            session.model.set_upload_states({event.photo_id: event.state})
            self.changed.emit()
        elif event.kind == "waiting" and event.until is not None:
            self._wait = event
            self.progressed.emit()
        elif event.kind == "limits" and event.error is not None:
            # Read at the batch's login: newer than what the plan said.
            self._limits = event.error
            self.changed.emit()

    def _show_row(self, row: UploadRow) -> None:
        """Show what the engine wrote of a photo, under the title it last went to the wiki with."""
        entry = self.model.entry(row.photo_id)
        if entry is not None:
            self.model.put(with_row(dataclasses.replace(entry, title=row.title or entry.title), row))

    def _take_progress(self) -> None:
        p = self.job.latest if self.job is not None else None
        if p is not None and p is not self.progress:
            self.progress = p
            for f in p.current:
                self.model.set_sent(f.photo_id, f.sent)
        self.progressed.emit()

    def _finished(self, job: UploadJob, result: UploadResult) -> None:
        if job is not self.job:
            return
        self._poll.stop()
        self._take_progress()
        self._wait = None
        self.paused = False
        self.model.set_moving(False)
        self.running_changed.emit(False)
        session = self.session
        if session is not None:
            # The worker wrote every photo's state to the project: read them from there.
            found = upload_state.load_many(session.store, result.ids)
            rows = {pid: found[pid] for pid in result.ids if pid in found}
            for row in rows.values():
                self._show_row(row)
            session.model.set_upload_states({pid: row.state for pid, row in rows.items()})
        stopped = result.stopped
        if stopped is not None:
            self._notice = _error_text(stopped)
            if stopped.code in BROWSER_LOGIN_AGAIN and self.account is not None and self.account.oauth is not None:
                # The wiki no longer renews the browser login: the next Upload opens the login dialog.
                self.account = None
        elif result.cancelled:
            self._notice = lambda: QCoreApplication.translate(
                "UploadView", "Stopped. Press Upload to go on where it stopped.")
        self.changed.emit()
        self.progressed.emit()
        if session is not None and stopped is None and not result.cancelled:
            # Titles or descriptions edited during the upload: say what became of them.
            self.refresh()

    def _failed(self, job: UploadJob, exc: BaseException) -> None:
        if job is not self.job:
            return
        self._poll.stop()
        self._wait = None
        self.paused = False
        self.model.set_moving(False)
        self.running_changed.emit(False)
        self._notice = _error_text(exc)
        self.changed.emit()
        self.progressed.emit()

    # -- decisions ---------------------------------------------------------------------------

    def _entries(self, photo_ids: Sequence[int]) -> list[Entry]:
        return [e for pid in photo_ids if (e := self.model.entry(pid)) is not None]

    def decide(self, photo_ids: Sequence[int], action: str) -> None:
        """The volunteer's answer for these photos: "skip" or "upload-anyway" (the engine refuses
        "upload-anyway" over a taken title, whatever was pressed)."""
        session = self.session
        if session is None:
            return
        chosen = [e for e in self._entries(photo_ids) if e.state == UploadState.NEEDS_ATTENTION
                  or (action == "skip" and e.state == UploadState.DONE and e.action)]
        refused: list[OverwriteRefused] = []
        for e in chosen:
            try:
                row = upload_state.decide(session.store, e.photo_id, action)
            except OverwriteRefused as exc:
                refused.append(exc)
                continue
            self.model.put(with_row(e, row))
            session.model.set_upload_states({e.photo_id: row.state})
        self._decision = (lambda: " ".join(core_text("errors", exc.template, exc.params) for exc in refused)) \
            if refused else None
        self._notice = None
        self.changed.emit()

    def anyway_question(self, photo_ids: Sequence[int]) -> str | None:
        """What "upload anyway" will do, to ask before doing it; None when there is nothing to ask."""
        lines = [QCoreApplication.translate("UploadView", "Publish %1 although the wiki warned:")
                 .replace("%1", "File:" + e.title) + "\n" + e.text()
                 for e in self._entries(photo_ids) if e.state == UploadState.NEEDS_ATTENTION and e.anyway]
        if not lines:
            return None  # nothing may go anyway: the refusal says why
        return "\n\n".join(lines) + "\n\n" + QCoreApplication.translate(
            "UploadView", "photowalk first checks that no other file or page has this title, and never publishes over one.")

    def use_suggestion(self, photo_ids: Sequence[int]) -> None:
        """Give the first chosen photo the free title the engine found; it goes under it with the next upload."""
        session = self.session
        e = next((e for e in self._entries(photo_ids)
                  if e.state == UploadState.NEEDS_ATTENTION and e.suggestion), None)
        if session is None or e is None or e.suggestion is None:
            return
        title = e.suggestion
        if not session.push(FieldEdit(session, TITLE, [e.photo_id], title,
                                      QCoreApplication.translate("UploadView", "Use a free title"))):
            return
        self.model.put(dataclasses.replace(e, title=title, suggestion=None))
        self._decision = lambda: QCoreApplication.translate(
            "UploadView", "The photo goes to the wiki as %1 with the next upload.").replace("%1", "File:" + title)
        self.changed.emit()

    def to_rename(self, photo_ids: Sequence[int]) -> int | None:
        """The first chosen photo a new title may help: one the wiki warned about, or one not ready."""
        return next((e.photo_id for e in self._entries(photo_ids)
                     if e.state in (UploadState.NEEDS_ATTENTION, None)), None)

    # -- what to show ------------------------------------------------------------------------

    def shown(self) -> Shown:
        running = self.running
        m = self.model
        if self._notice is not None:
            notice, counts = self._notice(), None
        elif not m.entries:
            notice, counts = "" if self.account is not None else QCoreApplication.translate(
                "UploadView", "Log in to see which photos are ready."), None
        else:
            notice = ""
            counts = Counts(m.count(UploadState.DONE), m.count(*TO_SEND), m.count(UploadState.NEEDS_ATTENTION),
                            m.count(None))
        return Shown(
            notice=notice,
            counts=counts,
            can_start=self.session is not None and not running,
            running=running,
            paused=self.paused,
            retry_visible=m.count(UploadState.FAILED) > 0 or m.refused() > 0,
            can_report=m.count(UploadState.DONE) > 0,
            decision=self._decision() if self._decision is not None else "",
            limits=self._limits_text(),
        )

    def _limits_text(self) -> str:
        said = self._limits or (self.plan.before if self.plan is not None else None)
        return core_text("errors", said.template, said.params) if said is not None else ""

    def choices(self, photo_ids: Sequence[int]) -> Choices:
        running = self.running
        chosen = self._entries(photo_ids)
        attention = [e for e in chosen if e.state == UploadState.NEEDS_ATTENTION]
        suggestion = next((e.suggestion for e in attention if e.suggestion), None)
        actions = sorted({e.action for e in chosen if e.action})
        if actions:
            label = QCoreApplication.translate("UploadView", "Suggested: %1").replace(
                "%1", ", ".join(_action_name(a) for a in actions))
        else:
            label = QCoreApplication.translate("UploadView", "Select a photo that needs your decision:")
        return Choices(
            rename=any(e.state in (UploadState.NEEDS_ATTENTION, None) for e in chosen),
            skip=bool(attention or any(e.state == UploadState.DONE and e.action for e in chosen)) and not running,
            # Never over a taken title: only when every chosen photo's warning allows it.
            anyway=bool(attention) and all(e.anyway for e in attention) and not running,
            suggestion=suggestion,
            can_suggest=suggestion is not None and not running,
            label=label,
        )

    def totals(self) -> Totals:
        p = self.progress
        wait = self._wait
        waiting = None
        if wait is not None and wait.until is not None and time.time() < wait.until:
            until = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(wait.until)).time(),
                                       QLocale.FormatType.ShortFormat)
            why = core_text("errors", wait.error.template, wait.error.params) if wait.error else wait.message
            waiting = QCoreApplication.translate("UploadView", "Waiting until %1: %2").replace(
                "%1", until).replace("%2", why)
        if p is None:
            return Totals(0, "", waiting)
        loc = QLocale()
        mb = QCoreApplication.translate("UploadView", "%1 MB")
        parts = [
            QCoreApplication.translate("UploadView", "%1 of %2 files").replace("%1", str(p.files_done))
            .replace("%2", str(p.files_total)),
            QCoreApplication.translate("UploadView", "%1 of %2")
            .replace("%1", mb.replace("%1", loc.toString(p.bytes_done / 1e6, "f", 1)))
            .replace("%2", mb.replace("%1", loc.toString(p.bytes_total / 1e6, "f", 1))),
        ]
        # Speed and time left only while bytes move: a paused or stopped upload has neither.
        moving = self.running and not self.paused
        if p.rate and moving:
            parts.append(QCoreApplication.translate("UploadView", "%1 MB/s").replace(
                "%1", loc.toString(p.rate / 1e6, "f", 2)))
        if p.eta is not None and moving:
            parts.append(QCoreApplication.translate("UploadView", "%1 left").replace("%1", _duration(p.eta)))
        return Totals(int(1000 * p.fraction), " · ".join(parts), waiting)


def _action_name(action: str) -> str:
    names = {
        "rename": QCoreApplication.translate("UploadView", "give it another title"),
        "skip": QCoreApplication.translate("UploadView", "skip it"),
        "upload-anyway": QCoreApplication.translate("UploadView", "upload anyway"),
    }
    return names.get(action, action)


def _error_text(exc: BaseException) -> Text:
    if isinstance(exc, PhotowalkError):
        return lambda: core_text("errors", exc.template, exc.params)
    return lambda: type(exc).__name__


def _duration(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
