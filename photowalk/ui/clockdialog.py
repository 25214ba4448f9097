"""Fix camera clock…: the project's cameras, and one camera's correction typed or read off a photo of a clock.

The rules are photowalk.clock's (parsing, the reference photo's offset, the preview); this dialog shows
them and makes the change one undo step (ClockEdit).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photowalk.cameras import Camera, cameras, photos_of
from photowalk.clock import (
    PREVIEW_PHOTOS,
    ClockCorrection,
    clock_corrections,
    format_shift,
    offset_from_reference,
    parse_shift,
    preview_sample,
    preview_shift,
    put_correction,
)
from photowalk.errors import PhotowalkError
from photowalk.photo import Photo
from photowalk.phototime import camera_time, project_zone
from photowalk.projectsettings import read_settings
from photowalk.ui.errors import error_text
from photowalk.ui.session import ProjectSession

THUMB = 120  # pixels: the reference photo, large enough to read a clock's face roughly
VISIBLE_CAMERAS = 6  # rows of the camera list shown without scrolling


class ClockEdit(QUndoCommand):
    """One camera's correction set or removed (redo), and the one it had put back (undo)."""

    def __init__(self, session: ProjectSession, camera: Camera, after: ClockCorrection | None, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.camera = camera
        self.after = after
        self.before = clock_corrections(session.store).get(camera)
        self._executed = False

    def _put(self, correction: ClockCorrection | None) -> None:
        put_correction(self.session.store, self.camera, correction)
        self.session.refresh([p.id for p in photos_of(self.session.model.photos(), self.camera)])

    def execute(self) -> None:
        self._put(self.after)
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the push right after execute()
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class ClockDialog(QDialog):
    """The project's cameras with their corrections; Apply and Remove change the chosen one's."""

    def __init__(self, session: ProjectSession, reference: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.zone = project_zone(read_settings(session.store).time_zone)
        self.reference: Photo | None = session.model.photo(reference) if reference is not None else None
        self.setWindowTitle(self.tr("Fix camera clock"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "If a camera's clock was wrong, correct all its photos at once: type how far it was off, or "
            "choose a photo of a clock or phone screen taken with it and type the time the clock shows."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Camera"), self.tr("Serial number"), self.tr("Photos"),
                                              self.tr("Correction")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._camera_chosen)
        lay.addWidget(self.table)

        box = QGroupBox(self.tr("Correction of the chosen camera"))
        grid = QGridLayout(box)
        self.by_shift = QRadioButton(self.tr("Add to its times:"))
        self.shift = QLineEdit()
        self.shift.setPlaceholderText(self.tr("e.g. +1 h 03 min, -0:05:30"))
        self.by_photo = QRadioButton(self.tr("From the selected photo of a clock, which shows:"))
        self.shows = QLineEdit()
        self.shows.setPlaceholderText(self.tr("e.g. 14:32 or 14:32:05"))
        self.how = QButtonGroup(self)
        self.how.addButton(self.by_shift)
        self.how.addButton(self.by_photo)
        self.by_shift.setChecked(True)
        self.thumb = QLabel()
        self.thumb.setFixedSize(QSize(THUMB, THUMB))
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_note = QLabel()
        self.photo_note.setWordWrap(True)
        grid.addWidget(self.by_shift, 0, 0)
        grid.addWidget(self.shift, 0, 1)
        grid.addWidget(self.by_photo, 1, 0)
        grid.addWidget(self.shows, 1, 1)
        grid.addWidget(self.thumb, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.photo_note, 2, 1)
        lay.addWidget(box)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        lay.addWidget(self.problem)

        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels([self.tr("Photo"), self.tr("Camera's time"), self.tr("Corrected time")])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        _fit_rows(self.preview, PREVIEW_PHOTOS)
        lay.addWidget(self.preview, 1)

        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.remove_button: QPushButton = buttons.addButton(self.tr("Remove correction"),
                                                            QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.remove_button.clicked.connect(self.remove)
        lay.addWidget(buttons)

        for signal in (self.shift.textChanged, self.shows.textChanged, self.by_shift.toggled):
            signal.connect(self._update_preview)
        self.shift.textEdited.connect(lambda _t: self.by_shift.setChecked(True))
        self.shows.textEdited.connect(lambda _t: self.by_photo.setChecked(True))
        self._cameras: list[Camera] = []
        self._sample: list[Photo] = []
        # The reference photo's thumbnail may still be on its way from the thumbnail threads.
        session.model.dataChanged.connect(self._thumb_changed)
        self._model = session.model
        self._fill()
        self._show_reference()
        start = Camera.of(self.reference) if self.reference is not None else None
        self.select_camera(start if start in self._cameras else (self._cameras[0] if self._cameras else None))

    # -- the cameras --------------------------------------------------------------------------

    def _fill(self) -> None:
        chosen = self.camera()
        counts = cameras(self.session.store)
        fixes = clock_corrections(self.session.store)
        self._cameras = list(counts)
        self.table.blockSignals(True)
        self.table.setRowCount(len(counts))
        for row, (camera, count) in enumerate(counts.items()):
            fix = fixes.get(camera)
            cells = [camera.name or self.tr("(no camera name)"), camera.serial, str(count),
                     format_shift(fix.offset) if fix else self.tr("none")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        _fit_rows(self.table, min(max(len(counts), 1), VISIBLE_CAMERAS))
        if chosen is not None:
            self.select_camera(chosen)

    def camera(self) -> Camera | None:
        """The camera chosen in the list."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self._cameras[min(rows)] if rows else None

    def select_camera(self, camera: Camera | None) -> None:
        if camera is not None and camera in self._cameras:
            self.table.selectRow(self._cameras.index(camera))
        self._camera_chosen()

    def _camera_chosen(self) -> None:
        camera = self.camera()
        fix = clock_corrections(self.session.store).get(camera) if camera is not None else None
        self.shift.setText(format_shift(fix.offset) if fix is not None else "")
        self.by_shift.setChecked(True)
        self.remove_button.setEnabled(fix is not None)
        # Chosen once a camera: every keystroke then works out the times of these few photos only.
        self._sample = preview_sample(photos_of(self.session.model.photos(), camera), self.zone) \
            if camera is not None else []
        self._show_reference()
        self._update_preview()

    def _show_reference(self) -> None:
        """The selected photo as the reference, when the chosen camera took it."""
        photo, camera = self.reference, self.camera()
        usable = photo is not None and camera is not None and Camera.of(photo) == camera
        self.by_photo.setEnabled(usable)
        self.shows.setEnabled(usable)
        if photo is None:
            self.thumb.clear()
            self.photo_note.setText(self.tr("Select a photo of a clock or phone screen in the grid before opening "
                                            "this window to use it here."))
            return
        self._show_thumb()
        if usable:
            taken = camera_time(photo, self.zone)
            self.photo_note.setText(self.tr("{name}: the camera says {time}.").format(
                name=photo.file_name, time=_shown(taken) if taken is not None else "-"))
        else:
            self.photo_note.setText(self.tr("{name} was taken with another camera.").format(name=photo.file_name))

    def _show_thumb(self) -> None:
        row = self.session.model.row_of(self.reference.id) if self.reference is not None else None
        if row is None:
            return
        picture = self.session.model.data(self.session.model.index(row, 0), Qt.ItemDataRole.DecorationRole)
        if isinstance(picture, QPixmap) and not picture.isNull():
            self.thumb.setPixmap(picture.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))

    def _thumb_changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        row = self.session.model.row_of(self.reference.id) if self.reference is not None else None
        if row is not None and first.row() <= row <= last.row() and self.thumb.pixmap().isNull():
            self._show_thumb()

    # -- the correction ------------------------------------------------------------------------

    def correction(self) -> ClockCorrection:
        """What the fields say, for the chosen camera; a typed error when they say nothing usable."""
        camera = self.camera()
        assert camera is not None
        if self.by_photo.isChecked() and self.reference is not None:
            shows = self.shows.text().strip()
            return ClockCorrection(camera, offset_from_reference(self.reference, shows), self.reference.id, shows)
        return ClockCorrection(camera, parse_shift(self.shift.text()))

    def _update_preview(self) -> None:
        camera = self.camera()
        self.problem.clear()
        ok = False
        rows: list[tuple[str, datetime, datetime]] = []
        if camera is not None:
            photos = self._sample
            seconds = 0
            text = (self.shows if self.by_photo.isChecked() else self.shift).text().strip()
            if text:
                try:
                    seconds = self.correction().offset
                    ok = True
                except PhotowalkError as exc:
                    self.problem.setText(error_text(exc))
            names = {p.id: p.file_name for p in photos}
            rows = [(names[t.photo_id], t.camera, t.corrected) for t in preview_shift(photos, seconds, self.zone)]
        self.apply_button.setEnabled(ok)
        self.preview.setRowCount(len(rows))
        for row, (name, before, after) in enumerate(rows):
            for col, text in enumerate((name, _shown(before), _shown(after))):
                self.preview.setItem(row, col, QTableWidgetItem(text))

    def done(self, result: int) -> None:
        """Closed: the model outlives this dialog (deleted on close), so it stops calling it first; nor do
        the dialog's own lists call back into it while they are taken down."""
        self.table.blockSignals(True)
        self.preview.blockSignals(True)
        try:
            self._model.dataChanged.disconnect(self._thumb_changed)
        except (RuntimeError, TypeError):
            pass  # closed twice
        super().done(result)

    def apply(self) -> None:
        """The chosen camera's photos take the correction: one undo step."""
        camera = self.camera()
        if camera is None:
            return
        try:
            fix = self.correction()
        except PhotowalkError as exc:
            self.problem.setText(error_text(exc))
            return
        label = camera.label or self.tr("(no camera name)")
        text = self.tr("Correct the clock of {camera} by {shift}").format(camera=label, shift=format_shift(fix.offset))
        self.session.push(ClockEdit(self.session, camera, fix if fix.offset else None, text))
        self._fill()

    def remove(self) -> None:
        """The chosen camera's photos read the camera's own times again: one undo step."""
        camera = self.camera()
        if camera is None:
            return
        label = camera.label or self.tr("(no camera name)")
        self.session.push(ClockEdit(self.session, camera, None,
                                    self.tr("Remove the clock correction of {camera}").format(camera=label)))
        self._fill()


def _shown(moment: datetime) -> str:
    """A time as the preview shows it: the date, the time to the second and its offset from UTC."""
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def _fit_rows(table: QTableWidget, rows: int) -> None:
    """Make a table exactly tall enough for this many rows and its header."""
    row = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row + 2 * table.frameWidth())
