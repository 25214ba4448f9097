"""The first screen: start a project, open a recent one, or start from an event preset."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photowalk.ui.resources import icon_path


class StartPage(QWidget):
    """Big buttons for the three ways in, and the recent projects."""

    new_requested = Signal()
    open_requested = Signal()
    preset_requested = Signal()
    recent_chosen = Signal(str)
    forget_requested = Signal(list)  # paths to take off the recent list (their files are gone)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(False)  # the main window takes drops
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(1)

        head = QHBoxLayout()
        self.logo = QLabel()
        icon = QIcon(str(icon_path("photowalk.svg")))
        self.logo.setPixmap(icon.pixmap(QSize(72, 72)))
        head.addWidget(self.logo)
        titles = QVBoxLayout()
        self.title = QLabel("photowalk")
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        self.title.setFont(f)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        col.addLayout(head)
        col.addSpacing(16)
        self._picker_row = QVBoxLayout()  # "I am ...": who is at the computer (set_picker)
        col.addLayout(self._picker_row)

        self.new_button = self._big_button(self.new_requested.emit)
        self.open_button = self._big_button(self.open_requested.emit)
        self.preset_button = self._big_button(self.preset_requested.emit)
        for b in (self.new_button, self.open_button, self.preset_button):
            col.addWidget(b)
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("color: palette(mid);")
        col.addWidget(self.drop_hint)
        col.addSpacing(16)

        self.recent_label = QLabel()
        bold = QFont(self.recent_label.font())
        bold.setBold(True)
        self.recent_label.setFont(bold)
        col.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.setMaximumHeight(180)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemClicked.connect(lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._recent_menu)
        col.addWidget(self.recent)
        self.forget_missing = QPushButton()
        self.forget_missing.clicked.connect(lambda: self.forget_requested.emit(self.missing()))
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget_missing)
        forget_row.addStretch(1)
        col.addLayout(forget_row)
        self.no_recent = QLabel()
        self.no_recent.setStyleSheet("color: palette(mid);")
        col.addWidget(self.no_recent)
        col.addStretch(2)
        self._recent_paths: list[str] = []
        self.retranslate()

    def _big_button(self, slot: object) -> QPushButton:
        b = QPushButton()
        b.setMinimumHeight(44)
        f = QFont(b.font())
        f.setPointSizeF(f.pointSizeF() * 1.15)
        b.setFont(f)
        b.clicked.connect(slot)
        return b

    def set_picker(self, picker: QWidget) -> None:
        """The participant picker, above the ways in."""
        self._picker_row.addWidget(picker)
        self._picker_row.addSpacing(12)

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent projects, newest first; files that are gone are shown greyed, with a way to drop them."""
        self._recent_paths = list(paths)
        self._show_recent()

    def _show_recent(self) -> None:
        paths = self._recent_paths
        self.recent.clear()
        for p in paths:
            path = Path(p)
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setToolTip(p)
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("%1: the file is not there any more (moved, renamed, or on a card not "
                                        "in the computer now).").replace("%1", p))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        missing = len(self.missing())
        self.forget_missing.setText(self.tr("Remove %n missing project(s) from the list", "", missing))
        self.forget_missing.setVisible(missing > 0)

    def missing(self) -> list[str]:
        """The recent projects whose files are not there now."""
        return [p for p in self._recent_paths if not Path(p).exists()]

    def _recent_menu(self, pos: QPoint) -> None:
        item = self.recent.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        forget = menu.addAction(self.tr("Remove from the list"))
        forget.triggered.connect(lambda: self.forget_requested.emit([item.data(Qt.ItemDataRole.UserRole)]))
        menu.popup(self.recent.viewport().mapToGlobal(pos))

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("From a camera card to finished files on Wikimedia Commons."))
        self.new_button.setText(self.tr("New project…"))
        self.new_button.setToolTip(self.tr("Start a project and import the photos of a walk"))
        self.open_button.setText(self.tr("Open a project…"))
        self.preset_button.setText(self.tr("New project from an event preset…"))
        self.preset_button.setToolTip(
            self.tr("A preset from the organisers fills in the place, categories and licence of the event")
        )
        self.drop_hint.setText(self.tr("You can also drop a camera folder or a project file onto this window."))
        self.recent_label.setText(self.tr("Recent projects"))
        self.no_recent.setText(self.tr("No recent projects yet."))
        self.forget_missing.setToolTip(self.tr("The project files stay where they are; only the list forgets them"))
        self._show_recent()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
