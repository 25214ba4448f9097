"""The Problems tab (what Commons would refuse, click to see the photo) and the page-text preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFontDatabase, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photowalk.errors import PhotowalkError
from photowalk.hints import GUIDE_PAGES
from photowalk.problems import Problem
from photowalk.projectsettings import read_settings
from photowalk.ui.i18n import core_text
from photowalk.ui.photomodel import ProblemsRole
from photowalk.ui.session import ProjectSession
from photowalk.wikitext import page_text

ModelIndex = QModelIndex | QPersistentModelIndex
PhotoIdRole = Qt.ItemDataRole.UserRole + 1
ProblemRole = Qt.ItemDataRole.UserRole + 2


def _dot(colour: str) -> QIcon:
    pm = QPixmap(14, 14)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 12, 12)
    p.end()
    return QIcon(pm)


class ProblemListModel(QAbstractListModel):
    """One row per problem: (photo, problem), errors first, in grid order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, Problem]] = []  # photo id, file name, problem
        self._icons: dict[bool, QIcon] = {}

    def set_rows(self, rows: list[tuple[int, str, Problem]]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: not r[2].is_error)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        pid, name, problem = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}: {core_text(problem.context, problem.template, problem.params)}"
        if role == Qt.ItemDataRole.DecorationRole:
            if problem.is_error not in self._icons:
                self._icons[problem.is_error] = _dot("#c62828" if problem.is_error else "#ef8f00")
            return self._icons[problem.is_error]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{name}: {core_text(problem.context, problem.template, problem.params)}"
            if problem.suggestion:
                tip += "\n" + self.tr("Suggested: %1").replace("%1", problem.suggestion)
            return tip
        if role == PhotoIdRole:
            return pid
        if role == ProblemRole:
            return problem
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for _, _, p in self._rows if p.is_error)
        return errors, len(self._rows) - errors


SCOPE_ALL = "all"
SCOPE_SELECTED = "selected"


class ChecksPanel(QWidget):
    """The problems of all photos or of the selected ones (a visible choice); walk them one by one.

    Choosing a problem selects its photo in the grid; that selection does not change which
    photos the list is about, so walking never shrinks the list under the volunteer.
    """

    photo_chosen = Signal(int)
    guide_requested = Signal(str)  # the key of the guide's page that says more about the chosen problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChecksPanel")
        self.session: ProjectSession | None = None
        self.ids: list[int] = []  # the photos selected in the grid by the volunteer
        self._choosing = False  # a selection this panel made by choosing a problem
        self._resume_row: int | None = None  # where walking goes on after the chosen problem was fixed
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope_all = QRadioButton()
        self.scope_selected = QRadioButton()
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.scope_all)
        self.scope_group.addButton(self.scope_selected)
        self.scope_all.setChecked(True)
        self.scope_group.buttonToggled.connect(self._scope_toggled)
        top.addWidget(self.scope_all)
        top.addWidget(self.scope_selected)
        top.addStretch(1)
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.act_previous = QAction(self)
        self.act_previous.setShortcut(QKeySequence("Shift+F8"))
        self.act_previous.triggered.connect(self.previous_problem)
        self.act_next = QAction(self)
        self.act_next.setShortcut(QKeySequence("F8"))
        self.act_next.triggered.connect(self.next_problem)
        for action in (self.act_previous, self.act_next):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.previous_button.setDefaultAction(self.act_previous)
        self.next_button.setDefaultAction(self.act_next)
        for button, arrow in ((self.previous_button, Qt.ArrowType.UpArrow), (self.next_button, Qt.ArrowType.DownArrow)):
            button.setArrowType(arrow)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        lay.addLayout(top)
        # The walking buttons beside the counts, so the scope's two choices have a row of their own:
        # in Tajik and Russian they fill it on a 1366-pixel screen.
        middle = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        middle.addWidget(self.summary, 1)
        middle.addWidget(self.previous_button)
        middle.addWidget(self.next_button)
        lay.addLayout(middle)
        self.model = ProblemListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        # One line per problem, elided; the tooltip and the box below have it all. With thousands of
        # problems, rows of one height are laid out at once, wrapped rows would each be measured.
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        lay.addWidget(self.view, 1)
        # The chosen problem in full, wrapped: what is wrong and what to do.
        self.detail = QLabel()
        self.detail.setObjectName("problem_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        # A hint the first-steps guide explains: a link to its page.
        self.read_more = QLabel()
        self.read_more.setObjectName("problem_read_more")
        self.read_more.setTextFormat(Qt.TextFormat.RichText)
        self.read_more.linkActivated.connect(self._read_more)
        self.read_more.hide()
        lay.addWidget(self.read_more)
        # Problems arrive in bursts (one per photo); one rebuild per burst.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self._stale = False
        self._errors_hidden = 0
        self.retranslate()

    @property
    def scope(self) -> str:
        """SCOPE_ALL or SCOPE_SELECTED: which photos the list is about."""
        return SCOPE_SELECTED if self.scope_selected.isChecked() else SCOPE_ALL

    def set_scope(self, scope: str) -> None:
        (self.scope_selected if scope == SCOPE_SELECTED else self.scope_all).setChecked(True)

    def _scope_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._resume_row = None
            self.refresh()

    def tab_title(self) -> str:
        errors, _warnings = self.model.counts()
        if self._stale:
            errors = self._errors_hidden
        if self.scope == SCOPE_SELECTED:
            return self.tr("Problems (%1, selected photos)").replace("%1", str(errors))
        return self.tr("Problems (%1)").replace("%1", str(errors)) if errors else self.tr("Problems")

    def set_session(self, session: ProjectSession | None) -> None:
        if self.session is not None:
            self.session.model.dataChanged.disconnect(self._data_changed)
            self.session.model.modelReset.disconnect(self._timer.start)
            self.session.model.rowsRemoved.disconnect(self._timer.start)
        self.session = session
        self.ids = []
        self._resume_row = None
        if session is not None:
            session.model.dataChanged.connect(self._data_changed)
            session.model.modelReset.connect(self._timer.start)
            session.model.rowsRemoved.connect(self._timer.start)
        self.refresh()

    def set_selection(self, ids: list[int]) -> None:
        if self._choosing and self.scope == SCOPE_SELECTED:
            return  # the grid follows the chosen problem; the list stays about the same photos
        self.ids = list(ids)
        self._retranslate_scope()
        if self.scope == SCOPE_SELECTED:
            self._resume_row = None
            self.refresh()

    def _data_changed(self, _a: ModelIndex, _b: ModelIndex, roles: list[int] | None = None) -> None:
        if not roles or ProblemsRole in roles:
            self._timer.start()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def _scope_ids(self) -> list[int]:
        assert self.session is not None
        return self.session.model.ids() if self.scope == SCOPE_ALL else self.ids

    def refresh(self) -> None:
        """Rebuild the list from the problems the model holds (later, when the tab is hidden)."""
        if not self.isVisible() and self.session is not None:
            self._stale = True
            self._update_tab_count()
            return
        self._stale = False
        current = self._current_key()
        rows: list[tuple[int, str, Problem]] = []
        if self.session is not None:
            model = self.session.model
            for pid in self._scope_ids():
                photo = model.photo(pid)
                for problem in model.problems(pid) or []:
                    if photo is not None:
                        rows.append((pid, photo.title or photo.file_name, problem))
        old_row = self.view.currentIndex().row()
        self.model.set_rows(rows)
        self._restore_current(current, old_row)
        errors, warnings = self.model.counts()
        if self.session is None:
            self.summary.setText("")
        elif self.scope == SCOPE_SELECTED and not self.ids:
            self.summary.setText(self.tr("No photos are selected: select photos in the grid, or choose All photos."))
        elif not rows:
            self.summary.setText(self.tr("No problems found: ready for Commons."))
        else:
            self.summary.setText(
                self.tr("%n error(s) block the upload", "", errors) + " · " + self.tr("%n warning(s)", "", warnings)
            )
        self._show_detail()
        self._update_tab()

    def _current_key(self) -> tuple[int, Problem] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(PhotoIdRole)), index.data(ProblemRole)

    def _restore_current(self, key: tuple[int, Problem] | None, old_row: int) -> None:
        """The same problem stays chosen after a rebuild; when it was fixed, walking goes on from its place."""
        if key is None:
            return
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if (index.data(PhotoIdRole), index.data(ProblemRole)) == key:
                self.view.setCurrentIndex(index)
                self._resume_row = None
                return
        self._resume_row = old_row

    def _update_tab_count(self) -> None:
        """The error count on the tab, without building the list."""
        if self.session is None:
            return
        model = self.session.model
        if self.scope == SCOPE_ALL:
            errors = model.error_count()  # kept by the model: counting 2,000 photos after each check costs
        else:
            errors = sum(1 for pid in self.ids for p in model.problems(pid) or [] if p.is_error)
        self._errors_hidden = errors
        self._update_tab()

    def _update_tab(self) -> None:
        parent = self.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget):
            i = tabs.indexOf(self)
            if i >= 0:
                tabs.setTabText(i, self.tab_title())

    def _clicked(self, index: QModelIndex) -> None:
        self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        """Make this problem the current one and select its photo in the grid."""
        if not index.isValid():
            return
        self._resume_row = None
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self._show_detail()
        pid = index.data(PhotoIdRole)
        if pid is not None:
            self._choosing = True
            try:
                self.photo_chosen.emit(int(pid))
            finally:
                self._choosing = False

    def next_problem(self) -> None:
        """Choose the problem after the current one (the first after the last)."""
        self._walk(1)

    def previous_problem(self) -> None:
        """Choose the problem before the current one (the last before the first)."""
        self._walk(-1)

    def _walk(self, step: int) -> None:
        if self._stale:
            self.refresh()
        count = self.model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        if self._resume_row is not None:  # the current problem was fixed: its place holds the next one
            row = self._resume_row - 1 if step > 0 else self._resume_row
        elif row < 0:
            row = -1 if step > 0 else count
        self._choose(self.model.index((row + step) % count, 0))

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        self.detail.setText(index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else "")
        self.detail.setVisible(index.isValid())
        problem = index.data(ProblemRole) if index.isValid() else None
        page = GUIDE_PAGES.get(problem.code) if isinstance(problem, Problem) else None
        label = self.tr("Read more in the guide")  # outside the f-string, where lupdate finds it
        self.read_more.setText(f'<a href="{page}">{label}</a>' if page else "")
        self.read_more.setVisible(page is not None)

    def _read_more(self, page: str) -> None:
        self.guide_requested.emit(page)

    def _retranslate_scope(self) -> None:
        self.scope_all.setText(self.tr("All photos"))
        self.scope_selected.setText(self.tr("Selected photos (%1)").replace("%1", str(len(self.ids))))

    def retranslate(self) -> None:
        self._retranslate_scope()
        self.scope_all.setToolTip(self.tr("List the problems of every photo in the project"))
        self.scope_selected.setToolTip(self.tr("List only the problems of the photos selected in the grid"))
        self.act_previous.setText(self.tr("Previous"))
        self.act_previous.setToolTip(self.tr("Go to the previous problem and its photo (Shift+F8)"))
        self.act_next.setText(self.tr("Next"))
        self.act_next.setToolTip(self.tr("Go to the next problem and its photo (F8)"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PageTextPanel(QWidget):
    """The exact page text the current photo will get on Commons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageTextPanel")
        self.session: ProjectSession | None = None
        self.photo_id: int | None = None
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.heading)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lay.addWidget(self.text, 1)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Page text")

    def set_session(self, session: ProjectSession | None) -> None:
        if self.session is not None:
            self.session.photos_changed.disconnect(self._changed)
        self.session = session
        self.photo_id = None
        if session is not None:
            session.photos_changed.connect(self._changed)
        self.refresh()

    def set_selection(self, ids: list[int]) -> None:
        self.photo_id = ids[0] if ids else None
        self.refresh()

    def _changed(self, ids: list[int], _origin: object) -> None:
        if self.photo_id in ids:
            self.refresh()

    def project_settings_changed(self) -> None:
        """The project's settings (default licence, author, country) changed."""
        self.refresh()

    def refresh(self) -> None:
        photo = self.session.model.photo(self.photo_id) if self.session and self.photo_id is not None else None
        if photo is None or self.session is None:
            self.heading.setText(self.tr("Select a photo to see the text of its page on Commons."))
            self.text.clear()
            return
        from photowalk.titles import file_name

        name = file_name(photo.title, photo.kind) if photo.title else photo.file_name
        self.heading.setText(self.tr("File:%1").replace("%1", name))
        try:
            # The very text the upload sends: the same function, the same photo, the project's settings.
            text = page_text(photo, read_settings(self.session.store))
        except PhotowalkError as exc:
            text = core_text("errors", exc.template, exc.params)
        self.text.setPlainText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
