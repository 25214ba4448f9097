"""A band above the photos for what the volunteer must know about the project itself (not one photo)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from photowalk.errors import PhotowalkError
from photowalk.ui.i18n import core_text


class NoticeBar(QFrame):
    """One notice at a time: the project can no longer be saved (with Reopen), a safe-mode note, or
    photos waiting after an interrupted upload (with Continue upload)."""

    reopen_clicked = Signal()
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen = QPushButton()
        self.reopen.clicked.connect(self.reopen_clicked)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self.continue_clicked)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.reopen)
        lay.addWidget(self.continue_button)
        self.kind = ""
        self._error: PhotowalkError | None = None
        self._waiting = 0
        self.retranslate()
        self.clear()

    def show_failure(self, exc: PhotowalkError) -> None:
        """The project stopped saving: say why and offer to open it again."""
        self._show("failure", exc, "#ffebee")

    def show_problem(self, exc: PhotowalkError | None) -> None:
        """A project on a stick could not be written back (None: it could again)."""
        if exc is None:
            if self.kind == "problem":
                self.clear()
            return
        if self.kind != "failure":
            self._show("problem", exc, "#fff8e1")

    def show_waiting(self, count: int) -> None:
        """An upload stopped part way when the project was last open: how many photos wait, and Continue."""
        if self.kind in ("failure", "problem") or count <= 0:
            return
        self.kind = "waiting"
        self._error = None
        self._waiting = count
        self._waiting_text()
        self.reopen.hide()
        self.continue_button.show()
        self.setStyleSheet("#NoticeBar { background: #fff8e1; }")
        self.show()

    def clear_waiting(self) -> None:
        if self.kind == "waiting":
            self.clear()

    def _waiting_text(self) -> None:
        self.label.setText(self.tr(
            "The last upload of this project stopped part way: %n photo(s) are not on the wiki yet.", "",
            self._waiting))

    def show_info(self, text: str) -> None:
        if self.kind not in ("failure", "problem"):
            self.kind = "info"
            self._error = None
            self.label.setText(text)
            self.reopen.hide()
            self.continue_button.hide()
            self.setStyleSheet("#NoticeBar { background: #e3f2fd; }")
            self.show()

    def _show(self, kind: str, exc: PhotowalkError, colour: str) -> None:
        self.kind = kind
        self._error = exc
        self.label.setText(core_text("errors", exc.template, exc.params))
        self.reopen.setVisible(kind == "failure")
        self.continue_button.hide()
        self.setStyleSheet(f"#NoticeBar {{ background: {colour}; }}")
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self._error = None
        self.label.clear()
        self.hide()

    def retranslate(self) -> None:
        self.reopen.setText(self.tr("Reopen the project"))
        self.continue_button.setText(self.tr("Continue upload"))
        if self.kind == "waiting":
            self._waiting_text()
        if self._error is not None:
            self.label.setText(core_text("errors", self._error.template, self._error.params))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
