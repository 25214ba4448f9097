"""An import as the volunteer sees it: its progress bar in the status bar (the import runs in the worker)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from photowalk.importreport import ImportProgress, ImportReport
from photowalk.ui.jobs import ImportJob

__all__ = ["ImportBar", "ImportJob"]


class ImportBar(QWidget):
    """Progress of the running import in the status bar, with a Cancel button."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(220)
        self.bar.setMaximumWidth(320)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_clicked)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)
        self._last: ImportProgress | None = None
        self.retranslate()

    def start(self) -> None:
        self._last = None
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.label.setText(self.tr("Looking for photos…"))
        self.show()

    def update_progress(self, p: ImportProgress) -> None:
        self._last = p
        if p.phase == "scan":
            self.bar.setRange(0, 0)
            self.label.setText(self.tr("Looking for photos… %n found", "", p.done))
        else:
            self.bar.setRange(0, max(p.total, 1))
            self.bar.setValue(p.done)
            if p.phase == "check":
                text = self.tr("Checking the pictures: {done} of {total}")
            else:
                text = self.tr("Reading photos: {done} of {total}")
            self.label.setText(text.format(done=p.done, total=p.total))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the photos in hand…"))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        if self._last is not None:
            self.update_progress(self._last)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def summary(self, report: ImportReport) -> str:
        """One line for the status bar about what an import did."""
        # self.tr, not QCoreApplication.translate: pyside6-lupdate sees plural forms only here.
        parts = [self.tr("%n photo(s) imported", "", len(report.added) + len(report.relinked))]
        if report.changed:
            parts.append(self.tr("%n edited after import, updated", "", len(report.changed)))
        known = report.unchanged + len(report.duplicates)
        if known:
            parts.append(self.tr("%n already in the project", "", known))
        if report.rejected:
            parts.append(self.tr("%n cannot go to Commons", "", len(report.rejected)))
        if report.failed:
            parts.append(self.tr("%n could not be read", "", len(report.failed)))
        text = "; ".join(parts)
        if report.cancelled:
            text = self.tr("Import stopped: {summary}").format(summary=text)
        return text
