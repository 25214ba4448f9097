"""The editor's "Whose photo is this?" section: own work, or someone else's with its author, source
and the reason Commons may have it (photowalk.origin), each reason explained in plain words."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from photowalk import edits
from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.origin import DEATH_YEAR, REASONS, YEAR, friend_note
from photowalk.originselection import edit_field, edit_own_work, field, own_work
from photowalk.project import ProjectStore
from photowalk.ui import commands
from photowalk.ui.editor_sections import MIXED, Edit, Host, Section, several
from photowalk.ui.errors import show_error
from photowalk.ui.i18n import core_text

# The undo step's name for each field, in context "OriginSection".
_STEP_NAMES = {
    "author": QT_TRANSLATE_NOOP("OriginSection", "Author of the photo"),
    "source": QT_TRANSLATE_NOOP("OriginSection", "Source of the photo"),
    "reason": QT_TRANSLATE_NOOP("OriginSection", "Why Commons may have the photo"),
    "death_year": QT_TRANSLATE_NOOP("OriginSection", "Year the author died"),
    "year": QT_TRANSLATE_NOOP("OriginSection", "Year the photo was made"),
}


class OriginSection(Section):
    """Own work (the default) or someone else's: author, source, reason and the years the reason needs."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("origin")
        outer = QVBoxLayout(self)
        choice = QHBoxLayout()
        self.own = QRadioButton()
        self.other = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.own)
        self.group.addButton(self.other)
        self.own.clicked.connect(partial(self._commit_own_work, True))
        self.other.clicked.connect(partial(self._commit_own_work, False))
        self.mixed = QLabel()
        for w in (self.own, self.other, self.mixed):
            choice.addWidget(w)
        choice.addStretch(1)
        outer.addLayout(choice)

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in ("author", "source"):
            self._add_line(form, name)
        self.reason = QComboBox()
        self.reason.setObjectName("origin-reason")
        # The reasons are sentences: the box shows as much as the editor's width allows, never widening
        # the editor past its panel (the list itself shows them whole).
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(16)
        self.reason.activated.connect(self._commit_reason)
        self.labels["reason"] = QLabel()
        self.labels["reason"].setBuddy(self.reason)
        form.addRow(self.labels["reason"], self.reason)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form.addRow("", self.explanation)
        for name in (DEATH_YEAR, YEAR):
            self._add_line(form, name).setMaxLength(4)
        outer.addWidget(self.details)

    def _add_line(self, form: QFormLayout, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(f"origin-{name}")
        line.editingFinished.connect(partial(self._commit_field, name))
        label = QLabel()
        label.setBuddy(line)
        form.addRow(label, line)
        self.fields[name], self.labels[name] = line, label
        self.host.watch(line)
        return line

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("OriginSection", "Whose photo is this?"))
        self.own.setText(QCoreApplication.translate("OriginSection", "My own photo"))
        self.other.setText(QCoreApplication.translate("OriginSection", "Someone else's"))
        self.labels["author"].setText(QCoreApplication.translate("OriginSection", "Author"))
        self.labels["source"].setText(QCoreApplication.translate("OriginSection", "Source"))
        self.labels["reason"].setText(QCoreApplication.translate("OriginSection", "Why Commons may have it"))
        self.labels[DEATH_YEAR].setText(QCoreApplication.translate("OriginSection", "Year the author died"))
        self.labels[YEAR].setText(QCoreApplication.translate("OriginSection", "Year made or published"))
        self.load()

    @staticmethod
    def _placeholder(name: str) -> str:
        if name == "author":
            return QCoreApplication.translate("OriginSection", "Who took the photo (or \u201cunknown\u201d)")
        if name == "source":
            return QCoreApplication.translate("OriginSection", "A web address, or e.g. \u201cfamily album, printed 1965\u201d")
        return ""

    def _fill(self) -> None:
        photos = self.host.selection.photos
        own = own_work(photos)
        self.group.setExclusive(False)  # "several values" checks neither button
        self.own.setChecked(own.value is True)
        self.other.setChecked(own.value is False)
        self.group.setExclusive(True)
        self.mixed.setText(several() if own.several else "")
        self.details.setVisible(own.value is not True and bool(photos))
        for name, line in self.fields.items():
            value = field(photos, name)
            line.setText("" if value.value is None else str(value.value))
            line.setPlaceholderText(several() if value.several else self._placeholder(name))
        self.reason.clear()
        self.reason.addItem(QCoreApplication.translate("OriginSection", "Choose\u2026"), "")
        for key, reason in REASONS.items():
            self.reason.addItem(core_text("origins", reason.name), key)
        reason_now = field(photos, "reason")
        if reason_now.several:
            self.reason.addItem(several(), MIXED)
            self.reason.setCurrentIndex(self.reason.count() - 1)
        else:
            self.reason.setCurrentIndex(max(0, self.reason.findData(reason_now.value or "")))
        self._show_explanation()

    def _show_explanation(self) -> None:
        """The chosen reason in plain words, the note on friends' photos, and only the years it needs."""
        key = self.reason.currentData()
        reason = REASONS.get(key) if isinstance(key, str) else None
        parts = [core_text("origins", reason.explanation)] if reason is not None else []
        if reason is None or not reason.needs:
            parts.append(core_text("origins", friend_note()))
        self.explanation.setText("\n".join(parts))
        needs = reason.needs if reason is not None else ((DEATH_YEAR, YEAR) if key == MIXED else ())
        for name in (DEATH_YEAR, YEAR):
            self.fields[name].setVisible(name in needs)
            self.labels[name].setVisible(name in needs)

    def _commit_own_work(self, own: bool) -> None:
        write = edit_own_work(self.host.selection.photos, own)
        if write is not None:
            self.host.submit(Edit(commands.ORIGIN, write, QCoreApplication.translate("OriginSection", "Whose photo is this?")))
        self.load()

    def _commit_reason(self) -> None:
        key = self.reason.currentData()
        if key == MIXED:
            return
        self._submit("reason", key or "")
        self._show_explanation()

    def _commit_field(self, name: str) -> None:
        if self._loading:
            return
        self._submit(name, self.fields[name].text())

    def _submit(self, name: str, typed: str) -> None:
        try:
            write = edit_field(self.host.selection.photos, name, typed)
        except PhotowalkError as exc:
            show_error(self, exc)
            self.load()
            return
        if write is None:
            return
        value = write.value

        def apply(store: ProjectStore, ids: list[int]) -> None:
            edits.update_origin(store, ids, {name: value})

        self.host.submit(Edit(commands.ORIGIN, write, QCoreApplication.translate("OriginSection", _STEP_NAMES[name]), apply=apply))
