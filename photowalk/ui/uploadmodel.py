"""The upload queue as a Qt table model: one row a photo, with its state, the bytes sent and what to say."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.problems import Problem
from photowalk.ui.i18n import core_text
from photowalk.upload.attention import WARNINGS, describe_value
from photowalk.upload.late import PAGE_CHANGED_MESSAGE, TEXT_PENDING, LateChange
from photowalk.upload.report import ALREADY_THERE, Uploaded, wiki_title
from photowalk.upload.state import PAGE_CHANGED, UploadRow, UploadState, structured_retryable

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("title", "state", "progress", "details")
PhotoIdRole = Qt.ItemDataRole.UserRole
PercentRole = Qt.ItemDataRole.UserRole + 1  # None where nothing will be sent: no bar is drawn

# How each state reads in the queue; None is a photo that cannot go yet (its problems say why).
# The strings keep the context they were translated under.
STATE_LABELS: dict[UploadState | None, str] = {
    UploadState.QUEUED: QT_TRANSLATE_NOOP("UploadView", "Waiting"),
    UploadState.STASHING: QT_TRANSLATE_NOOP("UploadView", "Sending"),
    UploadState.PUBLISHING: QT_TRANSLATE_NOOP("UploadView", "Publishing"),
    UploadState.VERIFYING: QT_TRANSLATE_NOOP("UploadView", "Checking"),
    UploadState.STRUCTURING: QT_TRANSLATE_NOOP("UploadView", "Writing captions"),
    UploadState.DONE: QT_TRANSLATE_NOOP("UploadView", "Uploaded"),
    UploadState.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("UploadView", "Needs your decision"),
    UploadState.FAILED: QT_TRANSLATE_NOOP("UploadView", "Failed"),
    UploadState.SKIPPED: QT_TRANSLATE_NOOP("UploadView", "Skipped"),
    None: QT_TRANSLATE_NOOP("UploadView", "Not ready"),
}
# A photo part way through while no upload runs (paused, cancelled, interrupted) reads "Paused".
IN_FLIGHT = (UploadState.STASHING, UploadState.PUBLISHING, UploadState.VERIFYING, UploadState.STRUCTURING)
PAUSED_LABEL = QT_TRANSLATE_NOOP("UploadView", "Paused")
# States whose photos still have bytes to send in the next run.
TO_SEND = (UploadState.QUEUED, UploadState.STASHING, UploadState.PUBLISHING, UploadState.VERIFYING,
           UploadState.FAILED)


def state_label(state: UploadState | None) -> str:
    """How a state reads in the queue, in the volunteer's language."""
    return QCoreApplication.translate("UploadView", STATE_LABELS[state])


@dataclass(frozen=True)
class Entry:
    """One photo in the queue; `state` None: not ready, `problems` say why."""

    photo_id: int
    title: str
    state: UploadState | None
    sent: int = 0
    size: int = 0
    url: str | None = None
    details: str = ""
    action: str | None = None  # the suggested decision for needs-attention
    outcome: str | None = None  # uploaded | already-there, once done
    suggestion: str | None = None  # a free title offered instead of a taken one
    anyway: bool = False  # "upload anyway" may be offered for its warning
    problems: tuple[Problem, ...] = ()
    account: str | None = None  # the wiki account that sent the file
    refused: bool = False  # on the wiki, but its captions and depicts were refused: Retry sends them again

    def text(self) -> str:
        """The details column; for a photo that is not ready, made in the language of the moment."""
        if self.state is None and not self.details:
            return " ".join(core_text(p.context, p.template, p.params) for p in self.problems)
        return self.details

    @property
    def link(self) -> str | None:
        """The file page to open, once the photo is on the wiki."""
        return self.url if self.state == UploadState.DONE and self.url else None

    @property
    def percent(self) -> int:
        if self.state == UploadState.DONE:
            return 100
        return int(100 * self.sent / self.size) if self.size else 0


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
        if row.sdc_error is not None:  # uploaded, but its captions and depicts were refused
            parts.append(core_text("errors", row.sdc_error.template, row.sdc_error.params))
        return " ".join(parts)
    return ""


def with_row(entry: Entry, row: UploadRow, late: LateChange | None = None) -> Entry:
    """The entry as the engine's row for its photo says it is now (the bytes sent are the progress's)."""
    attention = row.state == UploadState.NEEDS_ATTENTION
    warned = row.warning is not None and (attention or (row.state == UploadState.DONE
                                                       and row.warning.code == PAGE_CHANGED))
    return dataclasses.replace(
        entry,
        state=row.state,
        url=row.url,
        outcome=row.outcome,
        # Once done, the file that really is on the wiki: found there under another name, or kept after a rename.
        title=(wiki_title(row) or entry.title) if row.state == UploadState.DONE else entry.title,
        details=row_details(row, late),
        action=row.warning.action if row.warning is not None and warned else None,
        suggestion=row.warning.suggestion if row.warning is not None and attention else None,
        anyway=row.warning is not None and attention and row.warning.may_upload_anyway,
        account=row.account,
        refused=structured_retryable(row),
    )


class UploadQueueModel(QAbstractTableModel):
    """The photos of an upload: title, state, progress and a link or a message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self._row: dict[int, int] = {}
        # Photos by state, kept as states change: the totals are shown after every state change.
        self._counts: Counter[UploadState | None] = Counter()
        self._refused = 0  # photos on the wiki whose structured data was refused
        self.moving = False  # an upload runs and is not paused

    def set_moving(self, moving: bool) -> None:
        """An upload runs (True) or is paused, cancelled or over: photos part way read "Paused" while not."""
        if moving == self.moving:
            return
        self.moving = moving
        if self.entries:
            state = COLUMNS.index("state")
            self.dataChanged.emit(self.index(0, state), self.index(len(self.entries) - 1, state))

    def state_text(self, entry: Entry) -> str:
        """The state column of a photo."""
        if not self.moving and entry.state in IN_FLIGHT:
            return QCoreApplication.translate("UploadView", PAUSED_LABEL)
        return state_label(entry.state)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._row = {e.photo_id: i for i, e in enumerate(self.entries)}
        self._counts = Counter(e.state for e in self.entries)
        self._refused = sum(e.refused for e in self.entries)
        self.endResetModel()

    def add_entries(self, entries: Sequence[Entry]) -> None:
        """More photos at the end of the queue (those not ready, part by part)."""
        if not entries:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.entries.extend(entries)
        for i, e in enumerate(entries, start=first):
            self._row[e.photo_id] = i
        self._counts.update(e.state for e in entries)
        self._refused += sum(e.refused for e in entries)
        self.endInsertRows()

    def entry(self, photo_id: int) -> Entry | None:
        row = self._row.get(photo_id)
        return None if row is None else self.entries[row]

    def put(self, entry: Entry) -> None:
        """Show a photo's entry as it is now; only its row is repainted, and only if it changed."""
        row = self._row.get(entry.photo_id)
        if row is None or self.entries[row] == entry:
            return
        self._counts[self.entries[row].state] -= 1
        self._counts[entry.state] += 1
        self._refused += entry.refused - self.entries[row].refused
        self.entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_sent(self, photo_id: int, sent: int) -> None:
        entry = self.entry(photo_id)
        if entry is not None:
            self.put(dataclasses.replace(entry, sent=sent))

    def count(self, *states: UploadState | None) -> int:
        """How many photos are in any of these states (None: not ready)."""
        return sum(self._counts[s] for s in states)

    def refused(self) -> int:
        """How many photos are on the wiki but had their captions and depicts refused."""
        return self._refused

    def uploaded(self) -> list[Uploaded]:
        return [Uploaded(e.title, e.link, e.outcome or "uploaded", e.account or "") for e in self.entries if e.link]

    # -- Qt's model interface --------------------------------------------------------------------

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
                return self.state_text(e)
            if col == "progress":
                return f"{e.percent} %"
            # The address as a person reads it: Cyrillic titles, not %D0%9C...
            return unquote(e.link) if e.link and not e.details else e.text()
        if role == Qt.ItemDataRole.ToolTipRole and col == "details":
            return e.text() or e.url
        if role == PhotoIdRole:
            return e.photo_id
        if role == PercentRole:
            return None if e.state in (None, UploadState.SKIPPED) else e.percent
        if role == Qt.ItemDataRole.ForegroundRole and col == "details" and e.link:
            return QGuiApplication.palette().link()
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
