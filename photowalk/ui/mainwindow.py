"""The main window: widgets, menus, actions, layout and dialogs; it shows what the project controller says."""

from __future__ import annotations

import html
import logging
import os
import time
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QObject,
    QSize,
    QStandardPaths,
    QStorageInfo,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmapCache,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from photowalk import APP_URL, __version__, updates
from photowalk.culling import keep_sharpest, set_culled
from photowalk.errors import PhotowalkError
from photowalk.filenames import safe_file_name
from photowalk.filesystems import camera_card_folder
from photowalk.importreport import ImportReport
from photowalk.project import PROJECT_SUFFIX
from photowalk.projectplace import suggested_folder, suggested_name
from photowalk.projectsettings import read_settings, update_settings
from photowalk.thumbnails import ThumbnailCache
from photowalk.tiles import tile_source
from photowalk.ui.checkpanel import ChecksPanel, PageTextPanel
from photowalk.ui.clockdialog import ClockDialog
from photowalk.ui.commands import CULLED, FieldEdit
from photowalk.ui.editor import EditorPanel
from photowalk.ui.errors import error_text, show_error
from photowalk.ui.followuppanel import EventReportDialog, FollowupDialog, on_opened
from photowalk.ui.geotagdialog import GeotagDialog
from photowalk.ui.grid import CELL_PICTURE, PhotoGrid
from photowalk.ui.guide import GuideDialog
from photowalk.ui.i18n import Translators, reason_text
from photowalk.ui.importflow import ImportBar
from photowalk.ui.jobs import ImportJob, WorkerGone
from photowalk.ui.noticebar import NoticeBar
from photowalk.ui.panels import UploadFlow
from photowalk.ui.participants import ParticipantFlow
from photowalk.ui.photomodel import FILTERS, SORT_KEYS, filter_names, sort_names
from photowalk.ui.presetdialog import PresetFlow
from photowalk.ui.projectcontroller import ProjectController
from photowalk.ui.resources import icon_path, presets_dir
from photowalk.ui.session import ProjectSession
from photowalk.ui.settings import Settings
from photowalk.ui.stalls import StallLog
from photowalk.ui.startpage import StartPage
from photowalk.ui.thumbloader import ThumbLoader
from photowalk.ui.uploadview import UploadView
from photowalk.ui.usedialog import open_use_dialog
from photowalk.ui.viewer import PhotoViewer
from photowalk.ui.workers import Worker
from photowalk.updates import check_due
from photowalk.upload.articles import ChooseOnePhoto
from photowalk.version import build_name

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1200, 780)  # made smaller where the screen's free area is smaller
TITLE_BAR_ALLOWANCE = 32
SEARCH_ROOM = 56  # pixels of the search field besides its hint: frame, margins, the clear button
SEARCH_MAX_WIDTH = 480  # pixels a window manager's title bar may take above the window
STALL_LOG_VARIABLE = "PHOTOWALK_STALL_LOG"  # a file: every GUI-thread gap over 16 ms is appended to it


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


class _WindowShortcuts(QObject):
    """Lets the window's own shortcuts win over text fields that claim the same keys.

    On Linux a QLineEdit takes Ctrl+U (delete to the line start) and similar keys before any
    shortcut; Ctrl+U must upload and Ctrl+I import wherever the focus is. The filter sits on the
    focused widget only (key events go there): a filter on the whole application would run Python
    for every event, each waiting for the interpreter while an upload or import thread holds it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._watched: QWidget | None = None
        self._attached = True
        _application().focusChanged.connect(self.follow_focus)

    def detach(self) -> None:
        """The window closes: stop following the focus."""
        if self._attached:
            self._attached = False
            _application().focusChanged.disconnect(self.follow_focus)
            self.follow_focus(None, None)

    def follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = new if new is not None and new.window() is self.window else None
        if self._watched is not None:
            self._watched.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            seq = QKeySequence(event.keyCombination())
            if any(a.isEnabled() and a.shortcut() == seq for a in self.window.global_actions()):
                if isinstance(obj, QWidget) and obj.window() is self.window:
                    return True  # not accepted by the field: the shortcut fires
        return False


class MainWindow(QMainWindow):
    """The start page, or a project: the grid on the left, describing and checking on the right."""

    settings_changed = Signal()  # the app's settings were changed in the Settings dialog

    def __init__(self, settings: Settings, translators: Translators | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translators = translators or Translators()
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(icon_path("photowalk.svg"))))
        self.setObjectName("MainWindow")

        dpr = self.devicePixelRatioF() or 1.0
        self.thumbs = ThumbLoader(
            ThumbnailCache(), int(CELL_PICTURE * dpr), memory_mb=settings.get("thumbnail_memory_mb"), parent=self
        )
        self.controller = ProjectController(settings, self.thumbs, self)
        self.undo_group = QUndoGroup(self)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.new_project)
        self.start_page.open_requested.connect(self.open_project_dialog)
        self.start_page.preset_requested.connect(self.new_project_from_preset)
        self.start_page.recent_chosen.connect(lambda p: self.open_project(Path(p)))
        self.start_page.forget_requested.connect(self.forget_recent)
        self.pages.addWidget(self.start_page)

        self.project_page = QSplitter(Qt.Orientation.Horizontal)
        self.project_page.setObjectName("ProjectSplitter")
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.grid_stack = QStackedWidget()
        self.grid = PhotoGrid()
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(mid); font-size: 15pt;")
        self.grid_stack.addWidget(self.grid)
        self.grid_stack.addWidget(self.empty_hint)
        self.notice_bar = NoticeBar()
        self.notice_bar.reopen_clicked.connect(self.reopen_project)
        left_lay.addWidget(self.notice_bar)
        left_lay.addWidget(self.grid_stack)
        self.side = QTabWidget()
        self.side.setObjectName("SideTabs")
        self.side.setMinimumWidth(340)
        self.grid.doubleClicked.connect(lambda index: self.open_viewer(self.session.proxy.id_at(index.row()))
                                        if self.session is not None else None)
        self.viewer: PhotoViewer | None = None
        self.project_page.addWidget(left)
        self.project_page.addWidget(self.side)
        self.project_page.setStretchFactor(0, 3)
        self.project_page.setStretchFactor(1, 2)
        self.pages.addWidget(self.project_page)

        # The side panels and the upload view: made here, once, and wired to the controller.
        self.editor = EditorPanel()
        self.editor.use_wanted.connect(self.use_photo)
        self.checks = ChecksPanel()
        self.page_text = PageTextPanel()
        self.side_panels: list[EditorPanel | ChecksPanel | PageTextPanel] = [self.editor, self.checks, self.page_text]
        for panel in self.side_panels:
            self.side.addTab(panel, "")
        self.editor.set_wiki(settings.get("wiki"))
        self._set_map_source()
        self.checks.photo_chosen.connect(lambda pid: self.select_ids([pid]))
        self.checks.guide_requested.connect(self.show_guide)
        self.guide: GuideDialog | None = None
        self.upload_view = UploadView()
        self.pages.addWidget(self.upload_view)
        self.upload = UploadFlow(settings, self.controller, self.editor, self.upload_view, self)
        self.preset_flow = PresetFlow(self.controller, self.upload.api_url, self)
        self.upload_view.back_clicked.connect(self._upload_back)
        self.upload.interrupted.connect(self.notice_bar.show_waiting)
        self.notice_bar.continue_clicked.connect(self.continue_upload)
        # An upload started any way (Ctrl+U too) answers the notice of photos waiting.
        self.upload_view.running_changed.connect(lambda running: self.notice_bar.clear_waiting() if running else None)
        self.upload_view.photo_chosen.connect(self._rename)

        self.import_bar = ImportBar()
        self.import_bar.cancel_clicked.connect(self.cancel_import)
        self.statusBar().addPermanentWidget(self.import_bar)
        self.import_bar.hide()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.update_label = QLabel()  # "photowalk 0.2 is out": shown only after an allowed check found one
        self.update_label.setOpenExternalLinks(True)
        self.statusBar().addPermanentWidget(self.update_label)
        self.update_label.hide()
        self._update_worker: Worker | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)

        self.participants = ParticipantFlow(self)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._connect_controller()
        self._fitted = False
        self._restore_window()
        self.retranslate()
        self._show_start()
        self._shortcut_guard = _WindowShortcuts(self)
        stall_file = os.environ.get(STALL_LOG_VARIABLE)
        self.stall_log = StallLog(Path(stall_file), self.controller.activities, self) if stall_file else None

    # -- the controller's state, as the window's --------------------------------------------

    @property
    def session(self) -> ProjectSession | None:
        return self.controller.session

    @property
    def import_job(self) -> ImportJob | None:
        return self.controller.import_job

    @property
    def upload_running(self) -> bool:
        return self.controller.upload_running

    @upload_running.setter
    def upload_running(self, running: bool) -> None:
        self.controller.set_upload_running(running)

    def _connect_controller(self) -> None:
        c = self.controller
        c.opened.connect(self._project_opened)
        c.closing.connect(self._project_closing)
        c.closed.connect(self._show_start)
        c.error.connect(self._show_error)
        c.import_started.connect(self._import_started)
        c.import_cancelling.connect(self.import_bar.cancelling)
        c.import_finished.connect(self._import_finished)
        c.import_failed.connect(self._import_failed)
        c.import_refused.connect(self._import_refused)
        c.storage_failed.connect(self._storage_failed)
        c.safe_mode_problem.connect(self.notice_bar.show_problem)
        c.worker_crashed.connect(self._worker_crashed)
        c.project_settings_changed.connect(self._project_settings_changed)
        c.copy_saved.connect(self._copy_saved)
        self.settings_changed.connect(lambda: self.editor.set_wiki(self.upload.api_url()))
        self.settings_changed.connect(self._set_map_source)

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def global_actions(self) -> list[QAction]:
        """Actions whose shortcuts work even while typing in a field."""
        return [self.act_upload, self.act_import, self.act_open, self.act_new, self.act_help]

    # -- building ----------------------------------------------------------------------------

    def _action(self, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        a = QAction(self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _make_actions(self) -> None:
        self.act_new = self._action(self.new_project, QKeySequence.StandardKey.New)
        self.act_open = self._action(self.open_project_dialog, QKeySequence.StandardKey.Open)
        self.act_preset = self._action(self.new_project_from_preset)
        self.act_apply_preset = self._action(self.apply_event_preset)
        self.act_import = self._action(self.import_folder_dialog, "Ctrl+I")
        self.act_import_files = self._action(self.import_files_dialog, "Ctrl+Shift+I")
        self.act_convert_heic = self._action(self._set_convert_heic)
        self.act_convert_heic.setCheckable(True)
        self.act_close = self._action(self.close_project, QKeySequence.StandardKey.Close)
        self.act_save_copy = self._action(self.save_copy_dialog)
        self.act_settings = self._action(self.show_settings, QKeySequence.StandardKey.Preferences)
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self.undo_group.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_group.createRedoAction(self)
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        # The group names these in the language the window started in; they follow the language of the moment.
        self.undo_group.undoTextChanged.connect(self._undo_texts)
        self.undo_group.redoTextChanged.connect(self._undo_texts)
        self.act_select_all = self._action(self.select_all, QKeySequence.StandardKey.SelectAll)
        self.act_remove = self._action(self.remove_selected, QKeySequence.StandardKey.Delete)
        # Delete must not fire while typing in a text field of the editor.
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.grid.addAction(self.act_remove)
        self.removeAction(self.act_remove)
        # Space (look closer) and X (not for upload) work on the grid only: both are typed in the editor.
        self.act_view = self._action(self.open_viewer_on_current, "Space")
        self.act_cull = self._action(self.toggle_cull_selected, "X")
        for a in (self.act_view, self.act_cull):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.grid.addAction(a)
            self.removeAction(a)
        self.act_keep_sharpest = self._action(self.keep_sharpest)
        self.act_fix_clock = self._action(self.show_clock_dialog)
        self.act_geotag = self._action(lambda: self.show_geotag_dialog(phone_only=False))
        self.act_place_phone = self._action(lambda: self.show_geotag_dialog(phone_only=True))
        self.act_upload = self._action(self.show_upload, "Ctrl+U")
        self.act_followup = self._action(self.show_followup)
        self.act_event_report = self._action(self.show_event_report)
        self.act_login = self._action(self.show_login)
        self.act_use_photo = self._action(lambda: self.use_photo())
        self.act_help = self._action(self.show_help, QKeySequence.StandardKey.HelpContents)
        self.act_guide = self._action(lambda: self.show_guide())
        self.act_about = self._action(self.show_about)
        self.act_sort: dict[str, QAction] = {}
        for key in SORT_KEYS:
            a = self._action(lambda _c=False, k=key: self.set_sort(k))
            a.setCheckable(True)
            self.act_sort[key] = a
        self.act_filter: dict[str, QAction] = {}
        for key in FILTERS:
            a = self._action(lambda _c=False, k=key: self.set_filter(k))
            a.setCheckable(True)
            self.act_filter[key] = a

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        for a in (self.act_new, self.act_open, self.act_preset):
            self.menu_file.addAction(a)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_import)
        self.menu_file.addAction(self.act_import_files)
        self.menu_file.addAction(self.act_convert_heic)
        self.menu_file.addAction(self.act_apply_preset)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_save_copy)
        self.menu_file.addAction(self.act_event_report)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addAction(self.act_close)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.participants.act_switch)
        self.menu_file.addAction(self.participants.act_end)
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for a in (self.act_undo, self.act_redo):
            self.menu_edit.addAction(a)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_select_all)
        self.menu_edit.addAction(self.act_remove)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_cull)
        self.menu_edit.addAction(self.act_keep_sharpest)
        self.menu_edit.addSeparator()
        for a in (self.act_fix_clock, self.act_geotag, self.act_place_phone):
            self.menu_edit.addAction(a)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_view)
        self.menu_view.addSeparator()
        for a in self.act_sort.values():
            self.menu_view.addAction(a)
        self.menu_view.addSeparator()
        for a in self.act_filter.values():
            self.menu_view.addAction(a)
        self.menu_upload = bar.addMenu("")
        self.menu_upload.addAction(self.act_login)
        self.menu_upload.addAction(self.participants.act_logout)
        self.menu_upload.addAction(self.participants.act_forget)
        self.menu_upload.addAction(self.act_upload)
        self.menu_upload.addAction(self.act_use_photo)
        self.menu_upload.addAction(self.act_followup)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_help)
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addAction(self.act_about)

    def _make_toolbar(self) -> None:
        tb = QToolBar()
        tb.setObjectName("MainToolBar")
        tb.setMovable(False)
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addAction(self.act_import)
        tb.addSeparator()
        self.sort_box = QComboBox()
        self.sort_box.activated.connect(lambda i: self.set_sort(SORT_KEYS[i]))
        self.filter_box = QComboBox()
        self.filter_box.activated.connect(lambda i: self.set_filter(FILTERS[i]))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        tb.addWidget(self.sort_box)
        tb.addWidget(self.filter_box)
        tb.addWidget(self.search)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addAction(self.act_upload)
        self.toolbar = tb
        self.addToolBar(tb)

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        for action in self._own_actions():
            if not action.shortcut().isEmpty():
                action.setToolTip("")  # made again from the text of the new language, below
        self.act_new.setText(self.tr("&New project…"))
        self.act_open.setText(self.tr("&Open project…"))
        self.act_preset.setText(self.tr("New project from an event &preset…"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.act_import.setText(self.tr("&Import folder…"))
        self.act_import.setToolTip(self.tr("Import the photos of a folder, e.g. a camera card (Ctrl+I)"))
        self.act_import_files.setText(self.tr("Import &files…"))
        self.act_convert_heic.setText(self.tr("Import HEIC photos as &JPEG"))
        self.act_convert_heic.setToolTip(self.tr(
            "Phone photos in HEIC are imported as JPEG copies with all their data, in a JPEG folder beside the "
            "project; the originals stay as they are"))
        self.act_apply_preset.setText(self.tr("Apply event pre&set…"))
        self.act_apply_preset.setToolTip(
            self.tr("Fill what is still empty in this project from an event preset, and new photos from it later")
        )
        self.act_close.setText(self.tr("&Close project"))
        self.act_save_copy.setText(self.tr("Save a &copy…"))
        self.act_save_copy.setToolTip(self.tr("Write the whole project to another file, e.g. to send it or keep a backup"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_quit.setText(self.tr("&Quit"))
        self._undo_texts()
        self.act_select_all.setText(self.tr("Select &all"))
        self.act_remove.setText(self.tr("&Remove from project…"))
        self.act_view.setText(self.tr("&Look closer"))
        self.act_view.setToolTip(self.tr("Show the photo large, with its problems and camera data"))
        self.act_cull.setText(self.tr("&Not for upload"))
        self.act_cull.setToolTip(self.tr("Mark the selected photos not for upload, or for upload again"))
        self.act_keep_sharpest.setText(self.tr("&Keep the sharpest of each burst"))
        self.act_keep_sharpest.setToolTip(self.tr(
            "In each group of near-duplicate photos taken seconds apart (of the selection, or of all photos), "
            "mark all but the sharpest not for upload"))
        self.act_fix_clock.setText(self.tr("Fix camera &clock…"))
        self.act_fix_clock.setToolTip(self.tr("Correct the times of all photos of a camera whose clock was wrong"))
        self.act_geotag.setText(self.tr("&Geotag from GPX track…"))
        self.act_geotag.setToolTip(self.tr("Give photos without a position one from a phone's GPS track of the walk"))
        self.act_place_phone.setText(self.tr("Place from &phone photos…"))
        self.act_place_phone.setToolTip(self.tr("Give photos without a position the one of phone photos taken at "
                                                "nearly the same time"))
        self.act_upload.setText(self.tr("&Upload…"))
        self.act_upload.setToolTip(self.tr("Upload the photos that are ready (Ctrl+U)"))
        self.act_login.setText(self.tr("&Log in…"))
        self.act_use_photo.setText(self.tr("Use this &photo in articles…"))
        self.act_use_photo.setToolTip(self.tr(
            "The wikitext to put the selected uploaded photo into an article, and articles that could use it"))
        self.participants.retranslate()
        self.act_followup.setText(self.tr("&Check uploaded photos…"))
        self.act_followup.setToolTip(self.tr(
            "Ask the wiki what became of the uploaded photos: deletion requests, problem tags, where they are used"))
        self.act_event_report.setText(self.tr("&Event report…"))
        self.act_event_report.setToolTip(self.tr(
            "Per participant: photos uploaded, bytes, captions, depicts, deleted, used; for Meta, as CSV, as a gallery"))
        self.act_help.setText(self.tr("&Help"))
        self.act_guide.setText(self.tr("&First steps with Commons…"))
        self.act_guide.setToolTip(self.tr("What Commons accepts: own work, licences, buildings and statues, people"))
        self.act_about.setText(self.tr("&About photowalk"))
        # No mnemonics on the menu titles: Alt+letter types Tajik letters in the editor.
        self.menu_file.setTitle(self.tr("Project"))
        self.menu_edit.setTitle(self.tr("Edit"))
        self.menu_view.setTitle(self.tr("View"))
        self.menu_upload.setTitle(self.tr("Upload"))
        self.menu_help.setTitle(self.tr("Help"))
        names = sort_names()
        for key, a in self.act_sort.items():
            a.setText(names[key])
        fnames = filter_names()
        for key, a in self.act_filter.items():
            a.setText(fnames[key])
        self.sort_box.clear()
        self.sort_box.addItems([names[k] for k in SORT_KEYS])
        self.filter_box.clear()
        self.filter_box.addItems([fnames[k] for k in FILTERS])
        hint = self.tr("Search titles, descriptions, categories")
        self.search.setPlaceholderText(hint)
        # The whole hint in every language (Tajik and Russian ones are longer), beside the clear button.
        wide = self.search.fontMetrics().horizontalAdvance(hint) + SEARCH_ROOM
        self.search.setMinimumWidth(min(wide, SEARCH_MAX_WIDTH))
        self.search.setMaximumWidth(min(max(wide, 240), SEARCH_MAX_WIDTH))
        self.empty_hint.setText(
            self.tr("No photos yet.\nDrop a camera folder here, or press Import folder (Ctrl+I).")
        )
        self._retranslate_tabs()
        self._sync_view_controls()
        self.update_title()
        self._update_count()
        self._show_shortcuts()

    def _undo_texts(self, *_changed: str) -> None:
        """Undo and Redo, with what they would undo or redo, in the interface language."""
        for action, text, what in ((self.act_undo, self.tr("&Undo"), self.undo_group.undoText()),
                                   (self.act_redo, self.tr("&Redo"), self.undo_group.redoText())):
            action.setText(f"{text}: {what}" if what else text)

    def _own_actions(self) -> list[QAction]:
        """The window's actions (the panels keep their own, with their own tooltips)."""
        return [a for a in self.findChildren(QAction) if a.parent() is self]

    def _show_shortcuts(self) -> None:
        """Every action's tooltip (a toolbar button's, a menu's) names its keyboard shortcut."""
        for action in self._own_actions():
            keys = action.shortcut()
            if keys.isEmpty():
                continue
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            tip = action.toolTip()
            if shown not in tip:
                action.setToolTip(f"{tip} ({shown})")

    def _retranslate_tabs(self) -> None:
        for panel in self.side_panels:
            self.side.setTabText(self.side.indexOf(panel), panel.tab_title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> str:
        """Switch the interface language now (every widget re-reads its texts)."""
        return self.translators.install(language)

    # -- project lifecycle -------------------------------------------------------------------

    def _show_start(self) -> None:
        self.start_page.set_recent(self.participants.participants.recent())
        self.pages.setCurrentWidget(self.start_page)
        self.toolbar.setVisible(False)
        self._enable_project_actions(False)
        self.update_title()
        self._update_count()

    def _enable_project_actions(self, on: bool) -> None:
        for a in (self.act_import, self.act_import_files, self.act_convert_heic, self.act_apply_preset, self.act_close,
                  self.act_save_copy, self.act_select_all, self.act_remove, self.act_upload, self.act_view,
                  self.act_cull, self.act_keep_sharpest, self.act_fix_clock, self.act_geotag, self.act_place_phone,
                  self.act_followup, self.act_event_report,
                  *self.act_sort.values(),
                  *self.act_filter.values()):
            a.setEnabled(on)

    def open_project(self, path: Path, *, create: bool = False) -> bool:
        """Open (or create) a project file and show its photos; errors are shown, not raised."""
        if not self.close_project():
            return False
        if not create and not self.participants.may_open(path):
            return False
        if self.controller.open(path, create=create) is None:
            self.start_page.set_recent(self.participants.participants.recent())
            return False
        self.grid.setFocus()
        return True

    def _project_opened(self, session: ProjectSession) -> None:
        """Show the project the controller opened: the grid, the panels, what it says about its storage."""
        self.grid.setModel(session.proxy)
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        # An import batch inserts its photos one row at a time: count once after the batch.
        session.proxy.rowsInserted.connect(self._count_timer.start)
        session.proxy.rowsRemoved.connect(self._count_timer.start)
        session.proxy.modelReset.connect(self._update_count)
        session.proxy.layoutChanged.connect(self._update_count)
        # A photo marked or unmarked not for upload (here, by undo, or elsewhere) changes the count.
        session.photos_changed.connect(lambda *_changed: self._count_timer.start())
        self.undo_group.addStack(session.undo)
        self.undo_group.setActiveStack(session.undo)
        self.pages.setCurrentWidget(self.project_page)
        self.toolbar.setVisible(True)
        self._enable_project_actions(True)
        self._sync_view_controls()
        self.update_title()
        self._update_count()
        for panel in self.side_panels:
            panel.setEnabled(True)
            panel.set_session(session)
        self._show_safe_mode(session)
        self._show_convert_heic()
        # What became of the uploaded files: asked in the worker, quietly when the wiki is out of reach.
        on_opened(session, lambda text: self.statusBar().showMessage(text, 30000))

    def _show_convert_heic(self) -> None:
        session = self.session
        self.act_convert_heic.setChecked(session is not None and read_settings(session.store).convert_heic)

    def _set_convert_heic(self, checked: bool) -> None:
        """Import HEIC photos as JPEG copies (beside the project), or as they are: a setting of the project."""
        if self.session is not None and self.session.failure is None:
            update_settings(self.session.store, convert_heic=bool(checked))

    def _set_map_source(self) -> None:
        self.editor.map_section.set_source(
            tile_source(self.settings.get("map_tile_url"), self.settings.get("map_attribution")))

    def _project_closing(self, session: ProjectSession) -> None:
        """The panels let go of the project (the editor saves what was typed) before it closes."""
        self.import_bar.hide()
        self._close_viewer()
        for panel in self.side_panels:
            panel.set_session(None)
        self.grid.setModel(None)
        self.undo_group.removeStack(session.undo)
        self.notice_bar.clear()

    def _worker_crashed(self, exc: PhotowalkError) -> None:
        """The worker process died: said once (it was started again, or could not be)."""
        self.statusBar().showMessage(error_text(exc), 30_000)
        if isinstance(exc, WorkerGone):
            show_error(self, exc)
        if not self.controller.importing:
            self.import_bar.hide()

    def _storage_failed(self, exc: PhotowalkError) -> None:
        """The project can no longer be saved: stop every way of changing it and say how to recover."""
        if self.upload_view.controller.running:
            self.upload_view.stop_and_wait()
        for a in (self.act_import, self.act_import_files, self.act_remove, self.act_upload, self.act_save_copy):
            a.setEnabled(False)
        for panel in self.side_panels:
            panel.setEnabled(False)
        self.notice_bar.show_failure(exc)
        show_error(self, exc)

    def _show_safe_mode(self, session: ProjectSession) -> None:
        store = session.store
        if not store.safe_mode:
            return
        self.notice_bar.show_info(self.tr(
            "This project is on a memory stick or a network folder. photowalk works on a copy on this computer "
            "and saves it there every few seconds and when you close the project; other programs cannot open "
            "it meanwhile."))
        recovered = store.safe_mode_recovered()
        if recovered is not None and recovered.conflict_copy is not None:
            QMessageBox.information(self, self.tr("Changes from an earlier session"), self.tr(
                "photowalk was stopped before it could save some changes to this project, and the project was "
                "changed elsewhere since. Nothing was overwritten: those changes are in {copy}."
            ).format(copy=str(recovered.conflict_copy)))
        elif recovered is not None and recovered.saved_changes:
            saved = recovered.saved_changes
            self.statusBar().showMessage(
                self.tr("%n change(s) left from an earlier session were saved to the project.", "", saved), 15000)

    def reopen_project(self) -> None:
        """Close the project and open it again (after a storage failure: the last good state)."""
        if self.session is None:
            return
        path = self.session.path
        if self.close_project():
            self.open_project(path)

    def save_copy_dialog(self) -> None:
        """Write a complete copy of the open project to a file the volunteer chooses."""
        if self.session is None:
            return
        session = self.session
        start = str(session.path.with_name(safe_file_name(session.path.stem + self.tr(" (copy)"), PROJECT_SUFFIX)))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the project"), start,
                                              self.tr("photowalk projects (*.photowalk)"))
        if not name:
            return
        target = Path(name) if name.endswith(PROJECT_SUFFIX) else Path(name + PROJECT_SUFFIX)
        self.save_copy(target)

    def save_copy(self, target: Path) -> None:
        """Copy the open project to `target` on a worker thread (SQLite's backup: consistent, complete)."""
        self.controller.save_copy(target)

    def _copy_saved(self, target: Path) -> None:
        self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=str(target)), 15000)

    def close_project(self) -> bool:
        """Close the open project (after asking, if an upload is running); True when closed."""
        if self.session is None:
            return True
        if self.upload_running and not self._confirm_stop_upload():
            return False
        self.controller.close()
        return True

    def new_project(self) -> None:
        """Ask where to save a new project, create it, then ask for the photos."""
        path = self._ask_new_project_path()
        if path and self.open_project(path, create=True):
            self.import_folder_dialog()

    def _ask_new_project_path(self, event: str | None = None) -> Path | None:
        """Where to save a new project: in the volunteer's own folders, named after the event or today."""
        start = suggested_folder(self._project_folders(), [Path(self.settings.get("last_folder"))], Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            str(start / suggested_name(event, date.today())),
            self.tr("photowalk projects (*.photowalk)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        self.settings.set("last_project_folder", str(path.parent))
        return path

    def _project_folders(self) -> list[Path]:
        """Where projects go, best first: the folder used for projects before, Pictures, Documents."""
        kept = self.settings.get("last_project_folder")
        standard = [QStandardPaths.writableLocation(where) for where in (
            QStandardPaths.StandardLocation.PicturesLocation, QStandardPaths.StandardLocation.DocumentsLocation)]
        return [Path(p) for p in (kept, *standard) if p]

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        recent = self.settings.get("recent")
        for p in recent:
            a = self.menu_recent.addAction(Path(p).name)
            a.setToolTip(p)
            a.setEnabled(Path(p).exists())
            a.triggered.connect(lambda _c=False, path=p: self.open_project(Path(path)))
        if self.menu_recent.isEmpty():
            self.menu_recent.addAction(self.tr("No recent projects")).setEnabled(False)
        missing = [p for p in recent if not Path(p).exists()]
        if missing:
            self.menu_recent.addSeparator()
            forget = self.menu_recent.addAction(self.tr("Remove %n missing project(s) from the list", "", len(missing)))
            forget.triggered.connect(lambda _c=False: self.forget_recent(missing))

    def forget_recent(self, paths: list[str]) -> None:
        """Take projects off the recent list (their files are left alone)."""
        for p in paths:
            self.settings.remove_recent(p)
        self.participants.participants.forget_projects(paths)
        self.start_page.set_recent(self.participants.participants.recent())

    def open_project_dialog(self) -> None:
        start = self.settings.get("last_project_folder") or self.settings.get("last_folder") or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), start, self.tr("photowalk projects (*.photowalk)")
        )
        if name:
            self.settings.set("last_project_folder", str(Path(name).parent))
            self.open_project(Path(name))

    def _choose_preset(self) -> str | None:
        current = read_settings(self.session.store).preset_file if self.session is not None else None
        if current and Path(current).parent.is_dir():
            start = str(Path(current).parent)
        else:
            start = str(presets_dir()) if presets_dir().is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an event preset"), start, self.tr("Event presets (*.toml)"))
        return str(Path(name).absolute()) if name else None

    def _project_settings_changed(self) -> None:
        """A preset or another program changed the project's settings: the panels show them."""
        self._show_convert_heic()
        self.editor.project_settings_changed()
        self.page_text.project_settings_changed()

    def new_project_from_preset(self) -> None:
        """Pick an event preset, create a project that follows it, then ask for the photos."""
        name = self._choose_preset()
        if not name:
            return
        preset = self.controller.load_preset(name)
        if preset is None:
            return
        path = self._ask_new_project_path(preset.name)
        if not path or not self.open_project(path, create=True):
            return
        self.controller.follow_preset(preset, name)
        self.import_folder_dialog()

    def apply_event_preset(self) -> None:
        """Fill the open project from an event preset, after a preview of what it fills (photowalk.ui.presetdialog)."""
        if self.session is None:
            return
        name = self._choose_preset()
        if name:
            self.editor.commit_pending()
            self.preset_flow.start(Path(name))

    # -- import ------------------------------------------------------------------------------

    def import_start_folder(self) -> str:
        """Where the import dialog opens: a camera card's DCIM folder when one is in, else the last folder."""
        volumes = [(v.rootPath(), bytes(v.fileSystemType().data()).decode(errors="replace"))
                   for v in QStorageInfo.mountedVolumes() if v.isValid() and v.isReady() and not v.isRoot()]
        card = camera_card_folder(volumes)
        if card is not None:
            return str(card)
        return self.settings.get("last_folder") or str(Path.home())

    def import_folder_dialog(self) -> None:
        if self.session is None:
            return
        start = self.import_start_folder()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import photos from a folder"), start)
        if folder:
            self.settings.set("last_folder", folder)
            self.import_sources([Path(folder)])

    def import_files_dialog(self) -> None:
        if self.session is None:
            return
        start = self.settings.get("last_folder") or str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import photos"), start)
        if names:
            self.settings.set("last_folder", str(Path(names[0]).parent))
            self.import_sources([Path(n) for n in names])

    def import_sources(self, sources: list[Path]) -> ImportJob | None:
        """Import folders or files into the open project (in the worker process)."""
        return self.controller.import_sources(sources)

    def open_for_import(self, project: Path | None, folder: Path | None) -> None:
        """`photowalk [PROJECT] --import [FOLDER]`: open the project (created if missing; asked for when not
        given) and import the folder (asked for when not given)."""
        if project is not None:
            if not self.open_project(project, create=not project.exists()):
                return
        elif folder is None:
            self.new_project()  # asks where to save it, then for the folder
            return
        if folder is None:
            self.import_folder_dialog()
        else:
            self.open_dropped([folder])  # without a project open, asks where to save a new one first

    def cancel_import(self) -> None:
        self.controller.cancel_import()

    def _import_started(self, job: ImportJob) -> None:
        job.progress.connect(self.import_bar.update_progress)
        self.import_bar.start()
        self.grid_stack.setCurrentWidget(self.grid)

    def _import_refused(self) -> None:
        # Said in the status bar: a second import is a click too many, not something to confirm.
        self.statusBar().showMessage(self.tr("An import is already running; wait for it or cancel it."), 8000)

    def _import_finished(self, report: ImportReport) -> None:
        self.import_bar.hide()
        if report.recorded or report.failed or report.unchanged or report.rejected:
            self.statusBar().showMessage(self.import_bar.summary(report), 15000)
        self._update_count()
        if report.failed:
            self._show_import_failures(report)

    def _show_import_failures(self, report: ImportReport) -> None:
        lines = [f"{p}: {reason_text(reason)}" for p, reason in report.failed]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import"))
        box.setText(self.tr("%n file(s) could not be read and were not imported.", "", len(report.failed)))
        box.setDetailedText("\n".join(lines))
        box.open()

    def _import_failed(self, exc: PhotowalkError) -> None:
        self.import_bar.hide()
        show_error(self, exc)

    # -- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        # Let the drag end in the file manager before any dialog opens.
        QTimer.singleShot(0, lambda: self.open_dropped(paths))

    def open_dropped(self, paths: list[Path]) -> None:
        """A project file opens; folders and photos are imported (into a new project if none is open)."""
        projects = [p for p in paths if p.suffix == PROJECT_SUFFIX and p.is_file()]
        if projects:
            self.open_project(projects[0])
            return
        if not paths:
            return
        if self.session is None:
            target = self._ask_new_project_path()
            if not target or not self.open_project(target, create=True):
                return
        self.import_sources(paths)

    # -- selection and view ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The ids of the selected photos, in grid order."""
        if self.session is None or self.grid.selectionModel() is None:
            return []
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.session.proxy.id_at(r) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select these photos in the grid and scroll to the first."""
        if self.session is None:
            return
        sel = QItemSelection()
        first = None
        for pid in ids:
            row = self.session.proxy.row_of(pid)
            if row is None:
                continue
            idx = self.session.proxy.index(row, 0)
            sel.select(idx, idx)
            first = first or idx
        sm = self.grid.selectionModel()
        sm.select(sel, sm.SelectionFlag.ClearAndSelect)
        if first is not None:
            sm.setCurrentIndex(first, sm.SelectionFlag.NoUpdate)
            self.grid.scrollTo(first)

    def select_all(self) -> None:
        self.grid.selectAll()

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        for panel in self.side_panels:
            panel.set_selection(ids)
        self._update_count()

    # -- looking closer and culling ---------------------------------------------------------

    def open_viewer_on_current(self) -> None:
        """The large viewer on the grid's current photo (Space)."""
        index = self.grid.currentIndex()
        if self.session is not None and index.isValid():
            self.open_viewer(self.session.proxy.id_at(index.row()))

    def open_viewer(self, photo_id: int) -> PhotoViewer | None:
        """Show one photo large; the viewer moves through the photos the grid shows, in its order."""
        session = self.session
        if session is None:
            return None
        if self.viewer is None:
            model = session.model
            self.viewer = PhotoViewer(session.proxy.ids(), model.photo, model.problems, session.store.resolve,
                                      self.thumbs.pixmap, self)
            # The grid (and with it the editor and the map) follows once the viewer closes: loading the
            # editor for every photo stepped through costs 20 ms a step on the GUI thread, behind a viewer
            # that covers the window anyway.
            self.viewer.finished.connect(lambda _result: self._follow_viewer())
            self.viewer.cull_requested.connect(lambda pid: self.toggle_cull([pid]))
            self.viewer.guide_requested.connect(self.show_guide)
            session.photos_changed.connect(lambda *_a: self._viewer_info())
            model.dataChanged.connect(lambda *_a: self._viewer_info())
        else:
            self.viewer.ids = session.proxy.ids()
        if photo_id not in self.viewer.ids:
            self.viewer.ids.append(photo_id)
        self.viewer.showMaximized()
        self.viewer.show_photo(photo_id)
        self.viewer.activateWindow()
        self.viewer.setFocus()
        return self.viewer

    def _follow_viewer(self) -> None:
        """Select the photo the viewer showed last (the grid, the editor and the map follow)."""
        if self.viewer is not None and self.session is not None and self.viewer.ids:
            current = self.viewer.current_id
            if self.selected_ids() != [current]:
                self.select_ids([current])

    def _viewer_info(self) -> None:
        if self.viewer is not None and self.viewer.isVisible():
            self.viewer.refresh_info()

    def _close_viewer(self) -> None:
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.cache.shutdown()
            self.viewer.deleteLater()
            self.viewer = None

    def toggle_cull_selected(self) -> None:
        """X: mark the selected photos not for upload; when all of them already are, for upload again."""
        self.toggle_cull(self.selected_ids())

    def toggle_cull(self, ids: list[int]) -> None:
        session = self.session
        if session is None or not ids:
            return
        photos = [p for p in (session.model.photo(i) for i in ids) if p is not None]
        culled = not all(p.culled for p in photos)
        text = (self.tr("Mark %n photo(s) not for upload", "", len(ids)) if culled
                else self.tr("Mark %n photo(s) for upload again", "", len(ids)))
        session.push(FieldEdit(session, CULLED, ids, culled, text))
        self._update_count()

    def keep_sharpest(self) -> None:
        """In each burst (of the selection, or of all photos) keep the sharpest photo and cull the others."""
        session = self.session
        if session is None:
            return
        selected = set(self.selected_ids())
        groups = [g for g in session.model.bursts() if not selected or selected & set(g)]
        photos = {pid: p for g in groups for pid in g if (p := session.model.photo(pid)) is not None}
        keep, cull = keep_sharpest(groups, photos)
        if not groups:
            self.statusBar().showMessage(self.tr("No bursts: no photos taken seconds apart look alike."), 8000)
            return
        text = self.tr("Keep the sharpest of %n burst(s)", "", len(groups))
        # One step: the sharpest ones for upload, the others not (each photo's own mark comes back on undo).
        both = [*keep, *cull]
        session.push(FieldEdit(session, CULLED, both, None, text,
                               apply=lambda store, _ids: (set_culled(store, keep, False), set_culled(store, cull, True))))
        self.statusBar().showMessage(
            self.tr("%n photo(s) marked not for upload; the sharpest of each burst is kept.", "", len(cull)), 8000)
        self._update_count()

    def show_clock_dialog(self) -> ClockDialog | None:
        """Fix camera clock…, with the selected photo as the reference photo of a clock."""
        if self.session is None:
            return None
        ids = self.selected_ids()
        dialog = ClockDialog(self.session, ids[0] if ids else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_geotag_dialog(self, *, phone_only: bool) -> GeotagDialog | None:
        """Geotag from GPX track… or Place from phone photos…; the run goes on in the worker."""
        if self.session is None:
            return None
        dialog = GeotagDialog(self.session, phone_only=phone_only, parent=self)
        dialog.open()
        return dialog

    def set_sort(self, key: str) -> None:
        self.settings.set("sort", key)
        if self.session is not None:
            self.session.model.set_sort(key)
            current = self.grid.currentIndex()
            if current.isValid():
                self.grid.scrollTo(current)
        self._sync_view_controls()

    def set_filter(self, key: str) -> None:
        self.settings.set("filter", key)
        if self.session is not None:
            self.session.proxy.set_mode(key)
            self._update_count()
        self._sync_view_controls()

    def _search_changed(self, text: str) -> None:
        if self.session is not None:
            self.session.proxy.set_text(text)
            self._update_count()

    def _sync_view_controls(self) -> None:
        sort, filt = self.settings.get("sort"), self.settings.get("filter")
        for key, a in self.act_sort.items():
            a.setChecked(key == sort)
        for key, a in self.act_filter.items():
            a.setChecked(key == filt)
        if sort in SORT_KEYS:
            self.sort_box.setCurrentIndex(SORT_KEYS.index(sort))
        if filt in FILTERS:
            self.filter_box.setCurrentIndex(FILTERS.index(filt))

    def _update_count(self, *_args: object) -> None:
        if self.session is None:
            self.count_label.setText("")
            return
        shown = self.session.proxy.rowCount()
        total = self.session.model.rowCount()
        selected = len(self.grid.selectionModel().selectedIndexes()) if self.grid.selectionModel() else 0
        text = self.tr("%n photo(s)", "", total)
        if shown != total:
            text = self.tr("{shown} of {total}").format(shown=shown, total=text)
        culled = self.session.model.culled_count()
        if culled:
            text += " · " + self.tr("%n not for upload", "", culled)
        if selected:
            text += " · " + self.tr("%n selected", "", selected)
        self.count_label.setText(text)
        importing = self.import_job is not None and self.import_job.running
        self.grid_stack.setCurrentWidget(self.grid if total or importing else self.empty_hint)

    def update_title(self) -> None:
        """The project and who is at the computer (the participant chosen on the start page)."""
        title = "photowalk" if self.session is None else f"{self.session.path.stem} — photowalk"
        who = self.participants.active_name()
        self.setWindowTitle(f"{title} — {who}" if who else title)
        if self.session is not None:
            self.setWindowFilePath(str(self.session.path))

    # -- removing ----------------------------------------------------------------------------

    def remove_selected(self) -> None:
        """Remove the selected photos from the project, after asking; the files are not touched."""
        ids = self.selected_ids()
        if self.session is None or not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from project"),
            self.tr("Remove %n photo(s) from the project? The files stay where they are.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.controller.remove(ids)

    # -- other windows -----------------------------------------------------------------------

    def show_settings(self) -> None:
        from photowalk.ui.settingsdialog import SettingsDialog

        project_wiki = self.upload.project_wiki()
        dlg = SettingsDialog(self.settings, self, project_wiki=project_wiki)
        if dlg.exec():
            if dlg.chosen_wiki and dlg.chosen_wiki != project_wiki:
                self.upload.set_project_wiki(dlg.chosen_wiki)
            self.set_language(self.settings.get("language"))
            QPixmapCache.setCacheLimit(self.settings.get("thumbnail_memory_mb") * 1024)
            self.settings_changed.emit()

    def show_followup(self) -> FollowupDialog | None:
        """The follow-up of the uploaded files, checked afresh as it opens."""
        if self.session is None:
            return None
        dialog = FollowupDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.check_now()
        return dialog

    def show_event_report(self) -> EventReportDialog | None:
        """The event report over this project (others can be added in the dialog)."""
        if self.session is None:
            return None
        dialog = EventReportDialog([self.session.path], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_upload(self) -> None:
        """The upload view, once typed text is saved and an account is known (asked for if none is)."""
        if not self.upload.ready():
            return
        self.pages.setCurrentWidget(self.upload_view)
        self.upload_view.refresh()

    def continue_upload(self) -> None:
        """Go on with an upload that stopped part way: the upload view, started as soon as it is planned."""
        self.show_upload()
        if self.pages.currentWidget() is self.upload_view:
            self.upload_view.controller.start()  # once it runs, the notice goes

    def show_login(self) -> None:
        self.upload.log_in()

    def use_photo(self, photo_id: int | None = None) -> None:
        """The "Use this photo" dialog for a photo on the wiki (the one selected when none is named)."""
        ids = [photo_id] if photo_id is not None else self.selected_ids()
        try:
            if self.session is None or len(ids) != 1:
                raise ChooseOnePhoto()
            open_use_dialog(self, self.session.store, ids[0])
        except PhotowalkError as exc:
            show_error(self, exc)

    def _upload_back(self) -> None:
        if self.session is not None:
            self.pages.setCurrentWidget(self.project_page)

    def _rename(self, pid: int) -> None:
        """A photo the wiki wants renamed: back to the grid, the photo selected, its title field focused."""
        self._upload_back()
        self.select_ids([pid])
        self.side.setCurrentWidget(self.editor)
        self.editor.title.setFocus()

    def show_help(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Help"),
            self.tr(
                "1. Import the photos of your walk: Project › Import folder (Ctrl+I), or drop the folder here.\n"
                "2. Select photos of the same place (Ctrl+click, Shift+click) and describe them together on the right: "
                "a title for each, a description, categories.\n"
                "3. The Problems tab lists what Commons would refuse; click a problem to see the photo.\n"
                "4. Log in with a bot password and press Upload (Ctrl+U).\n\n"
                "Everything is saved as you type. Alt+G, Alt+I, Alt+K, Alt+U, Alt+H and Alt+J type ғ ӣ қ ӯ ҳ ҷ."
            ),
        )

    def show_guide(self, page: str | None = None) -> GuideDialog:
        """The first-steps guide (at the page with this key), in the interface language; one at a time."""
        if self.guide is None:
            self.guide = GuideDialog(self.settings, page, parent=self)
            self.guide.finished.connect(self._guide_closed)
        else:
            self.guide.load(self.guide.language, page)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def _guide_closed(self) -> None:
        if self.guide is not None:
            self.guide.deleteLater()
            self.guide = None

    def show_first_run_guide(self) -> bool:
        """At the first start (the guide never finished nor skipped), open the guide; True when it opened."""
        if self.settings.get("guide_seen"):
            return False
        self.show_guide()
        return True

    def check_for_update(self, now: float | None = None) -> bool:
        """Ask the package index for a newer release on a pool thread, if the volunteer allowed it in
        Settings and a week has passed since the last answer; True when a check was started."""
        now = time.time() if now is None else now
        if not self.settings.get("update_check") or not check_due(self.settings.get("update_checked_at"), now):
            return False
        if self._update_worker is not None and not self._update_worker.done:
            return False
        self._update_worker = Worker(updates.check_for_update)
        self._update_worker.signals.finished.connect(lambda result: self._update_checked(result, now))
        self._update_worker.start()
        return True

    def _update_checked(self, result: updates.CheckResult, when: float) -> None:
        if not result.answered:
            return  # offline: asked again at the next start
        self.settings.set("update_checked_at", int(when))
        if result.release is not None:
            self.update_label.setText(self.tr('<a href="{url}">photowalk {version} is out</a>').format(
                url=html.escape(result.release.url, quote=True), version=html.escape(result.release.version)))
            self.update_label.show()

    def about_text(self) -> str:
        """The About box's text: the version and the build this copy came from."""
        return (self.tr("photowalk {version}\nFrom a camera card to finished files on Wikimedia Commons.\n"
                        "Made for the Tajik Wikimedians User Group.\n{url}").format(version=__version__, url=APP_URL)
                + "\n" + self.tr("Build: {build}").format(build=build_name()))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About photowalk"), self.about_text())

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    # -- closing -----------------------------------------------------------------------------

    def _confirm_stop_upload(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Upload running"),
            self.tr("An upload is running. Stop it? Photos already uploaded stay uploaded; the rest can be "
                    "uploaded later."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.upload_view.stop_and_wait()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.close_project():
            event.ignore()
            return
        self._save_window()
        self.thumbs.shutdown()
        self.editor.map.shutdown()
        # Let short workers (checks, missing files) end before Qt objects they report to go away.
        QThreadPool.globalInstance().waitForDone(3000)
        self._shortcut_guard.detach()
        if self.stall_log is not None:
            self.stall_log.close()
        event.accept()

    def _fit_screen(self) -> None:
        """The whole window on the screen's free area (a 1366 x 768 laptop's, less its panels): the status
        bar with the import's progress and Cancel is never below the screen's edge."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        free = screen.availableGeometry()
        # The window manager's frame is not part of the size asked for; until the window is shown it is
        # not known, and a title bar's height is kept free for it.
        frame_w = self.frameGeometry().width() - self.width()
        frame_h = self.frameGeometry().height() - self.height()
        if not self.isVisible() and frame_h <= 0:
            frame_h = TITLE_BAR_ALLOWANCE
        width = min(self.width(), free.width() - frame_w)
        height = min(self.height(), free.height() - frame_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), free.left()), free.right() - frame.width() + 1)
        y = min(max(frame.y(), free.top()), free.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            # Once shown, the frame's real size is known: fit again with it.
            self._fitted = True
            QTimer.singleShot(0, self._fit_screen)

    def _save_window(self) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.settings.set_window_state("splitter", self.project_page.saveState())
        self.settings.sync()

    def _restore_window(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        self._fit_screen()
        state = self.settings.window_state("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.window_state("splitter")
        if splitter is not None:
            self.project_page.restoreState(splitter)
        else:
            self.project_page.setSizes([760, 440])
