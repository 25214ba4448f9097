"""Participants sharing one computer: the "I am ..." picker of the start page, a new participant,
logging out, forgetting a saved password and the end of an event on this computer.

The rules are the core's (`photowalk.profiles`, `photowalk.upload.endofevent`); this module shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from photowalk.errors import PhotowalkError
from photowalk.profiles import Profile, ProfileBook, read_book, same_account, write_book
from photowalk.ui.errors import show_error
from photowalk.ui.i18n import LANGUAGES
from photowalk.ui.logindialog import Account
from photowalk.ui.settings import Settings
from photowalk.upload import credentials
from photowalk.upload.endofevent import EventEnded, end_event
from photowalk.upload.wiki import parse_wiki

if TYPE_CHECKING:
    from photowalk.ui.mainwindow import MainWindow

NEW = "new"  # the picker's last entry: a new participant


class Participants(QObject):
    """Who is at the computer now; the profiles file is read again before each change (a command
    line or a second window may have changed it)."""

    switched = Signal(object)  # the Profile now active, or None (logged out)

    def __init__(self, settings: Settings, set_language: Callable[[str], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._set_language = set_language
        self.book = read_book()

    @property
    def active(self) -> Profile | None:
        return self.book.active

    def profiles(self) -> list[Profile]:
        return list(self.book.profiles)

    def _change(self, change: Callable[[ProfileBook], object]) -> None:
        book = read_book()
        change(book)
        write_book(book)
        self.book = book

    def choose(self, profile_id: str | None) -> None:
        """Make this participant the active one: their language, their wiki, their projects; their account only."""
        self._change(lambda book: book.set_active(profile_id))
        profile = self.active
        if profile is not None and profile.language:
            self.settings.set("language", profile.language)
            self._set_language(profile.language)
        if profile is not None and profile.wiki:
            self.settings.set("wiki", profile.wiki)
        self.switched.emit(profile)

    def add(self, name: str, language: str) -> Profile:
        """A new participant, made active."""
        made: list[Profile] = []
        self._change(lambda book: made.append(book.add(name, language=language)))
        self.choose(made[0].id)
        return made[0]

    def record_account(self, account: Account) -> None:
        """The active participant logged in: their profile names that account (never its secret)."""
        profile = self.active
        if profile is not None:
            self._change(lambda book: book.set_account(profile.id, account.address.api_url, account.user))
            self.switched.emit(self.active)

    def record_project(self, path: Path) -> None:
        profile = self.active
        if profile is not None:
            self._change(lambda book: book.add_project(profile.id, path))

    def forget_projects(self, paths: list[str]) -> None:
        profile = self.active
        if profile is not None:
            self._change(lambda book: book.remove_projects(profile.id, paths))

    def recent(self) -> list[str]:
        """The projects the start page lists: the participant's own, else the computer's recent ones."""
        profile = self.active
        return list(profile.projects) if profile is not None else self.settings.get("recent")

    def owner_other_than_me(self, path: Path) -> Profile | None:
        """The participant whose project this is, when it is not the active one's."""
        self.book = read_book()
        owners = self.book.owners(path)
        active = self.active
        if not owners or (active is not None and any(o.id == active.id for o in owners)):
            return None
        return owners[0]

    def log_out(self) -> None:
        """Nobody is active any more; the saved password stays for the participant's next time."""
        self._change(lambda book: book.set_active(None))
        self.switched.emit(None)

    def forget_password(self, account: Account | None) -> bool:
        """Remove the saved password and browser login of the account in use (the participant's only);
        False when none was kept."""
        profile = self.active
        if profile is not None and profile.wiki and profile.account:
            api, user = profile.wiki, profile.account
        elif account is not None:
            api, user = account.address.api_url, account.user
        else:
            return False
        api = parse_wiki(api).api_url
        removed = credentials.forget_password(api, user)
        removed = credentials.forget_refresh_token(api, user) or removed
        if same_account(credentials.remembered_user(api), user):
            credentials.forget_user(api)
        return removed

    def end_event(self, thumbnails: bool, participants: bool = False) -> EventEnded:
        ended = end_event(thumbnails=thumbnails, participants=participants)
        self.book = read_book()
        self.switched.emit(None)
        return ended


class ParticipantPicker(QWidget):
    """ "I am [name ▾]": every participant of this computer, and "New participant…"; two clicks switch."""

    chosen = Signal(str)  # a profile's id
    new_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.box = QComboBox()
        self.box.setMinimumWidth(240)
        self.box.activated.connect(self._activated)
        row.addWidget(self.label)
        row.addWidget(self.box, 1)
        self._profiles: list[Profile] = []
        self._active: str | None = None
        self.retranslate()

    def set_profiles(self, profiles: list[Profile], active: Profile | None) -> None:
        self._profiles = list(profiles)
        self._active = active.id if active is not None else None
        self._fill()

    def _fill(self) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        if self._active is None:
            self.box.addItem(self.tr("choose your name…"), None)
        for p in self._profiles:
            self.box.addItem(p.name if not p.account else f"{p.name}  ({p.wiki_user})", p.id)
        self.box.addItem(self.tr("New participant…"), NEW)
        index = self.box.findData(self._active) if self._active is not None else 0
        self.box.setCurrentIndex(max(0, index))
        self.box.blockSignals(False)

    def _activated(self, index: int) -> None:
        data = self.box.itemData(index)
        if data == NEW:
            self._fill()  # back to who is active until the new one is made
            self.new_wanted.emit()
        elif isinstance(data, str) and data != self._active:
            self.chosen.emit(data)

    def retranslate(self) -> None:
        self.label.setText(self.tr("I am"))
        self.box.setToolTip(self.tr("Each participant uploads with their own account, in their own language, "
                                    "and sees their own projects"))
        self._fill()


class NewParticipantDialog(QDialog):
    """A name and a language; the account is asked for at the first upload."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New participant"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name, as the others call you"))
        form.addRow(self.tr("Name"), self.name)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Language"), self.language)
        lay.addLayout(form)
        note = QLabel(self.tr("photowalk asks for your wiki account when you first upload, and keeps it apart "
                              "from everyone else's."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.name.textChanged.connect(self._valid)
        self._valid()

    def _valid(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))


class EndOfEventDialog(QDialog):
    """What the end of the event removes, and whether the thumbnails go too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End of event on this laptop"))
        lay = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Every participant is logged out, and every password and login photowalk saved in the system "
            "keyring is removed, for all participants. Project files and photos stay where they are."))
        text.setWordWrap(True)
        lay.addWidget(text)
        self.participants = QCheckBox(self.tr("Also forget the participants: their names, accounts and project lists"))
        lay.addWidget(self.participants)
        self.thumbnails = QCheckBox(self.tr("Also delete the thumbnails of everyone's photos"))
        lay.addWidget(self.thumbnails)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = self.buttons.addButton(self.tr("End the event"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)


def summary_text(ended: EventEnded) -> str:
    """What the end of the event removed, in the interface language."""
    text = QCoreApplication.translate("Participants", "Saved passwords removed: %1. Login tokens removed: %2. Participants logged out: %3.").replace(
        "%1", str(ended.forgotten.passwords)).replace(
        "%2", str(ended.forgotten.tokens + ended.forgotten.client_secrets)).replace("%3", str(ended.profiles))
    if ended.participants_forgotten:
        text += " " + QCoreApplication.translate("Participants", "Participants forgotten: %1.").replace(
            "%1", str(ended.participants_forgotten))
    if ended.thumbnails_emptied:
        text += " " + QCoreApplication.translate("Participants", "Thumbnails deleted: %1 MB.").replace("%1", f"{ended.thumbnail_mb:.1f}")
    return text


class ParticipantFlow(QObject):
    """Wires the participants to the window: the picker on the start page, the account of the upload
    view, the projects listed, the window's title, and the Log out, Forget and End of event actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.participants = Participants(window.settings, window.set_language, self)
        self.picker = ParticipantPicker()
        window.start_page.set_picker(self.picker)
        self.picker.chosen.connect(self.choose)
        self.picker.new_wanted.connect(self.new_participant)
        self.participants.switched.connect(self._switched)
        window.upload.participant = lambda: self.participants.active
        window.upload.shared = lambda: bool(self.participants.profiles())
        window.upload.logged_in.connect(self.participants.record_account)
        window.controller.opened.connect(lambda session: self.participants.record_project(session.path))
        self.act_switch = QAction(self)
        self.act_switch.triggered.connect(self.switch_participant)
        self.act_logout = QAction(self)
        self.act_logout.triggered.connect(self.log_out)
        self.act_forget = QAction(self)
        self.act_forget.triggered.connect(self.forget_password)
        self.act_end = QAction(self)
        self.act_end.triggered.connect(self.end_event)
        self.picker.set_profiles(self.participants.profiles(), self.participants.active)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_switch.setText(QCoreApplication.translate("Participants", "Switch &participant…"))
        self.act_switch.setToolTip(QCoreApplication.translate("Participants", "Close the project and choose who uploads next"))
        self.act_logout.setText(QCoreApplication.translate("Participants", "Log &out"))
        self.act_logout.setToolTip(QCoreApplication.translate("Participants", "Close the project and end this participant's login in photowalk; "
                                       "a saved password stays for their next time"))
        self.act_forget.setText(QCoreApplication.translate("Participants", "&Forget saved password"))
        self.act_forget.setToolTip(QCoreApplication.translate("Participants", "Remove this account's password or login from the system keyring"))
        self.act_end.setText(QCoreApplication.translate("Participants", "&End of event on this laptop…"))
        self.act_end.setToolTip(QCoreApplication.translate("Participants", "Log every participant out and remove every saved password and login"))
        self.picker.retranslate()

    def active_name(self) -> str | None:
        profile = self.participants.active
        return profile.name if profile is not None else None

    # -- switching -------------------------------------------------------------------------------

    def choose(self, profile_id: str) -> None:
        """Switch to this participant (from the start page: no project is open, no upload runs)."""
        if not self.window.close_project():
            self.picker.set_profiles(self.participants.profiles(), self.participants.active)
            return
        self.participants.choose(profile_id)

    def new_participant(self) -> None:
        dialog = NewParticipantDialog(self.window.translators.language, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self.window.close_project():
            return
        self.participants.add(dialog.name.text(), str(dialog.language.currentData()))

    def _switched(self, profile: Profile | None) -> None:
        # The previous participant's login leaves the window with them: never sent with by anyone else.
        account = self.window.upload_view.account
        if account is None or profile is None or not (
                profile.wiki == account.address.api_url and same_account(profile.account, account.user)):
            self.window.upload.set_account(None)
        if profile is not None and profile.wiki:
            self.window.editor.set_wiki(profile.wiki)
        self.picker.set_profiles(self.participants.profiles(), profile)
        self.window.start_page.set_recent(self.participants.recent())
        self.window.update_title()

    def switch_participant(self) -> None:
        if self.window.close_project():
            self.picker.box.showPopup()

    def may_open(self, path: Path) -> bool:
        """Before a project opens: when it is another participant's, switch to them (asked) or not open it."""
        owner = self.participants.owner_other_than_me(path)
        if owner is None:
            return True
        if not ask_switch(self.window, owner):
            return False
        self.participants.choose(owner.id)
        return True

    # -- logging out ------------------------------------------------------------------------------

    def log_out(self) -> None:
        """The participant leaves: project closed, login dropped, the start page asks who is next."""
        if not self.window.close_project():
            return
        account = self.window.upload_view.account
        self.window.upload.set_account(None)
        if self.participants.active is not None:
            self.participants.log_out()
        elif account is not None and same_account(credentials.remembered_user(account.address.api_url), account.user):
            credentials.forget_user(account.address.api_url)  # not logged in again by itself at the next upload

    def forget_password(self) -> None:
        try:
            removed = self.participants.forget_password(self.window.upload_view.account)
        except PhotowalkError as exc:
            show_error(self.window, exc)
            return
        title = QCoreApplication.translate("Participants", "Forget saved password")
        if removed:
            text = QCoreApplication.translate(
                "Participants", "The saved password and login are removed from the system keyring. This window stays "
                "logged in until you log out or quit.")
        else:
            text = QCoreApplication.translate("Participants", "No password or login was saved for this account.")
        self._inform(title, text)

    def end_event(self) -> None:
        dialog = EndOfEventDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self.window.close_project():
            return
        self.window.upload.set_account(None)
        try:
            ended = self.participants.end_event(dialog.thumbnails.isChecked(), dialog.participants.isChecked())
        except PhotowalkError as exc:
            show_error(self.window, exc)
            return
        self._inform(QCoreApplication.translate("Participants", "End of event on this laptop"), summary_text(ended))

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def ask_switch(parent: QWidget, owner: Profile) -> bool:
    """Whether to switch to the participant whose project this is before opening it."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Participants", "Another participant's project"),
        QCoreApplication.translate("Participants", "This project is %1's. Switch to %1 to open it? Its uploads then go with %1's account.")
        .replace("%1", owner.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
