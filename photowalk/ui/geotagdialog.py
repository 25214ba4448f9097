"""Geotag from GPX track… and Place from phone photos…: the options, the run in the worker, what it did.

Matching runs in the worker process (the `geotag` command: photowalk.geotag.geotag_project) with
progress and Cancel; the window shows how many photos were placed by source, and why the others were
not in the core's words. The run is one undo step (GeotagEdit): undo puts back each photo's own
earlier position.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photowalk.errors import PhotowalkError
from photowalk.geotag import DEFAULT_MAX_GAP, GeotagResult, NotPlaced, apply_geotags, restore_positions
from photowalk.ui.errors import error_text
from photowalk.ui.i18n import reason_text
from photowalk.ui.jobs import GeotagJob
from photowalk.ui.session import ProjectSession

MAX_GAP_LIMIT = 24 * 3600  # seconds: a day without a fix is no track any more


class GeotagEdit(QUndoCommand):
    """The positions a geotagging run set (already written by the worker), undone to each photo's earlier one."""

    def __init__(self, session: ProjectSession, result: GeotagResult, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.result = result
        self._executed = False

    def execute(self) -> None:
        """The worker wrote the positions: the window reads what changed from the project's change log
        (as it would a moment later anyway), once."""
        self._executed = True
        self.session.poll_changes()

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the push right after execute()
            return
        apply_geotags(self.session.store, self.result)
        self.session.refresh(list(self.result.placed))

    def undo(self) -> None:
        restore_positions(self.session.store, self.result.before)
        self.session.refresh(list(self.result.placed))


class GeotagDialog(QDialog):
    """The GPX file (unless only phone photos are used) and the options; Place runs it, Cancel stops it."""

    def __init__(self, session: ProjectSession, *, phone_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.phone_only = phone_only
        self.job: GeotagJob | None = None
        self.summary: list[NotPlaced] = []
        self.setWindowTitle(self.tr("Place from phone photos") if phone_only else self.tr("Geotag from GPX track"))
        self.setMinimumWidth(600)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Photos without a position get one from the photos taken with a phone at nearly the same time."
        ) if phone_only else self.tr(
            "Photos without a position get one from a GPS track of the walk (a GPX file from a phone app), "
            "by the time they were taken. Fix the camera's clock first if it was wrong."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        form = QFormLayout()
        self.gpx = QLineEdit()
        self.gpx.setPlaceholderText(self.tr("A .gpx file"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_gpx)
        row = QHBoxLayout()
        row.addWidget(self.gpx)
        row.addWidget(self.browse)
        self.max_gap = QSpinBox()
        self.max_gap.setRange(0, MAX_GAP_LIMIT)
        self.max_gap.setValue(DEFAULT_MAX_GAP)
        self.max_gap.setSuffix(self.tr(" s"))
        self.max_gap.setToolTip(self.tr("No photo is placed in a gap of the track longer than this"))
        self.from_phone = QCheckBox(self.tr("Also from phone photos taken at nearly the same time"))
        self.replace = QCheckBox(self.tr("Replace positions the camera recorded or that were set by hand"))
        if not phone_only:
            form.addRow(self.tr("GPS track"), row)
            form.addRow(self.tr("Largest gap in the track"), self.max_gap)
            form.addRow("", self.from_phone)
        form.addRow("", self.replace)
        lay.addLayout(form)

        self.bar = QProgressBar()
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = QTableWidget(0, 3)
        self.reasons.setHorizontalHeaderLabels([self.tr("Photos"), self.tr("Why not placed"), self.tr("For example")])
        self.reasons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasons.verticalHeader().hide()
        self.reasons.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reasons.hide()
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addWidget(self.reasons)

        buttons = QDialogButtonBox()
        self.place_button = buttons.addButton(self.tr("Place photos"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.setEnabled(False)
        self.place_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.gpx.textChanged.connect(self._can_start)
        self.from_phone.toggled.connect(self._can_start)
        self._can_start()

    def choose_gpx(self) -> None:
        start = str(Path(self.gpx.text()).parent) if self.gpx.text() else str(self.session.path.parent)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a GPS track"), start,
                                              self.tr("GPS tracks (*.gpx *.GPX)"))
        if name:
            self.gpx.setText(name)

    def _can_start(self) -> None:
        ready = self.phone_only or bool(self.gpx.text().strip()) or self.from_phone.isChecked()
        self.place_button.setEnabled(ready and (self.job is None or not self.job.running))

    def _busy(self, running: bool) -> None:
        for w in (self.gpx, self.browse, self.max_gap, self.from_phone, self.replace):
            w.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.bar.setVisible(running)
        self._can_start()

    # -- the run ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Run the matching in the worker (nothing is written on this thread)."""
        if self.job is not None and self.job.running:
            return
        text = self.gpx.text().strip()
        gpx = Path(text).expanduser() if text and not self.phone_only else None
        self.reasons.hide()
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Placing photos…"))
        job = GeotagJob(self.session.worker, self)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.job = job.start(gpx, max_gap=float(self.max_gap.value()),
                             from_phone=self.phone_only or self.from_phone.isChecked(),
                             replace=self.replace.isChecked())
        self._busy(True)

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("Placing photos: {done} of {total}").format(done=done, total=total))

    def _failed(self, exc: PhotowalkError) -> None:
        self._busy(False)
        self.status.setText(error_text(exc))

    def _finished(self, result: GeotagResult, summary: list[NotPlaced]) -> None:
        self._busy(False)
        assert self.job is not None
        if self.job.cancelled:
            self.status.setText(self.tr("Stopped; no position was changed."))
            return
        if result.placed:
            self.session.push(GeotagEdit(self.session, result, self.tr("Place %n photo(s)", "", len(result.placed))))
        self.show_result(result, summary)

    def show_result(self, result: GeotagResult, summary: list[NotPlaced]) -> None:
        """How many were placed by source, and why the others were not (one row a reason)."""
        self.summary = summary
        sources = result.by_source()
        text = self.tr("%n photo(s) placed", "", len(result.placed))
        text += " " + self.tr("({gpx} from the track, {phone} from phone photos).").format(
            gpx=sources["gpx"], phone=sources["phone"])
        if result.placed:
            text += " " + self.tr("Edit › Undo takes them back.")
        not_placed = sum(n.count for n in summary)
        if not_placed:
            text += "\n" + self.tr("%n photo(s) not placed:", "", not_placed)
        self.status.setText(text)
        self.reasons.setVisible(bool(summary))
        self.reasons.setRowCount(len(summary))
        for row, n in enumerate(summary):
            example = self.session.model.photo(n.example)
            cells = (str(n.count), reason_text(n.reason), example.file_name if example is not None else str(n.example))
            for col, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.reasons.setItem(row, col, item)

    def done(self, result: int) -> None:
        """Closing stops a run (the worker then writes nothing); the dialog goes once its run has answered,
        so a run that had finished all the same still becomes its undo step."""
        self.cancel()
        super().done(result)
        if self.job is not None and self.job.running:
            self.job.finished.connect(self.deleteLater)
            self.job.failed.connect(self.deleteLater)
        else:
            self.deleteLater()
