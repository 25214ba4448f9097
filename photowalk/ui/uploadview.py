"""The upload view: the queue with each photo's state and progress, totals, pause/resume/cancel, decisions, report.

Widgets only: the queue is photowalk.ui.uploadmodel's, and every decision, text and button state comes
from the controller (photowalk.ui.uploadcontroller), which runs the upload in the worker process.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from photowalk.filenames import safe_file_name
from photowalk.private import open_private
from photowalk.projectsettings import read_settings
from photowalk.ui.logindialog import Account
from photowalk.ui.session import ProjectSession
from photowalk.ui.uploadcontroller import Counts, UploadController
from photowalk.ui.uploadmodel import COLUMNS, STATE_LABELS, PercentRole, PhotoIdRole, state_label
from photowalk.ui.wikibox import wiki_name
from photowalk.upload.report import csv_text, gallery_wikitext


class _ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar (none for a photo nothing will be sent of)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        percent = index.data(PercentRole)
        if percent is None:
            return
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 4, -4, -4))
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(percent)
        bar.text = f"{bar.progress} %"
        bar.textVisible = True
        bar.state = option.state
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class UploadView(QWidget):
    """Everything about sending the project's photos to the wiki, as the volunteer sees it."""

    back_clicked = Signal()
    login_wanted = Signal()
    photo_chosen = Signal(int)  # a photo to give another title
    running_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UploadView")
        self.target_wiki: str | None = None
        self.controller = UploadController(self)
        self.model = self.controller.model
        c = self.controller
        c.changed.connect(self._show)
        c.progressed.connect(self._show_totals)
        c.running_changed.connect(self.running_changed)
        c.login_wanted.connect(self.login_wanted)

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_clicked)
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self._other_senders: list[str] = []
        self.account_button = QPushButton()
        self.account_button.clicked.connect(self.login_wanted)
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.account_label, 1)
        top.addWidget(self.account_button)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        # The account's upload limit and the batch's time, before Upload is pressed and while it runs.
        self.limits_label = QLabel()
        self.limits_label.setWordWrap(True)
        self.limits_label.hide()
        lay.addWidget(self.limits_label)
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.clicked.connect(c.start)
        self.pause_button = QPushButton()
        self.pause_button.setCheckable(True)
        self.pause_button.clicked.connect(lambda paused: c.pause() if paused else c.resume())
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(c.cancel)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(c.retry)
        for b in (self.start_button, self.pause_button, self.cancel_button, self.retry_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.gallery_button = QPushButton()
        self.gallery_button.clicked.connect(self.save_gallery)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.save_csv)
        buttons.addWidget(self.gallery_button)
        buttons.addWidget(self.csv_button)
        lay.addLayout(buttons)
        self.total = QProgressBar()
        self.total.setRange(0, 1000)
        lay.addWidget(self.total)
        self.total_label = QLabel()
        lay.addWidget(self.total_label)
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()
        lay.addWidget(self.wait_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("progress"), _ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # No column sized to its contents: that measures every row again on every progress update.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 300)
        header.resizeSection(2, 110)
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_choices())
        lay.addWidget(self.table, 1)

        decide = QHBoxLayout()
        self.decide_label = QLabel()
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(lambda: c.use_suggestion(self.selected_ids()))
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self._rename)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(lambda: c.decide(self.selected_ids(), "skip"))
        self.anyway_button = QPushButton()
        self.anyway_button.clicked.connect(self._upload_anyway)
        decide.addWidget(self.decide_label)
        for b in (self.suggest_button, self.rename_button, self.skip_button, self.anyway_button):
            decide.addWidget(b)
        decide.addStretch(1)
        lay.addLayout(decide)
        # Why a decision was refused, or what a decision did.
        self.decide_message = QLabel()
        self.decide_message.setWordWrap(True)
        self.decide_message.hide()
        lay.addWidget(self.decide_message)
        self.retranslate()

    # -- what the window uses ----------------------------------------------------------------

    @property
    def account(self) -> Account | None:
        return self.controller.account

    @property
    def concurrency(self) -> int:
        return self.controller.concurrency

    @concurrency.setter
    def concurrency(self, n: int) -> None:
        self.controller.concurrency = n

    @property
    def bandwidth_cap(self) -> int:
        return self.controller.bandwidth_cap

    @bandwidth_cap.setter
    def bandwidth_cap(self, rate: int) -> None:
        self.controller.bandwidth_cap = rate

    def set_session(self, session: ProjectSession | None) -> None:
        self.controller.set_session(session)

    def set_account(self, account: Account | None) -> None:
        self.controller.set_account(account)

    def set_other_senders(self, accounts: list[str]) -> None:
        """The accounts other than this one that sent files of the project: said beside the account."""
        self._other_senders = list(accounts)
        self._show_account()

    def set_target_wiki(self, api_url: str | None) -> None:
        """The wiki the open project uploads to, named while no account is logged in."""
        self.target_wiki = api_url
        self._show_account()

    def refresh(self) -> None:
        self.controller.refresh()

    def stop_and_wait(self) -> None:
        self.controller.stop_and_wait()

    # -- the volunteer's actions -------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The photos chosen in the queue, top to bottom."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [int(i.data(PhotoIdRole)) for i in rows]

    def _upload_anyway(self) -> None:
        ids = self.selected_ids()
        question = self.controller.anyway_question(ids)
        if question is not None:
            answer = QMessageBox.question(self, self.tr("Upload anyway?"), question,
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.controller.decide(ids, "upload-anyway")

    def _rename(self) -> None:
        photo_id = self.controller.to_rename(self.selected_ids())
        if photo_id is not None:
            self.photo_chosen.emit(photo_id)

    def _clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry(int(index.data(PhotoIdRole)))
        if entry is not None and entry.link and COLUMNS[index.column()] == "details":
            QDesktopServices.openUrl(QUrl(entry.link))

    def save_gallery(self) -> None:
        session = self.controller.session
        title = read_settings(session.store).gallery_title if session is not None else None  # the event preset's
        self._save(gallery_wikitext(self.model.uploaded(), title or ""), safe_file_name(title or self.tr("gallery"), ".txt"),
                   self.tr("Wikitext (*.txt)"))

    def save_csv(self) -> None:
        self._save(csv_text(self.model.uploaded()), safe_file_name(self.tr("uploads"), ".csv"), self.tr("CSV files (*.csv)"))

    def _save(self, text: str, name: str, kind: str) -> None:
        session = self.controller.session
        start = str(session.path.parent / name) if session is not None else name
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), start, kind)
        if target:
            with open_private(target, "w", encoding="utf-8", follow_links=True) as f:
                f.write(text)

    # -- showing -----------------------------------------------------------------------------

    def _show(self) -> None:
        shown = self.controller.shown()
        self._show_account()
        self.summary.setText(self._summary(shown.notice, shown.counts))
        self.limits_label.setText(shown.limits)
        self.limits_label.setVisible(bool(shown.limits))
        self.start_button.setEnabled(shown.can_start)
        self.pause_button.setEnabled(shown.running)
        self.pause_button.setChecked(shown.paused)
        self.pause_button.setText(self.tr("Resume") if shown.paused else self.tr("Pause"))
        self.cancel_button.setEnabled(shown.running)
        self.retry_button.setVisible(shown.retry_visible)
        self.retry_button.setEnabled(not shown.running)
        self.gallery_button.setEnabled(shown.can_report)
        self.csv_button.setEnabled(shown.can_report)
        self.decide_message.setText(shown.decision)
        self.decide_message.setVisible(bool(shown.decision))
        self._show_choices()

    def _summary(self, notice: str, counts: Counts | None) -> str:
        if counts is None:
            return notice
        parts = [self.tr("%n uploaded", "", counts.uploaded), self.tr("%n to send", "", counts.to_send)]
        if counts.attention:
            parts.append(self.tr("%n need your decision", "", counts.attention))
        if counts.not_ready:
            parts.append(self.tr("%n not ready (see Problems)", "", counts.not_ready))
        return " · ".join(parts)

    def _show_choices(self) -> None:
        choices = self.controller.choices(self.selected_ids())
        self.rename_button.setEnabled(choices.rename)
        self.skip_button.setEnabled(choices.skip)
        self.anyway_button.setEnabled(choices.anyway)
        self.suggest_button.setVisible(choices.suggestion is not None)
        self.suggest_button.setEnabled(choices.can_suggest)
        if choices.suggestion is not None:
            self.suggest_button.setText(self.tr("Use the free title \u201c%1\u201d").replace("%1", choices.suggestion))
        self.decide_label.setText(choices.label)

    def _show_totals(self) -> None:
        totals = self.controller.totals()
        self.total.setValue(totals.permille)
        self.total_label.setText(totals.text)
        self.wait_label.setText(totals.waiting or "")
        self.wait_label.setVisible(totals.waiting is not None)

    def _show_account(self) -> None:
        account = self.controller.account
        if account is None and self.target_wiki:
            # Before logging in too, the view names the wiki this project uploads to.
            self.account_label.setText(self.tr("Not logged in. This project uploads to %1.").replace(
                "%1", wiki_name(self.target_wiki)))
            self.account_button.setText(self.tr("Log in…"))
        elif account is None:
            self.account_label.setText(self.tr("Not logged in."))
            self.account_button.setText(self.tr("Log in…"))
        else:
            text = self.tr("Uploading to %1 as %2").replace("%1", account.address.name).replace("%2", account.user)
            if self._other_senders:
                text += " " + self.tr("Earlier files of this project were sent by %1; these go as %2 only.").replace(
                    "%1", ", ".join(self._other_senders)).replace("%2", account.user)
            self.account_label.setText(text)
            self.account_button.setText(self.tr("Change account…"))

    def tab_title(self) -> str:
        return self.tr("Upload")

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the photos"))
        self.start_button.setText(self.tr("Upload"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.retry_button.setText(self.tr("Retry failed"))
        self.gallery_button.setText(self.tr("Save gallery…"))
        self.gallery_button.setToolTip(self.tr("A <gallery> of the uploaded files, to paste on a wiki page"))
        self.csv_button.setText(self.tr("Save CSV…"))
        self.csv_button.setToolTip(self.tr("The titles and links of the uploaded files, for a spreadsheet"))
        self.rename_button.setText(self.tr("Rename…"))
        self.skip_button.setText(self.tr("Skip"))
        self.anyway_button.setText(self.tr("Upload anyway"))
        self._show()
        self._show_totals()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        fm = self.table.fontMetrics()
        widest = max(fm.horizontalAdvance(state_label(s)) for s in STATE_LABELS)
        self.table.horizontalHeader().resizeSection(1, widest + 24)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
