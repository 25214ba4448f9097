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
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from photowalk.errors import PhotowalkError
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
            return f"{name}: {core_text('checks', problem.template, problem.params)}"
        if role == Qt.ItemDataRole.DecorationRole:
            if problem.is_error not in self._icons:
                self._icons[problem.is_error] = _dot("#c62828" if problem.is_error else "#ef8f00")
            return self._icons[problem.is_error]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = core_text("checks", problem.template, problem.params)
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


class ChecksPanel(QWidget):
    """The problems of the selection or of the whole project; clicking one selects its photo."""

    photo_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChecksPanel")
        self.session: ProjectSession | None = None
        self.ids: list[int] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.activated.connect(lambda _i: self.refresh())
        top.addWidget(self.scope)
        top.addStretch(1)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.model = ProblemListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        # One line per problem (the tooltip has it all): with thousands of problems, rows of one
        # height are laid out at once, wrapped rows would each be measured.
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        lay.addWidget(self.view, 1)
        # Problems arrive in bursts (one per photo); one rebuild per burst.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self._stale = False
        self._errors_hidden = 0
        self.retranslate()

    def tab_title(self) -> str:
        errors, _warnings = self.model.counts()
        if self._stale:
            errors = self._errors_hidden
        base = self.tr("Problems")
        return f"{base} ({errors})" if errors else base

    def set_session(self, session: ProjectSession | None) -> None:
        if self.session is not None:
            self.session.model.dataChanged.disconnect(self._data_changed)
            self.session.model.modelReset.disconnect(self._timer.start)
            self.session.model.rowsRemoved.disconnect(self._timer.start)
        self.session = session
        self.ids = []
        if session is not None:
            session.model.dataChanged.connect(self._data_changed)
            session.model.modelReset.connect(self._timer.start)
            session.model.rowsRemoved.connect(self._timer.start)
        self.refresh()

    def set_selection(self, ids: list[int]) -> None:
        self.ids = list(ids)
        if self.scope.currentIndex() == 0:
            self.refresh()

    def _data_changed(self, _a: ModelIndex, _b: ModelIndex, roles: list[int] | None = None) -> None:
        if not roles or ProblemsRole in roles:
            self._timer.start()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the problems the model holds (later, when the tab is hidden)."""
        if not self.isVisible() and self.session is not None:
            self._stale = True
            self._update_tab_count()
            return
        self._stale = False
        rows: list[tuple[int, str, Problem]] = []
        if self.session is not None:
            model = self.session.model
            whole = self.scope.currentIndex() == 1 or not self.ids
            ids = model.ids() if whole else self.ids
            for pid in ids:
                photo = model.photo(pid)
                for problem in model.problems(pid) or []:
                    if photo is not None:
                        rows.append((pid, photo.title or photo.file_name, problem))
        self.model.set_rows(rows)
        errors, warnings = self.model.counts()
        if self.session is None:
            self.summary.setText("")
        elif not rows:
            self.summary.setText(self.tr("No problems found: ready for Commons."))
        else:
            self.summary.setText(
                self.tr("%n error(s) block the upload", "", errors) + " · " + self.tr("%n warning(s)", "", warnings)
            )
        self._update_tab()

    def _update_tab_count(self) -> None:
        """The error count on the tab, without building the list."""
        if self.session is None:
            return
        model = self.session.model
        if self.scope.currentIndex() == 1 or not self.ids:
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
        pid = index.data(PhotoIdRole)
        if pid is not None:
            self.photo_chosen.emit(int(pid))

    def retranslate(self) -> None:
        current = max(0, self.scope.currentIndex())
        self.scope.clear()
        self.scope.addItems([self.tr("Selected photos"), self.tr("Whole project")])
        self.scope.setCurrentIndex(current)
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
