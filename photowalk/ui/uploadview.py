"""The upload view: the queue with each photo's state and progress, totals, pause/resume/cancel, decisions, report.

The batch runs on worker threads (the core's UploadBatch); the GUI thread only shows what it
reports: a progress snapshot polled five times a second, and state changes by signal.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from photowalk.errors import PhotowalkError
from photowalk.private import open_private
from photowalk.problems import Problem
from photowalk.ui.commands import TITLE, FieldEdit
from photowalk.ui.i18n import core_text
from photowalk.ui.logindialog import Account
from photowalk.ui.session import ProjectSession
from photowalk.upload.report import ALREADY_THERE, Uploaded, csv_text, gallery_wikitext, wiki_title
from photowalk.ui.jobs import PlanJob, PlanResult, UploadJob, UploadResult
from photowalk.upload import state as upload_state
from photowalk.upload.attention import WARNINGS, describe_value
from photowalk.upload.errors import OverwriteRefused
from photowalk.upload.late import PAGE_CHANGED_MESSAGE, TEXT_PENDING, LateChange
from photowalk.upload.events import UploadEvent
from photowalk.upload.progress import Progress
from photowalk.upload.settings import MAX_CONCURRENCY
from photowalk.upload.state import PAGE_CHANGED, UploadRow, UploadState

ModelIndex = QModelIndex | QPersistentModelIndex
NOT_READY = "not-ready"
POLL_MS = 200
COLUMNS = ("title", "state", "progress", "details")


def state_names() -> dict[str, str]:
    """How each state reads in the queue."""
    return {
        "queued": QCoreApplication.translate("UploadView", "Waiting"),
        "stashing": QCoreApplication.translate("UploadView", "Sending"),
        "publishing": QCoreApplication.translate("UploadView", "Publishing"),
        "verifying": QCoreApplication.translate("UploadView", "Checking"),
        "done": QCoreApplication.translate("UploadView", "Uploaded"),
        "needs-attention": QCoreApplication.translate("UploadView", "Needs your decision"),
        "failed": QCoreApplication.translate("UploadView", "Failed"),
        "skipped": QCoreApplication.translate("UploadView", "Skipped"),
        NOT_READY: QCoreApplication.translate("UploadView", "Not ready"),
    }


@dataclass
class Entry:
    """One photo in the queue."""

    photo_id: int
    title: str
    state: str
    sent: int = 0
    size: int = 0
    url: str | None = None
    details: str = ""
    action: str | None = None  # the suggested decision for needs-attention
    outcome: str | None = None  # uploaded | already-there, once done
    suggestion: str | None = None  # a free title offered instead of a taken one
    anyway: bool = False  # "upload anyway" may be offered for its warning
    # Why a photo cannot go yet (translated when its row is shown).
    problems: tuple[Problem, ...] = ()

    def text(self) -> str:
        """The details column; for a photo that is not ready, made only when a row is shown."""
        if self.state == NOT_READY and not self.details:
            texts = [core_text(p.context, p.template, p.params) for p in self.problems]
            self.details = " ".join(texts)
        return self.details


def row_details(row: UploadRow, late: LateChange | None = None) -> str:
    """What to say about a photo's upload, in the volunteer's language; `late` is what changed in
    the photo since its file was published."""
    if row.state == UploadState.NEEDS_ATTENTION and row.warning is not None:
        w = row.warning
        template = WARNINGS.get(w.code, (None, None))[1]
        if template:
            text = core_text("errors", template, {"title": row.title, "value": describe_value(w.value), "code": w.code})
        else:
            text = w.message
        if w.suggestion:
            text += " " + QCoreApplication.translate("UploadView", "A free title: %1").replace("%1", w.suggestion)
        return text
    if row.state == UploadState.FAILED and row.error is not None:
        return core_text("errors", row.error.template, row.error.params)
    if row.state == UploadState.DONE and row.outcome == ALREADY_THERE:
        return QCoreApplication.translate("UploadView", "Already on the wiki as File:%1.").replace(
            "%1", wiki_title(row) or "")
    if row.state == UploadState.DONE:
        parts = []
        changed = row.warning is not None and row.warning.code == PAGE_CHANGED
        if changed:
            parts.append(core_text("errors", PAGE_CHANGED_MESSAGE, {"title": row.title}))
        for template, params in late.notices() if late is not None else []:
            if not (changed and template == TEXT_PENDING):
                parts.append(core_text("errors", template, params))
        if row.error is not None:  # the newer text could not be sent this time
            parts.append(core_text("errors", row.error.template, row.error.params))
        return " ".join(parts)
    return ""


class UploadQueueModel(QAbstractTableModel):
    """The photos of an upload: title, state, progress and a link or a message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self._row: dict[int, int] = {}
        # Photos by state, kept as states change: the totals are shown after every state change.
        self._counts: Counter[str] = Counter()

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self._row = {e.photo_id: i for i, e in enumerate(entries)}
        self._counts = Counter(e.state for e in entries)
        self.endResetModel()

    def entry(self, photo_id: int) -> Entry | None:
        row = self._row.get(photo_id)
        return None if row is None else self.entries[row]

    def update(self, photo_id: int, **changes: Any) -> None:
        row = self._row.get(photo_id)
        if row is None:
            return
        e = self.entries[row]
        changed = {k: v for k, v in changes.items() if getattr(e, k) != v}
        if not changed:
            return
        if "state" in changed:
            self._counts[e.state] -= 1
            self._counts[changed["state"]] += 1
        for k, v in changed.items():
            setattr(e, k, v)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Title"), self.tr("State"), self.tr("Progress"), self.tr("Link or message"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries) or not 0 <= index.column() < len(COLUMNS):
            return None
        e = self.entries[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "title":
                return e.title
            if col == "state":
                return state_names().get(e.state, e.state)
            if col == "progress":
                return f"{self.percent(e)} %"
            # The address as a person reads it: Cyrillic titles, not %D0%9C...
            return unquote(e.url) if e.state == "done" and e.url and not e.details else e.text()
        if role == Qt.ItemDataRole.ToolTipRole and col == "details":
            return e.text() or e.url
        if role == Qt.ItemDataRole.UserRole:
            return e.photo_id
        if role == Qt.ItemDataRole.UserRole + 1:
            return self.percent(e)
        if role == Qt.ItemDataRole.ForegroundRole and col == "details" and e.state == "done" and e.url:
            return QApplication.palette().link()
        return None

    @staticmethod
    def percent(e: Entry) -> int:
        if e.state == "done":
            return 100
        return int(100 * e.sent / e.size) if e.size else 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def uploaded(self) -> list[Uploaded]:
        return [Uploaded(e.title, e.url, e.outcome or "uploaded") for e in self.entries if e.state == "done" and e.url]

    def count(self, *states: str) -> int:
        """How many photos are in any of these states."""
        return sum(self._counts[s] for s in states)


class _ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        entry = index.model().entries[index.row()] if isinstance(index.model(), UploadQueueModel) else None
        if entry is not None and entry.state in (NOT_READY, "skipped"):
            return  # nothing will be sent
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 4, -4, -4))
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(index.data(Qt.ItemDataRole.UserRole + 1) or 0)
        bar.text = f"{bar.progress} %"
        bar.textVisible = True
        bar.state = option.state
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class UploadView(QWidget):
    """Everything about sending the project's photos to the wiki."""

    back_clicked = Signal()
    login_wanted = Signal()
    photo_chosen = Signal(int)  # a needs-attention photo to rename
    running_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UploadView")
        self.session: ProjectSession | None = None
        self.account: Account | None = None
        self.concurrency = 1
        self.runner: UploadJob | None = None
        self.plan: PlanResult | None = None
        self._planning: PlanJob | None = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_clicked)
        self.account_label = QLabel()
        self.account_button = QPushButton()
        self.account_button.clicked.connect(self.login_wanted)
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.account_label, 1)
        top.addWidget(self.account_button)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton()
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.start)
        for b in (self.start_button, self.pause_button, self.cancel_button, self.retry_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.gallery_button = QPushButton()
        self.gallery_button.clicked.connect(self.save_gallery)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.save_csv)
        buttons.addWidget(self.gallery_button)
        buttons.addWidget(self.csv_button)
        lay.addLayout(buttons)
        self.total = QProgressBar()
        self.total.setRange(0, 1000)
        lay.addWidget(self.total)
        self.total_label = QLabel()
        lay.addWidget(self.total_label)
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()
        lay.addWidget(self.wait_label)

        self.model = UploadQueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, _ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # No column sized to its contents: that measures every row again on every progress update.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 300)
        header.resizeSection(2, 110)
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.table, 1)

        decide = QHBoxLayout()
        self.decide_label = QLabel()
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self._use_suggestion)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self._rename)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(lambda: self._decide("skip"))
        self.anyway_button = QPushButton()
        self.anyway_button.clicked.connect(lambda: self._decide("upload-anyway"))
        decide.addWidget(self.decide_label)
        for b in (self.suggest_button, self.rename_button, self.skip_button, self.anyway_button):
            decide.addWidget(b)
        decide.addStretch(1)
        lay.addLayout(decide)
        # Why a decision was refused, or what a decision did.
        self.decide_message = QLabel()
        self.decide_message.setWordWrap(True)
        self.decide_message.hide()
        lay.addWidget(self.decide_message)
        self._start_when_planned = False

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self.retranslate()
        self._update_buttons()

    # -- setting up ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.running

    def set_session(self, session: ProjectSession | None) -> None:
        if self.running:
            self.stop_and_wait()
        self.session = session
        self.plan = None
        self.model.set_entries([])
        self._update_buttons()

    def set_account(self, account: Account | None) -> None:
        self.account = account
        self._show_account()
        self.refresh()

    def _show_account(self) -> None:
        if self.account is None:
            self.account_label.setText(self.tr("Not logged in."))
            self.account_button.setText(self.tr("Log in…"))
        else:
            self.account_label.setText(
                self.tr("Uploading to %1 as %2").replace("%1", self.account.address.name).replace("%2", self.account.user)
            )
            self.account_button.setText(self.tr("Change account…"))

    def refresh(self) -> None:
        """Work out (on a worker thread) which photos can go; the queue shows them all."""
        if self.session is None or self.account is None or self.running or self._planning is not None:
            self._update_buttons()
            return
        self.summary.setText(self.tr("Checking the photos…"))
        session = self.session
        self._planning = PlanJob(session.worker, self)
        self._planning.finished.connect(lambda plan, s=session: self._planned(s, plan))
        self._planning.failed.connect(self._plan_failed)
        self._planning.start(self.account.address.api_url)

    def _planned(self, session: ProjectSession, plan: PlanResult) -> None:
        self._planning = None
        if session is not self.session:
            return
        self.plan = plan
        # The plan recorded what the wiki says of the categories: the Problems tab shows red ones.
        session.checker.request(None)
        model = session.model
        rows = upload_state.load_all(session.store)
        api = self.account.address.api_url if self.account else ""
        entries: list[Entry] = []
        for item in plan.items:
            row = rows.get(item.photo_id)
            entry = Entry(item.photo_id, item.title, "queued", size=item.size)
            if row is not None and row.wiki == api:
                self._apply_row(entry, row, plan.late.get(item.photo_id))
                if row.state == UploadState.STASHING:
                    entry.state = "queued"
            entries.append(entry)
        for pid in plan.finished:
            row = rows.get(pid)
            if row is not None:
                entry = Entry(pid, row.title or "", row.state.value)
                self._apply_row(entry, row, plan.late.get(pid))
                entries.append(entry)
        for nr in plan.not_ready:
            # Thousands of photos may not be ready yet: their messages are made when their row shows.
            photo = model.photo(nr.photo_id)
            entries.append(Entry(nr.photo_id, (photo.title if photo and photo.title else nr.file), NOT_READY,
                                 problems=nr.problems))
        self.model.set_entries(entries)
        self._update_summary()
        self._update_buttons()
        if self._start_when_planned:
            self._start_when_planned = False
            self.start()

    def _plan_failed(self, exc: BaseException) -> None:
        self._planning = None
        self.summary.setText(core_text("errors", exc.template, exc.params) if isinstance(exc, PhotowalkError)
                             else type(exc).__name__)

    @staticmethod
    def _apply_row(entry: Entry, row: UploadRow, late: LateChange | None = None) -> None:
        entry.state = row.state.value
        entry.url = row.url
        entry.outcome = row.outcome
        if row.state == UploadState.DONE:
            # The file that really is on the wiki: found there under another name, or kept after a rename.
            entry.title = wiki_title(row) or entry.title
        entry.details = row_details(row, late)
        attention = row.state == UploadState.NEEDS_ATTENTION or (
            row.state == UploadState.DONE and row.warning is not None and row.warning.code == PAGE_CHANGED)
        entry.action = row.warning.action if row.warning and attention else None
        entry.suggestion = row.warning.suggestion if row.warning and row.state == UploadState.NEEDS_ATTENTION else None
        entry.anyway = bool(row.warning and row.state == UploadState.NEEDS_ATTENTION and row.warning.may_upload_anyway)
        if row.state == UploadState.STASHING:
            entry.sent = row.bytes_confirmed

    # -- running ---------------------------------------------------------------------------

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
        session = self.session
        self._planning = PlanJob(session.worker, self)
        self._planning.finished.connect(lambda plan, s=session: self._run_plan(s, plan))
        self._planning.failed.connect(self._plan_failed)
        self._planning.start(self.account.address.api_url)

    def _run_plan(self, session: ProjectSession, plan: PlanResult) -> None:
        self._planned(session, plan)
        if session is not self.session or self.account is None:
            return
        # Photos waiting for a decision are passed too: the batch leaves them alone unless renamed.
        todo = list(plan.items)
        if not todo:
            self.summary.setText(self.tr("Nothing to upload: every ready photo is on the wiki."))
            return
        self.runner = UploadJob(session.worker, self)
        self.runner.upload_event.connect(self._event)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        for i in todo:
            e = self.model.entry(i.photo_id)
            if e is not None and e.state in ("failed", "queued"):
                self.model.update(i.photo_id, state="queued", details="")
        account = self.account
        self.runner.start(account.address.api_url, account.user, account.password,
                          max(1, min(MAX_CONCURRENCY, self.concurrency)))
        self._poll.start()
        self.pause_button.setChecked(False)
        self.running_changed.emit(True)
        self._update_buttons()

    def _pause_toggled(self, paused: bool) -> None:
        if self.runner is None:
            return
        if paused:
            self.runner.pause()
        else:
            self.runner.resume()
        self._update_buttons()

    def cancel(self) -> None:
        """Stop after the current chunk; what was sent is kept for the next run."""
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
            self.summary.setText(self.tr("Stopping…"))

    def stop_and_wait(self) -> None:
        """Cancel (closing the project or the app): the worker stops after the chunk in hand, and
        closing the project waits for it (photowalk.ui.jobs.WorkerProcess.close)."""
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
            self.runner.running = False
            self._poll.stop()
            self.running_changed.emit(False)

    def _event(self, event: UploadEvent) -> None:
        if self.session is None:
            return
        if event.kind == "state" and event.photo_id is not None:
            row = upload_state.load(self.session.store, event.photo_id)
            entry = self.model.entry(event.photo_id)
            if row is not None and entry is not None:
                fresh = Entry(entry.photo_id, row.title or entry.title, entry.state, entry.sent, entry.size)
                self._apply_row(fresh, row)
                self.model.update(event.photo_id, **{f.name: getattr(fresh, f.name) for f in dataclasses.fields(Entry)
                                                     if f.name not in ("photo_id", "size", "sent")})
            self.session.model.set_upload_states({event.photo_id: event.state})
            self._update_summary()
        elif event.kind == "waiting" and event.until is not None:
            until = QLocale().toString(_local_time(event.until), QLocale.FormatType.ShortFormat)
            why = core_text("errors", event.error.template, event.error.params) if event.error else event.message
            self.wait_label.setText(self.tr("Waiting until %1: %2").replace("%1", until).replace("%2", why))
            self.wait_label.show()

    def _show_progress(self) -> None:
        runner = self.runner
        p = runner.latest if runner is not None else None
        if p is None:
            return
        self.total.setValue(int(1000 * p.bytes_done / p.bytes_total) if p.bytes_total else 0)
        loc = QLocale()
        mb = self.tr("%1 MB")
        parts = [
            self.tr("%1 of %2 files").replace("%1", str(p.files_done)).replace("%2", str(p.files_total)),
            self.tr("%1 of %2").replace("%1", mb.replace("%1", loc.toString(p.bytes_done / 1e6, "f", 1)))
            .replace("%2", mb.replace("%1", loc.toString(p.bytes_total / 1e6, "f", 1))),
        ]
        if p.rate:
            parts.append(self.tr("%1 MB/s").replace("%1", loc.toString(p.rate / 1e6, "f", 2)))
        if p.eta is not None:
            parts.append(self.tr("%1 left").replace("%1", _duration(p.eta)))
        self.total_label.setText(" · ".join(parts))
        for f in p.current:
            self.model.update(f.photo_id, sent=f.sent)
        if self.wait_label.isVisible() and not any(f.state == "waiting" for f in p.current):
            self.wait_label.hide()

    def _finished(self, result: UploadResult) -> None:
        self._poll.stop()
        self._show_progress()
        self.wait_label.hide()
        self.running_changed.emit(False)
        session = self.session
        if session is not None:
            # The worker wrote every photo's state to the project: read them from there.
            rows = {pid: row for pid in result.ids if (row := upload_state.load(session.store, pid)) is not None}
            for pid, row in rows.items():
                entry = self.model.entry(pid)
                if entry is not None:
                    fresh = Entry(pid, row.title or entry.title, entry.state, entry.sent, entry.size)
                    self._apply_row(fresh, row)
                    self.model.update(pid, state=fresh.state, url=fresh.url, details=fresh.details,
                                      action=fresh.action, title=fresh.title, outcome=fresh.outcome,
                                      suggestion=fresh.suggestion, anyway=fresh.anyway)
            session.model.set_upload_states({pid: row.state.value for pid, row in rows.items()})
        self._update_summary()
        if result.stopped is not None:
            self.summary.setText(core_text("errors", result.stopped.template, result.stopped.params))
        elif result.cancelled:
            self.summary.setText(self.tr("Stopped. Press Upload to go on where it stopped."))
        self._update_buttons()
        if session is not None and result.stopped is None and not result.cancelled:
            # Titles or descriptions edited during the upload: say what became of them.
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._poll.stop()
        self.running_changed.emit(False)
        self.summary.setText(core_text("errors", exc.template, exc.params) if isinstance(exc, PhotowalkError)
                             else type(exc).__name__)
        self._update_buttons()

    # -- decisions and links ---------------------------------------------------------------

    def _selected_entries(self) -> list[Entry]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.entries[r] for r in sorted(rows) if r < len(self.model.entries)]

    def _decide(self, action: str) -> None:
        if self.session is None:
            return
        chosen = [e for e in self._selected_entries()
                  if e.state == "needs-attention" or (action == "skip" and e.state == "done" and e.action)]
        if action == "upload-anyway" and chosen and not self._confirm_anyway(chosen):
            return
        refused: list[str] = []
        for e in chosen:
            try:
                row = upload_state.decide(self.session.store, e.photo_id, action)
            except OverwriteRefused as exc:
                # The engine refuses whatever the buttons allowed: never over a taken title.
                refused.append(core_text("errors", exc.template, exc.params))
                continue
            # Through the model, which repaints the row and keeps its totals.
            fresh = dataclasses.replace(e)
            self._apply_row(fresh, row)
            self.model.update(e.photo_id, state=fresh.state, url=fresh.url, details=fresh.details,
                              action=fresh.action, sent=fresh.sent, suggestion=fresh.suggestion, anyway=fresh.anyway)
            self.session.model.set_upload_states({e.photo_id: row.state.value})
        self._show_decide_message(" ".join(refused))
        self._update_summary()
        self._update_buttons()

    def _confirm_anyway(self, chosen: list[Entry]) -> bool:
        """Name what "upload anyway" will do, and let the volunteer say yes or no."""
        lines = [self.tr("Publish %1 although the wiki warned:").replace("%1", "File:" + e.title) + "\n" + e.text()
                 for e in chosen if e.anyway]
        if not lines:
            return True  # nothing may go anyway: the refusal says why
        text = "\n\n".join(lines) + "\n\n" + self.tr(
            "photowalk first checks that no other file or page has this title, and never publishes over one.")
        answer = QMessageBox.question(self, self.tr("Upload anyway?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _use_suggestion(self) -> None:
        """Give the chosen photo the free title the engine found; it goes under it with the next upload."""
        if self.session is None:
            return
        entries = [e for e in self._selected_entries() if e.state == "needs-attention" and e.suggestion]
        if not entries:
            return
        e = entries[0]
        title = str(e.suggestion)
        if not self.session.push(FieldEdit(self.session, TITLE, [e.photo_id], title, self.tr("Use a free title"))):
            return
        self.model.update(e.photo_id, title=title, suggestion=None)
        self._show_decide_message(self.tr("The photo goes to the wiki as %1 with the next upload.")
                                  .replace("%1", "File:" + title))
        self._update_buttons()

    def _show_decide_message(self, text: str) -> None:
        self.decide_message.setText(text)
        self.decide_message.setVisible(bool(text))

    def _rename(self) -> None:
        entries = [e for e in self._selected_entries() if e.state in ("needs-attention", NOT_READY)]
        if entries:
            self.photo_chosen.emit(entries[0].photo_id)

    def _clicked(self, index: QModelIndex) -> None:
        e = self.model.entries[index.row()] if index.row() < len(self.model.entries) else None
        if e is not None and COLUMNS[index.column()] == "details" and e.state == "done" and e.url:
            QDesktopServices.openUrl(QUrl(e.url))

    def save_gallery(self) -> None:
        self._save(gallery_wikitext(self.model.uploaded()), self.tr("gallery.txt"), self.tr("Wikitext (*.txt)"))

    def save_csv(self) -> None:
        self._save(csv_text(self.model.uploaded()), self.tr("uploads.csv"), self.tr("CSV files (*.csv)"))

    def _save(self, text: str, name: str, kind: str) -> None:
        start = str(self.session.path.parent / name) if self.session else name
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), start, kind)
        if target:
            with open_private(target, "w", encoding="utf-8", follow_links=True) as f:
                f.write(text)

    # -- showing ---------------------------------------------------------------------------

    def _update_summary(self) -> None:
        m = self.model
        if not m.entries:
            self.summary.setText(self.tr("Log in to see which photos are ready.") if self.account is None else "")
            return
        parts = [
            self.tr("%n uploaded", "", m.count("done")),
            self.tr("%n to send", "", m.count("queued", "stashing", "publishing", "verifying", "failed")),
        ]
        if m.count("needs-attention"):
            parts.append(self.tr("%n need your decision", "", m.count("needs-attention")))
        if m.count(NOT_READY):
            parts.append(self.tr("%n not ready (see Problems)", "", m.count(NOT_READY)))
        self.summary.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        running = self.running
        has_session = self.session is not None
        self.start_button.setEnabled(has_session and not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.retry_button.setVisible(self.model.count("failed") > 0)
        self.retry_button.setEnabled(not running)
        self.pause_button.setText(self.tr("Resume") if self.pause_button.isChecked() else self.tr("Pause"))
        has_done = self.model.count("done") > 0
        self.gallery_button.setEnabled(has_done)
        self.csv_button.setEnabled(has_done)
        chosen = self._selected_entries() if self.table.selectionModel() else []
        attention = [e for e in chosen if e.state == "needs-attention"]
        fixable = any(e.state in ("needs-attention", NOT_READY) for e in chosen)
        self.rename_button.setEnabled(fixable)
        self.skip_button.setEnabled(bool(attention or any(e.state == "done" and e.action for e in chosen))
                                    and not running)
        # Never over a taken title: only when every chosen photo's warning allows it.
        self.anyway_button.setEnabled(bool(attention) and all(e.anyway for e in attention) and not running)
        suggestion = next((e.suggestion for e in attention if e.suggestion), None)
        self.suggest_button.setVisible(suggestion is not None)
        self.suggest_button.setEnabled(suggestion is not None and not running)
        if suggestion is not None:
            self.suggest_button.setText(self.tr("Use the free title \u201c%1\u201d").replace("%1", suggestion))
        actions = sorted({e.action for e in chosen if e.action})
        if actions:
            names = ", ".join(self._action_name(a) for a in actions)
            self.decide_label.setText(self.tr("Suggested: %1").replace("%1", names))
        else:
            self.decide_label.setText(self.tr("Select a photo that needs your decision:"))

    def _action_name(self, action: str | None) -> str:
        return {"rename": self.tr("give it another title"), "skip": self.tr("skip it"),
                "upload-anyway": self.tr("upload anyway")}.get(action or "", action or "")

    def tab_title(self) -> str:
        return self.tr("Upload")

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the photos"))
        self.start_button.setText(self.tr("Upload"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.retry_button.setText(self.tr("Retry failed"))
        self.gallery_button.setText(self.tr("Save gallery…"))
        self.gallery_button.setToolTip(self.tr("A <gallery> of the uploaded files, to paste on a wiki page"))
        self.csv_button.setText(self.tr("Save CSV…"))
        self.csv_button.setToolTip(self.tr("The titles and links of the uploaded files, for a spreadsheet"))
        self.rename_button.setText(self.tr("Rename…"))
        self.skip_button.setText(self.tr("Skip"))
        self.anyway_button.setText(self.tr("Upload anyway"))
        self._show_account()
        self._update_summary()
        self._update_buttons()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        fm = self.table.fontMetrics()
        self.table.horizontalHeader().resizeSection(1, max(fm.horizontalAdvance(t) for t in state_names().values()) + 24)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _duration(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _local_time(epoch: float) -> Any:
    from PySide6.QtCore import QDateTime

    return QDateTime.fromSecsSinceEpoch(int(epoch)).time()
