"""The window's follow-up after upload: "Check uploaded photos" (also by itself when a project opens,
quietly when the wiki is out of reach) and a dialog listing what the wiki says of each uploaded file,
with what to do and its file page a click away; and File > "Event report…" with copy buttons.

The check runs in the worker (command `followup`); the results are read from the project
(photowalk.upload.followup), so they show offline too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.ui.errors import show_error
from photowalk.ui.i18n import core_text, reason_text
from photowalk.ui.jobs import TaskJob
from photowalk.ui.session import ProjectSession
from photowalk.upload import eventreport, followup
from photowalk.upload.state import load_all


class FollowupRunner(QObject):
    """Starts the worker's follow-up check, one at a time, and says when it ended."""

    finished = Signal(object)  # the job's result: {offline, checked, total, needing_action}
    failed = Signal(object)  # a typed error (only for a check the volunteer asked for)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent or session)
        self.session = session
        self.running = False

    def check(self, *, quiet: bool = False) -> bool:
        """Start a check; False when one runs already."""
        if self.running:
            return False
        self.running = True
        TaskJob(self.session.worker, "followup", self._done, self._failed, parent=self.session, quiet=quiet)
        return True

    def _done(self, result: dict[str, Any]) -> None:
        self.running = False
        self.finished.emit(result)

    def _failed(self, exc: PhotowalkError) -> None:
        self.running = False
        self.failed.emit(exc)


def runner_of(session: ProjectSession) -> FollowupRunner:
    """The session's one runner."""
    found = session.findChild(FollowupRunner)
    return found if isinstance(found, FollowupRunner) else FollowupRunner(session)


def check_when_opened(session: ProjectSession) -> None:
    """The check a project gets by itself when it opens: only with uploads, not again within the hour,
    and quiet when offline."""
    if session.failure is None and followup.due(session.store):
        runner_of(session).check(quiet=True)


class FollowupDialog(QDialog):
    """What the wiki says of each uploaded file: a line per state, with what to do."""

    COLUMNS = 4

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner_of(session)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.only_action = QCheckBox()
        self.only_action.toggled.connect(self.reload)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_page())
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_now)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.only_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self._urls: list[str] = []
        self.resize(900, 500)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Uploaded photos"))
        self.check_button.setText(self.tr("Check uploaded photos"))
        self.open_button.setText(self.tr("Open the file page"))
        self.only_action.setText(self.tr("Only files that need me"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("State"), self.tr("What to do"),
                                              self.tr("Checked")])

    def check_now(self) -> None:
        if self.runner.check():
            self.check_button.setEnabled(False)
            self.status.setText(self.tr("Asking the wiki…"))

    def _finished(self, result: dict[str, Any]) -> None:
        self.check_button.setEnabled(True)
        self.reload()
        if result.get("offline"):
            self.status.setText(self.tr("The wiki could not be reached; these are the results of the last check."))

    def _failed(self, exc: PhotowalkError) -> None:
        self.check_button.setEnabled(True)
        self.reload()
        show_error(self, exc)

    def reload(self) -> None:
        """Fill the table from the project (the last check's results)."""
        store = self.session.store
        found = followup.load_store(store)
        urls = {pid: row.url or "" for pid, row in load_all(store).items()}
        shown = [f for f in found.values() if not self.only_action.isChecked() or f.worst.needs_action]
        shown.sort(key=lambda f: (list(followup.Followup).index(f.worst), f.title))
        self.table.setRowCount(0)
        self._urls = []
        for f in shown:
            for n, reason in enumerate(f.findings):
                r = self.table.rowCount()
                self.table.insertRow(r)
                cells = [f.title if n == 0 else "", state_name(reason.code), reason_text(reason),
                         f.checked.replace("T", " ").replace("+00:00", " UTC") if n == 0 else ""]
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, f.photo_id)
                    self.table.setItem(r, c, item)
                self._urls.append(urls.get(f.photo_id, ""))
        self.table.resizeRowsToContents()
        needing = sum(1 for f in found.values() if f.worst.needs_action)
        if not found:
            self.status.setText(self.tr("No uploaded file has been checked yet."))
        else:
            self.status.setText(self.tr("%n file(s) checked; ", "", len(found))
                                + self.tr("%n need(s) you.", "", needing))

    def selected_url(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else self.table.currentRow()
        return self._urls[row] if 0 <= row < len(self._urls) else ""

    def open_page(self) -> None:
        url = self.selected_url()
        if url:
            QDesktopServices.openUrl(QUrl(url))


_STATE_NAMES = {
    "deleted": QT_TRANSLATE_NOOP("FollowupDialog", "Deleted"),
    "speedy-deletion": QT_TRANSLATE_NOOP("FollowupDialog", "Quick deletion"),
    "copyright-violation": QT_TRANSLATE_NOOP("FollowupDialog", "Copyright doubt"),
    "no-permission": QT_TRANSLATE_NOOP("FollowupDialog", "No permission"),
    "deletion-requested": QT_TRANSLATE_NOOP("FollowupDialog", "Deletion requested"),
    "deletion-discussed": QT_TRANSLATE_NOOP("FollowupDialog", "Deletion discussed"),
    "freedom-of-panorama": QT_TRANSLATE_NOOP("FollowupDialog", "Freedom of panorama"),
    "check-categories": QT_TRANSLATE_NOOP("FollowupDialog", "Check categories"),
    "used": QT_TRANSLATE_NOOP("FollowupDialog", "Used"),
    "fine": QT_TRANSLATE_NOOP("FollowupDialog", "Fine"),
}


def state_name(code: str) -> str:
    """A state's short name in the interface language."""
    return QCoreApplication.translate("FollowupDialog", _STATE_NAMES[code]) if code in _STATE_NAMES else code


class EventReportDialog(QDialog):
    """The event report over the open project and any others the trainer adds, ready to copy."""

    def __init__(self, projects: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projects = list(dict.fromkeys(Path(p).absolute() for p in projects))
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_projects)
        self.tabs = QTabWidget()
        self.texts: dict[str, QPlainTextEdit] = {}
        for key in ("table", "meta", "csv", "gallery"):
            text = QPlainTextEdit()
            text.setReadOnly(True)
            self.texts[key] = text
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(text)
            copy = QPushButton()
            copy.setObjectName(f"copy-{key}")
            copy.clicked.connect(lambda _=False, t=text: QGuiApplication.clipboard().setText(t.toPlainText()))
            box.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
            self.tabs.addTab(page, "")
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.files_label, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.report: eventreport.EventReport | None = None
        self.resize(800, 500)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Event report"))
        self.add_button.setText(self.tr("Add projects…"))
        for n, title in enumerate((self.tr("Table"), self.tr("For Meta"), self.tr("CSV"), self.tr("Gallery"))):
            self.tabs.setTabText(n, title)
            page = self.tabs.widget(n)
            button = page.findChild(QPushButton) if page is not None else None
            if button is not None:
                button.setText(self.tr("Copy"))

    def add_projects(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add projects"), "",
                                                self.tr("photowalk projects (*.photowalk)"))
        self.projects = list(dict.fromkeys([*self.projects, *(Path(p).absolute() for p in paths)]))
        self.refresh()

    def refresh(self) -> None:
        try:
            report = eventreport.event_report(self.projects)
        except PhotowalkError as exc:
            show_error(self, exc)
            return
        self.report = report
        headings = [core_text(eventreport.CONTEXT, h) for h in eventreport.HEADINGS]
        total = core_text(eventreport.CONTEXT, eventreport.TOTAL)
        self.files_label.setText("\n".join(p.name for p in self.projects))
        rows = [[line.user, *map(str, line.numbers())] for line in report.lines] + [[total, *map(str, report.totals.numbers())]]
        self.texts["table"].setPlainText("\n".join("\t".join(r) for r in [headings, *rows]))
        self.texts["meta"].setPlainText(eventreport.meta_table(report, headings, total))
        self.texts["csv"].setPlainText(eventreport.csv_table(report, headings, total))
        self.texts["gallery"].setPlainText(eventreport.gallery(report))
        self.note.setText(self.tr("%n file(s) never checked on the wiki: use \"Check uploaded photos\" in each "
                                  "project first.", "", report.unchecked) if report.unchecked else "")


def on_opened(session: ProjectSession, notify: Callable[[str], None]) -> None:
    """Check by itself when a project opens, and tell the window (one line) when files need the volunteer."""
    runner = runner_of(session)

    def finished(result: dict[str, Any]) -> None:
        needing = int(result.get("needing_action") or 0)
        if needing and not result.get("offline"):
            # No plural forms here (the translation collector knows them only for tr()): a count after a colon.
            notify(QCoreApplication.translate("FollowupDialog", "Uploaded files that need you: %1. See Upload > Check uploaded "
                                              "photos.").replace("%1", str(needing)))

    runner.finished.connect(finished)
    check_when_opened(session)
