"""A band above the photos for what the volunteer must know about the project itself (not one photo)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from photowalk.errors import PhotowalkError
from photowalk.ui.i18n import core_text


class NoticeBar(QFrame):
    """One notice at a time: the project can no longer be saved (with Reopen), or a safe-mode note."""

    reopen_clicked = Signal()

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
        lay.addWidget(self.label, 1)
        lay.addWidget(self.reopen)
        self.kind = ""
        self._error: PhotowalkError | None = None
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

    def show_info(self, text: str) -> None:
        if self.kind not in ("failure", "problem"):
            self.kind = "info"
            self._error = None
            self.label.setText(text)
            self.reopen.hide()
            self.setStyleSheet("#NoticeBar { background: #e3f2fd; }")
            self.show()

    def _show(self, kind: str, exc: PhotowalkError, colour: str) -> None:
        self.kind = kind
        self._error = exc
        self.label.setText(core_text("errors", exc.template, exc.params))
        self.reopen.setVisible(kind == "failure")
        self.setStyleSheet(f"#NoticeBar {{ background: {colour}; }}")
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self._error = None
        self.label.clear()
        self.hide()

    def retranslate(self) -> None:
        self.reopen.setText(self.tr("Reopen the project"))
        if self._error is not None:
            self.label.setText(core_text("errors", self._error.template, self._error.params))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
